import Foundation

/// Counts of one run of ``ReferencePropertyTests``, added up over its parallel chunks; the last
/// chunk to finish prints the one-line summary.
final class RefTally: @unchecked Sendable {
    /// What a chunk counted.
    struct Counts {
        var cases = 0
        var frameworks = 0
        var jsonResults = 0
        var leaves = 0
        /// Leaves whose points are a fraction with no finite decimal expansion (3/14, 1/7, …).
        var nonTerminatingLeaves = 0
        /// Cases with a value of the result held by the engine as a `BigInt` fraction, or a
        /// reference number beyond 63 bits.
        var bigCases = 0
        /// Units with nothing applicable (no index, no band).
        var unrated = 0
        var appraisedLeaves = 0
        var roundedFrameworks = 0
        var differences = 0
        /// Cases the fast decoder left to the full validation (numbers written as `7.0`, `1e3`, …).
        var deferred = 0

        static func + (a: Counts, b: Counts) -> Counts {
            Counts(
                cases: a.cases + b.cases, frameworks: a.frameworks + b.frameworks, jsonResults: a.jsonResults + b.jsonResults,
                leaves: a.leaves + b.leaves, nonTerminatingLeaves: a.nonTerminatingLeaves + b.nonTerminatingLeaves,
                bigCases: a.bigCases + b.bigCases, unrated: a.unrated + b.unrated, appraisedLeaves: a.appraisedLeaves + b.appraisedLeaves,
                roundedFrameworks: a.roundedFrameworks + b.roundedFrameworks, differences: a.differences + b.differences,
                deferred: a.deferred + b.deferred)
        }
    }

    private let lock = NSLock()
    private var total = Counts()
    private var finished = 0
    private let started = Date()

    /// Adds a finished chunk; prints the summary after the `of`-th.
    func add(_ counts: Counts, of chunks: Int) {
        lock.lock()
        defer { lock.unlock() }
        total = total + counts
        finished += 1
        guard finished == chunks else { return }
        let t = total
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        print(
            "reference property: \(t.cases) cases over \(t.frameworks) random frameworks (\(t.roundedFrameworks) with leafPoints rounding), \(t.differences) differences from the fraction reference; \(t.leaves) leaves, \(t.nonTerminatingLeaves) with non-terminating fraction points, \(t.appraisedLeaves) appraised; \(t.bigCases) cases with BigInt-sized values; \(t.unrated) units with nothing applicable; \(t.jsonResults) JSON results read back; \(t.deferred) left by the fast decoder to the full validation; \(seconds) s"
        )
    }
}
