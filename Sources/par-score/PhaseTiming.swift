import Foundation

/// With `PAR_TIMING=1` in the environment, prints how long each phase of a command took to
/// standard error (for `docs/PERFORMANCE.md`); silent otherwise.
struct PhaseTiming {
    private let enabled = ProcessInfo.processInfo.environment["PAR_TIMING"] == "1"
    private var last = DispatchTime.now().uptimeNanoseconds

    /// Prints the time since the previous mark.
    mutating func mark(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        Console.err(String(format: "par-score: %@ %.3f s\n", phase, Double(now - last) / 1e9))
        last = now
    }
}
