import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score AGENCY.json [--criteria PATH] [--format text|json] [--lang vi|en] [--out FILE]`.
enum ScoreCommand {
    enum Format: String { case text, json }

    static func run(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(arguments, valued: ["--criteria", "--format", "--lang", "--out"], flags: ["--help", "--strict"])
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
        let catalog = try CriteriaLocator.catalog(args.value("--criteria"))
        let card = try Scorer(catalog: catalog).score(file: URL(fileURLWithPath: args.positionals[0]))
        if args.flags.contains("--strict"), card.pointsLostToMissingData > 0, let framework = catalog.framework(id: card.frameworkID) {
            // --strict: a missing fact that costs points is an error, and no scorecard is written.
            ParScore.report(ValidateCommand.strictErrors(card.warnings), language)
            let summary = ValidateCommand.summary(card.pointsLostToMissingData, leaves: card.leavesMissingData, framework, strict: true, language)
            Console.err("  " + summary + "\n")
            return .invalidData
        }
        let output = format == .json ? ScorecardJSON.encode(card, language: language) : ScorecardText.render(card, language: language)
        return try OutputFile.emit(output, to: args.value("--out"), language: language)
    }
}
