import Foundation

/// A named, versioned rule for when a dossier counts and when it is on time: the data of
/// `Definitions/<id>.json`. See <doc:KPIDefinitions>.
public struct KPIDefinition: Sendable, Hashable {
    /// The definition format version this library reads.
    public static let formatVersion = 1

    /// Which dossiers the on-time rate counts.
    public enum Counted: String, Sendable, Hashable {
        /// Every dossier processed in the period: ended in it, or in progress at its end.
        case processedInPeriod
        /// Dossiers completed (xong or trả kết quả) in the period.
        case completedInPeriod
    }

    /// How an end is compared with the due date.
    public enum Comparison: String, Sendable, Hashable {
        /// Date and time: 17:01 is late for 17:00.
        case timestamp
        /// By day: any time on the due day is on time.
        case day
    }

    /// What happens to a dossier without `NgayHenTra`.
    public enum NoDueDate: String, Sendable, Hashable {
        /// Due `SoNgayQuyDinh` working days after receipt (by the working-day calendar); left out
        /// of the rate when the record has no `SoNgayQuyDinh` either.
        case statutoryDays
        /// Counted on time.
        case onTime
        /// Left out of the rate.
        case excluded
    }

    /// How refused, stopped or withdrawn dossiers count.
    public enum EndedWithoutResult: String, Sendable, Hashable {
        /// Judged by their end date like completed ones.
        case judged
        /// Counted on time.
        case onTime
        /// Left out of the rate.
        case excluded
    }

    /// The id, the file name without `.json`.
    public var id: String
    /// The version of this definition (bumped when a rule changes).
    public var version: Int
    /// The title.
    public var title: LocalizedText
    /// Where the rules come from.
    public var source: LocalizedText
    /// Which dossiers count.
    public var counted: Counted
    /// The fields that end processing, first present wins (xong > trả > dừng/từ chối).
    public var endDate: [RecordField]
    /// Timestamp or day comparison.
    public var comparison: Comparison
    /// Whether the time waiting for the citizen's supplements is subtracted.
    public var subtractSupplementTime: Bool
    /// Whether an unanswered supplement request ends processing at the request date.
    public var pendingSupplementEndsProcessing: Bool
    /// More supplement requests than this make a dossier overdue; nil for no limit.
    public var maximumSupplementRequests: Int?
    /// Dossiers without a due date.
    public var noDueDate: NoDueDate
    /// Refused and stopped dossiers (returned without a result).
    public var returned: EndedWithoutResult
    /// Withdrawn dossiers.
    public var withdrawn: EndedWithoutResult
    /// Whether dossiers in progress at the end of the period count (on time while within their due date).
    public var inProgressCounts: Bool

