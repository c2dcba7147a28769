import Foundation

/// How a leaf turns facts, documents and given points into points. See <doc:CriteriaFormat>.
public enum Rule: Sendable, Hashable {
    /// Full points when every required document is present.
    case evidence(incomplete: IncompleteEvidence)
    /// Full points when a yes/no fact is `true`.
    case boolean(fact: String)
    /// Step tiers over a metric (percent) or a count/amount fact.
    case tiers(source: ValueSource, tiers: [Tier], whenUndefined: WhenUndefined)
    /// Points = max × min(value ÷ target, 1).
    case ratio(metric: String, target: ExactDecimal, whenUndefined: WhenUndefined)
    /// Dated facts against due dates.
    case deadline(items: [DeadlineItem], mode: DeadlineMode, latePercent: ExactDecimal, missingPercent: ExactDecimal)
    /// n of m done.
    case count(done: String, of: CountTotal, mode: CountMode, whenUndefined: WhenUndefined)
    /// An answer mapped to a percent of the maximum.
    case ordinal(fact: String, options: [OrdinalOption])
    /// Points given directly, by the survey or the appraisal council.
    case direct(source: DirectSource)
    /// Survey points from the respondents' answers: max × Σ countᵢ·percentᵢ ÷ (100 · Σ countᵢ), with
    /// the sample checked against n = ⌈N ÷ (1 + N·e²)⌉ when the population N is named; points given
    /// directly are taken when no count is.
    case survey(options: [SurveyOption], population: String?, margin: ExactDecimal, whenUndefined: WhenUndefined)

    /// The rule's kind as written in files.
    public var kindName: String {
        switch self {
        case .evidence: "evidence"
        case .boolean: "boolean"
        case .tiers: "tiers"
        case .ratio: "ratio"
        case .deadline: "deadline"
        case .count: "count"
        case .ordinal: "ordinal"
        case .direct: "direct"
        case .survey: "survey"
        }
    }

    /// Whether a submission may give the leaf's points directly (`direct`): always for a `direct`
    /// rule; for a `survey` rule, by a unit that only receives its survey score.
    public var takesDirectPoints: Bool {
        switch self {
        case .direct, .survey: true
        default: false
        }
    }

    /// Every rule kind a framework may use.
    public static let kindNames = ["evidence", "boolean", "tiers", "ratio", "deadline", "count", "ordinal", "direct", "survey"]
}

/// What a partial set of evidence documents earns.
public enum IncompleteEvidence: Sendable, Hashable {
    /// Nothing.
    case zero
    /// The share of documents present × max.
    case proportional
    /// A fixed percent of the maximum.
    case percent(ExactDecimal)
}

/// What a rule does when its denominator is zero (nothing arose: không phát sinh).
public enum WhenUndefined: String, Sendable, Hashable {
    /// The leaf leaves the maximum.
    case notApplicable
    /// The leaf earns its maximum.
    case full
    /// The leaf earns nothing.
    case zero
}

/// What a tier rule reads.
public enum ValueSource: Sendable, Hashable {
    /// A metric, in percent.
    case metric(String)
    /// A count or amount fact, as is.
    case fact(String)

    /// The id of the metric or fact.
    public var id: String {
        switch self {
        case .metric(let id), .fact(let id): id
        }
    }
}

/// One step of a tier rule: values within the bounds earn ``points``.
public struct Tier: Sendable, Hashable {
    /// The lower bound.
    public var lower: ExactDecimal
    /// Whether a value equal to ``lower`` is in the tier.
    public var lowerInclusive: Bool
    /// The upper bound; `nil` for none.
    public var upper: ExactDecimal?
    /// Whether a value equal to ``upper`` is in the tier.
    public var upperInclusive: Bool
    /// The points earned.
    public var points: ExactDecimal

    /// Whether `value` is within the tier's bounds, compared exactly.
    public func contains(_ value: ExactDecimal) -> Bool {
        let aboveLower = lowerInclusive ? value >= lower : value > lower
        guard aboveLower else { return false }
        guard let upper else { return true }
        return upperInclusive ? value <= upper : value < upper
    }

    /// Whether the ratio `numerator / denominator` (denominator > 0) is within the tier's bounds.
    ///
    /// Compared by cross-multiplication, so no division ever rounds the value: 949/1000 × 100
    /// is below 95 and 950/1000 × 100 is not.
    public func contains(numerator: ExactDecimal, denominator: ExactDecimal) -> Bool {
        let lowerOrder = ExactDecimal.crossCompare(numerator, 1, lower, denominator)
        let aboveLower = lowerInclusive ? lowerOrder != .orderedAscending : lowerOrder == .orderedDescending
        guard aboveLower else { return false }
        guard let upper else { return true }
        let upperOrder = ExactDecimal.crossCompare(numerator, 1, upper, denominator)
        return upperInclusive ? upperOrder != .orderedDescending : upperOrder == .orderedAscending
    }

