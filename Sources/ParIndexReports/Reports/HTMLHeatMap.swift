import ParIndexCore

/// A field × unit table of field sub-indices, coloured from red (0 %) through yellow to green (100 %).
enum HTMLHeatMap {
    /// The heat map with the field averages and the best units per field.
    static func render(_ table: RankingTable, tableIndex: Int, anchors: HTMLAnchors, context c: HTMLContext) -> [String] {
        guard !table.fields.isEmpty else { return [] }
        let decimals = table.display.percentDecimals
        let fieldStats = table.fields.map { field in table.statistics.fields.first { $0.field.id == field.id } }
        var out: [String] = []
        out.append("<h3>\(c.t("Chỉ số thành phần theo lĩnh vực (%)", "Field sub-indices (%)"))</h3>")
        out.append("<table class=\"heat\">")
        let unitWidth = table.fields.count > 8 ? 28 : 34
        out.append("<colgroup><col style=\"width:\(unitWidth)mm\">" + String(repeating: "<col>", count: table.fields.count) + "</colgroup>")
        var head = "<thead><tr><th>\(c.t("Đơn vị", "Unit"))</th>"
        for field in table.fields {
            head += "<th><b>\(c.esc(field.id))</b><br><span class=\"small\">\(c.text(field.title))</span></th>"
        }
        out.append(head + "</tr></thead>")
        out.append("<tbody>")
        let names = RankingNames(table)
        for (offset, entry) in table.entries.enumerated() {
            let anchor = anchors.id(table: tableIndex, entry: offset)
            var row = "<tr><td>\(c.count(entry.rank)). <a href=\"#\(anchor)\">\(c.esc(names.name(entry.result.unit)))</a></td>"
            for (column, field) in table.fields.enumerated() {
                guard let value = entry.fieldIndex(field.id) else {
                    row += "<td class=\"cell\">—</td>"
                    continue
                }
                let best = fieldStats[column]?.best.map { $0.rounded(scale: decimals) == value.rounded(scale: decimals) } ?? false
                let cls = best && table.entries.count > 1 ? "cell best" : "cell"
                row += "<td class=\"\(cls)\" style=\"background:\(HTMLColor.heat(value))\">\(c.percent(value))</td>"
            }
            out.append(row + "</tr>")
        }
        out.append("</tbody>")
        out.append("<tbody class=\"foot\">")
        var averages = "<tr><th>\(c.t("Trung bình", "Average"))</th>"
        var best = "<tr><th>\(c.t("Đơn vị cao nhất", "Best unit"))</th>"
        for stats in fieldStats {
            if let average = stats?.average {
                averages += "<td class=\"cell\" style=\"background:\(HTMLColor.heat(average))\"><b>\(c.percent(average))</b></td>"
            } else {
                averages += "<td class=\"cell\">—</td>"
            }
            if let stats, let value = stats.best, !stats.bestUnits.isEmpty {
                let names = stats.bestUnits.map(c.esc).joined(separator: "; ")
                best += "<td class=\"small\"><b class=\"nowrap\">\(c.percent(value))</b><br>\(names)</td>"
            } else {
                best += "<td class=\"cell\">—</td>"
            }
        }
        out.append(averages + "</tr>")
        out.append(best + "</tr>")
        out.append("</tbody></table>")
        out.append(
            "<p class=\"small muted\">\(c.t("Chỉ số lĩnh vực = điểm ÷ điểm tối đa áp dụng của lĩnh vực × 100; ô in đậm có viền là cao nhất của lĩnh vực; “—”: không có tiêu chí áp dụng.", "Field sub-index = points ÷ the field's applicable maximum × 100; bold outlined cells are the best in their field; “—”: nothing in the field applies."))</p>"
        )
        return out
    }
}
