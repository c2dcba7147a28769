import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score AGENCY.json [--criteria PATH] [--format text|json] [--lang vi|en] [--out FILE]`.
enum ScoreCommand {
    enum Format: String { case text, json }

    static func run(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(arguments, valued: ["--criteria", "--format", "--lang", "--out"], flags: ["--help"])
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
        let scorer = Scorer(catalog: catalog)
        let path = args.positionals[0]
        let card: Scorecard
        if FormInput.isWorkbook(path) {
            let reading = try FormInput.read(path, catalog: catalog)
            card = try FormInput.checked(reading) { json throws(DiagnosticError) in try scorer.score(data: json, file: path) }
        } else {
            card = try scorer.score(file: URL(fileURLWithPath: path))
        }
        let output = format == .json ? ScorecardJSON.encode(card, language: language) : ScorecardText.render(card, language: language)
        return try OutputFile.emit(output, to: args.value("--out"), language: language)
    }
}
