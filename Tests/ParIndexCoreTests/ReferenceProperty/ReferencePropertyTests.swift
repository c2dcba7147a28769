import Foundation
import ParIndexReports
import Testing

@testable import ParIndexCore

/// The engine against an independent reference (issue 10): random frameworks, random submissions
/// for them, each scored by the full path (``Scorer``, whole scorecard), the batch fast path
/// (``SlotDecoder`` and ``BatchScorer``) and the slow fraction reference (``RefScorer`` over
/// ``RefFraction``), which must agree exactly: every leaf's points, applicable maximum, status and
/// computed points, every node, field and component, the total, the index (as fractions), the
/// rounded index, the band, the claim differences, the ranks, and the numbers of the JSON result.
///
/// The default run is 200 frameworks × 100 submissions = 20,000 cases in four parallel chunks.
/// `PAR_REFERENCE_FRAMEWORKS` and `PAR_REFERENCE_SUBMISSIONS` change the counts, `PAR_REFERENCE_SEED`
/// (a decimal number) the cases.
@Suite("Reference property: engine = fraction reference")
struct ReferencePropertyTests {
    static let frameworks = ProcessInfo.processInfo.environment["PAR_REFERENCE_FRAMEWORKS"].flatMap(Int.init) ?? 200
    static let submissions = ProcessInfo.processInfo.environment["PAR_REFERENCE_SUBMISSIONS"].flatMap(Int.init) ?? 100
    static let chunks = 4
    static let seed: UInt64 = ProcessInfo.processInfo.environment["PAR_REFERENCE_SEED"].flatMap { UInt64($0) } ?? 0x5245_4652_4143_5449  // "REFRACTI"
    /// One JSON result in this many is written and read back (explanations make it the slowest step).
    static let jsonEvery = 8
    static let tally = RefTally()

    /// The seed of framework `k` or of its submissions.
    static func seed(_ k: Int, _ salt: UInt64) -> UInt64 { seed ^ (UInt64(k) &* 0x9E37_79B9_7F4A_7C15) ^ salt }

    @Test(arguments: 0..<chunks)
    func engineEqualsReference(chunk: Int) throws {
        let tally = Self.tally
        var counts = RefTally.Counts()
        var shown = 0
        for k in stride(from: chunk, to: Self.frameworks, by: Self.chunks) {
            let differences = run(framework: k, &counts)
            for difference in differences.prefix(Swift.max(0, 30 - shown)) { Issue.record(Comment(rawValue: difference)) }
            shown += differences.count
        }
        tally.add(counts, of: Self.chunks)
        #expect(counts.differences == 0)
        #expect(counts.cases == (Self.frameworks + Self.chunks - 1 - chunk) / Self.chunks * Self.submissions)
    }

    /// Generates framework `k` and its submissions, scores them every way and returns the differences.
    func run(framework k: Int, _ counts: inout RefTally.Counts) -> [String] {
        var generator = RefFrameworkGenerator(seed: Self.seed(k, 1))
        let model = generator.framework(id: "ref-\(k)")
        let text = RefJSON.framework(model)
        let framework: Framework
        do {
            framework = try DocumentLoader.framework(from: Data(text.utf8), file: "ref-\(k).json").0
        } catch {
            counts.differences += 1
            return ["framework \(k) did not load: \(error.description.prefix(800))\n\(text)"]
        }
        counts.frameworks += 1
        if model.leafRounding != nil { counts.roundedFrameworks += 1 }
        let catalog = CriteriaCatalog(frameworks: [framework])
        let scorer = Scorer(catalog: catalog)
        var decoder = SlotDecoder(frameworks: [CompiledFramework(framework)])
        var submissions = RefSubmissionGenerator(framework: model, seed: Self.seed(k, 2))
        let cache = RefValueCache()
        var differences: [String] = []
        var lines: [String] = []
        var references: [RefResult] = []
        var fullResults: [UnitResult] = []
        for n in 0..<Self.submissions {
            let submission = submissions.submission(n)
            let json = RefJSON.submission(submission)
            let data = Data(json.utf8)
            let reference = RefScorer(framework: model, submission: submission).score()
            var comparison = RefComparison(label: "framework \(k) submission \(n)", cache: cache)
            counts.cases += 1
            do {
                let card = try scorer.score(data: data, file: "u\(n).json")
                comparison.compare(card, reference)
                if n % Self.jsonEvery == 0 {
                    comparison.compareJSON(ScorecardJSON.encode(card, language: .en), reference)
                    counts.jsonResults += 1
                }
                fullResults.append(card.result)
                tallyValues(card, reference, &counts)
            } catch {
                differences.append("framework \(k) submission \(n) refused: \(error.description.prefix(600))\n\(json)")
                continue
            }
            let fast = data.withUnsafeBytes { decoder.decode($0, file: "u\(n).json") }
            if let (compiled, slots) = fast {
                // The batch below scores every case through this decoder; here one in four is
                // also scored straight from its slots.
                if n % 4 == 1 { comparison.compare(compiled.score(slots), reference) }
            } else if submission.numberStyle == 0 {
                differences.append("framework \(k) submission \(n): the fast decoder did not take it\n\(json)")
            } else {
                // Numbers such as `7.0` or `1e3` may be left to the full validation (the batch below
                // then scores them through it).
                counts.deferred += 1
            }
            lines.append(json)
            references.append(reference)
            if !comparison.differences.isEmpty {
                differences += comparison.differences.prefix(8) + ["  framework: \(text)", "  submission: \(json)"]
            }
        }
        differences += checkBatch(lines, references, catalog, k, cache)
        differences += checkRanks(fullResults, references, catalog, k)
        // Lines that start with spaces show the framework and submission of a difference.
        counts.differences += differences.filter { !$0.hasPrefix("  ") }.count
        return differences
    }

