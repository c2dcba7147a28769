/// A generated framework, as the reference reads it: the same content as its JSON text, kept in
/// the generator's own types so that the reference never reads the engine's model. Numbers are in
/// millionths (every number a file holds has at most six decimals).
struct RefFramework {
    /// A fact and its type.
    struct Fact {
        /// The fact's `type`.
        enum Kind: String { case count, amount, date, boolean, answer }
        var id: String
        var kind: Kind
        var options: [String] = []
    }

    /// A metric: sums of facts.
    struct Metric {
        var id: String
        var numerator: [String]
        var denominator: [String]
    }

    /// A band; `inclusive` `nil` leaves the key out (inclusive by default).
    struct Band {
        var id: String
        var lower: Int64
        var inclusive: Bool?
    }

    /// A component and its maximum.
    struct Component {
        var id: String
        var max: Int64
    }

    /// One tier; `lowerInclusive` `nil` leaves the key out (inclusive by default), `upperInclusive`
    /// `nil` too (exclusive by default).
    struct Tier {
        var lower: Int64
        var lowerInclusive: Bool?
        var upper: Int64?
        var upperInclusive: Bool?
        var points: Int64
    }

    /// A deadline item: a date fact and its due date.
    struct DeadlineItem {
        var fact: String
        var month: Int
        var day: Int
        /// Written as quarter and month of quarter when set.
        var quarter: Int?
        var yearOffset: Int?
        var inclusive: Bool?
    }

    /// A leaf's rule, with `nil` for every key left to its default.
    enum Rule {
        case evidence(incomplete: String?, percent: Int64?)
        case boolean(fact: String)
        case tiers(metric: String?, fact: String?, tiers: [Tier], whenUndefined: String?)
        case ratio(metric: String, target: Int64?, whenUndefined: String?)
        case deadline(items: [DeadlineItem], mode: String?, late: Int64?, missing: Int64?)
        case count(done: String, total: String?, required: Int?, mode: String?, whenUndefined: String?)
        case ordinal(fact: String, options: [(answer: String, percent: Int64)])
        case direct(source: String)
        case survey(options: [(answer: String, count: String, percent: Int64)], population: String?, margin: Int64?, whenUndefined: String?)
    }

    /// A node: a leaf with a rule, or a parent with children.
    struct Node {
        var id: String
        var max: Int64
        /// The component written on this node, if any.
        var component: String?
        /// The component the node counts towards (written or inherited).
        var resolvedComponent: String
        var children: [Node] = []
        var rule: Rule?
        var documents: [String] = []
    }

    /// A bonus or penalty item.
    struct Item {
        var id: String
        var fact: String
        var perOccurrence: Int64
        var cap: Int64
    }

    /// A bonus or penalty section.
    struct Section {
        var id: String
        var isBonus: Bool
        var cap: Int64
        var items: [Item]
    }

    var id: String
    var firstYear: Int
    var lastYear: Int
    var pointDecimals: Int?
    var percentDecimals: Int?
    var leafRounding: Int?
    var components: [Component]
    var facts: [Fact]
    var metrics: [Metric]
    var bands: [Band]
    var fields: [Node]
    var adjustments: [Section]

    /// The leaves, in file order.
    var leaves: [Node] {
        var result: [Node] = []
        func walk(_ node: Node) {
            if node.rule != nil { result.append(node) } else { node.children.forEach(walk) }
        }
        fields.forEach(walk)
        return result
    }

    /// The sum of the fields' maxima.
    var maximum: Int64 { fields.reduce(0) { $0 + $1.max } }

    func fact(_ id: String) -> Fact? { facts.first { $0.id == id } }
    func metric(_ id: String) -> Metric? { metrics.first { $0.id == id } }
}

/// A generated submission, as the reference reads it.
struct RefSubmission {
    /// A fact's value; numbers in millionths.
    enum Value {
        case number(Int64)
        case date(year: Int, month: Int, day: Int)
        case boolean(Bool)
        case answer(String)
        /// `null`: not given yet.
        case null
    }

    var frameworkID: String
    var year: Int
    var unitID: String
    var facts: [(id: String, value: Value)] = []
    /// Documents given by leaf, and those written as `null` (not given yet).
    var evidence: [(leaf: String, documents: [String], nulls: [String])] = []
    /// Entries written as `null` (not given yet) in `notApplicable`, `claimed` or `appraisal`.
    var nulls: [(section: String, leaf: String)] = []
    var notApplicable: [String] = []
    var claimed: [(leaf: String, points: Int64)] = []
    var appraisal: [(leaf: String, points: Int64)] = []
    /// `nil` points write `null`.
    var direct: [(leaf: String, points: Int64?)] = []
    /// Write zeros as `-0` (which the format reads as zero).
    var negativeZero = false
    /// How numbers are written (see ``RefJSON/number(_:style:)``).
    var numberStyle = 0

    /// The value of fact `id`; `nil` when not given (absent or `null`).
    func value(_ id: String) -> Value? {
        guard let found = facts.first(where: { $0.id == id }) else { return nil }
        if case .null = found.value { return nil }
        return found.value
    }
}
