import ParIndexCore

/// Writes a plan's status (or a province's) as one self-contained, printable A4 page: the counts,
/// a quarter-by-quarter timeline with a status colour per task, the tasks overdue and at risk, the
/// budget and the documents the self-assessment can cite. No scripts, no external resources.
public enum PlanStatusHTML {
    /// The page of a plan's status.
    public static func render(_ s: PlanStatus, language: Language) -> String {
        let l = PlanLabels(language: language)
        var out = head(l.heading(s), language)
        out.append("<h1>\(esc(l.heading(s)))</h1>")
        out.append("<p class=\"subtitle\">\(esc(l.issued(s.plan)))<br>\(esc(l.asOf(s)))</p>")
        out.append(stats(s.total, l))
        out.append(legend(l))
        out.append("<h3>\(esc(l.t("Theo lĩnh vực", "By section")))</h3>")
        out.append(
            countsTable(
                l.countHeadings(l.t("Lĩnh vực", "Section")), s.sections.map { (l.sectionTitle($0), $0) } + [(l.t("Tổng", "Total"), s.total)], l))
        out.append("<h3>\(esc(l.t("Theo đơn vị chủ trì", "By unit in charge")))</h3>")
        out.append(countsTable(l.countHeadings(l.t("Đơn vị", "Unit")), s.units.map { ($0.title, $0) }, l))
        out.append("<h3>\(esc(l.t("Tiến độ theo quý", "Quarter by quarter")))</h3>")
        out += timeline(s, l)
        out.append("<h3>\(esc(l.t("Nhiệm vụ quá hạn", "Overdue tasks"))) (\(s.overdue.count))</h3>")
        out.append(
            list(
                s.overdue.map {
                    "<b>\(esc($0.task.id))</b> — "
                        + esc(l.t("hạn ", "due ") + l.date($0.due) + " — " + $0.task.lead + ": " + l.short($0.task.content, 140))
                }))
        out.append(
            "<h3>\(esc(l.t("Nhiệm vụ có nguy cơ chậm (đến hạn trong 30 ngày, chưa triển khai)", "Tasks at risk (due within 30 days, not started)"))) (\(s.atRisk.count))</h3>"
        )
        out.append(
            list(
                s.atRisk.map {
                    "<b>\(esc($0.task.id))</b> — "
                        + esc(l.t("hạn ", "due ") + l.date(PlanStatusText.nextDue($0, s.asOf)) + ": " + l.short($0.task.content, 140))
                }))
        out.append("<h3>\(esc(l.t("Kinh phí", "Budget")))</h3>")
        out.append(
            "<p>\(esc(l.t("Dự kiến ", "Planned ") + l.money(s.budgetPlanned) + l.t("; đã sử dụng ", "; spent ") + l.money(s.budgetSpent)))</p>")
        out.append(
            "<h3>\(esc(l.t("Tài liệu kiểm chứng có thể trích dẫn khi tự đánh giá", "Documents the self-assessment can cite"))) (\(s.citable.count))</h3>"
        )
        out.append(list(s.citable.map { "<b>\(esc($0.taskID + ($0.occurrenceID.map { "/" + $0 } ?? "")))</b> — " + document($0.document, l) }))
        return (out + tail).joined(separator: "\n") + "\n"
    }

    /// The page of a province's table.
    public static func render(_ p: PlanProvince, language: Language) -> String {
        let l = PlanLabels(language: language)
        let title = l.t("Tình hình thực hiện Kế hoạch CCHC của các đơn vị", "PAR plan progress of the units")
        var out = head(title, language)
        out.append("<h1>\(esc(title))</h1>")
        out.append(stats(p.total, l))
        out.append(legend(l))
        out.append(
            countsTable(
                l.countHeadings(l.t("Đơn vị (hạng)", "Unit (rank)")), p.units.enumerated().map { ("\($0 + 1). \($1.plan.unit.name)", $1.total) }, l))
        out.append("<h3>\(esc(l.t("Nhiệm vụ quá hạn theo đơn vị", "Overdue tasks by unit")))</h3>")
        for s in p.units where !s.overdue.isEmpty {
            out.append("<h4>\(esc(s.plan.unit.name)) (\(s.overdue.count))</h4>")
            out.append(
                list(
                    s.overdue.map {
                        "<b>\(esc($0.task.id))</b> — " + esc(l.t("hạn ", "due ") + l.date($0.due) + ": " + l.short($0.task.content, 140))
                    }))
        }
        return (out + tail).joined(separator: "\n") + "\n"
    }

    /// The colour of a standing.
    static func color(_ standing: TaskStanding) -> String {
        switch standing {
        case .doneOnTime: "#2e7d32"
        case .doneLate: "#ef6c00"
        case .overdue: "#c62828"
        case .notYetDue: "#78909c"
        case .cancelled: "#bdbdbd"
        }
    }

    static let css = """
        table.timeline { table-layout: fixed; font-size: 7.5pt; }
        table.timeline col.id { width: 14mm; }
        table.timeline col.q { width: 11mm; }
        table.timeline col.lead { width: 27mm; }
        table.timeline col.st { width: 21mm; }
        table.timeline td { vertical-align: middle; }
        table.timeline th.q { font-size: 6.5pt; text-align: center; padding: 0.5mm 0.2mm; }
        table.timeline td.q { padding: 0.5mm 0.3mm; }
        table.timeline .chip { white-space: normal; font-size: 6.5pt; line-height: 1.25; padding: 0.2mm 1mm; }
        table.timeline td.now, table.timeline th.now { background: #fff8e1; }
        table.timeline .bar { display: block; height: 3mm; border-radius: 0.6mm; }
        table.timeline .mark { display: block; text-align: center; font-weight: 700; line-height: 3mm; }
        table.timeline tr.sec td { background: #e8eef5; font-weight: 600; }
        """

