/// `ordinal`: an answer mapped to a percent of the maximum.
package struct OrdinalRule: Sendable {
    /// The fact's slot; −1 when the framework has no answer fact of that id.
    let fact: Int
    /// What each of the fact's options earns, in the fact's order: a range of ``CompiledFramework/percents``.
    let percents: Range<Int>

    /// Compiles the rule.
    init(fact id: String, _ options: [OrdinalOption], _ c: inout RuleCompiler) {
        fact = c.slot(id, [.answer])
        let answers = fact >= 0 ? c.framework.facts[fact].options : []
        percents = c.append(answers.map { answer in options.first { $0.answer == answer }?.percent ?? 0 }, to: \.percents)
    }

    /// The points: `decider` is the position of the answer among the fact's options.
    @inline(__always)
    func evaluate(_ k: KernelInput, leaf: Int, max: ExactDecimal) -> LeafTrace {
        guard let answer = k.raw(fact) else { return .missingData }
        let option = Int(answer)
        return LeafTrace(.scored, points: max * k.framework.percents[percents.lowerBound + option] / 100, decider: option)
    }

    private static func model(_ r: LeafRendering) -> (fact: String, options: [OrdinalOption])? {
        if case .ordinal(let fact, let options)? = r.rule { return (fact, options) }
        return nil
    }

    /// "Mức độ …: trả lời Tốt = 100 % điểm tối đa → 1,00/1,00 điểm".
    func explanation(_ r: LeafRendering) -> String {
        guard let (id, options) = Self.model(r) else { return "" }
        guard r.trace.outcome != .missingData else { return RuleSentences.missing([id], r) }
        let answer = answerText(r)
        let percent = options.first { $0.answer == answer }?.percent ?? 0
        let s = r.style
        let points = r.outOf(r.trace.points ?? 0)
        return r.vi
            ? "\(r.title(id)): trả lời \(answer) = \(s.bound(percent)) điểm tối đa → \(points)"
            : "\(r.title(id)): answer \(answer) = \(s.bound(percent)) of the maximum → \(points)"
    }

    /// The best answer.
    func hint(_ r: LeafRendering) -> String? {
        guard let (id, options) = Self.model(r) else { return nil }
        guard r.trace.outcome != .missingData else { return RuleSentences.missingHint([id], r) }
        let points = r.trace.points ?? 0
        guard points < r.max else { return nil }
        let best = options.max { $0.percent < $1.percent }?.answer ?? "?"
        return r.vi
            ? "Đạt mức \(best) (\(r.title(id))) → \(r.gain(r.max - points))" : "Reach answer \(best) (\(r.title(id))) → \(r.gain(r.max - points))"
    }

    private func answerText(_ r: LeafRendering) -> String {
        guard fact >= 0 else { return "?" }
        let options = r.options(ofFact: fact)
        return options.indices.contains(r.trace.decider) ? options[r.trace.decider] : "?"
    }

    /// The fact, when it was not given.
    func missing(_ r: LeafRendering) -> [String] {
        guard r.trace.outcome == .missingData, let (id, _) = Self.model(r) else { return [] }
        return [RuleSentences.factList([id])]
    }
}
