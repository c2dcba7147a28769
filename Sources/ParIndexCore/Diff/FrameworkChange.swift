/// One difference between two versions of a framework, in words (see ``FrameworkDiff``).
public struct FrameworkChange: Sendable, Hashable {
    /// What changed.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The framework's title, years, unit kinds, rounding or display.
        case framework
        /// A component added.
        case componentAdded
        /// A component removed.
        case componentRemoved
        /// A component's maximum or title changed.
        case componentChanged
        /// A band added.
        case bandAdded
        /// A band removed.
        case bandRemoved
        /// A band's threshold or label changed.
        case bandChanged
        /// A node (field, criterion, leaf) added.
        case nodeAdded
        /// A node removed.
        case nodeRemoved
        /// A node found under another id or another parent (matched by title).
        case nodeMoved
        /// A node's title changed.
        case nodeRenamed
        /// A node's maximum changed.
        case maximumChanged
        /// The component a node counts towards changed.
        case nodeComponentChanged
        /// A leaf's rule changed (kind, tiers, target, facts read).
        case ruleChanged
        /// A leaf's evidence documents changed.
        case documentsChanged
        /// A node's provenance status changed (official or adapted).
        case provenanceChanged
        /// A fact added.
        case factAdded
        /// A fact dropped.
        case factRemoved
        /// A fact's type or options changed.
        case factChanged
        /// A metric added.
        case metricAdded
        /// A metric dropped.
        case metricRemoved
        /// A metric's formula changed.
        case metricChanged
        /// A bonus or penalty section or item added, removed or changed.
        case adjustmentChanged
    }

    /// What changed.
    public var kind: Kind
    /// The id of what changed: a node's id (the new one when it moved), a fact's, a band's….
    public var subject: String
    /// The value before, as the criteria table writes it, if any.
    public var before: String?
    /// The value after, as the criteria table writes it, if any.
    public var after: String?
    /// The change as a sentence.
    public var text: LocalizedText
    /// The leaves whose points the change can move: old ids and new ids.
    public var leaves: Set<String> = []
}
