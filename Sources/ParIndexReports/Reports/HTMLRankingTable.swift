import ParIndexCore

/// The summary figures and the ranking table of one table of the report.
enum HTMLRankingTable {
    /// Count, mean, median, lowest, highest and units per band.
    static func statistics(_ table: RankingTable, context c: HTMLContext) -> [String] {
        let s = table.statistics
        var out: [String] = ["<div class=\"stats\">"]
        func stat(_ value: String, _ label: String) {
            out.append("<div class=\"stat\"><b>\(value)</b><span>\(label)</span></div>")
        }
        stat(c.count(table.entries.count), c.t("Số đơn vị", "Units"))
        stat(c.percent(s.mean), c.t("Chỉ số trung bình", "Mean index"))
        stat(c.percent(s.median), c.t("Trung vị", "Median"))
        stat(c.percent(s.lowest), c.t("Thấp nhất", "Lowest"))
        stat(c.percent(s.highest), c.t("Cao nhất", "Highest"))
        for (position, item) in s.bandCounts.enumerated() {
            let index = table.bands.firstIndex { $0.id == item.band.id } ?? position
            let swatch = "<i class=\"swatch\" style=\"background:\(HTMLColor.band(position: index, of: table.bands.count))\"></i>"
            stat(c.count(item.count), swatch + c.text(item.band.title))
        }
        out.append("</div>")
        return out
    }

    /// Rank, unit, components, total, applicable maximum, index, band and change since last year.
    static func render(_ table: RankingTable, tableIndex: Int, anchors: HTMLAnchors, context c: HTMLContext) -> [String] {
        let showComponents = table.components.count > 1
        let showChange = table.entries.contains { $0.previous != nil }
        let names = RankingNames(table)
        let sharedProvince = RankingTitle.province(of: table) != nil
        var out: [String] = ["<table class=\"ranking\">", "<thead><tr>"]
        out.append("<th class=\"num\">\(c.t("Hạng", "Rank"))</th>")
        out.append("<th>\(c.t("Đơn vị", "Unit"))</th>")
        if showComponents {
            for component in table.components {
                let max = component.maximum.map { " (\(c.points($0)))" } ?? ""
                out.append("<th class=\"num\">\(c.text(component.title))\(max)</th>")
            }
        }
        out.append("<th class=\"num\">\(c.t("Tổng điểm", "Total"))</th>")
        out.append("<th class=\"num\">\(c.t("Tối đa áp dụng", "Applicable max"))</th>")
        out.append("<th class=\"num\">\(c.t("Chỉ số", "Index"))</th>")
        out.append("<th>\(c.t("Xếp loại", "Band"))</th>")
        if showChange { out.append("<th class=\"num\">\(c.t("So với năm trước", "Change vs last year"))</th>") }
        out.append("</tr></thead>")
        out.append("<tbody>")
        for (offset, entry) in table.entries.enumerated() {
            let card = entry.result
            var row = "<tr><td class=\"num\">\(c.count(entry.rank))</td>"
            let province = sharedProvince ? "" : card.unit.province.map { "<br><span class=\"small muted\">\(c.esc($0))</span>" } ?? ""
            row +=
                "<td class=\"unit\"><a href=\"#\(anchors.id(table: tableIndex, entry: offset))\">\(c.esc(names.name(card.unit)))</a>\(province)</td>"
            if showComponents {
                for component in table.components {
                    row += "<td class=\"num\">\(entry.componentPoints(component.id).map(c.points) ?? "—")</td>"
                }
            }
            row += "<td class=\"num\">\(c.points(card.total))</td>"
            row += "<td class=\"num\">\(c.points(card.applicableMaximum))</td>"
            row += "<td class=\"num\"><b>\(c.percent(card.indexRounded))</b></td>"
            row += "<td>\(bandChip(card, table: table, context: c))</td>"
            if showChange { row += "<td class=\"num\">\(change(entry.previous, table: table, context: c))</td>" }
            out.append(row + "</tr>")
        }
        out.append("</tbody></table>")
        if !table.unrated.isEmpty {
            let label = c.text(RankingJSON.unratedLabel)
            out.append("<p class=\"unrated\"><b>\(label)</b> (\(c.count(table.unrated.count))):</p><ul class=\"unrated\">")
            for card in table.unrated {
                out.append("<li>\(c.esc(card.unit.name)) <span class=\"small muted\">(\(c.esc(card.unit.id)))</span></li>")
            }
            out.append("</ul>")
        }
        return out
    }

    /// The band label on the band's colour.
    static func bandChip(_ card: UnitResult, table: RankingTable, context c: HTMLContext) -> String {
        guard let label = table.bandLabel(card.bandID) else { return "—" }
        return "<span class=\"chip\" style=\"background:\(HTMLColor.band(of: card, in: table))\">\(c.text(label))</span>"
    }

    private static func change(_ previous: PreviousResult?, table: RankingTable, context c: HTMLContext) -> String {
        guard let previous else { return "—" }
        let index = c.signed(previous.indexChange, decimals: table.display.percentDecimals)
        let rank: String
        let rankClass: String
        if previous.rankChange > 0 {
            rank = "↑\(c.count(previous.rankChange))"
            rankClass = "up"
        } else if previous.rankChange < 0 {
            rank = "↓\(c.count(-previous.rankChange))"
            rankClass = "down"
        } else {
            rank = "="
            rankClass = "muted"
        }
        let was = c.t("năm trước", "last year")
        return "\(index)<br><span class=\"\(rankClass)\" title=\"\(was): \(c.count(previous.rank))\">\(c.t("hạng", "rank")) \(rank)</span>"
    }
}
