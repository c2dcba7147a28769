/// A problem in a criteria table (CSV file or worksheet), with the row and the column it is at.
///
/// Rendered `FILE: lỗi: dòng 14, cột Điểm tối đa: …` (Vietnamese) or
/// `FILE: error: row 14, column Điểm tối đa: …` (English).
public struct TableProblem: Sendable, Hashable {
    /// The file.
    public var file: String
    /// The worksheet, for an xlsx file.
    public var sheet: String?
    /// The row number (the header is row 1), if the problem is in a row.
    public var row: Int?
    /// The column's heading or its 1-based number, if the problem is in a cell.
    public var column: String?
    /// What is wrong, in both languages.
    public var message: LocalizedText
    /// Whether the table can still be used.
    public var isWarning = false

    /// A problem.
    public init(file: String, sheet: String? = nil, row: Int? = nil, column: String? = nil, _ message: LocalizedText, isWarning: Bool = false) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.message = message
        self.isWarning = isWarning
    }

    /// The problem as one line, in `language`.
    public func text(_ language: Language) -> String {
        let vi = language == .vi
        var place: [String] = []
        if let sheet { place.append((vi ? "trang " : "sheet ") + sheet) }
        if let row { place.append((vi ? "dòng " : "row ") + String(row)) }
        if let column { place.append((vi ? "cột " : "column ") + column) }
        let label = isWarning ? (vi ? "cảnh báo" : "warning") : (vi ? "lỗi" : "error")
        let head = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
        return "\(file): \(label): \(head)\(message.text(language))"
    }
}

/// Problems that stop a table from being imported, errors first.
public struct TableError: Error, Sendable, CustomStringConvertible {
    /// The problems.
    public var problems: [TableProblem]
    /// Whether the file could not be read at all (exit 66) rather than being invalid (exit 65).
    public var isMissingInput = false
    /// The command-line options that neither the command line nor the declarations gave
    /// (`--id`, `--title`, `--unit-kind`, `--years`, `--source`): a usage error when they are the
    /// only problems.
    public var missingOptions: [String] = []

    /// The problems, errors before warnings.
    public init(_ problems: [TableProblem], isMissingInput: Bool = false) {
        self.problems = problems.filter { !$0.isWarning } + problems.filter(\.isWarning)
        self.isMissingInput = isMissingInput
    }

    /// One problem of reading a CSV file.
    init(file: String, row: Int? = nil, column: Int? = nil, _ reason: CSVProblem) {
        self.init([TableProblem(file: file, row: row, column: column.map { String($0) }, reason.message)])
    }

    /// The problems in English, one a line.
    public var description: String { problems.map { $0.text(.en) }.joined(separator: "\n") }
}

/// What can be wrong with the bytes of a CSV file.
enum CSVProblem {
    case fileTooLarge(bytes: Int, limit: Int)
    case utf16
    case nulByte
    case notUTF8(byte: UInt8)
    case empty
    case unclosedQuote(line: Int)
    case textAfterQuote
    case quoteInUnquotedField
    case bareCarriageReturn
    case tooManyFields(found: Int, expected: Int)
    case fieldTooLong(bytes: Int, limit: Int)
    case tooManyRows(limit: Int)

    var message: LocalizedText {
        switch self {
        case .fileTooLarge(let bytes, let limit):
            LocalizedText(vi: "tệp quá lớn (\(bytes) byte, tối đa \(limit))", en: "the file is too large (\(bytes) bytes, at most \(limit))")
        case .utf16:
            LocalizedText(
                vi: "tệp được mã hóa UTF-16; hãy lưu lại dạng \"CSV UTF-8 (Comma delimited)\"",
                en: "the file is UTF-16; save it again as \"CSV UTF-8 (Comma delimited)\"")
        case .nulByte:
            LocalizedText(
                vi: "tệp chứa byte NUL (có thể là UTF-16 không có BOM); hãy lưu lại dạng \"CSV UTF-8\"",
                en: "the file contains NUL bytes (probably UTF-16 without a mark); save it again as \"CSV UTF-8\"")
        case .notUTF8(let byte):
            LocalizedText(
                vi:
                    "tệp không phải UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)); có thể là Latin-1 hoặc Windows-1258); hãy lưu lại dạng \"CSV UTF-8\"",
                en:
                    "the file is not UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)); perhaps Latin-1 or Windows-1258); save it again as \"CSV UTF-8\""
            )
        case .empty: LocalizedText(vi: "tệp rỗng: cần dòng tiêu đề cột", en: "the file is empty: a header row is needed")
        case .unclosedQuote(let line):
            LocalizedText(
                vi: "dấu ngoặc kép mở ở dòng vật lý \(line) không được đóng (tệp bị cắt cụt?)",
                en: "the quote opened on physical line \(line) is never closed (is the file truncated?)")
        case .textAfterQuote:
            LocalizedText(
                vi: "có ký tự sau dấu ngoặc kép đóng; trong ô có ngoặc kép, viết \"\" cho mỗi dấu \"",
                en: "text after a closing quote; inside a quoted cell write \"\" for each \"")
        case .quoteInUnquotedField:
            LocalizedText(
                vi: "dấu ngoặc kép giữa ô không được đặt trong ngoặc kép", en: "a quote inside a cell that is not quoted")
        case .bareCarriageReturn:
            LocalizedText(vi: "ký tự CR đứng riêng (cần CRLF hoặc LF)", en: "a lone CR (expected CRLF or LF)")
        case .tooManyFields(let found, let expected):
            LocalizedText(
                vi: "dòng có \(found) ô, nhiều hơn \(expected) cột của dòng tiêu đề",
                en: "the row has \(found) cells, more than the header's \(expected)")
        case .fieldTooLong(let bytes, let limit):
            LocalizedText(vi: "ô quá dài (\(bytes) byte, tối đa \(limit))", en: "the cell is too long (\(bytes) bytes, at most \(limit))")
        case .tooManyRows(let limit):
            LocalizedText(vi: "bảng có hơn \(limit) dòng", en: "the table has more than \(limit) rows")
        }
    }
}
