import Foundation
import Testing

@testable import ParIndexCore

/// SplitMix64 (Steele, Lea, Flood 2014): a small, fast generator whose sequence is fixed by its seed,
/// so every generated case can be reproduced.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    /// A random element.
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
}

/// A random, valid submission for a framework, kept as parts so that a test can change one thing and
/// write it again as JSON text (so that parsing and validation run every time).
struct GeneratedSubmission {
    var year: Int
    var unitID: String
    var unitName: String
    var province: String?
    /// Fact values as JSON text, in the framework's order; a missing fact is left out.
    var facts: [(id: String, json: String)]
    var evidence: [(leaf: String, documents: [(id: String, json: String)])]
    var notApplicable: [(leaf: String, reason: String)]
    var claimed: [(leaf: String, points: String)]
    var appraisal: [(leaf: String, points: String, reason: String)]
    var direct: [(leaf: String, points: String)]

    /// Texts that are valid but awkward: quotes, backslashes, control characters, emoji, NFD.
    static let texts = [
        "Kế hoạch CCHC năm", "Báo cáo \"số 12\" của Sở", "Đường dẫn C:\\Văn bản\\KH.pdf", "Dòng 1\nDòng 2\tcột",
        "Quyết định 🇻🇳 ✓", "Tiếng Việt dựng sẵn", "Tie\u{0302}\u{0301}ng Vie\u{0323}\u{0302}t to\u{0309} hợp", "</script><b>&amp;</b>",
    ]
    static let names = ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Văn phòng UBND tỉnh"]

    /// A random submission for `framework`, valid by construction.
    init(framework: Framework, index: Int, using rng: inout SplitMix64) {
        year = Int.random(in: framework.firstYear...framework.lastYear, using: &rng)
        unitID = "unit-\(index)"
        unitName = rng.chance(0.5) ? rng.pick(Self.names) : "\(rng.pick(Self.names)) \(index)"
        province = rng.chance(0.7) ? rng.pick(["Đắk Nông", "Hòa Bình", "Tuyên Quang", "Hà Tĩnh"]) : nil

        // Facts: numbers as exact decimals first, so that every part can be kept within its whole.
        var numbers: [String: Decimal] = [:]
        var others: [String: String] = [:]
        let scale = rng.pick([10, 100, 5_000, 100_000, 1_000_000_000])
        for fact in framework.facts {
            if rng.chance(0.06) { continue }  // missing data: a warning, the leaf scores 0
            switch fact.type {
            case .count:
                numbers[fact.id] = Decimal(rng.chance(0.1) ? 0 : Int.random(in: 0...scale, using: &rng))
            case .amount:
                let cents = Int.random(in: 0...(Swift.min(scale, 10_000_000) * 100), using: &rng)
                numbers[fact.id] = Decimal(cents) / 100
            case .date:
                let y = year + Int.random(in: -1...1, using: &rng)
                let m = Int.random(in: 1...12, using: &rng)
                let d = Int.random(in: 1...CalendarDate.daysIn(month: m, year: y), using: &rng)
                others[fact.id] = JSONWriter.quoted(CalendarDate(year: y, month: m, day: d).description)
            case .boolean:
                others[fact.id] = rng.chance(0.5) ? "true" : "false"
            case .answer:
                others[fact.id] = JSONWriter.quoted(rng.pick(fact.options))
            }
        }
        // A part may not exceed its whole: shrink numerators until every metric holds.
        for _ in 0..<10 {
            var changed = false
            for metric in framework.metrics {
                let part = metric.numerator.map { numbers[$0] }
                let whole = metric.denominator.map { numbers[$0] }
                guard !part.contains(nil), !whole.contains(nil) else { continue }
                let wholeSum = whole.reduce(Decimal(0)) { $0 + $1! }
                guard part.reduce(Decimal(0), { $0 + $1! }) > wholeSum else { continue }
                changed = true
                let share = wholeSum / Decimal(metric.numerator.count)
                for id in metric.numerator {
                    let isCount = framework.fact(id)?.type == .count
                    let top = Self.floor(isCount ? share : share * 100)
                    let pick = rng.chance(0.15) ? top : Int.random(in: 0...top, using: &rng)
                    numbers[id] = isCount ? Decimal(pick) : Decimal(pick) / 100
                }
            }
            if !changed { break }
        }
        facts = framework.facts.compactMap { fact in
            if let n = numbers[fact.id] { return (fact.id, n.exactText) }
            if let o = others[fact.id] { return (fact.id, o) }
            return rng.chance(0.3) ? (fact.id, "null") : nil
        }

        evidence = []
        notApplicable = []
        claimed = []
        appraisal = []
        direct = []
        for leaf in framework.leaves {
            if !leaf.documents.isEmpty && rng.chance(0.75) {
                var documents: [(String, String)] = []
                for document in leaf.documents where rng.chance(0.7) {
                    var w = JSONWriter(pretty: false)
                    w.beginObject()
                    w.string("number", "\(Int.random(in: 1...9999, using: &rng))/KH-\(rng.pick(["SYT", "SGDĐT", "UBND"]))")
                    w.string("title", rng.pick(Self.texts))
                    if rng.chance(0.6) {
                        let y = year + Int.random(in: -1...1, using: &rng)
                        let m = Int.random(in: 1...12, using: &rng)
                        w.string("date", CalendarDate(year: y, month: m, day: Int.random(in: 1...CalendarDate.daysIn(month: m, year: y), using: &rng)).description)
                    }
                    if rng.chance(0.3) { w.string("link", "https://example.gov.vn/van-ban/\(Int.random(in: 1...99999, using: &rng))?a=1&b=\"2\"") }
                    w.endObject()
                    documents.append((document.id, w.text))
                }
                evidence.append((leaf.id, documents))
            }
            let points = { (rng: inout SplitMix64) -> String in
                let hundredths = Int(truncating: (leaf.max * 100) as NSDecimalNumber)
                let k = rng.chance(0.1) ? hundredths : Int.random(in: 0...hundredths, using: &rng)
                return (Decimal(k) / 100).exactText
            }
            let isNotApplicable = rng.chance(0.06)
            if isNotApplicable { notApplicable.append((leaf.id, rng.pick(Self.texts))) }
            if case .direct = leaf.rule, rng.chance(0.85) { direct.append((leaf.id, points(&rng))) }
            if rng.chance(0.3) { claimed.append((leaf.id, points(&rng))) }
            if !isNotApplicable && rng.chance(0.05) { appraisal.append((leaf.id, points(&rng), rng.pick(Self.texts))) }
        }
    }

