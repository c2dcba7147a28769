/// Receives what the kernel decides for each leaf and each bonus or penalty section. The
/// totals-only path passes ``NoRecording``, which the compiler removes entirely.
package protocol KernelRecorder {
    /// Leaf `leaf`: what its rule decided, its final points and its applicable maximum.
    mutating func record(leaf: Int, _ trace: LeafTrace, points: ExactDecimal, applicable: ExactDecimal)
    /// Bonus or penalty section `section`: its capped points.
    mutating func record(adjustment section: Int, points: ExactDecimal)
}

/// Records nothing: totals only.
package struct NoRecording: KernelRecorder {
    /// Nothing to record.
    package init() {}
    @inline(__always) package mutating func record(leaf: Int, _ trace: LeafTrace, points: ExactDecimal, applicable: ExactDecimal) {}
    @inline(__always) package mutating func record(adjustment section: Int, points: ExactDecimal) {}
}

/// Records every leaf's trace and every section's points, for a scorecard.
package struct TraceRecorder: KernelRecorder {
    /// Each leaf's trace, in leaf order.
    package var traces: [LeafTrace] = []
    /// Each leaf's final points.
    package var points: [ExactDecimal] = []
    /// Each section's capped points.
    package var adjustments: [ExactDecimal] = []

    /// A recorder for `compiled`.
    package init(_ compiled: CompiledFramework) {
        traces.reserveCapacity(compiled.leafCount)
        points.reserveCapacity(compiled.leafCount)
        adjustments.reserveCapacity(compiled.adjustments.count)
    }

    package mutating func record(leaf: Int, _ trace: LeafTrace, points: ExactDecimal, applicable: ExactDecimal) {
        traces.append(trace)
        self.points.append(points)
    }

    package mutating func record(adjustment section: Int, points: ExactDecimal) {
        adjustments.append(points)
    }
}

extension CompiledFramework {
    /// Scores a submission's slots: totals, fields, components and band, without per-leaf detail.
    public func score(_ slots: SubmissionSlots) -> UnitResult {
        var none = NoRecording()
        return score(slots, recording: &none)
    }

    /// The kernel: every leaf's rule, the unit's declarations and the council's corrections,
    /// bonus and penalty, then the totals. The only code that computes points.
    package func score<Recorder: KernelRecorder>(_ slots: SubmissionSlots, recording recorder: inout Recorder) -> UnitResult {
        var fields = emptyFields
        var components = emptyComponents
        let sums = fields.withUnsafeMutableBufferPointer { fields in
            components.withUnsafeMutableBufferPointer { components in
                slots.values.withUnsafeBufferPointer { values in
                    var totals = Totals(self, fields: fields, components: components)
                    score(values, year: slots.year, into: &totals, recording: &recorder)
                    totals.addFractions()
                    return totals.sums
                }
            }
        }
        return Totals.result(sums, fields: fields, components: components, self, slots)
    }

    @inline(__always)
    private func score<Recorder: KernelRecorder>(
        _ values: UnsafeBufferPointer<Int64>, year: Int, into totals: inout Totals, recording recorder: inout Recorder
    ) {
        let input = KernelInput(framework: self, values: values, year: Int64(year))
        for leaf in 0..<leafCount {
            let max = leafMax[leaf]
            if SubmissionSlots.bit(values, notApplicableBase, leaf) {
                totals.add(leaf: leaf, points: 0, applicable: 0)
                recorder.record(leaf: leaf, LeafTrace(.declaredNotApplicable, points: nil), points: 0, applicable: 0)
                continue
            }
            var trace = leafRules[leaf].evaluate(input, leaf: leaf, max: max)
            // The framework's rounding applies to points a rule computed, not to points given directly.
            if leafRounding >= 0, !leafRules[leaf].tookDirectPoints(trace), let exact = trace.points {
                trace.points = exact.rounded(scale: leafRounding)
            }
            var points: ExactDecimal = 0
            var applicable: ExactDecimal = 0
            let appraised = values[appraisalBase + leaf]
            if appraised != SubmissionSlots.absent {
                // The council's correction wins on any leaf it names, even one its rule left out of
                // the maximum (nothing arose): the council made it applicable.
                points = ExactDecimal(raw: appraised)
                applicable = max
            } else if let computed = trace.points {
                points = computed
                applicable = max
            }
            totals.add(leaf: leaf, points: points, applicable: applicable)
            recorder.record(leaf: leaf, trace, points: points, applicable: applicable)
        }
        for (index, section) in adjustments.enumerated() {
            var raw: ExactDecimal = 0
            for item in adjustmentItems[section.items] {
                guard let occurrences = input.number(item.fact), occurrences > 0 else { continue }
                raw += Swift.min(occurrences * item.perOccurrence, item.cap)
            }
            let points = Swift.min(raw, section.cap)
            totals.add(adjustment: points, isBonus: section.isBonus)
            recorder.record(adjustment: index, points: points)
        }
    }
}
