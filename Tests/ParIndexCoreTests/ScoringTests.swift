import Foundation
import ParIndexReports
import Testing

@testable import ParIndexCore

@Suite("Scorecard totals, not-applicable leaves, appraisal and claims")
struct ScoringTests {
    func framework() throws -> Framework {
        let leaves = [
            Fixtures.leaf("1.1", max: "4", rule: #"{ "kind": "direct", "source": "appraisal" }"#),
            Fixtures.leaf("1.2", max: "3", rule: #"{ "kind": "direct", "source": "appraisal" }"#),
            Fixtures.leaf("1.3", max: "3", rule: #"{ "kind": "direct", "source": "appraisal" }"#),
        ].joined(separator: ",")
        return try Fixtures.framework(Fixtures.miniFramework(leaves: "[\(leaves)]", fieldMax: "10"))
    }

    @Test func notApplicableLeavesLeaveTheMaximum() throws {
        let card = try Fixtures.score(
            Fixtures.submission(#""direct": { "1.1": 4, "1.2": 2 }, "notApplicable": { "1.3": "Không phát sinh" }"#), with: try framework())
        #expect(card.applicableMaximum == 7)
        #expect(card.maximum == 10)
        #expect(card.total == 6)
        #expect(card.index == ExactDecimal(600) / 7)
        #expect(card.node("1.3")?.status == .notApplicable)
        #expect(card.node("1.3")?.explanation?.vi == "Không áp dụng: Không phát sinh")
        #expect(card.node("1")?.applicableMaximum == 7)
        #expect(card.band?.id == "B")
    }

    @Test func appraisalWinsAndClaimsAreCompared() throws {
        let body =
            #""direct": { "1.1": 4, "1.2": 3, "1.3": 3 }, "appraisal": { "1.2": { "points": 1.5, "reason": "Thiếu biên bản" } }, "claimed": { "1.1": 4, "1.2": 3, "1.3": 2.5 }"#
        let card = try Fixtures.score(Fixtures.submission(body), with: try framework())
        let leaf = try #require(card.node("1.2"))
        #expect(leaf.points == .d("1.5"))
        #expect(leaf.computedPoints == 3)
        #expect(leaf.status == .appraised)
        #expect(leaf.explanation?.vi.contains("Hội đồng thẩm định chấm 1,50/3,00 điểm (theo quy tắc: 3,00): Thiếu biên bản") == true)
        #expect(
            card.claimDifferences == [
                ClaimDifference(id: "1.2", claimed: 3, final: .d("1.5")), ClaimDifference(id: "1.3", claimed: .d("2.5"), final: 3),
            ])
        #expect(card.total == .d("8.5"))
    }

    @Test func lostPointsLargestFirst() throws {
        let card = try Fixtures.score(Fixtures.submission(#""direct": { "1.1": 3.5, "1.2": 1, "1.3": 2 }"#), with: try framework())
        #expect(card.lostPoints.map(\.id) == ["1.2", "1.3", "1.1"])
        #expect(card.lostPoints.map(\.points) == [2, 1, .d("0.5")])
    }

    @Test func bandsUseTheExactIndex() throws {
        let leaves = Fixtures.leaf("1.1", max: "100", rule: #"{ "kind": "direct", "source": "survey" }"#)
        let framework = try Fixtures.framework(Fixtures.miniFramework(leaves: "[\(leaves)]", fieldMax: "100"))
        #expect(try Fixtures.score(Fixtures.submission(#""direct": { "1.1": 90 }"#), with: framework).band?.id == "A")
        #expect(try Fixtures.score(Fixtures.submission(#""direct": { "1.1": 89.999 }"#), with: framework).band?.id == "B")
        #expect(try Fixtures.score(Fixtures.submission(#""direct": { "1.1": 0 }"#), with: framework).band?.id == "C")
    }

    @Test func resultJSONIsStableAndParses() throws {
        let card = try Fixtures.score(Fixtures.submission(#""direct": { "1.1": 3.5, "1.2": 1, "1.3": 2 }"#), with: try framework())
        let first = ScorecardJSON.encode(card, language: .vi)
        let again = ScorecardJSON.encode(
            try Fixtures.score(Fixtures.submission(#""direct": { "1.1": 3.5, "1.2": 1, "1.3": 2 }"#), with: try framework()), language: .vi)
        #expect(first == again)
        let parsed = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        #expect(parsed?["total"] as? Double == 6.5)
        #expect((parsed?["leaves"] as? [[String: Any]])?.count == 3)
    }
}

/// The appraisal council's correction wins on any leaf it names.
@Suite("Appraisal corrections")
struct AppraisalCorrectionTests {
    func framework() throws -> Framework {
        let rule = #"{ "kind": "ratio", "metric": "onTimeRate", "target": 100, "whenUndefined": "notApplicable" }"#
        return try Fixtures.framework(
            Fixtures.miniFramework(
                leaves:
                    "[\(Fixtures.leaf("1.1", max: "2", rule: rule)), \(Fixtures.leaf("1.2", max: "1", rule: #"{ "kind": "boolean", "fact": "plan" }"#))]",
                facts: """
                    [ { "id": "resolved", "title": "Hồ sơ đã giải quyết", "type": "count" },
                      { "id": "onTime", "title": "Hồ sơ đúng hạn", "type": "count" },
                      { "id": "plan", "title": "Có kế hoạch", "type": "boolean" } ]
                    """,
                metrics: RuleBoundaryTests.onTimeMetric, fieldMax: "3"))
    }

    /// Nothing arose (0 of 0), so the rule leaves the leaf out; the council gives it 1 point and
    /// so makes it applicable: it counts towards the maximum.
    @Test func correctionMakesANotApplicableLeafApplicable() throws {
        let submission = Fixtures.submission(
            #""facts": { "resolved": 0, "onTime": 0, "plan": true }, "appraisal": { "1.1": { "points": 1, "reason": "Hội đồng xác minh có phát sinh." } }"#
        )
        let card = try Fixtures.score(submission, with: try framework())
        let leaf = try #require(card.node("1.1"))
        #expect(leaf.status == .appraised)
        #expect(leaf.points == 1 && leaf.applicableMaximum == 2 && leaf.computedPoints == nil)
        #expect(card.applicableMaximum == 3 && card.total == 2)
        #expect(leaf.explanation(.vi)?.hasPrefix("Hội đồng thẩm định chấm 1,00/2,00 điểm và đưa tiêu chí vào điểm tối đa") == true)
        #expect(leaf.explanation(.en)?.contains("made the leaf applicable") == true)
        #expect(card.lostPoints.map(\.id) == ["1.1"])
        #expect(card.lostPoints.first?.hint(.vi) == "Điểm do hội đồng thẩm định quyết định: Hội đồng xác minh có phát sinh.")
    }

    /// Without the correction the same leaf leaves the maximum.
    @Test func withoutCorrectionTheLeafLeavesTheMaximum() throws {
        let card = try Fixtures.score(Fixtures.submission(#""facts": { "resolved": 0, "onTime": 0, "plan": true }"#), with: try framework())
        #expect(card.node("1.1")?.status == .notApplicable)
        #expect(card.applicableMaximum == 1 && card.total == 1)
    }

    /// A leaf both declared not applicable by the unit and corrected by the council is refused.
    @Test func declaredNotApplicableAndCorrectedIsRefused() throws {
        let submission = Fixtures.submission(
            #""facts": { "resolved": 10, "onTime": 9, "plan": true }, "notApplicable": { "1.1": "Không phát sinh" }, "appraisal": { "1.1": { "points": 1, "reason": "x" } }"#
        )
        let errors = Fixtures.submissionErrors(submission, with: try framework())
        #expect(errors.map(\.code) == [.submissionNotApplicableAndAppraised])
    }
}
