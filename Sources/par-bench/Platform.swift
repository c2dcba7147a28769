import Foundation

// The operating-system specific code of par-bench: spawning a child and reading its peak memory.
#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

enum Platform {
    static func maxRSSBytes(_ usage: rusage) -> Int {
        #if canImport(Darwin)
            return Int(usage.ru_maxrss)  // bytes on macOS
        #else
            return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #endif
    }

    /// A monotonic clock in seconds.
    static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}

extension Platform {
    /// Runs a program with its output discarded; returns wall-clock seconds, exit status and the
    /// child's own peak resident memory in bytes (posix_spawn and wait4, no Foundation overhead).
    static func spawn(_ executable: String, _ arguments: [String]) -> (seconds: Double, status: Int32, peakMemory: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = now()
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return (0, -1, 0) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let seconds = now() - start
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (seconds, exitStatus, maxRSSBytes(usage))
    }
}
