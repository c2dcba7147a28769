import Foundation
import ParIndexReports
import ParIndexTestSupport
import Testing

@testable import ParIndexCore

/// Properties that hold for every valid submission of the shipped "so-seeds" framework, checked over
/// thousands of generated submissions.
///
/// The default run checks the bounds and the ranking on 3,000 submissions (three chunks that run in
/// parallel), reads back the exact JSON result of 1,500 of them, and checks each derived property (monotonicity, locality,
/// determinism) on 1,000 more. `PAR_PROPERTY_CASES=30000 swift test --filter PropertyTests` runs
/// ten times as many.
@Suite("Scoring properties")
struct PropertyTests {
    static let cases = ProcessInfo.processInfo.environment["PAR_PROPERTY_CASES"].flatMap(Int.init) ?? 3_000
    static let chunks = 3
    static let seed: UInt64 = 0x5041_5249_4E44_4558  // "PARINDEX"

    let catalog: CriteriaCatalog
    let framework: Framework
    let scorer: Scorer

    init() throws {
        catalog = try CriteriaCatalog(contentsOf: Fixtures.criteria)
        framework = try #require(catalog.framework(id: "so-seeds"))
        scorer = Scorer(catalog: catalog)
    }

    /// `count` generated submissions, the same on every run for the same salt.
    func generated(_ count: Int, salt: UInt64) -> [SyntheticSubmission] {
        let synthetic = SyntheticSubmissions(framework: framework, seed: Self.seed ^ salt)
        return (0..<count).compactMap { synthetic.parts(Int(salt) * 1_000_000 + $0) }
    }

    func score(_ submission: SyntheticSubmission, file: String) -> Scorecard? {
        let text = submission.json()
        FastPathAgreement.check(Data(text.utf8), file: file, catalog: catalog)
        do {
            return try scorer.score(data: Data(text.utf8), file: file)
        } catch {
            Issue.record("a valid generated submission was refused: \(error.description.prefix(600))\n\(text.prefix(3000))")
            return nil
        }
    }

    /// Every node within [0, applicable maximum], the index within [0, 100], the JSON result exact,
    /// and the ranking independent of the order of its input.
    @Test(arguments: 0..<chunks)
    func boundsExactResultAndRanking(chunk: Int) throws {
        let count = Self.cases / Self.chunks
        var cards: [Scorecard] = []
        var statuses: [LeafStatus: Int] = [:]
        var exact = 0
        for (i, submission) in generated(count, salt: UInt64(chunk)).enumerated() {
            guard let card = score(submission, file: "chunk\(chunk)/case-\(i).json") else { continue }
            cards.append(card)
            checkBounds(card, "chunk \(chunk) case \(i)")
            if i % 2 == 0 {  // every other one, to keep the debug run short
                try checkExactResult(card, "chunk \(chunk) case \(i)")
                exact += 1
            }
            for leaf in card.leaves { statuses[leaf.status ?? .scored, default: 0] += 1 }
        }
        var rng = SplitMix64(seed: Self.seed ^ UInt64(100 + chunk))
        let groups = checkRankingOrder(cards, using: &rng)
        print(
            "properties chunk \(chunk): \(cards.count) submissions scored within bounds, \(exact) JSON results read back exactly, ranked in \(groups) groups (each shuffled twice); leaf statuses: \(statuses.map { "\($0.key.rawValue) \($0.value)" }.sorted().joined(separator: ", "))"
        )
    }

    /// Records an issue when `condition` is false. Cheaper than `#expect` in hot loops, which matters
    /// with hundreds of thousands of checks in a debug build.
    func check(_ condition: Bool, _ message: @autoclosure () -> String, sourceLocation: SourceLocation = #_sourceLocation) {
        if !condition { Issue.record(Comment(rawValue: message()), sourceLocation: sourceLocation) }
    }

