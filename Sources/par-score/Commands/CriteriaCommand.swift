import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score criteria list` and `par-score criteria lint FILE...`.
enum CriteriaCommand {
    static func run(_ arguments: [String]) throws -> ExitCode {
        switch arguments.first {
        case "import": return try CriteriaImportCommand.run(Array(arguments.dropFirst()))
        case "export": return try CriteriaExportCommand.run(Array(arguments.dropFirst()))
        case "diff": return try CriteriaDiffCommand.run(Array(arguments.dropFirst()))
        default: break
        }
        let args = try Arguments(arguments, valued: ["--criteria", "--lang", "--format"], flags: ["--help"])
        let language = try args.choice("--lang", default: Language.vi)
        guard let action = args.positionals.first, !args.flags.contains("--help") else {
            Console.out(Help.criteria(language))
            return args.flags.contains("--help") ? .ok : .usage
        }
        switch action {
        case "list":
            guard args.positionals.count == 1 else {
                throw Arguments.UsageError(
                    message: "criteria list takes no file; use --criteria PATH / criteria list không nhận tệp; dùng --criteria PATH")
            }
            let catalog = try CriteriaLocator.catalog(args.value("--criteria"))
            let format = try args.choice("--format", default: ScoreCommand.Format.text)
            Console.out(format == .json ? CriteriaListing.json(catalog, language: language) : CriteriaListing.text(catalog, language: language))
            return .ok
        case "lint":
            let files = Array(args.positionals.dropFirst())
            guard !files.isEmpty else { throw Arguments.UsageError(message: "missing FILE / thiếu tệp tiêu chí cần kiểm tra") }
            return lint(files, language)
        default:
            throw Arguments.UsageError(message: "unknown action \"\(action)\" (list, lint) / thao tác không hợp lệ \"\(action)\"")
        }
    }

    static func lint(_ files: [String], _ language: Language) -> ExitCode {
        var status = ExitCode.ok
        var seen: [String: String] = [:]
        for path in files {
            do {
                let data = try FileReading.read(URL(fileURLWithPath: path))
                let (framework, findings) = try DocumentLoader.framework(from: data, file: path)
                if let other = seen[framework.id] {
                    ParScore.report(
                        [
                            Diagnostic(
                                .error, code: .criteriaDuplicateFrameworkID, file: path, path: JSONPath(keys: "id"),
                                arguments: ["id": .string(framework.id), "other": .string(other)])
                        ], language)
                    status = .invalidData
                    continue
                }
                seen[framework.id] = path
                ParScore.report(findings, language)
                let leaves = framework.leaves.count
                let official = framework.allNodes.filter { $0.provenance.status == .official }.count
                Console.out(
                    language == .vi
                        ? "\(path): đạt — \(framework.id): \(framework.fields.count) lĩnh vực, \(framework.allNodes.count) nút, \(leaves) tiêu chí thành phần, tối đa \(framework.maximum.exactText) điểm; \(official) nút chính thức, \(framework.allNodes.count - official) nút phỏng theo\n"
                        : "\(path): ok — \(framework.id): \(framework.fields.count) fields, \(framework.allNodes.count) nodes, \(leaves) leaves, maximum \(framework.maximum.exactText); \(official) official nodes, \(framework.allNodes.count - official) adapted\n"
                )
            } catch {
                ParScore.report(error.diagnostics, language)
                if error.kind == .missingInput { status = .noInput } else if status != .noInput { status = .invalidData }
            }
        }
        return status
    }
}
