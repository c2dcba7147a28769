/// The reference scorer, written from the documents (<doc:CriteriaFormat>, <doc:SubmissionFormat>,
/// <doc:ResultFormat>) with the reference arithmetic, over the generator's own model: it reads
/// neither the engine's framework nor its compiled tables.
struct RefScorer {
    let framework: RefFramework
    let submission: RefSubmission
    /// The facts given, by id (`null` left out).
    private let facts: [String: RefSubmission.Value]

    init(framework: RefFramework, submission: RefSubmission) {
        self.framework = framework
        self.submission = submission
        var facts: [String: RefSubmission.Value] = [:]
        for (id, value) in submission.facts {
            if case .null = value { continue }
            facts[id] = value
        }
        self.facts = facts
    }

    private func number(_ id: String) -> RefFraction? {
        if case .number(let m)? = facts[id] { return RefFraction(millionths: m) }
        return nil
    }

    /// The sum of the facts `ids`, or `nil` when one is not given.
    private func sum(_ ids: [String]) -> RefFraction? {
        var total = RefFraction.zero
        for id in ids {
            guard let value = number(id) else { return nil }
            total = total + value
        }
        return total
    }

    /// What a leaf's rule gives: its status and points (`nil` points: the leaf does not apply).
    private typealias Outcome = (status: String, points: RefFraction?)

    /// "Nothing arose" (the denominator is 0): `whenUndefined` decides, not applicable by default.
    private func nothingArose(_ when: String?, _ max: RefFraction) -> Outcome {
        switch when {
        case "full": ("scored", max)
        case "zero": ("scored", .zero)
        default: ("notApplicable", nil)
        }
    }

