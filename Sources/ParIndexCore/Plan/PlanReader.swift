/// The pieces the plan and progress decoders share: the header, sources and documents.
struct PlanReader {
    let sink: DiagnosticSink
    var reader: ValueReader { ValueReader(sink: sink) }

    /// The longest text of a plan cell.
    static let maximumTextLength = 4000

    /// Checks `formatVersion` and `kind`; `false` stops decoding.
    func header(_ object: JSONObject, expected: String, supported: Int) -> Bool {
        let path = JSONPath()
        guard
            let version = reader.member(object, "formatVersion", path).flatMap({
                reader.integer($0, path.appending("formatVersion"), in: SubmissionSchema.formatVersionRange)
            })
        else { return false }
        if version > supported {
            sink.error(.planNewerFormat, path.appending("formatVersion"), ["version": .value(version), "supported": .value(supported)])
            return false
        }
        guard let kind = reader.member(object, "kind", path).flatMap({ reader.string($0, path.appending("kind")) }) else { return false }
        if kind != expected {
            sink.error(.planWrongKind, path.appending("kind"), ["expected": .string(expected), "found": .string(String(kind.prefix(40)))])
            return false
        }
        return true
    }

    /// A long text (a cell of the plan).
    func text(_ value: JSONValue, _ path: JSONPath) -> String? {
        reader.string(value, path, maxLength: Self.maximumTextLength)
    }

    /// An optional member read with `read`.
    func optional<T>(_ object: JSONObject, _ key: String, _ path: JSONPath, _ read: (JSONValue, JSONPath) -> T?) -> T? {
        guard let value = object[key], value != .null else { return nil }
        return read(value, path.appending(key))
    }

    /// A required member read with `read`.
    func required<T>(_ object: JSONObject, _ key: String, _ path: JSONPath, _ read: (JSONValue, JSONPath) -> T?) -> T? {
        reader.member(object, key, path).flatMap { read($0, path.appending(key)) }
    }

    /// A list read item by item.
    func list<T>(_ value: JSONValue, _ path: JSONPath, _ read: (JSONValue, JSONPath) -> T?) -> [T]? {
        guard let array = reader.array(value, path) else { return nil }
        var items: [T] = []
        var failed = false
        for (offset, item) in array.enumerated() {
            if let decoded = read(item, path.appending(index: offset)) { items.append(decoded) } else { failed = true }
        }
        return failed ? nil : items
    }

    /// `{ "seed", "line", "quote" }`.
    func source(_ value: JSONValue, _ path: JSONPath) -> PlanSource? {
        guard let object = reader.object(value, path, allowed: ["seed", "line", "quote"]) else { return nil }
        let seed = required(object, "seed", path) { reader.string($0, $1) }
        let line = required(object, "line", path) { reader.integer($0, $1, in: 1...10_000_000) }
        let quote = required(object, "quote", path) { text($0, $1) }
        guard let seed, let line, let quote else { return nil }
        return PlanSource(seed: seed, line: line, quote: quote)
    }

    /// A document produced: `{ "kind", "number", "title", "date", "link" }`.
    func document(_ value: JSONValue, _ path: JSONPath, latest: CalendarDate?) -> ProducedDocument? {
        guard let object = reader.object(value, path, allowed: ["kind", "number", "title", "date", "link"]) else { return nil }
        let kind = optional(object, "kind", path) { reader.identifier($0, $1) }
        let number = required(object, "number", path) { reader.string($0, $1, maxLength: SubmissionSchema.maximumDocumentNumberLength) }
        let title = optional(object, "title", path) { reader.string($0, $1, maxLength: SubmissionSchema.maximumDocumentTitleLength) }
        let date = optional(object, "date", path) { notAfter(reader.date($0, $1), latest, $1) }
        let link = optional(object, "link", path) { reader.string($0, $1, maxLength: SubmissionSchema.maximumDocumentLinkLength) }
        guard let number, !(object["date"] != nil && object["date"] != .null && date == nil) else { return nil }
        return ProducedDocument(kind: kind, number: number, title: title, date: date, link: link)
    }

    /// `date`, unless it is after `latest` (an error).
    func notAfter(_ date: CalendarDate?, _ latest: CalendarDate?, _ path: JSONPath) -> CalendarDate? {
        guard let date else { return nil }
        if let latest, date > latest {
            sink.error(.progressAfterReportingDate, path, ["date": .value(date), "asOf": .value(latest)])
            return nil
        }
        return date
    }

    /// Reports ids given twice.
    func checkUnique(_ ids: [(String, JSONPath)]) {
        var seen: Set<String> = []
        for (id, path) in ids where !seen.insert(id).inserted {
            sink.error(.planDuplicateID, path, ["id": .string(id)])
        }
    }
}
