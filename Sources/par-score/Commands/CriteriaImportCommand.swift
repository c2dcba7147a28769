import Foundation
import ParIndexCore
import ParIndexReports

/// `par-score criteria import TABLE.csv|TABLE.xlsx …` (see ``Help/criteriaImport(_:)``).
enum CriteriaImportCommand {
    static func run(_ arguments: [String]) throws -> ExitCode {
        let args = try Arguments(
            arguments, valued: ["--id", "--title", "--unit-kind", "--years", "--source", "--out", "--declarations", "--lang"], flags: ["--help"])
        let language = try args.choice("--lang", default: Language.vi)
        if args.flags.contains("--help") {
            Console.out(Help.criteriaImport(language))
            return .ok
        }
        guard args.positionals.count == 1, let table = args.positionals.first else {
            throw Arguments.UsageError(message: "criteria import needs one TABLE.csv or TABLE.xlsx / cần đúng một tệp bảng tiêu chí")
        }
        var options = CriteriaImportOptions(id: args.value("--id"), title: args.value("--title"), source: args.value("--source"))
        if let text = args.value("--unit-kind") {
            guard let kinds = CriteriaImportOptions.unitKinds(text) else {
                throw Arguments.UsageError(message: "invalid --unit-kind \"\(text)\" (bo, tinh, so, huyen, xa) / loại đơn vị không hợp lệ")
            }
            options.unitKinds = kinds
        }
        if let text = args.value("--years") {
            guard let years = CriteriaImportOptions.years(text) else {
                throw Arguments.UsageError(message: "invalid --years \"\(text)\" (FROM-TO, for example 2024-2030) / năm không hợp lệ")
            }
            options.years = years
        }
        let out = args.value("--out")
        let sheets: (TableSheet, TableSheet?, String?)
        do {
            sheets = try CriteriaTableFiles.read(table, declarations: args.value("--declarations"), language: language)
        } catch let error as TableError {
            report(error.problems, language)
            return error.isMissingInput ? .noInput : .invalidData
        }
        let imported: CriteriaTableImport.Imported
        do {
            imported = try CriteriaTableImport.framework(
                main: sheets.0, file: table, declarations: sheets.1, declarationsFile: sheets.2, options: options, outputFile: out ?? "-")
        } catch {
            report(error.problems, language)
            // Only options missing: the command line is wrong, not the table.
            let errors = error.problems.filter { !$0.isWarning }.count
            return !error.missingOptions.isEmpty && errors == error.missingOptions.count ? .usage : .invalidData
        }
        report(imported.warnings, language)
        let written = try OutputFile.emit(imported.json, to: out, language: language)
        if written == .ok {
            let f = imported.framework
            Console.err(
                language == .vi
                    ? "\(table): đạt — \(f.id): \(f.fields.count) lĩnh vực, \(f.allNodes.count) nút, \(f.leaves.count) tiêu chí thành phần, tối đa \(f.maximum.exactText.replacingOccurrences(of: ".", with: ",")) điểm\(out.map { "; đã ghi \($0)" } ?? "")\n"
                    : "\(table): ok — \(f.id): \(f.fields.count) fields, \(f.allNodes.count) nodes, \(f.leaves.count) leaves, maximum \(f.maximum.exactText)\(out.map { "; wrote \($0)" } ?? "")\n"
            )
        }
        return written
    }

    static func report(_ problems: [TableProblem], _ language: Language) {
        let sorted = problems.filter { !$0.isWarning } + problems.filter(\.isWarning)
        guard !sorted.isEmpty else { return }
        let shown = sorted.prefix(100).map { $0.text(language) }
        let more =
            sorted.count > 100 ? ["… \(sorted.count - 100) " + (language == .vi ? "vấn đề khác không in ra" : "more problems not printed")] : []
        Console.err((shown + more).joined(separator: "\n") + "\n")
    }
}

/// Reads the files of a criteria table: a CSV file with an optional declarations CSV, or an xlsx
/// workbook whose first worksheet is the criteria and whose second (or `Khai báo`) declares.
enum CriteriaTableFiles {
    /// The criteria sheet, the declarations sheet if any, and the declarations' file name.
    static func read(_ path: String, declarations: String?, language: Language) throws -> (TableSheet, TableSheet?, String?) {
        if path.lowercased().hasSuffix(".xlsx") {
            let sheets = try XLSXTableReading.sheets(path)
            guard let first = sheets.first else {
                throw TableError([TableProblem(file: path, LocalizedText(vi: "tệp không có trang tính", en: "the workbook has no sheet"))])
            }
            let named = sheets.dropFirst().first { ["khai báo", "declarations"].contains(TableColumnKey.key($0.name ?? "")) }
            var declared = named ?? sheets.dropFirst().first
            var declaredFile: String? = declared == nil ? nil : path
            if let declarations {
                declared = try csv(declarations)
                declaredFile = declarations
            }
            return (first, declared, declaredFile)
        }
        let main = try csv(path)
        var declaredFile = declarations
        if declaredFile == nil {
            let sibling = siblingDeclarations(path)
            if FileManager.default.fileExists(atPath: sibling) {
                declaredFile = sibling
                Console.err(
                    language == .vi ? "\(path): đọc bảng khai báo \(sibling)\n" : "\(path): reading the declarations \(sibling)\n")
            }
        }
        return (main, try declaredFile.map(csv), declaredFile)
    }

    /// `TABLE.khai-bao.csv` beside `TABLE.csv`.
    static func siblingDeclarations(_ path: String) -> String {
        let base = path.lowercased().hasSuffix(".csv") ? String(path.dropLast(4)) : path
        return base + ".khai-bao.csv"
    }

    static func csv(_ path: String) throws -> TableSheet {
        let data: Data
        do {
            data = try FileReading.read(URL(fileURLWithPath: path))
        } catch {
            throw TableError(error.diagnostics.map { TableProblem(file: $0.file, $0.message) }, isMissingInput: true)
        }
        return try CSVReader.read(data, file: path)
    }
}

/// Headings compared as the table readers compare them.
enum TableColumnKey {
    static func key(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Reads the worksheets of an xlsx file (see ``CriteriaTableWorkbook``).
enum XLSXTableReading {
    static func sheets(_ path: String) throws -> [TableSheet] {
        let data: Data
        do {
            data = try FileReading.read(URL(fileURLWithPath: path))
        } catch {
            throw TableError(error.diagnostics.map { TableProblem(file: $0.file, $0.message) }, isMissingInput: true)
        }
        return try CriteriaTableWorkbook.sheets(data: data, file: path)
    }
}
