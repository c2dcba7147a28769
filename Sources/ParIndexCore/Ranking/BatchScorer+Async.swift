import Foundation

extension BatchScorer {
    /// A submission to score in a batch: its bytes with the name used in messages, or a file.
    public enum Input: Sendable, Hashable {
        /// The bytes of a submission; `file` names it in messages and results.
        case data(Data, file: String)
        /// A submission file.
        case file(URL)
    }

    /// What became of one input: its product (a ``UnitResult`` or a ``Scorecard``), or the errors that refused it.
    public typealias Outcome<Product: BatchProduct> = Swift.Result<Product, DiagnosticError>

    /// Scores every input concurrently, on all cores, into the product asked for, and returns one
    /// outcome per input in input order, whatever the scheduling. A refused input never stops the
    /// others.
    ///
    /// Each input goes through the full validation of ``Scorer/score(data:file:)`` (or
    /// ``Scorer/score(file:)``) and the one kernel, which give the same numbers as
    /// ``score(files:as:)``. The work runs in child tasks, so the caller's actor is free
    /// meanwhile; every input is scored (cancellation is not checked between inputs).
    ///
    /// ```swift
    /// let outcomes = await BatchScorer(scorer: scorer).score([.data(bytes, file: "upload-1.json"), .file(url)])
    /// for case .success(let result) in outcomes { print(result.unit.name, result.index) }
    /// let cards = await BatchScorer(scorer: scorer).score([.file(url)], as: Scorecard.self)
    /// ```
    public func score<Product: BatchProduct>(_ inputs: [Input], as product: Product.Type = UnitResult.self) async -> [Outcome<Product>] {
        guard !inputs.isEmpty else { return [] }
        let scorer = self.scorer
        let workers = Swift.max(1, Swift.min(inputs.count, ProcessInfo.processInfo.activeProcessorCount))
        return await withTaskGroup(of: [(Int, Outcome<Product>)].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var done: [(Int, Outcome<Product>)] = []
                    var index = worker
                    while index < inputs.count {
                        done.append((index, Self.outcome(of: inputs[index], scorer: scorer)))
                        index += workers
                    }
                    return done
                }
            }
            var outcomes = [Outcome<Product>?](repeating: nil, count: inputs.count)
            for await part in group {
                for (index, outcome) in part { outcomes[index] = outcome }
            }
            return outcomes.compactMap { $0 }
        }
    }

    /// Scores one input through the full validation and the kernel.
    private static func outcome<Product: BatchProduct>(of input: Input, scorer: Scorer) -> Outcome<Product> {
        do throws(DiagnosticError) {
            let data: Data
            let file: String
            switch input {
            case .data(let bytes, let name): (data, file) = (bytes, name)
            case .file(let url): (data, file) = (try FileReading.read(url), url.path == "-" ? "-" : url.relativePath)
            }
            let (compiled, slots) = try scorer.slots(data: data, file: file, details: Product.keepsDetails)
            return .success(Product.make(compiled, slots))
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
