/// The win-back planner: how much more of what a rule counts would earn the points a leaf lost.
/// The rules write the sentences; the arithmetic lives here, so that every hint computes "the
/// smallest number of files that reaches the threshold" the same way.
enum WinBack {
    /// How a metric must move to enter a tier.
    enum Change: Equatable {
        /// This many more above the line.
        case more(ExactDecimal)
        /// This many fewer above the line (a lower-is-better metric).
        case fewer(ExactDecimal)
    }

    /// The tier that earns the fewest points above `current`; `nil` when none earns more.
    static func nearestBetterTier(_ tiers: [Tier], than current: ExactDecimal) -> Tier? {
        tiers.filter { $0.points > current }.min { $0.points < $1.points }
    }

    /// The nearest value of a count or amount inside `tier`, from `value`.
    static func valueInside(_ tier: Tier, from value: ExactDecimal) -> ExactDecimal {
        guard tier.lower >= value else { return tier.upper ?? tier.lower }
        return (tier.lowerInclusive ? tier.lower : tier.lower + 1).ceilingValue
    }

    /// The smallest change of the numerator `n` (over `d`, in percent) that enters `tier`.
    static func change(toReach tier: Tier, numerator n: ExactDecimal, denominator d: ExactDecimal) -> Change {
        let value = n * 100 / d
        if tier.lower >= value {
            // The smallest k with (n + k) / d × 100 inside the tier's lower bound.
            let exact = tier.lower * d / 100
            var needed = exact.ceilingValue
            if !tier.lowerInclusive && needed == exact { needed += 1 }
            return .more(Swift.max(needed - n, 1))
        }
        // A lower-is-better metric: the largest numerator inside the tier's upper bound.
        let upper = tier.upper ?? tier.lower
        let exact = upper * d / 100
        var allowed = exact.rounded(scale: 0)
        if allowed > exact { allowed -= 1 }
        if !tier.upperInclusive && allowed == exact { allowed -= 1 }
        return .fewer(Swift.max(n - allowed, 1))
    }

    /// How many more above the line reach `target` percent of `d`.
    static func moreToReach(percent target: ExactDecimal, numerator n: ExactDecimal, denominator d: ExactDecimal) -> ExactDecimal {
        (target * d / 100).ceilingValue - n
    }

    /// Points lost, largest first, then in tree order (`position`).
    static func ordered(_ lost: [(LostPoints, Int)]) -> [LostPoints] {
        lost.sorted { a, b in a.0.points != b.0.points ? a.0.points > b.0.points : a.1 < b.1 }.map(\.0)
    }
}
