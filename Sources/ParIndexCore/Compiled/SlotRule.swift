/// A leaf's rule with its facts, metrics and documents replaced by slot numbers, as
/// ``CompiledFramework`` scores it. A slot of -1 names a fact the framework does not declare (or
/// not of the type the rule reads): it is never given.
enum SlotRule: Sendable {
    case evidence(incomplete: IncompleteEvidence, documents: Int)
    case boolean(fact: Int)
    case metricTiers(metric: Int, tiers: [Tier], whenUndefined: WhenUndefined)
    case factTiers(fact: Int, tiers: [Tier])
    case ratio(metric: Int, target: ExactDecimal, whenUndefined: WhenUndefined)
    case deadline(items: [SlotDeadline], mode: DeadlineMode, latePercent: ExactDecimal, missingPercent: ExactDecimal)
    case count(done: Int, total: SlotCountTotal, mode: CountMode, whenUndefined: WhenUndefined)
    /// `percents[k]` is what the fact's k-th option earns.
    case ordinal(fact: Int, percents: [ExactDecimal])
    case direct
}

/// One dated item of a deadline rule.
struct SlotDeadline: Sendable {
    /// The fact's slot.
    var fact: Int
    /// Whether the fact holds dates; a fact of another type that is given does not count.
    var isDate: Bool
    var due: DueDate
}

/// The whole of a count rule.
enum SlotCountTotal: Sendable {
    case required(ExactDecimal)
    case fact(Int)
}

/// A metric as the slots of the facts above and below the line.
struct SlotMetric: Sendable {
    var numerator: [Int]
    var denominator: [Int]
}

/// A bonus or penalty section over counted facts.
struct SlotAdjustment: Sendable {
    var kind: AdjustmentSection.Kind
    var cap: ExactDecimal
    var items: [(fact: Int, perOccurrence: ExactDecimal, cap: ExactDecimal)]
}
