import Foundation
import ParIndexCore
import ParIndexReports

/// The par-score command: parses arguments, runs a subcommand, maps errors to exit codes.
enum ParScore {
    static func run(_ arguments: [String]) -> ExitCode {
        let language = languageHint(arguments)
        guard let first = arguments.first else {
            Console.err(Help.general(language))
            return .usage
        }
        do {
            switch first {
            case "--help", "-h", "help":
                Console.out(Help.general(language))
                return .ok
            case "--version":
                Console.out(
                    "par-score \(ParIndex.version) (criteria format \(Framework.supportedFormatVersion), submission format \(Submission.supportedFormatVersion), result format \(ScorecardJSON.formatVersion))\n"
                )
                return .ok
            case "score": return try ScoreCommand.run(Array(arguments.dropFirst()))
            case "validate": return try ValidateCommand.run(Array(arguments.dropFirst()))
            case "criteria": return try CriteriaCommand.run(Array(arguments.dropFirst()))
            case "template": return try TemplateCommand.run(Array(arguments.dropFirst()))
            case "rank": return try RankCommand.run(Array(arguments.dropFirst()))
            default: return try ScoreCommand.run(arguments)
            }
        } catch let error as Arguments.UsageError {
            Console.err("par-score: \(error.message)\n" + (language == .vi ? "Xem: par-score --help\n" : "See: par-score --help\n"))
            return .usage
        } catch let error as DiagnosticError {
            report(error.diagnostics, language)
            return error.kind == .missingInput ? .noInput : .invalidData
        } catch {
            Console.err("par-score: \(error)\n")
            return .software
        }
    }

    /// The language asked for with `--lang`, for messages printed before parsing ends.
    static func languageHint(_ arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) { return language }
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) { return language }
        }
        return .vi
    }

    /// Prints diagnostics to standard error, errors first, at most 50.
    static func report(_ diagnostics: [Diagnostic], _ language: Language) {
        let sorted = diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity == .warning }
        var text = sorted.prefix(50).map { $0.text(language) }.joined(separator: "\n")
        if sorted.count > 50 {
            text += language == .vi ? "\n… và \(sorted.count - 50) vấn đề khác" : "\n… and \(sorted.count - 50) more"
        }
        if !text.isEmpty { Console.err(text + "\n") }
    }
}
