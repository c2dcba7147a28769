import Foundation
import ParIndexCore
import ParIndexOffice

/// The visible worksheets of an xlsx workbook as tables for `CriteriaTableImport`: the first
/// row that has a cell is the header; every cell as text (a number as its exact decimal, a date as `YYYY-MM-DD`); row
/// numbers as Excel shows them. A cell holding an error value (`#N/A`) is a problem.
public enum CriteriaTableWorkbook {
    /// The tables of the workbook in `data`, named `file` in messages.
    public static func sheets(data: Data, file: String) throws(TableError) -> [TableSheet] {
        let workbook: Workbook
        do {
            workbook = try XLSXReader.read(data: data, file: file)
        } catch {
            let place = error.location.map { $0 + ": " } ?? ""
            throw TableError([TableProblem(file: file, LocalizedText(vi: place + error.reason.vi, en: place + error.reason.en))])
        }
        var problems: [TableProblem] = []
        let tables = workbook.sheets.filter { $0.visibility == .visible }.map { sheet -> TableSheet in
            var header: [String] = []
            var rows: [TableRow] = []
            for (number, cells) in sheet.rows {
                var texts = [String](repeating: "", count: cells.map(\.reference.column).max() ?? 0)
                for cell in cells {
                    let column = cell.reference.column - 1
                    switch cell.value {
                    case .text(let t): texts[column] = t
                    case .number(let literal): texts[column] = ExactDecimal(string: literal).map(\.exactText) ?? literal
                    case .boolean(let b): texts[column] = b ? "TRUE" : "FALSE"
                    case .date(let d): texts[column] = d.isoDate
                    case .error(let e):
                        problems.append(
                            TableProblem(
                                file: file, sheet: sheet.name, row: number, column: cell.reference.description,
                                LocalizedText(vi: "ô có giá trị lỗi \(e)", en: "the cell holds the error \(e)")))
                    }
                }
                if header.isEmpty && rows.isEmpty { header = texts } else { rows.append(TableRow(number: number, cells: texts)) }
            }
            return TableSheet(name: sheet.name, header: header, rows: rows)
        }
        if !problems.isEmpty { throw TableError(problems) }
        return tables
    }
}
