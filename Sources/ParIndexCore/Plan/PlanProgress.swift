/// A progress report on a plan at one reporting date (quarter, six months, nine months, year): for
/// each task its status, the date done, the documents produced and the value reached. See
/// <doc:PlanFormat>.
public struct PlanProgress: Sendable, Hashable {
    /// The newest progress format version this library reads.
    public static let supportedFormatVersion = 1

    /// The file it was read from, for messages.
    public var file: String
    /// The unit id of the plan it reports on.
    public var unitID: String
    /// The year of the plan it reports on.
    public var year: Int
    /// The reporting period.
    public var period: ReportingPeriod
    /// The reporting date: what the report says holds on this day.
    public var asOf: CalendarDate
    /// The reported tasks by id; a task not listed has not started.
    public var tasks: [String: TaskProgress]

    /// A progress report.
    public init(file: String, unitID: String, year: Int, period: ReportingPeriod, asOf: CalendarDate, tasks: [String: TaskProgress]) {
        self.file = file
        self.unitID = unitID
        self.year = year
        self.period = period
        self.asOf = asOf
        self.tasks = tasks
    }
}

/// A reporting period of a progress report.
public enum ReportingPeriod: String, Sendable, Hashable, CaseIterable {
    /// The first quarter.
    case q1
    /// The second quarter.
    case q2
    /// The first six months.
    case h1
    /// The third quarter (nine months).
    case q3
    /// The fourth quarter.
    case q4
    /// The whole year.
    case year

    /// The label of the period.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.q1, .vi): "Quý I"
        case (.q2, .vi): "Quý II"
        case (.h1, .vi): "6 tháng"
        case (.q3, .vi): "9 tháng (quý III)"
        case (.q4, .vi): "Quý IV"
        case (.year, .vi): "Năm"
        case (.q1, .en): "Q1"
        case (.q2, .en): "Q2"
        case (.h1, .en): "Six months"
        case (.q3, .en): "Nine months (Q3)"
        case (.q4, .en): "Q4"
        case (.year, .en): "Year"
        }
    }
}

/// What a task's progress report says.
public enum TaskStatus: String, Sendable, Hashable, CaseIterable {
    /// Not started (chưa triển khai).
    case notStarted
    /// In progress (đang thực hiện).
    case inProgress
    /// Done (hoàn thành); late or not follows from the date done.
    case done
    /// Done late (hoàn thành chậm), whatever the dates say.
    case doneLate
    /// Cancelled by a decision (dừng, hủy bỏ theo quyết định).
    case cancelled

    /// The label of the status.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.notStarted, .vi): "Chưa triển khai"
        case (.inProgress, .vi): "Đang thực hiện"
        case (.done, .vi): "Hoàn thành"
        case (.doneLate, .vi): "Hoàn thành chậm"
        case (.cancelled, .vi): "Hủy bỏ theo quyết định"
        case (.notStarted, .en): "Not started"
        case (.inProgress, .en): "In progress"
        case (.done, .en): "Done"
        case (.doneLate, .en): "Done late"
        case (.cancelled, .en): "Cancelled by decision"
        }
    }

    /// Whether the status means the work is finished.
    public var isDone: Bool { self == .done || self == .doneLate }
}

/// The progress of one task, or of one occurrence of a recurring task.
public struct TaskProgress: Sendable, Hashable {
    /// The status.
    public var status: TaskStatus
    /// The day it was done.
    public var doneOn: CalendarDate?
    /// The documents produced.
    public var outputs: [ProducedDocument]
    /// The value reached of the task's measurable target.
    public var actual: ExactDecimal?
    /// The budget spent, in million đồng.
    public var spent: ExactDecimal?
    /// The decision that cancelled the task.
    public var decision: ProducedDocument?
    /// A remark.
    public var note: String?
    /// The occurrences of a recurring task, by occurrence id.
    public var occurrences: [String: TaskProgress]

    /// A task's progress.
    public init(
        status: TaskStatus, doneOn: CalendarDate? = nil, outputs: [ProducedDocument] = [], actual: ExactDecimal? = nil,
        spent: ExactDecimal? = nil, decision: ProducedDocument? = nil, note: String? = nil, occurrences: [String: TaskProgress] = [:]
    ) {
        self.status = status
        self.doneOn = doneOn
        self.outputs = outputs
        self.actual = actual
        self.spent = spent
        self.decision = decision
        self.note = note
        self.occurrences = occurrences
    }
}

/// A document a task produced (or the decision that cancelled it): number, date, link.
public struct ProducedDocument: Sendable, Hashable {
    /// The kind of document, for example "report.q1", when it matches a framework document.
    public var kind: String?
    /// The number, for example "123/BC-SYT".
    public var number: String
    /// The title.
    public var title: String?
    /// The date of the document.
    public var date: CalendarDate?
    /// Where it can be read.
    public var link: String?

    /// A document.
    public init(kind: String? = nil, number: String, title: String? = nil, date: CalendarDate? = nil, link: String? = nil) {
        self.kind = kind
        self.number = number
        self.title = title
        self.date = date
        self.link = link
    }
}
