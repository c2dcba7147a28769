import Foundation
import ParIndexCore

/// Writes a ranking as an Excel workbook (.xlsx), ready to print. For every ranking table, one
/// sheet of each kind, never two tables stacked on one sheet:
///
/// 1. *Xếp hạng* (Ranking): rank, unit, components, total, applicable maximum, index, band and
///    the change since last year;
/// 2. *Theo lĩnh vực* (By field): each field's points (with the maxima row) and sub-index;
/// 3. *Điểm tiêu chí* (Sub-criteria): every unit's points on every leaf of the framework, with
///    the maxima row, when the ranking holds the units' scorecards;
/// 4. *Thống kê* (Statistics): count, mean, median, lowest, highest, bands and fields;
///
/// (numbered "Xếp hạng 2", … when there are several tables), then, when files were refused or
/// left out, *Tệp bị loại* (Refused files): one row per error kept, with file, path, code and
/// message, so that every such file is named.
///
/// Every sheet opens with the table's title (``RankingTitle``) and keeps its header row in view
/// (frozen) and on every printed page (print titles). Sheets print on A4 landscape, one page wide
/// (the sub-criteria sheet as many pages wide as its columns need at a readable size, the unit
/// columns repeated), with the margins of Nghị định 30/2020/NĐ-CP, grid lines, the page number
/// ("Trang 2/7") in the page header and, with an `IssuerProfile`, the issuing body and the
/// appendix line ("Kèm theo Quyết định số …").
///
/// Numbers are stored as numbers (rounded to four decimals, shown with two), never as text, and
/// the same ranking always gives the same bytes.
public enum RankingXLSX {
    /// The workbook bytes, with labels in `language`; `issuer` fills the printed page header.
    public static func encode(_ ranking: Ranking, language: Language, issuer: IssuerProfile? = nil) -> Data {
        let l = Labels(language: language, numbered: ranking.tables.count > 1)
        var sheets: [XLSXSheet] = []
        for (n, table) in ranking.tables.enumerated() { sheets.append(rankingSheet(table, n, l)) }
        for (n, table) in ranking.tables.enumerated() { sheets.append(fieldSheet(table, n, l)) }
        for (n, table) in ranking.tables.enumerated() { sheets.append(leafSheet(table, n, l)) }
        for (n, table) in ranking.tables.enumerated() { sheets.append(statisticsSheet(table, n, l)) }
        if ranking.tables.isEmpty {
            var sheet = XLSXSheet(name: l.text("Xếp hạng", "Ranking"))
            sheet.append([.text(l.text("Không có đơn vị nào được xếp hạng.", "No unit was ranked."), .heading)])
            sheets.append(sheet)
        }
        let leftOut = ranking.notices.filter { $0.code == .batchSupersededUnit }
        if !ranking.failures.isEmpty || !leftOut.isEmpty { sheets.append(refusedSheet(ranking, leftOut, l)) }
        // The page header: the issuer and the appendix line, or the report's title; the page number.
        let title = RankingTitle.of(ranking, language: language)
        let lines = issuer.map { IssuerLines($0, language: language) }
        for index in sheets.indices {
            sheets[index].page.left = lines.map { $0.governingBody + "\n" + $0.issuingBody } ?? title
            sheets[index].page.right = lines?.appendixLink ?? ""
            sheets[index].page.center = l.text("Trang &P/&N", "Page &P of &N")
        }
        return XLSXWorkbook(sheets: sheets).data
    }

    /// The first rows of a table's sheet: its title, and the framework under it.
    private static func titleRows(_ table: RankingTable, _ l: Labels, into sheet: inout XLSXSheet) {
        sheet.append([.text(table.title(l.language), .heading)])
        sheet.append([.text(l.text("Bộ tiêu chí: ", "Framework: ") + table.frameworkTitle.text(l.language), .note)])
    }

