import Foundation
import ParIndexReports
import Testing

@testable import ParIndexCore

/// The classes of issue 10 on small hand-written frameworks, each value checked against the
/// fraction reference (``RefFraction``): amounts of 10^12, exact quotients near band bounds,
/// display rounding and ranks, appraisal on a leaf where nothing arose, and units with nothing
/// applicable.
@Suite("Reference property: boundaries of issue 10")
struct ReferencePropertyBoundaryTests {
    static let amounts = #"[ { "id": "part", "title": "Part", "type": "amount" }, { "id": "whole", "title": "Whole", "type": "amount" } ]"#
    static let counts = #"[ { "id": "done", "title": "Done", "type": "count" }, { "id": "all", "title": "All", "type": "count" } ]"#
    static func metric(_ numerator: String, _ denominator: String) -> String {
        #"[ { "id": "rate", "title": "Rate", "numerator": "\#(numerator)", "denominator": "\#(denominator)" } ]"#
    }

    /// `text` as a reference fraction (a decimal or `n/d`).
    static func f(_ text: String) -> RefFraction? { RefFraction(text: text) }

    /// Whether the engine's value is exactly `text`.
    static func equal(_ value: ExactDecimal?, _ text: String) -> Bool {
        guard let value, let expected = f(text) else { return false }
        return RefFraction(value) == expected
    }

    /// The scorecard's JSON result, parsed.
    static func json(_ card: Scorecard) throws -> JSONObject {
        guard case .object(let root) = try JSONParser.parse(Data(ScorecardJSON.encode(card, language: .en).utf8)) else {
            throw JSONSyntaxErrorStandIn()
        }
        return root
    }

    /// Thrown when a JSON result is not an object.
    struct JSONSyntaxErrorStandIn: Error {}

    // MARK: (a) amounts of 10^12