    /// The largest whole number not above a non-negative decimal.
    static func floor(_ value: Decimal) -> Int {
        var source = value
        var result = Decimal()
        NSDecimalRound(&result, &source, 0, .down)
        return Int(truncating: result as NSDecimalNumber)
    }

    /// The value of a fact as JSON text.
    func fact(_ id: String) -> String? { facts.first { $0.id == id }?.json }

    /// Sets a fact's JSON text.
    mutating func setFact(_ id: String, _ json: String) {
        if let i = facts.firstIndex(where: { $0.id == id }) { facts[i].json = json } else { facts.append((id, json)) }
    }

    /// The submission as JSON text.
    func json(framework: String = "so-seeds") -> String {
        var w = JSONWriter()
        w.beginObject()
        w.number("formatVersion", 1)
        w.string("framework", framework)
        w.number("year", year)
        w.beginObject("unit")
        w.string("id", unitID)
        w.string("name", unitName)
        w.string("kind", "so")
        if let province { w.string("province", province) }
        w.endObject()
        w.beginObject("facts")
        for (id, json) in facts { w.number(id, json) }
        w.endObject()
        w.beginObject("evidence")
        for (leaf, documents) in evidence {
            w.beginObject(leaf)
            for (id, json) in documents { w.number(id, json) }
            w.endObject()
        }
        w.endObject()
        w.beginObject("notApplicable")
        for (leaf, reason) in notApplicable { w.string(leaf, reason) }
        w.endObject()
        w.beginObject("claimed")
        for (leaf, points) in claimed { w.number(leaf, points) }
        w.endObject()
        w.beginObject("appraisal")
        for (leaf, points, reason) in appraisal {
            w.beginObject(leaf)
            w.number("points", points)
            w.string("reason", reason)
            w.endObject()
        }
        w.endObject()
        w.beginObject("direct")
        for (leaf, points) in direct { w.number(leaf, points) }
        w.endObject()
        w.endObject()
        return w.text
    }
}

/// Properties that hold for every valid submission of the shipped "so-seeds" framework, checked over
/// thousands of generated submissions.
@Suite("Scoring properties")
struct PropertyTests {
    static let cases = 3_000
    static let seed: UInt64 = 0x5041_5249_4E44_4558  // "PARINDEX"

    let catalog: CriteriaCatalog
    let framework: Framework
    let scorer: Scorer

    init() throws {
        catalog = try CriteriaCatalog(contentsOf: Fixtures.criteria)
        framework = try #require(catalog.framework(id: "so-seeds"))
        scorer = Scorer(catalog: catalog)
    }

