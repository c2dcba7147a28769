import Foundation
import ParIndexCore
import ParIndexReports

/// The Excel side of `template` and `convert`.
enum XLSXForm {
    /// `template --format xlsx`: the empty form.
    static func emitTemplate(_ framework: Framework, year: Int?, out: String?, language: Language) throws -> ExitCode {
        if out == nil && Platform.standardOutputIsTerminal {
            throw Arguments.UsageError(message: "xlsx needs --out FILE / định dạng xlsx cần --out FILE")
        }
        return try OutputFile.emit(SubmissionForm.template(for: framework, year: year, language: language), to: out, language: language)
    }
}

/// `par-score convert FILE --to json|xlsx [--out FILE] [--criteria PATH] [--lang vi|en]`.
enum ConvertCommand {
    enum Target: String { case json, xlsx }

    static func run(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(arguments, valued: ["--criteria", "--lang", "--out", "--to"], flags: ["--help"])
        let language = try args.choice("--lang", default: Language.vi)
        if args.flags.contains("--help") {
            Console.out(Help.convert(language))
            return .ok
        }
        guard args.positionals.count == 1 else {
            throw Arguments.UsageError(message: "convert takes one FILE / convert cần đúng một tệp")
        }
        guard args.value("--to") != nil else { throw Arguments.UsageError(message: "missing --to json|xlsx / thiếu --to json|xlsx") }
        let target = try args.choice("--to", default: Target.json)
        let path = args.positionals[0]
        let scorer = Scorer(catalog: try CriteriaLocator.catalog(args.value("--criteria")))
        let submission: Submission
        let framework: Framework
        if FormInput.isWorkbook(path) {
            let reading = try FormInput.read(path, catalog: scorer.catalog)
            (submission, framework) = try FormInput.checked(reading) { json throws(DiagnosticError) in try scorer.validate(data: json, file: path) }
        } else {
            (submission, framework) = try scorer.validate(data: try FileReading.read(URL(fileURLWithPath: path)), file: path)
        }
        switch target {
        case .json:
            return try OutputFile.emit(SubmissionJSON.encode(submission), to: args.value("--out"), language: language)
        case .xlsx:
            if args.value("--out") == nil && Platform.standardOutputIsTerminal {
                throw Arguments.UsageError(message: "xlsx needs --out FILE / định dạng xlsx cần --out FILE")
            }
            return try OutputFile.emit(
                SubmissionForm.filled(submission, framework: framework, language: language), to: args.value("--out"), language: language)
        }
    }
}