    private static func head(_ title: String, _ language: Language) -> [String] {
        [
            "<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", "<title>\(esc(title))</title>", "<style>", HTMLStyle.css, css,
            "</style>", "</head>", "<body>", "<main>",
        ]
    }

    private static let tail = ["</main>", "</body>", "</html>"]

    private static func esc(_ text: String) -> String { HTMLEscaping.escape(text) }

    private static func stats(_ c: StandingCounts, _ l: PlanLabels) -> String {
        var cells = [("\(c.tasks)", l.t("Nhiệm vụ", "Tasks")), (l.percent(c.completionPercent), l.t("Tỷ lệ hoàn thành", "Completion"))]
        cells += TaskStanding.allCases.map { ("\(c.count($0))", $0.label(l.language)) }
        return "<div class=\"stats\">" + cells.map { "<div class=\"stat\"><b>\(esc($0.0))</b><span>\(esc($0.1))</span></div>" }.joined() + "</div>"
    }

    private static func legend(_ l: PlanLabels) -> String {
        "<div class=\"legend\">"
            + TaskStanding.allCases.map { "<span><i class=\"swatch\" style=\"background:\(color($0))\"></i>\(esc($0.label(l.language)))</span>" }
            .joined()
            + "<span>◆ " + esc(l.t("hạn một kỳ báo cáo", "a report due")) + "</span></div>"
    }

    private static func countsTable(_ headings: [String], _ rows: [(String, StandingCounts)], _ l: PlanLabels) -> String {
        var out =
            "<table><thead><tr>" + headings.enumerated().map { "<th\($0 == 0 ? "" : " class=\"num\"")>\(esc($1))</th>" }.joined()
            + "</tr></thead><tbody>"
        for (title, c) in rows {
            out += "<tr><td>\(esc(title))</td>" + l.countCells(c).map { "<td class=\"num\">\(esc($0))</td>" }.joined() + "</tr>"
        }
        return out + "</tbody></table>"
    }

    private static func timeline(_ s: PlanStatus, _ l: PlanLabels) -> [String] {
        let t = PlanTimeline(s)
        let now = PlanTimeline.Quarter(s.asOf)
        var out = ["<table class=\"timeline\">", "<colgroup><col class=\"id\"><col><col class=\"lead\">"]
        out.append(String(repeating: "<col class=\"q\">", count: t.quarters.count) + "<col class=\"st\"></colgroup>")
        out.append(
            "<thead><tr><th>\(esc(l.t("Mã", "Id")))</th><th>\(esc(l.t("Nội dung", "Content")))</th><th>\(esc(l.t("Chủ trì", "In charge")))</th>"
                + t.quarters.map { "<th class=\"q\($0 == now ? " now" : "")\">\($0.header(l.language))</th>" }.joined()
                + "<th>\(esc(l.t("Tình hình", "Standing")))</th></tr></thead><tbody>")
        for section in s.plan.sections {
            out.append("<tr class=\"sec\"><td colspan=\"\(t.quarters.count + 4)\">\(esc(section.title))</td></tr>")
            for state in s.tasks where state.sectionID == section.id {
                var row = "<tr><td>\(esc(state.task.id))</td><td>\(esc(l.short(state.task.content, 110)))</td><td>\(esc(state.task.lead))</td>"
                if state.due == nil {
                    row += "<td colspan=\"\(t.quarters.count)\" class=\"small muted\">\(esc(state.task.end.text))</td>"
                } else {
                    for q in t.quarters {
                        let now = q == now ? " now" : ""
                        let marks = t.occurrences(state, q)
                        if !marks.isEmpty {
                            row +=
                                "<td class=\"q\(now)\">"
                                + marks.map {
                                    "<span class=\"mark\" style=\"color:\(color($0.standing))\" title=\"\(esc(($0.occurrence.title ?? $0.occurrence.id) + " " + l.date($0.occurrence.due)))\">◆</span>"
                                }.joined() + "</td>"
                        } else if state.occurrences.isEmpty && t.covers(state, q, year: s.plan.year) {
                            row += "<td class=\"q\(now)\"><span class=\"bar\" style=\"background:\(color(state.standing))\"></span></td>"
                        } else {
                            row += "<td class=\"q\(now)\"></td>"
                        }
                    }
                }
                row +=
                    "<td><span class=\"chip\" style=\"background:\(color(state.standing))\">\(esc(state.standing.label(l.language)))</span></td></tr>"
                out.append(row)
            }
        }
        out.append("</tbody></table>")
        return out
    }

    private static func list(_ items: [String]) -> String {
        items.isEmpty ? "<p class=\"muted\">—</p>" : "<ul class=\"plain\">" + items.map { "<li>\($0)</li>" }.joined() + "</ul>"
    }

    private static func document(_ d: ProducedDocument, _ l: PlanLabels) -> String {
        var text = esc(d.number) + " · " + esc(l.date(d.date))
        if let title = d.title { text += " · " + esc(title) }
        if let kind = d.kind { text += " <span class=\"muted\">[\(esc(kind))]</span>" }
        if let link = d.link, link.hasPrefix("https://") || link.hasPrefix("http://") { text += " · <a href=\"\(esc(link))\">\(esc(link))</a>" }
        return text
    }
}