    @Test("amount tiers: 200,000,000,000 of 200,000,000,000 and 10^12 of 10^12 are 100 % and get the top tier")
    func amountTiersAtTheTop() throws {
        let tiers = #"{ "kind": "tiers", "metric": "rate", "tiers": [ { "lower": 0, "upper": 100, "points": 0.5 }, { "lower": 100, "points": 2 } ] }"#
        let framework = try Fixtures.framework(
            Fixtures.miniFramework(
                leaves: "[\(Fixtures.leaf("1.1", max: "2", rule: tiers))]", facts: Self.amounts, metrics: Self.metric("part", "whole"), fieldMax: "2")
        )
        for (part, whole, points) in [
            ("200000000000", "200000000000", "2"), ("1000000000000", "1000000000000", "2"), ("999999999999.999999", "1000000000000", "0.5"),
            ("199999999999.999999", "200000000000", "0.5"), ("0.000001", "0.000001", "2"),
        ] {
            let card = try Fixtures.score(Fixtures.submission(#""facts": { "part": \#(part), "whole": \#(whole) }"#), with: framework)
            #expect(Self.equal(card.node("1.1")?.points, points), "\(part) of \(whole)")
            #expect(Self.equal(card.index, points == "2" ? "100" : "25"), "\(part) of \(whole)")
        }
    }

    @Test("tiers over an amount fact compare 10^12 and 200,000,000,000 exactly")
    func amountFactTiers() throws {
        let tiers = #"""
            { "kind": "tiers", "fact": "whole", "tiers": [ { "lower": 0, "upper": 200000000000, "points": 0 },
              { "lower": 200000000000, "upper": 1000000000000, "points": 1 }, { "lower": 1000000000000, "points": 3 } ] }
            """#
        let facts = #"[ { "id": "whole", "title": "Whole", "type": "amount" } ]"#
        let framework = try Fixtures.framework(
            Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "3", rule: tiers))]", facts: facts, fieldMax: "3"))
        for (value, points) in [("199999999999.999999", "0"), ("200000000000", "1"), ("999999999999.999999", "1"), ("1000000000000", "3")] {
            let card = try Fixtures.score(Fixtures.submission(#""facts": { "whole": \#(value) }"#), with: framework)
            #expect(Self.equal(card.node("1.1")?.points, points), "\(value)")
        }
    }

    @Test("ratio over amounts: a part above its whole is refused; 10^12 of 10^12 against a target of 80 is 1.25× the target, capped at the maximum")
    func ratioOverAmounts() throws {
        let facts = #"""
            [ { "id": "p1", "title": "P1", "type": "amount" }, { "id": "p2", "title": "P2", "type": "amount" },
              { "id": "whole", "title": "Whole", "type": "amount" } ]
            """#
        let metrics = #"[ { "id": "rate", "title": "Rate", "numerator": ["p1", "p2"], "denominator": "whole" } ]"#
        let rule = #"{ "kind": "ratio", "metric": "rate", "target": 80 }"#
        let framework = try Fixtures.framework(
            Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "2", rule: rule))]", facts: facts, metrics: metrics, fieldMax: "2"))
        // 1.25 × 10^12 of 10^12: a part larger than its whole (SubmissionFormat.md, Validation).
        let refused = Fixtures.submissionErrors(
            Fixtures.submission(#""facts": { "p1": 625000000000, "p2": 625000000000, "whole": 1000000000000 }"#), with: framework)
        #expect(refused.map(\.code) == [.submissionPartExceedsWhole])
        // max × min(value ÷ target, 1): 100 % ÷ 80 % = 1.25 before the cap.
        for (p1, p2, points) in [
            ("500000000000", "500000000000", "2"), ("400000000000", "400000000000", "2"),
            ("399999999999.999999", "400000000000", "799999999999999999/400000000000000000"), ("350000000000", "350000000000", "1.75"),
            ("0", "0", "0"),
        ] {
            let card = try Fixtures.score(Fixtures.submission(#""facts": { "p1": \#(p1), "p2": \#(p2), "whole": 1000000000000 }"#), with: framework)
            let share = try #require(Self.f(p1)) + (try #require(Self.f(p2)))
            let expected = RefFraction(2) * RefFraction.min(share * .hundred / RefFraction(1_000_000_000_000) / RefFraction(80), RefFraction(1))
            #expect(RefFraction(try #require(card.node("1.1")?.points)) == expected, "\(p1) + \(p2)")
            #expect(Self.equal(card.node("1.1")?.points, points), "\(p1) + \(p2)")
        }
    }

    // MARK: (b) exact quotients near bounds, claims

    @Test("1.5 × 1/7 stays 3/14; a claimed 0.214286 is listed as differing; the JSON writes 3/14 exactly")
    func threeFourteenths() throws {
        let rule = #"{ "kind": "ratio", "metric": "rate" }"#
        let framework = try Fixtures.framework(
            Fixtures.miniFramework(
                leaves: "[\(Fixtures.leaf("1.1", max: "1.5", rule: rule))]", facts: Self.counts, metrics: Self.metric("done", "all"), fieldMax: "1.5")
        )
        let card = try Fixtures.score(Fixtures.submission(#""facts": { "done": 1, "all": 7 }, "claimed": { "1.1": 0.214286 }"#), with: framework)
        #expect(Self.equal(card.node("1.1")?.points, "3/14"))
        #expect(Self.equal(card.total, "3/14"))
        #expect(Self.equal(card.index, "100/7"))
        #expect(card.claimDifferences.map(\.id) == ["1.1"])
        #expect(card.claimDifferences.first.map { Self.equal($0.claimed, "0.214286") && Self.equal($0.final, "3/14") } == true)
        let root = try Self.json(card)
        #expect(root["total"] == .number("0.214285714286") && root["totalExact"] == .string("3/14"))
        guard case .array(let claims)? = root["claimDifferences"], case .object(let claim)? = claims.first else {
            Issue.record("no claim difference in the JSON result")
            return
        }
        #expect(claim["claimed"] == .number("0.214286") && claim["claimedExact"] == nil)
        #expect(claim["final"] == .number("0.214285714286") && claim["finalExact"] == .string("3/14"))
    }

    @Test("a total of 1.9999997… of 4 is an index of 49.99999…: displayed 50.00 but not in the ≥ 50 band")
    func justBelowABand() throws {
        let count = #"{ "kind": "count", "done": "done", "total": "all" }"#
        let boolean = #"{ "kind": "boolean", "fact": "yes" }"#
        let facts =
            #"[ { "id": "done", "title": "Done", "type": "count" }, { "id": "all", "title": "All", "type": "count" }, { "id": "yes", "title": "Yes", "type": "boolean" } ]"#
        let leaves = "[\(Fixtures.leaf("1.1", max: "2", rule: count)), \(Fixtures.leaf("1.2", max: "2", rule: boolean))]"
        let framework = try Fixtures.framework(Fixtures.miniFramework(leaves: leaves, facts: facts, fieldMax: "4"))
        let card = try Fixtures.score(Fixtures.submission(#""facts": { "done": 6999999, "all": 7000000, "yes": false }"#), with: framework)
        #expect(Self.equal(card.total, "6999999/3500000"))
        #expect(Self.equal(card.index, "6999999/140000"))
        #expect(Self.equal(card.indexRounded, "50"))
        #expect(card.band?.id == "C")
        // One more done reaches 2 of 4 exactly: 50, in band B.
        let exact = try Fixtures.score(Fixtures.submission(#""facts": { "done": 7000000, "all": 7000000, "yes": false }"#), with: framework)
        #expect(Self.equal(exact.index, "50") && exact.band?.id == "B")
    }

    // MARK: (c) display rounding and ranks

    @Test("index 50.0049928… displays 50.00 and 50.0051 displays 50.01; they rank 2 and 1")
    func displayAndRank() throws {
        let ratio = #"{ "kind": "ratio", "metric": "rate" }"#
        let direct = #"{ "kind": "direct", "source": "survey" }"#
        let leaves = "[\(Fixtures.leaf("1.1", max: "100", rule: ratio)), \(Fixtures.leaf("1.2", max: "100", rule: direct))]"
        let framework = try Fixtures.framework(
            Fixtures.miniFramework(leaves: leaves, facts: Self.counts, metrics: Self.metric("done", "all"), fieldMax: "200"))
        func unit(_ id: String, _ body: String) -> String {
            #"{ "formatVersion": 1, "framework": "mini", "year": 2020, "unit": { "id": "\#(id)", "name": "Sở \#(id)", "kind": "so" }, \#(body) }"#
        }
        // 15023/30043 of 100 with nothing of the other 100: index 50.0049928…
        let low = try Fixtures.score(unit("low", #""facts": { "done": 15023, "all": 30043 }, "notApplicable": { "1.2": "—" }"#), with: framework)
        // A direct 50.0051 of 100, the other leaf not applicable: index 50.0051.
        let high = try Fixtures.score(unit("high", #""facts": { "done": 0, "all": 0 }, "direct": { "1.2": 50.0051 }"#), with: framework)
        #expect(Self.equal(low.index, "1502300/30043"))
        #expect(low.index.map { RefFraction($0).decimalText(places: 7) } == "50.0049928")
        #expect(Self.equal(low.indexRounded, "50"))
        #expect(Self.equal(high.index, "50.0051"))
        #expect(Self.equal(high.indexRounded, "50.01"))
        let catalog = CriteriaCatalog(frameworks: [framework])
        let ranking = Ranker().rank([low, high], frameworks: catalog)
        #expect(ranking.entries.map { "\($0.result.unit.id) \($0.rank)" } == ["high 1", "low 2"])
        #expect(try Self.json(low)["indexRounded"] == .number("50"))
        #expect(try Self.json(low)["indexExact"] == .string("1502300/30043"))
        #expect(try Self.json(high)["indexRounded"] == .number("50.01"))
    }

    // MARK: (d) appraisal where nothing arose

    @Test("an appraisal correction on a leaf whose rule found nothing arose makes it applicable with the council's points")
    func appraisalWhereNothingArose() throws {
        let ratio = #"{ "kind": "ratio", "metric": "rate", "whenUndefined": "notApplicable" }"#
        let direct = #"{ "kind": "direct", "source": "appraisal" }"#
        let leaves = "[\(Fixtures.leaf("1.1", max: "2", rule: ratio)), \(Fixtures.leaf("1.2", max: "3", rule: direct))]"
        let framework = try Fixtures.framework(
            Fixtures.miniFramework(leaves: leaves, facts: Self.counts, metrics: Self.metric("done", "all"), fieldMax: "5"))
        let plain = try Fixtures.score(Fixtures.submission(#""facts": { "done": 0, "all": 0 }, "direct": { "1.2": 3 }"#), with: framework)
        #expect(plain.node("1.1")?.status == .notApplicable && Self.equal(plain.applicableMaximum, "3") && Self.equal(plain.index, "100"))
        let corrected = try Fixtures.score(
            Fixtures.submission(
                #""facts": { "done": 0, "all": 0 }, "direct": { "1.2": 3 }, "appraisal": { "1.1": { "points": 1.25, "reason": "Hội đồng" } }"#),
            with: framework)
        let leaf = try #require(corrected.node("1.1"))
        #expect(leaf.status == .appraised)
        #expect(leaf.computedPoints == nil)
        #expect(Self.equal(leaf.points, "1.25") && Self.equal(leaf.applicableMaximum, "2"))
        #expect(Self.equal(corrected.applicableMaximum, "5") && Self.equal(corrected.total, "4.25") && Self.equal(corrected.index, "85"))
        #expect(corrected.band?.id == "B")
    }

    // MARK: (e) nothing applicable

    @Test("a unit with nothing applicable has no index and no band, and the ranking lists it apart, out of the statistics")
    func nothingApplicable() throws {
        let ratio = #"{ "kind": "ratio", "metric": "rate" }"#
        let boolean = #"{ "kind": "boolean", "fact": "yes" }"#
        let facts =
            #"[ { "id": "done", "title": "Done", "type": "count" }, { "id": "all", "title": "All", "type": "count" }, { "id": "yes", "title": "Yes", "type": "boolean" } ]"#
        let leaves = "[\(Fixtures.leaf("1.1", max: "2", rule: ratio)), \(Fixtures.leaf("1.2", max: "1", rule: boolean))]"
        let framework = try Fixtures.framework(
            Fixtures.miniFramework(leaves: leaves, facts: facts, metrics: Self.metric("done", "all"), fieldMax: "3"))
        func unit(_ id: String, _ body: String) -> String {
            #"{ "formatVersion": 1, "framework": "mini", "year": 2020, "unit": { "id": "\#(id)", "name": "Sở \#(id)", "kind": "so" }, \#(body) }"#
        }
        let none = try Fixtures.score(
            unit("none", #""facts": { "done": 0, "all": 0, "yes": true }, "notApplicable": { "1.2": "—" }"#), with: framework)
        #expect(none.index == nil && none.indexRounded == nil && none.band == nil)
        #expect(Self.equal(none.applicableMaximum, "0") && Self.equal(none.total, "0"))
        let root = try Self.json(none)
        #expect(root["index"] == .null && root["indexRounded"] == .null && root["band"] == .null && root["indexExact"] == nil)
        let rated = try Fixtures.score(unit("rated", #""facts": { "done": 2, "all": 3, "yes": false }"#), with: framework)
        #expect(Self.equal(rated.index, "400/9"))
        let ranking = Ranker().rank([none, rated], frameworks: CriteriaCatalog(frameworks: [framework]))
        let table = try #require(ranking.tables.first)
        #expect(table.entries.map(\.result.unit.id) == ["rated"])
        #expect(table.unrated.map(\.unit.id) == ["none"])
        #expect(table.statistics.bandCounts.reduce(0) { $0 + $1.count } == 1)
        #expect(Self.equal(table.statistics.lowest, "400/9") && Self.equal(table.statistics.highest, "400/9"))
        #expect(Self.equal(table.statistics.median, "400/9"))
    }

    // MARK: (f) the leafPoints rounding policy

    @Test(
        "rounding leafPoints 2: computed points are rounded half away from zero before the sum; direct points and the council's corrections are taken as given"
    )
    func leafPointsRounding() throws {
        let ratio = #"{ "kind": "ratio", "metric": "rate" }"#
        let evidence = #"{ "kind": "evidence", "incomplete": "proportional" }"#
        let direct = #"{ "kind": "direct", "source": "survey" }"#
        let documents =
            #"[ { "id": "a", "title": "A" }, { "id": "b", "title": "B" }, { "id": "c", "title": "C" }, { "id": "d", "title": "D" }, { "id": "e", "title": "E" }, { "id": "f", "title": "F" }, { "id": "g", "title": "G" }, { "id": "h", "title": "H" } ]"#
        let leaves = """
            [\(Fixtures.leaf("1.1", max: "1.5", rule: ratio)), \(Fixtures.leaf("1.2", max: "1", rule: evidence, documents: documents)),
             \(Fixtures.leaf("1.3", max: "5", rule: direct)), \(Fixtures.leaf("1.4", max: "2", rule: direct))]
            """
        var text = Fixtures.miniFramework(leaves: leaves, facts: Self.counts, metrics: Self.metric("done", "all"), fieldMax: "9.5")
        text = text.replacingOccurrences(of: #""facts":"#, with: #""rounding": { "leafPoints": 2 }, "facts":"#)
        let framework = try Fixtures.framework(text)
        let card = try Fixtures.score(
            Fixtures.submission(
                #""facts": { "done": 1, "all": 7 }, "evidence": { "1.2": { "a": { "number": "1", "title": "A" } } }, "direct": { "1.3": 4.125, "1.4": 1 }, "appraisal": { "1.4": { "points": 1.115, "reason": "Hội đồng" } }"#
            ), with: framework)
        // 3/14 → 0.21; 1/8 → 0.13 (half away from zero); the direct 4.125 and the correction 1.115 as given.
        #expect(Self.equal(card.node("1.1")?.points, "0.21"))
        #expect(Self.equal(card.node("1.2")?.points, "0.13"))
        #expect(Self.equal(card.node("1.3")?.points, "4.125"))
        #expect(Self.equal(card.node("1.4")?.points, "1.115") && Self.equal(card.node("1.4")?.computedPoints, "1"))
        #expect(Self.equal(card.leafPoints, "5.58") && Self.equal(card.total, "5.58"))
        #expect(Self.equal(card.index, "1116/19"))
    }
}
