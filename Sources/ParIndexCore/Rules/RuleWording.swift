/// A leaf's rule in words, as a person reads it in a printed appendix: "Tỷ lệ hồ sơ giải quyết
/// đúng hạn ≥ 95 % → 4 điểm; 80–95 % → 2 điểm; < 80 % → 0".
///
/// Used by `par-score criteria show` and the printable template; any tool that shows criteria can
/// use it. Numbers are the framework's exact values (a bound of 95 is written 95, a maximum of 2.5
/// is written 2,5 in Vietnamese), never rounded to a different value.
///
/// ```swift
/// let leaf = framework.leaf("8.1.1")!
/// RuleWording.sentence(for: leaf, in: framework, language: .vi)
/// RuleWording.whenNothingArises(for: leaf, in: framework, language: .vi)  // "Nếu không phát sinh …"
/// RuleWording.factIDs(of: leaf.rule!, in: framework)                         // ["tthc.onTime", "tthc.resolved"]
/// ```
public enum RuleWording {
    /// How the leaf earns its points, in one or two sentences; empty for a parent node.
    public static func sentence(for leaf: Node, in framework: Framework, language: Language) -> String {
        guard let rule = leaf.rule else { return "" }
        let w = Words(framework: framework, language: language, max: leaf.max)
        // One case per rule kind and no `default`: a new kind of rule does not compile until its
        // wording is written here.
        switch rule {
        case .evidence(let incomplete): return w.evidence(incomplete, documents: leaf.documents.count)
        case .boolean(let fact): return w.boolean(fact)
        case .tiers(let source, let tiers, _): return w.tiers(source, tiers)
        case .ratio(let metric, let target, _): return w.ratio(metric, target)
        case .deadline(let items, let mode, let late, let missing): return w.deadline(items, mode, late: late, missing: missing)
        case .count(let done, let total, let mode, _): return w.count(done, total, mode)
        case .ordinal(let fact, let options): return w.ordinal(fact, options)
        case .direct(let source): return w.direct(source)
        case .survey(let options, let population, let margin, _): return w.survey(options, population: population, margin: margin)
        }
    }

    /// What happens when nothing arose (the rule's denominator is zero: không phát sinh), for
    /// the rules that can have none; `nil` for the others.
    public static func whenNothingArises(for leaf: Node, in framework: Framework, language: Language) -> String? {
        let when: WhenUndefined
        switch leaf.rule {
        case .tiers(.metric, _, let w)?, .ratio(_, _, let w)?: when = w
        case .count(_, .fact, _, let w)?: when = w
        case .survey(_, _, _, let w)?:
            let vi = language == .vi
            let head = vi ? "Nếu không có người trả lời: " : "If nobody answered: "
            switch w {
            case .notApplicable:
                return head + (vi ? "tiêu chí không áp dụng, điểm tối đa được trừ khỏi tổng" : "the leaf does not apply and leaves the maximum")
            case .full: return head + (vi ? "được điểm tối đa" : "the leaf earns its maximum")
            case .zero: return head + (vi ? "0 điểm" : "0 points")
            }
        default: return nil
        }
        let vi = language == .vi
        let head = vi ? "Nếu không phát sinh (mẫu số bằng 0): " : "If nothing arose (a zero denominator): "
        switch when {
        case .notApplicable:
            return head + (vi ? "tiêu chí không áp dụng, điểm tối đa được trừ khỏi tổng" : "the leaf does not apply and leaves the maximum")
        case .full: return head + (vi ? "được điểm tối đa" : "the leaf earns its maximum")
        case .zero: return head + (vi ? "0 điểm" : "0 points")
        }
    }

    /// The facts the rule reads, in the order the rule names them (a metric's numerator, then its
    /// denominator), each once.
    public static func factIDs(of rule: Rule, in framework: Framework) -> [String] {
        func metricFacts(_ id: String) -> [String] {
            guard let metric = framework.metric(id) else { return [] }
            return metric.numerator + metric.denominator
        }
        let ids: [String]
        switch rule {
        case .evidence, .direct: ids = []
        case .boolean(let fact), .ordinal(let fact, _): ids = [fact]
        case .tiers(.metric(let id), _, _), .ratio(let id, _, _): ids = metricFacts(id)
        case .tiers(.fact(let id), _, _): ids = [id]
        case .deadline(let items, _, _, _): ids = items.map(\.fact)
        case .count(let done, .fact(let total), _, _): ids = [done, total]
        case .count(let done, .required, _, _): ids = [done]
        case .survey(let options, let population, _, _): ids = options.map(\.count) + (population.map { [$0] } ?? [])
        }
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }

    /// The facts a leaf's rule reads; empty for a parent node.
    public static func factIDs(for node: Node, in framework: Framework) -> [String] {
        node.rule.map { factIDs(of: $0, in: framework) } ?? []
    }

