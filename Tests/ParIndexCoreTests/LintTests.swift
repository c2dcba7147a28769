import Foundation
import Testing

@testable import ParIndexCore

@Suite("Criteria lint")
struct LintTests {
    /// The errors of a criteria file as `path: code`.
    func codes(_ json: String) -> [String] {
        Fixtures.frameworkErrors(json).map { "\($0.path): \($0.code.rawValue)" }
    }

    let direct = #"{ "kind": "direct", "source": "survey" }"#

    @Test func childrenMustAddUpToTheirParent() {
        let leaves = [Fixtures.leaf("1.1", max: "1.5", rule: direct), Fixtures.leaf("1.2", max: "2", rule: direct)].joined(separator: ",")
        let errors = Fixtures.frameworkErrors(Fixtures.miniFramework(leaves: "[\(leaves)]", fieldMax: "4"))
        let sum = errors.first { $0.code == .lintChildrenSumDiffers }
        #expect(sum?.path.description == "fields[0].max")
        #expect(sum?.arguments == ["node": "1", "max": "4", "sum": "3.5", "children": "1.1: 1.5, 1.2: 2"])
        // The wording, in both languages.
        #expect(sum?.message.text(.en) == "node 1: max 4 differs from the sum of its children's maxima 3.5 (1.1: 1.5, 1.2: 2)")
        #expect(sum?.message.vi == "tiêu chí 1: điểm tối đa 4 khác tổng điểm tối đa của các tiêu chí con 3.5 (1.1: 1.5, 1.2: 2)")
    }

    @Test func tiersWithAGapOrAnOverlapAreRefused() {
        let facts = #"[ { "id": "n", "title": "n", "type": "count" }, { "id": "d", "title": "d", "type": "count" } ]"#
        let metrics = #"[ { "id": "r", "title": "r", "numerator": "n", "denominator": "d" } ]"#
        let gap = #"{ "kind": "tiers", "metric": "r", "tiers": [ { "lower": 95, "points": 1 }, { "lower": 0, "upper": 90, "points": 0 } ] }"#
        #expect(
            codes(Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: gap))]", facts: facts, metrics: metrics, fieldMax: "1"))
                .contains("fields[0].children[0].rule.tiers: lint.tierGap"))
        let overlap =
            #"{ "kind": "tiers", "metric": "r", "tiers": [ { "lower": 90, "points": 1 }, { "lower": 0, "upper": 90, "upperInclusive": true, "points": 0 } ] }"#
        let overlaps = Fixtures.frameworkErrors(
            Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: overlap))]", facts: facts, metrics: metrics, fieldMax: "1"))
        #expect(overlaps.contains { $0.code == .lintTiersOverlap && $0.arguments["at"] == "90" })
        let short = #"{ "kind": "tiers", "metric": "r", "tiers": [ { "lower": 0, "upper": 90, "points": 1 } ] }"#
        let stops = Fixtures.frameworkErrors(
            Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: short))]", facts: facts, metrics: metrics, fieldMax: "1"))
        #expect(stops.contains { $0.code == .lintTiersStopShort && $0.arguments["end"] == "100 %" })
        let tooMany = #"{ "kind": "tiers", "metric": "r", "tiers": [ { "lower": 0, "points": 2 } ] }"#
        #expect(
            codes(Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: tooMany))]", facts: facts, metrics: metrics, fieldMax: "1"))
                .contains("fields[0].children[0].rule.tiers[0].points: lint.tierAboveMaximum"))
    }

    @Test func undeclaredFactsMetricsAndDuplicates() {
        let metrics = #"[ { "id": "r", "title": "r", "numerator": "ghost", "denominator": "d" } ]"#
        let leaves = [
            Fixtures.leaf("1.1", max: "1", rule: #"{ "kind": "ratio", "metric": "r" }"#),
            Fixtures.leaf("1.1", max: "1", rule: #"{ "kind": "boolean", "fact": "nope" }"#),
        ].joined(separator: ",")
        let errors = Fixtures.frameworkErrors(Fixtures.miniFramework(leaves: "[\(leaves)]", metrics: metrics, fieldMax: "2"))
        #expect(errors.contains { $0.code == .lintMetricUndeclaredFact && $0.arguments == ["metric": "r", "fact": "ghost"] })
        #expect(errors.contains { $0.code == .lintUndeclaredFact && $0.arguments == ["leaf": "1.1", "fact": "nope"] })
        let duplicate = errors.first { $0.code == .lintDuplicateNodeID }
        #expect(duplicate?.arguments["id"] == "1.1")
        #expect(duplicate?.message.text(.en) == #"duplicate node id "1.1""#)
        #expect(duplicate?.message.vi == #"mã tiêu chí "1.1" bị trùng"#)
    }

    @Test func unknownRuleKindsAndBadBands() {
        let magic = Fixtures.frameworkErrors(
            Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: #"{ "kind": "magic" }"#))]", fieldMax: "1"))
        #expect(magic.contains { $0.code == .criteriaUnknownRuleKind && $0.arguments["kind"] == "magic" })
        let bands = Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: direct))]", fieldMax: "1")
            .replacingOccurrences(of: #"{ "id": "C", "label": "C", "lower": 0 }"#, with: #"{ "id": "C", "label": "C", "lower": 10 }"#)
        #expect(Fixtures.frameworkErrors(bands).contains { $0.code == .lintBandsDoNotCoverZero && $0.arguments["lower"] == "10" })
    }

    @Test func newerFormatVersionsAreRefusedClearly() {
        let newer = Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: direct))]", fieldMax: "1")
            .replacingOccurrences(of: #""formatVersion": 1"#, with: #""formatVersion": 2, "futureKey": true"#)
        let errors = Fixtures.frameworkErrors(newer)
        #expect(errors.count == 1)
        #expect(errors.first?.code == .criteriaNewerFormat)
        #expect(errors.first?.arguments == ["version": "2", "supported": "1"])
    }

    @Test func provenanceIsRequiredOnEveryNode() {
        let noProvenance = #"{ "id": "1.1", "title": "x", "max": 1, "rule": { "kind": "direct", "source": "survey" } }"#
        #expect(
            codes(Fixtures.miniFramework(leaves: "[\(noProvenance)]", fieldMax: "1")).contains("fields[0].children[0].provenance: value.missingKey"))
    }
}
