import Foundation
import ParIndexCore
import ParIndexReports
import ParIndexTestSupport

/// Times of each phase, measured inside this process.
struct Phases {
    var read: Double = 0
    var decode: Double = 0
    var score: Double = 0
    var fullValidate: Double = 0
    var fullScoreQuiet: Double = 0
    var fullScoreExplained: Double = 0
    var rank: Double = 0
    var outputs: [(String, Double, Int)] = []
}

/// Measures the library's phases one by one, on one core.
enum InProcess {
    static func measure(corpus: Corpus, catalog: CriteriaCatalog, framework: Framework) throws -> Phases {
        var phases = Phases()
        var start = Platform.now()
        let contents = corpus.files.map { (try? Data(contentsOf: URL(fileURLWithPath: $0))) ?? Data() }
        phases.read = Platform.now() - start

        // The batch path: bytes straight into slots, then the compiled scoring.
        let compiled = CompiledFramework(framework)
        var decoder = SlotDecoder(frameworks: [compiled])
        // Best of several rounds: this machine is shared, and a round can be slowed by a neighbour.
        var decoded: [SubmissionSlots] = []
        phases.decode = .infinity
        for _ in 0..<3 {
            start = Platform.now()
            decoded = []
            decoded.reserveCapacity(contents.count)
            for (index, data) in contents.enumerated() {
                if let (_, slots) = data.withUnsafeBytes({ decoder.decode($0, file: corpus.files[index]) }) { decoded.append(slots) }
            }
            phases.decode = min(phases.decode, Platform.now() - start)
        }
        guard decoded.count == corpus.count else { throw BenchError.invalid(corpus.count - decoded.count) }

        var results: [UnitResult] = []
        phases.score = .infinity
        for _ in 0..<(ProcessInfo.processInfo.environment["PAR_BENCH_SCORE_ROUNDS"].flatMap(Int.init) ?? 5) {
            start = Platform.now()
            results = []
            results.reserveCapacity(decoded.count)
            for slots in decoded { results.append(compiled.score(slots)) }
            phases.score = min(phases.score, Platform.now() - start)
        }

        // The full path (what `par-score score` and HTML reports use), on a sample.
        let sample = Array(0..<min(2_000, contents.count))
        let scale = Double(contents.count) / Double(sample.count)
        let scorer = Scorer(catalog: catalog)
        start = Platform.now()
        let validated = sample.compactMap { try? scorer.validate(data: contents[$0], file: corpus.files[$0]) }
        phases.fullValidate = (Platform.now() - start) * scale
        start = Platform.now()
        var cards: [Scorecard] = []
        for (submission, framework) in validated {
            let (compiled, slots) = scorer.slots(submission, framework, details: true)
            cards.append(compiled.scorecard(slots))
        }
        phases.fullScoreQuiet = (Platform.now() - start) * scale
        // What HTML and --scorecards do: bytes into slots with their strings, the kernel's
        // scorecard, then every explanation and hint written in one language.
        start = Platform.now()
        var written = 0
        for index in sample {
            guard let (compiled, slots) = contents[index].withUnsafeBytes({ decoder.decode($0, file: corpus.files[index], details: true) }) else {
                continue
            }
            let card = compiled.scorecard(slots)
            for node in card.nodes { written += node.explanation(.vi)?.utf8.count ?? 0 }
            for lost in card.lostPoints { written += lost.hint(.vi).utf8.count }
        }
        phases.fullScoreExplained = (Platform.now() - start) * scale
        if written == 0 { print("par-bench: no explanation was written") }

        start = Platform.now()
        let ranking = Ranker().rank(results: results, frameworks: catalog)
        phases.rank = Platform.now() - start

        func time(_ name: String, _ write: () -> Int) {
            let begin = Platform.now()
            let size = write()
            phases.outputs.append((name, Platform.now() - begin, size))
        }
        time("json") { RankingJSON.encode(ranking, language: .vi).utf8.count }
        time("text") { RankingText.render(ranking, language: .vi).utf8.count }
        time("csv") { RankingCSV.encode(ranking, language: .vi).count }
        time("md") { RankingMarkdown.render(ranking, language: .vi).utf8.count }
        time("xlsx") { RankingXLSX.encode(ranking, language: .vi).count }
        if corpus.count <= 10_000 {
            // HTML carries a scorecard per unit: ranked from the full scorecards of the sample.
            let withCards = Ranker().rank(cards, frameworks: catalog)
            time("html (\(cards.count))") { RankingHTML.render(withCards, language: .vi).utf8.count }
        }
        return phases
    }
}

enum BenchError: Error, CustomStringConvertible {
    case invalid(Int)

    var description: String {
        switch self {
        case .invalid(let n): "\(n) synthetic submissions did not take the fast path"
        }
    }
}
