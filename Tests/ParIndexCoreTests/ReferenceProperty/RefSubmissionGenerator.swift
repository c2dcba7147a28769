/// Random valid submissions for a generated framework: amounts near 10^12, counts, awkward
/// denominators (7, 3, 9,999,991), zero denominators, numerators on and next to the tiers' bounds,
/// dates on and next to due dates, missing and `null` facts, partial evidence, not-applicable
/// declarations, appraisal corrections (often on leaves whose rule may find nothing arose),
/// claimed points and direct points.
struct RefSubmissionGenerator {
    let framework: RefFramework
    var random: RefRandom
    private var submission: RefSubmission
    /// The facts given so far (a fact that several rules read is given once).
    private var given: Set<String> = []
    /// The metrics whose facts were given.
    private var metricsGiven: Set<String> = []

    init(framework: RefFramework, seed: UInt64) {
        self.framework = framework
        random = RefRandom(seed: seed)
        submission = RefSubmission(frameworkID: framework.id, year: framework.firstYear, unitID: "u")
    }

    /// The `n`-th submission.
    mutating func submission(_ n: Int) -> RefSubmission {
        submission = RefSubmission(frameworkID: framework.id, year: random.int(framework.firstYear...framework.lastYear), unitID: "u\(n)")
        submission.negativeZero = random.chance(5)
        submission.numberStyle = random.chance(90) ? 0 : random.int(1...3)
        given = []
        metricsGiven = []
        for leaf in framework.leaves { facts(for: leaf) }
        for section in framework.adjustments {
            for item in section.items where !random.chance(10) {
                set(item.fact, random.chance(85) ? Int64(random.int(0...12)) : Int64(random.pick([100, 1_000_000_000])))
            }
        }
        declarations()
        submission.facts = submission.facts.shuffledOrder(&random)
        return submission
    }

    /// Gives fact `fact`, unless a rule already gave it.
    private mutating func give(_ fact: String, _ value: RefSubmission.Value) {
        guard given.insert(fact).inserted else { return }
        submission.facts.append((fact, value))
    }

    /// Sets a number fact (given in whole units for counts: `units` × 10^6 millionths).
    private mutating func set(_ fact: String, millionths: Int64) {
        give(fact, random.chance(2) ? .null : .number(millionths))
    }

    private mutating func set(_ fact: String, _ units: Int64) { set(fact, millionths: units * 1_000_000) }

    /// Gives the facts a leaf reads, leaving some out.
    private mutating func facts(for leaf: RefFramework.Node) {
        guard let rule = leaf.rule else { return }
        switch rule {
        case .evidence:
            let present = leaf.documents.filter { _ in random.chance(60) }
            let nulls = leaf.documents.filter { !present.contains($0) && random.chance(15) }
            if !present.isEmpty || !nulls.isEmpty || random.chance(30) { submission.evidence.append((leaf.id, present, nulls)) }
        case .boolean(let fact):
            if !random.chance(8) { give(fact, random.chance(3) ? .null : .boolean(random.chance(50))) }
        case .tiers(let metric?, _, let tiers, _):
            metricFacts(metric, bounds: tiers.flatMap { [$0.lower] + ($0.upper.map { [$0] } ?? []) })
        case .tiers(_, let fact?, let tiers, _):
            guard !random.chance(6), let kind = framework.fact(fact)?.kind else { return }
            let unit: Int64 = kind == .count ? 1_000_000 : 1
            let limit: Int64 = kind == .count ? 1_000_000_000_000_000 : 1_000_000_000_000_000_000
            var value: Int64
            if random.chance(60) {
                let bound = random.pick(tiers.map(\.lower) + tiers.compactMap(\.upper))
                value = bound + random.pick([0, 0, unit, -unit])
            } else {
                value = random.pick([0, limit, limit - unit, random.int64(0...limit)])
            }
            value = Swift.min(Swift.max(value, 0), limit) / unit * unit
            set(fact, millionths: value)
        case .tiers:
            return
        case .ratio(let metric, let target, _):
            metricFacts(metric, bounds: [target ?? 100_000_000])
        case .deadline(let items, _, _, _):
            for item in items where !random.chance(12) { date(item) }
        case .count(let done, let total, let required, _, _):
            let whole: Int64
            if let total {
                whole = Int64(random.pick([0, 0, 3, 7, 9_999_991, 1_000_000_000, random.int(1...20)]))
                if !random.chance(5) { set(total, whole) }
            } else {
                whole = Int64(required ?? 1)
            }
            let n = random.pick([0, whole, whole + 1, Swift.max(whole - 1, 0), random.int64(0...Swift.max(whole, 1)), 1_000_000_000])
            if !random.chance(5) { set(done, Swift.min(n, 1_000_000_000)) }
        case .ordinal(let fact, _):
            guard !random.chance(6), let options = framework.fact(fact)?.options else { return }
            give(fact, .answer(random.pick(options)))
        case .survey(let options, let population, _, _):
            if let population, !random.chance(10) { set(population, random.pick([0, 1, 50, 400, 10_000, 1_000_000_000, random.int64(0...5_000)])) }
            let mode = random.int(0...9)
            if mode == 0 {
                submission.direct.append((leaf.id, random.millionths(upTo: leaf.max)))
            } else {
                for option in options where !(mode == 1 && random.chance(50)) {
                    set(option.count, random.pick([0, 0, 1, 7, 120, 385, 1_000_000_000, random.int64(0...400)]))
                }
            }
        case .direct:
            if random.chance(90) {
                submission.direct.append((leaf.id, random.chance(5) ? nil : random.millionths(upTo: leaf.max)))
            }
        }
    }

