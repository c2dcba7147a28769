import Foundation
import ParIndexCore

/// Writes a ranking as an Excel workbook (.xlsx) with three sheets: the ranking, the points and
/// sub-indices by field, and the statistics of each table; and, when files were refused, a
/// fourth, "Tệp bị loại" ("Refused files"): one row per error kept, with file, path, code and
/// message, so that every refused file is named.
///
/// Numbers are stored as numbers (rounded to four decimals, shown with two), never as text, and
/// the same ranking always gives the same bytes.
public enum RankingXLSX {
    /// The workbook bytes, with labels in `language`.
    public static func encode(_ ranking: Ranking, language: Language) -> Data {
        let labels = Labels(language: language)
        let workbook = XLSXWorkbook(
            sheets: [
                rankingSheet(ranking, labels),
                fieldSheet(ranking, labels),
                statisticsSheet(ranking, labels),
            ] + (ranking.failures.isEmpty ? [] : [refusedSheet(ranking, labels)]))
        return workbook.data
    }

    /// Sheet 4, when files were refused: every error kept of every refused file.
    private static func refusedSheet(_ ranking: Ranking, _ l: Labels) -> XLSXSheet {
        var sheet = XLSXSheet(name: l.text("Tệp bị loại", "Refused files"))
        sheet.frozenRows = 1
        sheet.append(
            [l.text("Tệp", "File"), l.text("Vị trí", "Path"), l.text("Mã lỗi", "Code"), l.text("Lỗi", "Message")].map { .text($0, .header) })
        for file in ranking.refusedFiles {
            for error in file.errors {
                sheet.append([.text(file.file), .text(location(error)), .text(error.code.rawValue), .text(error.message.text(l.language))])
            }
        }
        return sheet
    }

    /// The JSON path of a diagnostic, after its line and column when it has them.
    private static func location(_ diagnostic: Diagnostic) -> String {
        let path = diagnostic.path.description
        guard let position = diagnostic.location else { return path }
        return "\(position.line):\(position.column)" + (path.isEmpty ? "" : " " + path)
    }

    /// Sheet 1: rank, unit, components, total, index, band and the change since last year.
    private static func rankingSheet(_ ranking: Ranking, _ l: Labels) -> XLSXSheet {
        var sheet = XLSXSheet(name: l.text("Xếp hạng", "Ranking"))
        if ranking.tables.count == 1 { sheet.frozenRows = 2 }
        for table in ranking.tables {
            if !sheet.rows.isEmpty { sheet.append([]) }
            sheet.append([.text(table.heading(l.language), .heading)])
            let components = table.components.count > 1 ? table.components : []
            let showPrevious = table.entries.contains { $0.previous != nil }
            var header = [l.text("Hạng", "Rank"), l.text("Mã đơn vị", "Unit id"), l.text("Tên đơn vị", "Name"), l.text("Tỉnh", "Province")]
            header += components.map { $0.title.text(l.language) }
            header += [
                l.text("Tổng điểm", "Total"), l.text("Tối đa áp dụng", "Applicable max"), l.text("Chỉ số (%)", "Index (%)"),
                l.text("Xếp loại", "Band"),
            ]
            if showPrevious {
                header += [
                    l.text("Chỉ số năm trước", "Previous index"), l.text("Thay đổi chỉ số", "Index change"), l.text("Thay đổi hạng", "Rank change"),
                ]
            }
            sheet.append(header.map { .text($0, .header) })
            for entry in table.entries {
                let card = entry.result
                var row: [XLSXCell] = [.integer(entry.rank), .text(card.unit.id), .text(card.unit.name), .optionalText(card.unit.province)]
                row += components.map { .optionalNumber(entry.componentPoints($0.id)) }
                row += [
                    .number(card.total), .number(card.applicableMaximum), .optionalNumber(card.index),
                    .optionalText(table.bandLabel(card.bandID)?.text(l.language)),
                ]
                if showPrevious {
                    if let previous = entry.previous {
                        row += [.number(previous.index), .number(previous.indexChange), .integer(previous.rankChange)]
                    } else {
                        row += [.empty, .empty, .empty]
                    }
                }
                sheet.append(row)
            }
            for card in table.unrated {
                var row: [XLSXCell] = [.empty, .text(card.unit.id), .text(card.unit.name), .optionalText(card.unit.province)]
                row += components.map { .optionalNumber(card.componentPoints($0.id)) }
                row += [.number(card.total), .number(card.applicableMaximum), .empty, .text(RankingJSON.unratedLabel.text(l.language))]
                if showPrevious { row += [.empty, .empty, .empty] }
                sheet.append(row)
            }
        }
        if ranking.tables.isEmpty { sheet.append([.text(l.noUnits)]) }
        return sheet
    }

