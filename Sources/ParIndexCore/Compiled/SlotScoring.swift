extension CompiledFramework {
    /// Scores a submission's slots: the same numbers as ``Scorer/score(_:with:explanations:)``,
    /// without the per-leaf detail.
    public func score(_ slots: SubmissionSlots) -> UnitResult {
        var fields = emptyFields
        var components = emptyComponents
        var leafPoints: ExactDecimal = 0
        var applicable: ExactDecimal = 0
        var bonus: ExactDecimal = 0
        var penalty: ExactDecimal = 0
        slots.values.withUnsafeBufferPointer { values in
            let evaluator = SlotEvaluator(framework: self, values: values, year: Int64(slots.year))
            fields.withUnsafeMutableBufferPointer { fields in
                components.withUnsafeMutableBufferPointer { components in
                    for leaf in 0..<leafCount {
                        var points: ExactDecimal = 0
                        var leafApplicable = leafMax[leaf]
                        if SubmissionSlots.bit(values, notApplicableBase, leaf) {
                            leafApplicable = 0
                        } else if let computed = evaluator.points(leaf) {
                            let appraised = values[appraisalBase + leaf]
                            points = appraised == SubmissionSlots.absent ? computed : ExactDecimal(raw: appraised)
                        } else {
                            leafApplicable = 0
                        }
                        leafPoints += points
                        applicable += leafApplicable
                        fields[leafField[leaf]].points += points
                        fields[leafField[leaf]].applicableMaximum += leafApplicable
                        let component = leafComponent[leaf]
                        if component >= 0 {
                            components[component].points += points
                            components[component].applicableMaximum += leafApplicable
                        }
                    }
                }
            }
            for section in adjustments {
                var raw: ExactDecimal = 0
                for item in adjustmentItems[section.items] {
                    guard let occurrences = evaluator.number(item.fact), occurrences > 0 else { continue }
                    raw += Swift.min(occurrences * item.perOccurrence, item.cap)
                }
                if section.isBonus { bonus += Swift.min(raw, section.cap) } else { penalty += Swift.min(raw, section.cap) }
            }
        }
        let total = Swift.min(Swift.max(leafPoints + bonus - penalty, 0), applicable)
        return UnitResult(
            frameworkID: framework.id, unit: slots.unit, year: slots.year, file: slots.file, leafPoints: leafPoints, total: total,
            maximum: maximum, applicableMaximum: applicable,
            index: applicable > 0 ? ExactDecimal.product(total, 100, dividedBy: applicable) : 0,
            indexRounded: ExactDecimal.percent(total, of: applicable, decimals: framework.display.percentDecimals),
            bandID: band(total: total, applicable: applicable).map { bandIDs[$0] }, components: components, fields: fields, scorecard: nil)
    }

    /// The index of the band of `total` out of `applicable`, as ``Framework/band(total:applicable:)`` finds it.
    private func band(total: ExactDecimal, applicable: ExactDecimal) -> Int? {
        guard applicable > .zero else { return bands.isEmpty ? nil : bands.count - 1 }
        for (index, band) in bands.enumerated() {
            let order = ExactDecimal.crossCompare(total, 100, band.lower, applicable)
            if band.inclusive ? order != .orderedAscending : order == .orderedDescending { return index }
        }
        return nil
    }
}

/// Applies leaf rules to slots. It mirrors ``LeafEvaluator`` (which also writes the explanations)
/// number for number, operation for operation; the tests compare the two on every leaf kind.
private struct SlotEvaluator {
    let framework: CompiledFramework
    let values: UnsafeBufferPointer<Int64>
    let year: Int64

    @inline(__always)
    func number(_ fact: Int) -> ExactDecimal? {
        guard fact >= 0 else { return nil }
        let raw = values[fact]
        return raw == SubmissionSlots.absent ? nil : ExactDecimal(raw: raw)
    }

    /// The sum of the facts of `range` of the metric facts, or `nil` when one is missing.
    @inline(__always)
    func sum(_ range: Range<Int>) -> ExactDecimal? {
        var total: ExactDecimal = 0
        for index in range {
            guard let v = number(framework.metricFacts[index]) else { return nil }
            total += v
        }
        return total
    }

