import Foundation

/// The frameworks in a criteria folder, found by the ids inside the files.
///
/// A submission's `framework` key is matched against these ids and never used to build a path,
/// so no submission can make the tool read a file outside the folder.
public struct CriteriaCatalog: Sendable {
    /// The frameworks, sorted by id.
    public private(set) var frameworks: [Framework]
    /// Lint warnings of the frameworks loaded.
    public private(set) var warnings: [Diagnostic]

    /// A catalog of frameworks already loaded.
    public init(frameworks: [Framework], warnings: [Diagnostic] = []) {
        self.frameworks = frameworks.sorted { $0.id < $1.id }
        self.warnings = warnings
    }

    /// Loads every `*.json` file of a folder, or one file.
    ///
    /// A file that fails to load or lint makes the whole catalog fail: scores must never come
    /// from a framework that is wrong.
    public init(contentsOf url: URL) throws(DiagnosticError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DiagnosticError(
                [Diagnostic(.error, code: .criteriaFolderNotFound, file: url.path, path: JSONPath())],
                kind: .missingInput)
        }
        var files: [URL] = [url]
        if isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            files = names.filter { $0.hasSuffix(".json") }.sorted().map { url.appendingPathComponent($0) }
        }
        var frameworks: [Framework] = []
        var warnings: [Diagnostic] = []
        var errors: [Diagnostic] = []
        for file in files {
            do {
                let data = try FileReading.read(file)
                let (framework, findings) = try DocumentLoader.framework(from: data, file: file.path)
                if let other = frameworks.first(where: { $0.id == framework.id }) {
                    errors.append(
                        Diagnostic(
                            .error, code: .criteriaDuplicateFrameworkID, file: file.path, path: JSONPath(keys: "id"),
                            arguments: ["id": .string(framework.id), "other": .string(other.file)]))
                }
                frameworks.append(framework)
                warnings += findings
            } catch {
                errors += error.diagnostics
            }
        }
        if !errors.isEmpty { throw DiagnosticError(errors) }
        self.init(frameworks: frameworks, warnings: warnings)
    }

    /// The framework with `id`.
    public func framework(id: String) -> Framework? {
        frameworks.first { $0.id == id }
    }
}

/// Reads whole files, mapping failures to diagnostics.
package enum FileReading {
    /// The bytes of a file; `-` reads standard input.
    package static func read(_ url: URL) throws(DiagnosticError) -> Data {
        do {
            if url.path == "-" || url.relativePath == "-" {
                return FileHandle.standardInput.readDataToEndOfFile()
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw DiagnosticError(
                    [Diagnostic(.error, code: .fileIsFolder, file: url.relativePath, path: JSONPath())],
                    kind: .missingInput)
            }
            return try Data(contentsOf: url)
        } catch let error as DiagnosticError {
            throw error
        } catch {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw DiagnosticError(
                [Diagnostic(.error, code: exists ? .fileUnreadable : .fileNotFound, file: url.relativePath, path: JSONPath())],
                kind: .missingInput)
        }
    }
}
