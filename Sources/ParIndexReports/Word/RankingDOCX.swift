import Foundation
import ParIndexCore

/// Writes a ranking as the appendix of the decision that publishes it: a Word document (.docx)
/// in the State's format (Nghị định 30/2020/NĐ-CP), A4, Times New Roman.
///
/// The first page has the issuer's header, "PHỤ LỤC", the subject and the link to the decision
/// ("(Kèm theo Quyết định số … ngày …)"); then, for every ranking table, the ranking with the
/// components, the total, the index and the band, and the field sub-indices of every unit, each
/// in a landscape section when it is too wide for portrait, with its header row repeated on every
/// page. The document ends with the recipients and the signer. Page numbers are `PAGE` fields
/// centred in the top margin; the first page shows none. Missing issuer values print as dotted
/// lines. The same ranking, language and profile always give the same bytes.
public enum RankingDOCX {
    /// The .docx bytes of the appendix, in Vietnamese (`.vi`) or English (`.en`).
    public static func encode(_ ranking: Ranking, language: Language, issuer: IssuerProfile = .blank) -> Data {
        let lines = IssuerLines(issuer, language: language)
        let vi = language == .vi
        let year = ranking.tables.first.map { String($0.year) } ?? IssuerLines.dots
        let subject =
            vi ? "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM \(year)" : "PUBLIC ADMINISTRATION REFORM INDEX \(year): RESULTS"
        let firstWide = ranking.tables.first.map { isWide(RankingColumns(table: $0, language: language).headings.count) } ?? false
        var document = WordDocument(
            page: WordPage(landscape: firstWide, numberlessFirstPage: true), title: subject, languageTag: vi ? "vi-VN" : "en-GB")
        document.append(OfficialWord.header(lines, width: document.currentPage.textWidth))
        for paragraph in OfficialWord.appendixTitle(subject, lines: lines, language: language) { document.append(paragraph) }
        if ranking.tables.isEmpty {
            document.append(WordParagraph(vi ? "Không có đơn vị nào được xếp hạng." : "No unit was ranked.", alignment: .center))
        }
        for (index, table) in ranking.tables.enumerated() {
            let columns = RankingColumns(table: table, language: language)
            let wide = isWide(columns.headings.count)
            if index > 0 { document.startSection(WordPage(landscape: wide)) }
            document.append(heading(roman(index + 1) + ". " + table.unitKind.label(language) + " (" + String(table.year) + ")"))
            document.append(summary(columns))
            document.append(rankingTable(columns, width: document.currentPage.textWidth))
            for paragraph in unrated(table, language: language) { document.append(paragraph) }
            if !table.fields.isEmpty {
                let fieldWide = isWide(table.fields.count + 2)
                document.startSection(WordPage(landscape: fieldWide))
                document.append(heading(roman(index + 1) + ".2. " + (vi ? "Chỉ số thành phần theo lĩnh vực (%)" : "Field sub-indices (%)")))
                document.append(fieldTable(table, language: language, width: document.currentPage.textWidth))
                document.append(fieldLegend(table, language: language))
            }
        }
        for paragraph in refused(ranking, language: language) { document.append(paragraph) }
        document.append(OfficialWord.signature(lines, width: document.currentPage.textWidth))
        return document.data
    }

    /// Whether a table of `columns` columns needs a landscape page.
    static func isWide(_ columns: Int) -> Bool { columns > 7 }

    private static func roman(_ number: Int) -> String {
        let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
        return number <= numerals.count ? numerals[number - 1] : String(number)
    }

    private static func heading(_ text: String) -> WordParagraph {
        var paragraph = WordParagraph(text, bold: true, size: 13)
        paragraph.spaceBefore = 6
        paragraph.spaceAfter = 4
        paragraph.keepWithNext = true
        return paragraph
    }

    private static func summary(_ columns: RankingColumns) -> WordParagraph {
        var paragraph = WordParagraph(columns.summary().prefix(2).joined(separator: "\n"), italic: true, size: 12)
        paragraph.spaceAfter = 4
        paragraph.keepWithNext = true
        return paragraph
    }

