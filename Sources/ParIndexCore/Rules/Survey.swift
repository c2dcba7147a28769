/// `survey`: survey points from the respondents' answers, with the sample checked.
///
/// Each answer has a count fact (respondents who gave it) and a percent of the maximum; the leaf
/// earns max × Σ countᵢ·percentᵢ ÷ (100 · Σ countᵢ). When the rule names a population N (the
/// transactions the sample is drawn from), the sample the method asks for is
/// n = ⌈N ÷ (1 + N·e²)⌉ (Yamane, e = the margin of error), and a smaller sample is flagged in the
/// explanation and the scorecard's warnings. A unit that was given only its survey score enters it
/// in `direct`, which is taken when no count is given.
package struct SurveyRule: Sendable {
    /// What ``LeafTrace/decider`` says of the sample.
    enum Sample: Int {
        /// The rule names no population: the sample is not checked.
        case unchecked = -1
        /// The respondents reach the required sample.
        case adequate = 0
        /// Fewer respondents than the required sample.
        case tooSmall = 1
        /// The population fact was not given: the sample cannot be checked.
        case populationMissing = 2
        /// No count was given; the points are the survey points given directly.
        case givenDirectly = 3
    }

    /// The answers: a range of ``CompiledFramework/surveyOptions``.
    let options: Range<Int>
    /// The population fact's slot; −1 when the rule names none or the framework lacks it.
    let population: Int
    /// Whether the rule names a population.
    let checksSample: Bool
    /// The margin of error e, in percent.
    let margin: ExactDecimal
    /// What no respondent at all gives.
    let whenUndefined: WhenUndefined

    /// Compiles the rule.
    init(_ options: [SurveyOption], population: String?, margin: ExactDecimal, _ when: WhenUndefined, _ c: inout RuleCompiler) {
        let compiler = c
        self.options = c.append(
            options.map { SlotSurveyOption(fact: compiler.slot($0.count, [.count]), percent: $0.percent) }, to: \.surveyOptions)
        self.population = population.map { c.slot($0, RuleCompiler.numbers) } ?? -1
        checksSample = population != nil
        self.margin = margin
        whenUndefined = when
    }

    /// The sample the method asks for from a population of `n`: ⌈N ÷ (1 + N·e²)⌉, e = `margin` %.
    package static func requiredSample(population n: ExactDecimal, margin: ExactDecimal) -> ExactDecimal {
        guard n > 0 else { return 0 }
        let exact = n * 10_000 / (10_000 + n * margin * margin)
        guard let m = exact.truncatedMillionths else { return exact }
        let whole = m.value / ExactDecimal.scale
        let isWhole = m.exact && m.value % ExactDecimal.scale == 0
        return ExactDecimal(Int(isWhole ? whole : whole + 1))
    }

    /// The points: `first` is the respondents, `second` the required sample, `decider` a ``Sample``.
    @inline(__always)
    func evaluate(_ k: KernelInput, leaf: Int, max: ExactDecimal) -> LeafTrace {
        var respondents: ExactDecimal = 0
        var weighted: ExactDecimal = 0
        var given = 0
        for index in options {
            let option = k.framework.surveyOptions[index]
            guard let count = k.number(option.fact) else { continue }
            given += 1
            respondents += count
            weighted += count * option.percent
        }
        if given == 0 {
            let direct = k.values[k.framework.directBase + leaf]
            guard direct != SubmissionSlots.absent else { return .missingData }
            return LeafTrace(.scored, points: ExactDecimal(raw: direct), decider: Sample.givenDirectly.rawValue)
        }
        guard given == options.count else { return .missingData }
        guard respondents > 0 else { return .nothingArose(whenUndefined, max: max) }
        let points = max * weighted / (respondents * 100)
        guard checksSample else { return LeafTrace(.scored, points: points, first: respondents, decider: Sample.unchecked.rawValue) }
        guard let n = k.number(population) else {
            return LeafTrace(.scored, points: points, first: respondents, decider: Sample.populationMissing.rawValue)
        }
        let required = Self.requiredSample(population: n, margin: margin)
        let sample: Sample = respondents >= required ? .adequate : .tooSmall
        return LeafTrace(.scored, points: points, first: respondents, second: required, decider: sample.rawValue)
    }

    private static func model(_ r: LeafRendering) -> (options: [SurveyOption], population: String?, margin: ExactDecimal)? {
        if case .survey(let options, let population, let margin, _)? = r.rule { return (options, population, margin) }
        return nil
    }

    /// The count facts not given, when some are.
    private static func missingCounts(_ r: LeafRendering) -> [String] {
        guard let (options, _, _) = model(r) else { return [] }
        return options.map(\.count).filter { r.number(fact: $0) == nil }
    }

    /// Whether no count at all was given (the unit may enter its survey points directly instead).
    private static func nothingGiven(_ r: LeafRendering) -> Bool {
        guard let (options, _, _) = model(r) else { return false }
        return missingCounts(r).count == options.count
    }

    /// What the sample says, or `nil` when there is nothing to say.
    package static func sampleNote(_ r: LeafRendering) -> String? {
        guard let (_, population, margin) = model(r), let sample = Sample(rawValue: r.trace.decider) else { return nil }
        let s = r.style
        let e = s.bound(margin)
        switch sample {
        case .unchecked, .givenDirectly: return nil
        case .populationMissing:
            let id = population ?? "?"
            return r.vi
                ? "chưa có \(r.title(id)) (\(id)): không kiểm tra được cỡ mẫu" : "\(r.title(id)) (\(id)) not given: the sample cannot be checked"
        case .adequate, .tooSmall:
            let n = population.flatMap { r.number(fact: $0) } ?? 0
            let relation = sample == .adequate ? "≥" : "<"
            let base = "n = \(s.quantity(r.trace.first)) \(relation) \(s.quantity(r.trace.second)) (N = \(s.quantity(n)), e = \(e))"
            if sample == .adequate { return r.vi ? "cỡ mẫu đủ: \(base)" : "sample large enough: \(base)" }
            return r.vi ? "CỠ MẪU CHƯA ĐỦ: \(base)" : "SAMPLE TOO SMALL: \(base)"
        }
    }

    /// "Khảo sát: A 120 × 100 %, B 30 × 75 % → 95 % điểm tối đa → 9,50/10,00 điểm; cỡ mẫu đủ: …".
    func explanation(_ r: LeafRendering) -> String {
        guard let (options, _, _) = Self.model(r) else { return "" }
        switch r.trace.outcome {
        case .missingData:
            let sentence = RuleSentences.missing(Self.missingCounts(r), r)
            guard Self.nothingGiven(r) else { return sentence }
            let key = "direct[\"\(r.leafID)\"]"
            return r.vi ? "\(sentence) (hoặc nhập điểm điều tra cho trực tiếp: \(key))" : "\(sentence) (or enter the survey points given: \(key))"
        case .nothingArose:
            return RuleSentences.nothingArose(LocalizedText(vi: "người trả lời khảo sát", en: "survey respondents"), r)
        default: break
        }
        let points = r.trace.points ?? 0
        if r.trace.decider == Sample.givenDirectly.rawValue {
            return r.vi ? "Điểm điều tra xã hội học (cho trực tiếp): \(r.outOf(points))" : "Survey points (given directly): \(r.outOf(points))"
        }
        let s = r.style
        let answers = options.map { option in
            "\(option.answer) \(s.quantity(r.number(fact: option.count) ?? 0)) × \(s.bound(option.percent))"
        }.joined(separator: ", ")
        let share = r.max > 0 ? points * 100 / r.max : 0
        let head = r.vi ? "Khảo sát \(s.quantity(r.trace.first)) người" : "Survey of \(s.quantity(r.trace.first))"
        let tail = r.vi ? "\(s.percent(share)) điểm tối đa" : "\(s.percent(share)) of the maximum"
        let sentence = "\(head): \(answers) → \(tail) → \(r.outOf(points))"
        return Self.sampleNote(r).map { "\(sentence); \($0)" } ?? sentence
    }

    /// What would win points back, or what is missing.
    func hint(_ r: LeafRendering) -> String? {
        guard Self.model(r) != nil else { return nil }
        switch r.trace.outcome {
        case .missingData: return RuleSentences.missingHint(Self.missingCounts(r), r)
        case .nothingArose: return nil
        default: break
        }
        let points = r.trace.points ?? 0
        guard points < r.max, r.trace.decider != Sample.givenDirectly.rawValue else { return nil }
        return r.vi
            ? "Nâng tỷ lệ người trả lời ở mức cao nhất → \(r.gain(r.max - points))"
            : "Raise the share of respondents at the best answer → \(r.gain(r.max - points))"
    }

    /// The counts not given.
    func missing(_ r: LeafRendering) -> [String] {
        guard r.trace.outcome == .missingData else { return [] }
        return Self.missingCounts(r).map { RuleSentences.factList([$0]) }
    }
}