    /// A fact's type and unit in words: "số nguyên ≥ 0 (hồ sơ)", "ngày, YYYY-MM-DD".
    public static func typeText(of fact: Fact, language: Language) -> String {
        let vi = language == .vi
        let unit = fact.unit.map { " (\($0.text(language)))" } ?? ""
        switch fact.type {
        case .count: return (vi ? "số nguyên ≥ 0" : "whole number ≥ 0") + unit
        case .amount: return (vi ? "số ≥ 0, dấu chấm thập phân" : "number ≥ 0, decimal point") + unit
        case .date: return vi ? "ngày, dạng YYYY-MM-DD" : "date, YYYY-MM-DD"
        case .boolean: return vi ? "có/không (true/false)" : "yes/no (true/false)"
        case .answer:
            return (vi ? "một trong: " : "one of: ") + fact.options.map { JSONWriter.quoted($0) }.joined(separator: ", ")
        }
    }

    /// An exact number as people write it in `language`: every digit it has, no trailing zeros.
    public static func number(_ value: ExactDecimal, _ language: Language) -> String {
        var text = value.formatted(decimals: ExactDecimal.fractionDigits, language: language)
        let mark: Character = language == .vi ? "," : "."
        guard text.contains(mark) else { return text }
        while text.last == "0" { text.removeLast() }
        if text.last == mark { text.removeLast() }
        return text
    }
}

/// The sentences of each rule kind, for one leaf.
private struct Words {
    let framework: Framework
    let language: Language
    let max: ExactDecimal
    var vi: Bool { language == .vi }

    func n(_ value: ExactDecimal) -> String { RuleWording.number(value, language) }
    func points(_ value: ExactDecimal) -> String { value == 0 ? "0" : n(value) + (vi ? " điểm" : value == 1 ? " point" : " points") }
    func title(_ fact: String) -> String { framework.fact(fact)?.title.text(language) ?? fact }
    func metricTitle(_ id: String) -> String {
        guard let metric = framework.metric(id) else { return id }
        let over = metric.numerator.joined(separator: " + ") + " ÷ " + metric.denominator.joined(separator: " + ")
        return "\(metric.title.text(language)) (\(over))"
    }

    func evidence(_ incomplete: IncompleteEvidence, documents: Int) -> String {
        let all = vi ? "Đủ \(documents) tài liệu kiểm chứng → \(points(max))" : "All \(documents) evidence documents → \(points(max))"
        switch incomplete {
        case .zero: return all + (vi ? "; thiếu tài liệu nào → 0" : "; any missing → 0")
        case .proportional:
            return all + (vi ? "; thiếu thì theo tỷ lệ số tài liệu có" : "; otherwise in proportion to the documents given")
        case .percent(let p):
            return all
                + (vi
                    ? "; chưa đủ → \(n(p)) % điểm tối đa (\(points(max * p / 100)))"
                    : "; incomplete → \(n(p)) % of the maximum (\(points(max * p / 100)))")
        }
    }

    func boolean(_ fact: String) -> String {
        vi ? "\(title(fact)): có → \(points(max)); không → 0" : "\(title(fact)): yes → \(points(max)); no → 0"
    }

    func tiers(_ source: ValueSource, _ tiers: [Tier]) -> String {
        let percent: Bool
        let head: String
        switch source {
        case .metric(let id): (percent, head) = (true, metricTitle(id))
        case .fact(let id): (percent, head) = (false, title(id))
        }
        let steps = tiers.sorted { $0.lower > $1.lower }.map { "\(bounds($0, percent: percent)) → \(points($0.points))" }
        return head + ": " + steps.joined(separator: "; ")
    }

    /// `≥ 95 %`, `80–95 %`, `< 80 %`: the common bounds (lower included, upper not) compactly,
    /// any other spelled out.
    func bounds(_ tier: Tier, percent: Bool) -> String {
        let unit = percent ? " %" : ""
        let low = n(tier.lower)
        guard let upper = tier.upper else { return (tier.lowerInclusive ? "≥ " : "> ") + low + unit }
        let high = n(upper)
        // A rate cannot pass 100 %: "≤ 100 %" adds nothing.
        if percent && upper == 100 && tier.upperInclusive { return (tier.lowerInclusive ? "≥ " : "> ") + low + unit }
        if tier.lower == 0 && tier.lowerInclusive { return (tier.upperInclusive ? "≤ " : "< ") + high + unit }
        if tier.lowerInclusive && !tier.upperInclusive { return "\(low)–\(high)\(unit)" }
        let joiner = vi ? " và " : " and "
        return (tier.lowerInclusive ? "≥ " : "> ") + low + unit + joiner + (tier.upperInclusive ? "≤ " : "< ") + high + unit
    }

