import Foundation
import ParIndexCore

/// The columns shared by the text, Markdown and CSV rankings, so the three stay alike.
struct RankingColumns {
    let table: RankingTable
    let style: NumberStyle
    let showComponents: Bool
    let showPrevious: Bool
    /// The names as the table shows them (the shared province suffix dropped).
    let names: RankingNames

    init(table: RankingTable, language: Language) {
        self.table = table
        self.names = RankingNames(table)
        self.style = NumberStyle(language: language, display: table.display)
        self.showComponents = table.components.count > 1
        self.showPrevious = table.entries.contains { $0.previous != nil }
    }

    var language: Language { style.language }

    /// The heading of each column.
    var headings: [String] {
        let vi = language == .vi
        var result = [vi ? "Hạng" : "Rank", vi ? "Đơn vị" : "Unit"]
        if showComponents { result += table.components.map { $0.title.text(language) } }
        result += [vi ? "Tổng điểm" : "Total", vi ? "Tối đa" : "Max", vi ? "Chỉ số (%)" : "Index (%)", vi ? "Xếp loại" : "Band"]
        if showPrevious { result += [vi ? "Năm trước (%)" : "Last year (%)", vi ? "± Chỉ số" : "± Index", vi ? "± Hạng" : "± Rank"] }
        return result
    }

    /// Which columns are numbers (right-aligned).
    var numeric: [Bool] {
        var result = [true, false]
        if showComponents { result += table.components.map { _ in true } }
        result += [true, true, true, false]
        if showPrevious { result += [true, true, true] }
        return result
    }

    /// The cells of one unit, formatted for display.
    func cells(_ entry: RankedUnit) -> [String] {
        let card = entry.result
        var result = [String(entry.rank), names.name(card.unit)]
        if showComponents { result += table.components.map { c in entry.componentPoints(c.id).map(style.points) ?? "—" } }
        result += [
            style.points(card.total), style.points(card.applicableMaximum),
            card.indexRounded?.formatted(decimals: table.display.percentDecimals, language: language) ?? "—",
            table.bandLabel(card.bandID)?.text(language) ?? "—",
        ]
        if showPrevious {
            if let previous = entry.previous {
                let change = previous.indexChange.rounded(scale: table.display.percentDecimals)
                result += [
                    previous.index.formatted(decimals: table.display.percentDecimals, language: language),
                    (change > 0 ? "+" : "") + change.formatted(decimals: table.display.percentDecimals, language: language),
                    previous.rankChange > 0 ? "+\(previous.rankChange)" : String(previous.rankChange),
                ]
            } else {
                result += ["—", "—", "—"]
            }
        }
        return result
    }

    /// The units to which nothing applies, one line each after a heading; none when there are none.
    func unratedLines() -> [String] {
        guard !table.unrated.isEmpty else { return [] }
        let vi = language == .vi
        var lines = [
            (vi ? "Không xếp loại, không có tiêu chí nào áp dụng (\(table.unrated.count)):" : "Not rated, nothing applies (\(table.unrated.count)):")
        ]
        for unit in table.unrated {
            lines.append("\(unit.unit.name) (\(unit.unit.id)) — \(unit.file)")
        }
        return lines
    }

    /// Summary lines: statistics, bands and fields.
    func summary() -> [String] {
        let vi = language == .vi
        let s = table.statistics
        let percent = { (value: ExactDecimal?) in value?.formatted(decimals: table.display.percentDecimals, language: language) ?? "—" }
        var lines = [
            vi
                ? "Số đơn vị: \(table.entries.count); trung bình \(percent(s.mean)); trung vị \(percent(s.median)); thấp nhất \(percent(s.lowest)); cao nhất \(percent(s.highest))"
                : "Units: \(table.entries.count); mean \(percent(s.mean)); median \(percent(s.median)); lowest \(percent(s.lowest)); highest \(percent(s.highest))",
            (vi ? "Xếp loại: " : "Bands: ") + s.bandCounts.map { "\($0.band.title.text(language)) \($0.count)" }.joined(separator: "; "),
        ]
        for field in s.fields {
            let average = field.average.map(percent) ?? "—"
            let best =
                field.bestUnits.isEmpty ? "—" : field.bestUnits.map(names.name).joined(separator: ", ") + " (\(field.best.map(percent) ?? "—"))"
            lines.append(
                vi
                    ? "Lĩnh vực \(field.field.id) \(field.field.title.text(language)): trung bình \(average) %; cao nhất: \(best)"
                    : "Field \(field.field.id) \(field.field.title.text(language)): average \(average) %; best: \(best)")
        }
        return lines
    }
}
