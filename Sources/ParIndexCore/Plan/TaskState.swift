/// One task of a plan on a date: its progress, due date and standing, and for a recurring task
/// the same for each occurrence.
public struct TaskState: Sendable, Hashable {
    /// The task.
    public var task: PlanTask
    /// The id of its section.
    public var sectionID: String
    /// What the progress reports say, if anything.
    public var progress: TaskProgress?
    /// The status reported (not started when nothing is).
    public var status: TaskStatus
    /// The last day on time.
    public var due: CalendarDate?
    /// The day it was done (for a recurring task, the last occurrence's).
    public var doneOn: CalendarDate?
    /// Where it stands.
    public var standing: TaskStanding
    /// The occurrences of a recurring task.
    public var occurrences: [OccurrenceState]
    /// Whether it is not started and due within ``PlanStatus/riskWindowDays`` days (or one of its occurrences is).
    public var atRisk: Bool

    /// The state of `task` from its merged `progress`, in a plan for `year`, as of `asOf`.
    public init(task: PlanTask, sectionID: String, progress: TaskProgress?, year: Int, asOf: CalendarDate) {
        self.task = task
        self.sectionID = sectionID
        self.progress = progress
        status = progress?.status ?? .notStarted
        due = task.due(year: year)
        func risky(_ status: TaskStatus, _ due: CalendarDate?) -> Bool {
            guard status == .notStarted, let due else { return false }
            let days = due.ordinal - asOf.ordinal
            return days >= 0 && days <= PlanStatus.riskWindowDays
        }
        if task.isRecurring {
            let cancelled = progress?.status == .cancelled
            occurrences = task.occurrences.map { occurrence in
                let entry = cancelled ? progress : progress?.occurrences[occurrence.id]
                return OccurrenceState(
                    occurrence: occurrence, progress: entry, standing: TaskStanding.of(entry, due: occurrence.due, asOf: asOf))
            }
            standing = cancelled ? .cancelled : TaskStanding.combined(occurrences.map(\.standing))
            doneOn = occurrences.compactMap { $0.progress?.status.isDone == true ? $0.progress?.doneOn : nil }.max()
            atRisk = !cancelled && occurrences.contains { risky($0.progress?.status ?? .notStarted, $0.occurrence.due) }
        } else {
            occurrences = []
            standing = TaskStanding.of(progress, due: due, asOf: asOf)
            doneOn = progress?.doneOn
            atRisk = risky(status, due)
        }
    }

    /// The documents produced, with the occurrence that produced each.
    public var documents: [(occurrence: String?, document: ProducedDocument)] {
        var list: [(String?, ProducedDocument)] = (progress?.outputs ?? []).map { (nil, $0) }
        for state in occurrences {
            list += (state.progress?.outputs ?? []).map { (state.occurrence.id, $0) }
        }
        return list
    }
}

/// One occurrence of a recurring task on a date.
public struct OccurrenceState: Sendable, Hashable {
    /// The occurrence.
    public var occurrence: PlanOccurrence
    /// What the progress reports say of it.
    public var progress: TaskProgress?
    /// Where it stands.
    public var standing: TaskStanding
}
