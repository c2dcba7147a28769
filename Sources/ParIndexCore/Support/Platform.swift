// The only operating-system specific code of ParIndexCore.
#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Musl)
    @preconcurrency import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

enum Platform {
    /// Renames `from` to `to`, replacing `to` atomically if it exists (POSIX rename(2)).
    /// Returns the error number on failure.
    static func rename(_ from: String, to: String) -> Int32? {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
            if posixRename(from, to) == 0 { return nil }
            return errno
        #else
            return -1
        #endif
    }
}

#if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
    private func posixRename(_ from: String, _ to: String) -> Int32 {
        rename(from, to)
    }
#endif
