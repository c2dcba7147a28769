/// Where a task stands on a date: done on time, done late, overdue, not yet due, or cancelled.
public enum TaskStanding: String, Sendable, Hashable, CaseIterable {
    /// Done by its due date.
    case doneOnTime
    /// Done after its due date (or reported done late).
    case doneLate
    /// Not done, and its due date has passed.
    case overdue
    /// Not done, and not yet due (or without a due date).
    case notYetDue
    /// Cancelled by a decision: left out of the completion rate.
    case cancelled

    /// The label.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.doneOnTime, .vi): "Hoàn thành đúng hạn"
        case (.doneLate, .vi): "Hoàn thành chậm"
        case (.overdue, .vi): "Quá hạn"
        case (.notYetDue, .vi): "Chưa đến hạn"
        case (.cancelled, .vi): "Hủy bỏ"
        case (.doneOnTime, .en): "Done on time"
        case (.doneLate, .en): "Done late"
        case (.overdue, .en): "Overdue"
        case (.notYetDue, .en): "Not yet due"
        case (.cancelled, .en): "Cancelled"
        }
    }

    /// Whether the task is done (on time or late).
    public var isDone: Bool { self == .doneOnTime || self == .doneLate }

    /// The standing of one task or occurrence: its progress, last day on time and the date of the status.
    ///
    /// Due on day D: as of D it is not yet overdue; as of D + 1 it is.
    public static func of(_ progress: TaskProgress?, due: CalendarDate?, asOf: CalendarDate) -> TaskStanding {
        let status = progress?.status ?? .notStarted
        switch status {
        case .cancelled: return .cancelled
        case .doneLate: return .doneLate
        case .done:
            if let due, let doneOn = progress?.doneOn, doneOn > due { return .doneLate }
            return .doneOnTime
        case .notStarted, .inProgress:
            if let due, asOf > due { return .overdue }
            return .notYetDue
        }
    }

    /// A recurring task's standing from its occurrences': overdue if any is, then not yet due if
    /// any is, then done late if any was, else done on time; cancelled when every one is.
    public static func combined(_ standings: [TaskStanding]) -> TaskStanding {
        let live = standings.filter { $0 != .cancelled }
        if live.isEmpty { return .cancelled }
        for standing in [TaskStanding.overdue, .notYetDue, .doneLate] where live.contains(standing) { return standing }
        return .doneOnTime
    }
}

/// The counts of tasks by standing, for a section, a unit in charge, a plan or a province.
public struct StandingCounts: Sendable, Hashable {
    /// What is counted: a section id, a unit's name, or empty for the whole plan.
    public var key: String
    /// Its title.
    public var title: String
    /// Tasks done on time.
    public var doneOnTime = 0
    /// Tasks done late.
    public var doneLate = 0
    /// Tasks overdue.
    public var overdue = 0
    /// Tasks not yet due.
    public var notYetDue = 0
    /// Tasks cancelled by a decision.
    public var cancelled = 0

    /// Empty counts.
    public init(key: String, title: String) {
        self.key = key
        self.title = title
    }

    /// Every task, cancelled ones included.
    public var tasks: Int { doneOnTime + doneLate + overdue + notYetDue + cancelled }
    /// The tasks the completion rate counts: all but the cancelled.
    public var counted: Int { tasks - cancelled }
    /// Tasks done, on time or late.
    public var done: Int { doneOnTime + doneLate }

    /// Done ÷ counted × 100, exact to six decimals; `nil` when nothing is counted.
    public var completionPercent: ExactDecimal? {
        counted == 0 ? nil : ExactDecimal.percent(ExactDecimal(done), of: ExactDecimal(counted), decimals: 6)
    }

    /// Counts one task more.
    public mutating func add(_ standing: TaskStanding) {
        switch standing {
        case .doneOnTime: doneOnTime += 1
        case .doneLate: doneLate += 1
        case .overdue: overdue += 1
        case .notYetDue: notYetDue += 1
        case .cancelled: cancelled += 1
        }
    }

    /// The count of one standing.
    public func count(_ standing: TaskStanding) -> Int {
        switch standing {
        case .doneOnTime: doneOnTime
        case .doneLate: doneLate
        case .overdue: overdue
        case .notYetDue: notYetDue
        case .cancelled: cancelled
        }
    }
}
