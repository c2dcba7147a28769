import Foundation

extension BatchScorer {
    /// `transform(0..<count)` computed on all cores, in index order, each worker with its own state:
    /// the parallel map of the batch, for the package's other targets (the JSON ranking writer).
    package static func concurrentMap<T: Sendable, State>(
        count: Int, state: @Sendable () -> State, _ transform: @Sendable (inout State, Int) -> T
    ) -> [T] {
        parallelMap(count: count, state: state, transform)
    }
}
