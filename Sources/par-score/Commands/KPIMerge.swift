import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score kpi … --merge agency.json --out FILE`: a new submission whose facts that the
/// framework fills `fromRecords` take the figures of the submission's unit; typed values that
/// differ are listed and kept unless `--overwrite`; `factSources` records where each came from.
enum KPIMerge {
    static func run(report: KPIReport, base path: String, unit chosen: String?, out: String, overwrite: Bool, criteria: String?, language: Language)
        throws
        -> ExitCode
    {
        let vi = language == .vi
        let catalog = try CriteriaLocator.catalog(criteria)
        let (submission, framework) = try Scorer(catalog: catalog).validate(data: try FileReading.read(URL(fileURLWithPath: path)), file: path)
        guard report.period.year == submission.year else {
            throw Arguments.UsageError(
                message:
                    "--period \(report.period.label) is not in the submission's year \(submission.year) / kỳ \(report.period.label) không thuộc năm \(submission.year) của bản tự đánh giá"
            )
        }
        let wanted = chosen.map { [$0] } ?? [submission.unit.id, submission.unit.name]
        let matches = report.units.filter { unit in
            wanted.contains { $0.precomposedStringWithCanonicalMapping == unit.unit.precomposedStringWithCanonicalMapping }
        }
        guard let figures = matches.first else {
            let names = report.units.map(\.unit).joined(separator: ", ")
            throw Arguments.UsageError(
                message:
                    "no records of unit \"\(wanted.joined(separator: "\" or \""))\" (DonViXuLy in the records: \(names)); choose one with --unit / không có hồ sơ của đơn vị \"\(wanted.joined(separator: "\" hoặc \""))\"; chọn bằng --unit"
            )
        }
        let filled = framework.facts.filter { $0.fromRecords != nil }
        guard !filled.isEmpty else {
            throw Arguments.UsageError(
                message:
                    "framework \(framework.id) has no fact filled fromRecords / bộ tiêu chí \(framework.id) không có dữ kiện nào lấy từ hồ sơ (fromRecords)"
            )
        }
        var result = submission
        result.file = out
        var lines: [String] = []
        var kept = 0
        for fact in filled {
            guard let source = fact.fromRecords, let figure = KPIFigure(name: source.figure) else { continue }
            let value = ExactDecimal(figures.count(figure))
            let shown = value.formatted(decimals: 0, language: language)
            if let expected = source.definition, expected != report.definition.id {
                lines.append(
                    vi
                        ? "cảnh báo: \(fact.id): bộ tiêu chí cần cách tính \(expected), số liệu tính theo \(report.definition.id)"
                        : "warning: \(fact.id): the framework expects definition \(expected); the figure is under \(report.definition.id)")
            }
            if case .number(let typed)? = submission.facts[fact.id], typed != value {
                let old = typed.formatted(decimals: 0, language: language)
                if !overwrite {
                    kept += 1
                    lines.append(
                        vi
                            ? "giữ nguyên \(fact.id) = \(old) (đã nhập tay); từ hồ sơ: \(shown) (\(figure.name)); dùng --overwrite để thay"
                            : "kept \(fact.id) = \(old) (typed); from the records: \(shown) (\(figure.name)); use --overwrite to replace")
                    continue
                }
                lines.append(vi ? "thay \(fact.id): \(old) → \(shown) (\(figure.name))" : "replaced \(fact.id): \(old) → \(shown) (\(figure.name))")
            } else {
                lines.append(vi ? "điền \(fact.id) = \(shown) (\(figure.name))" : "filled \(fact.id) = \(shown) (\(figure.name))")
            }
            result.facts[fact.id] = .number(value)
            result.factSources[fact.id] = FactSource(
                definition: report.definition.id, records: report.files, figure: figure.name, period: report.period.label)
        }
        let text = SubmissionJSON.encode(result)
        _ = try SubmissionJSON.decode(Data(text.utf8), file: out, catalog: catalog)  // The result is a valid submission.
        let header =
            vi
            ? "\(out): dữ kiện từ hồ sơ của \(figures.unit), kỳ \(report.period.label), cách tính \(report.definition.id)\(kept > 0 ? "; \(kept) giá trị nhập tay khác được giữ" : "")"
            : "\(out): facts from the records of \(figures.unit), period \(report.period.label), definition \(report.definition.id)\(kept > 0 ? "; \(kept) differing typed values kept" : "")"
        Console.out(([header] + lines.map { "  " + $0 }).joined(separator: "\n") + "\n")
        return try OutputFile.emit(text, to: out, language: language)
    }
}
