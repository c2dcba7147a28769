import ParIndexCore

/// Writes a plan's status as Markdown, for pasting into a report.
public enum PlanStatusMarkdown {
    /// The status as Markdown, ending with a newline.
    public static func render(_ s: PlanStatus, language: Language) -> String {
        let l = PlanLabels(language: language)
        var out = ["# " + escape(l.heading(s)), "", escape(l.issued(s.plan)) + "  ", escape(l.asOf(s)), ""]
        out += ["**" + l.t("Tổng", "Total") + ":** " + escape(l.summary(s.total)), ""]
        out += ["## " + l.t("Theo lĩnh vực", "By section"), ""]
        out += table(l.countHeadings(l.t("Lĩnh vực", "Section")), s.sections.map { [l.sectionTitle($0)] + l.countCells($0) })
        out += ["## " + l.t("Theo đơn vị chủ trì", "By unit in charge"), ""]
        out += table(l.countHeadings(l.t("Đơn vị", "Unit")), s.units.map { [$0.title] + l.countCells($0) })
        out += ["## " + l.t("Nhiệm vụ quá hạn", "Overdue tasks") + " (\(s.overdue.count))", ""]
        out +=
            s.overdue.isEmpty
            ? ["—", ""]
            : s.overdue.map { "- \($0.task.id) (" + l.t("hạn ", "due ") + "\(l.date($0.due))): " + escape(l.short($0.task.content)) } + [""]
        out += ["## " + l.t("Nhiệm vụ có nguy cơ chậm", "Tasks at risk") + " (\(s.atRisk.count))", ""]
        out +=
            s.atRisk.isEmpty
            ? ["—", ""]
            : s.atRisk.map {
                "- \($0.task.id) (" + l.t("hạn ", "due ") + "\(l.date(PlanStatusText.nextDue($0, s.asOf)))): " + escape(l.short($0.task.content))
            } + [""]
        let recurring = s.tasks.filter { !$0.occurrences.isEmpty }
        if !recurring.isEmpty {
            out += ["## " + l.t("Các kỳ của nhiệm vụ định kỳ", "Occurrences of recurring tasks"), ""]
            for state in recurring {
                out += state.occurrences.map { o in
                    "- \(state.task.id) \(escape(o.occurrence.title ?? o.occurrence.id)): " + l.t("hạn ", "due ") + l.date(o.occurrence.due) + " — "
                        + o.standing.label(language) + (o.progress?.doneOn.map { " " + l.date($0) } ?? "")
                }
            }
            out.append("")
        }
        out += [
            "## " + l.t("Kinh phí", "Budget"), "",
            l.t("Dự kiến ", "Planned ") + l.money(s.budgetPlanned) + l.t("; đã sử dụng ", "; spent ") + l.money(s.budgetSpent), "",
        ]
        out += ["## " + l.t("Tài liệu kiểm chứng có thể trích dẫn", "Documents the self-assessment can cite"), ""]
        out +=
            s.citable.isEmpty
            ? ["—"] : s.citable.map { "- \($0.taskID)\($0.occurrenceID.map { "/" + $0 } ?? ""): " + escape(l.document($0.document)) }
        return out.joined(separator: "\n") + "\n"
    }

    /// A Markdown table, numbers right-aligned.
    static func table(_ headings: [String], _ rows: [[String]]) -> [String] {
        [
            "| " + headings.map(escape).joined(separator: " | ") + " |",
            "|" + headings.indices.map { $0 == 0 ? " --- " : " ---: " }.joined(separator: "|") + "|",
        ]
            + rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" } + [""]
    }

    /// Escapes the characters Markdown tables and emphasis use.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "|*_`[]<>\\".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
