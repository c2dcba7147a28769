import Foundation

/// A node of the criteria tree: a field (lĩnh vực), a criterion (tiêu chí) or a scored
/// sub-criterion (tiêu chí thành phần).
public struct Node: Sendable, Hashable {
    /// The dotted id, for example `1.1.2`.
    public var id: String
    /// The title.
    public var title: LocalizedText
    /// The maximum points.
    public var max: ExactDecimal
    /// The component (appraised, survey, …) the node's points count towards; `nil` for a parent
    /// whose children count towards different components.
    public var component: String?
    /// Where the node comes from.
    public var provenance: Provenance
    /// The children; empty for a leaf.
    public var children: [Node]
    /// How a leaf is scored; `nil` for a parent.
    public var rule: Rule?
    /// The evidence documents a leaf asks for.
    public var documents: [DocumentRequirement]
    /// The JSON path of the node in its framework file.
    public var path: JSONPath

    /// Whether the node is a scored leaf.
    public var isLeaf: Bool { rule != nil }

    /// The node's leaves, in tree order.
    public var leaves: [Node] { isLeaf ? [self] : children.flatMap { $0.leaves } }

    /// The node and all its descendants, parents first.
    public var allNodes: [Node] { [self] + children.flatMap { $0.allNodes } }
}

/// An evidence document (tài liệu kiểm chứng) a leaf asks for.
public struct DocumentRequirement: Sendable, Hashable {
    /// The id submissions use.
    public var id: String
    /// What the document is.
    public var title: LocalizedText
}

/// A bonus or penalty section with its cap.
public struct AdjustmentSection: Sendable, Hashable {
    /// Whether the section adds or removes points.
    public enum Kind: String, Sendable, Hashable {
        /// Points added (điểm thưởng).
        case bonus
        /// Points removed (điểm trừ).
        case penalty
    }

    /// The id.
    public var id: String
    /// Bonus or penalty.
    public var kind: Kind
    /// The title.
    public var title: LocalizedText
    /// The most points the whole section can give or take.
    public var cap: ExactDecimal
    /// Where the section comes from.
    public var provenance: Provenance
    /// The items, each per occurrence of a counted fact.
    public var items: [AdjustmentItem]
}

/// One bonus or penalty: points per occurrence of a counted fact, up to a cap.
public struct AdjustmentItem: Sendable, Hashable {
    /// The id.
    public var id: String
    /// The title.
    public var title: LocalizedText
    /// The `count` fact of occurrences.
    public var fact: String
    /// Points per occurrence.
    public var perOccurrence: ExactDecimal
    /// The most points the item can give or take.
    public var cap: ExactDecimal
    /// Where the item comes from.
    public var provenance: Provenance
}
