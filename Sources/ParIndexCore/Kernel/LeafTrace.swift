/// What the kernel keeps of one leaf while it scores: the few numbers that decided the leaf's
/// points, from which its explanation and its win-back hint are written afterwards (see
/// ``ScoringRecord``), in the one language asked for.
package struct LeafTrace: Sendable, Hashable {
    /// How the leaf's rule came out.
    package enum Outcome: UInt8, Sendable, Hashable {
        /// The rule computed points from what was given.
        case scored
        /// The whole the rule divides by is zero (không phát sinh); ``LeafTrace/points`` follows the
        /// rule's `whenUndefined`, `nil` for not applicable.
        case nothingArose
        /// A fact the rule reads, or the direct points, were not given: 0 points.
        case missingData
        /// An evidence leaf without any of its documents: 0 points.
        case noEvidence
        /// The unit declared the leaf not applicable; the rule was not run.
        case declaredNotApplicable
    }

    /// How the rule came out.
    package var outcome: Outcome
    /// The rule's points before any appraisal correction; `nil` when the leaf does not apply.
    package var points: ExactDecimal?
    /// The first input: a metric's numerator, a fact's value, the documents present, the things done.
    package var first: ExactDecimal = 0
    /// The second input: a metric's denominator, the documents asked for, the things required.
    package var second: ExactDecimal = 0
    /// What decided: the position of the tier (−1 for none) or of the answer; the late items of a deadline.
    package var decider = -1
    /// The items of a deadline that were not given.
    package var missing = 0

    /// A trace of a rule that computed `points`.
    @inline(__always)
    package init(_ outcome: Outcome, points: ExactDecimal?, first: ExactDecimal = 0, second: ExactDecimal = 0, decider: Int = -1, missing: Int = 0) {
        self.outcome = outcome
        self.points = points
        self.first = first
        self.second = second
        self.decider = decider
        self.missing = missing
    }

    /// A fact the rule reads was not given.
    package static var missingData: LeafTrace {
        @inline(__always) get { LeafTrace(.missingData, points: 0) }
    }

    /// Nothing arose: the rule's `whenUndefined` decides, with the leaf's maximum `max`.
    @inline(__always)
    package static func nothingArose(_ when: WhenUndefined, max: ExactDecimal) -> LeafTrace {
        switch when {
        case .notApplicable: LeafTrace(.nothingArose, points: nil)
        case .full: LeafTrace(.nothingArose, points: max)
        case .zero: LeafTrace(.nothingArose, points: 0)
        }
    }
}
