import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score plan status|facts …` (see ``Help/plan(_:)``): reads files, calls the library, writes.
enum PlanCommand {
    enum Format: String { case text, json, md, xlsx, html }

    static func run(_ arguments: [String]) throws -> ExitCode {
        let language = ParScore.languageHint(arguments)
        switch arguments.first {
        case "status": return try status(Array(arguments.dropFirst()))
        case "facts": return try facts(Array(arguments.dropFirst()))
        case nil:
            Console.err(Help.plan(language))
            return .usage
        case "--help", "-h", "help":
            Console.out(Help.plan(language))
            return .ok
        case let other?:
            throw Arguments.UsageError(message: "unknown plan command \(other) (status, facts) / lệnh không hợp lệ \(other) (status, facts)")
        }
    }

    /// `plan status PLAN.json|FOLDER... [--progress FILE...] [--as-of DATE] [--format …] [--out FILE]`.
    static func status(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(arguments, valued: ["--progress", "--as-of", "--format", "--lang", "--out", "--criteria"], flags: ["--help"])
        let language = try args.choice("--lang", default: Language.vi)
        if args.flags.contains("--help") {
            Console.out(Help.plan(language))
            return .ok
        }
        let format = try args.choice("--format", default: Format.text)
        let asOf = try date(args.value("--as-of"))
        guard let first = args.positionals.first else { throw Arguments.UsageError(message: "missing PLAN.json / thiếu tệp kế hoạch") }
        if format == .xlsx && args.value("--out") == nil && Platform.standardOutputIsTerminal {
            throw Arguments.UsageError(message: "xlsx needs --out FILE / định dạng xlsx cần --out FILE")
        }
        if args.positionals.count > 1 || isFolder(first) {
            guard args.all("--progress").isEmpty else {
                throw Arguments.UsageError(message: "--progress goes with one PLAN.json / --progress chỉ dùng với một tệp kế hoạch")
            }
            let contents = PlanFolder.read(args.positionals, asOf: asOf)
            if !contents.refused.isEmpty { ParScore.report(contents.refused, language) }
            let province = PlanProvince(contents.statuses)
            let code = try OutputFile.emit(render(province, format, language), to: args.value("--out"), language: language)
            return code == .ok && !contents.refused.isEmpty ? .partial : code
        }
        let status = try load(first, progress: args.all("--progress"), asOf: asOf)
        return try OutputFile.emit(render(status, format, language), to: args.value("--out"), language: language)
    }

    /// `plan facts PLAN.json --progress FILE... --framework ID [--merge agency.json] [--overwrite] [--out FILE]`.
    static func facts(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(
            arguments, valued: ["--progress", "--as-of", "--framework", "--merge", "--lang", "--out", "--criteria"], flags: ["--help", "--overwrite"])
        let language = try args.choice("--lang", default: Language.vi)
        if args.flags.contains("--help") {
            Console.out(Help.plan(language))
            return .ok
        }
        guard args.positionals.count == 1, let planPath = args.positionals.first else {
            throw Arguments.UsageError(message: "plan facts takes one PLAN.json / plan facts cần đúng một tệp kế hoạch")
        }
        let catalog = try CriteriaLocator.catalog(args.value("--criteria"))
        let status = try load(planPath, progress: args.all("--progress"), asOf: try date(args.value("--as-of")))
        guard let id = args.value("--framework") ?? status.plan.frameworkID else {
            throw Arguments.UsageError(message: "missing --framework ID / thiếu --framework ID")
        }
        guard let framework = catalog.framework(id: id) else {
            let known = catalog.frameworks.map(\.id).joined(separator: ", ")
            throw Arguments.UsageError(message: "unknown framework \"\(id)\" (available: \(known)) / không có bộ tiêu chí \"\(id)\"")
        }
        var base: Submission?
        if let merge = args.value("--merge") {
            let (submission, used) = try Scorer(catalog: catalog).validate(data: try FileReading.read(URL(fileURLWithPath: merge)), file: merge)
            guard used.id == framework.id else {
                throw Arguments.UsageError(
                    message:
                        "\(merge) uses framework \(used.id), not \(framework.id) / \(merge) dùng bộ tiêu chí \(used.id), không phải \(framework.id)")
            }
            if submission.unit.id != status.plan.unit.id || submission.year != status.plan.year {
                throw DiagnosticError([
                    Diagnostic(
                        .error, code: .progressPlanMismatch, file: merge, path: JSONPath(keys: "unit"),
                        arguments: [
                            "unit": .string(submission.unit.id), "year": .value(submission.year), "planUnit": .string(status.plan.unit.id),
                            "planYear": .value(status.plan.year),
                        ])
                ])
            }
            base = submission
        }
        let result = PlanFacts(status: status, framework: framework, merging: base, overwrite: args.flags.contains("--overwrite"))
        let text = SubmissionJSON.encode(result.submission)
        let out = args.value("--out") ?? "-"
        _ = try SubmissionJSON.decode(Data(text.utf8), file: out, catalog: catalog)  // The result is a valid submission.
        let report = PlanFactsText.render(result, language: language)
        if out == "-" {
            Console.err(report)
        } else {
            Console.out(report)
        }
        return try OutputFile.emit(text, to: out, language: language)
    }

    private static func isFolder(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }

    private static func date(_ text: String?) throws(Arguments.UsageError) -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw Arguments.UsageError(
                message: "--as-of needs a date YYYY-MM-DD, not \"\(text)\" / --as-of cần một ngày dạng YYYY-MM-DD, không phải \"\(text)\"")
        }
        return date
    }

    private static func load(_ planPath: String, progress: [String], asOf: CalendarDate?) throws(DiagnosticError) -> PlanStatus {
        let plan = try PlanJSON.plan(contentsOf: URL(fileURLWithPath: planPath))
        var reports: [PlanProgress] = []
        var problems: [Diagnostic] = []
        var missing = false
        for path in progress {
            do {
                reports.append(try PlanJSON.progress(contentsOf: URL(fileURLWithPath: path), plan: plan))
            } catch {
                problems += error.diagnostics
                missing = missing || error.kind == .missingInput
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems, kind: missing ? .missingInput : .invalidData) }
        return PlanStatus(plan: plan, progress: reports, asOf: asOf)
    }

    private static func render(_ s: PlanStatus, _ format: Format, _ language: Language) -> Data {
        switch format {
        case .text: Data(PlanStatusText.render(s, language: language).utf8)
        case .json: Data(PlanStatusJSON.encode(s, language: language).utf8)
        case .md: Data(PlanStatusMarkdown.render(s, language: language).utf8)
        case .xlsx: PlanStatusXLSX.encode(s, language: language)
        case .html: Data(PlanStatusHTML.render(s, language: language).utf8)
        }
    }

    private static func render(_ p: PlanProvince, _ format: Format, _ language: Language) -> Data {
        switch format {
        case .text: Data(PlanProvinceText.render(p, language: language).utf8)
        case .json: Data(PlanStatusJSON.encode(p, language: language).utf8)
        case .md: Data(PlanProvinceText.markdown(p, language: language).utf8)
        case .xlsx: PlanStatusXLSX.encode(p, language: language)
        case .html: Data(PlanStatusHTML.render(p, language: language).utf8)
        }
    }
}
