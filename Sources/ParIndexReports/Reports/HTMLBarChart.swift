import ParIndexCore

/// An inline SVG horizontal bar chart of a table's indices, one bar per unit in rank order.
enum HTMLBarChart {
    private static let width = 680.0
    private static let rowHeight = 22.0
    private static let barHeight = 15.0
    private static let top = 6.0
    private static let valueRoom = 62.0
    private static let charWidth = 6.9
    private static let maxLabelChars = 40

    /// The chart and its band legend.
    static func render(_ table: RankingTable, tableIndex: Int, anchors: HTMLAnchors, context c: HTMLContext) -> [String] {
        // The province is left out when every unit shares it (it is in the title); a cut name keeps what tells it apart.
        let names = RankingNames(table)
        let shared = RankingTitle.province(of: table) != nil
        let labels = table.entries.map { entry in
            "\(c.count(entry.rank)). \(shared ? names.name(entry.result.unit) : HTMLContext.unitName(entry.result.unit))"
        }
        let shortLabels = table.entries.map { entry in
            "\(c.count(entry.rank)). "
                + (shared ? names.short(entry.result.unit, limit: maxLabelChars - 4) : HTMLContext.unitName(entry.result.unit))
        }
        let longest = min(labels.map(\.count).max() ?? 10, maxLabelChars)
        let labelWidth = min(max(Double(longest) * charWidth + 12, 120), 290)
        let plotWidth = width - labelWidth - valueRoom
        let barsBottom = top + Double(table.entries.count) * rowHeight
        let height = barsBottom + 36
        let x = { (percent: Double) in labelWidth + plotWidth * min(max(percent, 0), 100) / 100 }
        let n = HTMLNumber.svg

        let title = c.t("Biểu đồ Chỉ số CCHC theo đơn vị", "PAR INDEX by unit")
        var out: [String] = []
        // A chart of up to 34 units is fitted to part of a page, so that it stays with its caption
        // on the page where it begins; a longer one may break across pages.
        out.append(table.entries.count <= 34 ? "<figure class=\"fit\">" : "<figure class=\"tall\">")
        out.append("<figcaption>\(title)</figcaption>")
        out.append(
            "<svg class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(title)\">"
        )
        for step in stride(from: 0, through: 100, by: 20) {
            let gx = n(x(Double(step)))
            let stroke = step == 0 ? "#616161" : "#d5dbe0"
            out.append("<line x1=\"\(gx)\" y1=\"\(n(top - 3))\" x2=\"\(gx)\" y2=\"\(n(barsBottom + 2))\" stroke=\"\(stroke)\" stroke-width=\"1\"/>")
            out.append("<text class=\"tick\" x=\"\(gx)\" y=\"\(n(barsBottom + 14))\" text-anchor=\"middle\">\(c.count(step))</text>")
        }
        for (offset, entry) in table.entries.enumerated() {
            let card = entry.result
            let rowTop = top + Double(offset) * rowHeight
            let barY = rowTop + (rowHeight - barHeight) / 2
            let textY = rowTop + rowHeight / 2 + 4
            let value = HTMLNumber.double(card.index ?? 0)
            let barEnd = x(value)
            let colour = HTMLColor.band(of: card, in: table)
            let full = labels[offset]
            let short = shortLabels[offset]
            let shown = short.count > maxLabelChars ? String(short.prefix(maxLabelChars - 1)) + "…" : short
            let anchor = anchors.id(table: tableIndex, entry: offset)
            out.append("<a href=\"#\(anchor)\">")
            out.append("<title>\(c.esc(full)) — \(c.percent(card.indexRounded))</title>")
            out.append("<text x=\"\(n(labelWidth - 6))\" y=\"\(n(textY))\" text-anchor=\"end\">\(c.esc(shown))</text>")
            out.append(
                "<rect x=\"\(n(labelWidth))\" y=\"\(n(barY))\" width=\"\(n(barEnd - labelWidth))\" height=\"\(n(barHeight))\" rx=\"2\" fill=\"\(colour)\"/>"
            )
            out.append("<text class=\"value\" x=\"\(n(barEnd + 4))\" y=\"\(n(textY))\">\(c.percent(card.indexRounded))</text>")
            out.append("</a>")
        }
        let axisTitle = c.t("Chỉ số CCHC (%)", "PAR INDEX (%)")
        out.append(
            "<text class=\"tick\" x=\"\(n(labelWidth + plotWidth / 2))\" y=\"\(n(barsBottom + 30))\" text-anchor=\"middle\">\(axisTitle)</text>")
        out.append("</svg>")
        out.append("</figure>")
        out.append(contentsOf: legend(table, context: c))
        return out
    }

    /// Swatches for the table's bands, with how many units fall in each.
    static func legend(_ table: RankingTable, context c: HTMLContext) -> [String] {
        var items: [String] = []
        for (position, band) in table.bands.enumerated() {
            let count = table.statistics.bandCounts.first { $0.band.id == band.id }?.count ?? 0
            items.append(
                "<span><i class=\"swatch\" style=\"background:\(HTMLColor.band(position: position, of: table.bands.count))\"></i>\(c.text(band.title)) (\(c.count(count)))</span>"
            )
        }
        if table.entries.contains(where: { HTMLColor.bandPosition($0.result.bandID, in: table) == nil }) {
            items.append("<span><i class=\"swatch\" style=\"background:\(HTMLColor.noBand)\"></i>\(c.t("Chưa xếp loại", "No band"))</span>")
        }
        guard !items.isEmpty else { return [] }
        return ["<div class=\"legend\">"] + items + ["</div>"]
    }
}
