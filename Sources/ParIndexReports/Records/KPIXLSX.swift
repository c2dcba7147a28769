import Foundation
import ParIndexCore

/// Writes a `KPIReport` as an Excel workbook: a sheet of figures by unit (numbers as numbers),
/// a sheet of differences between the definitions and a sheet of records left out.
public enum KPIXLSX {
    /// The .xlsx bytes.
    public static func encode(_ report: KPIReport, language: Language) -> Data {
        let vi = language == .vi
        let (header, rows) = KPICSV.table(report, language: language)
        var figures = XLSXSheet(name: vi ? "Số liệu" : "Figures", frozenRows: 3)
        figures.append([
            .text(
                (vi ? "Kỳ \(report.period.label), cách tính " : "Period \(report.period.label), definition ")
                    + "\(report.definition.id) v\(report.definition.version)",
                .heading)
        ])
        var titles: [String] = Array(header.prefix(3))
        titles += KPIFigure.allCases.map { $0.title.text(language) }
        for rate in KPIRate.all {
            let t = rate.title.text(language)
            titles += [t + (vi ? " — tử số" : " — numerator"), t + (vi ? " — mẫu số" : " — denominator"), t + " (%)"]
        }
        for other in report.others {
            let t = (vi ? "Đúng hạn theo " : "On time under ") + other.id
            titles += [t + (vi ? " — tử số" : " — numerator"), t + (vi ? " — mẫu số" : " — denominator"), t + " (%)"]
        }
        figures.append(titles.map { .text($0, .header) })
        figures.append(header.map { .text($0, .header) })
        for row in rows {
            figures.append(
                row.enumerated().map { index, cell in
                    if index < 3 { return .text(cell) }
                    if let whole = Int(cell) { return .integer(whole) }
                    if let value = ExactDecimal(string: cell) { return .number(value) }
                    return cell.isEmpty ? .empty : .text(cell)
                })
        }
        var differences = XLSXSheet(name: vi ? "Khác biệt" : "Differences", frozenRows: 1)
        differences.append([.text(vi ? "Giải thích" : "Explanation", .header)])
        for line in KPIText.differences(report, language) where !line.isEmpty {
            differences.append([.text(line.trimmingCharacters(in: .whitespaces))])
        }
        var problems = XLSXSheet(name: vi ? "Bản ghi bỏ ra" : "Left out", frozenRows: 1)
        problems.append([
            .text(vi ? "Tệp" : "File", .header), .text(vi ? "Dòng" : "Line", .header), .text("MaHoSo", .header), .text(vi ? "Loại" : "Kind", .header),
            .text(vi ? "Vấn đề" : "Problem", .header),
        ])
        for p in report.problems {
            problems.append([.text(p.file), .integer(p.line), .optionalText(p.recordID), .text(p.kind.rawValue), .text(p.message.text(language))])
        }
        return XLSXWorkbook(sheets: [figures, differences, problems]).data
    }
}