    /// Sheet 1: rank, unit, components, total, index, band, the change since last year, province
    /// (when the units differ in it) and unit id.
    private static func rankingSheet(_ table: RankingTable, _ n: Int, _ l: Labels) -> XLSXSheet {
        var sheet = XLSXSheet(name: l.name("Xếp hạng", "Ranking", n))
        titleRows(table, l, into: &sheet)
        let names = RankingNames(table)
        let showProvince =
            RankingTitle.province(of: table) == nil
            && (table.entries.contains { $0.result.unit.province != nil } || table.unrated.contains { $0.unit.province != nil })
        let components = table.components.count > 1 ? table.components : []
        let showPrevious = table.entries.contains { $0.previous != nil }
        var header = [l.text("Hạng", "Rank"), l.text("Tên đơn vị", "Name")]
        var widths: [Double] = [7, 52]
        header += components.map { c in c.title.text(l.language) + (c.maximum.map { " (" + l.points($0) + ")" } ?? "") }
        widths += components.map { _ in 13 }
        header += [
            l.text("Tổng điểm", "Total"), l.text("Tối đa áp dụng", "Applicable max"), l.text("Chỉ số (%)", "Index (%)"),
            l.text("Xếp loại", "Band"),
        ]
        widths += [10, 10, 10, 18]
        if showPrevious {
            header += [
                l.text("Chỉ số năm trước", "Previous index"), l.text("Thay đổi chỉ số", "Index change"), l.text("Thay đổi hạng", "Rank change"),
            ]
            widths += [10, 10, 9]
        }
        if showProvince {
            header.append(l.text("Tỉnh", "Province"))
            widths.append(14)
        }
        header.append(l.text("Mã đơn vị", "Unit id"))
        widths.append(Double(min(max((table.entries.map(\.result.unit.id.count).max() ?? 8) + 2, 10), 30)))
        sheet.append(header.map { .text($0, .header) })
        for entry in table.entries {
            let card = entry.result
            var row: [XLSXCell] = [.integer(entry.rank), .text(names.name(card.unit), .wrapped)]
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
            if showProvince { row.append(.optionalText(card.unit.province)) }
            row.append(.text(card.unit.id))
            sheet.append(row)
        }
        for card in table.unrated {
            var row: [XLSXCell] = [.empty, .text(names.name(card.unit), .wrapped)]
            row += components.map { .optionalNumber(card.componentPoints($0.id)) }
            row += [.number(card.total), .number(card.applicableMaximum), .empty, .text(RankingJSON.unratedLabel.text(l.language), .wrapped)]
            if showPrevious { row += [.empty, .empty, .empty] }
            if showProvince { row.append(.optionalText(card.unit.province)) }
            row.append(.text(card.unit.id))
            sheet.append(row)
        }
        sheet.widths = widths
        framed(&sheet, headerRows: 3...3)
        return sheet
    }

    /// Sheet 2: per unit, the points of each field (under the maxima row) then its sub-index.
    private static func fieldSheet(_ table: RankingTable, _ n: Int, _ l: Labels) -> XLSXSheet {
        var sheet = XLSXSheet(name: l.name("Theo lĩnh vực", "By field", n))
        titleRows(table, l, into: &sheet)
        let names = RankingNames(table)
        var header = [l.text("Hạng", "Rank"), l.text("Tên đơn vị", "Name"), l.text("Mã đơn vị", "Unit id")]
        header += table.fields.map { "\($0.id) \($0.title.text(l.language))" }
        header += table.fields.map { "\($0.id) (%)" }
        sheet.append(header.map { .text($0, .header) })
        var maxima: [XLSXCell] = [.empty, .text(l.text("Điểm tối đa", "Maximum points"), .header), .empty]
        maxima += table.fields.map { .optionalNumber($0.maximum) }
        maxima += table.fields.map { _ in .number(ExactDecimal(100)) }
        sheet.append(maxima)
        for entry in table.entries {
            var row: [XLSXCell] = [.integer(entry.rank), .text(names.name(entry.result.unit), .wrapped), .text(entry.result.unit.id)]
            row += table.fields.map { .optionalNumber(entry.result.field($0.id)?.points) }
            row += table.fields.map { .optionalNumber(entry.fieldIndex($0.id)) }
            sheet.append(row)
        }
        let idWidth = Double(min(max((table.entries.map(\.result.unit.id.count).max() ?? 8) + 2, 10), 24))
        sheet.widths = [7, 36, idWidth] + table.fields.map { _ in 13 } + table.fields.map { _ in 9 }
        framed(&sheet, headerRows: 3...4)
        return sheet
    }

