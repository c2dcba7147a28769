import Foundation

/// Runs a Python script once and returns its standard output, or nil when python3 (or a module
/// the script imports) is missing, so that tests can skip cleanly.
enum PythonTool {
    static let python: String? = {
        for path in ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        return nil
    }()

    /// Whether `module` can be imported.
    static func has(_ module: String) -> Bool {
        run("import \(module)\n") != nil
    }

    /// The standard output of `script` run with `arguments`, nil if it could not run or failed.
    static func run(_ script: String, arguments: [String] = []) -> Data? {
        guard let python else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }
}
