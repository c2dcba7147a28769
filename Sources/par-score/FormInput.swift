import Foundation
import ParIndexCore
import ParIndexReports

/// Submissions given as Excel forms: read, turned into submission JSON, and checked by the same
/// code as JSON files, with every problem placed at its cell.
enum FormInput {
    /// Whether `path` is a workbook (by its name, or by its first bytes for other names).
    static func isWorkbook(_ path: String) -> Bool { SubmissionForm.isWorkbookName(path) }

    /// The form at `path` read as submission JSON.
    static func read(_ path: String, catalog: CriteriaCatalog) throws(DiagnosticError) -> FormReading {
        let data = try FileReading.read(URL(fileURLWithPath: path))
        return try SubmissionForm.read(data: data, file: path, catalog: catalog)
    }

    /// Runs `body` on the form's JSON; its diagnostics are placed at the form's cells.
    static func checked<T>(_ reading: FormReading, _ body: (Data) throws(DiagnosticError) -> T) throws(DiagnosticError) -> T {
        do {
            return try body(reading.json)
        } catch {
            throw reading.locate(error)
        }
    }

    /// Scores the workbooks among `files` into `Product`s, in order. A workbook found in a folder
    /// (`found`) that is not a form (a ranking written there, exported dossier records) is left out
    /// with a warning in `notices`; one named on the command line is read, and refused if it is not.
    static func score<Product: BatchProduct>(
        _ files: [String], found: [String] = [], scorer: Scorer, as product: Product.Type, notices: inout [Diagnostic]
    ) -> BatchResult<Product> {
        var result = BatchResult<Product>()
        for path in found {
            guard let data = try? FileReading.read(URL(fileURLWithPath: path)), !SubmissionForm.isForm(data: data, file: path) else { continue }
            notices.append(Diagnostic(.warning, code: .batchNotAForm, file: path, path: JSONPath()))
        }
        let skipped = Set(notices.map(\.file))
        for path in files + found where !skipped.contains(path) {
            do throws(DiagnosticError) {
                let reading = try read(path, catalog: scorer.catalog)
                let item = try checked(reading) { json throws(DiagnosticError) in
                    let (compiled, slots) = try scorer.slots(data: json, file: path, details: Product.keepsDetails)
                    return Product.make(compiled, slots)
                }
                result.items.append(item)
            } catch {
                result.failures += error.diagnostics.filter { $0.severity == .error }.prefix(20)
                result.failedFileCount += 1
            }
        }
        return result
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    /// The `.xlsx` files under the folders of `paths` (the workbooks given as files are among the
    /// files `BatchScorer.collectFiles` returns), sorted; hidden entries and Excel's lock files
    /// (`~$…`) are skipped.
    static func workbooks(inFolders paths: [String]) -> [String] {
        var found: [String] = []
        for path in paths where isFolder(path) {
            let base = URL(fileURLWithPath: path)
            guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else {
                continue
            }
            var own: [String] = []
            for case let url as URL in enumerator {
                let name = url.lastPathComponent
                guard isWorkbook(name), !name.hasPrefix("~$") else { continue }
                let relative = url.path.hasPrefix(base.path) ? String(url.path.dropFirst(base.path.count)) : "/" + name
                own.append((path.hasSuffix("/") ? String(path.dropLast()) : path) + relative)
            }
            found += own.sorted()
        }
        return found
    }
}
