import Foundation
import ParIndexCore

/// Finds the definitions folder like the criteria folder: `--definitions`, then
/// `$PAR_DEFINITIONS`, then `Definitions/` in the current folder, then beside or above the executable.
enum DefinitionsLocator {
    static func locate(_ option: String?) -> URL {
        if let option { return URL(fileURLWithPath: option) }
        if let env = ProcessInfo.processInfo.environment["PAR_DEFINITIONS"], !env.isEmpty { return URL(fileURLWithPath: env) }
        let local = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Definitions")
        if isDirectory(local) { return local }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [folder.appendingPathComponent("Definitions"), folder.appendingPathComponent("share/par-index/Definitions")]
            where isDirectory(candidate) {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        return local
    }

    /// The ids of the definitions in `folder` (`*.json`), sorted.
    static func ids(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}
