import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score AGENCY.json [--criteria PATH] [--format text|json] [--lang vi|en] [--out FILE]`.
enum ScoreCommand {
    enum Format: String { case text, json, docx, html }

    static func run(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(arguments, valued: ["--criteria", "--format", "--lang", "--out", "--issuer"], flags: ["--help", "--strict"])
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
        let path = args.positionals[0]
        let url = URL(fileURLWithPath: path)
        let card: Scorecard
        var record: AppraisalRecord?
        let printed = format == .docx || format == .html
        if FormInput.isWorkbook(path) {
            // An Excel form: read as the canonical submission JSON, errors placed at their cells.
            let reading = try FormInput.read(path, catalog: catalog)
            card = try FormInput.checked(reading) { json throws(DiagnosticError) in try scorer.score(data: json, file: path) }
            if printed {
                let submission = try FormInput.checked(reading) { json throws(DiagnosticError) in try scorer.validate(data: json, file: path).0 }
                record = AppraisalRecord(scorecard: card, submission: submission)
            }
        } else if printed {
            // The printed record also cites the evidence and the council's reasons of the submission.
            let file = url.path == "-" ? "-" : url.relativePath
            let data = try FileReading.read(url)
            card = try scorer.score(data: data, file: file)
            let (submission, _) = try scorer.validate(data: data, file: file)
            record = AppraisalRecord(scorecard: card, submission: submission)
        } else {
            card = try scorer.score(file: url)
        }
        if args.flags.contains("--strict"), card.pointsLostToMissingData > 0, let framework = catalog.framework(id: card.frameworkID) {
            // --strict: a missing fact that costs points is an error, and no scorecard is written.
            ParScore.report(ValidateCommand.strictErrors(card.warnings), language)
            let summary = ValidateCommand.summary(card.pointsLostToMissingData, leaves: card.leavesMissingData, framework, strict: true, language)
            Console.err("  " + summary + "\n")
            return .invalidData
        }
        switch (format, record) {
        case (.docx, let record?):
            return try OutputFile.emit(ScorecardDOCX.encode(record, language: language, issuer: issuer), to: args.value("--out"), language: language)
        case (.html, let record?):
            return try OutputFile.emit(
                Data(ScorecardHTML.render(record, language: language, issuer: issuer).utf8), to: args.value("--out"), language: language)
        default:
            let output = format == .json ? ScorecardJSON.encode(card, language: language) : ScorecardText.render(card, language: language)
            return try OutputFile.emit(output, to: args.value("--out"), language: language)
        }
    }
}