    /// The rule of `leaf`, as CriteriaFormat.md describes each kind.
    private func evaluate(_ leaf: RefFramework.Node, _ rule: RefFramework.Rule) -> Outcome {
        let max = RefFraction(millionths: leaf.max)
        let hundred = RefFraction.hundred
        switch rule {
        case .evidence(let incomplete, let percent):
            let given = submission.evidence.first { $0.leaf == leaf.id }?.documents ?? []
            let present = leaf.documents.filter { given.contains($0) }.count
            if present == leaf.documents.count { return ("scored", max) }
            if present == 0 { return ("noEvidence", .zero) }
            if let percent { return ("scored", max * RefFraction(millionths: percent) / hundred) }
            if incomplete == "proportional" { return ("scored", max * RefFraction(present) / RefFraction(leaf.documents.count)) }
            return ("scored", .zero)
        case .boolean(let fact):
            guard case .boolean(let yes)? = facts[fact] else { return ("missingData", .zero) }
            return ("scored", yes ? max : .zero)
        case .tiers(let metric, let fact, let tiers, let when):
            let value: RefFraction
            if let metric, let m = framework.metric(metric) {
                guard let n = sum(m.numerator), let d = sum(m.denominator) else { return ("missingData", .zero) }
                if d.isZero { return nothingArose(when, max) }
                value = n * hundred / d
            } else {
                guard let fact, let v = number(fact) else { return ("missingData", .zero) }
                value = v
            }
            for tier in tiers where Self.contains(tier, value) { return ("scored", RefFraction(millionths: tier.points)) }
            return ("scored", .zero)
        case .ratio(let metric, let target, let when):
            guard let m = framework.metric(metric), let n = sum(m.numerator), let d = sum(m.denominator) else { return ("missingData", .zero) }
            if d.isZero { return nothingArose(when, max) }
            let share = n * hundred / d / RefFraction(millionths: target ?? 100_000_000)
            return ("scored", max * RefFraction.min(share, RefFraction(1)))
        case .deadline(let items, let mode, let late, let missing):
            let latePart = RefFraction(millionths: late ?? 0) / hundred
            let missingPart = RefFraction(millionths: missing ?? 0) / hundred
            var onTime = 0
            var sent = 0
            for item in items {
                guard case .date(let y, let m, let d)? = facts[item.fact] else { continue }
                sent += 1
                let due = (submission.year + (item.yearOffset ?? 0)) * 10_000 + item.month * 100 + item.day
                let date = y * 10_000 + m * 100 + d
                if item.inclusive ?? true ? date <= due : date < due { onTime += 1 }
            }
            if mode == "perItem" {
                let share = max / RefFraction(items.count)
                let earned = RefFraction(onTime) + RefFraction(sent - onTime) * latePart + RefFraction(items.count - sent) * missingPart
                return ("scored", share * earned)
            }
            if onTime == items.count { return ("scored", max) }
            return ("scored", max * (sent == items.count ? latePart : missingPart))
        case .count(let done, let total, let required, let mode, let when):
            guard let n = number(done) else { return ("missingData", .zero) }
            let m: RefFraction
            if let total {
                guard let t = number(total) else { return ("missingData", .zero) }
                if t.isZero { return nothingArose(when, max) }
                m = t
            } else {
                m = RefFraction(required ?? 1)
            }
            if mode == "all" { return ("scored", n < m ? .zero : max) }
            return ("scored", max * RefFraction.min(n, m) / m)
        case .ordinal(let fact, let options):
            guard case .answer(let answer)? = facts[fact], let option = options.first(where: { $0.answer == answer }) else {
                return ("missingData", .zero)
            }
            return ("scored", max * RefFraction(millionths: option.percent) / hundred)
        case .survey(let options, _, _, let when):
            // max × Σ countᵢ · percentᵢ ÷ (100 · Σ countᵢ); every count, or none and the points given.
            let counts = options.map { number($0.count) }
            if counts.allSatisfy({ $0 == nil }) {
                guard let entry = submission.direct.first(where: { $0.leaf == leaf.id }), let given = entry.points else {
                    return ("missingData", .zero)
                }
                return ("scored", RefFraction(millionths: given))
            }
            let given = counts.compactMap { $0 }
            guard given.count == options.count else { return ("missingData", .zero) }
            var respondents = RefFraction.zero
            var weighted = RefFraction.zero
            for (option, count) in zip(options, given) {
                respondents = respondents + count
                weighted = weighted + count * RefFraction(millionths: option.percent)
            }
            if respondents.isZero { return nothingArose(when, max) }
            return ("scored", max * weighted / (respondents * hundred))
        case .direct:
            guard let entry = submission.direct.first(where: { $0.leaf == leaf.id }), let given = entry.points else { return ("missingData", .zero) }
            return ("scored", RefFraction(millionths: given))
        }
    }

    /// Whether `value` is within the tier's bounds (lower inclusive and upper exclusive by default).
    private static func contains(_ tier: RefFramework.Tier, _ value: RefFraction) -> Bool {
        let lower = RefFraction(millionths: tier.lower)
        guard tier.lowerInclusive ?? true ? !(value < lower) : lower < value else { return false }
        guard let upperBound = tier.upper else { return true }
        let upper = RefFraction(millionths: upperBound)
        return tier.upperInclusive ?? false ? !(upper < value) : value < upper
    }

    /// A leaf's result: declared not applicable, the rule's points (rounded by the framework's
    /// `leafPoints` policy unless given directly), or the appraisal council's correction, which wins on any leaf it names.
    private func leafResult(_ leaf: RefFramework.Node) -> RefResult.Leaf {
        let max = RefFraction(millionths: leaf.max)
        let claimed = submission.claimed.first { $0.leaf == leaf.id }.map { RefFraction(millionths: $0.points) }
        if submission.notApplicable.contains(leaf.id) {
            return RefResult.Leaf(
                id: leaf.id, points: .zero, maximum: max, applicable: .zero, computed: nil, status: "notApplicable", claimed: claimed)
        }
        guard let rule = leaf.rule else { preconditionFailure("not a leaf") }
        var (status, computed) = evaluate(leaf, rule)
        // Points computed by a rule are rounded; points given (direct leaves, corrections) are taken as given.
        if let places = framework.leafRounding, let exact = computed {
            switch rule {
            case .direct: break
            case .survey(let options, _, _, _) where options.allSatisfy({ number($0.count) == nil }): break
            default: computed = exact.rounded(places: places)
            }
        }
        if let correction = submission.appraisal.first(where: { $0.leaf == leaf.id }) {
            let points = RefFraction(millionths: correction.points)
            return RefResult.Leaf(
                id: leaf.id, points: points, maximum: max, applicable: max, computed: computed, status: "appraised", claimed: claimed)
        }
        guard let points = computed else {
            return RefResult.Leaf(id: leaf.id, points: .zero, maximum: max, applicable: .zero, computed: nil, status: status, claimed: claimed)
        }
        return RefResult.Leaf(id: leaf.id, points: points, maximum: max, applicable: max, computed: points, status: status, claimed: claimed)
    }

