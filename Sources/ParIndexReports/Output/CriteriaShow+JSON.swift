import ParIndexCore

extension CriteriaShow {
    /// The framework as JSON for a portal that builds its own form: every text in both languages
    /// (`{"vi": …, "en": …}`), each fact with its input constraints and the place of its value in
    /// a submission, each leaf with its rule in words, facts and documents. The keys are described
    /// in the result format article of ParIndexCore ("Criteria for a form").
    public static func json(_ framework: Framework) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.number("formatVersion", formatVersion)
        w.string("kind", "criteria")
        w.string("id", framework.id)
        text(&w, "title", { framework.title.text($0) })
        w.beginArray("legalBasis")
        for basis in framework.legalBasis { w.string(nil, basis) }
        w.endArray()
        w.beginArray("unitKinds")
        for kind in framework.unitKinds { w.string(nil, kind.rawValue) }
        w.endArray()
        w.number("firstYear", framework.firstYear)
        w.number("lastYear", framework.lastYear)
        w.number("max", framework.maximum)
        provenance(&w, framework.provenance)
        w.beginArray("components")
        for c in framework.components {
            w.beginObject()
            w.string("id", c.id)
            text(&w, "title", { c.title.text($0) })
            w.number("max", c.max)
            w.endObject()
        }
        w.endArray()
        w.beginArray("bands")
        for band in framework.bands {
            w.beginObject()
            w.string("id", band.id)
            text(&w, "label", { band.label.text($0) })
            w.number("lower", band.lower)
            w.bool("lowerInclusive", band.lowerInclusive)
            w.endObject()
        }
        w.endArray()
        facts(&w, framework)
        w.beginArray("fields")
        for field in framework.fields { node(&w, field, framework) }
        w.endArray()
        adjustments(&w, framework)
        w.endObject()
        return w.text + "\n"
    }

    private static func text(_ w: inout JSONWriter, _ key: String, _ value: (Language) -> String) {
        w.beginObject(key)
        w.string("vi", value(.vi))
        w.string("en", value(.en))
        w.endObject()
    }

    private static func provenance(_ w: inout JSONWriter, _ p: Provenance) {
        w.beginObject("provenance")
        w.string("status", p.status.rawValue)
        w.string("source", p.source)
        if let quote = p.quote { w.string("quote", quote) }
        w.endObject()
    }

    private static func facts(_ w: inout JSONWriter, _ framework: Framework) {
        var usedBy: [String: [String]] = [:]
        for leaf in framework.leaves {
            for id in RuleWording.factIDs(for: leaf, in: framework) { usedBy[id, default: []].append(leaf.id) }
        }
        for section in framework.adjustments {
            for item in section.items { usedBy[item.fact, default: []].append(item.id) }
        }
        w.beginArray("facts")
        for fact in framework.facts {
            w.beginObject()
            w.string("id", fact.id)
            text(&w, "title", { fact.title.text($0) })
            w.string("type", fact.type.rawValue)
            text(&w, "typeText", { RuleWording.typeText(of: fact, language: $0) })
            if let unit = fact.unit { text(&w, "unit", { unit.text($0) }) } else { w.null("unit") }
            w.beginObject("input")
            switch fact.type {
            case .count:
                w.number("min", 0)
                w.number("max", Fact.maximumCount)
                w.number("step", 1)
            case .amount:
                w.number("min", 0)
                w.number("maxDecimals", ExactDecimal.fractionDigits)
            case .date: w.string("format", "YYYY-MM-DD")
            case .boolean: break
            case .answer:
                w.beginArray("options")
                for option in fact.options { w.string(nil, option) }
                w.endArray()
            }
            w.endObject()
            w.string("submissionPath", "facts[\(JSONWriter.quoted(fact.id))]")
            w.beginArray("usedBy")
            for id in usedBy[fact.id] ?? [] { w.string(nil, id) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
    }

    private static func node(_ w: inout JSONWriter, _ node: Node, _ framework: Framework) {
        w.beginObject()
        w.string("id", node.id)
        text(&w, "title", { node.title.text($0) })
        w.number("max", node.max)
        w.string("component", node.component)
        provenance(&w, node.provenance)
        if let rule = node.rule {
            w.beginObject("rule")
            w.string("kind", rule.kindName)
            text(&w, "text", { RuleWording.sentence(for: node, in: framework, language: $0) })
            if RuleWording.whenNothingArises(for: node, in: framework, language: .vi) != nil {
                text(&w, "whenNothingArises", { RuleWording.whenNothingArises(for: node, in: framework, language: $0) ?? "" })
            } else {
                w.null("whenNothingArises")
            }
            w.endObject()
            w.beginArray("facts")
            for id in RuleWording.factIDs(for: node, in: framework) { w.string(nil, id) }
            w.endArray()
            w.beginArray("documents")
            for document in node.documents {
                w.beginObject()
                w.string("id", document.id)
                text(&w, "title", { document.title.text($0) })
                w.string("submissionPath", "evidence[\(JSONWriter.quoted(node.id))][\(JSONWriter.quoted(document.id))]")
                w.endObject()
            }
            w.endArray()
            if case .direct = rule { w.string("submissionPath", "direct[\(JSONWriter.quoted(node.id))]") }
        } else {
            w.beginArray("children")
            for child in node.children { self.node(&w, child, framework) }
            w.endArray()
        }
        w.endObject()
    }

    private static func adjustments(_ w: inout JSONWriter, _ framework: Framework) {
        w.beginArray("adjustments")
        for section in framework.adjustments {
            w.beginObject()
            w.string("id", section.id)
            w.string("kind", section.kind.rawValue)
            text(&w, "title", { section.title.text($0) })
            w.number("cap", section.cap)
            w.beginArray("items")
            for item in section.items {
                w.beginObject()
                w.string("id", item.id)
                text(&w, "title", { item.title.text($0) })
                w.string("fact", item.fact)
                w.number("perOccurrence", item.perOccurrence)
                w.number("cap", item.cap)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
    }
}
