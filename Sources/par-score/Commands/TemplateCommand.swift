import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score template --framework ID [--year YEAR] [--format json|md] [--criteria PATH] [--out FILE]`.
enum TemplateCommand {
    /// The formats of the template: the JSON submission to fill in, or a printable checklist.
    enum Format: String { case json, md, xlsx }

    static func run(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(arguments, valued: ["--framework", "--criteria", "--lang", "--out", "--year", "--format"], flags: ["--help"])
        let language = try args.choice("--lang", default: Language.vi)
        if args.flags.contains("--help") {
            Console.out(Help.template(language))
            return .ok
        }
        guard args.positionals.isEmpty else {
            throw Arguments.UsageError(message: "unexpected argument \(args.positionals[0]) / đối số thừa \(args.positionals[0])")
        }
        guard let id = args.value("--framework") else { throw Arguments.UsageError(message: "missing --framework ID / thiếu --framework ID") }
        let catalog = try CriteriaLocator.catalog(args.value("--criteria"))
        guard let framework = catalog.framework(id: id) else {
            throw CriteriaCommand.unknownFramework(id, catalog)
        }
        var year: Int?
        if let text = args.value("--year") {
            guard let value = Int(text), (framework.firstYear...framework.lastYear).contains(value) else {
                throw Arguments.UsageError(
                    message:
                        "--year must be within \(framework.firstYear)–\(framework.lastYear) / --year phải trong khoảng \(framework.firstYear)–\(framework.lastYear)"
                )
            }
            year = value
        }
        switch try args.choice("--format", default: Format.json) {
        case .json:
            return try OutputFile.emit(
                SubmissionTemplate.make(for: framework, year: year, labels: language), to: args.value("--out"), language: language)
        case .md:
            return try OutputFile.emit(
                SubmissionChecklist.markdown(for: framework, year: year, language: language), to: args.value("--out"), language: language)
        case .xlsx:
            return try XLSXForm.emitTemplate(framework, year: year, out: args.value("--out"), language: language)
        }
    }
}
