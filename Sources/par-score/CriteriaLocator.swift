import Foundation
import ParIndexCore

/// Finds the criteria folder: `--criteria`, then `$PAR_CRITERIA`, then `Criteria/` in the
/// current folder, then `Criteria/` beside or above the executable (so `swift run` and a built
/// binary in `.build/` find the bundled frameworks), then `share/par-index/Criteria`.
enum CriteriaLocator {
    static func locate(_ option: String?) -> URL {
        if let option { return URL(fileURLWithPath: option) }
        if let env = ProcessInfo.processInfo.environment["PAR_CRITERIA"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let fileManager = FileManager.default
        let local = URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent("Criteria")
        if isDirectory(local) { return local }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [folder.appendingPathComponent("Criteria"), folder.appendingPathComponent("share/par-index/Criteria")]
            where isDirectory(candidate) {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        return local
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }

    /// Loads the catalog, printing lint errors if it is broken.
    static func catalog(_ option: String?) throws(DiagnosticError) -> CriteriaCatalog {
        try CriteriaCatalog(contentsOf: locate(option))
    }
}