    /// The facts of metric `id`: a whole (sometimes 0, often near 10^12 or an awkward count) and a
    /// part no larger, often on or next to one of `bounds` (percents, in millionths).
    private mutating func metricFacts(_ id: String, bounds: [Int64]) {
        guard metricsGiven.insert(id).inserted, let metric = framework.metric(id) else { return }
        func isCount(_ facts: [String]) -> Bool { facts.allSatisfy { framework.fact($0)?.kind == .count } }
        let wholeUnit: Int64 = isCount(metric.denominator) ? 1_000_000 : 1
        let partUnit: Int64 = isCount(metric.numerator) ? 1_000_000 : 1
        let wholePerFact: Int64 = wholeUnit == 1 ? 1_000_000_000_000_000_000 : 1_000_000_000_000_000
        let partPerFact: Int64 = partUnit == 1 ? 1_000_000_000_000_000_000 : 1_000_000_000_000_000
        let limit = wholePerFact * Int64(metric.denominator.count)
        var whole: Int64
        switch random.int(0...9) {
        case 0: whole = 0
        case 1: whole = 7 * 1_000_000
        case 2: whole = 3 * 1_000_000
        case 3: whole = 9_999_991 * 1_000_000
        case 4: whole = 1_000_000_000_000_000_000
        case 5: whole = 999_999_999_999_999_999
        case 6: whole = 200_000_000_000_000_000
        case 7: whole = limit
        default: whole = random.int64(0...limit)
        }
        whole = Swift.min(whole, limit) / wholeUnit * wholeUnit
        var part: Int64
        switch random.int(0...5) {
        case 0: part = 0
        case 1: part = whole
        case 2: part = whole - partUnit
        case 3:
            // On (or a unit next to) a bound: bound × whole ÷ 100, rounded to the unit.
            let bound = RefFraction(millionths: random.pick(bounds))
            let exact = bound * RefFraction(millionths: whole) / RefFraction(100) / RefFraction(millionths: partUnit)
            part = (exact.rounded(places: 0).numerator.int64 ?? 0) * partUnit + random.pick([0, 0, partUnit, -partUnit])
        default: part = random.int64(0...Swift.max(whole, 0))
        }
        part = Swift.min(Swift.max(part, 0), whole, partPerFact * Int64(metric.numerator.count)) / partUnit * partUnit
        split(part, over: metric.numerator, unit: partUnit, perFact: partPerFact)
        split(whole, over: metric.denominator, unit: wholeUnit, perFact: wholePerFact)
    }

    /// Gives `facts` values adding up to `total`, each within `perFact`; sometimes leaves one out.
    private mutating func split(_ total: Int64, over facts: [String], unit: Int64, perFact: Int64) {
        var rest = total
        for (k, fact) in facts.enumerated() {
            var value = rest
            if k < facts.count - 1 {
                let low = Swift.max(rest - perFact * Int64(facts.count - 1 - k), 0)
                value = random.int64(low...Swift.min(rest, perFact)) / unit * unit
                if value < low { value += unit }
            }
            rest -= value
            if random.chance(4) { continue }
            set(fact, millionths: value)
        }
    }

    /// A date for a deadline item: on the due date, a day either side, or anywhere in the window.
    private mutating func date(_ item: RefFramework.DeadlineItem) {
        let year = submission.year
        var (y, m, d) = (year + (item.yearOffset ?? 0), item.month, item.day)
        if random.chance(75) {
            d += random.pick([0, 0, -1, 1, 2, -2])
            if d < 1 || d > RefDate.days(inMonth: m, year: y) {
                (y, m, d) = (year + (item.yearOffset ?? 0), item.month, item.day)
            }
        } else {
            y = year + random.int(-1...1)
            m = random.int(1...12)
            d = random.int(1...RefDate.days(inMonth: m, year: y))
        }
        give(item.fact, random.chance(3) ? .null : .date(year: y, month: m, day: d))
    }

    /// Not-applicable declarations, appraisal corrections and claimed points.
    private mutating func declarations() {
        for leaf in framework.leaves {
            let mayFindNothing: Bool
            switch leaf.rule {
            case .tiers(_?, _, _, _)?, .ratio?: mayFindNothing = true
            case .count(_, _?, _, _, _)?: mayFindNothing = true
            default: mayFindNothing = false
            }
            if random.chance(7) {
                submission.notApplicable.append(leaf.id)
            } else if random.chance(mayFindNothing ? 25 : 7) {
                submission.appraisal.append((leaf.id, random.millionths(upTo: leaf.max)))
            }
            if random.chance(20) {
                submission.claimed.append((leaf.id, random.millionths(upTo: leaf.max)))
            } else if random.chance(3) {
                submission.nulls.append(("claimed", leaf.id))
            }
            if random.chance(3) && !submission.notApplicable.contains(leaf.id) && !submission.appraisal.contains(where: { $0.leaf == leaf.id }) {
                submission.nulls.append((random.chance(50) ? "notApplicable" : "appraisal", leaf.id))
            }
        }
    }
}

/// Calendar arithmetic of the reference: days in a month (Gregorian leap years).
enum RefDate {
    static func days(inMonth month: Int, year: Int) -> Int {
        if month == 2 { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28 }
        return [4, 6, 9, 11].contains(month) ? 30 : 31
    }
}
