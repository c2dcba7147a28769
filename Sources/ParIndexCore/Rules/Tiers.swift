/// `tiers`: step tiers over a metric (in percent, compared by cross-multiplication so that no
/// division rounds the rate) or over a count or amount fact.
package struct TiersRule: Sendable {
    /// The metric's position; −1 for a fact source (or a metric the framework lacks).
    let metric: Int
    /// The fact's slot for a fact source; −1 otherwise.
    let fact: Int
    /// The tiers, a range of ``CompiledFramework/tiers``.
    let tiers: Range<Int>
    /// What a zero denominator gives.
    let whenUndefined: WhenUndefined
    /// Whether the source is a metric.
    let isMetric: Bool

    /// Compiles the rule.
    init(_ source: ValueSource, _ tiers: [Tier], _ when: WhenUndefined, _ c: inout RuleCompiler) {
        switch source {
        case .metric(let id):
            metric = c.metric(id)
            fact = -1
            isMetric = true
        case .fact(let id):
            metric = -1
            fact = c.slot(id, RuleCompiler.numbers)
            isMetric = false
        }
        self.tiers = c.append(tiers, to: \.tiers)
        whenUndefined = when
    }

    /// The points: `first`/`second` are the metric's parts (or `first` the fact's value);
    /// `decider` is the tier that matched.
    @inline(__always)
    func evaluate(_ k: KernelInput, leaf: Int, max: ExactDecimal) -> LeafTrace {
        if isMetric {
            guard let (n, d) = k.parts(metric) else { return .missingData }
            if d == 0 { return .nothingArose(whenUndefined, max: max) }
            let scaled = n * 100
            for position in tiers where k.framework.tiers[position].contains(numerator: scaled, denominator: d) {
                return LeafTrace(.scored, points: k.framework.tiers[position].points, first: n, second: d, decider: position - tiers.lowerBound)
            }
            return LeafTrace(.scored, points: 0, first: n, second: d)
        }
        guard let value = k.number(fact) else { return .missingData }
        for position in tiers where k.framework.tiers[position].contains(value) {
            return LeafTrace(.scored, points: k.framework.tiers[position].points, first: value, decider: position - tiers.lowerBound)
        }
        return LeafTrace(.scored, points: 0, first: value)
    }

    private static func model(_ r: LeafRendering) -> (source: ValueSource, tiers: [Tier])? {
        if case .tiers(let source, let tiers, _)? = r.rule { return (source, tiers) }
        return nil
    }

    /// The ids of the facts not given.
    private static func missing(_ source: ValueSource, _ r: LeafRendering) -> [String] {
        switch source {
        case .metric(let id): r.missingFacts(ofMetric: id)
        case .fact(let id): [id]
        }
    }

    /// "Tỷ lệ hồ sơ đúng hạn 96,88 % (1.240/1.280) ≥ 95 % → 2,00/2,00 điểm".
    func explanation(_ r: LeafRendering) -> String {
        guard let (source, tiers) = Self.model(r) else { return "" }
        switch r.trace.outcome {
        case .missingData: return RuleSentences.missing(Self.missing(source, r), r)
        case .nothingArose: return RuleSentences.nothingArose(RuleSentences.denominatorTitle(ofMetric: source.id, r), r)
        default: break
        }
        let s = r.style
        let shown: String
        if isMetric {
            let (n, d) = (r.trace.first, r.trace.second)
            let rate = ExactDecimal.percent(n, of: d, decimals: s.display.percentDecimals)
            shown = "\(r.title(source.id)) \(s.percent(rate)) (\(s.quantity(n))/\(s.quantity(d)))"
        } else {
            shown = "\(r.title(source.id)) \(s.quantity(r.trace.first))"
        }
        let tier = tiers.indices.contains(r.trace.decider) ? tiers[r.trace.decider] : nil
        let bounds = tier?.boundsText(percent: isMetric, decimals: s.display.percentDecimals, language: s.language) ?? "?"
        return "\(shown) \(bounds) → \(r.outOf(r.trace.points ?? 0))"
    }

    /// The nearest better tier and how far it is (see ``WinBack``).
    func hint(_ r: LeafRendering) -> String? {
        guard let (source, tiers) = Self.model(r) else { return nil }
        switch r.trace.outcome {
        case .missingData: return RuleSentences.missingHint(Self.missing(source, r), r)
        case .nothingArose: return nil
        default: break
        }
        let current = r.trace.points ?? 0
        guard current < r.max else { return nil }
        guard let target = WinBack.nearestBetterTier(tiers, than: current) else { return "—" }
        let s = r.style
        let gain = r.gain(target.points - current)
        guard isMetric else {
            let value = r.trace.first
            let subject = r.title(source.id)
            let needed = WinBack.valueInside(target, from: value)
            let bounds = target.boundsText(percent: false, decimals: s.display.percentDecimals, language: s.language)
            return r.vi
                ? "\(subject) cần đạt \(bounds) (hiện \(s.quantity(value)), cần \(s.quantity(needed))) → \(gain)"
                : "\(subject) must be \(bounds) (now \(s.quantity(value)), needs \(s.quantity(needed))) → \(gain)"
        }
        let (n, d) = (r.trace.first, r.trace.second)
        let subject = RuleSentences.subject(ofMetric: source.id, r)
        switch WinBack.change(toReach: target, numerator: n, denominator: d) {
        case .more(let k):
            let reached = (n + k) * 100 / d
            return r.vi
                ? "Thêm \(s.quantity(k)) (\(subject)) để đạt \(s.percent(reached)) (\(s.quantity(n + k))/\(s.quantity(d))) → \(gain)"
                : "\(s.quantity(k)) more (\(subject)) reach \(s.percent(reached)) (\(s.quantity(n + k))/\(s.quantity(d))) → \(gain)"
        case .fewer(let k):
            let bounds = target.boundsText(percent: true, decimals: s.display.percentDecimals, language: s.language)
            return r.vi
                ? "Giảm \(s.quantity(k)) (\(subject)) để về \(bounds) → \(gain)"
                : "\(s.quantity(k)) fewer (\(subject)) bring it to \(bounds) → \(gain)"
        }
    }

    /// The facts not given.
    func missing(_ r: LeafRendering) -> [String] {
        guard r.trace.outcome == .missingData, let (source, _) = Self.model(r) else { return [] }
        return Self.missing(source, r).map { RuleSentences.factList([$0]) }
    }
}
