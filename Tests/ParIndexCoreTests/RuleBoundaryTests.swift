import Foundation
import Testing

@testable import ParIndexCore

/// Every rule kind at its boundaries: exactly on a threshold and just below it.
@Suite("Rules at their boundaries")
struct RuleBoundaryTests {
    static let fileFacts = """
        [ { "id": "resolved", "title": "Hồ sơ đã giải quyết", "type": "count" },
          { "id": "onTime", "title": "Hồ sơ đúng hạn", "type": "count" } ]
        """
    static let onTimeMetric = """
        [ { "id": "onTimeRate", "title": "Tỷ lệ hồ sơ đúng hạn", "numerator": "onTime", "denominator": ["resolved"] } ]
        """

    func tiersFramework() throws -> Framework {
        let rule = """
            { "kind": "tiers", "metric": "onTimeRate", "tiers": [
              { "lower": 95, "lowerInclusive": true, "points": 1.5 },
              { "lower": 80, "lowerInclusive": true, "upper": 95, "upperInclusive": false, "points": 0.75 },
              { "lower": 0, "lowerInclusive": true, "upper": 80, "upperInclusive": false, "points": 0 } ] }
            """
        return try Fixtures.framework(
            Fixtures.miniFramework(
                leaves: "[\(Fixtures.leaf("1.1", max: "1.5", rule: rule))]", facts: Self.fileFacts, metrics: Self.onTimeMetric, fieldMax: "1.5"))
    }

    func files(_ onTime: Int, of resolved: Int) -> String {
        Fixtures.submission(#""facts": { "resolved": \#(resolved), "onTime": \#(onTime) }"#)
    }

    @Test(arguments: [
        (950, 1000, "1.5"), (949, 1000, "0.75"), (1000, 1000, "1.5"), (800, 1000, "0.75"), (799, 1000, "0"), (0, 1000, "0"),
        (19, 20, "1.5"), (1216, 1280, "1.5"), (1215, 1280, "0.75"),
    ])
    func tiersCompareExactly(onTime: Int, resolved: Int, points: String) throws {
        let card = try Fixtures.score(files(onTime, of: resolved), with: try tiersFramework())
        #expect(card.node("1.1")?.points == .d(points))
        #expect(card.node("1.1")?.status == .scored)
    }

    @Test func tierExplanationShowsInputs() throws {
        let card = try Fixtures.score(files(1240, of: 1280), with: try tiersFramework())
        #expect(card.node("1.1")?.explanation?.vi == "Tỷ lệ hồ sơ đúng hạn 96,88 % (1.240/1.280) ≥ 95 % → 1,50/1,50 điểm")
        #expect(card.node("1.1")?.explanation?.text(.en) == "Tỷ lệ hồ sơ đúng hạn 96.88 % (1,240/1,280) ≥ 95 % → 1.50/1.50 points")
    }

    @Test func tierWinBackCountsTheFilesNeeded() throws {
        let card = try Fixtures.score(files(1186, of: 1280), with: try tiersFramework())
        // 95 % of 1280 = 1216: 30 more files on time.
        #expect(card.node("1.1")?.points == .d("0.75"))
        #expect(card.lostPoints.first?.hint.vi.hasPrefix("Thêm 30 (Hồ sơ đúng hạn) để đạt 95,00 % (1.216/1.280)") == true)
    }

    @Test func exclusiveBoundsAndZeroDenominator() throws {
        let rule = """
            { "kind": "tiers", "metric": "onTimeRate", "whenUndefined": "full", "tiers": [
              { "lower": 90, "lowerInclusive": false, "points": 2 },
              { "lower": 70, "lowerInclusive": true, "upper": 90, "upperInclusive": true, "points": 1 },
              { "lower": 0, "lowerInclusive": true, "upper": 70, "upperInclusive": false, "points": 0 } ] }
            """
        let framework = try Fixtures.framework(
            Fixtures.miniFramework(
                leaves: "[\(Fixtures.leaf("1.1", max: "2", rule: rule))]", facts: Self.fileFacts, metrics: Self.onTimeMetric, fieldMax: "2"))
        #expect(try Fixtures.score(files(90, of: 100), with: framework).node("1.1")?.points == 1)
        #expect(try Fixtures.score(files(901, of: 1000), with: framework).node("1.1")?.points == 2)
        #expect(try Fixtures.score(files(70, of: 100), with: framework).node("1.1")?.points == 1)
        #expect(try Fixtures.score(files(699, of: 1000), with: framework).node("1.1")?.points == 0)
        let none = try Fixtures.score(files(0, of: 0), with: framework)
        #expect(none.node("1.1")?.points == 2)
        #expect(none.applicableMaximum == 2)
    }

    @Test func tiersOverACountFact() throws {
        let rule = """
            { "kind": "tiers", "fact": "resolved", "tiers": [
              { "lower": 10, "lowerInclusive": true, "points": 1 },
              { "lower": 0, "lowerInclusive": true, "upper": 10, "upperInclusive": false, "points": 0 } ] }
            """
        let framework = try Fixtures.framework(
            Fixtures.miniFramework(
                leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: rule))]", facts: Self.fileFacts, metrics: Self.onTimeMetric, fieldMax: "1"))
        #expect(try Fixtures.score(files(0, of: 10), with: framework).node("1.1")?.points == 1)
        #expect(try Fixtures.score(files(0, of: 9), with: framework).node("1.1")?.points == 0)
    }

