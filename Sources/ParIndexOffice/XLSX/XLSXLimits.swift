/// The limits an ``XLSXReader`` enforces: those of the archive, of its XML, and of cells.
public struct XLSXLimits: Sendable, Equatable {
    /// The archive's limits.
    public var zip: ZipLimits
    /// The XML parts' limits.
    public var xml: XMLLimits
    /// The longest cell text, in characters (default 32,767, Excel's own limit).
    public var maximumCellCharacters: Int
    /// The most non-empty cells in the whole workbook (default 2,000,000).
    public var maximumCells: Int
    /// The most worksheets (default 255).
    public var maximumSheets: Int

    /// Limits with the given values.
    public init(
        zip: ZipLimits = .default, xml: XMLLimits = .default, maximumCellCharacters: Int = 32_767, maximumCells: Int = 2_000_000,
        maximumSheets: Int = 255
    ) {
        self.zip = zip
        self.xml = xml
        self.maximumCellCharacters = maximumCellCharacters
        self.maximumCells = maximumCells
        self.maximumSheets = maximumSheets
    }

    /// The default limits.
    public static let `default` = XLSXLimits()
}