    func checkBounds(_ card: Scorecard, _ label: String) {
        for node in card.nodes {
            check(node.points >= 0 && node.points <= node.applicableMaximum, "\(label) node \(node.id): \(node.points) of \(node.applicableMaximum)")
            check(node.applicableMaximum >= 0 && node.applicableMaximum <= node.maximum, "\(label) node \(node.id)")
            if node.isLeaf {
                check(node.points <= node.maximum, "\(label) leaf \(node.id)")
                if let computed = node.computedPoints {
                    check(computed >= 0 && computed <= node.maximum, "\(label) leaf \(node.id) computed \(computed)")
                }
            }
        }
        for component in card.components {
            check(component.points >= 0 && component.points <= component.applicableMaximum, "\(label) component \(component.id)")
        }
        check(card.total >= 0 && card.total <= card.applicableMaximum, "\(label): total \(card.total) of \(card.applicableMaximum)")
        check(card.index.map { $0 >= 0 && $0 <= 100 } ?? (card.applicableMaximum == 0), "\(label): index \(String(describing: card.index))")
        check(card.band != nil || card.index == nil, "\(label): no band for \(String(describing: card.index))")
        // Leaf points are exact (fractions where a rule divides); sums of them are exact, in any order.
        check(card.fields.reduce(ExactDecimal.zero) { $0 + $1.points } == card.leafPoints, "\(label): fields do not add up to the leaf points")
        check(
            card.components.reduce(ExactDecimal.zero) { $0 + $1.points } == card.leafPoints, "\(label): components do not add up to the leaf points")
        check(card.indexRounded.map { $0 >= 0 && $0 <= 100 } ?? true, "\(label): rounded index \(String(describing: card.indexRounded))")
    }

    /// Whether a JSON object holds `value` under `key` as documented: a decimal of six places as it
    /// is; any other value rounded to 12 decimals with its exact fraction in `<key>Exact`; `null` for none.
    static func writes(_ member: (String) -> JSONValue?, _ key: String, _ value: ExactDecimal?) -> Bool {
        guard let value else { return member(key) == .null && member(key + "Exact") == nil }
        if value.isDecimal { return member(key) == .number(value.exactText) && member(key + "Exact") == nil }
        return member(key) == .number(value.decimalText(fractionDigits: 12)) && member(key + "Exact") == .string(value.fractionText)
    }

    /// The JSON result, read back with the project's own parser, holds the exact values.
    func checkExactResult(_ card: Scorecard, _ label: String) throws {
        let text = ScorecardJSON.encode(card, language: .en)
        guard case .object(let root) = try JSONParser.parse(Data(text.utf8)) else {
            Issue.record("\(label): result is not an object")
            return
        }
        let member = { (key: String) in root[key] }
        check(Self.writes(member, "total", card.total), "\(label) total")
        check(Self.writes(member, "index", card.index), "\(label) index")
        check(Self.writes(member, "indexRounded", card.indexRounded), "\(label) indexRounded")
        check(Self.writes(member, "applicableMax", card.applicableMaximum), "\(label) applicableMax")
        check(Self.writes(member, "leafPoints", card.leafPoints), "\(label) leafPoints")
        guard case .array(let items)? = root["leaves"] else {
            Issue.record("\(label): no leaves")
            return
        }
        check(items.count == card.leaves.count, "\(label): \(items.count) leaves in the result")
        for (item, leaf) in zip(items, card.leaves) {
            guard case .object(let object) = item else { continue }
            check(object["id"] == .string(leaf.id), "\(label): leaf \(leaf.id) out of order")
            check(Self.writes({ object[$0] }, "points", leaf.points), "\(label) leaf \(leaf.id)")
            check(Self.writes({ object[$0] }, "applicableMax", leaf.applicableMaximum), "\(label) leaf \(leaf.id)")
            check(object["status"] == leaf.status.map { .string($0.rawValue) } ?? .null, "\(label) leaf \(leaf.id)")
            // The exact text reads back as the same decimal.
            if case .number(let n)? = object["points"], leaf.points.isDecimal {
                check(ExactDecimal(string: n) == leaf.points, "\(label) leaf \(leaf.id): \(n)")
            }
        }
    }

    /// Ranks groups of scorecards as given and shuffled; returns the number of groups.
    func checkRankingOrder(_ cards: [Scorecard], using rng: inout SplitMix64) -> Int {
        var groups = 0
        for start in stride(from: 0, to: cards.count, by: 100) {
            let group = Array(cards[start..<Swift.min(start + 100, cards.count)])
            let previous = Array(cards[Swift.max(0, start - 100)..<start])
            let expected = Ranker().rank(group, previous: previous, frameworks: catalog)
            let expectedText = RankingJSON.encode(expected, language: .en)
            for _ in 0..<2 {
                let shuffled = Ranker().rank(group.shuffled(using: &rng), previous: previous.shuffled(using: &rng), frameworks: catalog)
                #expect(RankingJSON.encode(shuffled, language: .en) == expectedText, "group at \(start)")
                #expect(shuffled.entries.map(\.result.unit.id) == expected.entries.map(\.result.unit.id))
                #expect(shuffled.entries.map(\.rank) == expected.entries.map(\.rank))
            }
            // Ranks start at 1, never go down the table, and are shared exactly by equal displayed indices.
            for table in expected.tables {
                let rounded = { (entry: RankedUnit) in entry.result.indexRounded ?? -1 }
                for (a, b) in zip(table.entries, table.entries.dropFirst()) {
                    #expect(a.rank <= b.rank && rounded(a) >= rounded(b))
                    #expect((a.rank == b.rank) == (rounded(a) == rounded(b)))
                }
                #expect(table.entries.first?.rank == 1)
            }
            groups += 1
        }
        return groups
    }

