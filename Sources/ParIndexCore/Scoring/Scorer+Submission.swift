import Foundation

extension Scorer {
    /// Checks a submission built in code exactly as a file with the same content is checked: it is
    /// written in the submission format (``SubmissionJSON/encode(_:)``) and read back through the
    /// validating decoder. Messages name ``Submission/file`` and the JSON path of each problem.
    ///
    /// Returns the validated submission (strings normalised to Unicode NFC, as when a file is read)
    /// and its framework, ready for ``score(_:with:)``.
    @discardableResult
    public func validate(_ submission: Submission) throws(DiagnosticError) -> (Submission, Framework) {
        let data = Data(SubmissionJSON.encode(submission).utf8)
        do {
            return try validate(data: data, file: submission.file)
        } catch {
            // Lines and columns would point into text the caller never saw.
            var diagnostics = error.diagnostics
            for index in diagnostics.indices { diagnostics[index].location = nil }
            throw DiagnosticError(diagnostics, kind: error.kind)
        }
    }

    /// Validates a submission built in code (see ``validate(_:)``) and scores it.
    public func score(_ submission: Submission) throws(DiagnosticError) -> Scorecard {
        let (valid, framework) = try validate(submission)
        let (compiled, slots) = slots(valid, framework, details: true)
        var card = compiled.scorecard(slots)
        card.warnings += FactSourceCheck.warnings(valid, framework)
        return card
    }
}
