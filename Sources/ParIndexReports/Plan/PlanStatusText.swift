import ParIndexCore

/// Writes a plan's status as plain text for the terminal.
public enum PlanStatusText {
    /// The status as text, ending with a newline.
    public static func render(_ s: PlanStatus, language: Language) -> String {
        let l = PlanLabels(language: language)
        var out: [String] = [l.heading(s), l.issued(s.plan), l.asOf(s), "", l.t("Tổng: ", "Total: ") + l.summary(s.total), ""]
        out += table(
            l.t("Theo lĩnh vực", "By section"), l.countHeadings(l.t("Lĩnh vực", "Section")),
            s.sections.map { [l.sectionTitle($0)] + l.countCells($0) })
        out += table(
            l.t("Theo đơn vị chủ trì", "By unit in charge"), l.countHeadings(l.t("Đơn vị", "Unit")), s.units.map { [$0.title] + l.countCells($0) })
        out.append(l.t("Nhiệm vụ quá hạn", "Overdue tasks") + " (\(s.overdue.count))")
        out +=
            s.overdue.isEmpty
            ? ["  —"]
            : s.overdue.map { "  \($0.task.id)  " + l.t("hạn ", "due ") + "\(l.date($0.due))  \($0.task.lead): \(l.short($0.task.content))" }
        out.append("")
        out.append(
            l.t("Nhiệm vụ có nguy cơ chậm (đến hạn trong 30 ngày, chưa triển khai)", "Tasks at risk (due within 30 days, not started)")
                + " (\(s.atRisk.count))")
        out +=
            s.atRisk.isEmpty
            ? ["  —"] : s.atRisk.map { "  \($0.task.id)  " + l.t("hạn ", "due ") + "\(l.date(nextDue($0, s.asOf)))  \(l.short($0.task.content))" }
        out.append("")
        let recurring = s.tasks.filter { !$0.occurrences.isEmpty }
        if !recurring.isEmpty {
            out.append(l.t("Các kỳ của nhiệm vụ định kỳ", "Occurrences of recurring tasks"))
            for state in recurring {
                for o in state.occurrences {
                    let done = o.progress?.doneOn.map { " " + l.date($0) } ?? ""
                    out.append(
                        "  \(state.task.id) \(o.occurrence.title ?? o.occurrence.id): " + l.t("hạn ", "due ")
                            + "\(l.date(o.occurrence.due)) — \(o.standing.label(language))\(done)")
                }
            }
            out.append("")
        }
        out.append(
            l.t("Kinh phí: dự kiến ", "Budget: planned ") + l.money(s.budgetPlanned) + l.t("; đã sử dụng ", "; spent ") + l.money(s.budgetSpent))
        out.append("")
        out.append(l.t("Tài liệu kiểm chứng có thể trích dẫn khi tự đánh giá", "Documents the self-assessment can cite") + " (\(s.citable.count))")
        out += s.citable.isEmpty ? ["  —"] : s.citable.map { "  \($0.taskID)\($0.occurrenceID.map { "/" + $0 } ?? "")  " + l.document($0.document) }
        return out.joined(separator: "\n") + "\n"
    }

    /// The due date that puts a task at risk: its first occurrence not started within the window, or its own.
    static func nextDue(_ state: TaskState, _ asOf: CalendarDate) -> CalendarDate? {
        state.occurrences.first { ($0.progress?.status ?? .notStarted) == .notStarted && $0.occurrence.due >= asOf }?.occurrence.due ?? state.due
    }

    /// A titled table with aligned columns (numbers right-aligned).
    static func table(_ title: String, _ headings: [String], _ rows: [[String]]) -> [String] {
        let all = [headings] + rows
        let widths = headings.indices.map { column in min(column == 0 ? 48 : 20, all.map { $0[column].count }.max() ?? 0) }
        func line(_ cells: [String]) -> String {
            "  "
                + cells.enumerated().map { column, cell in
                    let text = column == 0 && cell.count > widths[0] ? String(cell.prefix(widths[0] - 1)) + "…" : cell
                    return column == 0 ? TextLayout.left(text, widths[column]) : TextLayout.right(text, widths[column])
                }.joined(separator: "  ")
        }
        return [title, line(headings)] + rows.map(line) + [""]
    }
}
