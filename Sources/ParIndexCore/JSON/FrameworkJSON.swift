import Foundation

/// Writes a ``Framework`` as a criteria file (see <doc:CriteriaFormat>): the file that
/// ``DocumentLoader/framework(from:file:)`` reads back to an equal framework.
///
/// Keys come in the order of the format's description; optional keys whose value is the
/// default are left out, so the same framework always gives the same bytes.
public enum FrameworkJSON {
    /// The criteria file of `framework`, ending with a line break.
    public static func encode(_ framework: Framework) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.number("formatVersion", framework.formatVersion)
        w.string("id", framework.id)
        text(&w, "title", framework.title)
        if !framework.legalBasis.isEmpty {
            w.beginArray("legalBasis")
            for item in framework.legalBasis { w.string(nil, item) }
            w.endArray()
        }
        w.beginArray("unitKinds")
        for kind in framework.unitKinds { w.string(nil, kind.rawValue) }
        w.endArray()
        w.beginObject("years")
        w.number("from", framework.firstYear)
        w.number("to", framework.lastYear)
        w.endObject()
        provenance(&w, "provenance", framework.provenance)
        w.beginObject("display")
        w.number("pointDecimals", framework.display.pointDecimals)
        w.number("percentDecimals", framework.display.percentDecimals)
        w.endObject()
        if let places = framework.rounding.leafPoints {
            w.beginObject("rounding")
            w.number("leafPoints", places)
            w.endObject()
        }
        let implicitTotal = framework.components.isEmpty
        if !implicitTotal {
            w.beginArray("components")
            for c in framework.components {
                w.beginObject()
                w.string("id", c.id)
                text(&w, "title", c.title)
                w.number("max", c.max)
                w.endObject()
            }
            w.endArray()
        }
        if !framework.facts.isEmpty {
            w.beginArray("facts")
            for fact in framework.facts { self.fact(&w, fact) }
            w.endArray()
        }
        if !framework.metrics.isEmpty {
            w.beginArray("metrics")
            for metric in framework.metrics {
                w.beginObject()
                w.string("id", metric.id)
                text(&w, "title", metric.title)
                idList(&w, "numerator", metric.numerator)
                idList(&w, "denominator", metric.denominator)
                w.endObject()
            }
            w.endArray()
        }
        w.beginArray("bands")
        for band in framework.bands {
            w.beginObject()
            w.string("id", band.id)
            text(&w, "label", band.label)
            w.number("lower", band.lower)
            if !band.lowerInclusive { w.bool("lowerInclusive", false) }
            if let p = band.provenance { provenance(&w, "provenance", p) }
            w.endObject()
        }
        w.endArray()
        w.beginArray("fields")
        for field in framework.fields { node(&w, field, parentComponent: implicitTotal ? "total" : nil) }
        w.endArray()
        if !framework.adjustments.isEmpty {
            w.beginArray("adjustments")
            for section in framework.adjustments { self.section(&w, section) }
            w.endArray()
        }
        if !framework.planMeasures.isEmpty {
            w.beginArray("planMeasures")
            for measure in framework.planMeasures {
                w.beginObject()
                w.string("fact", measure.fact)
                w.string("measure", measure.kind.rawValue)
                if let document = measure.document { w.string("document", document) }
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
        w.appendNewline()
        return w.text
    }

    private static func text(_ w: inout JSONWriter, _ key: String?, _ value: LocalizedText) {
        guard let en = value.en else {
            w.string(key, value.vi)
            return
        }
        w.beginObject(key)
        w.string("vi", value.vi)
        w.string("en", en)
        w.endObject()
    }

    private static func provenance(_ w: inout JSONWriter, _ key: String, _ p: Provenance) {
        w.beginObject(key)
        w.string("status", p.status.rawValue)
        w.string("source", p.source)
        if let quote = p.quote { w.string("quote", quote) }
        w.endObject()
    }

    private static func idList(_ w: inout JSONWriter, _ key: String, _ ids: [String]) {
        if ids.count == 1 {
            w.string(key, ids[0])
            return
        }
        w.beginArray(key)
        for id in ids { w.string(nil, id) }
        w.endArray()
    }

    private static func fact(_ w: inout JSONWriter, _ fact: Fact) {
        w.beginObject()
        w.string("id", fact.id)
        text(&w, "title", fact.title)
        w.string("type", fact.type.rawValue)
        if !fact.options.isEmpty {
            w.beginArray("options")
            for option in fact.options { w.string(nil, option) }
            w.endArray()
        }
        if let unit = fact.unit { text(&w, "unit", unit) }
        if let source = fact.fromRecords {
            w.beginObject("fromRecords")
            w.string("figure", source.figure)
            if let definition = source.definition { w.string("definition", definition) }
            w.endObject()
        }
        w.endObject()
    }

    private static func node(_ w: inout JSONWriter, _ node: Node, parentComponent: String?) {
        w.beginObject()
        w.string("id", node.id)
        text(&w, "title", node.title)
        w.number("max", node.max)
        if let component = node.component, component != parentComponent { w.string("component", component) }
        provenance(&w, "provenance", node.provenance)
        if !node.documents.isEmpty {
            w.beginArray("documents")
            for document in node.documents {
                w.beginObject()
                w.string("id", document.id)
                text(&w, "title", document.title)
                w.endObject()
            }
            w.endArray()
        }
        if let rule = node.rule {
            self.rule(&w, rule)
        } else {
            w.beginArray("children")
            for child in node.children { self.node(&w, child, parentComponent: node.component) }
            w.endArray()
        }
        w.endObject()
    }

    private static func percent(_ w: inout JSONWriter, _ key: String, _ value: ExactDecimal) {
        w.beginObject(key)
        w.number("percent", value)
        w.endObject()
    }

    private static func whenUndefined(_ w: inout JSONWriter, _ when: WhenUndefined) {
        if when != .notApplicable { w.string("whenUndefined", when.rawValue) }
    }

    private static func rule(_ w: inout JSONWriter, _ rule: Rule) {
        w.beginObject("rule")
        w.string("kind", rule.kindName)
        switch rule {
        case .evidence(let incomplete):
            switch incomplete {
            case .zero: break
            case .proportional: w.string("incomplete", "proportional")
            case .percent(let p): percent(&w, "incomplete", p)
            }
        case .boolean(let fact):
            w.string("fact", fact)
        case .tiers(let source, let tiers, let when):
            switch source {
            case .metric(let id): w.string("metric", id)
            case .fact(let id): w.string("fact", id)
            }
            w.beginArray("tiers")
            for tier in tiers {
                w.beginObject()
                w.number("lower", tier.lower)
                w.bool("lowerInclusive", tier.lowerInclusive)
                if let upper = tier.upper {
                    w.number("upper", upper)
                    w.bool("upperInclusive", tier.upperInclusive)
                }
                w.number("points", tier.points)
                w.endObject()
            }
            w.endArray()
            whenUndefined(&w, when)
        case .ratio(let metric, let target, let when):
            w.string("metric", metric)
            if target != 100 { w.number("target", target) }
            whenUndefined(&w, when)
        case .deadline(let items, let mode, let late, let missing):
            w.string("mode", mode.rawValue)
            w.beginArray("items")
            for item in items {
                w.beginObject()
                w.string("fact", item.fact)
                w.beginObject("due")
                if let quarter = item.due.quarter {
                    w.number("quarter", quarter)
                    w.number("monthOfQuarter", item.due.month - (quarter - 1) * 3)
                } else {
                    w.number("month", item.due.month)
                }
                w.number("day", item.due.day)
                if item.due.yearOffset != 0 { w.number("yearOffset", item.due.yearOffset) }
                w.bool("inclusive", item.due.inclusive)
                w.endObject()
                w.endObject()
            }
            w.endArray()
            if late != 0 { percent(&w, "late", late) }
            if missing != 0 { percent(&w, "missing", missing) }
        case .count(let done, let total, let mode, let when):
            w.string("done", done)
            switch total {
            case .fact(let id): w.string("total", id)
            case .required(let n): w.number("required", n)
            }
            if mode != .proportional { w.string("mode", mode.rawValue) }
            whenUndefined(&w, when)
        case .ordinal(let fact, let options):
            w.string("fact", fact)
            w.beginArray("options")
            for option in options {
                w.beginObject()
                w.string("answer", option.answer)
                w.number("percent", option.percent)
                w.endObject()
            }
            w.endArray()
        case .direct(let source):
            w.string("source", source.rawValue)
        case .survey(let options, let population, let margin, let when):
            w.beginArray("options")
            for option in options {
                w.beginObject()
                w.string("answer", option.answer)
                w.string("count", option.count)
                w.number("percent", option.percent)
                w.endObject()
            }
            w.endArray()
            if let population { w.string("population", population) }
            if margin != 5 { w.number("margin", margin) }
            whenUndefined(&w, when)
        }
        w.endObject()
    }

    private static func section(_ w: inout JSONWriter, _ section: AdjustmentSection) {
        w.beginObject()
        w.string("id", section.id)
        w.string("kind", section.kind.rawValue)
        text(&w, "title", section.title)
        w.number("cap", section.cap)
        provenance(&w, "provenance", section.provenance)
        w.beginArray("items")
        for item in section.items {
            w.beginObject()
            w.string("id", item.id)
            text(&w, "title", item.title)
            w.string("fact", item.fact)
            w.number("perOccurrence", item.perOccurrence)
            w.number("cap", item.cap)
            provenance(&w, "provenance", item.provenance)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
