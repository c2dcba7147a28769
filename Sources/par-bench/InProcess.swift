import Foundation
import ParIndexCore

/// Times of each phase, measured inside this process.
struct Phases {
    var read: Double = 0
    var decode: Double = 0
    var scoreQuiet: Double = 0
    var scoreExplained: Double = 0
    var rank: Double = 0
    var outputs: [(String, Double, Int)] = []
}

/// Measures the library's phases one by one.
enum InProcess {
    static func measure(corpus: Corpus, catalog: CriteriaCatalog) throws -> Phases {
        var phases = Phases()
        var start = Platform.now()
        let contents = corpus.files.map { (try? Data(contentsOf: URL(fileURLWithPath: $0))) ?? Data() }
        phases.read = Platform.now() - start

        let scorer = Scorer(catalog: catalog, explanations: false)
        start = Platform.now()
        let validated = contents.enumerated().compactMap { index, data in try? scorer.validate(data: data, file: corpus.files[index]) }
        phases.decode = Platform.now() - start
        guard validated.count == corpus.count else { throw BenchError.invalid(corpus.count - validated.count) }

        start = Platform.now()
        var cards: [Scorecard] = []
        cards.reserveCapacity(validated.count)
        for (submission, framework) in validated { cards.append(Scorer.score(submission, with: framework, explanations: false)) }
        phases.scoreQuiet = Platform.now() - start

        let sample = validated.prefix(2_000)
        start = Platform.now()
        for (submission, framework) in sample { _ = Scorer.score(submission, with: framework, explanations: true) }
        phases.scoreExplained = (Platform.now() - start) * Double(validated.count) / Double(sample.count)

        start = Platform.now()
        let ranking = Ranker().rank(cards, frameworks: catalog)
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
        if corpus.count <= 10_000 { time("html") { RankingHTML.render(ranking, language: .vi).utf8.count } }
        return phases
    }
}

enum BenchError: Error, CustomStringConvertible {
    case invalid(Int)

    var description: String {
        switch self {
        case .invalid(let n): "\(n) synthetic submissions did not validate"
        }
    }
}
