import Foundation
import ParIndexTestSupport
import Testing

@testable import ParIndexCore

/// The API for adopters: submissions built in code, the submission JSON both ways, and scoring
/// many submissions at once.
@Suite("Library API")
struct LibraryAPITests {
    let catalog: CriteriaCatalog
    let scorer: Scorer

    init() throws {
        catalog = try Fixtures.catalog()
        scorer = Scorer(catalog: catalog)
    }

    static let examples = ["so-y-te-dak-nong-2020.json", "so-gddt-hoa-binh-2020.json", "so-khdt-tuyen-quang-2023.json"]

    /// A small valid submission of the shipped department framework, built in code.
    static func handBuilt(onTime: ExactDecimal = 1240) -> Submission {
        Submission(
            file: "in-code.json", frameworkID: "so-seeds", year: 2020,
            unit: ParIndexCore.Unit(id: "dak-nong.so-y-te", name: "Sở Y tế", kind: .so, province: "Đắk Nông"),
            facts: [
                "tthc.resolved": .number(1280), "tthc.onTime": .number(onTime), "iso.applied": .boolean(true),
                "plan.issuedOn": .date(CalendarDate(year: 2019, month: 12, day: 20)), "survey.q1": .answer("B"),
            ],
            evidence: [
                "1.1.2": [
                    "plan.cchc": EvidenceDocument(
                        number: "3125/KH-SYT", title: "Kế hoạch CCHC năm 2020", date: CalendarDate(year: 2019, month: 12, day: 20))
                ]
            ],
            claimed: ["1.1.2": 1])
    }

    @Test(arguments: examples)
    func everyExampleRoundTrips(name: String) throws {
        let data = try Data(contentsOf: Fixtures.examples.appendingPathComponent(name))
        let first = try SubmissionJSON.decode(data, file: name, catalog: catalog)
        let text = SubmissionJSON.encode(first)
        let second = try SubmissionJSON.decode(Data(text.utf8), file: name, catalog: catalog)
        #expect(second == first)
        #expect(SubmissionJSON.encode(second) == text, "the same submission gives the same bytes")
        let fromFile = try scorer.score(data: data, file: name)
        let fromText = try scorer.score(data: Data(text.utf8), file: name)
        let fromValue = try scorer.score(first)
        #expect(fromText == fromFile)
        #expect(fromValue == fromFile)
        #expect(fromValue.index == fromFile.index && fromValue.total == fromFile.total)
    }

    @Test func generatedSubmissionsRoundTrip() throws {
        let framework = try #require(catalog.framework(id: "so-seeds"))
        let synthetic = SyntheticSubmissions(framework: framework, seed: 0x4150_4920)
        for n in 0..<200 {
            let file = "generated-\(n).json"
            let first = try SubmissionJSON.decode(synthetic.submission(n), file: file, catalog: catalog)
            let second = try SubmissionJSON.decode(Data(SubmissionJSON.encode(first).utf8), file: file, catalog: catalog)
            #expect(second == first, "generated submission \(n)")
            #expect(try scorer.score(second) == scorer.score(first))
        }
    }

