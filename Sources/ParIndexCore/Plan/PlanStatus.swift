/// The state of a plan on a date, from its progress reports: every task's standing, the counts by
/// section and by unit in charge, the tasks at risk, the budget and the documents the
/// self-assessment can cite.
///
/// ```swift
/// let status = PlanStatus(plan: plan, progress: [q1, h1], asOf: CalendarDate(iso: "2020-06-30"))
/// status.total.completionPercent  // done ÷ (tasks − cancelled) × 100
/// ```
public struct PlanStatus: Sendable {
    /// How many days ahead a task not started counts as at risk.
    public static let riskWindowDays = 30

    /// The plan.
    public var plan: Plan
    /// The date the status is for.
    public var asOf: CalendarDate
    /// The progress files used (reporting date on or before ``asOf``), oldest first.
    public var progressFiles: [String]
    /// Every task in plan order.
    public var tasks: [TaskState]
    /// The counts by section, in plan order.
    public var sections: [StandingCounts]
    /// The counts by unit in charge, in order of first appearance.
    public var units: [StandingCounts]
    /// The counts of the whole plan.
    public var total: StandingCounts
    /// The budget planned, in million đồng.
    public var budgetPlanned: ExactDecimal
    /// The budget reported spent, in million đồng.
    public var budgetSpent: ExactDecimal

    /// The tasks not started whose due date is within ``riskWindowDays`` days of ``asOf``.
    public var atRisk: [TaskState] { tasks.filter(\.atRisk) }

    /// The tasks overdue.
    public var overdue: [TaskState] { tasks.filter { $0.standing == .overdue } }

    /// Every document produced, in plan order: what the self-assessment can cite.
    public var citable: [CitableDocument] {
        tasks.flatMap { state in
            state.documents.map { CitableDocument(taskID: state.task.id, occurrenceID: $0.occurrence, document: $0.document) }
        }
    }

    /// The status of `plan` as of `asOf` (by default the latest reporting date, or the plan's
    /// 31 December without reports). Reports dated after `asOf` are left out; a later report
    /// replaces what an earlier one said of a task or occurrence.
    public init(plan: Plan, progress: [PlanProgress], asOf: CalendarDate? = nil) {
        let date = asOf ?? progress.map(\.asOf).max() ?? CalendarDate(year: plan.year, month: 12, day: 31)
        let used = progress.enumerated().filter { $0.element.asOf <= date }.sorted { ($0.element.asOf, $0.offset) < ($1.element.asOf, $1.offset) }
            .map(\.element)
        let entries = Self.merge(used, plan: plan)
        self.plan = plan
        self.asOf = date
        progressFiles = used.map(\.file)
        var tasks: [TaskState] = []
        var sections: [StandingCounts] = []
        var units: [StandingCounts] = []
        var unitIndex: [String: Int] = [:]
        var total = StandingCounts(key: "", title: plan.unit.name)
        for section in plan.sections {
            var counts = StandingCounts(key: section.id, title: section.title)
            for task in section.tasks {
                let state = TaskState(task: task, sectionID: section.id, progress: entries[task.id], year: plan.year, asOf: date)
                counts.add(state.standing)
                total.add(state.standing)
                let index =
                    unitIndex[task.lead]
                    ?? {
                        units.append(StandingCounts(key: task.lead, title: task.lead))
                        unitIndex[task.lead] = units.count - 1
                        return units.count - 1
                    }()
                units[index].add(state.standing)
                tasks.append(state)
            }
            sections.append(counts)
        }
        self.tasks = tasks
        self.sections = sections
        self.units = units
        self.total = total
        budgetPlanned = plan.budget
        budgetSpent = tasks.reduce(0) { sum, state in
            sum + (state.progress?.spent ?? 0) + (state.progress?.occurrences.values.reduce(0) { $0 + ($1.spent ?? 0) } ?? 0)
        }
    }

    /// The entries of the reports, later ones replacing earlier ones per task and per occurrence.
    static func merge(_ reports: [PlanProgress], plan: Plan) -> [String: TaskProgress] {
        var merged: [String: TaskProgress] = [:]
        for report in reports {
            for (id, entry) in report.tasks {
                guard var current = merged[id] else {
                    merged[id] = entry
                    continue
                }
                let occurrences = current.occurrences.merging(entry.occurrences) { _, new in new }
                current = entry
                current.occurrences = occurrences
                merged[id] = current
            }
        }
        for (id, entry) in merged where entry.status != .cancelled && !entry.occurrences.isEmpty {
            if let task = plan.task(id) { merged[id]?.status = PlanProgressDecoder.derived(entry.occurrences, of: task) }
        }
        return merged
    }
}

/// A document the self-assessment can cite: the task (and occurrence) that produced it.
public struct CitableDocument: Sendable, Hashable {
    /// The task id.
    public var taskID: String
    /// The occurrence id, for a recurring task.
    public var occurrenceID: String?
    /// The document.
    public var document: ProducedDocument
}
