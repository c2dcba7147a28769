/// A leaf's rule with its facts, metrics, tiers and documents replaced by numbers, as
/// ``CompiledFramework`` scores it. Lists (tiers, deadline items, option percents) are ranges of
/// the compiled framework's flat tables, so that a rule holds no reference and scoring counts none.
/// A fact slot of -1 names a fact the framework does not declare (or not of the type the rule
/// reads): it is never given.
enum SlotRule: Sendable {
    case evidence(incomplete: SlotIncompleteEvidence, documents: Int)
    case boolean(fact: Int)
    case metricTiers(metric: Int, tiers: Range<Int>, whenUndefined: WhenUndefined)
    case factTiers(fact: Int, tiers: Range<Int>)
    case ratio(metric: Int, target: ExactDecimal, whenUndefined: WhenUndefined)
    case deadline(items: Range<Int>, mode: DeadlineMode, latePercent: ExactDecimal, missingPercent: ExactDecimal)
    case count(done: Int, total: SlotCountTotal, mode: CountMode, whenUndefined: WhenUndefined)
    /// The k-th element of `percents` is what the fact's k-th option earns.
    case ordinal(fact: Int, percents: Range<Int>)
    case direct
}

/// ``IncompleteEvidence`` without references.
enum SlotIncompleteEvidence: Sendable {
    case zero
    case proportional
    case percent(ExactDecimal)

    init(_ incomplete: IncompleteEvidence) {
        switch incomplete {
        case .zero: self = .zero
        case .proportional: self = .proportional
        case .percent(let p): self = .percent(p)
        }
    }
}

/// One dated item of a deadline rule, with its due date as `YYYYMMDD` less the evaluated year × 10,000.
struct SlotDeadline: Sendable {
    /// The fact's slot.
    var fact: Int
    /// Whether the fact holds dates; a fact of another type that is given does not count.
    var isDate: Bool
    /// The due date as `(yearOffset × 10,000 + month × 100 + day)`: add the year × 10,000.
    var due: Int64
    /// On or before (`true`), or before.
    var inclusive: Bool
}

/// The whole of a count rule.
enum SlotCountTotal: Sendable {
    case required(ExactDecimal)
    case fact(Int)
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