    /// The bounds as people write them, for example `≥ 95 %` or `từ 80 % đến dưới 95 %`.
    public func boundsText(percent: Bool, decimals: Int, language: Language) -> String {
        let suffix = percent ? " %" : ""
        func number(_ value: ExactDecimal) -> String {
            let text = value.formatted(decimals: value.isWholeNumber ? 0 : decimals, language: language)
            return text + suffix
        }
        let low = (lowerInclusive ? "≥ " : "> ") + number(lower)
        guard let upper else { return low }
        let high = (upperInclusive ? "≤ " : "< ") + number(upper)
        if lower == 0 && lowerInclusive { return high }
        return low + (language == .vi ? " và " : " and ") + high
    }
}

/// One dated fact of a deadline rule.
public struct DeadlineItem: Sendable, Hashable {
    /// The `date` fact.
    public var fact: String
    /// When it is due.
    public var due: DueDate
}

/// A due-date rule.
public struct DueDate: Sendable, Hashable {
    /// The month, 1–12.
    public var month: Int
    /// The day of the month.
    public var day: Int
    /// Years added to the evaluated year.
    public var yearOffset: Int
    /// `true` for "on or before", `false` for "before".
    public var inclusive: Bool
    /// The quarter, when the rule was written as "the n-th month of quarter q".
    public var quarter: Int?

    /// The due date in the evaluated `year`.
    public func date(inYear year: Int) -> CalendarDate {
        CalendarDate(year: year + yearOffset, month: month, day: day)
    }

    /// Whether a date meets the deadline.
    public func isMet(by date: CalendarDate, year: Int) -> Bool {
        let due = self.date(inYear: year)
        return inclusive ? date <= due : date < due
    }
}

/// How a deadline rule adds up its items.
public enum DeadlineMode: String, Sendable, Hashable {
    /// All on time earns the maximum; else the late share if all were sent; else the missing share.
    case all
    /// Each item is worth an equal share.
    case perItem
}

/// The whole that a count rule divides by.
public enum CountTotal: Sendable, Hashable {
    /// A fixed number of things required.
    case required(Int)
    /// A count fact.
    case fact(String)
}

/// How a count rule turns n of m into points.
public enum CountMode: String, Sendable, Hashable {
    /// max × min(n, m) ÷ m.
    case proportional
    /// The maximum only when n ≥ m.
    case all
}

/// An answer of an ordinal rule and its share of the maximum.
public struct OrdinalOption: Sendable, Hashable {
    /// The answer, one of the fact's options.
    public var answer: String
    /// The percent of the maximum it earns.
    public var percent: ExactDecimal
}

/// An answer of a survey rule: the fact counting the respondents who gave it, and its share of the maximum.
public struct SurveyOption: Sendable, Hashable {
    /// The answer as the questionnaire prints it ("A", "Rất hài lòng").
    public var answer: String
    /// The count fact: how many respondents gave this answer.
    public var count: String
    /// The percent of the maximum that this answer earns.
    public var percent: ExactDecimal

    /// An option.
    public init(answer: String, count: String, percent: ExactDecimal) {
        self.answer = answer
        self.count = count
        self.percent = percent
    }
}

/// Who gives a direct leaf its points.
public enum DirectSource: String, Sendable, Hashable {
    /// The sociological survey (điều tra xã hội học).
    case survey
    /// The appraisal council (hội đồng thẩm định).
    case appraisal
}

// MARK: - The rule kinds

// Each rule kind lives in one file of `Rules/` that holds its compile step, its arithmetic and
// its sentences. The lists below are the only other place that names them: a new rule kind adds
// a case to `Rule` (above), a case to `CompiledRule` and one line to each switch, its decoding to
// `Decoding/RuleDecoder.swift`, and its file.

/// A leaf's rule compiled for the kernel: facts, metrics and lists replaced by slot numbers and
/// ranges of the compiled framework's flat tables, so that a rule holds no reference and scoring
/// counts none.
package enum CompiledRule: Sendable {
    case evidence(EvidenceRule)
    case boolean(BooleanRule)
    case tiers(TiersRule)
    case ratio(RatioRule)
    case deadline(DeadlineRule)
    case count(CountRule)
    case ordinal(OrdinalRule)
    case direct(DirectRule)
    case survey(SurveyRule)
}

