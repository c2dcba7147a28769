import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score criteria export ID --format csv|xlsx|docx --out FILE` (see ``Help/criteriaExport(_:)``).
enum CriteriaExportCommand {
    enum Format: String { case csv, xlsx, docx }

    static func run(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(arguments, valued: ["--criteria", "--format", "--out", "--lang", "--issuer"], flags: ["--help"])
        let language = try args.choice("--lang", default: Language.vi)
        if args.flags.contains("--help") {
            Console.out(Help.criteriaExport(language))
            return .ok
        }
        guard args.positionals.count == 1, let id = args.positionals.first else {
            throw Arguments.UsageError(message: "criteria export needs one framework ID / cần đúng một mã bộ tiêu chí")
        }
        let format = try args.choice("--format", default: Format.csv)
        guard let out = args.value("--out"), out != "-" else {
            throw Arguments.UsageError(message: "criteria export needs --out FILE / cần --out FILE")
        }
        let framework = try FrameworkArgument.load(id, criteria: args.value("--criteria"))
        let unwritable = CriteriaTableExport.unwritable(framework)
        if !unwritable.isEmpty {
            Console.err(
                (language == .vi
                    ? "par-score: không viết được thành bảng (có dấu ; trong tên tài liệu hoặc phương án): "
                    : "par-score: cannot be written as a table (a ; in a document title or an answer): ") + unwritable.joined(separator: ", ") + "\n")
            return .invalidData
        }
        let (criteria, declarations) = CriteriaTableExport.sheets(framework, language: language)
        switch format {
        case .docx:
            let issuer = try IssuerOption.profile(args)
            return try OutputFile.emit(CriteriaTableDOCX.encode(framework, language: language, issuer: issuer), to: out, language: language)
        case .xlsx:
            return try OutputFile.emit(CriteriaTableXLSX.encode([criteria, declarations]), to: out, language: language)
        case .csv:
            let declarationsFile = CriteriaTableFiles.siblingDeclarations(out)
            let first = try OutputFile.emit(CSVWriter.encode(criteria), to: out, language: language)
            guard first == .ok else { return first }
            let second = try OutputFile.emit(CSVWriter.encode(declarations), to: declarationsFile, language: language)
            if second == .ok {
                Console.err(language == .vi ? "đã ghi \(out) và \(declarationsFile)\n" : "wrote \(out) and \(declarationsFile)\n")
            }
            return second
        }
    }
}

/// A framework named on the command line: an id of the catalog, or a criteria file.
enum FrameworkArgument {
    static func load(_ argument: String, criteria: String?) throws -> Framework {
        if argument.hasSuffix(".json") || argument.contains("/") {
            let data = try FileReading.read(URL(fileURLWithPath: argument))
            return try DocumentLoader.framework(from: data, file: argument).0
        }
        let catalog = try CriteriaLocator.catalog(criteria)
        guard let framework = catalog.framework(id: argument) else {
            let known = catalog.frameworks.map(\.id).joined(separator: ", ")
            throw Arguments.UsageError(message: "unknown framework \"\(argument)\" (known: \(known)) / không có bộ tiêu chí \"\(argument)\"")
        }
        return framework
    }
}
