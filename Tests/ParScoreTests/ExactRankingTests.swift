import Foundation
import Testing

/// The acceptance of exact arithmetic, end to end through the built `par-score`: amounts near
/// 10^12 get the tier they reach, a ranking decides ties on the once-rounded index, and a unit to
/// which nothing applies has no index and no rank.
@Suite("Exact scores and ranks, end to end", .serialized)
struct ExactRankingTests {
    static let fixtures = ParScoreRunner.root.appendingPathComponent("Tests/Fixtures/exact-ties")

    /// 50.0049 shows 50.00 and ranks 2; 50.0051 shows 50.01 and ranks 1; the unit with nothing
    /// applicable is listed apart, without rank, index or band, and out of the statistics.
    @Test func tiesAreDecidedOnTheOnceRoundedIndex() throws {
        let run = try ParScoreRunner.run(["rank", Self.fixtures.path, "--format", "json", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any])
        let table = try #require((object["tables"] as? [[String: Any]])?.first)
        let units = try #require(table["units"] as? [[String: Any]])
        #expect(units.map { $0["id"] as? String } == ["bo-b", "bo-a"])
        #expect(units.map { $0["rank"] as? Int } == [1, 2])
        #expect(units.map { ($0["indexRounded"] as? NSNumber)?.stringValue } == ["50.01", "50"])
        let unrated = try #require(table["unrated"] as? [[String: Any]])
        #expect(unrated.map { $0["id"] as? String } == ["bo-c"])
        #expect(unrated.first?["index"] is NSNull && unrated.first?["band"] is NSNull && unrated.first?["rank"] is NSNull)
        let statistics = try #require(table["statistics"] as? [String: Any])
        #expect(statistics["count"] as? Int == 2)
        #expect((statistics["lowest"] as? NSNumber)?.stringValue == "50.0049")

        let text = try ParScoreRunner.run(["rank", Self.fixtures.path])
        #expect(text.stdout.contains("   1  Bộ B"))
        #expect(text.stdout.contains("   2  Bộ A"))
        #expect(text.stdout.contains("50,01") && text.stdout.contains("50,00"))
        #expect(text.stdout.contains("Không xếp loại, không có tiêu chí nào áp dụng (1):"))
        #expect(text.stdout.contains("Bộ C (bo-c)"))
    }

    @Test func aUnitWithNothingApplicableHasNoIndex() throws {
        let run = try ParScoreRunner.run([Self.fixtures.appendingPathComponent("bo-c.json").path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("CHỈ SỐ: không xác định (không có tiêu chí nào áp dụng)    XẾP LOẠI: không xếp loại"))
        let json = try ParScoreRunner.run([Self.fixtures.appendingPathComponent("bo-c.json").path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        #expect(object["index"] is NSNull && object["indexRounded"] is NSNull && object["band"] is NSNull)
    }

    /// 10^12 of 10^12 disbursed is 100 %: the top tier of 6.2.1, explained as 100,00 %.
    @Test func amountsNearTenToTheTwelfthGetTheTierTheyReach() throws {
        let example = ParScoreRunner.root.appendingPathComponent("Examples/so-y-te-dak-nong-2020.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: example)) as? [String: Any])
        for (allocated, disbursed, points) in [
            ("1000000000000", "1000000000000", "2.5"), ("200000000000", "200000000000", "2.5"),
            ("999999999999.999999", "599999999999.999999", "0"), ("1000000000000", "600000000000", "1.25"),
        ] {
            var facts = try #require(object["facts"] as? [String: Any])
            facts["finance.investmentAllocated"] = NSDecimalNumber(string: allocated)
            facts["finance.investmentDisbursed"] = NSDecimalNumber(string: disbursed)
            object["facts"] = facts
            let input = try JSONSerialization.data(withJSONObject: object)
            let run = try ParScoreRunner.run(["-", "--format", "json", "--lang", "en"], input: input)
            #expect(run.status == 0, "\(run.stderr.prefix(400))")
            let result = try #require(try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any])
            let leaf = try #require((result["leaves"] as? [[String: Any]])?.first { $0["id"] as? String == "6.2.1" })
            #expect((leaf["points"] as? NSNumber)?.stringValue == points, "\(disbursed) of \(allocated): \(leaf)")
        }
    }
}
