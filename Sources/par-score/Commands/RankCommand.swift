import Foundation
import ParIndexCore

/// `par-score rank PATH...` (see ``Help/rank(_:)``).
enum RankCommand {
    static func run(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(arguments, valued: ["--criteria", "--format", "--lang", "--out"], flags: ["--help"])
        let language = try args.choice("--lang", default: Language.vi)
        Console.out(Help.rank(language))
        return .ok
    }
}
