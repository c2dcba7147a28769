import Foundation
import ParIndexCore

/// Writes a `KPIReport` as CSV (UTF-8 with a byte-order mark, CRLF): one row per unit and a
/// total row, every figure, then each rate's numerator, denominator and percentage.
public enum KPICSV {
    /// The header and rows, shared with the xlsx writer.
    static func table(_ report: KPIReport, language: Language) -> (header: [String], rows: [[String]]) {
        let vi = language == .vi
        var header = [vi ? "Đơn vị" : "Unit", vi ? "Kỳ" : "Period", vi ? "Cách tính" : "Definition"]
        header += KPIFigure.allCases.map(\.name)
        for rate in KPIRate.all { header += ["\(rate.name).numerator", "\(rate.name).denominator", "\(rate.name).percent"] }
        for other in report.others { header += ["\(other.id).onTime", "\(other.id).denominator", "\(other.id).percent"] }
        var rows: [[String]] = []
        for u in report.units + [report.total] {
            var row = [u.unit.isEmpty ? (vi ? "TỔNG CỘNG" : "TOTAL") : u.unit, report.period.label, report.definition.id]
            row += KPIFigure.allCases.map { String(u.count($0)) }
            for rate in KPIRate.all { row += cells(u.rate(rate)) }
            for index in report.others.indices { row += cells(u.others[index].rate) }
            rows.append(row)
        }
        return (header, rows)
    }

    private static func cells(_ r: KPIReport.Rate) -> [String] {
        [String(r.numerator), String(r.denominator), r.percent.map { $0.decimalText(fractionDigits: 2) } ?? ""]
    }

    /// The CSV bytes.
    public static func encode(_ report: KPIReport, language: Language) -> Data {
        let (header, rows) = table(report, language: language)
        var text = "\u{FEFF}" + header.map(quote).joined(separator: ",") + "\r\n"
        for row in rows { text += row.map(quote).joined(separator: ",") + "\r\n" }
        return Data(text.utf8)
    }

    static func quote(_ field: String) -> String {
        var text = field
        if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
