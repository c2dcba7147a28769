/// Random frameworks that pass lint: trees of fields, criteria and leaves with random maxima, every
/// rule kind with random parameters (tiers over metrics and facts with inclusive and exclusive
/// bounds, ratios with targets, counts, evidence, booleans, ordinals, deadlines, direct points),
/// metrics over sums of facts, bands, optional components, bonus and penalty sections, display
/// settings and sometimes a `leafPoints` rounding policy.
struct RefFrameworkGenerator {
    var random: RefRandom
    private var facts: [RefFramework.Fact] = []
    private var metrics: [RefFramework.Metric] = []

    init(seed: UInt64) { random = RefRandom(seed: seed) }

    /// A new fact of `kind`, with a fresh id.
    private mutating func newFact(_ kind: RefFramework.Fact.Kind, options: [String] = []) -> String {
        let id = "f\(facts.count + 1)"
        facts.append(RefFramework.Fact(id: id, kind: kind, options: options))
        return id
    }

    /// The facts of metrics, which no other rule reads (so that a submission keeps every part
    /// within its whole).
    private var metricFacts: Set<String> = []

    /// A fact of `kind` for a rule: often a new one, sometimes one that other rules or bonus and
    /// penalty items already read.
    private mutating func sharedFact(_ kind: RefFramework.Fact.Kind) -> String {
        let candidates = facts.filter { $0.kind == kind && !metricFacts.contains($0.id) }
        if !candidates.isEmpty && random.chance(25) { return random.pick(candidates).id }
        return newFact(kind, options: kind == .answer ? Array(["A", "B", "C", "D"].prefix(random.int(1...4))) : [])
    }

    /// A metric over 1–2 fresh facts in each part (counts, amounts, or amounts of counts); sometimes
    /// one that another leaf already reads.
    private mutating func newMetric() -> String {
        if !metrics.isEmpty && random.chance(20) { return random.pick(metrics).id }
        let kind: RefFramework.Fact.Kind = random.chance(50) ? .count : .amount
        let numeratorKind: RefFramework.Fact.Kind = random.chance(15) ? .amount : kind
        let numerator = (0..<random.int(1...2)).map { _ in newFact(numeratorKind) }
        let denominator = (0..<random.int(1...2)).map { _ in newFact(kind) }
        metricFacts.formUnion(numerator + denominator)
        let id = "m\(metrics.count + 1)"
        metrics.append(RefFramework.Metric(id: id, numerator: numerator, denominator: denominator))
        return id
    }

    /// The framework `id`.
    mutating func framework(id: String) -> RefFramework {
        facts = []
        metrics = []
        metricFacts = []
        let components = random.chance(40) ? (1...random.int(1...3)).map { "c\($0)" } : []
        var fields: [RefFramework.Node] = []
        for f in 1...random.int(1...4) {
            // A field names its component, or leaves it to each leaf.
            let fieldComponent = components.isEmpty ? nil : (random.chance(70) ? random.pick(components) : nil)
            fields.append(node(id: "\(f)", depth: 1, written: fieldComponent, inherited: fieldComponent ?? "total", components: components))
        }
        var f = RefFramework(
            id: id, firstYear: 2020, lastYear: 2020 + random.int(0...5), pointDecimals: random.chance(30) ? random.int(0...6) : nil,
            percentDecimals: random.chance(40) ? random.int(0...6) : nil,
            leafRounding: random.chance(25) ? 2 : (random.chance(6) ? random.int(0...6) : nil), components: [], facts: [], metrics: [],
            bands: bands(), fields: fields, adjustments: [])
        f.adjustments = random.chance(35) ? (1...random.int(1...2)).map { section($0) } : []
        let leaves = f.leaves
        f.components = components.map { c in
            RefFramework.Component(id: c, max: leaves.filter { $0.resolvedComponent == c }.reduce(0) { $0 + $1.max })
        }
        f.facts = facts
        f.metrics = metrics
        return f
    }

