import Foundation

/// Writes files whole or not at all: the bytes go to a temporary file beside the target, which is
/// then renamed over it. A reader never sees a half-written report, and an interrupted run leaves
/// the old file (or none) in place.
public enum AtomicFile {
    /// Writes `data` to `url`. `willWrite` receives the temporary path before anything is written,
    /// so that a signal handler can remove it.
    public static func write(_ data: Data, to url: URL, willWrite: (String) -> Void = { _ in }) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        willWrite(temporary.path)
        do {
            try data.write(to: temporary)
            if FileManager.default.fileExists(atPath: url.path) {
                _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
