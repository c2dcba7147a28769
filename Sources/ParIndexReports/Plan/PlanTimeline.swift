import ParIndexCore

/// The quarters a plan's timeline shows, and where each task falls in them.
struct PlanTimeline {
    /// A quarter of a year.
    struct Quarter: Hashable, Comparable {
        var year: Int
        var quarter: Int

        init(year: Int, quarter: Int) {
            self.year = year
            self.quarter = quarter
        }

        init(_ date: CalendarDate) { self.init(year: date.year, quarter: date.quarter) }

        static func < (a: Quarter, b: Quarter) -> Bool { (a.year, a.quarter) < (b.year, b.quarter) }

        var next: Quarter { quarter == 4 ? Quarter(year: year + 1, quarter: 1) : Quarter(year: year, quarter: quarter + 1) }

        /// The quarter on two lines for a narrow column header: "Quý IV<br>2019".
        func header(_ language: Language) -> String {
            let roman = ["I", "II", "III", "IV"][quarter - 1]
            return (language == .vi ? "Quý \(roman)" : "Q\(quarter)") + "<br>\(year)"
        }

        /// "Quý IV/2019" style label.
        func label(_ language: Language) -> String {
            let roman = ["I", "II", "III", "IV"][quarter - 1]
            return language == .vi ? "Quý \(roman)/\(year)" : "Q\(quarter) \(year)"
        }
    }

    /// The quarters shown: from the earliest start (at least Q1 of the plan's year) to the latest due date (at most a year on).
    let quarters: [Quarter]

    init(_ s: PlanStatus) {
        let year = s.plan.year
        var first = Quarter(year: year, quarter: 1)
        var last = Quarter(year: year, quarter: 4)
        for t in s.tasks {
            if let start = t.task.firstDay(year: year).map(Quarter.init), start < first, start.year >= year - 1 { first = start }
            if let due = t.due.map(Quarter.init), due > last, due.year <= year + 1 { last = due }
        }
        var list: [Quarter] = []
        var q = first
        while q <= last {
            list.append(q)
            q = q.next
        }
        quarters = list
    }

    /// Whether the task runs during `quarter` (from its first day, or its due date, to its due date).
    func covers(_ t: TaskState, _ quarter: Quarter, year: Int) -> Bool {
        guard let due = t.due else { return false }
        let start = t.task.firstDay(year: year) ?? due
        return Quarter(min(start, due)) <= quarter && quarter <= Quarter(due)
    }

    /// The occurrences of a recurring task due in `quarter`.
    func occurrences(_ t: TaskState, _ quarter: Quarter) -> [OccurrenceState] {
        t.occurrences.filter { Quarter($0.occurrence.due) == quarter }
    }
}
