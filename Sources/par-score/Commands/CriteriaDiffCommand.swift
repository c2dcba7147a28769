import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score criteria diff OLD NEW [--rescore FOLDER]` (see ``Help/criteriaDiff(_:)``).
enum CriteriaDiffCommand {
    static func run(_ arguments: [String]) throws -> ExitCode {
        .usage
    }
}
