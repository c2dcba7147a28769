import Foundation

/// Computes a unit's scorecard from its validated submission.
///
/// ```swift
/// let catalog = try CriteriaCatalog(contentsOf: URL(fileURLWithPath: "Criteria"))
/// let scorecard = try Scorer(catalog: catalog).score(file: URL(fileURLWithPath: "agency.json"))
/// print(scorecard.index, scorecard.band?.label.vi ?? "")
/// ```
public struct Scorer: Sendable {
    /// The frameworks submissions are scored with.
    public let catalog: CriteriaCatalog
    /// The catalog's frameworks, compiled once.
    let compiled: [CompiledFramework]

    /// A scorer over a catalog.
    public init(catalog: CriteriaCatalog) {
        self.catalog = catalog
        self.compiled = catalog.frameworks.map(CompiledFramework.init)
    }

    /// Reads, validates and scores a submission file (`-` for standard input).
    public func score(file url: URL) throws(DiagnosticError) -> Scorecard {
        try score(data: try FileReading.read(url), file: url.path == "-" ? "-" : url.relativePath)
    }

    /// Validates and scores a submission from its bytes.
    public func score(data: Data, file: String) throws(DiagnosticError) -> Scorecard {
        let (submission, framework) = try validate(data: data, file: file)
        let (compiled, slots) = slots(submission, framework, details: true)
        var card = compiled.scorecard(slots)
        card.warnings += FactSourceCheck.warnings(submission, framework)
        return card
    }

    /// Validates a submission from its bytes and computes its totals only (no scorecard).
    public func result(data: Data, file: String) throws(DiagnosticError) -> UnitResult {
        let (compiled, slots) = try slots(data: data, file: file, details: false)
        return compiled.score(slots)
    }

    /// Parses and validates a submission against the framework it names.
    public func validate(data: Data, file: String) throws(DiagnosticError) -> (Submission, Framework) {
        let root = try DocumentLoader.parse(data, file: file, facts: { id in catalog.frameworks.lazy.compactMap { $0.fact(id) }.first })
        let id = try DocumentLoader.frameworkID(ofSubmission: root, file: file)
        guard let framework = catalog.framework(id: id) else { throw unknownFramework(id, file: file) }
        return (try DocumentLoader.submission(from: root, file: file, framework: framework), framework)
    }

    /// Scores a validated submission with `framework`, compiling the framework for this one call.
    public static func score(_ submission: Submission, with framework: Framework) -> Scorecard {
        let compiled = CompiledFramework(framework)
        return compiled.scorecard(SubmissionSlots(submission, compiled: compiled))
    }

    /// The validated submission in `data` as slots of its compiled framework: the full path into
    /// the kernel, with the same slots as ``SlotDecoder`` gives.
    package func slots(data: Data, file: String, details: Bool) throws(DiagnosticError) -> (CompiledFramework, SubmissionSlots) {
        let (submission, framework) = try validate(data: data, file: file)
        return slots(submission, framework, details: details)
    }

    /// A validated submission as slots of its framework, compiled once by this scorer.
    package func slots(_ submission: Submission, _ framework: Framework, details: Bool) -> (CompiledFramework, SubmissionSlots) {
        let compiled = compiled.first { $0.framework.id == framework.id } ?? CompiledFramework(framework)
        return (compiled, SubmissionSlots(submission, compiled: compiled, details: details))
    }

    private func unknownFramework(_ id: String, file: String) -> DiagnosticError {
        let known = catalog.frameworks.map(\.id).joined(separator: ", ")
        return DiagnosticError([
            known.isEmpty
                ? Diagnostic(.error, code: .frameworkNoneAvailable, file: file, path: JSONPath(keys: "framework"), arguments: ["id": .string(id)])
                : Diagnostic(
                    .error, code: .frameworkUnknown, file: file, path: JSONPath(keys: "framework"),
                    arguments: [
                        "id": .string(id), "available": .string(known),
                        "suggestion": Suggestion.argument(id, among: catalog.frameworks.map(\.id)) { catalog.framework(id: $0)?.title },
                    ])
        ])
    }
}
