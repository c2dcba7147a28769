/// The one place where leaf points become totals: fields, components, bonus and penalty, the
/// clamped total, the index and the band. Both the totals-only path and scorecards use it.
struct Totals {
    private let compiled: CompiledFramework
    private(set) var fields: [PartResult]
    private(set) var components: [PartResult]
    private(set) var leafPoints: ExactDecimal = 0
    private(set) var applicable: ExactDecimal = 0
    private(set) var bonus: ExactDecimal = 0
    private(set) var penalty: ExactDecimal = 0

    init(_ compiled: CompiledFramework) {
        self.compiled = compiled
        fields = compiled.emptyFields
        components = compiled.emptyComponents
    }

    /// Adds the final points and the applicable maximum of leaf `leaf`.
    @inline(__always)
    mutating func add(leaf: Int, points: ExactDecimal, applicable leafApplicable: ExactDecimal) {
        leafPoints += points
        applicable += leafApplicable
        let field = compiled.leafField[leaf]
        fields[field].points += points
        fields[field].applicableMaximum += leafApplicable
        let component = compiled.leafComponent[leaf]
        if component >= 0 {
            components[component].points += points
            components[component].applicableMaximum += leafApplicable
        }
    }

    /// Adds the capped points of a bonus or penalty section.
    @inline(__always)
    mutating func add(adjustment points: ExactDecimal, isBonus: Bool) {
        if isBonus { bonus += points } else { penalty += points }
    }

    /// Leaf points + bonus − penalty, kept within 0 and the applicable maximum.
    var total: ExactDecimal { Swift.min(Swift.max(leafPoints + bonus - penalty, 0), applicable) }

    /// The unit's result.
    func result(_ slots: SubmissionSlots) -> UnitResult {
        let total = self.total
        let framework = compiled.framework
        return UnitResult(
            frameworkID: framework.id, unit: slots.unit, year: slots.year, file: slots.file, leafPoints: leafPoints, total: total,
            maximum: compiled.maximum, applicableMaximum: applicable,
            index: applicable > 0 ? ExactDecimal.product(total, 100, dividedBy: applicable) : 0,
            indexRounded: ExactDecimal.percent(total, of: applicable, decimals: framework.display.percentDecimals),
            bandID: Self.band(total: total, applicable: applicable, compiled.bands).map { compiled.bandIDs[$0] }, components: components,
            fields: fields, scorecard: nil)
    }

    /// The position of the band of `total` out of `applicable`, compared exactly (no rounded
    /// index): the first band, highest first, whose lower bound the index reaches. With nothing
    /// applicable, the lowest band.
    static func band(total: ExactDecimal, applicable: ExactDecimal, _ bands: UnsafeBufferPointer<SlotBand>) -> Int? {
        guard applicable > .zero else { return bands.isEmpty ? nil : bands.count - 1 }
        for (index, band) in bands.enumerated() {
            let order = ExactDecimal.crossCompare(total, 100, band.lower, applicable)
            if band.inclusive ? order != .orderedAscending : order == .orderedDescending { return index }
        }
        return nil
    }
}
