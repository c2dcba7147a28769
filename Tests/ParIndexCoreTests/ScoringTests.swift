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
