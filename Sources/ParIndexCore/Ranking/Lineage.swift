import Foundation

/// Which units of last year became which units of this year: renamed, merged or split in a
/// reorganisation (the 2025 sắp xếp tổ chức bộ máy). Read from a lineage file (`--lineage FILE`):
///
/// ```json
/// { "formatVersion": 1, "kind": "lineage",
///   "units": [
///     { "from": ["tb.so-ke-hoach-va-dau-tu", "tb.so-tai-chinh"], "to": "tb.so-tai-chinh-moi",
///       "note": "hợp nhất theo Quyết định 12/QĐ-UBND" },
///     { "from": ["tb.so-tttt"], "to": "tb.so-khcn" } ] }
/// ```
///
/// One entry per unit of this year (`to`, unique). One former id is a renamed unit, or a part of a
/// split when the same former id is listed under several new units; several former ids are a
/// merged unit. How each is compared is ``Ranker``'s rule (see <doc:RankingLineage>).
public struct Lineage: Sendable, Equatable {
    /// The newest lineage format version this library reads.
    public static let supportedFormatVersion = 1

    /// One unit of this year and the units of last year it comes from.
    public struct Entry: Sendable, Equatable {
        /// Last year's unit ids, in the order given.
        public var from: [String]
        /// This year's unit id.
        public var to: String
        /// A free note (the decision that reorganised the unit), never interpreted.
        public var note: String?

        /// An entry.
        public init(from: [String], to: String, note: String? = nil) {
            (self.from, self.to, self.note) = (from, to, note)
        }
    }

    /// The entries, in file order.
    public var entries: [Entry]

    /// A lineage.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Last year's ids of this year's unit `id`; `nil` when the lineage does not list it.
    public func formerIDs(of id: String) -> [String]? {
        entries.first { $0.to == id }?.from
    }

    /// Reads and validates a lineage file; every problem names the file and the JSON path.
    public static func decode(_ data: Data, file: String) throws(DiagnosticError) -> Lineage {
        let root = try DocumentLoader.parse(data, file: file)
        let sink = DiagnosticSink(file: file)
        let p = PlanReader(sink: sink)
        let reader = p.reader
        let path = JSONPath()
        var entries: [Entry] = []
        if let object = reader.object(root, path), p.header(object, expected: "lineage", supported: supportedFormatVersion) {
            _ = reader.object(root, path, allowed: ["formatVersion", "kind", "note", "units"])
            var seen: Set<String> = []
            let list = p.required(object, "units", path) { value, listPath in
                p.list(value, listPath) { item, itemPath -> Entry? in
                    guard let entry = reader.object(item, itemPath, allowed: ["from", "to", "note"]) else { return nil }
                    let to = p.required(entry, "to", itemPath) { reader.identifier($0, $1) }
                    let from = p.required(entry, "from", itemPath) { value, fromPath in
                        p.list(value, fromPath) { reader.identifier($0, $1) }
                    }
                    let note = p.optional(entry, "note", itemPath) { p.text($0, $1) }
                    if let from, from.isEmpty { sink.error(.batchLineageEmpty, itemPath.appending("from")) }
                    if let from, Set(from).count != from.count, let twice = from.first(where: { id in from.filter { $0 == id }.count > 1 }) {
                        sink.error(.planDuplicateID, itemPath.appending("from"), ["id": .string(twice)])
                    }
                    if let to, !seen.insert(to).inserted { sink.error(.planDuplicateID, itemPath.appending("to"), ["id": .string(to)]) }
                    guard let to, let from, !from.isEmpty else { return nil }
                    return Entry(from: from, to: to, note: note)
                }
            }
            entries = list ?? []
        }
        if sink.hasErrors { throw DiagnosticError(sink.diagnostics) }
        return Lineage(entries: entries)
    }
}