    /// The metric's numerator and denominator, or `nil` when a fact is missing.
    @inline(__always)
    func parts(_ metric: Int) -> (ExactDecimal, ExactDecimal)? {
        guard metric >= 0 else { return nil }
        let m = framework.metrics[metric]
        guard let n = sum(m.numerator), let d = sum(m.denominator) else { return nil }
        return (n, d)
    }

    @inline(__always)
    func undefined(_ max: ExactDecimal, _ when: WhenUndefined) -> ExactDecimal? {
        switch when {
        case .notApplicable: nil
        case .full: max
        case .zero: 0
        }
    }

    /// The rule's points; `nil` when the leaf does not apply. Missing data earns 0.
    func points(_ leaf: Int) -> ExactDecimal? {
        let max = framework.leafMax[leaf]
        switch framework.leafRules[leaf] {
        case .evidence(let incomplete, let total):
            let base = framework.leafDocumentBase[leaf]
            var present = 0
            for k in 0..<total where SubmissionSlots.bit(values, framework.documentBase, base + k) { present += 1 }
            if present == total { return max }
            if present == 0 { return 0 }
            switch incomplete {
            case .zero: return 0
            case .proportional: return max * ExactDecimal(present) / ExactDecimal(total)
            case .percent(let percent): return max * percent / 100
            }
        case .boolean(let fact):
            guard fact >= 0, values[fact] != SubmissionSlots.absent else { return 0 }
            return values[fact] != 0 ? max : 0
        case .metricTiers(let metric, let tiers, let when):
            guard let (n, d) = parts(metric) else { return 0 }
            if d == 0 { return undefined(max, when) }
            let scaled = n * 100
            for tier in framework.tiers[tiers] where tier.contains(numerator: scaled, denominator: d) { return tier.points }
            return 0
        case .factTiers(let fact, let tiers):
            guard let value = number(fact) else { return 0 }
            for tier in framework.tiers[tiers] where tier.contains(value) { return tier.points }
            return 0
        case .ratio(let metric, let target, let when):
            guard let (n, d) = parts(metric) else { return 0 }
            if d == 0 { return undefined(max, when) }
            let reachesTarget = ExactDecimal.crossCompare(n, 100, target, d) != .orderedAscending
            return reachesTarget ? max : max * n * 100 / (d * target)
        case .deadline(let items, let mode, let latePercent, let missingPercent):
            return deadline(max, items, mode, latePercent, missingPercent)
        case .count(let doneFact, let total, let mode, let when):
            guard let done = number(doneFact) else { return 0 }
            let required: ExactDecimal
            switch total {
            case .required(let r): required = r
            case .fact(let fact):
                guard let t = number(fact) else { return 0 }
                if t == 0 { return undefined(max, when) }
                required = t
            }
            let counted = Swift.min(done, required)
            switch mode {
            case .proportional: return counted == required ? max : max * counted / required
            case .all: return done >= required ? max : 0
            }
        case .ordinal(let fact, let percents):
            guard fact >= 0, values[fact] != SubmissionSlots.absent else { return 0 }
            return max * framework.percents[percents.lowerBound + Int(values[fact])] / 100
        case .direct:
            let given = values[framework.directBase + leaf]
            return given == SubmissionSlots.absent ? 0 : ExactDecimal(raw: given)
        }
    }

    func deadline(_ max: ExactDecimal, _ items: Range<Int>, _ mode: DeadlineMode, _ latePercent: ExactDecimal, _ missingPercent: ExactDecimal)
        -> ExactDecimal
    {
        let share = mode == .perItem ? max / ExactDecimal(items.count) : 0
        var sum: ExactDecimal = 0
        var late = 0
        var absent = 0
        for item in framework.deadlines[items] {
            let value = item.fact >= 0 ? values[item.fact] : SubmissionSlots.absent
            if value == SubmissionSlots.absent {
                absent += 1
                sum += share * missingPercent / 100
                continue
            }
            guard item.isDate else { continue }
            let due = year * 10_000 + item.due
            if item.inclusive ? value <= due : value < due {
                sum += share
            } else {
                late += 1
                sum += share * latePercent / 100
            }
        }
        switch mode {
        case .all:
            if late == 0 && absent == 0 { return max }
            return absent == 0 ? max * latePercent / 100 : max * missingPercent / 100
        case .perItem:
            return sum
        }
    }
}
