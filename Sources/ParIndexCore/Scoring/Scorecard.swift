import Foundation

/// A unit's result for one year: points per node with explanations, totals, index and band.
///
/// Every number is exact; round only when showing it (see ``DisplaySettings``).
public struct Scorecard: Sendable, Equatable {
    /// The framework it was scored with.
    public var frameworkID: String
    /// The framework's title.
    public var frameworkTitle: LocalizedText
    /// The unit.
    public var unit: Unit
    /// The year evaluated.
    public var year: Int
    /// The submission file.
    public var file: String
    /// Display rounding of the framework.
    public var display: DisplaySettings
    /// Every node of the tree, parents first, in framework order.
    public var nodes: [NodeScore]
    /// Points per component (appraised, survey, …).
    public var components: [ComponentScore]
    /// Bonus and penalty sections.
    public var adjustments: [AdjustmentScore]
    /// Points of the leaves, before bonus and penalty.
    public var leafPoints: ExactDecimal
    /// The final points: leaf points + bonus − penalty, kept within 0 and ``applicableMaximum``.
    public var total: ExactDecimal
    /// The framework's maximum.
    public var maximum: ExactDecimal
    /// The maximum less the leaves that do not apply to the unit.
    public var applicableMaximum: ExactDecimal
    /// total ÷ applicable maximum × 100, exactly (see ``indexRounded`` for display); `nil` when
    /// nothing applies to the unit: its index is undefined, it has no band (không xếp loại) and a
    /// ranking lists it apart.
    public var index: ExactDecimal?
    /// The band the index falls in.
    public var band: BandResult?
    /// Points lost, largest first, each with what would win them back.
    public var lostPoints: [LostPoints]
    /// Leaves whose claimed points differ from the final points.
    public var claimDifferences: [ClaimDifference]
    /// Problems that did not stop scoring (missing facts, missing documents).
    public var warnings: [Diagnostic]
    /// The totals as the kernel computed them.
    package var totals: UnitResult

    /// The index rounded once, exactly from total and applicable maximum, to the framework's
    /// displayed precision: what people see, and what ties in a ranking are decided on.
    public var indexRounded: ExactDecimal? {
        totals.indexRounded
    }

    /// The leaf scores, in order.
    public var leaves: [NodeScore] { nodes.filter(\.isLeaf) }

    /// The score of node `id`.
    public func node(_ id: String) -> NodeScore? { nodes.first { $0.id == id } }

    /// The fields (top-level nodes).
    public var fields: [NodeScore] { nodes.filter { $0.level == 1 } }
}

/// The band an index falls in.
public struct BandResult: Sendable, Hashable {
    /// The band's id.
    public var id: String
    /// The band's label.
    public var label: LocalizedText
}

/// How a leaf got its points.
public enum LeafStatus: String, Sendable, Hashable, CaseIterable {
    /// Computed by its rule.
    case scored
    /// Declared not applicable, or nothing arose; it leaves the maximum.
    case notApplicable
    /// Scored on evidence and no document was given.
    case noEvidence
    /// A fact the rule needs, or the direct points, were not given.
    case missingData
    /// Set by the appraisal council, overriding the rule.
    case appraised

    /// The label of the status.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.scored, .vi): "đã chấm"
        case (.scored, .en): "scored"
        case (.notApplicable, .vi): "không áp dụng"
        case (.notApplicable, .en): "not applicable"
        case (.noEvidence, .vi): "thiếu tài liệu"
        case (.noEvidence, .en): "no evidence"
        case (.missingData, .vi): "thiếu dữ liệu"
        case (.missingData, .en): "missing data"
        case (.appraised, .vi): "thẩm định"
        case (.appraised, .en): "set by appraisal"
        }
    }
}

/// The result of one node of the tree.
public struct NodeScore: Sendable, Hashable {
    /// The node id.
    public var id: String
    /// The node title.
    public var title: LocalizedText
    /// 1 for a field, 2 for a criterion, 3 for a sub-criterion, …
    public var level: Int
    /// The parent's id; `nil` for a field.
    public var parentID: String?
    /// Whether the node is a scored leaf.
    public var isLeaf: Bool
    /// The component it counts towards; `nil` for a parent whose children count towards several.
    public var component: String?
    /// The maximum in the framework.
    public var maximum: ExactDecimal
    /// The maximum less what does not apply.
    public var applicableMaximum: ExactDecimal
    /// The points earned.
    public var points: ExactDecimal
    /// For a leaf: how it got its points.
    public var status: LeafStatus?
    /// For a leaf: the rule kind.
    public var ruleKind: String?
    /// For a leaf: the points its rule computed, before any appraisal correction.
    public var computedPoints: ExactDecimal?
    /// For a leaf: the points the unit claimed.
    public var claimedPoints: ExactDecimal?
    /// Official or adapted.
    public var provenance: Provenance.Status
    /// What the leaf's explanation is written from; `nil` for a parent.
    package var source: ExplanationSource?

    /// For a leaf: one sentence with the inputs and the result, in `language`, written when asked.
    public func explanation(_ language: Language) -> String? {
        source?.explanation(language)
    }

    /// For a leaf: one sentence with the inputs and the result, in both languages.
    public var explanation: LocalizedText? {
        guard source != nil, let vi = explanation(.vi) else { return nil }
        return LocalizedText(vi: vi, en: explanation(.en))
    }
}

/// The points of one component.
public struct ComponentScore: Sendable, Hashable {
    /// The component id.
    public var id: String
    /// The title.
    public var title: LocalizedText
    /// The points earned by its leaves.
    public var points: ExactDecimal
    /// Its maximum.
    public var maximum: ExactDecimal
    /// Its maximum less what does not apply.
    public var applicableMaximum: ExactDecimal
}

/// The points of a bonus or penalty section.
public struct AdjustmentScore: Sendable, Hashable {
    /// The section id.
    public var id: String
    /// Bonus or penalty.
    public var kind: AdjustmentSection.Kind
    /// The title.
    public var title: LocalizedText
    /// The points added (bonus) or removed (penalty), after caps; never negative.
    public var points: ExactDecimal
    /// What the explanation is written from.
    package var source: ExplanationSource

    /// What made up the points, in `language`, written when asked.
    public func explanation(_ language: Language) -> String {
        source.explanation(language)
    }

    /// What made up the points, in both languages.
    public var explanation: LocalizedText {
        LocalizedText(vi: explanation(.vi), en: explanation(.en))
    }
}

/// Points a leaf did not earn, and how to win them back.
public struct LostPoints: Sendable, Hashable {
    /// The leaf id.
    public var id: String
    /// The leaf title.
    public var title: LocalizedText
    /// max − points.
    public var points: ExactDecimal
    /// What the hint is written from.
    package var source: ExplanationSource

    /// What would win them back, in `language`, written when asked.
    public func hint(_ language: Language) -> String {
        source.hint(language) ?? "—"
    }

    /// What would win them back, in both languages.
    public var hint: LocalizedText {
        LocalizedText(vi: hint(.vi), en: hint(.en))
    }
}

/// A claimed score that differs from the final one.
public struct ClaimDifference: Sendable, Hashable {
    /// The leaf id.
    public var id: String
    /// What the unit claimed.
    public var claimed: ExactDecimal
    /// The final points.
    public var final: ExactDecimal
}
