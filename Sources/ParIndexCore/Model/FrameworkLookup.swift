/// Dictionaries over a framework's facts, metrics and nodes, built once when it is loaded so that
/// validating and scoring thousands of submissions never searches a list.
package final class FrameworkLookup: Sendable {
    let facts: [String: Fact]
    let metrics: [String: Metric]
    let leaves: [String: Node]
    let nodeIDs: Set<String>
    let leafList: [Node]

    init(facts: [Fact], metrics: [Metric], fields: [Node]) {
        self.facts = Dictionary(facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.metrics = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let leaves = fields.flatMap(\.leaves)
        self.leafList = leaves
        self.leaves = Dictionary(leaves.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.nodeIDs = Set(fields.flatMap(\.allNodes).map(\.id))
    }
}
