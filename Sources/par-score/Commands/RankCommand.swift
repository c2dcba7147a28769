import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score rank PATH...` (see ``Help/rank(_:)``).
enum RankCommand {
    enum Format: String { case text, json, csv, xlsx, md, html, docx }

    static func run(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(
            arguments,
            valued: ["--criteria", "--format", "--lang", "--out", "--previous", "--ndjson", "--prefer", "--lineage", "--csv-dialect", "--issuer"],
            flags: ["--help", "--scorecards", "--summary"])
        let language = try args.choice("--lang", default: Language.vi)
        if args.flags.contains("--help") {
            Console.out(Help.rank(language))
            return .ok
        }
        let format = try args.choice("--format", default: Format.text)
        let csvDialect = try args.choice("--csv-dialect", default: RankingCSV.Dialect.standard)
        guard !args.positionals.isEmpty || args.value("--ndjson") != nil else {
            throw Arguments.UsageError(message: "missing PATH / thiếu tệp hoặc thư mục cần xếp hạng")
        }
        if (format == .xlsx || format == .docx) && args.value("--out") == nil && Platform.standardOutputIsTerminal {
            throw Arguments.UsageError(message: "\(format.rawValue) needs --out FILE / định dạng \(format.rawValue) cần --out FILE")
        }
        let summary = args.flags.contains("--summary")
        if summary && format != .html {
            throw Arguments.UsageError(message: "--summary needs --format html / --summary cần --format html")
        }
        let issuer = try IssuerOption.profile(args)
        Platform.tuneAllocatorForBatches()
        let catalog = try CriteriaLocator.catalog(args.value("--criteria"))
        // Whole scorecards only where a report shows them; totals otherwise.
        let batch = BatchScorer(catalog: catalog)
        var timing = PhaseTiming()
        var current: Loaded
        // The workbook's sheet of points by sub-criterion needs every leaf.
        if (format == .html && !summary) || format == .xlsx || args.flags.contains("--scorecards") {
            current = Loaded(try load(args.positionals, ndjson: args.value("--ndjson"), batch: batch, as: Scorecard.self))
        } else {
            current = Loaded(try load(args.positionals, ndjson: args.value("--ndjson"), batch: batch, as: UnitResult.self))
        }
        timing.mark("read, validate, score")
        var previous: Loaded?
        if !args.all("--previous").isEmpty {
            previous = Loaded(try load(args.all("--previous"), ndjson: nil, batch: batch, as: UnitResult.self))
        }
        // A unit is never ranked twice (see UnitDeduplication), in either year.
        let policy = try args.choice("--prefer", default: DuplicatePolicy.refuse)
        current.removeDuplicates(policy)
        previous?.removeDuplicates(policy)
        if args.value("--lineage") != nil && args.all("--previous").isEmpty {
            throw Arguments.UsageError(message: "--lineage needs --previous / --lineage cần --previous (kết quả năm trước)")
        }
        var lineage: Lineage?
        if let file = args.value("--lineage") { lineage = try Lineage.decode(try FileReading.read(URL(fileURLWithPath: file)), file: file) }
        let failures = current.failures + (previous?.failures ?? [])
        let failedCount = current.failedFileCount + (previous?.failedFileCount ?? 0)
        var ranking = Ranker().rank(
            results: current.results, previous: previous?.results ?? [], lineage: lineage, frameworks: catalog, failures: failures,
            failedFileCount: failedCount)
        ranking.notices = current.leftOut + (previous?.leftOut ?? []) + current.superseded + (previous?.superseded ?? []) + ranking.notices
        if !ranking.notices.isEmpty && failedCount == 0 { ParScore.report(ranking.notices, language) }
        if failedCount > 0 {
            ParScore.report(failures + ranking.notices, language)
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
        case .csv: data = RankingCSV.encode(ranking, language: language, dialect: csvDialect)
        case .md: data = Data(RankingMarkdown.render(ranking, language: language).utf8)
        case .xlsx: data = RankingXLSX.encode(ranking, language: language, issuer: args.value("--issuer") != nil ? issuer : nil)
        case .html where summary: data = Data(RankingBriefHTML.render(ranking, language: language, issuer: issuer).utf8)
        case .html: data = Data(RankingHTML.render(ranking, language: language, issuer: issuer).utf8)
        case .docx: data = RankingDOCX.encode(ranking, language: language, issuer: issuer)
        }
        timing.mark("format \(format.rawValue)")
        // Freeing a hundred thousand results one by one takes longer than the process has left to
        // live: hand them to the exit, which returns the memory at once.
        KeptUntilExit.keep(current, previous as Any, ranking)
        let written = try OutputFile.emit(data, to: args.value("--out"), language: language)
        timing.mark("write")
        if written != .ok { return written }
        // 1 whenever a file was refused, also when every file was: the report is written and
        // lists the refused files. 65 is for one submission or criteria file of invalid data.
        return failedCount > 0 ? .partial : .ok
    }

    /// Scores the files and folders of `paths` and an optional NDJSON file into `product`s.
    static func load<Product: BatchProduct>(_ paths: [String], ndjson: String?, batch: BatchScorer, as product: Product.Type) throws
        -> (BatchResult<Product>, leftOut: [Diagnostic])
    {
        let (collected, missing) = BatchScorer.collectFiles(paths)
        let files = collected.filter { !FormInput.isWorkbook($0) }
        var result = batch.score(files: files, as: product)
        // Excel forms, given as files or found in the folders.
        var leftOut: [Diagnostic] = []
        result.append(
            FormInput.score(
                collected.filter(FormInput.isWorkbook), found: FormInput.workbooks(inFolders: paths), scorer: batch.scorer, as: product,
                notices: &leftOut))
        result.failures = missing + result.failures
        result.failedFileCount += missing.count
        if let ndjson { result.append(try batch.score(ndjsonFile: ndjson, as: product)) }
        return (result, leftOut)
    }

    /// What a ranking reads of a batch, whichever product it made.
    struct Loaded {
        var results: [UnitResult]
        var failures: [Diagnostic]
        var failedFileCount: Int
        /// Warnings for the files left out by `--prefer newer`.
        var superseded: [Diagnostic] = []
        /// Warnings for the workbooks found in the folders that are not submission forms.
        var leftOut: [Diagnostic] = []

        /// Refuses, or with `--prefer newer` leaves out, every second file of a unit.
        mutating func removeDuplicates(_ policy: DuplicatePolicy) {
            let outcome = UnitDeduplication.resolve(results, policy: policy)
            results = outcome.kept
            failures += outcome.refused
            failedFileCount += outcome.refusedCount
            superseded = outcome.superseded
        }

        init(_ loaded: (BatchResult<UnitResult>, leftOut: [Diagnostic])) {
            (results, failures, failedFileCount, leftOut) = (loaded.0.results, loaded.0.failures, loaded.0.failedFileCount, loaded.leftOut)
        }

        init(_ loaded: (BatchResult<Scorecard>, leftOut: [Diagnostic])) {
            (results, failures, failedFileCount, leftOut) = (loaded.0.results, loaded.0.failures, loaded.0.failedFileCount, loaded.leftOut)
        }
    }
}

/// Values left for the process's exit to free (see ``RankCommand``).
private enum KeptUntilExit {
    nonisolated(unsafe) static var values: [Any] = []

    static func keep(_ items: Any...) {
        values.append(contentsOf: items)
    }
}
