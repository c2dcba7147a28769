import ParIndexCore

/// One unit's scorecard as an HTML section: the same content as ``ScorecardText``.
enum HTMLScorecard {
    /// The section, starting on a new page, with anchor `anchor`; nothing when the ranking was
    /// made without scorecards.
    static func render(_ entry: RankedUnit, table: RankingTable, tableIndex: Int, anchor: String, context c: HTMLContext) -> [String] {
        guard let card = entry.scorecard else { return [] }
        var out: [String] = []
        out.append("<section class=\"page unit\" id=\"\(anchor)\">")
        let rankText = c.t("Hạng", "Rank") + " " + c.count(entry.rank)
        out.append("<h2>\(rankText) — \(c.esc(HTMLContext.unitName(card.unit)))</h2>")
        out.append(
            "<p class=\"subtitle\">\(c.t("Phiếu điểm Chỉ số CCHC năm", "PAR INDEX scorecard")) \(c.esc(String(card.year))) · \(c.t("Mã đơn vị", "Unit id")): \(c.esc(card.unit.id))<br>"
                + "\(c.t("Bộ tiêu chí", "Framework")): \(c.esc(card.frameworkID)) — \(c.text(card.frameworkTitle))</p>")
        out.append(contentsOf: result(entry, table: table, context: c))
        out.append(contentsOf: tree(card, context: c))
        out.append(contentsOf: totals(card, context: c))
        out.append(contentsOf: lost(card, context: c))
        out.append(contentsOf: claims(card, context: c))
        if !card.warnings.isEmpty {
            out.append("<h4>\(c.t("Cảnh báo", "Warnings"))</h4>")
            out.append("<ul class=\"plain\">")
            for warning in card.warnings { out.append("<li>\(c.text(warning.message))</li>") }
            out.append("</ul>")
        }
        out.append(
            "<p class=\"small noprint\"><a href=\"#\(HTMLAnchors.table(tableIndex))\">\(c.t("↑ Về bảng xếp hạng", "↑ Back to the ranking"))</a></p>")
        out.append("</section>")
        return out
    }

    private static func result(_ entry: RankedUnit, table: RankingTable, context c: HTMLContext) -> [String] {
        let card = entry.result
        var boxes = "<div class=\"result\">"
        boxes += "<div>\(c.t("Tổng điểm", "Total")): <b>\(c.points(card.total))/\(c.points(card.applicableMaximum))</b></div>"
        boxes += "<div>\(c.t("Chỉ số", "Index")): <b>\(c.index(card.indexRounded))</b></div>"
        boxes += "<div>\(c.t("Xếp loại", "Band")): \(HTMLRankingTable.bandChip(card, table: table, context: c))</div>"
        if let previous = entry.previous {
            boxes += "<div>\(c.t("Năm trước", "Last year")): \(c.percent(previous.index)), \(c.t("hạng", "rank")) \(c.count(previous.rank))</div>"
        }
        return [boxes + "</div>"]
    }

    private static func tree(_ card: Scorecard, context c: HTMLContext) -> [String] {
        var out: [String] = ["<table class=\"card\">"]
        out.append("<colgroup><col class=\"id\"><col><col class=\"pts\"><col class=\"pts\"><col class=\"st\"></colgroup>")
        out.append(
            "<thead><tr><th>\(c.t("Mã", "Id"))</th><th>\(c.t("Tiêu chí", "Criterion"))</th><th class=\"num\">\(c.t("Điểm", "Points"))</th><th class=\"num\">\(c.t("Tối đa", "Max"))</th><th>\(c.t("Trạng thái", "Status"))</th></tr></thead>"
        )
        out.append("<tbody>")
        var starred = false
        for node in card.nodes {
            let reduced = node.applicableMaximum != node.maximum && !(node.isLeaf && node.status == .notApplicable)
            starred = starred || reduced
            let maxText = reduced ? c.points(node.applicableMaximum) + "*" : c.points(node.maximum)
            let points = node.status == .notApplicable ? "—" : c.points(node.points)
            let level = min(max(node.level, 1), 3)
            let indent = Double(node.level - 1) * 3.5 + 1.4
            var title = c.text(node.title)
            if node.isLeaf, let explanation = node.explanation(c.language) {
                title += "<span class=\"expl\">\(c.esc(explanation))</span>"
            }
            let status = node.status.map { "<span class=\"status-\($0.rawValue)\">\(c.esc($0.label(c.language)))</span>" } ?? ""
            let rowClass = node.isLeaf ? "leaf" : "l\(level)"
            out.append(
                "<tr class=\"\(rowClass)\"><td>\(c.esc(node.id))</td><td style=\"padding-left:\(HTMLNumber.svg(indent))mm\">\(title)</td><td class=\"num\">\(points)</td><td class=\"num\">\(maxText)</td><td>\(status)</td></tr>"
            )
        }
        out.append("</tbody></table>")
        if starred || card.applicableMaximum != card.maximum {
            out.append(
                "<p class=\"small muted\">* \(c.t("tối đa sau khi bỏ các tiêu chí không áp dụng", "maximum less the criteria that do not apply"))</p>"
            )
        }
        return out
    }

