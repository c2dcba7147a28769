import Foundation
import ParIndexCore

/// Writes one unit's appraisal record (phiếu chấm điểm) as a Word document (.docx) in the State's
/// format: the issuer's header, the title, then every node of the framework with its maximum, the
/// unit's claimed score, the council's score and the final points, and under every leaf the
/// explanation of its points and the evidence cited; then the totals, the index and the band, and
/// the signatures of the unit and of the council. Missing issuer values print as dotted lines;
/// the submission's file path is not printed. The same record gives the same bytes.
public enum ScorecardDOCX {
    /// The .docx bytes of the record, in Vietnamese (`.vi`) or English (`.en`).
    public static func encode(_ record: AppraisalRecord, language: Language, issuer: IssuerProfile = .blank) -> Data {
        let card = record.scorecard
        let vi = language == .vi
        let lines = IssuerLines(issuer, language: language)
        let style = NumberStyle(language: language, display: card.display)
        let kind = vi ? "PHIẾU CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM \(card.year)" : "PAR INDEX APPRAISAL RECORD \(card.year)"
        var document = WordDocument(
            page: WordPage(numberlessFirstPage: true), title: kind + " — " + card.unit.name, languageTag: vi ? "vi-VN" : "en-GB")
        let width = document.currentPage.textWidth
        document.append(OfficialWord.header(lines, width: width))
        for paragraph in OfficialWord.documentTitle(kind, subject: (vi ? "Đơn vị: " : "Unit: ") + unitName(card.unit)) {
            document.append(paragraph)
        }
        var about = WordParagraph(
            (vi ? "Mã đơn vị: " : "Unit id: ") + card.unit.id + "\n" + (vi ? "Bộ tiêu chí: " : "Framework: ") + card.frameworkTitle.text(language),
            italic: true, size: 12)
        about.spaceAfter = 6
        document.append(about)
        document.append(tree(record, style: style, width: width))
        document.append(totals(card, style: style, width: width))
        if !card.claimDifferences.isEmpty {
            var note = WordParagraph(
                vi
                    ? "Có \(card.claimDifferences.count) tiêu chí mà điểm tự chấm khác điểm đạt (xem cột “Tự chấm” và “Điểm đạt”)."
                    : "\(card.claimDifferences.count) criteria have a claimed score other than the final one (see the columns “Claimed” and “Final”).",
                italic: true, size: 12)
            note.spaceAfter = 6
            document.append(note)
        }
        var place = WordParagraph(lines.placeDate, alignment: .right, italic: true, size: 13)
        place.spaceBefore = 6
        place.keepWithNext = true
        document.append(place)
        document.append(
            OfficialWord.twoSignatures(
                left: vi ? ["ĐẠI DIỆN ĐƠN VỊ", "THỦ TRƯỞNG ĐƠN VỊ"] : ["FOR THE UNIT", "HEAD OF THE UNIT"],
                right: vi ? ["TM. HỘI ĐỒNG THẨM ĐỊNH", "CHỦ TỊCH"] : ["FOR THE APPRAISAL COUNCIL", "CHAIR"], width: width,
                language: language))
        return document.data
    }

    /// The unit's name with its province, as in the reports' headings.
    static func unitName(_ unit: ParIndexCore.Unit) -> String {
        unit.province.map { "\(unit.name) — \($0)" } ?? unit.name
    }

    /// The columns: id, criterion, maximum, claimed, council, final.
    static func columns(width: Double) -> [Double] {
        let numbers = [15.0, 15, 17, 15]
        return [14, width - 14 - numbers.reduce(0, +)] + numbers
    }

