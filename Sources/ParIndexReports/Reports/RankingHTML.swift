import ParIndexCore

/// Writes a ranking as one self-contained, printable HTML page.
///
/// The page has no scripts and no external resources: the style sheet is inline, charts are
/// inline SVG, and links only point to anchors in the page. It is laid out for A4 paper
/// (`@page { size: A4; margin: 15mm }`), with every unit's scorecard starting on a new page.
///
/// For every ranking table it shows the summary figures, a bar chart of the indices coloured by
/// band, the ranking table, a field × unit heat map of field sub-indices and one section per
/// unit with its scorecard; refused files are listed at the end. The output depends only on the
/// ranking and the language, so the same input always gives the same bytes.
public enum RankingHTML {
    /// The page, in Vietnamese (`.vi`) or English (`.en`), under the header of `issuer` (the
    /// State's format: see <doc:WordDocuments>; dotted lines for what the profile lacks).
    public static func render(_ ranking: Ranking, language: Language, issuer: IssuerProfile = .blank) -> String {
        let c = HTMLContext(language: language, display: DisplaySettings())
        let anchors = HTMLAnchors(ranking)
        let title = c.esc(RankingTitle.of(ranking, language: language))
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"\(language.rawValue)\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<title>\(title)</title>")
        out.append("<style>")
        out.append(HTMLStyle.css)
        out.append(OfficialHTML.css)
        out.append("</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<main>")
        out.append(OfficialHTML.header(IssuerLines(issuer, language: language), context: c))
        out.append("<h1>\(title)</h1>")
        out.append(contentsOf: contents(ranking, context: c))
        for (index, table) in ranking.tables.enumerated() {
            out.append(contentsOf: section(table, index: index, anchors: anchors, language: language))
        }
        out.append(contentsOf: failures(ranking, context: c))
        out.append(OfficialHTML.signature(IssuerLines(issuer, language: language), context: c))
        out.append("</main>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    private static func tableTitle(_ table: RankingTable, context c: HTMLContext) -> String {
        c.esc(table.title(c.language))
    }

    private static func contents(_ ranking: Ranking, context c: HTMLContext) -> [String] {
        var out: [String] = []
        let units = ranking.entries.count
        var summary =
            c.t("Số bảng", "Tables") + ": " + c.count(ranking.tables.count) + " · " + c.t("Số đơn vị được xếp hạng", "Units ranked") + ": "
            + c.count(units)
        if ranking.failedFileCount > 0 || !ranking.failures.isEmpty {
            summary +=
                " · <a href=\"#failures\">" + c.t("Tệp bị loại", "Refused files") + ": "
                + c.count(max(ranking.failedFileCount, ranking.refusedFiles.count)) + "</a>"
        }
        out.append("<p class=\"subtitle\">\(summary)</p>")
        if ranking.tables.isEmpty {
            out.append("<p>\(c.t("Không có đơn vị nào được xếp hạng.", "No unit was ranked."))</p>")
            return out
        }
        out.append("<ol class=\"toc\">")
        for (index, table) in ranking.tables.enumerated() {
            out.append(
                "<li><a href=\"#\(HTMLAnchors.table(index))\">\(tableTitle(table, context: c))</a> <span class=\"muted\">(\(c.count(table.entries.count)) \(c.t("đơn vị", "units")))</span></li>"
            )
        }
        out.append("</ol>")
        return out
    }

    private static func section(_ table: RankingTable, index: Int, anchors: HTMLAnchors, language: Language) -> [String] {
        let c = HTMLContext(language: language, display: table.display)
        var out: [String] = []
        out.append("<section class=\"\(index == 0 ? "" : "page ")ranking\" id=\"\(HTMLAnchors.table(index))\">")
        out.append("<h2>\(tableTitle(table, context: c))</h2>")
        out.append("<p class=\"subtitle\">\(c.t("Bộ tiêu chí", "Framework")): \(c.text(table.frameworkTitle))</p>")
        if let note = table.previousFrameworkNote(c.language) {
            out.append("<p class=\"subtitle\"><strong>\(c.t("Lưu ý", "Note")):</strong> \(c.esc(note))</p>")
        }
        out.append(contentsOf: HTMLRankingTable.statistics(table, context: c))
        out.append(contentsOf: HTMLBarChart.render(table, tableIndex: index, anchors: anchors, context: c))
        out.append("<h3>\(c.t("Bảng xếp hạng", "Ranking"))</h3>")
        out.append(contentsOf: HTMLRankingTable.render(table, tableIndex: index, anchors: anchors, context: c))
        out.append(contentsOf: HTMLHeatMap.render(table, tableIndex: index, anchors: anchors, context: c))
        out.append("</section>")
        for (offset, entry) in table.entries.enumerated() {
            out.append(
                contentsOf: HTMLScorecard.render(entry, table: table, tableIndex: index, anchor: anchors.id(table: index, entry: offset), context: c))
        }
        return out
    }

    /// The section "Tệp bị loại" ("Refused files"): one row per refused file, with its first
    /// error and how many more it has.
    private static func failures(_ ranking: Ranking, context c: HTMLContext) -> [String] {
        let refused = ranking.refusedFiles
        guard !refused.isEmpty else { return [] }
        var out: [String] = ["<section class=\"page failures\" id=\"failures\">"]
        out.append("<h2>\(c.t("Tệp bị loại", "Refused files")) (\(c.count(max(ranking.failedFileCount, refused.count))))</h2>")
        out.append(
            "<p class=\"subtitle\">\(c.t("Các tệp sau không được chấm điểm và không có trong bảng xếp hạng; mỗi tệp một dòng, với lỗi đầu tiên của tệp.", "These files were not scored and are not in the ranking; one row a file, with its first error."))</p>"
        )
        out.append("<table class=\"failures\"><colgroup><col style=\"width:45mm\"><col style=\"width:40mm\"><col></colgroup>")
        out.append(
            "<thead><tr><th>\(c.t("Tệp", "File"))</th><th>\(c.t("Vị trí", "Location"))</th><th>\(c.t("Lỗi đầu tiên", "First error"))</th></tr></thead><tbody>"
        )
        for file in refused {
            let failure = file.firstError
            var location = failure.path.description
            if let position = failure.location {
                location = "\(position.line):\(position.column)" + (location.isEmpty ? "" : " " + location)
            }
            var message = c.text(failure.message)
            let others = file.errors.count - 1
            if others > 0 { message += " <span class=\"more\">(" + c.t("và \(others) lỗi khác", "and \(others) more") + ")</span>" }
            out.append("<tr><td>\(c.esc(OfficialHTML.fileName(file.file)))</td><td>\(c.esc(location))</td><td>\(message)</td></tr>")
        }
        out.append("</tbody></table>")
        out.append("</section>")
        return out
    }
}
