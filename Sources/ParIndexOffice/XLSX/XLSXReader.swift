import Foundation

/// Reads `.xlsx` workbooks (Office Open XML SpreadsheetML, ECMA-376) as Excel, LibreOffice and
/// Google Sheets save them.
///
/// ```swift
/// let workbook = try XLSXReader.read(contentsOf: URL(fileURLWithPath: "form.xlsx"))
/// for sheet in workbook.sheets {
///     for cell in sheet.cells { print(sheet.name, cell.reference, cell.displayText) }
/// }
/// ```
///
/// What it reads: worksheets in tab order with their cells (shared strings, rich and inline
/// strings, numbers kept as their decimal literal, booleans, error values, dates from number
/// formats — the built-in date formats and custom codes — in the 1900 or 1904 date system),
/// and formulas with their cached values. A formula without a cached value is an error (the
/// file must be saved after calculation). What it refuses, each with an ``OfficeError`` that
/// names the file and the part, sheet or cell: anything that is not a ZIP archive (an Excel
/// 97–2003 `.xls` is recognised and the message says how to convert it), macro-enabled
/// workbooks (`.xlsm`), and everything ``ZipReader`` and ``XMLPullReader`` refuse, within the
/// ``XLSXLimits``.
public enum XLSXReader {
    /// The workbook in the file at `url`, named by its last path component in errors.
    public static func read(contentsOf url: URL, limits: XLSXLimits = .default) throws -> Workbook {
        let data = try Data(contentsOf: url)
        return try read(data: data, file: url.lastPathComponent, limits: limits)
    }

    /// The workbook in `data`, named `file` in errors.
    public static func read(data: Data, file: String, limits: XLSXLimits = .default) throws(OfficeError) -> Workbook {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw OfficeError(file: file, reason: .oldExcelFormat)
        }
        guard bytes.starts(with: [0x50, 0x4B]) else { throw OfficeError(file: file, reason: .notAWorkbook) }
        let archive = try ZipReader(bytes: bytes, file: file, limits: limits.zip)
        var package = XLSXPackage(archive: archive, file: file, limits: limits)
        return try package.workbook()
    }

    /// Whether `data` starts like an Office file this reader recognises (a ZIP archive, or an
    /// OLE compound file such as `.xls`), so a caller can tell workbooks from other inputs.
    public static func looksLikeWorkbook(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
    }
}