    static func tree(_ record: AppraisalRecord, style: NumberStyle, width: Double) -> WordTable {
        let vi = style.language == .vi
        let language = style.language
        let card = record.scorecard
        var table = WordTable(columns: columns(width: width), size: 11)
        table.rows.append(
            RankingDOCX.headerRow(
                vi
                    ? ["Mã", "Tiêu chí, giải thích và tài liệu kiểm chứng", "Điểm tối đa", "Tự chấm", "Hội đồng thẩm định", "Điểm đạt"]
                    : ["Id", "Criterion, explanation and evidence", "Max", "Claimed", "Council", "Final"]))
        for node in card.nodes {
            let notApplicable = node.status == .notApplicable
            var paragraphs = [WordParagraph(node.title.text(language), bold: !node.isLeaf)]
            paragraphs[0].leftIndent = Double(max(0, node.level - 1)) * 2.5
            if node.isLeaf {
                if let explanation = node.explanation(language) {
                    var line = WordParagraph(explanation, italic: true, size: 10)
                    line.leftIndent = paragraphs[0].leftIndent
                    paragraphs.append(line)
                }
                for evidence in record.evidenceLines(node.id, language: language) {
                    var line = WordParagraph((vi ? "Tài liệu: " : "Evidence: ") + evidence, size: 10)
                    line.leftIndent = paragraphs[0].leftIndent
                    paragraphs.append(line)
                }
                if let correction = record.appraisal[node.id] {
                    var line = WordParagraph([WordRun(vi ? "Hội đồng: " : "Council: ", bold: true), WordRun(correction.reason)], size: 10)
                    line.leftIndent = paragraphs[0].leftIndent
                    paragraphs.append(line)
                }
                if notApplicable {
                    let label = vi ? "Không áp dụng" : "Not applicable"
                    var line = WordParagraph(record.notApplicable[node.id].map { label + ": " + $0 } ?? label, size: 10)
                    line.leftIndent = paragraphs[0].leftIndent
                    paragraphs.append(line)
                }
            }
            let fill: String? = node.level == 1 ? "EDEDED" : nil
            let claimed = node.claimedPoints.map(style.points) ?? (node.isLeaf ? "—" : "")
            let council = record.appraisal[node.id].map { style.points($0.points) } ?? (node.isLeaf ? "—" : "")
            let final = notApplicable ? "—" : style.points(node.points)
            var row = WordTable.Row([
                WordTable.Cell(node.id, bold: !node.isLeaf, fill: fill),
                WordTable.Cell(paragraphs, fill: fill),
                WordTable.Cell(style.points(node.maximum), alignment: .right, bold: !node.isLeaf, fill: fill),
                WordTable.Cell(claimed, alignment: .right, fill: fill),
                WordTable.Cell(council, alignment: .right, fill: fill),
                WordTable.Cell(final, alignment: .right, bold: true, fill: fill),
            ])
            row.keepTogether = true
            table.rows.append(row)
        }
        return table
    }

    static func totals(_ card: Scorecard, style: NumberStyle, width: Double) -> WordTable {
        let vi = style.language == .vi
        let language = style.language
        let numbers = 30.0
        var table = WordTable(columns: [width - 2 * numbers, numbers, numbers], size: 12)
        table.rows.append(RankingDOCX.headerRow(vi ? ["Tổng hợp", "Điểm đạt", "Tối đa áp dụng"] : ["Summary", "Points", "Applicable max"]))
        for component in card.components {
            table.rows.append(
                WordTable.Row([
                    WordTable.Cell(component.title.text(language)), WordTable.Cell(style.points(component.points), alignment: .right),
                    WordTable.Cell(style.points(component.applicableMaximum), alignment: .right),
                ]))
        }
        for adjustment in card.adjustments {
            let sign = adjustment.kind == .bonus ? "+" : "\u{2212}"
            table.rows.append(
                WordTable.Row([
                    WordTable.Cell(adjustment.title.text(language)), WordTable.Cell(sign + style.points(adjustment.points), alignment: .right),
                    WordTable.Cell(""),
                ]))
        }
        table.rows.append(
            WordTable.Row([
                WordTable.Cell(vi ? "TỔNG ĐIỂM" : "TOTAL", bold: true), WordTable.Cell(style.points(card.total), alignment: .right, bold: true),
                WordTable.Cell(style.points(card.applicableMaximum), alignment: .right, bold: true),
            ]))
        table.rows.append(
            WordTable.Row([
                WordTable.Cell(vi ? "Chỉ số (%)" : "Index (%)", bold: true),
                WordTable.Cell(
                    card.indexRounded.map { $0.formatted(decimals: card.display.percentDecimals, language: language) } ?? style.index(nil),
                    alignment: .right, bold: true, span: 2),
            ]))
        table.rows.append(
            WordTable.Row([
                WordTable.Cell(vi ? "Xếp loại" : "Band", bold: true),
                WordTable.Cell(card.band?.label.text(language) ?? "—", alignment: .right, bold: true, span: 2),
            ]))
        return table
    }
}
