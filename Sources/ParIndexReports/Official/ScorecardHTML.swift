import ParIndexCore

/// Writes one unit's scorecard as a printable HTML page (A4, the State's format): the issuer's
/// header, the title, every node with its maximum, the claimed score, the council's score and the
/// final points, with the explanation and the evidence cited under every leaf, the totals and the
/// signatures of the unit and of the council. No file path is printed; no scripts, no external
/// resources. The same record always gives the same bytes.
public enum ScorecardHTML {
    /// The page, in Vietnamese (`.vi`) or English (`.en`).
    public static func render(_ record: AppraisalRecord, language: Language, issuer: IssuerProfile = .blank) -> String {
        let card = record.scorecard
        let c = HTMLContext(language: language, display: card.display)
        let lines = IssuerLines(issuer, language: language)
        let kind = c.language == .vi ? "PHIẾU CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM \(card.year)" : "PAR INDEX APPRAISAL RECORD \(card.year)"
        var out: [String] = [
            "<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(c.esc(kind)) — \(c.esc(card.unit.name))</title>", "<style>", HTMLStyle.css, OfficialHTML.css, "</style>", "</head>",
            "<body>", "<main>",
        ]
        out.append(OfficialHTML.header(lines, context: c))
        out.append(OfficialHTML.documentTitle(kind, subject: c.language == .vi ? "Đơn vị: " + unitName(card) : "Unit: " + unitName(card), context: c))
        out.append(
            "<p class=\"subtitle\">\(c.t("Mã đơn vị", "Unit id")): \(c.esc(card.unit.id)) · \(c.t("Bộ tiêu chí", "Framework")): \(c.text(card.frameworkTitle))</p>"
        )
        out.append(contentsOf: tree(record, context: c))
        out.append(contentsOf: totals(card, context: c))
        out.append("<p class=\"official-date\" style=\"text-align:right;font-style:italic;margin-top:6mm\">\(c.esc(lines.placeDate))</p>")
        out.append(
            OfficialHTML.twoSignatures(
                left: c.language == .vi ? ["ĐẠI DIỆN ĐƠN VỊ", "THỦ TRƯỞNG ĐƠN VỊ"] : ["FOR THE UNIT", "HEAD OF THE UNIT"],
                right: c.language == .vi ? ["TM. HỘI ĐỒNG THẨM ĐỊNH", "CHỦ TỊCH"] : ["FOR THE APPRAISAL COUNCIL", "CHAIR"], context: c))
        out += ["</main>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    private static func unitName(_ card: Scorecard) -> String {
        HTMLContext.unitName(card.unit)
    }

    private static func tree(_ record: AppraisalRecord, context c: HTMLContext) -> [String] {
        let card = record.scorecard
        var out = ["<table class=\"card record\">"]
        out.append("<colgroup><col class=\"id\"><col><col class=\"pts\"><col class=\"pts\"><col class=\"pts\"><col class=\"pts\"></colgroup>")
        out.append(
            "<thead><tr><th>\(c.t("Mã", "Id"))</th><th>\(c.t("Tiêu chí, giải thích và tài liệu kiểm chứng", "Criterion, explanation and evidence"))</th>"
                + "<th class=\"num\">\(c.t("Điểm tối đa", "Max"))</th><th class=\"num\">\(c.t("Tự chấm", "Claimed"))</th>"
                + "<th class=\"num\">\(c.t("Hội đồng thẩm định", "Council"))</th><th class=\"num\">\(c.t("Điểm đạt", "Final"))</th></tr></thead><tbody>"
        )
        for node in card.nodes {
            let notApplicable = node.status == .notApplicable
            var title = c.text(node.title)
            if node.isLeaf {
                if let explanation = node.explanation(c.language) { title += "<span class=\"expl\">\(c.esc(explanation))</span>" }
                for line in record.evidenceLines(node.id, language: c.language) {
                    title += "<span class=\"expl\">\(c.t("Tài liệu", "Evidence")): \(c.esc(line))</span>"
                }
                if let correction = record.appraisal[node.id] {
                    title += "<span class=\"expl\"><b>\(c.t("Hội đồng", "Council")):</b> \(c.esc(correction.reason))</span>"
                }
                if notApplicable {
                    let reason = record.notApplicable[node.id].map { ": " + c.esc($0) } ?? ""
                    title += "<span class=\"expl\">\(c.t("Không áp dụng", "Not applicable"))\(reason)</span>"
                }
            }
            let claimed = node.claimedPoints.map(c.points) ?? (node.isLeaf ? "—" : "")
            let council = record.appraisal[node.id].map { c.points($0.points) } ?? (node.isLeaf ? "—" : "")
            let final = notApplicable ? "—" : c.points(node.points)
            let indent = Double(node.level - 1) * 3.5 + 1.4
            let rowClass = node.isLeaf ? "leaf" : "l\(min(max(node.level, 1), 3))"
            out.append(
                "<tr class=\"\(rowClass)\"><td>\(c.esc(node.id))</td><td style=\"padding-left:\(HTMLNumber.svg(indent))mm\">\(title)</td>"
                    + "<td class=\"num\">\(c.points(node.maximum))</td><td class=\"num\">\(claimed)</td><td class=\"num\">\(council)</td>"
                    + "<td class=\"num\"><b>\(final)</b></td></tr>")
        }
        out.append("</tbody></table>")
        return out
    }

    private static func totals(_ card: Scorecard, context c: HTMLContext) -> [String] {
        var out = [
            "<table class=\"totals\"><thead><tr><th>\(c.t("Tổng hợp", "Summary"))</th><th class=\"num\">\(c.t("Điểm đạt", "Points"))</th><th class=\"num\">\(c.t("Tối đa áp dụng", "Applicable max"))</th></tr></thead><tbody>"
        ]
        for component in card.components {
            out.append(
                "<tr><td>\(c.text(component.title))</td><td class=\"num\">\(c.points(component.points))</td><td class=\"num\">\(c.points(component.applicableMaximum))</td></tr>"
            )
        }
        for adjustment in card.adjustments {
            let sign = adjustment.kind == .bonus ? "+" : "\u{2212}"
            out.append("<tr><td>\(c.text(adjustment.title))</td><td class=\"num\">\(sign)\(c.points(adjustment.points))</td><td></td></tr>")
        }
        out.append(
            "<tr><th>\(c.t("TỔNG ĐIỂM", "TOTAL"))</th><th class=\"num\">\(c.points(card.total))</th><th class=\"num\">\(c.points(card.applicableMaximum))</th></tr>"
        )
        out.append("<tr><th>\(c.t("Chỉ số", "Index"))</th><th class=\"num\" colspan=\"2\">\(c.index(card.indexRounded))</th></tr>")
        out.append("<tr><th>\(c.t("Xếp loại", "Band"))</th><th class=\"num\" colspan=\"2\">\(card.band.map { c.text($0.label) } ?? "—")</th></tr>")
        out.append("</tbody></table>")
        return out
    }
}
