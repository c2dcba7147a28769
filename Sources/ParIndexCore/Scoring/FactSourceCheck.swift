/// Warns when a fact was computed from dossier records under another definition than the one
/// the framework's `fromRecords` expects.
enum FactSourceCheck {
    /// One warning per such fact, in fact order.
    static func warnings(_ submission: Submission, _ framework: Framework) -> [Diagnostic] {
        framework.facts.compactMap { fact in
            guard let expected = fact.fromRecords?.definition, let source = submission.factSources[fact.id], source.definition != expected else {
                return nil
            }
            return Diagnostic(
                .warning, code: .scoreFactFromOtherDefinition, file: submission.file, path: JSONPath(keys: "factSources", fact.id),
                arguments: ["fact": .string(fact.id), "definition": .string(source.definition), "expected": .string(expected)])
        }
    }
}
