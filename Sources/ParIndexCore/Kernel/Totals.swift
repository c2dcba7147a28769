/// The one place where leaf points become totals: fields, components, bonus and penalty, the
/// clamped total, the index and the band. Both the totals-only path and scorecards use it.
///
/// It adds into the buffers of the result's fields and components, so that the kernel's loop
/// neither copies nor checks an array.
struct Totals {
    private let leafField: UnsafeBufferPointer<Int>
    private let leafComponent: UnsafeBufferPointer<Int>
    private let fields: UnsafeMutableBufferPointer<PartResult>
    private let components: UnsafeMutableBufferPointer<PartResult>
    /// The sums over the whole unit.
    private(set) var sums = Sums()

    /// Points of the leaves, applicable maximum, bonus and penalty.
    struct Sums {
        var leafPoints: ExactDecimal = 0
        var applicable: ExactDecimal = 0
        var bonus: ExactDecimal = 0
        var penalty: ExactDecimal = 0

        /// Leaf points + bonus − penalty, kept within 0 and the applicable maximum.
        var total: ExactDecimal { Swift.min(Swift.max(leafPoints + bonus - penalty, 0), applicable) }
    }

    /// Totals of `compiled` adding into `fields` and `components` (copies of its empty ones).
    init(_ compiled: CompiledFramework, fields: UnsafeMutableBufferPointer<PartResult>, components: UnsafeMutableBufferPointer<PartResult>) {
        leafField = compiled.leafField
        leafComponent = compiled.leafComponent
        self.fields = fields
        self.components = components
    }

    /// Adds the final points and the applicable maximum of leaf `leaf`.
    @inline(__always)
    mutating func add(leaf: Int, points: ExactDecimal, applicable leafApplicable: ExactDecimal) {
        sums.leafPoints += points
        sums.applicable += leafApplicable
        let field = leafField[leaf]
        fields[field].points += points
        fields[field].applicableMaximum += leafApplicable
        let component = leafComponent[leaf]
        if component >= 0 {
            components[component].points += points
            components[component].applicableMaximum += leafApplicable
        }
    }

    /// Adds the capped points of a bonus or penalty section.
    @inline(__always)
    mutating func add(adjustment points: ExactDecimal, isBonus: Bool) {
        if isBonus { sums.bonus += points } else { sums.penalty += points }
    }

    /// The unit's result from its sums, fields and components.
    static func result(
        _ sums: Sums, fields: [PartResult], components: [PartResult], _ compiled: CompiledFramework, _ slots: SubmissionSlots
    ) -> UnitResult {
        let total = sums.total
        let applicable = sums.applicable
        let framework = compiled.framework
        return UnitResult(
            frameworkID: framework.id, unit: slots.unit, year: slots.year, file: slots.file, leafPoints: sums.leafPoints, total: total,
            maximum: compiled.maximum, applicableMaximum: applicable,
            index: applicable > 0 ? total * 100 / applicable : nil,
            indexRounded: applicable > 0 ? ExactDecimal.percent(total, of: applicable, decimals: framework.display.percentDecimals) : nil,
            bandID: band(total: total, applicable: applicable, compiled.bands).map { compiled.bandIDs[$0] }, components: components,
            fields: fields, scorecard: nil)
    }

    /// The position of the band of `total` out of `applicable`, compared exactly (no rounded
    /// index): the first band, highest first, whose lower bound the index reaches. With nothing
    /// applicable, none: the index is undefined (không xếp loại).
    static func band(total: ExactDecimal, applicable: ExactDecimal, _ bands: UnsafeBufferPointer<SlotBand>) -> Int? {
        guard applicable > .zero else { return nil }
        for (index, band) in bands.enumerated() {
            let order = ExactDecimal.crossCompare(total, 100, band.lower, applicable)
            if band.inclusive ? order != .orderedAscending : order == .orderedDescending { return index }
        }
        return nil
    }
}