    func ratio(_ metric: String, _ target: ExactDecimal) -> String {
        vi
            ? "\(metricTitle(metric)): điểm = \(n(max)) × tỷ lệ ÷ \(n(target)) %, tối đa \(points(max)) (đạt \(n(target)) % trở lên → \(points(max)))"
            : "\(metricTitle(metric)): points = \(n(max)) × rate ÷ \(n(target)) %, at most \(points(max)) (\(n(target)) % or more → \(points(max)))"
    }

    func due(_ item: DeadlineItem) -> String {
        let year =
            item.due.yearOffset == 0
            ? "" : item.due.yearOffset > 0 ? (vi ? " năm sau" : " of the next year") : (vi ? " năm trước" : " of the year before")
        let date = vi ? "\(item.due.day)/\(item.due.month)\(year)" : "\(item.due.month)/\(item.due.day)\(year)"
        let by = item.due.inclusive ? (vi ? "chậm nhất ngày " : "by ") : (vi ? "trước ngày " : "before ")
        return "\(title(item.fact)) \(by)\(date)"
    }

    func deadline(_ items: [DeadlineItem], _ mode: DeadlineMode, late: ExactDecimal, missing: ExactDecimal) -> String {
        let list = items.map(due).joined(separator: "; ")
        if items.count == 1 {
            return vi
                ? "\(list). Đúng hạn → \(points(max)); trễ hạn → \(points(max * late / 100)); không có → \(points(max * missing / 100))"
                : "\(list). On time → \(points(max)); late → \(points(max * late / 100)); missing → \(points(max * missing / 100))"
        }
        switch mode {
        case .all:
            return vi
                ? "\(list). Tất cả đúng hạn → \(points(max)); có cái trễ hạn → \(points(max * late / 100)); thiếu → \(points(max * missing / 100))"
                : "\(list). All on time → \(points(max)); any late → \(points(max * late / 100)); any missing → \(points(max * missing / 100))"
        case .perItem:
            let share = max / ExactDecimal(items.count)
            return vi
                ? "\(list). Mỗi mục đúng hạn → \(points(share)); trễ hạn → \(points(share * late / 100)); thiếu → \(points(share * missing / 100))"
                : "\(list). Each on time → \(points(share)); late → \(points(share * late / 100)); missing → \(points(share * missing / 100))"
        }
    }

    func count(_ done: String, _ total: CountTotal, _ mode: CountMode) -> String {
        let whole: String
        switch total {
        case .required(let k): whole = vi ? "\(k) (số yêu cầu)" : "\(k) (required)"
        case .fact(let id): whole = title(id)
        }
        switch mode {
        case .proportional:
            return vi
                ? "\(title(done)) trên \(whole): điểm = \(n(max)) × số đã làm ÷ tổng (tối đa \(points(max)))"
                : "\(title(done)) of \(whole): points = \(n(max)) × done ÷ total (at most \(points(max)))"
        case .all:
            return vi
                ? "\(title(done)) trên \(whole): làm đủ → \(points(max)); chưa đủ → 0"
                : "\(title(done)) of \(whole): all done → \(points(max)); fewer → 0"
        }
    }

    func ordinal(_ fact: String, _ options: [OrdinalOption]) -> String {
        let steps = options.map { "\(JSONWriter.quoted($0.answer)) → \(points(max * $0.percent / 100))" }
        return title(fact) + ": " + steps.joined(separator: "; ")
    }

    func survey(_ options: [SurveyOption], population: String?, margin: ExactDecimal) -> String {
        let steps = options.map { "\(JSONWriter.quoted($0.answer)) \(n($0.percent)) %" }.joined(separator: ", ")
        var text =
            vi
            ? "Theo số người trả lời từng mức (\(steps)): \(points(max)) × Σ(số người × tỷ lệ) ÷ (100 × tổng số người)"
            : "From the respondents per answer (\(steps)): \(points(max)) × Σ(respondents × percent) ÷ (100 × all respondents)"
        if let population {
            text +=
                vi
                ? "; cỡ mẫu cần ít nhất N ÷ (1 + N·e²), N = \(title(population)), e = \(n(margin)) %, nhỏ hơn thì cảnh báo"
                : "; the sample needs N ÷ (1 + N·e²), N = \(title(population)), e = \(n(margin)) %, a smaller one is flagged"
        }
        return text + (vi ? "; đơn vị chỉ nhận điểm điều tra thì nhập điểm trực tiếp" : "; a unit given only its survey score enters it directly")
    }

    func direct(_ source: DirectSource) -> String {
        switch source {
        case .survey:
            return vi ? "Điểm do điều tra xã hội học cho, tối đa \(points(max))" : "Points given by the sociological survey, at most \(points(max))"
        case .appraisal:
            return vi ? "Điểm do Hội đồng thẩm định cho, tối đa \(points(max))" : "Points given by the appraisal council, at most \(points(max))"
        }
    }
}
