import Foundation

@testable import ParIndexCore

/// Compares what the engine gave with what the reference computed, collecting every difference
/// as a sentence: leaf for leaf, node for node, field, component, totals, index, band and the
/// numbers of the JSON result.
struct RefComparison {
    /// The differences found, each naming the case and the value.
    private(set) var differences: [String] = []
    /// What the differences are about, for the messages.
    let label: String
    /// The engine's values already read.
    let cache: RefValueCache

    init(label: String, cache: RefValueCache) {
        self.label = label
        self.cache = cache
    }

    private mutating func check(_ what: @autoclosure () -> String, _ engine: ExactDecimal?, _ reference: RefFraction?) {
        switch (engine, reference) {
        case (nil, nil): return
        case (let e?, let r?) where cache.fraction(e) == r: return
        default: differences.append("\(label) \(what()): engine \(engine.map(\.exactText) ?? "nil"), reference \(reference?.description ?? "nil")")
        }
    }

    private mutating func check<T: Equatable>(_ what: @autoclosure () -> String, same engine: T, _ reference: T) {
        if engine != reference { differences.append("\(label) \(what()): engine \(engine), reference \(reference)") }
    }

    /// The whole scorecard of the full path.
    mutating func compare(_ card: Scorecard, _ ref: RefResult) {
        let leaves = card.leaves
        check("leaf count", same: leaves.count, ref.leaves.count)
        for (e, r) in zip(leaves, ref.leaves) {
            check("leaf id", same: e.id, r.id)
            check("leaf \(r.id) points", e.points, r.points)
            check("leaf \(r.id) max", e.maximum, r.maximum)
            check("leaf \(r.id) applicableMax", e.applicableMaximum, r.applicable)
            check("leaf \(r.id) computedPoints", e.computedPoints, r.computed)
            check("leaf \(r.id) claimedPoints", e.claimedPoints, r.claimed)
            check("leaf \(r.id) status", same: e.status?.rawValue ?? "nil", r.status)
        }
        let parents = card.nodes.filter { !$0.isLeaf }
        check("parent count", same: parents.count, ref.parents.count)
        for (e, r) in zip(parents, ref.parents) {
            check("node \(r.id) points", e.points, r.points)
            check("node \(r.id) applicableMax", e.applicableMaximum, r.applicable)
            check("node \(r.id) max", e.maximum, r.maximum)
        }
        compareParts("component", card.components.map { ($0.id, $0.points, $0.maximum, $0.applicableMaximum) }, ref.components)
        check("adjustment count", same: card.adjustments.count, ref.adjustments.count)
        for (k, (e, r)) in zip(card.adjustments, ref.adjustments).enumerated() { check("adjustment \(k) points", e.points, r) }
        check("leafPoints", card.leafPoints, ref.leafPoints)
        check("total", card.total, ref.total)
        check("max", card.maximum, ref.maximum)
        check("applicableMax", card.applicableMaximum, ref.applicable)
        check("index", card.index, ref.index)
        check("indexRounded", card.indexRounded, ref.indexRounded)
        check("band", same: card.band?.id ?? "nil", ref.band ?? "nil")
        check("claim differences", same: card.claimDifferences.map(\.id), ref.claimDifferences.map(\.id))
        for (e, r) in zip(card.claimDifferences, ref.claimDifferences) {
            check("claim \(r.id) claimed", e.claimed, r.claimed)
            check("claim \(r.id) final", e.final, r.final)
        }
    }

    /// The totals of the batch fast path.
    mutating func compare(_ result: UnitResult, _ ref: RefResult) {
        check("fast leafPoints", result.leafPoints, ref.leafPoints)
        check("fast total", result.total, ref.total)
        check("fast max", result.maximum, ref.maximum)
        check("fast applicableMax", result.applicableMaximum, ref.applicable)
        check("fast index", result.index, ref.index)
        check("fast indexRounded", result.indexRounded, ref.indexRounded)
        check("fast band", same: result.bandID ?? "nil", ref.band ?? "nil")
        compareParts("fast component", result.components.map { ($0.id, $0.points, $0.maximum, $0.applicableMaximum) }, ref.components)
        compareParts("fast field", result.fields.map { ($0.id, $0.points, $0.maximum, $0.applicableMaximum) }, ref.fields)
    }

