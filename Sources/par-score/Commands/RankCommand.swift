import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score rank PATH...` (see ``Help/rank(_:)``).
enum RankCommand {
    enum Format: String { case text, json, csv, xlsx, md, html }

    static func run(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(
            arguments, valued: ["--criteria", "--format", "--lang", "--out", "--previous", "--ndjson"], flags: ["--help", "--scorecards"])
        let language = try args.choice("--lang", default: Language.vi)
        if args.flags.contains("--help") {
            Console.out(Help.rank(language))
            return .ok
        }
        let format = try args.choice("--format", default: Format.text)
        guard !args.positionals.isEmpty || args.value("--ndjson") != nil else {
            throw Arguments.UsageError(message: "missing PATH / thiếu tệp hoặc thư mục cần xếp hạng")
        }
        if format == .xlsx && args.value("--out") == nil && Platform.standardOutputIsTerminal {
            throw Arguments.UsageError(message: "xlsx needs --out FILE / định dạng xlsx cần --out FILE")
        }
        Platform.tuneAllocatorForBatches()
        let catalog = try CriteriaLocator.catalog(args.value("--criteria"))
        // Explanations are written only where a report shows them.
        let explain = format == .html || args.flags.contains("--scorecards")
        let batch = BatchScorer(scorer: Scorer(catalog: catalog, explanations: explain))
        var timing = PhaseTiming()
        let current = try load(args.positionals, ndjson: args.value("--ndjson"), batch: batch)
        timing.mark("read, validate, score")
        var previous: BatchScorer.Result?
        if !args.all("--previous").isEmpty {
            previous = try load(args.all("--previous"), ndjson: nil, batch: batch)
        }
        let failures = current.failures + (previous?.failures ?? [])
        let failedCount = current.failedFileCount + (previous?.failedFileCount ?? 0)
        let ranking = Ranker().rank(
            results: current.results, previous: previous?.results ?? [], frameworks: catalog, failures: failures, failedFileCount: failedCount)
        if failedCount > 0 {
            ParScore.report(failures, language)
            Console.err(
                language == .vi
                    ? "par-score: \(failedCount) tệp bị loại; \(ranking.entries.count) đơn vị được xếp hạng\n"
                    : "par-score: \(failedCount) files refused; \(ranking.entries.count) units ranked\n")
        }
        timing.mark("rank")
        let data: Data
        switch format {
        case .text: data = Data(RankingText.render(ranking, language: language).utf8)
        case .json: data = RankingJSON.encodedData(ranking, language: language, includeScorecards: args.flags.contains("--scorecards"))
        case .csv: data = RankingCSV.encode(ranking, language: language)
        case .md: data = Data(RankingMarkdown.render(ranking, language: language).utf8)
        case .xlsx: data = RankingXLSX.encode(ranking, language: language)
        case .html: data = Data(RankingHTML.render(ranking, language: language).utf8)
        }
        timing.mark("format \(format.rawValue)")
        // Freeing a hundred thousand results one by one takes longer than the process has left to
        // live: hand them to the exit, which returns the memory at once.
        KeptUntilExit.keep(current, previous as Any, ranking)
        let written = try OutputFile.emit(data, to: args.value("--out"), language: language)
        timing.mark("write")
        if written != .ok { return written }
        if ranking.entries.isEmpty && failedCount > 0 { return .invalidData }
        return failedCount > 0 ? .partial : .ok
    }

    /// Scores the files and folders of `paths` and an optional NDJSON file.
    static func load(_ paths: [String], ndjson: String?, batch: BatchScorer) throws -> BatchScorer.Result {
        let (files, missing) = BatchScorer.collectFiles(paths)
        var result = batch.score(files: files)
        result.failures = missing + result.failures
        result.failedFileCount += missing.count
        if let ndjson {
            let more = try batch.score(ndjsonFile: ndjson)
            result.results += more.results
            result.failures += more.failures
            result.failedFileCount += more.failedFileCount
        }
        return result
    }
}

/// Values left for the process's exit to free (see ``RankCommand``).
private enum KeptUntilExit {
    nonisolated(unsafe) static var values: [Any] = []

    static func keep(_ items: Any...) {
        values.append(contentsOf: items)
    }
}
