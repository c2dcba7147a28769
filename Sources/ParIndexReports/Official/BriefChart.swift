import ParIndexCore

/// The brief's chart: one column per unit in rank order, coloured by band, with the rank under
/// each column and the mean as a dashed line; small enough to leave room on one A4 page.
enum BriefChart {
    private static let width = 680.0
    private static let height = 210.0
    private static let left = 34.0
    private static let right = 8.0
    private static let top = 10.0
    private static let bottom = 28.0

    static func render(_ table: RankingTable, context c: HTMLContext) -> [String] {
        let n = HTMLNumber.svg
        let count = max(table.entries.count, 1)
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let slot = plotWidth / Double(count)
        let bar = max(2, slot * 0.72)
        let y = { (percent: Double) in top + plotHeight * (1 - min(max(percent, 0), 100) / 100) }
        let caption = c.t("Chỉ số CCHC của từng đơn vị, theo thứ hạng (%)", "PAR INDEX of every unit, by rank (%)")
        var out = ["<figure class=\"brief-chart\">", "<figcaption>\(caption)</figcaption>"]
        out.append(
            "<svg class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(caption)\">"
        )
        for step in stride(from: 0, through: 100, by: 20) {
            let gy = n(y(Double(step)))
            out.append(
                "<line x1=\"\(n(left))\" y1=\"\(gy)\" x2=\"\(n(width - right))\" y2=\"\(gy)\" stroke=\"\(step == 0 ? "#616161" : "#d5dbe0")\" stroke-width=\"1\"/>"
            )
            out.append("<text class=\"tick\" x=\"\(n(left - 4))\" y=\"\(n(y(Double(step)) + 3.5))\" text-anchor=\"end\">\(c.count(step))</text>")
        }
        let labelEvery = count > 40 ? 5 : 1
        for (offset, entry) in table.entries.enumerated() {
            let value = entry.result.indexRounded.map(HTMLNumber.double) ?? 0
            let x = left + slot * Double(offset) + (slot - bar) / 2
            let top = y(value)
            let name = c.esc(HTMLContext.unitName(entry.result.unit))
            out.append(
                "<rect x=\"\(n(x))\" y=\"\(n(top))\" width=\"\(n(bar))\" height=\"\(n(y(0) - top))\" fill=\"\(HTMLColor.band(of: entry.result, in: table))\"><title>\(c.count(entry.rank)). \(name): \(c.index(entry.result.indexRounded))</title></rect>"
            )
            if offset % labelEvery == 0 || offset == count - 1 {
                out.append("<text class=\"tick\" x=\"\(n(x + bar / 2))\" y=\"\(n(y(0) + 12))\" text-anchor=\"middle\">\(c.count(entry.rank))</text>")
            }
        }
        if let mean = table.statistics.mean {
            let my = n(y(HTMLNumber.double(mean)))
            out.append(
                "<line x1=\"\(n(left))\" y1=\"\(my)\" x2=\"\(n(width - right))\" y2=\"\(my)\" stroke=\"#1b1b1b\" stroke-width=\"1\" stroke-dasharray=\"5 3\"/>"
            )
            out.append(
                "<text class=\"tick value\" x=\"\(n(width - right))\" y=\"\(n(y(HTMLNumber.double(mean)) - 3))\" text-anchor=\"end\">\(c.t("trung bình", "mean")) \(c.percent(mean))</text>"
            )
        }
        out.append(
            "<text class=\"tick\" x=\"\(n(left + plotWidth / 2))\" y=\"\(n(height - 4))\" text-anchor=\"middle\">\(c.t("Hạng", "Rank"))</text>")
        out.append("</svg>")
        out.append("</figure>")
        return out
    }
}
