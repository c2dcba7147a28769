import ParIndexCore

/// An empty submission for a framework: every fact, document and directly scored leaf it needs,
/// with `null` where the unit fills in a value. See the submission format in `ParIndexCore`.
public enum SubmissionTemplate {
    /// The template as JSON text, ending with a newline.
    public static func make(for framework: Framework, year: Int? = nil) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.number("formatVersion", Submission.supportedFormatVersion)
        w.string("framework", framework.id)
        w.number("year", year ?? framework.lastYear)
        w.beginObject("unit")
        w.string("id", "")
        w.string("name", "")
        w.string("kind", framework.unitKinds.first?.rawValue ?? "")
        w.string("province", "")
        w.endObject()
        w.beginObject("facts")
        for fact in framework.facts { w.null(fact.id) }
        w.endObject()
        w.beginObject("evidence")
        for leaf in framework.leaves where !leaf.documents.isEmpty {
            w.beginObject(leaf.id)
            for document in leaf.documents { w.null(document.id) }
            w.endObject()
        }
        w.endObject()
        w.beginObject("notApplicable")
        w.endObject()
        w.beginObject("claimed")
        w.endObject()
        w.beginObject("appraisal")
        w.endObject()
        w.beginObject("direct")
        for leaf in framework.leaves {
            if case .direct = leaf.rule { w.null(leaf.id) }
        }
        w.endObject()
        w.endObject()
        return w.text + "\n"
    }
}
