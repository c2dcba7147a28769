import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score validate FILE... [--criteria PATH] [--lang vi|en]`: checks submissions without scoring.
enum ValidateCommand {
    static func run(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(arguments, valued: ["--criteria", "--lang"], flags: ["--help"])
        let language = try args.choice("--lang", default: Language.vi)
        if args.flags.contains("--help") {
            Console.out(Help.validate(language))
            return .ok
        }
        guard !args.positionals.isEmpty else { throw Arguments.UsageError(message: "missing FILE / thiếu tệp cần kiểm tra") }
        let scorer = Scorer(catalog: try CriteriaLocator.catalog(args.value("--criteria")))
        var status = ExitCode.ok
        var report = ""
        for path in args.positionals {
            do {
                let url = URL(fileURLWithPath: path)
                let (submission, framework) =
                    FormInput.isWorkbook(path)
                    ? try FormInput.checked(try FormInput.read(path, catalog: scorer.catalog)) { json throws(DiagnosticError) in
                        try scorer.validate(data: json, file: path)
                    }
                    : try scorer.validate(data: try FileReading.read(url), file: path)
                let card = Scorer.score(submission, with: framework)
                report +=
                    language == .vi
                    ? "\(path): hợp lệ — \(submission.unit.name), năm \(submission.year), bộ tiêu chí \(framework.id)\n"
                    : "\(path): valid — \(submission.unit.name), \(submission.year), framework \(framework.id)\n"
                for warning in card.warnings { report += "  " + warning.text(language) + "\n" }
            } catch {
                Console.out(report)
                report = ""
                ParScore.report(error.diagnostics, language)
                let code: ExitCode = error.kind == .missingInput ? .noInput : .invalidData
                if status == .ok || code == .noInput { status = code }
            }
        }
        Console.out(report)
        return status
    }
}
