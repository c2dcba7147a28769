import Foundation

/// Writes a ``TableSheet`` as CSV the way Excel in a Vietnamese locale saves it: UTF-8 with a
/// byte-order mark, `;` between fields, CRLF line ends, a field quoted when it holds `;`, `"`,
/// a line break or spaces at its ends. ``CSVReader`` reads it back to the same table.
public enum CSVWriter {
    /// The CSV bytes of `sheet`.
    public static func encode(_ sheet: TableSheet) -> Data {
        var text = "\u{FEFF}"
        func line(_ cells: [String]) {
            text += cells.map(quote).joined(separator: ";") + "\r\n"
        }
        line(sheet.header)
        for row in sheet.rows {
            line(row.cells + Array(repeating: "", count: max(0, sheet.header.count - row.cells.count)))
        }
        return Data(text.utf8)
    }

    private static func quote(_ field: String) -> String {
        let needs = field.contains { $0 == ";" || $0 == "\"" || $0.isNewline || $0 == "," } || field.first == " " || field.last == " "
        return needs ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
