import Foundation
import ParIndexCore

/// Writes a framework as the appendix of the decision that issues it: a Word document (.docx),
/// A4 portrait, Times New Roman, in the State's format (Nghị định 30/2020/NĐ-CP).
///
/// The first page has the issuer's header, "PHỤ LỤC", the framework's title and the link to the
/// decision; then the criteria table (code, content, maximum points, how it is scored and the
/// evidence documents; fields in bold, the header row repeated on every page), the components
/// and the bands; the document ends with the recipients and the signer. The table is the one
/// `CriteriaTableExport` writes, so the docx says what the csv and xlsx say.
public enum CriteriaTableDOCX {
    /// The .docx bytes of the appendix, in Vietnamese (`.vi`) or English (`.en`).
    public static func encode(_ framework: Framework, language: Language, issuer: IssuerProfile = .blank) -> Data {
        let vi = language == .vi
        let lines = IssuerLines(issuer, language: language)
        let subject = (vi ? "BỘ TIÊU CHÍ " : "CRITERIA: ") + framework.title.text(language).uppercased()
        var document = WordDocument(page: WordPage(landscape: false, numberlessFirstPage: true), title: subject, languageTag: vi ? "vi-VN" : "en-GB")
        let width = document.currentPage.textWidth
        document.append(OfficialWord.header(lines, width: width))
        for paragraph in OfficialWord.appendixTitle(subject, lines: lines, language: language) { document.append(paragraph) }
        let years = "\(framework.firstYear)–\(framework.lastYear)"
        var scope = WordParagraph(
            (vi ? "Áp dụng: " : "Applies to: ") + framework.unitKinds.map { $0.label(language) }.joined(separator: "; ")
                + (vi ? "; năm " : "; years ")
                + years,
            alignment: .center, italic: true, size: 12)
        scope.spaceAfter = 8
        document.append(scope)

        let (criteria, _) = CriteriaTableExport.sheets(framework, language: language)
        let nodes = framework.allNodes
        let byID = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var table = WordTable(columns: [16, width - 16 - 20 - 62, 20, 62], size: 11)
        table.rows.append(
            RankingDOCX.headerRow(
                vi ? ["Mã", "Nội dung", "Điểm tối đa", "Cách chấm, tài liệu kiểm chứng"] : ["Code", "Content", "Max", "Scoring, evidence"]))
        for row in criteria.rows {
            let cells = row.cells
            let code = cells[0]
            let node = byID[code]
            let bold = framework.fields.contains { $0.id == code }
            let title = language == .en && !cells[2].isEmpty ? cells[2] : cells[1]
            var how: [String] = []
            if !cells[5].isEmpty { how.append(cells[5]) }
            let documents = (node?.documents ?? []).map { $0.title.text(language) }.joined(separator: "; ")
            if !documents.isEmpty { how.append((vi ? "Tài liệu: " : "Documents: ") + documents) }
            table.rows.append(
                WordTable.Row([
                    WordTable.Cell(code, bold: bold), WordTable.Cell(title, bold: bold), WordTable.Cell(cells[3], alignment: .right, bold: bold),
                    WordTable.Cell(how.joined(separator: "\n")),
                ]))
        }
        table.rows.append(
            WordTable.Row([
                WordTable.Cell(vi ? "Tổng" : "Total", bold: true, span: 2),
                WordTable.Cell(
                    exact(framework.maximum, language), alignment: .right, bold: true),
                WordTable.Cell(""),
            ]))
        document.append(table)

        if !framework.components.isEmpty {
            document.append(heading(vi ? "Thành phần điểm" : "Components"))
            for c in framework.components {
                document.append(
                    WordParagraph(
                        "- \(c.title.text(language)): \(exact(c.max, language))", size: 12))
            }
        }
        document.append(heading(vi ? "Xếp loại" : "Bands"))
        for band in framework.bands {
            let bound = (band.lowerInclusive ? "≥ " : "> ") + exact(band.lower, language)
            document.append(WordParagraph("- \(band.label.text(language)): \(bound)", size: 12))
        }
        var note = WordParagraph(
            (vi ? "Nguồn: " : "Source: ") + framework.provenance.source + " ("
                + (framework.provenance.status == .official ? (vi ? "chính thức" : "official") : (vi ? "phỏng theo" : "adapted")) + ")",
            italic: true, size: 11)
        note.spaceBefore = 6
        document.append(note)
        document.append(OfficialWord.signature(lines, width: width))
        return document.data
    }

    /// A number exactly, with the language's decimal separator, as the table's cells are written.
    private static func exact(_ value: ExactDecimal, _ language: Language) -> String {
        language == .vi ? value.exactText.replacingOccurrences(of: ".", with: ",") : value.exactText
    }

    private static func heading(_ text: String) -> WordParagraph {
        var paragraph = WordParagraph(text, bold: true, size: 13)
        paragraph.spaceBefore = 8
        paragraph.spaceAfter = 2
        paragraph.keepWithNext = true
        return paragraph
    }
}
