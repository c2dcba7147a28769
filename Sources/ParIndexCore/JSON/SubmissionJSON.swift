import Foundation

/// Writes and reads submissions in the submission format (see <doc:SubmissionFormat>), the JSON
/// that `par-score` reads.
///
/// ``encode(_:)`` writes the keys in a fixed order: the top-level keys in the order of the format
/// (`formatVersion`, `framework`, `year`, `unit`, `facts`, `evidence`, `notApplicable`, `claimed`,
/// `appraisal`, `direct`), then the ids of facts, leaves and documents sorted. Numbers are written
/// from their exact decimal text, never through `Double`; the same submission always gives the
/// same bytes. ``decode(_:file:catalog:)`` reads through the same validation as a file given to
/// `par-score`.
///
/// ```swift
/// let text = SubmissionJSON.encode(submission)
/// let again = try SubmissionJSON.decode(Data(text.utf8), file: "agency.json", catalog: catalog)
/// ```
///
/// `Submission` is not `Codable` on purpose: a `JSONEncoder` writes numbers through `Double`
/// (0.1 becomes 0.1000000000000000055…) and keys in an unspecified order, and a `JSONDecoder`
/// would skip the checks against the framework.
public enum SubmissionJSON {
    /// The submission as JSON text (two-space indentation), ending with a newline.
    ///
    /// The ``Submission/file`` name is not part of the format and is not written.
    public static func encode(_ submission: Submission) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.number("formatVersion", Submission.supportedFormatVersion)
        w.string("framework", submission.frameworkID)
        w.number("year", submission.year)
        w.beginObject("unit")
        w.string("id", submission.unit.id)
        w.string("name", submission.unit.name)
        w.string("kind", submission.unit.kind.rawValue)
        if let province = submission.unit.province { w.string("province", province) }
        w.endObject()
        w.beginObject("facts")
        for id in submission.facts.keys.sorted() {
            switch submission.facts[id] {
            case .number(let value)?: w.number(id, value)
            case .date(let date)?: w.string(id, date.description)
            case .boolean(let value)?: w.bool(id, value)
            case .answer(let text)?: w.string(id, text)
            case nil: break
            }
        }
        w.endObject()
        w.beginObject("evidence")
        for leaf in submission.evidence.keys.sorted() {
            let documents = submission.evidence[leaf] ?? [:]
            w.beginObject(leaf)
            for id in documents.keys.sorted() {
                guard let document = documents[id] else { continue }
                w.beginObject(id)
                w.string("number", document.number)
                w.string("title", document.title)
                if let date = document.date { w.string("date", date.description) }
                if let link = document.link { w.string("link", link) }
                w.endObject()
            }
            w.endObject()
        }
        w.endObject()
        w.beginObject("notApplicable")
        for leaf in submission.notApplicable.keys.sorted() { w.string(leaf, submission.notApplicable[leaf] ?? "") }
        w.endObject()
        w.beginObject("claimed")
        for leaf in submission.claimed.keys.sorted() { w.number(leaf, submission.claimed[leaf] ?? 0) }
        w.endObject()
        w.beginObject("appraisal")
        for leaf in submission.appraisal.keys.sorted() {
            guard let correction = submission.appraisal[leaf] else { continue }
            w.beginObject(leaf)
            w.number("points", correction.points)
            w.string("reason", correction.reason)
            w.endObject()
        }
        w.endObject()
        w.beginObject("direct")
        for leaf in submission.direct.keys.sorted() { w.number(leaf, submission.direct[leaf] ?? 0) }
        w.endObject()
        if !submission.factSources.isEmpty {
            w.beginObject("factSources")
            for id in submission.factSources.keys.sorted() {
                guard let source = submission.factSources[id] else { continue }
                w.beginObject(id)
                w.string("definition", source.definition)
                w.beginArray("records")
                for file in source.records { w.string(nil, file) }
                w.endArray()
                w.string("figure", source.figure)
                if let period = source.period { w.string("period", period) }
                w.endObject()
            }
            w.endObject()
        }
        w.endObject()
        return w.text + "\n"
    }

    /// Reads and validates a submission against the framework of `catalog` it names, as
    /// ``Scorer/validate(data:file:)`` does; `file` names it in messages.
    public static func decode(_ data: Data, file: String, catalog: CriteriaCatalog) throws(DiagnosticError) -> Submission {
        try Scorer(catalog: catalog).validate(data: data, file: file).0
    }
}
