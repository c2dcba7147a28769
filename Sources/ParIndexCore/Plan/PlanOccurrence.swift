/// One occurrence of a recurring task, with its own due date: the Q1 report, the six-month
/// report, the annual report.
///
/// The due date is written as the plan writes it: a day of a month of the quarter ("trước ngày 15
/// của tháng cuối quý", "trước ngày 15 tháng thứ 2 của quý") or of a month of the year ("trước
/// 10/11"). "Trước" (before) makes the day before the last day on time.
public struct PlanOccurrence: Sendable, Hashable {
    /// The id, unique in the task, for example "q1".
    public var id: String
    /// A title, for example "Báo cáo quý I".
    public var title: String?
    /// How the due date is written.
    public var rule: PlanDueRule
    /// The last day on time, computed from ``rule`` for the plan's year.
    public var due: CalendarDate
    /// The kind of document the occurrence produces, for example "report.q1".
    public var output: String?

    /// An occurrence whose due date is computed from `rule` for `year`; `nil` when the day does not exist.
    public init?(id: String, title: String? = nil, rule: PlanDueRule, year: Int, output: String? = nil) {
        guard let due = rule.due(year: year) else { return nil }
        self.id = id
        self.title = title
        self.rule = rule
        self.due = due
        self.output = output
    }
}

/// How a due date is written: a day of a month, given directly or as a month of a quarter, and
/// whether the task must be done before that day or by it.
public struct PlanDueRule: Sendable, Hashable {
    /// Where the month is.
    public enum Month: Sendable, Hashable {
        /// A month of the year, 1–12.
        case ofYear(Int)
        /// A month (1–3) of a quarter (1–4).
        case ofQuarter(quarter: Int, month: Int)
    }

    /// The month.
    public var month: Month
    /// The day of the month.
    public var day: Int
    /// Whether the task must be done before `day` ("trước ngày 15"): the last day on time is then the day before.
    public var before: Bool
    /// Years after the plan's year (−1 for the year before, 1 for the next).
    public var yearOffset: Int

    /// A rule.
    public init(month: Month, day: Int, before: Bool, yearOffset: Int = 0) {
        self.month = month
        self.day = day
        self.before = before
        self.yearOffset = yearOffset
    }

    /// The month of the year the rule names.
    public var monthOfYear: Int {
        switch month {
        case .ofYear(let m): m
        case .ofQuarter(let quarter, let m): (quarter - 1) * 3 + m
        }
    }

    /// The last day on time in a plan for `year`; `nil` when the month has no such day.
    public func due(year planYear: Int) -> CalendarDate? {
        let year = planYear + yearOffset
        let month = monthOfYear
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        let date = CalendarDate(year: year, month: month, day: day)
        return before ? date.adding(days: -1) : date
    }
}

extension CalendarDate {
    /// The date `days` days later (earlier when negative), by exact calendar arithmetic.
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(ordinal: ordinal + days)
    }

    /// The date of an ordinal (days from 1 January 1, proleptic Gregorian), the inverse of ``ordinal``.
    public init(ordinal: Int) {
        var year = max(1, ordinal / 366)
        while CalendarDate(year: year + 1, month: 1, day: 1).ordinal <= ordinal { year += 1 }
        while CalendarDate(year: year, month: 1, day: 1).ordinal > ordinal { year -= 1 }
        var rest = ordinal - CalendarDate(year: year, month: 1, day: 1).ordinal + 1
        var month = 1
        while rest > CalendarDate.daysIn(month: month, year: year) {
            rest -= CalendarDate.daysIn(month: month, year: year)
            month += 1
        }
        self.init(year: year, month: month, day: rest)
    }

    /// The quarter (1–4) of the date.
    public var quarter: Int { (month - 1) / 3 + 1 }
}