extension Rule {
    /// The rule of `leaf` compiled against the compiler's framework.
    func compile(leaf: Node, _ c: inout RuleCompiler) -> CompiledRule {
        switch self {
        case .evidence(let incomplete): .evidence(EvidenceRule(incomplete, leaf: leaf))
        case .boolean(let fact): .boolean(BooleanRule(fact: fact, c))
        case .tiers(let source, let tiers, let when): .tiers(TiersRule(source, tiers, when, &c))
        case .ratio(let metric, let target, let when): .ratio(RatioRule(metric: metric, target: target, when, c))
        case .deadline(let items, let mode, let late, let missing): .deadline(DeadlineRule(items, mode, late: late, missing: missing, &c))
        case .count(let done, let total, let mode, let when): .count(CountRule(done: done, of: total, mode, when, c))
        case .ordinal(let fact, let options): .ordinal(OrdinalRule(fact: fact, options, &c))
        case .direct: .direct(DirectRule())
        case .survey(let options, let population, let margin, let when):
            .survey(SurveyRule(options, population: population, margin: margin, when, &c))
        }
    }
}

extension CompiledRule {
    /// The rule's points for leaf `leaf` (of maximum `max`), with what decided them.
    @inline(__always)
    func evaluate(_ k: KernelInput, leaf: Int, max: ExactDecimal) -> LeafTrace {
        switch self {
        case .evidence(let rule): rule.evaluate(k, leaf: leaf, max: max)
        case .boolean(let rule): rule.evaluate(k, leaf: leaf, max: max)
        case .tiers(let rule): rule.evaluate(k, leaf: leaf, max: max)
        case .ratio(let rule): rule.evaluate(k, leaf: leaf, max: max)
        case .deadline(let rule): rule.evaluate(k, leaf: leaf, max: max)
        case .count(let rule): rule.evaluate(k, leaf: leaf, max: max)
        case .ordinal(let rule): rule.evaluate(k, leaf: leaf, max: max)
        case .direct(let rule): rule.evaluate(k, leaf: leaf, max: max)
        case .survey(let rule): rule.evaluate(k, leaf: leaf, max: max)
        }
    }

    /// One sentence with the inputs and the points, in the rendering's language.
    func explanation(_ r: LeafRendering) -> String {
        switch self {
        case .evidence(let rule): rule.explanation(r)
        case .boolean(let rule): rule.explanation(r)
        case .tiers(let rule): rule.explanation(r)
        case .ratio(let rule): rule.explanation(r)
        case .deadline(let rule): rule.explanation(r)
        case .count(let rule): rule.explanation(r)
        case .ordinal(let rule): rule.explanation(r)
        case .direct(let rule): rule.explanation(r)
        case .survey(let rule): rule.explanation(r)
        }
    }

    /// What would win the lost points back; `nil` when nothing is lost or nothing can be said.
    func hint(_ r: LeafRendering) -> String? {
        switch self {
        case .evidence(let rule): rule.hint(r)
        case .boolean(let rule): rule.hint(r)
        case .tiers(let rule): rule.hint(r)
        case .ratio(let rule): rule.hint(r)
        case .deadline(let rule): rule.hint(r)
        case .count(let rule): rule.hint(r)
        case .ordinal(let rule): rule.hint(r)
        case .direct(let rule): rule.hint(r)
        case .survey(let rule): rule.hint(r)
        }
    }

    /// The JSON paths of what the rule needed and was not given (`facts["…"]`, `direct["…"]`).
    func missing(_ r: LeafRendering) -> [String] {
        switch self {
        case .evidence(let rule): rule.missing(r)
        case .boolean(let rule): rule.missing(r)
        case .tiers(let rule): rule.missing(r)
        case .ratio(let rule): rule.missing(r)
        case .deadline(let rule): rule.missing(r)
        case .count(let rule): rule.missing(r)
        case .ordinal(let rule): rule.missing(r)
        case .direct(let rule): rule.missing(r)
        case .survey(let rule): rule.missing(r)
        }
    }

    /// Whether `trace`'s points were given directly (a `direct` rule, or a `survey` rule that took
    /// the survey points given instead of counts), so that the framework's rounding leaves them be.
    func tookDirectPoints(_ trace: LeafTrace) -> Bool {
        switch self {
        case .direct: true
        case .survey: trace.decider == SurveyRule.Sample.givenDirectly.rawValue
        default: false
        }
    }

    /// Whether the rule takes points given directly: always for `direct`; for `survey`, when no
    /// respondent count is given (a unit that only receives its survey score).
    var acceptsDirectPoints: Bool {
        switch self {
        case .direct, .survey: true
        default: false
        }
    }
}