    /// The ranking: rank, unit, components, total, maximum, index, band (and last year's, when given).
    static func rankingTable(_ columns: RankingColumns, width: Double) -> WordTable {
        let headings = columns.headings
        let numeric = columns.numeric
        var widths = headings.indices.map { index -> Double in
            switch index {
            case 0: 12
            case 1: 0
            case headings.count - 1 where !columns.showPrevious: 24
            default: numeric[index] ? 19 : 24
            }
        }
        fit(&widths, name: 1, width: width, longest: 95)
        var table = WordTable(columns: widths, size: 11)
        table.rows.append(headerRow(headings))
        for entry in columns.table.entries {
            let cells = columns.cells(entry)
            table.rows.append(
                WordTable.Row(cells.enumerated().map { offset, text in WordTable.Cell(text, alignment: numeric[offset] ? .right : .left) }))
        }
        return table
    }

    /// Units × fields: every unit's field sub-index, in the ranking's order.
    static func fieldTable(_ table: RankingTable, language: Language, width: Double) -> WordTable {
        let style = NumberStyle(language: language, display: table.display)
        let vi = language == .vi
        let fieldWidth = min(22, max(14, (width - 12 - 50) / Double(max(1, table.fields.count))))
        var widths = [12.0, 0] + table.fields.map { _ in fieldWidth }
        fit(&widths, name: 1, width: width, longest: 80)
        var result = WordTable(columns: widths, size: 11)
        result.rows.append(headerRow([vi ? "Hạng" : "Rank", vi ? "Đơn vị" : "Unit"] + table.fields.map { $0.id }))
        for entry in table.entries {
            var cells = [WordTable.Cell(String(entry.rank), alignment: .right), WordTable.Cell(entry.result.unit.name)]
            for field in table.fields {
                let value = entry.fieldIndex(field.id).map { $0.formatted(decimals: style.display.percentDecimals, language: language) } ?? "—"
                cells.append(WordTable.Cell(value, alignment: .right))
            }
            result.rows.append(WordTable.Row(cells))
        }
        return result
    }

    /// Gives the name column what is left of `width`, at least 45 mm and at most `longest`; what
    /// is left beyond that goes to the other columns in equal shares.
    static func fit(_ widths: inout [Double], name: Int, width: Double, longest: Double) {
        let others = widths.enumerated().filter { $0.offset != name }.reduce(0) { $0 + $1.element }
        widths[name] = min(longest, max(45, width - others))
        let spare = width - others - widths[name]
        guard spare > 0, widths.count > 1 else { return }
        for index in widths.indices where index != name { widths[index] += spare / Double(widths.count - 1) }
    }

    private static func fieldLegend(_ table: RankingTable, language: Language) -> WordParagraph {
        let text = table.fields.map { "\($0.id): \($0.title.text(language))" }.joined(separator: "; ")
        var paragraph = WordParagraph(text, italic: true, size: 11)
        paragraph.spaceBefore = 2
        return paragraph
    }

    static func headerRow(_ headings: [String]) -> WordTable.Row {
        WordTable.Row(headings.map { WordTable.Cell($0, alignment: .center, bold: true, fill: "D9D9D9") }, isHeader: true)
    }

    private static func unrated(_ table: RankingTable, language: Language) -> [WordParagraph] {
        guard !table.unrated.isEmpty else { return [] }
        let vi = language == .vi
        var out = [
            WordParagraph(
                vi
                    ? "Không xếp loại, không có tiêu chí nào áp dụng (\(table.unrated.count)):"
                    : "Not rated, nothing applies (\(table.unrated.count)):",
                italic: true, size: 12)
        ]
        for unit in table.unrated { out.append(WordParagraph("- \(unit.unit.name)", size: 12)) }
        return out
    }

    /// The refused files, by file name only (no folder), with their first error.
    private static func refused(_ ranking: Ranking, language: Language) -> [WordParagraph] {
        let files = ranking.refusedFiles
        guard !files.isEmpty else { return [] }
        let vi = language == .vi
        var out = [heading((vi ? "Tệp bị loại, không có trong bảng xếp hạng" : "Refused files, not in the ranking") + " (\(files.count))")]
        for file in files {
            let name = file.file.split(separator: "/").last.map(String.init) ?? file.file
            out.append(WordParagraph("- \(name): \(file.firstError.message.text(language))", size: 12))
        }
        return out
    }
}
