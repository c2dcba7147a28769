/// A unit's annual PAR plan (Kế hoạch cải cách hành chính năm): who issued it, for which year and
/// unit, and its tasks grouped by the plan's sections. See <doc:PlanFormat>.
public struct Plan: Sendable, Hashable {
    /// The newest plan format version this library reads.
    public static let supportedFormatVersion = 1

    /// The file it was read from, for messages.
    public var file: String
    /// Who issued the plan, for example "Sở Y tế tỉnh Đắk Nông".
    public var issuer: String
    /// The number as written, for example "4353/QĐ-UBND" (may be blank in a draft: "/KH-SYT").
    public var number: String?
    /// The date of issue, when the plan gives one.
    public var date: CalendarDate?
    /// The date as written when it is not a whole date, for example "tháng 12 năm 2019".
    public var dateText: String?
    /// The year the plan is for.
    public var year: Int
    /// The unit whose plan it is.
    public var unit: PlanUnit
    /// The framework whose facts the plan feeds, if said.
    public var frameworkID: String?
    /// Where the plan's table comes from.
    public var source: PlanSource?
    /// The sections (the PAR fields), in the order of the plan.
    public var sections: [PlanSection]

    /// A plan.
    public init(
        file: String, issuer: String, number: String? = nil, date: CalendarDate? = nil, dateText: String? = nil, year: Int,
        unit: PlanUnit, frameworkID: String? = nil, source: PlanSource? = nil, sections: [PlanSection]
    ) {
        self.file = file
        self.issuer = issuer
        self.number = number
        self.date = date
        self.dateText = dateText
        self.year = year
        self.unit = unit
        self.frameworkID = frameworkID
        self.source = source
        self.sections = sections
    }

    /// Every task in plan order.
    public var tasks: [PlanTask] { sections.flatMap(\.tasks) }

    /// The task with `id`.
    public func task(_ id: String) -> PlanTask? { tasks.first { $0.id == id } }

    /// The planned budget of every task, in million đồng.
    public var budget: ExactDecimal { tasks.reduce(0) { $0 + ($1.budget ?? 0) } }
}

/// The unit a plan belongs to.
public struct PlanUnit: Sendable, Hashable {
    /// The unit id, as in submissions.
    public var id: String
    /// The name, for example "Sở Y tế".
    public var name: String
    /// The kind of unit, for the submission `plan facts` writes.
    public var kind: UnitKind?
    /// The province.
    public var province: String?

    /// A unit.
    public init(id: String, name: String, kind: UnitKind? = nil, province: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.province = province
    }
}

/// A section of a plan: one PAR field, for example "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC".
public struct PlanSection: Sendable, Hashable {
    /// The id, for example "I".
    public var id: String
    /// The title as written.
    public var title: String
    /// Where the section heading is in the seed text.
    public var source: PlanSource?
    /// The tasks.
    public var tasks: [PlanTask]

    /// A section.
    public init(id: String, title: String, source: PlanSource? = nil, tasks: [PlanTask]) {
        self.id = id
        self.title = title
        self.source = source
        self.tasks = tasks
    }
}

/// Where a piece of a plan comes from: a file and line of its source text, and words quoted from
/// it (checked by `scripts/check-plan-quotes.py`).
public struct PlanSource: Sendable, Hashable {
    /// The source file, for example "000_0ae876b4ae5d54f5.txt".
    public var seed: String
    /// The 1-based line where the quote starts.
    public var line: Int
    /// Words of the source, starting on that line.
    public var quote: String

    /// A source.
    public init(seed: String, line: Int, quote: String) {
        self.seed = seed
        self.line = line
        self.quote = quote
    }
}
