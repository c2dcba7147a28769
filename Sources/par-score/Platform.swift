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

    /// Tells the C allocator (glibc) to keep freed memory for reuse instead of returning it to the
    /// system at once: a batch allocates and frees the same large buffers again and again, and
    /// every page the system hands back costs a page fault. Other systems keep their defaults.
    static func tuneAllocatorForBatches() {
        #if canImport(Glibc)
            // <malloc.h> is not part of the Glibc module: its values are M_TRIM_THRESHOLD -1,
            // M_TOP_PAD -2, M_MMAP_THRESHOLD -3.
            _ = glibcMallopt(-3, 32 << 20)
            _ = glibcMallopt(-1, Int32.max)
            _ = glibcMallopt(-2, 64 << 20)
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

#if canImport(Glibc)
    /// glibc's `int mallopt(int param, int value)`.
    @_silgen_name("mallopt")
    private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
