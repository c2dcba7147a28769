/// The one place where leaf points become totals: fields, components, bonus and penalty, the
/// clamped total, the index and the band. Both the totals-only path and scorecards use it.
///
/// It adds into the buffers of the result's fields and components, so that the kernel's loop
/// neither copies nor checks an array.
struct Totals {
    private let leafField: UnsafeBufferPointer<Int>
    private let leafComponent: UnsafeBufferPointer<Int>
    /// Whether every leaf belongs to a component (then the components partition the unit).
    private let everyLeafHasComponent: Bool
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
        everyLeafHasComponent = compiled.everyLeafHasComponent
        self.fields = fields
        self.components = components
    }

    /// The leaves whose points are not decimals of six places (a ratio's 3/14): added once, at
    /// the end, by `ExactSum`, instead of one by one into every total they belong to.
    private(set) var fractions: [LeafFraction] = []

    /// A leaf's points that are not a decimal of six places.
    struct LeafFraction {
        var leaf: Int
        var points: ExactDecimal
    }

    /// Adds the final points and the applicable maximum of leaf `leaf`.
    @inline(__always)
    mutating func add(leaf: Int, points: ExactDecimal, applicable leafApplicable: ExactDecimal) {
        sums.applicable += leafApplicable
        let field = leafField[leaf]
        fields[field].applicableMaximum += leafApplicable
        let component = leafComponent[leaf]
        if component >= 0 { components[component].applicableMaximum += leafApplicable }
        guard points.isPlain else {
            fractions.append(LeafFraction(leaf: leaf, points: points))
            return
        }
        sums.leafPoints += points
        fields[field].points += points
        if component >= 0 { components[component].points += points }
    }

    /// Adds the fractions kept aside into the sums, fields and components.
    mutating func addFractions() {
        guard !fractions.isEmpty else { return }
        // When every leaf has a component, the unit's sum is the sum of the components' sums:
        // the fractions are combined once, not twice.
        let byComponents = everyLeafHasComponent
        var unit = ExactSum()
        unit.add(sums.leafPoints)
        var fieldSums = [ExactSum?](repeating: nil, count: fields.count)
        var componentSums = [ExactSum?](repeating: nil, count: components.count)
        for fraction in fractions {
            let (leaf, points) = (fraction.leaf, fraction.points)
            if !byComponents { unit.add(points) }
            let field = leafField[leaf]
            if fieldSums[field] == nil { fieldSums[field] = Self.start(fields[field].points) }
            fieldSums[field]?.add(points)
            let component = leafComponent[leaf]
            guard component >= 0 else { continue }
            if componentSums[component] == nil { componentSums[component] = Self.start(components[component].points) }
            componentSums[component]?.add(points)
        }
        for (field, sum) in fieldSums.enumerated() { if let sum { fields[field].points = sum.value } }
        for (component, sum) in componentSums.enumerated() { if let sum { components[component].points = sum.value } }
        if byComponents {
            var total = ExactDecimal.zero
            for component in components.indices { total = total + components[component].points }
            sums.leafPoints = total
        } else {
            sums.leafPoints = unit.value
        }
        fractions.removeAll()
    }

    private static func start(_ value: ExactDecimal) -> ExactSum {
        var sum = ExactSum()
        sum.add(value)
        return sum
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
        let index = applicable > 0 ? total * 100 / applicable : nil
        // One division gives the index's millionths, which decide both its display and its band.
        let millionths = index.flatMap { $0.isPlain ? nil : $0.truncatedMillionths }
        let places = Swift.min(Swift.max(compiled.framework.display.percentDecimals, 0), ExactDecimal.fractionDigits)
        let indexRounded = millionths.flatMap { ExactDecimal.rounded(millionths: $0, places: places) } ?? index?.rounded(scale: places)
        let framework = compiled.framework
        return UnitResult(
            frameworkID: framework.id, unit: slots.unit, year: slots.year, file: slots.file, leafPoints: sums.leafPoints, total: total,
            maximum: compiled.maximum, applicableMaximum: applicable,
            index: index, indexRounded: indexRounded,
            bandID: index.flatMap { band(index: $0, millionths: millionths, compiled.bands) }.map { compiled.bandIDs[$0] }, components: components,
            fields: fields, scorecard: nil)
    }

    /// The position of the band of `total` out of `applicable`, compared exactly (no rounded
    /// index): the first band, highest first, whose lower bound the index reaches. With nothing
    /// applicable, none: the index is undefined (không xếp loại).
    static func band(total: ExactDecimal, applicable: ExactDecimal, _ bands: UnsafeBufferPointer<SlotBand>) -> Int? {
        guard applicable > .zero else { return nil }
        return band(index: total * 100 / applicable, bands)
    }

    /// The position of the band of the exact `index`: one division gives its millionths and
    /// whether they are exact, which decides against every bound of six decimals.
    static func band(
        index: ExactDecimal, millionths: Millionths? = nil, _ bands: UnsafeBufferPointer<SlotBand>
    ) -> Int? {
        if let m = millionths ?? index.truncatedMillionths, bands.first?.lower.plainRaw != nil {
            // index = m.value + δ millionths, 0 ≤ δ < 1 (index ≥ 0), δ = 0 when exact.
            for (position, band) in bands.enumerated() {
                guard let lower = band.lower.plainRaw else { return slowBand(index: index, bands) }
                let reached = band.inclusive ? m.value >= lower : (m.value > lower || (m.value == lower && !m.exact))
                if reached { return position }
            }
            return nil
        }
        return slowBand(index: index, bands)
    }

    private static func slowBand(index: ExactDecimal, _ bands: UnsafeBufferPointer<SlotBand>) -> Int? {
        for (position, band) in bands.enumerated() where band.inclusive ? index >= band.lower : index > band.lower {
            return position
        }
        return nil
    }
}