    /// The batch scorer over the submissions as NDJSON gives the reference's totals, in order.
    func checkBatch(_ lines: [String], _ references: [RefResult], _ catalog: CriteriaCatalog, _ k: Int, _ cache: RefValueCache) -> [String] {
        let batch = BatchScorer(catalog: catalog).score(ndjson: Data(lines.joined(separator: "\n").utf8), file: "ref-\(k).ndjson")
        guard batch.items.count == references.count, batch.failedFileCount == 0 else {
            return [
                "framework \(k): the batch scored \(batch.items.count) of \(references.count) lines, \(batch.failures.first.map { String(describing: $0) } ?? "")"
            ]
        }
        var differences: [String] = []
        for (n, (result, reference)) in zip(batch.items, references).enumerated() {
            var comparison = RefComparison(label: "framework \(k) batch line \(n + 1)", cache: cache)
            comparison.compare(result, reference)
            differences += comparison.differences
        }
        return differences
    }

    /// Ranks as the reference sees them: per year, 1 + the units whose rounded index is higher;
    /// units with nothing applicable listed apart.
    func checkRanks(_ results: [UnitResult], _ references: [RefResult], _ catalog: CriteriaCatalog, _ k: Int) -> [String] {
        guard results.count == references.count else { return [] }
        let ranking = Ranker().rank(results: results, frameworks: catalog)
        var expected: [String: Int] = [:]
        var unrated: Set<String> = []
        var byYear: [Int: [(id: String, rounded: RefFraction)]] = [:]
        for (result, reference) in zip(results, references) {
            if let rounded = reference.indexRounded {
                byYear[result.year, default: []].append((result.unit.id, rounded))
            } else {
                unrated.insert(result.unit.id)
            }
        }
        for units in byYear.values {
            let sorted = units.sorted { $1.rounded < $0.rounded }
            for (position, unit) in sorted.enumerated() {
                let first = position > 0 && sorted[position - 1].rounded == unit.rounded ? expected[sorted[position - 1].id] : nil
                expected[unit.id] = first ?? position + 1
            }
        }
        var differences: [String] = []
        for entry in ranking.entries where expected[entry.result.unit.id] != entry.rank {
            differences.append("framework \(k) \(entry.result.unit.id): rank \(entry.rank), reference \(expected[entry.result.unit.id] ?? -1)")
        }
        let listedApart = Set(ranking.tables.flatMap(\.unrated).map(\.unit.id))
        if listedApart != unrated { differences.append("framework \(k): unrated \(listedApart.sorted()), reference \(unrated.sorted())") }
        if ranking.entries.count != expected.count {
            differences.append("framework \(k): \(ranking.entries.count) ranked, reference \(expected.count)")
        }
        return differences
    }

    /// Counts what the case exercised.
    func tallyValues(_ card: Scorecard, _ reference: RefResult, _ counts: inout RefTally.Counts) {
        counts.leaves += reference.leaves.count
        counts.nonTerminatingLeaves += reference.leaves.filter { !$0.points.isTerminating }.count
        counts.appraisedLeaves += reference.leaves.filter { $0.status == "appraised" }.count
        if reference.index == nil { counts.unrated += 1 }
        let leafValues: [ExactDecimal] = card.leaves.flatMap { [$0.points, $0.computedPoints ?? .zero] }
        let engineValues = leafValues + [card.total, card.leafPoints, card.index ?? .zero]
        let referenceValues = reference.leaves.map(\.points) + [reference.total, reference.index ?? .zero]
        if engineValues.contains(where: { $0.large != nil }) || referenceValues.contains(where: \.isLarge) { counts.bigCases += 1 }
    }
}
