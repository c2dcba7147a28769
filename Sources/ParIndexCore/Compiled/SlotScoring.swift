extension CompiledFramework {
    /// Scores a submission's slots: the same numbers as ``Scorer/score(_:with:explanations:)``,
    /// without the per-leaf detail, in about a microsecond.
    public func score(_ slots: SubmissionSlots) -> UnitResult {
        slots.values.withUnsafeBufferPointer { values in
            var fieldPoints = [ExactDecimal](repeating: 0, count: fieldIDs.count)
            var fieldApplicable = [ExactDecimal](repeating: 0, count: fieldIDs.count)
            var componentPoints = [ExactDecimal](repeating: 0, count: componentIDs.count)
            var componentApplicable = [ExactDecimal](repeating: 0, count: componentIDs.count)
            var leafPoints: ExactDecimal = 0
            var applicable: ExactDecimal = 0
            let evaluator = SlotEvaluator(framework: self, values: values, year: slots.year)
            for leaf in 0..<leafCount {
                var points: ExactDecimal = 0
                var leafApplicable = leafMax[leaf]
                if values[notApplicableBase + leaf] != 0 {
                    leafApplicable = 0
                } else if let computed = evaluator.points(leaf) {
                    let appraised = values[appraisalBase + leaf]
                    points = appraised == SubmissionSlots.absent ? computed : ExactDecimal(raw: appraised)
                } else {
                    leafApplicable = 0
                }
                leafPoints += points
                applicable += leafApplicable
                fieldPoints[leafField[leaf]] += points
                fieldApplicable[leafField[leaf]] += leafApplicable
                let component = leafComponent[leaf]
                if component >= 0 {
                    componentPoints[component] += points
                    componentApplicable[component] += leafApplicable
                }
            }
            var bonus: ExactDecimal = 0
            var penalty: ExactDecimal = 0
            for section in adjustments {
                var raw: ExactDecimal = 0
                for item in section.items {
                    guard let occurrences = evaluator.number(item.fact), occurrences > 0 else { continue }
                    raw += Swift.min(occurrences * item.perOccurrence, item.cap)
                }
                switch section.kind {
                case .bonus: bonus += Swift.min(raw, section.cap)
                case .penalty: penalty += Swift.min(raw, section.cap)
                }
            }
            let total = Swift.min(Swift.max(leafPoints + bonus - penalty, 0), applicable)
            let display = framework.display
            return UnitResult(
                frameworkID: framework.id, unit: slots.unit, year: slots.year, file: slots.file, leafPoints: leafPoints, total: total,
                maximum: maximum, applicableMaximum: applicable,
                index: applicable > 0 ? ExactDecimal.product(total, 100, dividedBy: applicable) : 0,
                indexRounded: ExactDecimal.percent(total, of: applicable, decimals: display.percentDecimals),
                bandID: framework.band(total: total, applicable: applicable)?.id,
                components: (0..<componentIDs.count).map {
                    PartResult(id: componentIDs[$0], points: componentPoints[$0], maximum: componentMaxima[$0], applicableMaximum: componentApplicable[$0])
                },
                fields: (0..<fieldIDs.count).map {
                    PartResult(id: fieldIDs[$0], points: fieldPoints[$0], maximum: fieldMaxima[$0], applicableMaximum: fieldApplicable[$0])
                },
                scorecard: nil)
        }
    }
}

/// Applies leaf rules to slots. It mirrors ``LeafEvaluator`` (which also writes the explanations)
/// number for number, operation for operation; the tests compare the two on every leaf kind.
private struct SlotEvaluator {
    let framework: CompiledFramework
    let values: UnsafeBufferPointer<Int64>
    let year: Int

    @inline(__always)
    func number(_ fact: Int) -> ExactDecimal? {
        guard fact >= 0 else { return nil }
        let raw = values[fact]
        return raw == SubmissionSlots.absent ? nil : ExactDecimal(raw: raw)
    }

    /// The metric's numerator and denominator, or `nil` when a fact is missing.
    func parts(_ metric: Int) -> (ExactDecimal, ExactDecimal)? {
        guard metric >= 0 else { return nil }
        let m = framework.metrics[metric]
        var n: ExactDecimal = 0
        var d: ExactDecimal = 0
        for f in m.numerator { guard let v = number(f) else { return nil }; n += v }
        for f in m.denominator { guard let v = number(f) else { return nil }; d += v }
        return (n, d)
    }

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
            for k in 0..<total where values[base + k] != 0 { present += 1 }
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
            return tiers.first { $0.contains(numerator: n * 100, denominator: d) }?.points ?? 0
        case .factTiers(let fact, let tiers):
            guard let value = number(fact) else { return 0 }
            return tiers.first { $0.contains(value) }?.points ?? 0
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
            return max * percents[Int(values[fact])] / 100
        case .direct:
            let given = values[framework.directBase + leaf]
            return given == SubmissionSlots.absent ? 0 : ExactDecimal(raw: given)
        }
    }

    func deadline(_ max: ExactDecimal, _ items: [SlotDeadline], _ mode: DeadlineMode, _ latePercent: ExactDecimal, _ missingPercent: ExactDecimal)
        -> ExactDecimal
    {
        let share = mode == .perItem ? max / ExactDecimal(items.count) : 0
        var sum: ExactDecimal = 0
        var late = 0
        var absent = 0
        for item in items {
            let value = item.fact >= 0 ? values[item.fact] : SubmissionSlots.absent
            if value == SubmissionSlots.absent {
                absent += 1
                sum += share * missingPercent / 100
                continue
            }
            guard item.isDate else { continue }
            let due = item.due.date(inYear: year).slotValue
            let onTime = item.due.inclusive ? value <= due : value < due
            if onTime {
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
