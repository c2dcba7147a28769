import ParIndexCore

/// Renders a scorecard as text for a terminal or a printout, in Vietnamese or English.
public enum ScorecardText {
    /// The width of the layout in characters.
    public static let width = 100

    /// The scorecard as text, ending with a newline.
    public static func render(_ card: Scorecard, language: Language) -> String {
        let s = NumberStyle(language: language, display: card.display)
        let vi = language == .vi
        var out: [String] = []
        let rule = String(repeating: "─", count: width)
        out.append(vi ? "PHIẾU ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM \(card.year)" : "PAR INDEX SCORECARD \(card.year)")
        let province = card.unit.province.map { " — \($0)" } ?? ""
        out.append((vi ? "Đơn vị: " : "Unit: ") + card.unit.name + province + " (\(card.unit.id))")
        out.append((vi ? "Bộ tiêu chí: " : "Framework: ") + "\(card.frameworkID) — \(card.frameworkTitle.text(language))")
        out.append((vi ? "Tệp: " : "File: ") + card.file)
        out.append(rule)
        let header =
            TextLayout.left(vi ? "Mã" : "Id", 9) + TextLayout.left(vi ? "Tiêu chí" : "Criterion", 57)
            + TextLayout.right(vi ? "Điểm" : "Points", 8) + TextLayout.right(vi ? "Tối đa" : "Max", 8) + "  " + (vi ? "Trạng thái" : "Status")
        out.append(header)
        out.append(rule)
        for node in card.nodes {
            let indent = String(repeating: " ", count: (node.level - 1) * 2)
            let maxText =
                node.applicableMaximum == node.maximum || node.isLeaf && node.status == .notApplicable
                ? s.points(node.maximum) : s.points(node.applicableMaximum) + "*"
            let points = node.status == .notApplicable ? "—" : s.points(node.points)
            var line =
                TextLayout.left(node.id, 9) + TextLayout.left(indent + node.title.text(language), 57)
                + TextLayout.right(points, 8) + TextLayout.right(maxText, 8)
            if let status = node.status { line += "  " + status.label(language) }
            if node.level == 1 && node.id != card.nodes.first?.id { out.append("") }
            out.append(line)
            if let explanation = node.explanation(language), node.isLeaf {
                for wrapped in TextLayout.wrap(explanation, width: width - 11) { out.append("           " + wrapped) }
            }
        }
        out.append(rule)
        for component in card.components {
            out.append(
                TextLayout.left(component.title.text(language), 66) + TextLayout.right(s.points(component.points), 8)
                    + TextLayout.right(s.points(component.applicableMaximum), 8))
        }
        for adjustment in card.adjustments {
            let sign = adjustment.kind == .bonus ? "+" : "−"
            out.append(TextLayout.left(adjustment.title.text(language), 66) + TextLayout.right(sign + s.points(adjustment.points), 8))
            for wrapped in TextLayout.wrap(adjustment.explanation(language), width: width - 11) { out.append("           " + wrapped) }
        }
        out.append(rule)
        let applicableNote =
            card.applicableMaximum == card.maximum
            ? ""
            : (vi
                ? " (tối đa áp dụng \(s.points(card.applicableMaximum)) của \(s.points(card.maximum)))"
                : " (applicable maximum \(s.points(card.applicableMaximum)) of \(s.points(card.maximum)))")
        out.append((vi ? "TỔNG ĐIỂM: " : "TOTAL: ") + "\(s.points(card.total))/\(s.points(card.applicableMaximum))" + applicableNote)
        if let index = card.indexRounded {
            out.append(
                (vi ? "CHỈ SỐ: " : "INDEX: ") + s.percent(index) + "    " + (vi ? "XẾP LOẠI: " : "BAND: ")
                    + (card.band?.label.text(language) ?? "—"))
        } else {
            out.append(
                vi
                    ? "CHỈ SỐ: không xác định (không có tiêu chí nào áp dụng)    XẾP LOẠI: không xếp loại"
                    : "INDEX: undefined (nothing applies)    BAND: not rated")
        }
        if card.applicableMaximum != card.maximum {
            out.append(vi ? "* tối đa sau khi bỏ các tiêu chí không áp dụng" : "* maximum less the criteria that do not apply")
        }
        if !card.lostPoints.isEmpty {
            out.append("")
            out.append(vi ? "ĐIỂM BỊ MẤT (nhiều nhất trước) VÀ CÁCH LẤY LẠI:" : "POINTS LOST (largest first) AND HOW TO WIN THEM BACK:")
            for lost in card.lostPoints {
                let head = "  " + TextLayout.left(lost.id, 8) + TextLayout.right("−" + s.points(lost.points), 7) + "  "
                let lines = TextLayout.wrap(lost.hint(language), width: width - head.count)
                out.append(head + (lines.first ?? ""))
                for more in lines.dropFirst() { out.append(String(repeating: " ", count: head.count) + more) }
            }
        }
        if !card.claimDifferences.isEmpty {
            out.append("")
            out.append(vi ? "ĐIỂM TỰ CHẤM KHÁC ĐIỂM CUỐI CÙNG:" : "CLAIMED SCORES THAT DIFFER FROM THE FINAL ONES:")
            for d in card.claimDifferences {
                out.append(
                    "  " + TextLayout.left(d.id, 8)
                        + (vi
                            ? "tự chấm \(s.points(d.claimed)), cuối cùng \(s.points(d.final))"
                            : "claimed \(s.points(d.claimed)), final \(s.points(d.final))"))
            }
        }
        if !card.warnings.isEmpty {
            out.append("")
            out.append(vi ? "CẢNH BÁO:" : "WARNINGS:")
            for warning in card.warnings { out.append("  " + warning.message.text(language)) }
            let lost = card.pointsLostToMissingData
            if lost > 0 {
                let points = RuleWording.number(lost, language)
                out.append(
                    vi
                        ? "  Tổng: thiếu dữ kiện làm mất \(points) điểm (\(card.leavesMissingData) tiêu chí thành phần)."
                        : "  In all: missing data costs \(points) points (\(card.leavesMissingData) \(card.leavesMissingData == 1 ? "sub-criterion" : "sub-criteria"))."
                )
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
