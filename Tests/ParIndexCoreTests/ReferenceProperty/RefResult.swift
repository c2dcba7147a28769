/// What the reference computes for one submission, in ``RefFraction``s.
struct RefResult {
    /// One leaf's result.
    struct Leaf {
        var id: String
        var points: RefFraction
        var maximum: RefFraction
        var applicable: RefFraction
        /// What the rule gave (after the `leafPoints` rounding), `nil` when the leaf does not apply.
        var computed: RefFraction?
        /// `scored`, `notApplicable`, `noEvidence`, `missingData` or `appraised`.
        var status: String
        var claimed: RefFraction?
    }

    /// Points and maxima of a parent node, a field or a component.
    struct Part {
        var id: String
        var points: RefFraction
        var maximum: RefFraction
        var applicable: RefFraction
    }

    var leaves: [Leaf] = []
    /// Every parent node (fields and criteria), parents first.
    var parents: [Part] = []
    var fields: [Part] = []
    var components: [Part] = []
    /// Each bonus or penalty section's capped points.
    var adjustments: [RefFraction] = []
    var leafPoints = RefFraction.zero
    var total = RefFraction.zero
    var maximum = RefFraction.zero
    var applicable = RefFraction.zero
    var index: RefFraction?
    var indexRounded: RefFraction?
    var band: String?
    /// Leaves whose claimed points differ from their final points: (id, claimed, final).
    var claimDifferences: [(id: String, claimed: RefFraction, final: RefFraction)] = []
}