    /// The whole result.
    func score() -> RefResult {
        var result = RefResult()
        var byID: [String: RefResult.Leaf] = [:]
        for leaf in framework.leaves {
            let r = leafResult(leaf)
            result.leaves.append(r)
            byID[leaf.id] = r
        }
        func part(_ node: RefFramework.Node) -> RefResult.Part {
            if node.rule != nil, let leaf = byID[node.id] {
                return RefResult.Part(id: node.id, points: leaf.points, maximum: leaf.maximum, applicable: leaf.applicable)
            }
            let position = result.parents.count
            result.parents.append(RefResult.Part(id: node.id, points: .zero, maximum: RefFraction(millionths: node.max), applicable: .zero))
            for child in node.children {
                let p = part(child)
                result.parents[position].points = result.parents[position].points + p.points
                result.parents[position].applicable = result.parents[position].applicable + p.applicable
            }
            return result.parents[position]
        }
        result.fields = framework.fields.map(part)
        let componentIDs = framework.components.isEmpty ? ["total"] : framework.components.map(\.id)
        let componentMaxima = framework.components.isEmpty ? [framework.maximum] : framework.components.map(\.max)
        let leafComponents = Dictionary(uniqueKeysWithValues: framework.leaves.map { ($0.id, $0.resolvedComponent) })
        result.components = zip(componentIDs, componentMaxima).map { id, max in
            var c = RefResult.Part(id: id, points: .zero, maximum: RefFraction(millionths: max), applicable: .zero)
            for leaf in result.leaves where leafComponents[leaf.id] == id {
                c.points = c.points + leaf.points
                c.applicable = c.applicable + leaf.applicable
            }
            return c
        }
        for leaf in result.leaves {
            result.leafPoints = result.leafPoints + leaf.points
            result.applicable = result.applicable + leaf.applicable
            if let claimed = leaf.claimed, claimed != leaf.points { result.claimDifferences.append((leaf.id, claimed, leaf.points)) }
        }
        result.maximum = RefFraction(millionths: framework.maximum)
        // Bonus and penalty: per occurrence up to the item's cap, the section capped again.
        var bonus = RefFraction.zero
        var penalty = RefFraction.zero
        for section in framework.adjustments {
            var raw = RefFraction.zero
            for item in section.items {
                guard let occurrences = number(item.fact) else { continue }
                raw = raw + RefFraction.min(occurrences * RefFraction(millionths: item.perOccurrence), RefFraction(millionths: item.cap))
            }
            let points = RefFraction.min(raw, RefFraction(millionths: section.cap))
            result.adjustments.append(points)
            if section.isBonus { bonus = bonus + points } else { penalty = penalty + points }
        }
        // The total is kept within 0 and the applicable maximum; the index is undefined when
        // nothing applies, and then there is no band.
        result.total = RefFraction.min(RefFraction.max(result.leafPoints + bonus - penalty, .zero), result.applicable)
        guard result.applicable > .zero else { return result }
        let index = result.total * .hundred / result.applicable
        result.index = index
        result.indexRounded = index.rounded(places: framework.percentDecimals ?? 2)
        // A band reaches from its lower bound up to the next band's.
        for band in framework.bands.sorted(by: { $0.lower > $1.lower }) {
            let lower = RefFraction(millionths: band.lower)
            if band.inclusive ?? true ? !(index < lower) : lower < index {
                result.band = band.id
                break
            }
        }
        return result
    }
}