    /// Reads a definition file; `id` must match the file name.
    public static func read(contentsOf url: URL) throws(RecordFileError) -> KPIDefinition {
        let file = url.path
        func fail(_ vi: String, _ en: String, missing: Bool = false) -> RecordFileError {
            RecordFileError(RecordProblem(file: file, line: 0, kind: .malformedFile, message: LocalizedText(vi: vi, en: en)), missing: missing)
        }
        guard let data = try? Data(contentsOf: url) else {
            throw fail("không đọc được tệp định nghĩa", "cannot read the definition file", missing: true)
        }
        guard data.count <= 1 << 20 else { throw fail("tệp quá lớn", "file too large") }
        let root: JSONValue
        do { root = try JSONParser.parse(data) } catch {
            throw fail("dòng \(error.line): JSON không hợp lệ: \(error.message.vi)", "line \(error.line): invalid JSON: \(error.message.text(.en))")
        }
        guard case .object(let o) = root else { throw fail("cần một đối tượng JSON", "expected a JSON object") }
        let keys: Set<String> = [
            "definitionVersion", "id", "version", "title", "source", "notes", "counted", "endDate", "comparison", "subtractSupplementTime",
            "pendingSupplementEndsProcessing", "maximumSupplementRequests", "noDueDate", "returned", "withdrawn", "inProgressAtPeriodEnd",
        ]
        for key in o.keys where !keys.contains(key) {
            throw fail(
                "$.\(key): khóa không hợp lệ (được dùng: \(keys.sorted().joined(separator: ", ")))",
                "$.\(key): unknown key (allowed: \(keys.sorted().joined(separator: ", ")))")
        }
        func string(_ key: String) throws(RecordFileError) -> String {
            guard case .string(let s)? = o[key], !s.isEmpty else { throw fail("$.\(key): cần một chuỗi", "$.\(key): expected a string") }
            return s
        }
        func text(_ key: String) throws(RecordFileError) -> LocalizedText {
            guard case .object(let t)? = o[key], case .string(let vi)? = t["vi"] else {
                throw fail("$.\(key): cần { \"vi\": …, \"en\": … }", "$.\(key): expected { \"vi\": …, \"en\": … }")
            }
            if case .string(let en)? = t["en"] { return LocalizedText(vi: vi, en: en) }
            return LocalizedText(vi: vi)
        }
        func bool(_ key: String) throws(RecordFileError) -> Bool {
            guard case .bool(let b)? = o[key] else { throw fail("$.\(key): cần true hoặc false", "$.\(key): expected true or false") }
            return b
        }
        func choice<T: RawRepresentable>(_ key: String, _: T.Type, _ allowed: String) throws(RecordFileError) -> T where T.RawValue == String {
            guard case .string(let s)? = o[key], let v = T(rawValue: s) else {
                throw fail("$.\(key): cần một trong \(allowed)", "$.\(key): expected one of \(allowed)")
            }
            return v
        }
        guard case .number("1")? = o["definitionVersion"] else { throw fail("$.definitionVersion: cần 1", "$.definitionVersion: expected 1") }
        let id = try string("id")
        let expectedID = url.deletingPathExtension().lastPathComponent
        guard id == expectedID else {
            throw fail("$.id: \"\(id)\" khác tên tệp \"\(expectedID)\"", "$.id: \"\(id)\" differs from the file name \"\(expectedID)\"")
        }
        guard case .number(let versionText)? = o["version"], let version = Int(versionText), version >= 1 else {
            throw fail("$.version: cần một số nguyên ≥ 1", "$.version: expected a whole number ≥ 1")
        }
        guard case .array(let ends)? = o["endDate"], !ends.isEmpty else {
            throw fail("$.endDate: cần một mảng tên trường", "$.endDate: expected an array of field names")
        }
        var endDate: [RecordField] = []
        for (index, item) in ends.enumerated() {
            guard case .string(let name) = item, let field = RecordField(name: name), [.finished, .returnedAt, .refusedAt].contains(field) else {
                throw fail(
                    "$.endDate[\(index)]: cần NgayKetThucXuLy, NgayTra hoặc NgayTuChoi",
                    "$.endDate[\(index)]: expected NgayKetThucXuLy, NgayTra or NgayTuChoi")
            }
            endDate.append(field)
        }
        var maximum: Int?
        switch o["maximumSupplementRequests"] {
        case .number(let n)?:
            guard let value = Int(n), value >= 0 else {
                throw fail(
                    "$.maximumSupplementRequests: cần số nguyên ≥ 0 hoặc null", "$.maximumSupplementRequests: expected a whole number ≥ 0 or null")
            }
            maximum = value
        case .null?, nil: maximum = nil
        default:
            throw fail("$.maximumSupplementRequests: cần số nguyên ≥ 0 hoặc null", "$.maximumSupplementRequests: expected a whole number ≥ 0 or null")
        }
        let inProgress = try string("inProgressAtPeriodEnd")
        guard inProgress == "counted" || inProgress == "excluded" else {
            throw fail("$.inProgressAtPeriodEnd: cần counted hoặc excluded", "$.inProgressAtPeriodEnd: expected counted or excluded")
        }
        return KPIDefinition(
            id: id, version: version, title: try text("title"), source: try text("source"),
            counted: try choice("counted", Counted.self, "processedInPeriod, completedInPeriod"), endDate: endDate,
            comparison: try choice("comparison", Comparison.self, "timestamp, day"), subtractSupplementTime: try bool("subtractSupplementTime"),
            pendingSupplementEndsProcessing: try bool("pendingSupplementEndsProcessing"), maximumSupplementRequests: maximum,
            noDueDate: try choice("noDueDate", NoDueDate.self, "statutoryDays, onTime, excluded"),
            returned: try choice("returned", EndedWithoutResult.self, "judged, onTime, excluded"),
            withdrawn: try choice("withdrawn", EndedWithoutResult.self, "judged, onTime, excluded"), inProgressCounts: inProgress == "counted")
    }
}
