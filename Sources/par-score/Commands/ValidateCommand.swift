import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score validate PATH... [--strict] [--criteria PATH] [--lang vi|en]`: checks submissions
/// without scoring. Folders are searched as `rank` searches them. A missing fact that costs points
/// is a warning, with the points it costs and a summary line per file; `--strict` makes such
/// warnings errors (exit 65).
enum ValidateCommand {
    static func run(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(arguments, valued: ["--criteria", "--lang"], flags: ["--help", "--strict"])
        let language = try args.choice("--lang", default: Language.vi)
        if args.flags.contains("--help") {
            Console.out(Help.validate(language))
            return .ok
        }
        guard !args.positionals.isEmpty else {
            throw Arguments.UsageError(message: "missing FILE or FOLDER / thiếu tệp hoặc thư mục cần kiểm tra")
        }
        let strict = args.flags.contains("--strict")
        let scorer = Scorer(catalog: try CriteriaLocator.catalog(args.value("--criteria")))
        let (paths, missing) = expand(args.positionals, language)
        var status = ExitCode.ok
        if !missing.isEmpty {
            ParScore.report(missing, language)
            status = .noInput
        }
        var report = ""
        var total = (files: 0, valid: 0, lost: ExactDecimal(0))
        for path in paths {
            total.files += 1
            do {
                let url = URL(fileURLWithPath: path)
                let (submission, framework) =
                    FormInput.isWorkbook(path)
                    ? try FormInput.checked(try FormInput.read(path, catalog: scorer.catalog)) { json throws(DiagnosticError) in
                        try scorer.validate(data: json, file: path)
                    }
                    : try scorer.validate(data: try FileReading.read(url), file: path)
                let card = Scorer.score(submission, with: framework)
                let lost = card.pointsLostToMissingData
                let refused = strict && lost > 0
                report += head(path, submission, framework, refused: refused, language)
                if refused {
                    // The warnings that cost points are errors now: on standard error, as errors are.
                    Console.out(report)
                    report = ""
                    ParScore.report(strictErrors(card.warnings), language)
                    Console.err("  " + summary(lost, leaves: card.leavesMissingData, framework, strict: strict, language) + "\n")
                } else {
                    for warning in card.warnings { report += "  " + warning.text(language) + "\n" }
                    if lost > 0 { report += "  " + summary(lost, leaves: card.leavesMissingData, framework, strict: strict, language) + "\n" }
                }
                total.lost += lost
                if refused {
                    if status == .ok { status = .invalidData }
                } else {
                    total.valid += 1
                }
            } catch {
                Console.out(report)
                report = ""
                ParScore.report(error.diagnostics, language)
                let code: ExitCode = error.kind == .missingInput ? .noInput : .invalidData
                if status == .ok || code == .noInput { status = code }
            }
        }
        if total.files > 1 {
            let lost = RuleWording.number(total.lost, language)
            report +=
                language == .vi
                ? "\(total.files) tệp: \(total.valid) hợp lệ, \(total.files - total.valid) không đạt"
                    + (total.lost > 0 ? "; thiếu dữ kiện làm mất tổng cộng \(lost) điểm" : "") + "\n"
                : "\(total.files) files: \(total.valid) valid, \(total.files - total.valid) refused"
                    + (total.lost > 0 ? "; missing data costs \(lost) points in all" : "") + "\n"
        }
        Console.out(report)
        return status
    }

    /// The files named and the `.json` files of the folders named, as `rank` finds them; a
    /// folder without any is reported.
    static func expand(_ positionals: [String], _ language: Language) -> ([String], [Diagnostic]) {
        var files: [String] = []
        var missing: [Diagnostic] = []
        var notices: [Diagnostic] = []
        defer { if !notices.isEmpty { ParScore.report(notices, language) } }
        for path in positionals {
            let (found, absent) = BatchScorer.collectFiles([path])
            // A missing file keeps the message it always had (file.notFound, exit 66).
            if !absent.isEmpty {
                files.append(path)
                continue
            }
            // Excel forms in the folder too; other workbooks (rankings, dossier records) are left out with a warning.
            var forms: [String] = []
            for workbook in FormInput.workbooks(inFolders: [path]) {
                if let data = try? FileReading.read(URL(fileURLWithPath: workbook)), !SubmissionForm.isForm(data: data, file: workbook) {
                    notices.append(Diagnostic(.warning, code: .batchNotAForm, file: workbook, path: JSONPath()))
                } else {
                    forms.append(workbook)
                }
            }
            if found.isEmpty && forms.isEmpty {
                missing.append(
                    Diagnostic(
                        .error, code: .batchNoSubmissions, file: path, path: JSONPath()))
            }
            files += found + forms
        }
        return (files, missing)
    }

    /// The warnings with those that cost points (`score.missingData`) made errors, for `--strict`.
    static func strictErrors(_ warnings: [Diagnostic]) -> [Diagnostic] {
        warnings.map { warning in
            var shown = warning
            if warning.code == .scoreMissingData { shown.severity = .error }
            return shown
        }
    }

    private static func head(_ path: String, _ submission: Submission, _ framework: Framework, refused: Bool, _ language: Language) -> String {
        switch (language, refused) {
        case (.vi, false): "\(path): hợp lệ — \(submission.unit.name), năm \(submission.year), bộ tiêu chí \(framework.id)\n"
        case (.vi, true): "\(path): không đạt (--strict) — \(submission.unit.name), năm \(submission.year), bộ tiêu chí \(framework.id)\n"
        case (.en, false): "\(path): valid — \(submission.unit.name), \(submission.year), framework \(framework.id)\n"
        case (.en, true): "\(path): refused (--strict) — \(submission.unit.name), \(submission.year), framework \(framework.id)\n"
        }
    }

    /// "Thiếu dữ kiện làm mất 1,5 điểm (1 tiêu chí thành phần) …".
    static func summary(_ lost: ExactDecimal, leaves: Int, _ framework: Framework, strict: Bool, _ language: Language) -> String {
        let points = RuleWording.number(lost, language)
        if language == .vi {
            return
                "Tổng: thiếu dữ kiện làm mất \(points) điểm (\(leaves) tiêu chí thành phần). Bổ sung dữ kiện, hoặc khai báo tiêu chí không áp dụng trong \"notApplicable\" kèm lý do"
                + (strict ? "." : "; dùng --strict để coi đây là lỗi.")
        }
        return
            "In all: missing data costs \(points) points (\(leaves) \(leaves == 1 ? "sub-criterion" : "sub-criteria")). Add the data, or declare the sub-criterion not applicable in \"notApplicable\" with a reason"
            + (strict ? "." : "; use --strict to treat this as an error.")
    }
}
