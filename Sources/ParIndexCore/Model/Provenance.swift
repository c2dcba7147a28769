/// Where a node of a framework comes from.
public struct Provenance: Sendable, Hashable {
    /// Whether the number is confirmed by the cited decision.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Confirmed by the cited decision and clause.
        case official
        /// Adapted from a seed plan or a provincial table; not an official number.
        case adapted
    }

    /// Official or adapted.
    public var status: Status
    /// The decision and clause, or the seed file and table, it comes from.
    public var source: String
    /// The words of the source it rests on, if quoted.
    public var quote: String?

    /// A provenance record.
    public init(status: Status, source: String, quote: String? = nil) {
        self.status = status
        self.source = source
        self.quote = quote
    }
}
