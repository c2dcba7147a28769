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
            case "plan": return try PlanCommand.run(Array(arguments.dropFirst()))
            case "convert": return try ConvertCommand.run(Array(arguments.dropFirst()))
            case "kpi": return try KPICommand.run(Array(arguments.dropFirst()))
            default: return try ScoreCommand.run(arguments)
            }
        } catch let error as Arguments.UsageError {
            Console.err(usageText(error, language: language, command: first))
            return .usage
        } catch let error as DiagnosticError {
            report(error.diagnostics, language)
            return error.kind == .missingInput ? .noInput : .invalidData
        } catch {
            Console.err("par-score: \(error)\n")
            return .software
        }
    }

    /// The subcommands whose help a usage error points at.
    static let subcommands: Set<String> = ["score", "validate", "criteria", "template", "rank", "plan", "convert"]

    /// A usage error in the user's language (messages are written "English / Vietnamese"), and
    /// the help of the subcommand to read: `Xem: par-score rank --help`.
    static func usageText(_ error: Arguments.UsageError, language: Language, command: String) -> String {
        let parts = error.message.components(separatedBy: " / ")
        let message: String
        if parts.count >= 2 {
            let english = parts[0]
            let vietnamese = parts.dropFirst().joined(separator: " / ")
            message = language == .vi ? vietnamese : english
        } else {
            message = error.message
        }
        let help: String
        if subcommands.contains(command) {
            help = "par-score \(command) --help"
        } else if command.hasPrefix("-") {
            help = "par-score --help"
        } else {
            help = "par-score score --help"
        }
        return "par-score: \(message)\n" + (language == .vi ? "Xem: \(help)\n" : "See: \(help)\n")
    }

    /// The language asked for with `--lang`, for messages printed before parsing ends.
    static func languageHint(_ arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) { return language }
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) { return language }
        }
        return .vi
    }

    /// Prints diagnostics to standard error, errors first, and names every file among them.
    ///
    /// Up to 50 diagnostics are printed whole. Beyond that, every file still gets its first
    /// diagnostic, so that no file is left unnamed; the lines left of the 50 go to the files' further
    /// diagnostics, in order, and a file whose diagnostics are not all printed says how many more
    /// it has.
    static func report(_ diagnostics: [Diagnostic], _ language: Language) {
        let sorted = diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity == .warning }
        let limit = 50
        guard sorted.count > limit else {
            if !sorted.isEmpty { Console.err(sorted.map { $0.text(language) }.joined(separator: "\n") + "\n") }
            return
        }
        var order: [String] = []
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in sorted {
            if byFile[diagnostic.file] == nil { order.append(diagnostic.file) }
            byFile[diagnostic.file, default: []].append(diagnostic)
        }
        var spare = max(0, limit - order.count)
        var lines: [String] = []
        lines.reserveCapacity(max(limit, order.count) + 1)
        var unprinted = 0
        for file in order {
            guard let own = byFile[file], !own.isEmpty else { continue }
            let shown = 1 + min(spare, own.count - 1)
            spare -= shown - 1
            lines += own.prefix(shown).map { $0.text(language) }
            let others = own.count - shown
            unprinted += others
            if others > 0 {
                lines[lines.count - 1] += language == .vi ? " (và \(others) vấn đề khác trong tệp này)" : " (and \(others) more in this file)"
            }
        }
        if unprinted > 0 {
            lines.append(
                language == .vi
                    ? "… \(order.count) tệp đã được nêu tên; \(unprinted) vấn đề khác không in ra"
                    : "… \(order.count) files named; \(unprinted) more problems not printed")
        }
        Console.err(lines.joined(separator: "\n") + "\n")
    }
}