    /// A node at `depth` (1 for a field): a parent of 1–3 children, or (below the fields) a leaf.
    private mutating func node(id: String, depth: Int, written: String?, inherited: String, components: [String]) -> RefFramework.Node {
        let isLeaf = depth > 1 && (depth >= 4 || random.chance(depth == 2 ? 55 : 75))
        if isLeaf {
            var component = written
            var resolved = inherited
            if !components.isEmpty && (written == nil && inherited == "total" || random.chance(10)) {
                component = random.pick(components)
                resolved = component ?? inherited
            }
            let max = random.maximum()
            let (rule, documents) = rule(max: max)
            return RefFramework.Node(id: id, max: max, component: component, resolvedComponent: resolved, rule: rule, documents: documents)
        }
        var children: [RefFramework.Node] = []
        for k in 1...random.int(1...3) {
            children.append(node(id: "\(id).\(k)", depth: depth + 1, written: nil, inherited: inherited, components: components))
        }
        let max = children.reduce(0) { $0 + $1.max }
        return RefFramework.Node(id: id, max: max, component: written, resolvedComponent: inherited, children: children)
    }

    private mutating func when() -> String? {
        random.pick([nil, nil, "notApplicable", "full", "zero"])
    }

    /// A rule for a leaf of maximum `max`, and the documents it asks for.
    private mutating func rule(max: Int64) -> (RefFramework.Rule, [String]) {
        switch random.int(0...10) {
        case 0:
            let documents = (1...random.int(1...3)).map { "d\($0)" }
            switch random.int(0...3) {
            case 0: return (.evidence(incomplete: nil, percent: nil), documents)
            case 1: return (.evidence(incomplete: "zero", percent: nil), documents)
            case 2: return (.evidence(incomplete: "proportional", percent: nil), documents)
            default: return (.evidence(incomplete: nil, percent: random.percent()), documents)
            }
        case 1:
            return (.boolean(fact: sharedFact(.boolean)), [])
        case 2, 3:
            let metric = newMetric()
            let list = tiers(max: max, top: 100_000_000, cuts: Self.percentCut)
            return (.tiers(metric: metric, fact: nil, tiers: list, whenUndefined: when()), [])
        case 4:
            let kind: RefFramework.Fact.Kind = random.chance(50) ? .count : .amount
            let fact = sharedFact(kind)
            var cut: (inout RefRandom) -> Int64 = Self.amountCut
            if kind == .count { cut = Self.countCut }
            return (.tiers(metric: nil, fact: fact, tiers: tiers(max: max, top: nil, cuts: cut), whenUndefined: when()), [])
        case 5:
            let target: Int64? = random.pick([
                nil, 100_000_000, 80_000_000, 60_000_000, 33_333_333, 10_000, 99_999_999, random.int64(10_000...100_000_000),
            ])
            return (.ratio(metric: newMetric(), target: target, whenUndefined: when()), [])
        case 6:
            let items = (1...random.int(1...3)).map { _ -> RefFramework.DeadlineItem in
                let month = random.int(1...12)
                let days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
                let quarter = random.chance(30) ? (month - 1) / 3 + 1 : nil
                return RefFramework.DeadlineItem(
                    fact: sharedFact(.date), month: month, day: random.chance(20) ? days : random.int(1...days), quarter: quarter,
                    yearOffset: random.pick([nil, nil, -1, 0, 1]), inclusive: random.pick([nil, true, false]))
            }
            return (
                .deadline(
                    items: items, mode: random.pick([nil, "all", "perItem"]), late: random.chance(50) ? random.percent() : nil,
                    missing: random.chance(30) ? random.percent() : nil), []
            )
        case 7:
            let done = sharedFact(.count)
            let total = random.chance(60) ? sharedFact(.count) : nil
            let required = total == nil ? random.pick([1, 3, 4, 7, 10, 999_999, 1_000_000, random.int(1...50)]) : nil
            return (.count(done: done, total: total, required: required, mode: random.pick([nil, "proportional", "all"]), whenUndefined: when()), [])
        case 8:
            let fact = sharedFact(.answer)
            let options = facts.first { $0.id == fact }?.options ?? []
            return (.ordinal(fact: fact, options: options.shuffledOrder(&random).map { ($0, random.percent()) }), [])
        case 10:
            let options = (0..<random.int(1...4)).map { k in (answer: ["A", "B", "C", "D"][k], count: newFact(.count), percent: random.percent()) }
            let population = random.chance(60) ? sharedFact(.count) : nil
            let margin: Int64? = random.pick([nil, 5_000_000, 10_000_000, 2_500_000, random.int64(100_000...50_000_000)])
            return (.survey(options: options, population: population, margin: margin, whenUndefined: when()), [])
        default:
            return (.direct(source: random.chance(50) ? "survey" : "appraisal"), [])
        }
    }