    /// Sheet 3: every unit's points on every leaf, under the leaves' maxima.
    private static func leafSheet(_ table: RankingTable, _ n: Int, _ l: Labels) -> XLSXSheet {
        var sheet = XLSXSheet(name: l.name("Điểm tiêu chí", "Sub-criteria", n))
        titleRows(table, l, into: &sheet)
        let names = RankingNames(table)
        // The leaves in the framework's order, from the first scorecard (every unit of a table
        // is scored with the same framework).
        guard let leaves = table.entries.lazy.compactMap(\.scorecard).first?.leaves ?? table.unrated.lazy.compactMap(\.scorecard).first?.leaves
        else {
            sheet.append([
                .text(
                    l.text(
                        "Bảng điểm từng tiêu chí cần phiếu điểm của các đơn vị (par-score rank --format xlsx tự tính).",
                        "Points by sub-criterion need the units' scorecards (par-score rank --format xlsx computes them)."), .note)
            ])
            framed(&sheet, headerRows: nil)
            return sheet
        }
        var header = [l.text("Hạng", "Rank"), l.text("Tên đơn vị", "Name"), l.text("Mã đơn vị", "Unit id")]
        header += leaves.map { "\($0.id) " + Self.cut($0.title.text(l.language), 60) }
        header.append(l.text("Tổng điểm", "Total"))
        sheet.append(header.map { .text($0, .header) })
        var maxima: [XLSXCell] = [.empty, .text(l.text("Điểm tối đa", "Maximum points"), .header), .empty]
        maxima += leaves.map { .number($0.maximum) }
        maxima.append(.optionalNumber(table.entries.first?.result.maximum ?? table.unrated.first?.maximum))
        sheet.append(maxima)
        let positions = Dictionary(leaves.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        func points(_ card: Scorecard?) -> [XLSXCell] {
            guard let card else { return leaves.map { _ in .empty } }
            var cells = [XLSXCell](repeating: .empty, count: leaves.count)
            for leaf in card.leaves {
                guard let position = positions[leaf.id] else { continue }
                // A leaf that does not apply has no points to show.
                cells[position] = leaf.applicableMaximum == .zero && leaf.maximum != .zero ? .text("—") : .number(leaf.points)
            }
            return cells
        }
        for entry in table.entries {
            var row: [XLSXCell] = [.integer(entry.rank), .text(names.name(entry.result.unit), .wrapped), .text(entry.result.unit.id)]
            row += points(entry.scorecard)
            row.append(.number(entry.result.total))
            sheet.append(row)
        }
        for card in table.unrated {
            var row: [XLSXCell] = [.empty, .text(names.name(card.unit), .wrapped), .text(card.unit.id)]
            row += points(card.scorecard)
            row.append(.number(card.total))
            sheet.append(row)
        }
        let idWidth = Double(min(max((table.entries.map(\.result.unit.id.count).max() ?? 8) + 2, 10), 24))
        sheet.widths = [6, 30, idWidth] + leaves.map { _ in 9 } + [9]
        framed(&sheet, headerRows: 3...4)
        // Readable when printed: pages of about 110 characters of columns, the unit columns repeated.
        let total = sheet.widths.reduce(0, +)
        sheet.pagesWide = max(1, Int((total / 130).rounded(.up)))
        if sheet.pagesWide > 1 { sheet.printTitleColumns = 1...3 }
        sheet.frozenColumns = 3
        return sheet
    }

    /// Sheet 4: count, mean, median, lowest and highest index; the units in each band; and per
    /// field the average sub-index and the best units.
    private static func statisticsSheet(_ table: RankingTable, _ n: Int, _ l: Labels) -> XLSXSheet {
        var sheet = XLSXSheet(name: l.name("Thống kê", "Statistics", n))
        titleRows(table, l, into: &sheet)
        let s = table.statistics
        let names = RankingNames(table)
        sheet.append(
            [
                l.text("Chỉ tiêu", "Figure"), l.text("Giá trị", "Value"), l.text("Tên lĩnh vực", "Title"), l.text("Chỉ số TB (%)", "Average (%)"),
                l.text("Chỉ số cao nhất (%)", "Best (%)"), l.text("Đơn vị dẫn đầu", "Best units"),
            ].map { .text($0, .header) })
        sheet.append([.text(l.text("Số đơn vị", "Units")), .integer(table.entries.count)])
        sheet.append([.text(l.text("Chỉ số trung bình (%)", "Mean index (%)")), .optionalNumber(s.mean)])
        sheet.append([.text(l.text("Chỉ số trung vị (%)", "Median index (%)")), .optionalNumber(s.median)])
        sheet.append([.text(l.text("Chỉ số thấp nhất (%)", "Lowest index (%)")), .optionalNumber(s.lowest)])
        sheet.append([.text(l.text("Chỉ số cao nhất (%)", "Highest index (%)")), .optionalNumber(s.highest)])
        for (band, count) in s.bandCounts {
            sheet.append([.text(l.text("Xếp loại: ", "Band: ") + band.title.text(l.language), .wrapped), .integer(count)])
        }
        for field in s.fields {
            sheet.append([
                .text(l.text("Lĩnh vực ", "Field ") + field.field.id), .empty, .text(field.field.title.text(l.language), .wrapped),
                .optionalNumber(field.average), .optionalNumber(field.best),
                field.bestUnits.isEmpty ? .empty : .text(bestUnits(field.bestUnits.map(names.name), l), .wrapped),
            ])
        }
        sheet.widths = [26, 10, 44, 12, 12, 60]
        framed(&sheet, headerRows: 3...3)
        return sheet
    }

    /// The best units of a field: all of them up to five, else the first three and how many more.
    private static func bestUnits(_ names: [String], _ l: Labels) -> String {
        guard names.count > 5 else { return names.joined(separator: "; ") }
        return names.prefix(3).joined(separator: "; ") + l.text(" và \(names.count - 3) đơn vị khác", " and \(names.count - 3) more units")
    }

    /// The last sheet: every error kept of every refused file, and every file left out for a
    /// newer one (`--prefer newer`).
    private static func refusedSheet(_ ranking: Ranking, _ leftOut: [Diagnostic], _ l: Labels) -> XLSXSheet {
        var sheet = XLSXSheet(name: l.text("Tệp bị loại", "Refused files"))
        let count = max(ranking.failedFileCount, ranking.refusedFiles.count) + leftOut.count
        sheet.append([.text(l.text("Tệp bị loại khỏi bảng xếp hạng (\(count))", "Files left out of the ranking (\(count))"), .heading)])
        sheet.append(
            [l.text("Tệp", "File"), l.text("Vị trí", "Path"), l.text("Mã lỗi", "Code"), l.text("Lỗi", "Message")].map { .text($0, .header) })
        for file in ranking.refusedFiles {
            for error in file.errors {
                sheet.append([
                    .text(file.file, .wrapped), .text(location(error)), .text(error.code.rawValue), .text(error.message.text(l.language), .wrapped),
                ])
            }
        }
        for notice in leftOut {
            sheet.append([
                .text(notice.file, .wrapped), .text(location(notice)), .text(notice.code.rawValue), .text(notice.message.text(l.language), .wrapped),
            ])
        }
        sheet.widths = [40, 18, 24, 70]
        framed(&sheet, headerRows: 2...2)
        return sheet
    }

    /// Freezes the rows down to the header and prints the header rows on every page.
    private static func framed(_ sheet: inout XLSXSheet, headerRows: ClosedRange<Int>?) {
        guard let headerRows else { return }
        sheet.frozenRows = headerRows.upperBound
        sheet.printTitleRows = headerRows
    }

    /// `text` in at most `limit` characters.
    private static func cut(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// The JSON path of a diagnostic, after its line and column when it has them.
    private static func location(_ diagnostic: Diagnostic) -> String {
        let path = diagnostic.path.description
        guard let position = diagnostic.location else { return path }
        return "\(position.line):\(position.column)" + (path.isEmpty ? "" : " " + path)
    }

    /// Labels in one language.
    private struct Labels {
        var language: Language
        /// Whether sheet names carry the table's number.
        var numbered: Bool

        func text(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

        /// The name of a sheet of table `n` (from 0).
        func name(_ vi: String, _ en: String, _ n: Int) -> String { text(vi, en) + (numbered ? " \(n + 1)" : "") }

        /// Points as a label shows them: "80,00".
        func points(_ value: ExactDecimal) -> String {
            value.rounded(scale: 2).formatted(decimals: 2, language: language)
        }
    }
}
