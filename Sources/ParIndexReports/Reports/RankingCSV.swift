import Foundation
import ParIndexCore

/// Writes a ranking as CSV (RFC 4180) in UTF-8 with a byte-order mark, so Excel shows Vietnamese
/// correctly. One rectangular table: one row per unit; component and field columns are the union
/// over all tables, empty where they do not apply. Numbers use the framework's display rounding,
/// with the separators of the ``Dialect``.
public enum RankingCSV {
    /// How fields and decimals are separated.
    public enum Dialect: String, Sendable, CaseIterable {
        /// Comma between fields, decimal point (`89.96`): programs, and Excel set to English.
        case standard = "default"
        /// Semicolon between fields, decimal comma (`89,96`): Excel set to Vietnamese (or any
        /// locale whose decimal separator is a comma), which reads such a file as numbers when it is opened.
        case vi
    }

    /// The CSV bytes, BOM first, CRLF line ends, in `dialect`.
    public static func encode(_ ranking: Ranking, language: Language, dialect: Dialect = .standard) -> Data {
        let separator = dialect == .vi ? ";" : ","
        let numberLanguage: Language = dialect == .vi ? .vi : .en
        let vi = language == .vi
        var components: [ColumnHeading] = []
        var fields: [ColumnHeading] = []
        for table in ranking.tables {
            for c in table.components where !components.contains(where: { $0.id == c.id }) { components.append(c) }
            for f in table.fields where !fields.contains(where: { $0.id == f.id }) { fields.append(f) }
        }
        var header =
            vi
            ? ["Loại đơn vị", "Bộ tiêu chí", "Năm", "Hạng", "Mã đơn vị", "Tên đơn vị", "Tỉnh"]
            : ["Unit kind", "Framework", "Year", "Rank", "Unit id", "Name", "Province"]
        header += components.map { $0.title.text(language) }
        header +=
            vi
            ? ["Tổng điểm", "Tối đa áp dụng", "Chỉ số (%)", "Xếp loại", "Chỉ số năm trước (%)", "Thay đổi chỉ số", "Thay đổi hạng"]
            : ["Total", "Applicable max", "Index (%)", "Band", "Previous index (%)", "Index change", "Rank change"]
        header += fields.map { "\($0.id). \($0.title.text(language))" }
        var lines = [header.map { quote($0, separator: separator) }.joined(separator: separator)]
        for table in ranking.tables {
            let p = table.display.pointDecimals
            let q = table.display.percentDecimals
            let number = { (value: ExactDecimal, decimals: Int) in
                value.rounded(scale: decimals).formatted(decimals: decimals, language: numberLanguage, grouping: false)
            }
            for entry in table.entries {
                let card = entry.result
                var row = [
                    table.unitKind.rawValue, table.frameworkID, String(table.year), String(entry.rank), card.unit.id, card.unit.name,
                    card.unit.province ?? "",
                ]
                row += components.map { c in entry.componentPoints(c.id).map { number($0, p) } ?? "" }
                row += [
                    number(card.total, p), number(card.applicableMaximum, p), card.indexRounded.map { number($0, q) } ?? "",
                    table.bandLabel(card.bandID)?.text(language) ?? "",
                ]
                if let previous = entry.previous {
                    row += [number(previous.index, q), number(previous.indexChange, q), String(previous.rankChange)]
                } else {
                    row += ["", "", ""]
                }
                row += fields.map { f in card.field(f.id).map { number($0.points, p) } ?? "" }
                lines.append(row.map { quote($0, separator: separator) }.joined(separator: separator))
            }
            // Units to which nothing applies: no rank, no index, the band column says so.
            for card in table.unrated {
                var row = [
                    table.unitKind.rawValue, table.frameworkID, String(table.year), "", card.unit.id, card.unit.name, card.unit.province ?? "",
                ]
                row += components.map { c in card.componentPoints(c.id).map { number($0, p) } ?? "" }
                row += [number(card.total, p), number(card.applicableMaximum, p), "", RankingJSON.unratedLabel.text(language), "", "", ""]
                row += fields.map { f in card.field(f.id).map { number($0.points, p) } ?? "" }
                lines.append(row.map { quote($0, separator: separator) }.joined(separator: separator))
            }
        }
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data((lines.joined(separator: "\r\n") + "\r\n").utf8))
        return data
    }

    /// A field quoted when it holds the separator, a quote or a line break; a leading =,
    /// +, - or @ is prefixed with ' so that Excel never runs a name as a formula (a number, with a
    /// decimal point or comma, is left as it is).
    static func quote(_ field: String, separator: String = ",") -> String {
        var text = field
        if let first = text.first, "=+-@".contains(first), ExactDecimal(string: text.replacingOccurrences(of: ",", with: ".")) == nil {
            text = "'" + text
        }
        let mark = separator.first ?? ","
        guard text.contains(where: { $0 == mark || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
