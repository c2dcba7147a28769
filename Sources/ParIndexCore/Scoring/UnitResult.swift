/// A unit's result without the per-leaf detail: what a ranking shows.
///
/// ``CompiledFramework/score(_:)`` makes one straight from a submission's slots; a full
/// ``Scorecard`` gives the same numbers through ``Scorecard/result``.
public struct UnitResult: Sendable, Equatable {
    /// The framework it was scored with.
    public var frameworkID: String
    /// The unit.
    public var unit: Unit
    /// The year evaluated.
    public var year: Int
    /// The submission file.
    public var file: String
    /// Points of the leaves, before bonus and penalty.
    public var leafPoints: ExactDecimal
    /// The final points (see ``Scorecard/total``).
    public var total: ExactDecimal
    /// The framework's maximum.
    public var maximum: ExactDecimal
    /// The maximum less the leaves that do not apply.
    public var applicableMaximum: ExactDecimal
    /// total ÷ applicable maximum × 100, exactly; `nil` when nothing applies to the unit.
    public var index: ExactDecimal?
    /// The index rounded once to the framework's displayed precision (see ``Scorecard/indexRounded``).
    public var indexRounded: ExactDecimal?
    /// The id of the band the index falls in; `nil` when nothing applies (không xếp loại).
    public var bandID: String?
    /// Points per component, in the framework's order (one `total` when it has none).
    public var components: [PartResult]
    /// Points per field, in the framework's order.
    public var fields: [PartResult]
    /// The whole scorecard, with every node and explanation, when it was computed.
    public var scorecard: Scorecard? {
        get { scorecardBox?.scorecard }
        set { scorecardBox = newValue.map(ScorecardBox.init) }
    }

    /// The scorecard behind a reference, so that a result stays small to copy and sort.
    private var scorecardBox: ScorecardBox?

    /// A result.
    public init(
        frameworkID: String, unit: Unit, year: Int, file: String, leafPoints: ExactDecimal, total: ExactDecimal, maximum: ExactDecimal,
        applicableMaximum: ExactDecimal, index: ExactDecimal?, indexRounded: ExactDecimal?, bandID: String?, components: [PartResult],
        fields: [PartResult], scorecard: Scorecard?
    ) {
        self.frameworkID = frameworkID
        self.unit = unit
        self.year = year
        self.file = file
        self.leafPoints = leafPoints
        self.total = total
        self.maximum = maximum
        self.applicableMaximum = applicableMaximum
        self.index = index
        self.indexRounded = indexRounded
        self.bandID = bandID
        self.components = components
        self.fields = fields
        self.scorecardBox = scorecard.map(ScorecardBox.init)
    }

    /// Equal numbers, unit, file and scorecard.
    public static func == (a: UnitResult, b: UnitResult) -> Bool {
        a.frameworkID == b.frameworkID && a.unit == b.unit && a.year == b.year && a.file == b.file && a.leafPoints == b.leafPoints
            && a.total == b.total && a.maximum == b.maximum && a.applicableMaximum == b.applicableMaximum && a.index == b.index
            && a.indexRounded == b.indexRounded && a.bandID == b.bandID && a.components == b.components && a.fields == b.fields
            && a.scorecard == b.scorecard
    }

    /// Whether nothing applies to the unit, so that it has no index and no band.
    public var isUnrated: Bool { index == nil }

    /// The field `id`.
    public func field(_ id: String) -> PartResult? { fields.first { $0.id == id } }

    /// The field sub-index (points ÷ applicable maximum × 100) of field `id`; `nil` when nothing in it applies.
    public func fieldIndex(_ id: String) -> ExactDecimal? {
        field(id)?.subIndex
    }

    /// The points of component `id`.
    public func componentPoints(_ id: String) -> ExactDecimal? {
        components.first { $0.id == id }?.points
    }
}

/// A scorecard held by reference.
private final class ScorecardBox: Sendable {
    let scorecard: Scorecard
    init(_ scorecard: Scorecard) { self.scorecard = scorecard }
}

/// The points of a field or a component.
public struct PartResult: Sendable, Hashable {
    /// The field's or component's id.
    public var id: String
    /// The points earned.
    public var points: ExactDecimal
    /// Its maximum.
    public var maximum: ExactDecimal
    /// Its maximum less what does not apply.
    public var applicableMaximum: ExactDecimal

    /// points ÷ applicable maximum × 100; `nil` when nothing in it applies.
    public var subIndex: ExactDecimal? {
        applicableMaximum > 0 ? points * 100 / applicableMaximum : nil
    }
}

extension Scorecard {
    /// The scorecard's totals as a ``UnitResult`` that carries the scorecard.
    public var result: UnitResult {
        var result = totals
        result.scorecard = self
        return result
    }
}
