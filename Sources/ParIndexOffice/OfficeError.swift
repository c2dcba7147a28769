/// Why a workbook (or a ZIP archive or XML part of it) was refused, and where.
///
/// Every error names the file; where it can, also the part of the archive (`xl/sharedStrings.xml`)
/// or the sheet and cell (`Số liệu!D12`). ``text(english:)`` gives the whole line a user reads:
///
/// ```
/// form.xlsx: Số liệu!D12: công thức chưa có giá trị đã tính; mở tệp bằng Excel hoặc LibreOffice, …
/// ```
public struct OfficeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// The part of the archive the problem is in (`xl/worksheets/sheet1.xml`), if any.
    public var part: String?
    /// The sheet the problem is in, if known.
    public var sheet: String?
    /// The cell the problem is in, if known.
    public var cell: CellReference?
    /// What is wrong.
    public var reason: OfficeErrorReason

    /// An error about `file`.
    public init(file: String, part: String? = nil, sheet: String? = nil, cell: CellReference? = nil, reason: OfficeErrorReason) {
        self.file = file
        self.part = part
        self.sheet = sheet
        self.cell = cell
        self.reason = reason
    }

    /// Where the problem is inside the file: `Sheet!A1`, `Sheet`, or the part of the archive.
    public var location: String? {
        if let sheet {
            return cell.map { "\(sheet)!\($0)" } ?? sheet
        }
        return part
    }

    /// The line a user reads: `file: location: what is wrong and how to fix it`.
    public func text(english: Bool) -> String {
        var head = file
        if let location { head += ": \(location)" }
        return "\(head): \(english ? reason.en : reason.vi)"
    }

    /// The line in English.
    public var description: String { text(english: true) }
}
