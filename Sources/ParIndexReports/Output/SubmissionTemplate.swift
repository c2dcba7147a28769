import ParIndexCore

/// An empty submission for a framework: every fact, document and directly scored leaf it needs,
/// with `null` where the unit fills in a value. See the submission format in `ParIndexCore`.
public enum SubmissionTemplate {
    /// The template as JSON text, ending with a newline.
    ///
    /// With `labels` (a language), the template ends with a `labels` object: each fact's title,
    /// type and unit, each leaf's documents by title, the leaves scored directly. The tool skips
    /// it when it reads the file (see the submission format), so the filled template stays a
    /// valid submission.
    public static func make(for framework: Framework, year: Int? = nil, labels: Language? = nil) -> String {
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
        if let labels { writeLabels(&w, framework, labels) }
        w.endObject()
        return w.text + "\n"
    }

    /// The `labels` object: read by people, skipped by the tool.
    static func writeLabels(_ w: inout JSONWriter, _ framework: Framework, _ language: Language) {
        let vi = language == .vi
        w.beginObject(SubmissionSchema.labelsKey)
        w.string(
            "about",
            vi
                ? "Phần này chỉ để đọc: tên, kiểu và đơn vị của từng mục; par-score bỏ qua khi chấm. Điền số liệu ở các phần phía trên; để null nếu chưa có."
                : "For reading only: the title, type and unit of each entry; par-score skips it when scoring. Fill in the parts above; leave null when not known yet."
        )
        w.beginObject("facts")
        for fact in framework.facts {
            w.beginObject(fact.id)
            w.string("title", fact.title.text(language))
            w.string("type", fact.type.rawValue)
            w.string("format", RuleWording.typeText(of: fact, language: language))
            if let unit = fact.unit { w.string("unit", unit.text(language)) } else { w.null("unit") }
            w.endObject()
        }
        w.endObject()
        w.beginObject("evidence")
        w.string(
            "format",
            vi
                ? "mỗi tài liệu: { \"number\": số hiệu, \"title\": trích yếu, \"date\": \"YYYY-MM-DD\" (không bắt buộc), \"link\": đường dẫn (không bắt buộc) }"
                : "each document: { \"number\", \"title\", \"date\": \"YYYY-MM-DD\" (optional), \"link\" (optional) }")
        for leaf in framework.leaves where !leaf.documents.isEmpty {
            w.beginObject(leaf.id)
            w.string("title", leaf.title.text(language))
            for document in leaf.documents { w.string(document.id, document.title.text(language)) }
            w.endObject()
        }
        w.endObject()
        w.beginObject("direct")
        for leaf in framework.leaves {
            if case .direct = leaf.rule {
                w.string(leaf.id, "\(leaf.title.text(language)) (\(vi ? "tối đa" : "at most") \(RuleWording.number(leaf.max, language)))")
            }
        }
        w.endObject()
        w.endObject()
    }
}
