/// A task (nhiệm vụ) of a plan: a row of the plan's table.
public struct PlanTask: Sendable, Hashable {
    /// The id, unique in the plan, for example "I.1.3".
    public var id: String
    /// The heading of the group the task is in, as written, for example "1. Ban hành và thực hiện kế hoạch CCHC".
    public var group: String?
    /// What is to be done (Nội dung).
    public var content: String
    /// The indicator (Chỉ số): a text and, optionally, a measurable target; `nil` when the cell is empty.
    public var indicator: PlanIndicator?
    /// The output products (Sản phẩm đầu ra).
    public var outputs: [PlanOutput]
    /// The planned budget (Kinh phí), in million đồng.
    public var budget: ExactDecimal?
    /// The unit in charge (Chủ trì).
    public var lead: String
    /// The coordinating units (Phối hợp, Thực hiện).
    public var coordinating: [String]
    /// When it starts, as written.
    public var start: PlanTime
    /// When it ends, as written.
    public var end: PlanTime
    /// For a recurring task (periodic reports), one due date per occurrence; empty otherwise.
    public var occurrences: [PlanOccurrence]
    /// The remark (Ghi chú).
    public var note: String?
    /// Where the row is in the seed text.
    public var source: PlanSource?

    /// A task.
    public init(
        id: String, group: String? = nil, content: String, indicator: PlanIndicator? = nil, outputs: [PlanOutput] = [],
        budget: ExactDecimal? = nil, lead: String, coordinating: [String] = [], start: PlanTime, end: PlanTime,
        occurrences: [PlanOccurrence] = [], note: String? = nil, source: PlanSource? = nil
    ) {
        self.id = id
        self.group = group
        self.content = content
        self.indicator = indicator
        self.outputs = outputs
        self.budget = budget
        self.lead = lead
        self.coordinating = coordinating
        self.start = start
        self.end = end
        self.occurrences = occurrences
        self.note = note
        self.source = source
    }

    /// Whether the task recurs (one due date per occurrence).
    public var isRecurring: Bool { !occurrences.isEmpty }

    /// The last day the task is on time in a plan for `year`: the last occurrence's due date, or
    /// the last day of ``end``; `nil` when the end is not a date (for example "after the inspection").
    public func due(year: Int) -> CalendarDate? {
        if let last = occurrences.map(\.due).max() { return last }
        return end.lastDay(year: year)
    }

    /// The first day of the task in a plan for `year`, when the start is a date.
    public func firstDay(year: Int) -> CalendarDate? { start.firstDay(year: year) }
}

/// The indicator of a task: a text and, optionally, a measurable target.
public struct PlanIndicator: Sendable, Hashable {
    /// The indicator as written.
    public var text: String
    /// A measurable target, when the indicator has one.
    public var target: PlanTarget?

    /// An indicator.
    public init(text: String, target: PlanTarget? = nil) {
        self.text = text
        self.target = target
    }
}

/// A measurable target: a metric of a framework and the value to reach.
public struct PlanTarget: Sendable, Hashable {
    /// The framework of the metric, when not the plan's.
    public var frameworkID: String?
    /// The metric id, for example "inspect.coverage".
    public var metric: String
    /// The value to reach (a percent for a metric).
    public var value: ExactDecimal

    /// A target.
    public init(frameworkID: String? = nil, metric: String, value: ExactDecimal) {
        self.frameworkID = frameworkID
        self.metric = metric
        self.value = value
    }
}

/// An output product of a task: the text of the plan and, optionally, the kind of document it is
/// (a document id of a framework leaf, such as `plan.cchc`), so that it may be cited as evidence.
public struct PlanOutput: Sendable, Hashable {
    /// The product as written, for example "Kế hoạch".
    public var text: String
    /// The document kind, for example "plan.cchc".
    public var kind: String?

    /// An output product.
    public init(text: String, kind: String? = nil) {
        self.text = text
        self.kind = kind
    }
}
