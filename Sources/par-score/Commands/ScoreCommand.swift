import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score AGENCY.json [--criteria PATH] [--format text|json] [--lang vi|en] [--out FILE]`.
enum ScoreCommand {
    enum Format: String { case text, json, docx, html }

    static func run(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(arguments, valued: ["--criteria", "--format", "--lang", "--out", "--issuer"], flags: ["--help"])
        let language = try args.choice("--lang", default: Language.vi)
        if args.flags.contains("--help") {
            Console.out(Help.score(language))
            return .ok
        }
        let format = try args.choice("--format", default: Format.text)
        guard args.positionals.count == 1 else {
            throw Arguments.UsageError(
                message: args.positionals.isEmpty
                    ? "missing AGENCY.json / thiếu tệp AGENCY.json"
                    : "one submission at a time; use `par-score rank` for many / mỗi lần một tệp; dùng `par-score rank` cho nhiều tệp")
        }
        if format == .docx && args.value("--out") == nil && Platform.standardOutputIsTerminal {
            throw Arguments.UsageError(message: "docx needs --out FILE / định dạng docx cần --out FILE")
        }
        let issuer = try IssuerOption.profile(args)
        let catalog = try CriteriaLocator.catalog(args.value("--criteria"))
        let scorer = Scorer(catalog: catalog)
        let url = URL(fileURLWithPath: args.positionals[0])
        switch format {
        case .text, .json:
            let card = try scorer.score(file: url)
            let output = format == .json ? ScorecardJSON.encode(card, language: language) : ScorecardText.render(card, language: language)
            return try OutputFile.emit(output, to: args.value("--out"), language: language)
        case .docx, .html:
            // The printed record also cites the evidence and the council's reasons of the submission.
            let file = url.path == "-" ? "-" : url.relativePath
            let data = try FileReading.read(url)
            let card = try scorer.score(data: data, file: file)
            let (submission, _) = try scorer.validate(data: data, file: file)
            let record = AppraisalRecord(scorecard: card, submission: submission)
            let output =
                format == .docx
                ? ScorecardDOCX.encode(record, language: language, issuer: issuer)
                : Data(ScorecardHTML.render(record, language: language, issuer: issuer).utf8)
            return try OutputFile.emit(output, to: args.value("--out"), language: language)
        }
    }
}
