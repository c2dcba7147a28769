import Foundation
import ParIndexTestSupport
import Testing

@testable import ParIndexCore
@testable import ParIndexReports

@Suite("Ranking")
struct RankingTests {
    func framework() throws -> Framework {
        let leaves = [
            Fixtures.leaf("1.1", max: "60", rule: #"{ "kind": "direct", "source": "appraisal" }"#),
            Fixtures.leaf("1.2", max: "40", rule: #"{ "kind": "direct", "source": "survey" }"#),
        ].joined(separator: ",")
        return try Fixtures.framework(Fixtures.miniFramework(leaves: "[\(leaves)]", fieldMax: "100"))
    }

    func card(_ id: String, _ name: String, _ a: String, _ b: String = "0", year: Int = 2021) throws -> Scorecard {
        let text = Fixtures.submission(#""direct": { "1.1": \#(a), "1.2": \#(b) }"#, year: year)
            .replacingOccurrences(of: #""id": "u1", "name": "Sở Thử nghiệm""#, with: #""id": "\#(id)", "name": \#(JSONWriter.quoted(name))"#)
        return try Fixtures.score(text, with: try framework())
    }

    @Test func tiesAtDisplayPrecisionShareARank() throws {
        let cards = [
            try card("a", "Sở A", "50"), try card("b", "Sở B", "60", "30"), try card("c", "Sở C", "49.996"),
            try card("d", "Sở D", "49.994"), try card("e", "Sở E", "60", "30"), try card("f", "Sở F", "10"),
        ]
        let ranking = Ranker().rank(cards, frameworks: CriteriaCatalog(frameworks: [try framework()]))
        let table = try #require(ranking.tables.first)
        #expect(table.entries.map(\.result.unit.id) == ["b", "e", "a", "c", "d", "f"])
        #expect(table.entries.map(\.rank) == [1, 1, 3, 3, 5, 6])
        // Ranking does not depend on the order of the input files.
        let reversed = Ranker().rank(cards.reversed(), frameworks: CriteriaCatalog(frameworks: [try framework()]))
        #expect(reversed.tables.first?.entries.map(\.result.unit.id) == table.entries.map(\.result.unit.id))
    }

    /// Units written in parallel blocks make the same bytes as units written in one block.
    @Test func jsonBlocksJoinSeamlessly() throws {
        let base = try card("a", "Sở A", "50").result
        let results = (0..<25).map { n -> UnitResult in
            var result = base
            result.unit.id = "u\(n)"
            result.total = ExactDecimal(n % 7)
            result.indexRounded = ExactDecimal(n % 7)
            return result
        }
        let ranking = Ranker().rank(results: results, frameworks: CriteriaCatalog(frameworks: [try framework()]))
        let whole = RankingJSON.encodedBytes(ranking, language: .vi, includeScorecards: false, blockSize: 1_000)
        for blockSize in [1, 2, 7, 24, 25] {
            #expect(RankingJSON.encodedBytes(ranking, language: .en, includeScorecards: false, blockSize: blockSize).count > 0)
            #expect(
                RankingJSON.encodedBytes(ranking, language: .vi, includeScorecards: false, blockSize: blockSize) == whole, "block size \(blockSize)")
        }
        let parsed = try JSONParser.parse(Data(whole))
        guard case .object(let root) = parsed, case .array(let tables)? = root["tables"], case .object(let table)? = tables.first,
            case .array(let units)? = table["units"]
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(units.count == 25)
    }

    /// Large tables are sorted in two halves on two cores: the order is that of one stable sort.
    @Test func largeTablesSortAsOneSort() throws {
        let base = try card("a", "Sở A", "50").result
        var rng = SplitMix64(seed: 25_000)
        let results = (0..<25_000).map { n -> UnitResult in
            var result = base
            result.unit.id = "u\(n % 24_000)"  // some units twice, told apart by file
            result.unit.name = "Sở \(Int.random(in: 0..<50, using: &rng))"
            result.file = "f\(n).json"
            result.indexRounded = ExactDecimal(Int.random(in: 0..<30, using: &rng))
            result.index = result.indexRounded
            return result
        }
        let ranking = Ranker().rank(results: results, frameworks: CriteriaCatalog(frameworks: [try framework()]))
        let expected = results.sorted(by: Ranker.ranksBefore).map(\.file)
        #expect(ranking.entries.map(\.result.file) == expected)
    }

    @Test func bandCountsAndStatistics() throws {
        let cards = [
            try card("a", "Sở A", "60", "35"), try card("b", "Sở B", "50", "20"), try card("c", "Sở C", "20"), try card("d", "Sở D", "60", "30"),
        ]
        let table = try #require(Ranker().rank(cards, frameworks: CriteriaCatalog(frameworks: [try framework()])).tables.first)
        #expect(table.statistics.bandCounts.map(\.count) == [2, 1, 1])
        #expect(table.statistics.mean == ExactDecimal(95 + 70 + 20 + 90) / 4)
        #expect(table.statistics.median == 80)
        #expect(table.statistics.lowest == 20)
        #expect(table.statistics.highest == 95)
        let field = try #require(table.statistics.fields.first)
        #expect(field.bestUnits == ["Sở A"])
    }

    @Test func yearOverYearChanges() throws {
        let now = [try card("a", "Sở A", "50"), try card("b", "Sở B", "60", "10"), try card("c", "Sở C", "30")]
        let before = [try card("a", "Sở A", "60", "20", year: 2020), try card("b", "Sở B", "40", year: 2020)]
        let table = try #require(Ranker().rank(now, previous: before, frameworks: CriteriaCatalog(frameworks: [try framework()])).tables.first)
        let b = try #require(table.entries.first { $0.result.unit.id == "b" })
        #expect(b.rank == 1)
        #expect(b.previous == PreviousResult(index: 40, rank: 2, indexChange: 30, rankChange: 1))
        let a = try #require(table.entries.first { $0.result.unit.id == "a" })
        #expect(a.previous == PreviousResult(index: 80, rank: 1, indexChange: -30, rankChange: -1))
        #expect(table.entries.first { $0.result.unit.id == "c" }?.previous == nil)
    }

    @Test func unitsOfDifferentYearsOrKindsAreSeparateTables() throws {
        let cards = [try card("a", "Sở A", "50"), try card("b", "Sở B", "60", year: 2022)]
        let ranking = Ranker().rank(cards, frameworks: CriteriaCatalog(frameworks: [try framework()]))
        #expect(ranking.tables.map(\.year) == [2022, 2021])
        #expect(ranking.tables.allSatisfy { $0.entries.first?.rank == 1 })
    }

    @Test func csvHasAByteOrderMarkAndQuotes() throws {
        let cards = [try card("a", "Sở A, \"số 1\"", "50")]
        let ranking = Ranker().rank(cards, frameworks: CriteriaCatalog(frameworks: [try framework()]))
        let data = RankingCSV.encode(ranking, language: .vi)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.contains("\"Sở A, \"\"số 1\"\"\""))
        #expect(text.hasSuffix("\r\n"))
    }
}

@Suite("Published national results")
struct PublishedResultsTests {
    struct Published: Decodable {
        struct Ministry: Decodable {
            var rank: Int
            var name: String
            var total: Double
            var index: Double
        }
        var ministries: [Ministry]
    }

    @Test func ministries2023AreReproducedFromTheirComponents() throws {
        let catalog = try Fixtures.catalog()
        let folder = Fixtures.root.appendingPathComponent("Tests/Fixtures/ministries-2023")
        let (files, missing) = BatchScorer.collectFiles([folder.path])
        #expect(missing.isEmpty)
        let result = BatchScorer(catalog: catalog).score(files: files)
        #expect(result.failures.isEmpty)
        #expect(result.results.allSatisfy { $0.scorecard == nil })
        // The batch fast path and the full scorecards agree, unit for unit.
        let full = BatchScorer(catalog: catalog).score(files: files, as: Scorecard.self)
        #expect(full.scorecards.count == files.count)
        #expect(
            full.results.map {
                var r = $0; r.scorecard = nil; return r
            } == result.results)
        let ranking = Ranker().rank(results: result.results, frameworks: catalog)
        let table = try #require(ranking.tables.first)
        let published = try JSONDecoder().decode(
            Published.self, from: Data(contentsOf: Fixtures.root.appendingPathComponent("Tests/Fixtures/published/ministries-2023.json")))
        #expect(table.entries.count == published.ministries.count)
        for ministry in published.ministries {
            let entry = try #require(table.entries.first { $0.result.unit.name == ministry.name }, "\(ministry.name) missing")
            let total = entry.result.total.doubleValue
            #expect(abs(total - ministry.total) <= 0.0100001, "\(ministry.name): \(total) vs \(ministry.total)")
            #expect(entry.rank == ministry.rank, "\(ministry.name)")
        }
        #expect(table.statistics.bandCounts.map(\.count) == [14, 3])
    }
}
