import Foundation
import ParIndexCore
import ParIndexReports

// The frameworks: the Criteria folder of the checkout (run from its root).
let catalog = try CriteriaCatalog(contentsOf: URL(fileURLWithPath: "Criteria"))
let scorer = Scorer(catalog: catalog)

// A submission built in code. ParIndexCore.Unit, because Foundation has a Unit too.
let submission = Submission(
    file: "so-noi-vu.json", frameworkID: "so-seeds", year: 2020,
    unit: ParIndexCore.Unit(id: "dak-nong.so-noi-vu", name: "Sở Nội vụ", kind: .so, province: "Đắk Nông"),
    facts: ["tthc.resolved": .number(1280), "tthc.onTime": .number(1240), "iso.applied": .boolean(true)],
    claimed: ["1.1.2": 1])

// Checked exactly as the same file would be, then scored; errors name the JSON path.
do {
    let card = try scorer.score(submission)
    print(card.unit.name, card.indexRounded?.description ?? "không xếp loại", card.band?.label.vi ?? "—")  // rounded once
    for lost in card.lostPoints.prefix(3) { print(lost.id, lost.points, lost.hint.vi) }
} catch {
    for diagnostic in error.diagnostics { print(diagnostic.text(.en)) }
}

// The submission format both ways: the same submission gives the same bytes.
let json = SubmissionJSON.encode(submission)
let decoded = try SubmissionJSON.decode(Data(json.utf8), file: "so-noi-vu.json", catalog: catalog)
print(decoded == submission)  // true

// A file, and its result in the JSON the CLI writes.
let card = try scorer.score(file: URL(fileURLWithPath: "Examples/so-y-te-dak-nong-2020.json"))
print(ScorecardJSON.encode(card, language: .en).count, "bytes of JSON for", card.unit.name)

// Many at once, concurrently; one outcome per input, in input order.
let files = BatchScorer.collectFiles(["Examples"]).files.map { BatchScorer.Input.file(URL(fileURLWithPath: $0)) }
let outcomes = await BatchScorer(scorer: scorer).score(files + [.data(Data(json.utf8), file: "so-noi-vu.json")])
let results = outcomes.compactMap { try? $0.get() }

// Whole scorecards instead of totals, chosen by type; their sentences are written when read.
let cards = BatchScorer(scorer: scorer).score(files: ["Examples/so-y-te-dak-nong-2020.json"], as: Scorecard.self)
for lost in cards.scorecards.first?.lostPoints.prefix(2) ?? [] { print(lost.id, lost.hint(.en)) }

// A ranking, written as an Excel workbook (also RankingCSV, RankingHTML, RankingMarkdown, RankingJSON).
let ranking = Ranker().rank(results: results, frameworks: catalog)
let workbook = FileManager.default.temporaryDirectory.appendingPathComponent("ranking.xlsx")
try RankingXLSX.encode(ranking, language: .vi).write(to: workbook)
for table in ranking.tables {
    for entry in table.entries { print(entry.rank, entry.result.unit.name, entry.result.indexRounded ?? 0) }
}