    private mutating func compareParts(_ kind: String, _ engine: [(String, ExactDecimal, ExactDecimal, ExactDecimal)], _ ref: [RefResult.Part]) {
        check("\(kind) ids", same: engine.map(\.0), ref.map(\.id))
        for (e, r) in zip(engine, ref) {
            check("\(kind) \(r.id) points", e.1, r.points)
            check("\(kind) \(r.id) max", e.2, r.maximum)
            check("\(kind) \(r.id) applicableMax", e.3, r.applicable)
        }
    }

    // MARK: - The JSON result

    /// Whether `object[key]` writes `value` as ResultFormat.md and `JSONWriter.number` say: a
    /// decimal of at most six places as it is, any other value rounded half away from zero to 12
    /// decimals with the exact fraction in `<key>Exact`, `null` for none.
    private mutating func checkJSON(_ what: String, _ object: JSONObject, _ key: String, _ value: RefFraction?) {
        let found = object[key]
        let exact = object[key + "Exact"]
        guard let value else {
            if found != .null || exact != nil {
                differences.append("\(label) JSON \(what).\(key): expected null, found \(String(describing: found))")
            }
            return
        }
        if value.isSixPlaceDecimal {
            if found != .number(value.decimalText(places: 6)) || exact != nil {
                differences.append("\(label) JSON \(what).\(key): expected \(value.decimalText(places: 6)), found \(String(describing: found))")
            }
        } else if found != .number(value.decimalText(places: 12)) || exact != .string(value.fractionText) {
            differences.append(
                "\(label) JSON \(what).\(key): expected \(value.decimalText(places: 12)) and \(value.fractionText), found \(String(describing: found)) and \(String(describing: exact))"
            )
        }
    }

    private static func objects(_ value: JSONValue?) -> [JSONObject] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap { item in
            guard case .object(let object) = item else { return nil }
            return object
        }
    }

    /// The numbers of a scorecard's JSON text.
    mutating func compareJSON(_ text: String, _ ref: RefResult) {
        guard case .object(let root)? = try? JSONParser.parse(Data(text.utf8)) else {
            differences.append("\(label) JSON: not an object")
            return
        }
        for (key, value) in [
            ("total", ref.total), ("max", ref.maximum), ("applicableMax", ref.applicable), ("index", ref.index),
            ("indexRounded", ref.indexRounded), ("leafPoints", ref.leafPoints),
        ] {
            checkJSON("", root, key, value)
        }
        if let band = ref.band {
            guard case .object(let b)? = root["band"], b["id"] == .string(band) else {
                differences.append("\(label) JSON band: expected \(band)")
                return
            }
        } else if root["band"] != .null {
            differences.append("\(label) JSON band: expected null")
        }
        let leaves = Self.objects(root["leaves"])
        check("JSON leaf count", same: leaves.count, ref.leaves.count)
        for (object, leaf) in zip(leaves, ref.leaves) {
            checkJSON("leaf \(leaf.id)", object, "points", leaf.points)
            checkJSON("leaf \(leaf.id)", object, "applicableMax", leaf.applicable)
            checkJSON("leaf \(leaf.id)", object, "computedPoints", leaf.computed)
            checkJSON("leaf \(leaf.id)", object, "claimedPoints", leaf.claimed)
            check("JSON leaf \(leaf.id) status", same: object["status"], .string(leaf.status))
        }
        for (object, node) in zip(Self.objects(root["nodes"]), ref.parents) {
            checkJSON("node \(node.id)", object, "points", node.points)
            checkJSON("node \(node.id)", object, "applicableMax", node.applicable)
        }
        for (object, component) in zip(Self.objects(root["components"]), ref.components) {
            checkJSON("component \(component.id)", object, "points", component.points)
            checkJSON("component \(component.id)", object, "applicableMax", component.applicable)
        }
        for (k, (object, points)) in zip(Self.objects(root["adjustments"]), ref.adjustments).enumerated() {
            checkJSON("adjustment \(k)", object, "points", points)
        }
        for (object, claim) in zip(Self.objects(root["claimDifferences"]), ref.claimDifferences) {
            checkJSON("claim \(claim.id)", object, "claimed", claim.claimed)
            checkJSON("claim \(claim.id)", object, "final", claim.final)
        }
    }
}
