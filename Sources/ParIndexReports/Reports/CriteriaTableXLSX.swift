import Foundation
import ParIndexCore

/// Writes a criteria table and its declarations (`CriteriaTableExport`) as an Excel workbook:
/// one worksheet each, headings in bold, every cell as text so that codes such as `1.10` and
/// points such as `0,25` stay exactly as written.
public enum CriteriaTableXLSX {
    /// The .xlsx bytes of `sheets`, one worksheet each, in order.
    public static func encode(_ sheets: [TableSheet]) -> Data {
        let worksheets = sheets.enumerated().map { offset, sheet in
            var worksheet = XLSXSheet(name: sheet.name ?? "Sheet\(offset + 1)")
            worksheet.append(sheet.header.map { .text($0, .header) })
            for row in sheet.rows { worksheet.append(row.cells.map { $0.isEmpty ? .empty : .text($0) }) }
            worksheet.frozenRows = 1
            return worksheet
        }
        return XLSXWorkbook(sheets: worksheets).data
    }
}