    func ratioFramework(target: String?) throws -> Framework {
        let targetText = target.map { #", "target": \#($0)"# } ?? ""
        let rule = #"{ "kind": "ratio", "metric": "onTimeRate"\#(targetText) }"#
        return try Fixtures.framework(
            Fixtures.miniFramework(
                leaves: "[\(Fixtures.leaf("1.1", max: "2", rule: rule))]", facts: Self.fileFacts, metrics: Self.onTimeMetric, fieldMax: "2"))
    }

    @Test func ratioIsRateTimesMaximum() throws {
        let framework = try ratioFramework(target: nil)
        #expect(try Fixtures.score(files(1240, of: 1280), with: framework).node("1.1")?.points == .d("1.9375"))
        #expect(try Fixtures.score(files(1280, of: 1280), with: framework).node("1.1")?.points == 2)
        #expect(try Fixtures.score(files(0, of: 1280), with: framework).node("1.1")?.points == 0)
        // Zero files: not applicable by default, the leaf leaves the maximum.
        let none = try Fixtures.score(files(0, of: 0), with: framework)
        #expect(none.node("1.1")?.status == .notApplicable)
        #expect(none.applicableMaximum == 0)
    }

    @Test func ratioRelativeToATarget() throws {
        let framework = try ratioFramework(target: "60")
        #expect(try Fixtures.score(files(45, of: 100), with: framework).node("1.1")?.points == .d("1.5"))
        #expect(try Fixtures.score(files(60, of: 100), with: framework).node("1.1")?.points == 2)
        #expect(try Fixtures.score(files(599, of: 1000), with: framework).node("1.1")?.points ?? 2 < 2)
        #expect(try Fixtures.score(files(90, of: 100), with: framework).node("1.1")?.points == 2)
    }

    func evidenceFramework(incomplete: String) throws -> Framework {
        let docs =
            #"[ { "id": "plan", "title": "Kế hoạch" }, { "id": "report", "title": "Báo cáo" }, { "id": "decision", "title": "Quyết định" }, { "id": "minutes", "title": "Biên bản" } ]"#
        let rule = #"{ "kind": "evidence", "incomplete": \#(incomplete) }"#
        return try Fixtures.framework(
            Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "2", rule: rule, documents: docs))]", fieldMax: "2"))
    }

    func evidence(_ ids: [String]) -> String {
        let docs = ids.map { #""\#($0)": { "number": "12/KH-SYT", "title": "Doc", "date": "2020-01-10" }"# }.joined(separator: ", ")
        return Fixtures.submission(#""evidence": { "1.1": { \#(docs) } }"#)
    }

    @Test(arguments: [
        ("\"zero\"", ["plan", "report", "decision", "minutes"], "2", LeafStatus.scored),
        ("\"zero\"", ["plan", "report", "decision"], "0", LeafStatus.scored),
        ("\"zero\"", [String](), "0", LeafStatus.noEvidence),
        ("\"proportional\"", ["plan", "report", "decision"], "1.5", LeafStatus.scored),
        ("\"proportional\"", ["plan"], "0.5", LeafStatus.scored),
        ("\"proportional\"", [String](), "0", LeafStatus.noEvidence),
        ("{ \"percent\": 50 }", ["plan"], "1", LeafStatus.scored),
        ("{ \"percent\": 50 }", ["plan", "report", "decision", "minutes"], "2", LeafStatus.scored),
    ])
    func evidenceRule(incomplete: String, present: [String], points: String, status: LeafStatus) throws {
        let card = try Fixtures.score(evidence(present), with: try evidenceFramework(incomplete: incomplete))
        #expect(card.node("1.1")?.points == .d(points))
        #expect(card.node("1.1")?.status == status)
    }

    @Test func missingEvidenceNamesTheDocument() throws {
        let card = try Fixtures.score(evidence(["plan", "report", "decision"]), with: try evidenceFramework(incomplete: "\"zero\""))
        #expect(card.lostPoints.first?.hint.vi == "Bổ sung tài liệu kiểm chứng: Biên bản")
    }

    func deadlineFramework(mode: String) throws -> Framework {
        let facts = #"[ { "id": "q1", "title": "Báo cáo quý I", "type": "date" }, { "id": "plan", "title": "Kế hoạch", "type": "date" } ]"#
        let rule = """
            { "kind": "deadline", "mode": "\(mode)", "late": { "percent": 50 }, "missing": { "percent": 0 }, "items": [
              { "fact": "q1", "due": { "quarter": 1, "monthOfQuarter": 2, "day": 15, "inclusive": false } },
              { "fact": "plan", "due": { "month": 12, "day": 31, "yearOffset": -1, "inclusive": true } } ] }
            """
        return try Fixtures.framework(Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: rule))]", facts: facts, fieldMax: "1"))
    }

    @Test(
        arguments: [
            ("all", "2020-02-14", "2019-12-31", "1"),
            ("all", "2020-02-15", "2019-12-31", "0.5"),
            ("all", "2020-02-14", "2020-01-01", "0.5"),
            ("all", "2020-02-14", nil, "0"),
            ("perItem", "2020-02-15", "2019-12-31", "0.75"),
            ("perItem", "2020-02-14", nil, "0.5"),
            ("perItem", "2020-02-16", "2020-01-02", "0.5"),
        ] as [(String, String, String?, String)])
    func deadlineRule(mode: String, q1: String, plan: String?, points: String) throws {
        let planText = plan.map { #", "plan": "\#($0)""# } ?? ""
        let card = try Fixtures.score(Fixtures.submission(#""facts": { "q1": "\#(q1)"\#(planText) }"#), with: try deadlineFramework(mode: mode))
        #expect(card.node("1.1")?.points == .d(points))
    }

    @Test func deadlineExplainsTheLateItem() throws {
        let card = try Fixtures.score(
            Fixtures.submission(#""facts": { "q1": "2020-02-15", "plan": "2019-12-20" }"#), with: try deadlineFramework(mode: "all"))
        #expect(card.node("1.1")?.explanation?.vi == "1/2 đúng hạn; trễ: Báo cáo quý I 15/02/2020, hạn trước 15/02/2020 → 0,50/1,00 điểm")
    }

    func countFramework(_ of: String, mode: String) throws -> Framework {
        let facts = #"[ { "id": "done", "title": "Đã kiểm tra", "type": "count" }, { "id": "units", "title": "Đơn vị", "type": "count" } ]"#
        let rule = #"{ "kind": "count", "done": "done", \#(of), "mode": "\#(mode)" }"#
        return try Fixtures.framework(Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: rule))]", facts: facts, fieldMax: "1"))
    }

    @Test(arguments: [
        (#""required": 4"#, "proportional", 3, 0, "0.75"),
        (#""required": 4"#, "proportional", 4, 0, "1"),
        (#""required": 4"#, "proportional", 9, 0, "1"),
        (#""required": 4"#, "all", 3, 0, "0"),
        (#""required": 4"#, "all", 4, 0, "1"),
        (#""total": "units""#, "proportional", 1, 8, "0.125"),
        (#""total": "units""#, "all", 8, 8, "1"),
        (#""total": "units""#, "all", 7, 8, "0"),
    ])
    func countRule(of: String, mode: String, done: Int, units: Int, points: String) throws {
        let card = try Fixtures.score(
            Fixtures.submission(#""facts": { "done": \#(done), "units": \#(units) }"#), with: try countFramework(of, mode: mode))
        #expect(card.node("1.1")?.points == .d(points))
    }

    @Test func ordinalAndBooleanAndDirect() throws {
        let facts =
            #"[ { "id": "q", "title": "Câu hỏi", "type": "answer", "options": ["A", "B", "C", "D"] }, { "id": "iso", "title": "ISO", "type": "boolean" } ]"#
        let ordinal =
            #"{ "kind": "ordinal", "fact": "q", "options": [ { "answer": "A", "percent": 100 }, { "answer": "B", "percent": 60 }, { "answer": "C", "percent": 20 }, { "answer": "D", "percent": 0 } ] }"#
        let leaves = [
            Fixtures.leaf("1.1", max: "2.5", rule: ordinal), Fixtures.leaf("1.2", max: "1", rule: #"{ "kind": "boolean", "fact": "iso" }"#),
            Fixtures.leaf("1.3", max: "3", rule: #"{ "kind": "direct", "source": "survey" }"#),
        ].joined(separator: ",")
        let framework = try Fixtures.framework(Fixtures.miniFramework(leaves: "[\(leaves)]", facts: facts, fieldMax: "6.5"))
        for (answer, points) in [("A", "2.5"), ("B", "1.5"), ("C", "0.5"), ("D", "0")] {
            let card = try Fixtures.score(
                Fixtures.submission(#""facts": { "q": "\#(answer)", "iso": false }, "direct": { "1.3": 2.75 }"#), with: framework)
            #expect(card.node("1.1")?.points == .d(points))
            #expect(card.node("1.2")?.points == 0)
            #expect(card.node("1.3")?.points == .d("2.75"))
        }
        let missing = try Fixtures.score(Fixtures.submission(#""facts": { "iso": true }"#), with: framework)
        #expect(missing.node("1.1")?.status == .missingData)
        #expect(missing.node("1.3")?.status == .missingData)
        #expect(missing.node("1.2")?.points == 1)
        #expect(missing.warnings.count == 2)
    }

    @Test func bonusAndPenaltyAreCapped() throws {
        let facts = #"[ { "id": "ideas", "title": "Sáng kiến", "type": "count" }, { "id": "late", "title": "Báo cáo chậm", "type": "count" } ]"#
        let adjustments = """
            [ { "id": "B", "kind": "bonus", "title": "Thưởng", "cap": 1, "provenance": { "status": "adapted", "source": "t" },
                "items": [ { "id": "B.1", "title": "Sáng kiến", "fact": "ideas", "perOccurrence": 0.5, "cap": 2, "provenance": { "status": "adapted", "source": "t" } } ] },
              { "id": "P", "kind": "penalty", "title": "Trừ", "cap": 3, "provenance": { "status": "adapted", "source": "t" },
                "items": [ { "id": "P.1", "title": "Chậm", "fact": "late", "perOccurrence": 0.25, "cap": 0.5, "provenance": { "status": "adapted", "source": "t" } } ] } ]
            """
        let framework = try Fixtures.framework(
            Fixtures.miniFramework(
                leaves: "[\(Fixtures.leaf("1.1", max: "10", rule: #"{ "kind": "direct", "source": "appraisal" }"#))]", facts: facts, fieldMax: "10",
                adjustments: adjustments))
        let card = try Fixtures.score(Fixtures.submission(#""facts": { "ideas": 3, "late": 5 }, "direct": { "1.1": 8 }"#), with: framework)
        #expect(card.adjustments.map(\.points) == [1, .d("0.5")])
        #expect(card.total == .d("8.5"))
        // The total never passes the maximum.
        let full = try Fixtures.score(Fixtures.submission(#""facts": { "ideas": 3, "late": 0 }, "direct": { "1.1": 10 }"#), with: framework)
        #expect(full.total == 10)
        #expect(full.index == 100)
        let low = try Fixtures.score(Fixtures.submission(#""facts": { "ideas": 0, "late": 5 }, "direct": { "1.1": 0 }"#), with: framework)
        #expect(low.total == 0)
    }
}
