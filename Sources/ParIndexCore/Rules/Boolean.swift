/// `boolean`: full points when a yes/no fact is `true`.
package struct BooleanRule: Sendable {
    /// The fact's slot; −1 when the framework has no boolean fact of that id.
    let fact: Int

    /// Compiles the rule.
    init(fact id: String, _ c: RuleCompiler) {
        fact = c.slot(id, [.boolean])
    }

    /// The points: `first` is 1 for yes, 0 for no.
    @inline(__always)
    func evaluate(_ k: KernelInput, leaf: Int, max: ExactDecimal) -> LeafTrace {
        guard let value = k.raw(fact) else { return .missingData }
        return value != 0 ? LeafTrace(.scored, points: max, first: 1) : LeafTrace(.scored, points: 0, first: 0)
    }

    private static func fact(_ r: LeafRendering) -> String {
        if case .boolean(let id)? = r.rule { return id }
        return ""
    }

    /// "Có kế hoạch: Có → 1,00/1,00 điểm".
    func explanation(_ r: LeafRendering) -> String {
        let id = Self.fact(r)
        guard r.trace.outcome != .missingData else { return RuleSentences.missing([id], r) }
        let answer = r.trace.first != 0 ? (r.vi ? "Có" : "Yes") : (r.vi ? "Không" : "No")
        return "\(r.title(id)): \(answer) → \(r.outOf(r.trace.points ?? 0))"
    }

    /// What to do for a "no".
    func hint(_ r: LeafRendering) -> String? {
        let id = Self.fact(r)
        guard r.trace.outcome != .missingData else { return RuleSentences.missingHint([id], r) }
        guard r.trace.first == 0 else { return nil }
        return r.vi ? "Đáp ứng yêu cầu: \(r.title(id))" : "Meet the requirement: \(r.title(id))"
    }

    /// The fact, when it was not given.
    func missing(_ r: LeafRendering) -> [String] {
        r.trace.outcome == .missingData ? [RuleSentences.factList([Self.fact(r)])] : []
    }
}