    @Test func encodingHasTheDocumentedLayout() {
        let text = SubmissionJSON.encode(Self.handBuilt())
        #expect(
            text.hasPrefix(
                "{\n  \"formatVersion\": 1,\n  \"framework\": \"so-seeds\",\n  \"year\": 2020,\n  \"unit\": {\n    \"id\": \"dak-nong.so-y-te\","))
        let keys = ["\"facts\"", "\"evidence\"", "\"notApplicable\"", "\"claimed\"", "\"appraisal\"", "\"direct\""]
        let offsets = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(offsets.count == keys.count && offsets == offsets.sorted(), "top-level keys in the order of the format")
        let facts = [
            "\"iso.applied\": true", "\"plan.issuedOn\": \"2019-12-20\"", "\"survey.q1\": \"B\"", "\"tthc.onTime\": 1240", "\"tthc.resolved\": 1280",
        ]
        let factOffsets = facts.compactMap { text.range(of: $0)?.lowerBound }
        #expect(factOffsets.count == facts.count && factOffsets == factOffsets.sorted(), "fact ids sorted")
        #expect(text.hasSuffix("}\n"))
        #expect(SubmissionJSON.encode(Self.handBuilt()) == text)
    }

    @Test func aSubmissionBuiltInCodeIsCheckedAsAFileIs() throws {
        let (valid, framework) = try scorer.validate(Self.handBuilt())
        #expect(framework.id == "so-seeds")
        #expect(valid == Self.handBuilt())
        let card = try scorer.score(Self.handBuilt())
        #expect(card.unit.name == "Sở Y tế" && card.file == "in-code.json")
        #expect(try #require(card.index) > 0)

        var broken = Self.handBuilt(onTime: 1300)
        broken.facts["tthc.unknown"] = .number(3)
        broken.facts["tthc.resolved"] = .number(ExactDecimal(string: "1280.5") ?? 0)
        broken.claimed["1.1.2"] = 99
        let inCode = #expect(throws: DiagnosticError.self) { try scorer.validate(broken) }
        let asFile = #expect(throws: DiagnosticError.self) {
            try scorer.validate(data: Data(SubmissionJSON.encode(broken).utf8), file: "in-code.json")
        }
        let messages = try #require(inCode).diagnostics.map(\.description)
        #expect(messages == (try #require(asFile)).diagnostics.map(\.description))
        #expect(messages.contains { $0.hasPrefix("in-code.json: error: facts[\"tthc.unknown\"]: unknown fact") })
        #expect(
            messages.contains {
                $0.contains("facts[\"tthc.resolved\"]: Procedure files resolved (tthc.resolved): expected a whole number (the count), found 1280.5")
            })
        #expect(messages.contains { $0.contains("claimed[\"1.1.2\"]: 99 points is outside 0 – 1") })
    }

    @Test func unknownFrameworkAndWrongKindAreRefused() throws {
        var submission = Self.handBuilt()
        submission.frameworkID = "so-nope"
        let unknown = #expect(throws: DiagnosticError.self) { try scorer.validate(submission) }
        #expect(unknown?.description.contains("unknown framework \"so-nope\"") == true)
        submission = Self.handBuilt()
        submission.unit.kind = .bo
        let kind = #expect(throws: DiagnosticError.self) { try scorer.validate(submission) }
        #expect(kind?.diagnostics.first?.path.description == "unit.kind")
    }

    @Test func valueTypesAreHashable() {
        let a = Self.handBuilt()
        var b = a
        #expect(Set([a, b]).count == 1)
        b.notApplicable["2.2.1"] = "Không phát sinh"
        #expect(a != b)
        #expect(Set([a, b]).count == 2)
    }

    @Test func manyAtOnceInInputOrder() async throws {
        let urls = Self.examples.map { Fixtures.examples.appendingPathComponent($0) }
        var inputs: [BatchScorer.Input] = urls.map { .file($0) }
        inputs.insert(.data(Data("{".utf8), file: "broken.json"), at: 1)
        inputs.append(.data(Data(SubmissionJSON.encode(Self.handBuilt()).utf8), file: "in-code.json"))
        let totals = await BatchScorer(scorer: scorer).score(inputs)
        let cards = await BatchScorer(scorer: scorer).score(inputs, as: Scorecard.self)
        #expect(totals.count == inputs.count && cards.count == inputs.count)
        #expect(throws: DiagnosticError.self) { try totals[1].get() }
        #expect(throws: DiagnosticError.self) { try cards[1].get() }
        let results = totals.compactMap { try? $0.get() }
        #expect(results.map(\.file) == [urls[0].relativePath, urls[1].relativePath, urls[2].relativePath, "in-code.json"])
        #expect(results.allSatisfy { $0.scorecard == nil })
        let expected = try urls.map { try scorer.score(file: $0).result.index } + [try scorer.score(Self.handBuilt()).index]
        #expect(results.map(\.index) == expected)
        #expect(cards.compactMap { try? $0.get().index } == expected)
        let batch = BatchScorer(scorer: scorer).score(files: urls.map(\.path))
        #expect(batch.results.map(\.index) == Array(expected.prefix(3)), "the same numbers as the fast path")
        #expect(await BatchScorer(scorer: scorer).score([]).isEmpty)
    }
}