    @Test func moreFilesOnTimeNeverLowerAScore() throws {
        var rng = SplitMix64(seed: Self.seed ^ 11)
        var checked = 0
        for (i, var submission) in generated(Self.cases / 3, salt: 11).enumerated() {
            if submission.fact("tthc.onTime") == nil || submission.fact("tthc.onTime") == "null" {
                submission.setFact("tthc.onTime", "0")  // keep the case: start from none on time
            }
            guard let onTime = submission.fact("tthc.onTime").flatMap({ Int($0) }),
                let resolved = submission.fact("tthc.resolved").flatMap({ Int($0) }), onTime < resolved,
                let before = score(submission, file: "case-\(i).json")
            else { continue }
            let k = rng.chance(0.2) ? resolved - onTime : Int.random(in: 1...(resolved - onTime), using: &rng)
            submission.setFact("tthc.onTime", String(onTime + k))
            guard let after = score(submission, file: "case-\(i).json") else { continue }
            checked += 1
            for (old, new) in zip(before.nodes, after.nodes) {
                check(old.id == new.id, "case \(i): nodes differ")
                check(new.points >= old.points, "case \(i): \(old.id) fell from \(old.points) to \(new.points) with \(k) more files on time")
            }
            check(after.total >= before.total, "case \(i): total fell")
            check((after.index ?? 0) >= (before.index ?? 0), "case \(i): index fell")
        }
        #expect(checked > Self.cases / 3 / 2)
        print("properties: more files on time never lowered a score, \(checked) submissions")
    }

    @Test func notApplicableChangesOnlyItsLeaf() throws {
        var rng = SplitMix64(seed: Self.seed ^ 12)
        var checked = 0
        for (i, var submission) in generated(Self.cases / 3, salt: 12).enumerated() {
            let excluded = Set(submission.notApplicable.map(\.leaf) + submission.appraisal.map(\.leaf))
            let candidates = framework.leaves.map(\.id).filter { !excluded.contains($0) }
            guard !candidates.isEmpty, let before = score(submission, file: "case-\(i).json") else { continue }
            let leaf = rng.pick(candidates)
            submission.notApplicable.append((leaf, "Không phát sinh trong năm."))
            guard let after = score(submission, file: "case-\(i).json") else { continue }
            checked += 1
            for (old, new) in zip(before.leaves, after.leaves) {
                if old.id == leaf {
                    check(new.status == .notApplicable && new.points == 0 && new.applicableMaximum == 0, "case \(i) leaf \(leaf)")
                } else {
                    check(
                        new.points == old.points && new.status == old.status && new.applicableMaximum == old.applicableMaximum,
                        "case \(i): declaring \(leaf) not applicable changed \(old.id)")
                }
            }
            let removed = before.leaves.first { $0.id == leaf }?.applicableMaximum ?? 0
            check(after.applicableMaximum == before.applicableMaximum - removed, "case \(i)")
        }
        #expect(checked > Self.cases / 3 * 9 / 10)
        print("properties: declaring a leaf not applicable changed no other leaf, \(checked) submissions")
    }

    @Test func scoringIsDeterministic() throws {
        var checked = 0
        for (i, submission) in generated(Self.cases / 3, salt: 13).enumerated() {
            let data = Data(submission.json().utf8)
            let file = "case-\(i).json"
            guard let first = try? scorer.score(data: data, file: file), let second = try? scorer.score(data: data, file: file) else {
                Issue.record("case \(i) refused")
                continue
            }
            checked += 1
            #expect(first == second, "case \(i)")
            if i % 3 == 0 {
                #expect(ScorecardJSON.encode(first, language: .en) == ScorecardJSON.encode(second, language: .en), "case \(i): different bytes")
            }
            if i % 10 == 0 {
                #expect(ScorecardJSON.encode(first, language: .vi) == ScorecardJSON.encode(second, language: .vi), "case \(i): different bytes (vi)")
            }
        }
        print("properties: the same bytes gave the same result twice, \(checked) submissions")
    }
}
