import Foundation
import ParIndexCore

/// Writes files whole or not at all: the bytes go to a temporary file beside the target, which is
/// then renamed over it. A reader never sees a half-written report, and an interrupted run leaves
/// the old file (or none) in place.
public enum AtomicFile {
    /// Writes `data` to `url`. `willWrite` receives the temporary path before anything is written,
    /// so that a signal handler can remove it.
    ///
    /// A target that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe)
    /// is written to directly: it is never replaced.
    public static func write(_ data: Data, to url: URL, willWrite: (String) -> Void = { _ in }) throws {
        if Platform.isSpecialFile(url.path) {
            guard let handle = FileHandle(forWritingAtPath: url.path) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
            }
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            return
        }
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        willWrite(temporary.path)
        do {
            try data.write(to: temporary)
            if let code = Platform.rename(temporary.path, to: url.path) {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path, "errno": code])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