    /// The generated submissions, the same on every run.
    func generated(salt: UInt64 = 0) -> [GeneratedSubmission] {
        var rng = SplitMix64(seed: Self.seed ^ salt)
        return (0..<Self.cases).map { GeneratedSubmission(framework: framework, index: $0, using: &rng) }
    }

    func score(_ submission: GeneratedSubmission, file: String) -> Scorecard? {
        let text = submission.json()
        do {
            return try scorer.score(data: Data(text.utf8), file: file)
        } catch {
            Issue.record("a valid generated submission was refused: \(error.description.prefix(600))\n\(text.prefix(3000))")
            return nil
        }
    }

    @Test func pointsStayWithinTheirBounds() throws {
        var leafCount = 0
        var statuses: [LeafStatus: Int] = [:]
        for (i, submission) in generated().enumerated() {
            guard let card = score(submission, file: "case-\(i).json") else { continue }
            for node in card.nodes {
                #expect(node.points >= 0 && node.points <= node.applicableMaximum, "case \(i) node \(node.id): \(node.points) of \(node.applicableMaximum)")
                #expect(node.applicableMaximum >= 0 && node.applicableMaximum <= node.maximum, "case \(i) node \(node.id)")
                if node.isLeaf {
                    leafCount += 1
                    statuses[node.status ?? .scored, default: 0] += 1
                    #expect(node.points <= node.maximum, "case \(i) leaf \(node.id)")
                    if let computed = node.computedPoints { #expect(computed >= 0 && computed <= node.maximum, "case \(i) leaf \(node.id) computed \(computed)") }
                }
            }
            for component in card.components {
                #expect(component.points >= 0 && component.points <= component.applicableMaximum, "case \(i) component \(component.id)")
            }
            #expect(card.total >= 0 && card.total <= card.applicableMaximum, "case \(i): total \(card.total) of \(card.applicableMaximum)")
            #expect(card.index >= 0 && card.index <= 100, "case \(i): index \(card.index)")
            #expect(card.band != nil, "case \(i): no band for \(card.index)")
            let fields = card.nodes.filter { $0.level == 1 }
            // Ratio leaves give non-terminating decimals, rounded to 38 digits: the sum of the fields and
            // the sum of the leaves group the additions differently and may differ in the last digits.
            let difference = fields.reduce(Decimal(0)) { $0 + $1.points } - card.leafPoints
            #expect(abs(difference) < Decimal(sign: .plus, exponent: -30, significand: 1), "case \(i): fields do not add up: \(difference)")
        }
        print("properties: \(Self.cases) submissions, \(leafCount) leaves scored; statuses \(statuses.map { "\($0.key.rawValue) \($0.value)" }.sorted().joined(separator: ", "))")
    }

    @Test func moreFilesOnTimeNeverLowerAScore() throws {
        var rng = SplitMix64(seed: Self.seed ^ 1)
        var checked = 0
        for (i, var submission) in generated().enumerated() {
            guard let onTimeText = submission.fact("tthc.onTime"), let resolvedText = submission.fact("tthc.resolved"),
                let onTime = Int(onTimeText), let resolved = Int(resolvedText), onTime < resolved,
                let before = score(submission, file: "case-\(i).json")
            else { continue }
            let k = rng.chance(0.2) ? resolved - onTime : Int.random(in: 1...(resolved - onTime), using: &rng)
            submission.setFact("tthc.onTime", String(onTime + k))
            guard let after = score(submission, file: "case-\(i).json") else { continue }
            checked += 1
            for (old, new) in zip(before.nodes, after.nodes) {
                #expect(old.id == new.id)
                #expect(new.points >= old.points, "case \(i): \(old.id) fell from \(old.points) to \(new.points) with \(k) more files on time")
            }
            #expect(after.total >= before.total, "case \(i): total fell")
            #expect(after.index >= before.index, "case \(i): index fell")
        }
        #expect(checked > Self.cases / 2)
        print("properties: monotonicity checked on \(checked) submissions")
    }

    @Test func notApplicableChangesOnlyItsLeaf() throws {
        var rng = SplitMix64(seed: Self.seed ^ 2)
        var checked = 0
        for (i, var submission) in generated().enumerated() {
            let excluded = Set(submission.notApplicable.map(\.leaf) + submission.appraisal.map(\.leaf))
            let candidates = framework.leaves.map(\.id).filter { !excluded.contains($0) }
            guard !candidates.isEmpty, let before = score(submission, file: "case-\(i).json") else { continue }
            let leaf = rng.pick(candidates)
            submission.notApplicable.append((leaf, "Không phát sinh trong năm."))
            guard let after = score(submission, file: "case-\(i).json") else { continue }
            checked += 1
            for (old, new) in zip(before.leaves, after.leaves) {
                if old.id == leaf {
                    #expect(new.status == .notApplicable && new.points == 0 && new.applicableMaximum == 0, "case \(i) leaf \(leaf)")
                } else {
                    #expect(new.points == old.points && new.status == old.status, "case \(i): declaring \(leaf) not applicable changed \(old.id)")
                }
            }
            #expect(after.applicableMaximum == before.applicableMaximum - (before.leaves.first { $0.id == leaf }?.applicableMaximum ?? 0))
        }
        #expect(checked > Self.cases * 9 / 10)
        print("properties: not-applicable locality checked on \(checked) submissions")
    }

    @Test func scoringIsDeterministicAndTheJSONResultIsExact() throws {
        var leaves = 0
        for (i, submission) in generated(salt: 3).enumerated() {
            let data = Data(submission.json().utf8)
            let file = "case-\(i).json"
            guard let first = try? scorer.score(data: data, file: file), let second = try? scorer.score(data: data, file: file) else {
                Issue.record("case \(i) refused")
                continue
            }
            #expect(first == second)
            let text = ScorecardJSON.encode(first, language: .en)
            #expect(text == ScorecardJSON.encode(second, language: .en), "case \(i): different bytes")
            #expect(ScorecardJSON.encode(first, language: .vi) == ScorecardJSON.encode(second, language: .vi))

            let parsed = try JSONParser.parse(Data(text.utf8))
            guard case .object(let root) = parsed else {
                Issue.record("case \(i): result is not an object")
                continue
            }
            #expect(root["total"] == .number(first.total.exactText), "case \(i) total")
            #expect(root["index"] == .number(first.index.exactText), "case \(i) index")
            #expect(root["applicableMax"] == .number(first.applicableMaximum.exactText), "case \(i) applicableMax")
            #expect(root["leafPoints"] == .number(first.leafPoints.exactText), "case \(i) leafPoints")
            guard case .array(let items)? = root["leaves"] else {
                Issue.record("case \(i): no leaves")
                continue
            }
            #expect(items.count == first.leaves.count)
            for (item, leaf) in zip(items, first.leaves) {
                guard case .object(let object) = item else { continue }
                leaves += 1
                #expect(object["id"] == .string(leaf.id))
                #expect(object["points"] == .number(leaf.points.exactText), "case \(i) leaf \(leaf.id)")
                #expect(object["applicableMax"] == .number(leaf.applicableMaximum.exactText), "case \(i) leaf \(leaf.id)")
                #expect(object["status"] == leaf.status.map { .string($0.rawValue) } ?? .null, "case \(i) leaf \(leaf.id)")
                // The exact text reads back as the same decimal.
                if case .number(let n)? = object["points"] { #expect(Decimal(string: n) == leaf.points) }
            }
        }
        print("properties: \(Self.cases) results encoded twice and read back, \(leaves) leaves compared")
    }

    @Test func rankingDoesNotDependOnInputOrder() throws {
        var rng = SplitMix64(seed: Self.seed ^ 4)
        let cards = generated(salt: 4).enumerated().compactMap { score($1, file: "case-\($0).json") }
        var groups = 0
        for start in stride(from: 0, to: cards.count, by: 150) {
            let group = Array(cards[start..<Swift.min(start + 150, cards.count)])
            let previous = Array(cards[Swift.max(0, start - 150)..<start])
            let expected = Ranker().rank(group, previous: previous, frameworks: catalog)
            let expectedText = RankingJSON.encode(expected, language: .en, includeScorecards: true)
            for _ in 0..<3 {
                let shuffled = Ranker().rank(group.shuffled(using: &rng), previous: previous.shuffled(using: &rng), frameworks: catalog)
                #expect(RankingJSON.encode(shuffled, language: .en, includeScorecards: true) == expectedText, "group at \(start)")
                #expect(shuffled.entries.map(\.scorecard.unit.id) == expected.entries.map(\.scorecard.unit.id))
                #expect(shuffled.entries.map(\.rank) == expected.entries.map(\.rank))
            }
            // Ranks are 1-based, never skip backwards, and equal ranks mean equal displayed indices.
            for table in expected.tables {
                for (a, b) in zip(table.entries, table.entries.dropFirst()) {
                    #expect(a.rank <= b.rank)
                    #expect(a.scorecard.index.rounded(scale: 2) >= b.scorecard.index.rounded(scale: 2))
                    #expect((a.rank == b.rank) == (a.scorecard.index.rounded(scale: 2) == b.scorecard.index.rounded(scale: 2)))
                }
                #expect(table.entries.first?.rank == 1)
            }
            groups += 1
        }
        print("properties: \(cards.count) scorecards ranked in \(groups) groups, each shuffled 3 times")
    }
}
