import Foundation

extension BatchScorer {
    /// A submission to score in a batch: its bytes with the name used in messages, or a file.
    public enum Input: Sendable, Hashable {
        /// The bytes of a submission; `file` names it in messages and results.
        case data(Data, file: String)
        /// A submission file.
        case file(URL)
    }

    /// What became of one input: its result, or the errors that refused it.
    public typealias Outcome = Swift.Result<UnitResult, DiagnosticError>

    /// Scores every input concurrently, on all cores, and returns one outcome per input in input
    /// order, whatever the scheduling. A refused input never stops the others.
    ///
    /// Each input goes through the full validation of ``Scorer/score(data:file:)`` (or
    /// ``Scorer/score(file:)``), which gives the same numbers as the fast path of
    /// ``score(files:)``. When the scorer writes explanations, each result carries its whole
    /// ``UnitResult/scorecard``. The work runs in child tasks, so the caller's actor is free
    /// meanwhile; every input is scored (cancellation is not checked between inputs).
    ///
    /// ```swift
    /// let outcomes = await BatchScorer(scorer: scorer).score([.data(bytes, file: "upload-1.json"), .file(url)])
    /// for case .success(let result) in outcomes { print(result.unit.name, result.index) }
    /// ```
    public func score(_ inputs: [Input]) async -> [Outcome] {
        guard !inputs.isEmpty else { return [] }
        let scorer = self.scorer
        let workers = Swift.max(1, Swift.min(inputs.count, ProcessInfo.processInfo.activeProcessorCount))
        return await withTaskGroup(of: [(Int, Outcome)].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var done: [(Int, Outcome)] = []
                    var index = worker
                    while index < inputs.count {
                        done.append((index, Self.outcome(of: inputs[index], scorer: scorer)))
                        index += workers
                    }
                    return done
                }
            }
            var outcomes = [Outcome?](repeating: nil, count: inputs.count)
            for await part in group {
                for (index, outcome) in part { outcomes[index] = outcome }
            }
            return outcomes.compactMap { $0 }
        }
    }

    /// Scores one input through the full validation.
    private static func outcome(of input: Input, scorer: Scorer) -> Outcome {
        do throws(DiagnosticError) {
            let card: Scorecard
            switch input {
            case .data(let data, let file): card = try scorer.score(data: data, file: file)
            case .file(let url): card = try scorer.score(file: url)
            }
            var result = card.result
            if !scorer.explanations { result.scorecard = nil }
            return .success(result)
        } catch {
            return .failure(error)
        }
    }

    /// `transform(0..<count)` computed on all cores, in index order, each worker with its own state:
    /// the parallel map of the batch, for the package's other targets (the JSON ranking writer).
    package static func concurrentMap<T: Sendable, State>(
        count: Int, state: @Sendable () -> State, _ transform: @Sendable (inout State, Int) -> T
    ) -> [T] {
        parallelMap(count: count, state: state, transform)
    }
}