    /// Sheet 2: per unit, the points of each field then its sub-index; then per field the
    /// average sub-index and the best units.
    private static func fieldSheet(_ ranking: Ranking, _ l: Labels) -> XLSXSheet {
        var sheet = XLSXSheet(name: l.text("Theo lĩnh vực", "By field"))
        if ranking.tables.count == 1 { sheet.frozenRows = 2 }
        for table in ranking.tables {
            if !sheet.rows.isEmpty { sheet.append([]) }
            sheet.append([.text(table.heading(l.language), .heading)])
            var header = [l.text("Hạng", "Rank"), l.text("Mã đơn vị", "Unit id"), l.text("Tên đơn vị", "Name")]
            header += table.fields.map { "\($0.id) \($0.title.text(l.language))" }
            header += table.fields.map { "\($0.id) (%)" }
            sheet.append(header.map { .text($0, .header) })
            for entry in table.entries {
                var row: [XLSXCell] = [.integer(entry.rank), .text(entry.result.unit.id), .text(entry.result.unit.name)]
                row += table.fields.map { .optionalNumber(entry.result.field($0.id)?.points) }
                row += table.fields.map { .optionalNumber(entry.fieldIndex($0.id)) }
                sheet.append(row)
            }
            guard !table.statistics.fields.isEmpty else { continue }
            sheet.append([])
            sheet.append(
                [
                    l.text("Lĩnh vực", "Field"), l.text("Tên lĩnh vực", "Title"), l.text("Chỉ số TB (%)", "Average (%)"),
                    l.text("Chỉ số cao nhất (%)", "Best (%)"), l.text("Đơn vị dẫn đầu", "Best units"),
                ].map { .text($0, .header) })
            for field in table.statistics.fields {
                sheet.append([
                    .text(field.field.id), .text(field.field.title.text(l.language)),
                    .optionalNumber(field.average), .optionalNumber(field.best),
                    field.bestUnits.isEmpty ? .empty : .text(field.bestUnits.joined(separator: "; ")),
                ])
            }
        }
        if ranking.tables.isEmpty { sheet.append([.text(l.noUnits)]) }
        return sheet
    }

    /// Sheet 3: count, mean, median, lowest and highest index, and the units in each band.
    private static func statisticsSheet(_ ranking: Ranking, _ l: Labels) -> XLSXSheet {
        var sheet = XLSXSheet(name: l.text("Thống kê", "Statistics"))
        for table in ranking.tables {
            if !sheet.rows.isEmpty { sheet.append([]) }
            let s = table.statistics
            sheet.append([.text(table.heading(l.language), .heading)])
            sheet.append([.text(l.text("Chỉ tiêu", "Figure"), .header), .text(l.text("Giá trị", "Value"), .header)])
            sheet.append([.text(l.text("Số đơn vị", "Units")), .integer(table.entries.count)])
            sheet.append([.text(l.text("Chỉ số trung bình (%)", "Mean index (%)")), .optionalNumber(s.mean)])
            sheet.append([.text(l.text("Chỉ số trung vị (%)", "Median index (%)")), .optionalNumber(s.median)])
            sheet.append([.text(l.text("Chỉ số thấp nhất (%)", "Lowest index (%)")), .optionalNumber(s.lowest)])
            sheet.append([.text(l.text("Chỉ số cao nhất (%)", "Highest index (%)")), .optionalNumber(s.highest)])
            sheet.append([])
            sheet.append([.text(l.text("Xếp loại", "Band"), .header), .text(l.text("Số đơn vị", "Units"), .header)])
            for (band, count) in s.bandCounts {
                sheet.append([.text(band.title.text(l.language)), .integer(count)])
            }
        }
        if ranking.tables.isEmpty { sheet.append([.text(l.noUnits)]) }
        if ranking.failedFileCount > 0 {
            sheet.append([])
            sheet.append([.text(l.text("Số tệp bị loại", "Files refused")), .integer(ranking.failedFileCount)])
        }
        return sheet
    }

    /// Labels in one language.
    private struct Labels {
        var language: Language

        func text(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

        var noUnits: String { text("Không có đơn vị nào được xếp hạng.", "No unit was ranked.") }
    }
}
