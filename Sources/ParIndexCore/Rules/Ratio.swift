/// `ratio`: points = max × min(rate ÷ target, 1), with one division, and the target reached
/// decided by cross-multiplication.
package struct RatioRule: Sendable {
    /// The metric's position; −1 when the framework lacks it.
    let metric: Int
    /// The target, in percent.
    let target: ExactDecimal
    /// What a zero denominator gives.
    let whenUndefined: WhenUndefined

    /// Compiles the rule.
    init(metric id: String, target: ExactDecimal, _ when: WhenUndefined, _ c: RuleCompiler) {
        metric = c.metric(id)
        self.target = target
        whenUndefined = when
    }

    /// The points: `first`/`second` are the metric's parts; `decider` is 1 when the target is reached.
    @inline(__always)
    func evaluate(_ k: KernelInput, leaf: Int, max: ExactDecimal) -> LeafTrace {
        guard let (n, d) = k.parts(metric) else { return .missingData }
        if d == 0 { return .nothingArose(whenUndefined, max: max) }
        let reachesTarget = ExactDecimal.crossCompare(n, 100, target, d) != .orderedAscending
        let points = reachesTarget ? max : max * n * 100 / (d * target)
        return LeafTrace(.scored, points: points, first: n, second: d, decider: reachesTarget ? 1 : 0)
    }

    private static func metricID(_ r: LeafRendering) -> String {
        if case .ratio(let id, _, _)? = r.rule { return id }
        return ""
    }

    /// "Tỷ lệ … 80,00 % (80/100) so với mục tiêu 90 % = 88,89 % × 2,00 → 1,78/2,00 điểm".
    func explanation(_ r: LeafRendering) -> String {
        let id = Self.metricID(r)
        switch r.trace.outcome {
        case .missingData: return RuleSentences.missing(r.missingFacts(ofMetric: id), r)
        case .nothingArose: return RuleSentences.nothingArose(RuleSentences.denominatorTitle(ofMetric: id, r), r)
        default: break
        }
        let s = r.style
        let (n, d) = (r.trace.first, r.trace.second)
        let share = r.trace.decider == 1 ? ExactDecimal(100) : n * 100 * 100 / (d * target)
        let ofTarget =
            target == 100
            ? ""
            : (r.vi
                ? " so với mục tiêu \(s.bound(target)) = \(s.percent(share))"
                : " against a target of \(s.bound(target)) = \(s.percent(share))")
        let shownRate = ExactDecimal.percent(n, of: d, decimals: s.display.percentDecimals)
        return
            "\(r.title(id)) \(s.percent(shownRate)) (\(s.quantity(n))/\(s.quantity(d)))\(ofTarget) × \(s.points(r.max)) → \(r.outOf(r.trace.points ?? 0))"
    }

    /// How many more reach the target.
    func hint(_ r: LeafRendering) -> String? {
        let id = Self.metricID(r)
        switch r.trace.outcome {
        case .missingData: return RuleSentences.missingHint(r.missingFacts(ofMetric: id), r)
        case .nothingArose: return nil
        default: break
        }
        guard r.trace.decider == 0 else { return nil }
        let s = r.style
        let k = WinBack.moreToReach(percent: target, numerator: r.trace.first, denominator: r.trace.second)
        let subject = RuleSentences.subject(ofMetric: id, r)
        let gain = r.gain(r.max - (r.trace.points ?? 0))
        return r.vi
            ? "Thêm \(s.quantity(k)) (\(subject)) để đạt \(s.bound(target)) → \(gain)"
            : "\(s.quantity(k)) more (\(subject)) reach \(s.bound(target)) → \(gain)"
    }

    /// The facts not given.
    func missing(_ r: LeafRendering) -> [String] {
        guard r.trace.outcome == .missingData else { return [] }
        return r.missingFacts(ofMetric: Self.metricID(r)).map { RuleSentences.factList([$0]) }
    }
}
