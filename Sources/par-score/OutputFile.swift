import Foundation
import ParIndexCore
import ParIndexReports

/// Writes a command's output to standard output or, whole or not at all, to a file.
enum OutputFile {
    /// Prints `text`, or writes it to `path` through a temporary file renamed into place.
    static func emit(_ text: String, to path: String?, language: Language) throws -> ExitCode {
        try emit(Data(text.utf8), to: path, language: language)
    }

    /// Prints `data`, or writes it to `path` through a temporary file renamed into place.
    static func emit(_ data: Data, to path: String?, language: Language) throws -> ExitCode {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return .ok
        }
        do {
            try AtomicFile.write(data, to: URL(fileURLWithPath: path)) { temporary in
                Platform.setPendingTemporaryFile(temporary)
            }
            Platform.setPendingTemporaryFile(nil)
            return .ok
        } catch {
            Platform.setPendingTemporaryFile(nil)
            Console.err(
                language == .vi
                    ? "\(path): lỗi: không ghi được tệp: \(error.localizedDescription)\n"
                    : "\(path): error: cannot write the file: \(error.localizedDescription)\n")
            return .cannotCreate
        }
    }
}
