import Foundation

// All operating-system specific code of par-score lives in this file.
#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Musl)
    @preconcurrency import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

enum Platform {
    /// Ends the process with a status.
    static func exit(_ code: ExitCode) -> Never {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
            Foundation.exit(code.rawValue)
        #endif
    }

    /// Temporary output files to remove if the user interrupts the run.
    nonisolated(unsafe) static var pendingTemporaryFile: UnsafeMutablePointer<CChar>?

    /// On Ctrl-C or SIGTERM: remove a half-written temporary output file, then exit 130.
    static func installInterruptHandler() {
        let handler: @convention(c) (Int32) -> Void = { _ in
            if let path = Platform.pendingTemporaryFile { unlink(path) }
            _exit(130)
        }
        signal(SIGINT, handler)
        signal(SIGTERM, handler)
        // A parent may have started us with these signals blocked; Ctrl-C must still work.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// Records the temporary file being written, or clears it with `nil`.
    static func setPendingTemporaryFile(_ path: String?) {
        let old = pendingTemporaryFile
        pendingTemporaryFile = path.map { strdup($0) }
        free(old)
    }

    /// Whether standard output is a terminal.
    static var standardOutputIsTerminal: Bool { isatty(1) == 1 }
}
