/// What a rule reads while the kernel scores one submission: its slots, its year and the
/// compiled framework's tables. Made once per submission; holds no copy of anything.
package struct KernelInput {
    /// The compiled framework.
    package let framework: CompiledFramework
    /// The submission's slots (see ``SubmissionSlots``).
    package let values: UnsafeBufferPointer<Int64>
    /// The year evaluated.
    package let year: Int64

    /// The count or amount in fact slot `fact`; `nil` when it was not given or the slot is −1.
    @inline(__always)
    package func number(_ fact: Int) -> ExactDecimal? {
        guard fact >= 0 else { return nil }
        let raw = values[fact]
        return raw == SubmissionSlots.absent ? nil : ExactDecimal(raw: raw)
    }

    /// The raw value in fact slot `fact`; `nil` when it was not given or the slot is −1.
    @inline(__always)
    package func raw(_ fact: Int) -> Int64? {
        guard fact >= 0, values[fact] != SubmissionSlots.absent else { return nil }
        return values[fact]
    }

    /// The sum of the facts of `range` of the metric facts, or `nil` when one is missing.
    @inline(__always)
    package func sum(_ range: Range<Int>) -> ExactDecimal? {
        var total: ExactDecimal = 0
        for index in range {
            guard let v = number(framework.metricFacts[index]) else { return nil }
            total += v
        }
        return total
    }

    /// The numerator and denominator of metric `metric`, or `nil` when a fact is missing.
    @inline(__always)
    package func parts(_ metric: Int) -> (numerator: ExactDecimal, denominator: ExactDecimal)? {
        guard metric >= 0 else { return nil }
        let m = framework.metrics[metric]
        guard let n = sum(m.numerator), let d = sum(m.denominator) else { return nil }
        return (n, d)
    }

    /// Whether document `index` (numbered across the framework) was given.
    @inline(__always)
    package func hasDocument(_ index: Int) -> Bool {
        SubmissionSlots.bit(values, framework.documentBase, index)
    }
}
