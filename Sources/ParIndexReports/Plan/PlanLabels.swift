import ParIndexCore

/// The words and number formats the plan reports share, in Vietnamese or English.
struct PlanLabels {
    let language: Language

    /// `vi` or `en`.
    func t(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    /// A date as `DD/MM/YYYY` (Vietnamese) or `YYYY-MM-DD`; "—" for none.
    func date(_ date: CalendarDate?) -> String {
        guard let date else { return "—" }
        return language == .vi ? date.vietnamese : date.description
    }

    /// A percent with two decimals; "—" for none.
    func percent(_ value: ExactDecimal?) -> String {
        guard let value else { return "—" }
        return value.formatted(decimals: 2, language: language) + " %"
    }

    /// An amount of million đồng, with the decimals it has (up to three).
    func money(_ value: ExactDecimal) -> String {
        let decimals = value.isWholeNumber ? 0 : (value * 10).isWholeNumber ? 1 : (value * 100).isWholeNumber ? 2 : 3
        return value.formatted(decimals: decimals, language: language) + t(" triệu đồng", " million VND")
    }

    /// The headings of a table of counts; `first` names the first column.
    func countHeadings(_ first: String) -> [String] {
        [
            first, t("Số NV", "Tasks"), t("Đúng hạn", "On time"), t("Chậm", "Late"), t("Quá hạn", "Overdue"), t("Chưa đến hạn", "Not yet due"),
            t("Hủy bỏ", "Cancelled"), t("Tỷ lệ HT", "Done %"),
        ]
    }

    /// The cells of a row of counts, after its title.
    func countCells(_ c: StandingCounts) -> [String] {
        [
            String(c.tasks), String(c.doneOnTime), String(c.doneLate), String(c.overdue), String(c.notYetDue), String(c.cancelled),
            percent(c.completionPercent),
        ]
    }

    /// The title of a section row: id and title.
    func sectionTitle(_ c: StandingCounts) -> String {
        c.title.hasPrefix(c.key) ? c.title : "\(c.key). \(c.title)"
    }

    /// The heading of a status report.
    func heading(_ s: PlanStatus) -> String {
        t("Tình hình thực hiện Kế hoạch CCHC năm \(s.plan.year) — \(s.plan.unit.name)", "PAR plan \(s.plan.year) progress — \(s.plan.unit.name)")
    }

    /// The plan's issuer, number and date.
    func issued(_ plan: Plan) -> String {
        var text = t("Ban hành: ", "Issued by: ") + plan.issuer
        if let number = plan.number { text += t(", số ", ", no. ") + number }
        if let date = plan.date {
            text += t(", ngày ", ", ") + self.date(date)
        } else if let written = plan.dateText {
            text += ", " + written
        }
        return text
    }

    /// The date of the status and the reports it reads.
    func asOf(_ s: PlanStatus) -> String {
        let files = s.progressFiles.isEmpty ? t("chưa có báo cáo tiến độ", "no progress report") : s.progressFiles.joined(separator: ", ")
        return t("Tính đến ngày \(date(s.asOf)) (báo cáo: \(files))", "As of \(date(s.asOf)) (reports: \(files))")
    }

    /// The one-line summary of counts.
    func summary(_ c: StandingCounts) -> String {
        t(
            "\(c.tasks) nhiệm vụ; hoàn thành \(c.done)/\(c.counted) (\(percent(c.completionPercent))): đúng hạn \(c.doneOnTime), chậm \(c.doneLate); quá hạn \(c.overdue); chưa đến hạn \(c.notYetDue); hủy bỏ \(c.cancelled)",
            "\(c.tasks) tasks; done \(c.done)/\(c.counted) (\(percent(c.completionPercent))): on time \(c.doneOnTime), late \(c.doneLate); overdue \(c.overdue); not yet due \(c.notYetDue); cancelled \(c.cancelled)"
        )
    }

    /// A document as one line: number, date, title, kind, link.
    func document(_ d: ProducedDocument) -> String {
        var parts = [d.number, date(d.date)]
        if let title = d.title { parts.append(title) }
        if let kind = d.kind { parts.append("[\(kind)]") }
        if let link = d.link { parts.append(link) }
        return parts.joined(separator: " · ")
    }

    /// The task's content cut to `limit` characters.
    func short(_ text: String, _ limit: Int = 90) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
