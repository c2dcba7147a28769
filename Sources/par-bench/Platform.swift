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

    /// The CPU time of the calling thread in seconds: the work done, whatever else the machine runs.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
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
        let watcher = PeakWatcher(pid: pid)
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let seconds = now() - start
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        // On Linux the rusage peak of a spawned child also counts its parent's memory at the
        // spawn; the child's own high-water mark (VmHWM, read while it runs) does not.
        let watched = watcher.stop()
        return (seconds, exitStatus, watched > 0 ? watched : maxRSSBytes(usage))
    }
}

/// Reads a running child's own peak resident memory (`VmHWM` in /proc/PID/status) every
/// 2 ms on a thread of its own, until stopped; 0 where /proc does not say.
final class PeakWatcher: @unchecked Sendable {
    private let lock = NSLock()
    private var peak = 0
    private var running = true
    private let done = DispatchSemaphore(value: 0)

    init(pid: pid_t) {
        let path = "/proc/\(pid)/status"
        Thread.detachNewThread { [self] in
            while isRunning {
                if let text = try? String(contentsOfFile: path, encoding: .utf8),
                    let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                    let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
                {
                    lock.lock()
                    peak = Swift.max(peak, kilobytes * 1024)
                    lock.unlock()
                }
                usleep(2_000)
            }
            done.signal()
        }
    }

    private var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running
    }

    /// Stops watching; the highest peak seen, in bytes.
    func stop() -> Int {
        lock.lock()
        running = false
        lock.unlock()
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        return peak
    }
}
