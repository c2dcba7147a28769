import Foundation
import Testing

@testable import ParIndexCore

@Suite("Criteria lint")
struct LintTests {
    func messages(_ json: String) -> String {
        Fixtures.frameworkErrors(json).map { "\($0.path): \($0.message.text(.en))" }.joined(separator: "\n")
    }

    let direct = #"{ "kind": "direct", "source": "survey" }"#

    @Test func childrenMustAddUpToTheirParent() {
        let leaves = [Fixtures.leaf("1.1", max: "1.5", rule: direct), Fixtures.leaf("1.2", max: "2", rule: direct)].joined(separator: ",")
        let text = messages(Fixtures.miniFramework(leaves: "[\(leaves)]", fieldMax: "4"))
        #expect(text.contains("fields[0].max: node 1: max 4 differs from the sum of its children's maxima 3.5 (1.1: 1.5, 1.2: 2)"))
    }

    @Test func tiersWithAGapOrAnOverlapAreRefused() {
        let facts = #"[ { "id": "n", "title": "n", "type": "count" }, { "id": "d", "title": "d", "type": "count" } ]"#
        let metrics = #"[ { "id": "r", "title": "r", "numerator": "n", "denominator": "d" } ]"#
        let gap = #"{ "kind": "tiers", "metric": "r", "tiers": [ { "lower": 95, "points": 1 }, { "lower": 0, "upper": 90, "points": 0 } ] }"#
        #expect(
            messages(Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: gap))]", facts: facts, metrics: metrics, fieldMax: "1"))
                .contains("leave a gap"))
        let overlap =
            #"{ "kind": "tiers", "metric": "r", "tiers": [ { "lower": 90, "points": 1 }, { "lower": 0, "upper": 90, "upperInclusive": true, "points": 0 } ] }"#
        #expect(
            messages(
                Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: overlap))]", facts: facts, metrics: metrics, fieldMax: "1")
            ).contains("overlap at 90"))
        let short = #"{ "kind": "tiers", "metric": "r", "tiers": [ { "lower": 0, "upper": 90, "points": 1 } ] }"#
        #expect(
            messages(
                Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: short))]", facts: facts, metrics: metrics, fieldMax: "1")
            ).contains("do not reach 100 %"))
        let tooMany = #"{ "kind": "tiers", "metric": "r", "tiers": [ { "lower": 0, "points": 2 } ] }"#
        #expect(
            messages(
                Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: tooMany))]", facts: facts, metrics: metrics, fieldMax: "1")
            ).contains("more than the maximum"))
    }

    @Test func undeclaredFactsMetricsAndDuplicates() {
        let metrics = #"[ { "id": "r", "title": "r", "numerator": "ghost", "denominator": "d" } ]"#
        let leaves = [
            Fixtures.leaf("1.1", max: "1", rule: #"{ "kind": "ratio", "metric": "r" }"#),
            Fixtures.leaf("1.1", max: "1", rule: #"{ "kind": "boolean", "fact": "nope" }"#),
        ].joined(separator: ",")
        let text = messages(Fixtures.miniFramework(leaves: "[\(leaves)]", metrics: metrics, fieldMax: "2"))
        #expect(text.contains("metric \"r\" names the undeclared fact \"ghost\""))
        #expect(text.contains("leaf 1.1 reads the undeclared fact \"nope\""))
        #expect(text.contains("duplicate node id \"1.1\""))
    }

    @Test func unknownRuleKindsAndBadBands() {
        let text = messages(Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: #"{ "kind": "magic" }"#))]", fieldMax: "1"))
        #expect(text.contains("unknown rule kind \"magic\""))
        let bands = Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: direct))]", fieldMax: "1")
            .replacingOccurrences(of: #"{ "id": "C", "label": "C", "lower": 0 }"#, with: #"{ "id": "C", "label": "C", "lower": 10 }"#)
        #expect(messages(bands).contains("the bands do not cover 0 to 10"))
    }

    @Test func newerFormatVersionsAreRefusedClearly() {
        let newer = Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: direct))]", fieldMax: "1")
            .replacingOccurrences(of: #""formatVersion": 1"#, with: #""formatVersion": 2, "futureKey": true"#)
        let errors = Fixtures.frameworkErrors(newer)
        #expect(errors.count == 1)
        #expect(errors.first?.message.text(.en).contains("format version 2, newer than version 1") == true)
    }

    @Test func provenanceIsRequiredOnEveryNode() {
        let noProvenance = #"{ "id": "1.1", "title": "x", "max": 1, "rule": { "kind": "direct", "source": "survey" } }"#
        #expect(
            messages(Fixtures.miniFramework(leaves: "[\(noProvenance)]", fieldMax: "1")).contains(
                "fields[0].children[0].provenance: missing required key \"provenance\""))
    }
}
