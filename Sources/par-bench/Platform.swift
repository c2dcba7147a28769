// The operating-system specific code of par-bench: peak memory of this process and of children.
#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

enum Platform {
    /// Peak resident memory of this process, in bytes.
    static func peakMemoryOfSelf() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return maxRSSBytes(usage)
    }

    /// Peak resident memory of the largest finished child process, in bytes.
    static func peakMemoryOfChildren() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #else
            getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        return maxRSSBytes(usage)
    }

    private static func maxRSSBytes(_ usage: rusage) -> Int {
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
