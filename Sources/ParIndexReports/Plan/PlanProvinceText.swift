import ParIndexCore

/// Writes a province's plan table as text or Markdown: units by completion rate, overdue tasks by unit.
public enum PlanProvinceText {
    /// The table as text, ending with a newline.
    public static func render(_ p: PlanProvince, language: Language) -> String {
        let l = PlanLabels(language: language)
        var out = [
            l.t("Tình hình thực hiện Kế hoạch CCHC của các đơn vị", "PAR plan progress of the units"), l.t("Tổng: ", "Total: ") + l.summary(p.total),
            "",
        ]
        out += PlanStatusText.table(l.t("Xếp theo tỷ lệ hoàn thành", "By completion rate"), headings(l), rows(p, l))
        out.append(l.t("Nhiệm vụ quá hạn theo đơn vị", "Overdue tasks by unit"))
        for s in p.units where !s.overdue.isEmpty {
            out.append("  \(s.plan.unit.name) (\(s.overdue.count))")
            out += s.overdue.map { "    \($0.task.id)  " + l.t("hạn ", "due ") + "\(l.date($0.due))  \(l.short($0.task.content, 80))" }
        }
        if p.units.allSatisfy({ $0.overdue.isEmpty }) { out.append("  —") }
        return out.joined(separator: "\n") + "\n"
    }

    /// The table as Markdown, ending with a newline.
    public static func markdown(_ p: PlanProvince, language: Language) -> String {
        let l = PlanLabels(language: language)
        var out = [
            "# " + l.t("Tình hình thực hiện Kế hoạch CCHC của các đơn vị", "PAR plan progress of the units"), "",
            l.t("Tổng: ", "Total: ") + l.summary(p.total), "",
        ]
        out += PlanStatusMarkdown.table(headings(l), rows(p, l))
        out += ["## " + l.t("Nhiệm vụ quá hạn theo đơn vị", "Overdue tasks by unit"), ""]
        for s in p.units where !s.overdue.isEmpty {
            out.append("- **\(PlanStatusMarkdown.escape(s.plan.unit.name))** (\(s.overdue.count))")
            out += s.overdue.map {
                "  - \($0.task.id) (" + l.t("hạn ", "due ") + "\(l.date($0.due))): \(PlanStatusMarkdown.escape(l.short($0.task.content)))"
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func headings(_ l: PlanLabels) -> [String] {
        l.countHeadings(l.t("Đơn vị (hạng)", "Unit (rank)"))
    }

    static func rows(_ p: PlanProvince, _ l: PlanLabels) -> [[String]] {
        p.units.enumerated().map { ["\($0 + 1). \($1.plan.unit.name)"] + l.countCells($1.total) }
    }
}