    /// A bound of tiers over a metric: a percent within (0, 100].
    private static func percentCut(_ random: inout RefRandom) -> Int64 {
        random.pick([50_000_000, 95_000_000, 80_000_000, 33_333_333, 99_999_999, 100_000_000, 1, random.int64(1...100_000_000)])
    }

    /// A bound of tiers over a count fact.
    private static func countCut(_ random: inout RefRandom) -> Int64 {
        Int64(random.pick([1, 3, 7, 10, 100, 9_999_991, 1_000_000_000, random.int(1...1_000)])) * 1_000_000
    }

    /// A bound of tiers over an amount fact.
    private static func amountCut(_ random: inout RefRandom) -> Int64 {
        random.pick([
            200_000_000_000_000_000, 1_000_000_000_000_000_000, 999_999_999_999_999_999, 1, 1_500_000, random.int64(1...1_000_000_000_000_000_000),
        ])
    }

    /// Tiers covering [0, `top`] (or [0, ∞) when `top` is `nil`) without gap or overlap, in a
    /// shuffled order, each bound inclusive on one side only; one tier earns `max`.
    private mutating func tiers(max: Int64, top: Int64?, cuts: (inout RefRandom) -> Int64) -> [RefFramework.Tier] {
        var bounds = Set<Int64>()
        for _ in 0..<random.int(0...4) {
            let cut = cuts(&random)
            if cut > 0 && cut < (top ?? .max) { bounds.insert(cut) }
        }
        let sorted = bounds.sorted()
        var tiers: [RefFramework.Tier] = []
        var lower: Int64 = 0
        var lowerInclusive: Bool? = random.pick([nil, true])
        for cut in sorted {
            let upperInclusive = random.chance(50)
            tiers.append(
                RefFramework.Tier(
                    lower: lower, lowerInclusive: lowerInclusive, upper: cut, upperInclusive: upperInclusive ? true : random.pick([nil, false]),
                    points: random.millionths(upTo: max)))
            lower = cut
            lowerInclusive = upperInclusive ? false : random.pick([nil, true])
        }
        let closed = top != nil && random.chance(50)
        tiers.append(
            RefFramework.Tier(
                lower: lower, lowerInclusive: lowerInclusive, upper: closed ? top : nil, upperInclusive: closed ? true : nil,
                points: random.millionths(upTo: max)))
        tiers[random.int(0...(tiers.count - 1))].points = max
        return tiers.shuffledOrder(&random)
    }

    /// 1–4 bands: the lowest at 0 (inclusive), the others at distinct bounds within (0, 100].
    private mutating func bands() -> [RefFramework.Band] {
        var lowers = Set<Int64>()
        for _ in 0..<random.int(0...3) {
            lowers.insert(
                random.pick([50_000_000, 90_000_000, 70_000_000, 65_500_000, 33_333_333, 99_999_999, 100_000_000, random.int64(1...100_000_000)]))
        }
        var bands = [RefFramework.Band(id: "b0", lower: 0, inclusive: random.pick([nil, true]))]
        for (k, lower) in lowers.sorted().enumerated() {
            bands.append(RefFramework.Band(id: "b\(k + 1)", lower: lower, inclusive: random.pick([nil, true, false])))
        }
        return bands.shuffledOrder(&random)
    }

    /// Bonus or penalty section `n`, whose items read fresh count facts.
    private mutating func section(_ n: Int) -> RefFramework.Section {
        let items = (1...random.int(1...2)).map { k in
            RefFramework.Item(
                id: "S\(n).\(k)", fact: sharedFact(.count),
                perOccurrence: random.pick([500_000, 250_000, 1_000_000, 1, random.int64(0...10_000_000)]),
                cap: random.pick([2_000_000, 0, 5_000_000, 100_000_000, random.int64(0...20_000_000)]))
        }
        return RefFramework.Section(
            id: "S\(n)", isBonus: random.chance(50), cap: random.pick([5_000_000, 1_000_000, 100_000_000, random.int64(0...20_000_000)]), items: items
        )
    }
}

extension Array {
    /// The elements in an order drawn from `random`.
    func shuffledOrder(_ random: inout RefRandom) -> [Element] {
        var result = self
        guard result.count > 1 else { return result }
        for k in stride(from: result.count - 1, to: 0, by: -1) { result.swapAt(k, random.int(0...k)) }
        return result
    }
}
