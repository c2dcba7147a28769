import ParIndexCore

/// Writes the one-page brief for leaders (`rank --summary --format html`): on one A4 page, the
/// issuer's header, the title, the key figures, the band counts, a chart of every unit's index,
/// the top and the bottom units, and, when last year's ranking is given, the largest changes.
///
/// The brief is of the first ranking table (the others are named in one line); units ranked
/// without a previous result are counted. No scripts, no external resources, no file paths.
public enum RankingBriefHTML {
    /// How many units the top and bottom lists show.
    public static let listLength = 5

    /// The page, in Vietnamese (`.vi`) or English (`.en`).
    public static func render(_ ranking: Ranking, language: Language, issuer: IssuerProfile = .blank) -> String {
        let lines = IssuerLines(issuer, language: language)
        let display = ranking.tables.first?.display ?? DisplaySettings()
        let c = HTMLContext(language: language, display: display)
        let year = ranking.tables.first.map { String($0.year) } ?? IssuerLines.dots
        let kind = c.language == .vi ? "BÁO CÁO TÓM TẮT" : "BRIEF"
        let subject =
            ranking.tables.isEmpty
            ? (c.language == .vi ? "Kết quả Chỉ số CCHC năm \(year)" : "PAR INDEX \(year) results") : RankingTitle.of(ranking, language: language)
        var out: [String] = [
            "<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", "<title>\(c.esc(subject))</title>", "<style>",
            HTMLStyle.css, OfficialHTML.css, css, "</style>", "</head>", "<body>", "<main class=\"brief\">",
        ]
        out.append(OfficialHTML.header(lines, context: c, showNumber: false))
        out.append(OfficialHTML.documentTitle(kind, subject: subject, context: c))
        guard let table = ranking.tables.first else {
            out.append("<p>\(c.t("Không có đơn vị nào được xếp hạng.", "No unit was ranked."))</p>")
            out += ["</main>", "</body>", "</html>"]
            return out.joined(separator: "\n") + "\n"
        }
        let tc = HTMLContext(language: language, display: table.display)
        out.append(contentsOf: figures(table, ranking: ranking, context: tc))
        out.append(contentsOf: BriefChart.render(table, context: tc))
        out.append(contentsOf: lists(table, context: tc))
        out.append(contentsOf: changes(table, context: tc))
        if ranking.tables.count > 1 {
            let others = ranking.tables.dropFirst().map { "\(c.esc($0.unitKind.label(language))) \($0.year) (\(c.count($0.entries.count)))" }
            out.append(
                "<p class=\"small muted\">\(c.t("Các bảng khác trong báo cáo đầy đủ", "Other tables, in the full report")): \(others.joined(separator: "; "))</p>"
            )
        }
        out += ["</main>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// The brief's own additions to the print style: tighter, so that it holds on one page.
    static let css = """
        main.brief { font-size: 10.5pt; }
        main.brief .official { margin-bottom: 3mm; font-size: 11.5pt; }
        main.brief .official .motto, main.brief .official .date { font-size: 12pt; }
        main.brief .doc-title { margin: 2mm 0 3mm; font-size: 13pt; }
        main.brief .stats { margin: 1mm 0 2mm; }
        main.brief figure { margin: 1mm 0 2mm; }
        main.brief svg.chart { max-width: 165mm; max-height: 50mm; }
        main.brief .pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 4mm; }
        main.brief .pair > div { min-width: 0; }
        main.brief table { font-size: 9pt; margin: 0.5mm 0 1mm; table-layout: fixed; }
        main.brief th, main.brief td { padding: 0.4mm 1.2mm; }
        main.brief col.rank { width: 10mm; } main.brief col.index { width: 17mm; } main.brief col.band { width: 21mm; }
        main.brief col.change { width: 15mm; } main.brief col.ranks { width: 21mm; }
        main.brief .chip { font-size: 8pt; }
        main.brief .stat { padding: 1mm 2.5mm; }
        main.brief .stat b { font-size: 11pt; }
        main.brief h3 { margin: 2mm 0 1mm; font-size: 11pt; }
        """

    private static func figures(_ table: RankingTable, ranking: Ranking, context c: HTMLContext) -> [String] {
        let s = table.statistics
        var stats = "<div class=\"stats\">"
        stats += "<div class=\"stat\"><b>\(c.count(table.entries.count))</b><span>\(c.t("đơn vị được xếp hạng", "units ranked"))</span></div>"
        for (vi, en, value) in [
            ("trung bình", "mean", s.mean), ("trung vị", "median", s.median), ("cao nhất", "highest", s.highest), ("thấp nhất", "lowest", s.lowest),
        ] {
            stats += "<div class=\"stat\"><b>\(c.percent(value))</b><span>\(c.t(vi, en))</span></div>"
        }
        stats += "</div>"
        var bands = "<div class=\"legend\"><span><b>\(c.t("Xếp loại", "Bands")):</b></span>"
        for (position, band) in s.bandCounts.enumerated() {
            let color = HTMLColor.band(position: position, of: s.bandCounts.count)
            bands += "<span><i class=\"swatch\" style=\"background:\(color)\"></i>\(c.text(band.band.title)): <b>\(c.count(band.count))</b></span>"
        }
        if !table.unrated.isEmpty { bands += "<span>\(c.t("Không xếp loại", "Not rated")): <b>\(c.count(table.unrated.count))</b></span>" }
        let refused = max(ranking.failedFileCount, ranking.refusedFiles.count)
        if refused > 0 { bands += "<span>\(c.t("Tệp bị loại", "Refused files")): <b>\(c.count(refused))</b></span>" }
        bands += "</div>"
        let heading = "<p class=\"subtitle\">\(c.esc(table.unitKind.label(c.language))) — \(c.text(table.frameworkTitle))</p>"
        return [heading, stats, bands]
    }

    private static func lists(_ table: RankingTable, context c: HTMLContext) -> [String] {
        let length = min(listLength, (table.entries.count + 1) / 2)
        let top = Array(table.entries.prefix(length))
        let bottom = Array(table.entries.suffix(min(length, table.entries.count - length)))
        var out = ["<div class=\"pair\">"]
        out.append("<div><h3>\(c.t("Dẫn đầu", "Top"))</h3>\(list(top, table: table, context: c))</div>")
        out.append("<div><h3>\(c.t("Cuối bảng", "Bottom"))</h3>\(list(bottom, table: table, context: c))</div>")
        out.append("</div>")
        return out
    }

    private static func list(_ entries: [RankedUnit], table: RankingTable, context c: HTMLContext) -> String {
        var out =
            "<table><colgroup><col class=\"rank\"><col><col class=\"index\"><col class=\"band\"></colgroup><thead><tr><th class=\"num\">\(c.t("Hạng", "Rank"))</th><th>\(c.t("Đơn vị", "Unit"))</th><th class=\"num\">\(c.t("Chỉ số", "Index"))</th><th>\(c.t("Xếp loại", "Band"))</th></tr></thead><tbody>"
        for entry in entries {
            out +=
                "<tr><td class=\"num\">\(c.count(entry.rank))</td><td>\(c.esc(entry.result.unit.name))</td><td class=\"num\">\(c.index(entry.result.indexRounded))</td><td>\(HTMLRankingTable.bandChip(entry.result, table: table, context: c))</td></tr>"
        }
        return out + "</tbody></table>"
    }

    /// The largest rises and falls of the index since last year, and how many units have no
    /// previous result; nothing when no previous ranking was given.
    private static func changes(_ table: RankingTable, context c: HTMLContext) -> [String] {
        let compared = table.entries.filter { $0.previous != nil }
        guard !compared.isEmpty else { return [] }
        let decimals = table.display.percentDecimals
        let byChange = compared.sorted { ($0.previous?.indexChange ?? 0) > ($1.previous?.indexChange ?? 0) }
        let rises = byChange.prefix(3).filter { ($0.previous?.indexChange ?? 0) > 0 }
        let falls = byChange.reversed().prefix(3).filter { ($0.previous?.indexChange ?? 0) < 0 }
        func rows(_ entries: [RankedUnit]) -> String {
            var out =
                "<table><colgroup><col><col class=\"change\"><col class=\"ranks\"></colgroup><thead><tr><th>\(c.t("Đơn vị", "Unit"))</th><th class=\"num\">\(c.t("± Chỉ số", "± Index"))</th><th class=\"num\">\(c.t("Hạng (trước)", "Rank (before)"))</th></tr></thead><tbody>"
            for entry in entries {
                guard let previous = entry.previous else { continue }
                out +=
                    "<tr><td>\(c.esc(entry.result.unit.name))</td><td class=\"num\">\(c.signed(previous.indexChange, decimals: decimals))</td><td class=\"num\">\(c.count(entry.rank)) (\(c.count(previous.rank)))</td></tr>"
            }
            return out + "</tbody></table>"
        }
        let meanChange = compared.reduce(ExactDecimal(0)) { $0 + ($1.previous?.indexChange ?? 0) } / ExactDecimal(compared.count)
        var out = [
            "<h3>\(c.t("So với năm trước", "Since last year"))</h3>",
            "<p class=\"small\">\(c.t("Chỉ số bình quân thay đổi", "Mean change of the index")) \(c.signed(meanChange, decimals: decimals)) \(c.t("điểm phần trăm", "percentage points")); \(c.count(compared.count)) \(c.t("đơn vị so sánh được", "units compared"))"
                + (compared.count < table.entries.count
                    ? "; \(c.count(table.entries.count - compared.count)) \(c.t("đơn vị không có kết quả năm trước", "units without last year's result"))"
                    : "")
                + ".</p>",
        ]
        out.append("<div class=\"pair\">")
        out.append("<div><h3>\(c.t("Tăng nhiều nhất", "Largest rises"))</h3>\(rows(Array(rises)))</div>")
        out.append("<div><h3>\(c.t("Giảm nhiều nhất", "Largest falls"))</h3>\(rows(Array(falls)))</div>")
        out.append("</div>")
        return out
    }
}
