import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score criteria diff OLD NEW [--rescore FOLDER]` (see ``Help/criteriaDiff(_:)``).
enum CriteriaDiffCommand {
    enum Format: String { case text, md, json }

    static func run(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(arguments, valued: ["--criteria", "--format", "--out", "--lang", "--rescore"], flags: ["--help"])
        let language = try args.choice("--lang", default: Language.vi)
        if args.flags.contains("--help") {
            Console.out(Help.criteriaDiff(language))
            return .ok
        }
        guard args.positionals.count == 2 else {
            throw Arguments.UsageError(message: "criteria diff needs OLD and NEW / cần hai bộ tiêu chí OLD và NEW")
        }
        let format = try args.choice("--format", default: Format.text)
        let old = try FrameworkArgument.load(args.positionals[0], criteria: args.value("--criteria"))
        let new = try FrameworkArgument.load(args.positionals[1], criteria: args.value("--criteria"))
        let diff = FrameworkDiff(old: old, new: new)
        var rescore: FrameworkRescore?
        if !args.all("--rescore").isEmpty {
            let (files, missing) = BatchScorer.collectFiles(args.all("--rescore"))
            if !missing.isEmpty {
                ParScore.report(missing, language)
                return .noInput
            }
            rescore = FrameworkRescore(files: files, old: old, new: new, diff: diff)
        }
        let text: String
        switch format {
        case .text: text = FrameworkDiffReport.text(diff, rescore: rescore, language: language)
        case .md: text = FrameworkDiffReport.markdown(diff, rescore: rescore, language: language)
        case .json: text = FrameworkDiffReport.json(diff, rescore: rescore, language: language)
        }
        let written = try OutputFile.emit(text, to: args.value("--out"), language: language)
        if written != .ok { return written }
        if let rescore, !rescore.refused.isEmpty {
            ParScore.report(rescore.refused, language)
            return .partial
        }
        return .ok
    }
}