    private static func totals(_ card: Scorecard, context c: HTMLContext) -> [String] {
        var out: [String] = ["<table class=\"totals\">"]
        out.append(
            "<thead><tr><th>\(c.t("Thành phần", "Part"))</th><th class=\"num\">\(c.t("Điểm", "Points"))</th><th class=\"num\">\(c.t("Tối đa áp dụng", "Applicable max"))</th></tr></thead><tbody>"
        )
        for component in card.components {
            out.append(
                "<tr><td>\(c.text(component.title))</td><td class=\"num\">\(c.points(component.points))</td><td class=\"num\">\(c.points(component.applicableMaximum))</td></tr>"
            )
        }
        for adjustment in card.adjustments {
            let sign = adjustment.kind == .bonus ? "+" : "\u{2212}"
            out.append(
                "<tr><td>\(c.text(adjustment.title))<span class=\"expl small muted\"><br>\(c.esc(adjustment.explanation(c.language)))</span></td><td class=\"num\">\(sign)\(c.points(adjustment.points))</td><td class=\"num\"></td></tr>"
            )
        }
        let note =
            card.applicableMaximum == card.maximum
            ? "" : " <span class=\"small muted\">(\(c.t("tối đa", "maximum")) \(c.points(card.maximum)))</span>"
        out.append(
            "<tr><th>\(c.t("Tổng điểm", "Total"))</th><th class=\"num\">\(c.points(card.total))</th><th class=\"num\">\(c.points(card.applicableMaximum))\(note)</th></tr>"
        )
        out.append("<tr><th>\(c.t("Chỉ số", "Index"))</th><th class=\"num\">\(c.index(card.indexRounded))</th><th></th></tr>")
        out.append("<tr><th>\(c.t("Xếp loại", "Band"))</th><th class=\"num\" colspan=\"2\">\(card.band.map { c.text($0.label) } ?? "—")</th></tr>")
        out.append("</tbody></table>")
        return out
    }

    private static func lost(_ card: Scorecard, context c: HTMLContext) -> [String] {
        guard !card.lostPoints.isEmpty else { return [] }
        var out: [String] = [
            "<h4>\(c.t("Điểm bị mất (nhiều nhất trước) và cách lấy lại", "Points lost (largest first) and how to win them back"))</h4>"
        ]
        out.append("<table class=\"lost\"><colgroup><col style=\"width:17mm\"><col style=\"width:16mm\"><col></colgroup>")
        out.append(
            "<thead><tr><th>\(c.t("Mã", "Id"))</th><th class=\"num\">\(c.t("Mất", "Lost"))</th><th>\(c.t("Cách lấy lại", "How to win them back"))</th></tr></thead><tbody>"
        )
        for item in card.lostPoints {
            out.append(
                "<tr><td>\(c.esc(item.id))</td><td class=\"num\">\u{2212}\(c.points(item.points))</td><td><b>\(c.text(item.title))</b><br>\(c.esc(item.hint(c.language)))</td></tr>"
            )
        }
        out.append("</tbody></table>")
        return out
    }

    private static func claims(_ card: Scorecard, context c: HTMLContext) -> [String] {
        guard !card.claimDifferences.isEmpty else { return [] }
        var out: [String] = ["<h4>\(c.t("Điểm tự chấm khác điểm cuối cùng", "Claimed scores that differ from the final ones"))</h4>"]
        out.append(
            "<table class=\"claims\"><thead><tr><th>\(c.t("Mã", "Id"))</th><th>\(c.t("Tiêu chí", "Criterion"))</th><th class=\"num\">\(c.t("Tự chấm", "Claimed"))</th><th class=\"num\">\(c.t("Cuối cùng", "Final"))</th><th class=\"num\">\(c.t("Chênh lệch", "Difference"))</th></tr></thead><tbody>"
        )
        for difference in card.claimDifferences {
            let title = card.node(difference.id).map { c.text($0.title) } ?? ""
            let delta = c.signed(difference.final - difference.claimed, decimals: card.display.pointDecimals)
            out.append(
                "<tr><td>\(c.esc(difference.id))</td><td>\(title)</td><td class=\"num\">\(c.points(difference.claimed))</td><td class=\"num\">\(c.points(difference.final))</td><td class=\"num\">\(delta)</td></tr>"
            )
        }
        out.append("</tbody></table>")
        return out
    }
}
