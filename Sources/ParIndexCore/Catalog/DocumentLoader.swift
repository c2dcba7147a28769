import Foundation

/// Reads criteria and submission files from bytes: parsing, decoding, linting and validation.
public enum DocumentLoader {
    /// The largest file read, in bytes. Real submissions are a few kilobytes.
    public static let maximumFileBytes = SubmissionSchema.maximumFileBytes

    /// Parses bytes as JSON, turning a syntax error into a diagnostic with line and column.
    ///
    /// A number typed as a person writes it (`41830,5`, `96,5%`) for a key that `facts` knows as
    /// a fact is reported with that fact's title and what to write (``ValueHint``).
    package static func parse(_ data: Data, file: String, facts: (String) -> Fact? = { _ in nil }) throws(DiagnosticError) -> JSONValue {
        if data.count > maximumFileBytes {
            throw DiagnosticError([
                Diagnostic(
                    .error, code: .fileTooLarge, file: file, path: JSONPath(),
                    arguments: ["bytes": .value(data.count), "limit": .value(maximumFileBytes)])
            ])
        }
        do {
            return try JSONParser.parse(data)
        } catch {
            if let (key, raw) = error.typedValue, let fact = facts(key), let hint = ValueHint.hint(raw: raw, source: .text, for: fact) {
                throw DiagnosticError([
                    Diagnostic(
                        .error, code: .submissionFactValueHint, file: file, path: error.path, line: error.line, column: error.column,
                        arguments: ["title": .text(fact.title), "fact": .string(key), "hint": .text(hint.message)])
                ])
            }
            throw DiagnosticError([
                Diagnostic(.error, code: error.code, file: file, path: error.path, line: error.line, column: error.column, arguments: error.arguments)
            ])
        }
    }

    /// Reads a framework and lints it. Lint warnings are returned; errors are thrown.
    public static func framework(from data: Data, file: String) throws(DiagnosticError) -> (Framework, [Diagnostic]) {
        let root = try parse(data, file: file)
        let sink = DiagnosticSink(file: file)
        guard let framework = FrameworkDecoder(sink: sink).decode(root) else {
            throw DiagnosticError(sink.diagnostics)
        }
        let findings = sink.diagnostics + FrameworkLinter().lint(framework)
        if findings.contains(where: { $0.severity == .error }) {
            throw DiagnosticError(findings.filter { $0.severity == .error } + findings.filter { $0.severity == .warning })
        }
        return (framework, findings)
    }

    /// The framework id a submission names, read before its framework is known.
    package static func frameworkID(ofSubmission root: JSONValue, file: String) throws(DiagnosticError) -> String {
        let sink = DiagnosticSink(file: file)
        guard let id = SubmissionDecoder.header(root, sink: sink) else { throw DiagnosticError(sink.diagnostics) }
        return id
    }

    /// Validates a parsed submission against its framework.
    package static func submission(from root: JSONValue, file: String, framework: Framework) throws(DiagnosticError) -> Submission {
        let sink = DiagnosticSink(file: file)
        guard let submission = SubmissionDecoder(sink: sink, framework: framework).decode(root) else {
            throw DiagnosticError(sink.diagnostics)
        }
        return submission
    }
}
