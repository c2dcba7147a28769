/// `count`: n of m done, proportionally or all-or-nothing; m is fixed or a fact.
package struct CountRule: Sendable {
    /// The whole that the rule divides by.
    enum Whole: Sendable {
        case required(ExactDecimal)
        case fact(Int)
    }

    /// The slot of the fact of things done.
    let done: Int
    /// The whole.
    let whole: Whole
    /// Proportional or all.
    let mode: CountMode
    /// What a whole of zero gives.
    let whenUndefined: WhenUndefined

    /// Compiles the rule.
    init(done id: String, of total: CountTotal, _ mode: CountMode, _ when: WhenUndefined, _ c: RuleCompiler) {
        done = c.slot(id, RuleCompiler.numbers)
        switch total {
        case .required(let n): whole = .required(ExactDecimal(n))
        case .fact(let id): whole = .fact(c.slot(id, RuleCompiler.numbers))
        }
        self.mode = mode
        whenUndefined = when
    }

    /// The points: `first` is the things done, `second` the things required.
    @inline(__always)
    func evaluate(_ k: KernelInput, leaf: Int, max: ExactDecimal) -> LeafTrace {
        guard let done = k.number(done) else { return .missingData }
        let required: ExactDecimal
        switch whole {
        case .required(let r): required = r
        case .fact(let fact):
            guard let t = k.number(fact) else { return .missingData }
            if t == 0 { return .nothingArose(whenUndefined, max: max) }
            required = t
        }
        let counted = Swift.min(done, required)
        let points: ExactDecimal
        switch mode {
        case .proportional: points = counted == required ? max : max * counted / required
        case .all: points = done >= required ? max : 0
        }
        return LeafTrace(.scored, points: points, first: done, second: required)
    }

    private static func model(_ r: LeafRendering) -> (done: String, total: CountTotal)? {
        if case .count(let done, let total, _, _)? = r.rule { return (done, total) }
        return nil
    }

    /// The fact that was not given: the things done first, then the whole.
    private static func missing(_ r: LeafRendering) -> [String] {
        guard let (done, total) = model(r) else { return [] }
        if r.number(fact: done) == nil { return [done] }
        if case .fact(let id) = total { return [id] }
        return []
    }

    /// "Số nhiệm vụ hoàn thành 58/64 (tính theo tỷ lệ) → 1,81/2,00 điểm".
    func explanation(_ r: LeafRendering) -> String {
        guard let (done, total) = Self.model(r) else { return "" }
        switch r.trace.outcome {
        case .missingData: return RuleSentences.missing(Self.missing(r), r)
        case .nothingArose:
            if case .fact(let id) = total { return RuleSentences.nothingArose(r.titleText(id), r) }
            return ""
        default: break
        }
        let s = r.style
        let required = r.trace.second
        let how =
            mode == .all
            ? (r.vi ? "cần đủ \(s.quantity(required))" : "all \(s.quantity(required)) required") : (r.vi ? "tính theo tỷ lệ" : "proportional")
        return "\(r.title(done)) \(s.quantity(r.trace.first))/\(s.quantity(required)) (\(how)) → \(r.outOf(r.trace.points ?? 0))"
    }

    /// How many more to complete.
    func hint(_ r: LeafRendering) -> String? {
        guard let (done, _) = Self.model(r) else { return nil }
        switch r.trace.outcome {
        case .missingData: return RuleSentences.missingHint(Self.missing(r), r)
        case .nothingArose: return nil
        default: break
        }
        let points = r.trace.points ?? 0
        guard points < r.max else { return nil }
        let s = r.style
        let more = r.trace.second - Swift.min(r.trace.first, r.trace.second)
        return r.vi
            ? "Hoàn thành thêm \(s.quantity(more)) (\(r.title(done))) → \(r.gain(r.max - points))"
            : "Complete \(s.quantity(more)) more (\(r.title(done))) → \(r.gain(r.max - points))"
    }

    /// The fact not given.
    func missing(_ r: LeafRendering) -> [String] {
        r.trace.outcome == .missingData ? Self.missing(r).map { RuleSentences.factList([$0]) } : []
    }
}
