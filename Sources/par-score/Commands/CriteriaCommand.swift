import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score criteria list`, `par-score criteria show ID|FILE` and `par-score criteria lint FILE...`.
enum CriteriaCommand {
    static func run(_ arguments: [String]) throws -> ExitCode {
        switch arguments.first {
        case "import": return try CriteriaImportCommand.run(Array(arguments.dropFirst()))
        case "export": return try CriteriaExportCommand.run(Array(arguments.dropFirst()))
        case "diff": return try CriteriaDiffCommand.run(Array(arguments.dropFirst()))
        default: break
        }
        let args = try Arguments(arguments, valued: ["--criteria", "--lang", "--format", "--out"], flags: ["--help"])
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
        case "show":
            return try show(args, language)
        case "lint":
            let files = Array(args.positionals.dropFirst())
            guard !files.isEmpty else { throw Arguments.UsageError(message: "missing FILE / thiếu tệp tiêu chí cần kiểm tra") }
            return lint(files, language)
        default:
            throw Arguments.UsageError(
                message: "unknown action \"\(action)\" (list, show, lint) / thao tác không hợp lệ \"\(action)\" (list, show, lint)")
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

    /// The formats of `criteria show`.
    enum ShowFormat: String { case text, md, json }

    /// `criteria show ID|FILE [--format text|md|json] [--out FILE]`: a framework of the catalog by
    /// its id, or a framework file (read and linted as `criteria lint` does).
    static func show(_ args: Arguments, _ language: Language) throws -> ExitCode {
        guard args.positionals.count == 2 else {
            throw Arguments.UsageError(
                message: args.positionals.count < 2
                    ? "missing ID or FILE: criteria show so-seeds / thiếu mã bộ tiêu chí hoặc tệp: criteria show so-seeds"
                    : "criteria show takes one ID or FILE / criteria show nhận một mã hoặc một tệp")
        }
        let format = try args.choice("--format", default: ShowFormat.text)
        let target = args.positionals[1]
        let framework: Framework
        if target.hasSuffix(".json") || target.contains("/") {
            framework = try DocumentLoader.framework(from: try FileReading.read(URL(fileURLWithPath: target)), file: target).0
        } else {
            let catalog = try CriteriaLocator.catalog(args.value("--criteria"))
            guard let found = catalog.framework(id: target) else {
                throw unknownFramework(target, catalog)
            }
            framework = found
        }
        let output: String
        switch format {
        case .text: output = CriteriaShow.text(framework, language: language)
        case .md: output = CriteriaShow.markdown(framework, language: language)
        case .json: output = CriteriaShow.json(framework)
        }
        return try OutputFile.emit(output, to: args.value("--out"), language: language)
    }

    /// A usage error for an unknown framework id, with the closest id ("did you mean").
    static func unknownFramework(_ id: String, _ catalog: CriteriaCatalog) -> Arguments.UsageError {
        let ids = catalog.frameworks.map(\.id)
        let known = ids.joined(separator: ", ")
        let guess = Suggestion.closest(to: id, among: ids)
        return Arguments.UsageError(
            message: "unknown framework \"\(id)\"\(guess.map { "; did you mean \"\($0)\"?" } ?? "") (available: \(known))"
                + " / không có bộ tiêu chí \"\(id)\"\(guess.map { "; có phải \"\($0)\"?" } ?? "") (hiện có: \(known))")
    }
}
