import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score kpi RECORDS... --period P [--definition ID] …` (see ``Help/kpi(_:)``): figures from
/// dossier records, explained verdicts, and facts merged into a submission.
enum KPICommand {
    enum Format: String { case text, json, csv, xlsx }

    static func run(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(
            arguments,
            valued: [
                "--period", "--definition", "--compare", "--definitions", "--mapping", "--format", "--out", "--verdicts", "--merge", "--unit",
                "--lang", "--criteria",
            ],
            flags: ["--help", "--overwrite", "--no-compare"])
        let language = try args.choice("--lang", default: Language.vi)
        if args.flags.contains("--help") {
            Console.out(Help.kpi(language))
            return .ok
        }
        guard !args.positionals.isEmpty else { throw Arguments.UsageError(message: "missing RECORDS file / thiếu tệp hồ sơ (RECORDS)") }
        guard let periodText = args.value("--period") else {
            throw Arguments.UsageError(message: "missing --period 2024|2024-Q1|2024-03 / thiếu --period 2024|2024-Q1|2024-03")
        }
        guard let period = KPIPeriod(periodText) else {
            throw Arguments.UsageError(
                message: "--period needs 2024, 2024-Q1 or 2024-03, not \"\(periodText)\" / --period cần dạng 2024, 2024-Q1 hoặc 2024-03")
        }
        let format = try args.choice("--format", default: Format.text)
        let merging = args.value("--merge")
        if merging != nil && args.value("--out") == nil {
            throw Arguments.UsageError(message: "--merge needs --out FILE for the new submission / --merge cần --out FILE cho bản tự đánh giá mới")
        }
        if format == .xlsx && args.value("--out") == nil && Platform.standardOutputIsTerminal {
            throw Arguments.UsageError(message: "xlsx needs --out FILE / định dạng xlsx cần --out FILE")
        }
        let folder = DefinitionsLocator.locate(args.value("--definitions"))
        let id = args.value("--definition") ?? "vpcp-766"
        let known = DefinitionsLocator.ids(in: folder)
        guard known.contains(id) else {
            throw Arguments.UsageError(
                message:
                    "unknown definition \"\(id)\" in \(folder.path) (available: \(known.joined(separator: ", "))) / không có cách tính \"\(id)\"")
        }
        var compared = args.all("--compare")
        if compared.isEmpty && !args.flags.contains("--no-compare") { compared = known.filter { $0 != id } }
        for other in compared where !known.contains(other) {
            throw Arguments.UsageError(message: "unknown definition \"\(other)\" for --compare / không có cách tính \"\(other)\"")
        }
        do {
            let definition = try KPIDefinition.read(contentsOf: folder.appendingPathComponent("\(id).json"))
            let others = try compared.map { (other) throws(RecordFileError) in
                try KPIDefinition.read(contentsOf: folder.appendingPathComponent("\(other).json"))
            }
            let calendar = try WorkingCalendar.read(folder: folder.appendingPathComponent("calendar"))
            let mapping =
                try args.value("--mapping").map { (path) throws(RecordFileError) in try RecordMapping.read(contentsOf: URL(fileURLWithPath: path)) }
                ?? .canonical
            let runner = KPIRunner(mapping: mapping, definition: definition, others: others, calendar: calendar, period: period).withXLSX()
            let (report, verdicts) = try runner.run(args.positionals, verdicts: args.value("--verdicts") != nil, language: language)
            if report.leftOutCount > 0 {
                let shown = report.problems.prefix(20).map { $0.text(language) }.joined(separator: "\n")
                let more =
                    report.leftOutCount > 20
                    ? (language == .vi ? "\n… và \(report.leftOutCount - 20) bản ghi khác" : "\n… and \(report.leftOutCount - 20) more") : ""
                Console.err(
                    (language == .vi
                        ? "par-score kpi: bỏ ra \(report.leftOutCount) bản ghi sai:\n"
                        : "par-score kpi: left out \(report.leftOutCount) faulty records:\n")
                        + shown + more + "\n")
            }
            if let path = args.value("--verdicts"), let verdicts {
                let code = try OutputFile.emit(Data(verdicts), to: path, language: language)
                guard code == .ok else { return code }
            }
            if let merging, let out = args.value("--out") {
                return try KPIMerge.run(
                    report: report, base: merging, unit: args.value("--unit"), out: out, overwrite: args.flags.contains("--overwrite"),
                    criteria: args.value("--criteria"),
                    language: language)
            }
            let data: Data
            switch format {
            case .text: data = Data(KPIText.render(report, language: language).utf8)
            case .json: data = Data(KPIJSON.encode(report, language: language).utf8)
            case .csv: data = KPICSV.encode(report, language: language)
            case .xlsx: data = KPIXLSX.encode(report, language: language)
            }
            return try OutputFile.emit(data, to: args.value("--out"), language: language)
        } catch let error as RecordFileError {
            Console.err("par-score kpi: " + error.problem.text(language) + "\n")
            return error.missing ? .noInput : .invalidData
        }
    }
}
