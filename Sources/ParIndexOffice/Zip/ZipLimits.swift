/// The limits a ``ZipReader`` enforces before it decompresses anything.
///
/// The defaults are far above any real form (a filled form is a few dozen entries and a few
/// megabytes) and far below what would hurt the machine: a workbook that passes them costs at
/// most about ``maximumTotalSize`` bytes of memory.
public struct ZipLimits: Sendable, Equatable {
    /// The most entries an archive may have (default 1,000).
    public var maximumEntries: Int
    /// The largest decompressed size of one entry, in bytes (default 64 MiB).
    public var maximumEntrySize: Int
    /// The largest decompressed size of all entries together, in bytes (default 128 MiB).
    public var maximumTotalSize: Int
    /// The largest ratio of decompressed to compressed size (default 200), checked for entries
    /// that decompress to more than ``ratioFloor`` bytes.
    public var maximumRatio: Int
    /// Entries up to this decompressed size are exempt from the ratio check (default 1 MiB).
    public var ratioFloor: Int

    /// Limits with the given values.
    public init(
        maximumEntries: Int = 1000, maximumEntrySize: Int = 64 << 20, maximumTotalSize: Int = 128 << 20,
        maximumRatio: Int = 200, ratioFloor: Int = 1 << 20
    ) {
        self.maximumEntries = maximumEntries
        self.maximumEntrySize = maximumEntrySize
        self.maximumTotalSize = maximumTotalSize
        self.maximumRatio = maximumRatio
        self.ratioFloor = ratioFloor
    }

    /// The default limits.
    public static let `default` = ZipLimits()
}
