import Foundation

/// How another export's columns, status values, channels and date forms map to the canonical
/// record. See <doc:DossierRecords>.
public struct RecordMapping: Sendable {
    /// The mapping format version this library reads.
    public static let formatVersion = 1

    /// The id.
    public var id: String
    /// Source column or key name → canonical field name.
    public var columns: [String: String]
    /// Source status value → canonical state.
    public var states: [String: DossierState]
    /// Source channel value → channel.
    public var channels: [String: DossierChannel]
    /// The accepted date forms.
    public var dateForms: [RecordDateForm]

    /// The mapping that changes nothing: canonical names, every date form.
    public static let canonical = RecordMapping(id: "canonical", columns: [:], states: [:], channels: [:], dateForms: RecordDateForm.allCases)

    /// A mapping.
    public init(
        id: String, columns: [String: String], states: [String: DossierState], channels: [String: DossierChannel], dateForms: [RecordDateForm]
    ) {
        self.id = id
        self.columns = columns
        self.states = states
        self.channels = channels
        self.dateForms = dateForms
    }

    /// The canonical field of a source column name, or nil when the column is not read.
    public func field(forColumn name: String) -> RecordField? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return RecordField(name: columns[trimmed] ?? trimmed)
    }

    /// The `forms` mask for ``RecordDateParser``.
    public var formMask: UInt8 { dateForms.reduce(0) { $0 | RecordDateParser.bit($1) } }

    /// Reads a mapping file.
    public static func read(contentsOf url: URL) throws(RecordFileError) -> RecordMapping {
        let file = url.path
        func fail(_ vi: String, _ en: String, missing: Bool = false) -> RecordFileError {
            RecordFileError(RecordProblem(file: file, line: 0, kind: .malformedFile, message: LocalizedText(vi: vi, en: en)), missing: missing)
        }
        guard let data = try? Data(contentsOf: url) else {
            throw fail("không đọc được tệp ánh xạ", "cannot read the mapping file", missing: true)
        }
        guard data.count <= 1 << 20 else { throw fail("tệp ánh xạ quá lớn (tối đa 1 MB)", "the mapping file is too large (at most 1 MB)") }
        let root: JSONValue
        do { root = try JSONParser.parse(data) } catch {
            throw fail("dòng \(error.line): JSON không hợp lệ: \(error.message.vi)", "line \(error.line): invalid JSON: \(error.message.text(.en))")
        }
        guard case .object(let object) = root else { throw fail("cần một đối tượng JSON", "expected a JSON object") }
        let known: Set<String> = ["mappingVersion", "id", "title", "description", "columns", "states", "channels", "dateForms"]
        for key in object.keys where !known.contains(key) {
            throw fail(
                "khóa không hợp lệ \"\(key)\" (được dùng: \(known.sorted().joined(separator: ", ")))",
                "unknown key \"\(key)\" (allowed: \(known.sorted().joined(separator: ", ")))")
        }
        guard case .number(let version)? = object["mappingVersion"], version == "1" else {
            throw fail("$.mappingVersion: cần 1", "$.mappingVersion: expected 1")
        }
        guard case .string(let id)? = object["id"], !id.isEmpty else { throw fail("$.id: cần một chuỗi", "$.id: expected a string") }
        var columns: [String: String] = [:]
        if let value = object["columns"] {
            guard case .object(let map) = value else { throw fail("$.columns: cần một đối tượng", "$.columns: expected an object") }
            for (key, target) in map.entries {
                guard case .string(let name) = target, RecordField(name: name) != nil else {
                    let names = RecordField.allCases.map(\.name).joined(separator: ", ")
                    throw fail("$.columns.\(key): cần tên trường chuẩn (\(names))", "$.columns.\(key): expected a canonical field name (\(names))")
                }
                columns[key.trimmingCharacters(in: .whitespaces)] = name
            }
        }
        var states: [String: DossierState] = [:]
        if let value = object["states"] {
            guard case .object(let map) = value else { throw fail("$.states: cần một đối tượng", "$.states: expected an object") }
            for (key, target) in map.entries {
                guard case .string(let code) = target, let state = DossierState(code: code) else {
                    let codes = DossierState.allCases.map(\.code).joined(separator: ", ")
                    throw fail("$.states.\(key): cần một trạng thái chuẩn (\(codes))", "$.states.\(key): expected a canonical state (\(codes))")
                }
                states[key] = state
            }
        }
        var channels: [String: DossierChannel] = [:]
        if let value = object["channels"] {
            guard case .object(let map) = value else { throw fail("$.channels: cần một đối tượng", "$.channels: expected an object") }
            for (key, target) in map.entries {
                guard case .number(let text) = target, let raw = UInt8(text), let channel = DossierChannel(rawValue: raw), channel != .unknown else {
                    throw fail("$.channels.\(key): cần 1, 2 hoặc 3", "$.channels.\(key): expected 1, 2 or 3")
                }
                channels[key] = channel
            }
        }
        var forms = RecordDateForm.allCases
        if let value = object["dateForms"] {
            guard case .array(let list) = value, !list.isEmpty else { throw fail("$.dateForms: cần một mảng", "$.dateForms: expected an array") }
            forms = []
            for (index, item) in list.enumerated() {
                guard case .string(let text) = item, let form = RecordDateForm(rawValue: text) else {
                    throw fail(
                        "$.dateForms[\(index)]: cần iso, dd/MM/yyyy hoặc yyyyMMddHHmmss",
                        "$.dateForms[\(index)]: expected iso, dd/MM/yyyy or yyyyMMddHHmmss")
                }
                forms.append(form)
            }
        }
        return RecordMapping(id: id, columns: columns, states: states, channels: channels, dateForms: forms)
    }
}
