/// The limits an ``XMLPullReader`` enforces.
public struct XMLLimits: Sendable, Equatable {
    /// The deepest nesting of elements (default 64; SpreadsheetML needs fewer than 10).
    public var maximumDepth: Int
    /// The longest text or attribute value, in bytes of UTF-8 (default 1 MiB; an Excel cell
    /// holds at most 32,767 characters).
    public var maximumTextBytes: Int
    /// The most attributes one element may have (default 256).
    public var maximumAttributes: Int

    /// Limits with the given values.
    public init(maximumDepth: Int = 64, maximumTextBytes: Int = 1 << 20, maximumAttributes: Int = 256) {
        self.maximumDepth = maximumDepth
        self.maximumTextBytes = maximumTextBytes
        self.maximumAttributes = maximumAttributes
    }

    /// The default limits.
    public static let `default` = XMLLimits()
}
