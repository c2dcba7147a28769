/// What the rules' compile steps share while a framework is compiled: the slots of its facts
/// and metrics, and the flat tables their lists go into.
package struct RuleCompiler {
    /// The framework compiled.
    let framework: Framework
    /// The slot of each fact id (the first fact of that id).
    let factSlots: [String: Int]
    /// The position of each metric id (the first metric of that id).
    let metricPositions: [String: Int]
    /// The tiers of every tier rule.
    var tiers: [Tier] = []
    /// The items of every deadline rule.
    var deadlines: [SlotDeadline] = []
    /// The option percents of every ordinal rule.
    var percents: [ExactDecimal] = []
    /// The options of every survey rule.
    var surveyOptions: [SlotSurveyOption] = []

    /// The fact types that count and amount rules read.
    static let numbers: Set<Fact.ValueType> = [.count, .amount]

    /// A compiler for `framework`.
    init(_ framework: Framework) {
        self.framework = framework
        var factSlots: [String: Int] = [:]
        for (index, fact) in framework.facts.enumerated() where factSlots[fact.id] == nil { factSlots[fact.id] = index }
        self.factSlots = factSlots
        var metricPositions: [String: Int] = [:]
        for metric in framework.metrics where metricPositions[metric.id] == nil { metricPositions[metric.id] = metricPositions.count }
        self.metricPositions = metricPositions
    }

    /// The slot of fact `id` when it is of one of `types`; −1 otherwise (never given).
    func slot(_ id: String, _ types: Set<Fact.ValueType>) -> Int {
        guard let index = factSlots[id], types.contains(framework.facts[index].type) else { return -1 }
        return index
    }

    /// The position of metric `id`; −1 when the framework lacks it.
    func metric(_ id: String) -> Int { metricPositions[id] ?? -1 }

    /// Appends `items` to one of the tables and returns their range in it.
    mutating func append<T>(_ items: [T], to table: WritableKeyPath<RuleCompiler, [T]>) -> Range<Int> {
        self[keyPath: table] += items
        return self[keyPath: table].count - items.count..<self[keyPath: table].count
    }
}

/// One dated item of a deadline rule, with its due date as `YYYYMMDD` less the evaluated year × 10,000.
package struct SlotDeadline: Sendable {
    /// The fact's slot.
    var fact: Int
    /// Whether the fact holds dates; a fact of another type that is given does not count.
    var isDate: Bool
    /// The due date as `(yearOffset × 10,000 + month × 100 + day)`: add the year × 10,000.
    var due: Int64
    /// On or before (`true`), or before.
    var inclusive: Bool
}

/// A bonus or penalty item over a counted fact.
struct SlotAdjustmentItem: Sendable {
    var fact: Int
    var perOccurrence: ExactDecimal
    var cap: ExactDecimal
}

/// A bonus or penalty section: its items are a range of the compiled framework's item table.
struct SlotAdjustment: Sendable {
    var isBonus: Bool
    var cap: ExactDecimal
    var items: Range<Int>
}

/// A band: its lower bound.
struct SlotBand: Sendable {
    var lower: ExactDecimal
    var inclusive: Bool
}

/// One answer of a survey rule: the slot of the fact counting its respondents, and its percent.
package struct SlotSurveyOption: Sendable {
    /// The count fact's slot; −1 when the framework has no count fact of that id.
    var fact: Int
    /// The percent of the maximum that the answer earns.
    var percent: ExactDecimal
}
