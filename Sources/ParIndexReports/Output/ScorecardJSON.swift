import Foundation
import ParIndexCore

/// Writes a scorecard as the documented, stable JSON result (see the result formats in `ParIndexCore`).
///
/// Points are exact decimals; `indexRounded` and the explanations are rounded for display.
/// Keys come in a fixed order, so the same scorecard always gives the same bytes.
public enum ScorecardJSON {
    /// The version of the result format.
    public static let formatVersion = 1

    /// The scorecard as JSON text, ending with a newline.
    public static func encode(_ card: Scorecard, language: Language) -> String {
        var w = JSONWriter()
        write(card, language: language, into: &w, key: nil)
        return w.text + "\n"
    }

    /// Writes the scorecard as one object, as a member `key` or an element.
    package static func write(_ card: Scorecard, language: Language, into w: inout JSONWriter, key: String?) {
        w.beginObject(key)
        w.number("formatVersion", formatVersion)
        w.string("file", card.file)
        w.string("language", language.rawValue)
        w.beginObject("framework")
        w.string("id", card.frameworkID)
        w.string("title", card.frameworkTitle.text(language))
        w.endObject()
        w.beginObject("unit")
        w.string("id", card.unit.id)
        w.string("name", card.unit.name)
        w.string("kind", card.unit.kind.rawValue)
        w.string("province", card.unit.province)
        w.endObject()
        w.number("year", card.year)
        w.number("total", card.total)
        w.number("max", card.maximum)
        w.number("applicableMax", card.applicableMaximum)
        w.number("index", card.index)
        w.number("indexRounded", card.indexRounded)
        if let band = card.band {
            w.beginObject("band")
            w.string("id", band.id)
            w.string("label", band.label.text(language))
            w.endObject()
        } else {
            w.null("band")
        }
        w.number("leafPoints", card.leafPoints)
        w.beginArray("components")
        for c in card.components {
            w.beginObject()
            w.string("id", c.id)
            w.string("title", c.title.text(language))
            w.number("points", c.points)
            w.number("max", c.maximum)
            w.number("applicableMax", c.applicableMaximum)
            w.endObject()
        }
        w.endArray()
        w.beginArray("adjustments")
        for a in card.adjustments {
            w.beginObject()
            w.string("id", a.id)
            w.string("kind", a.kind.rawValue)
            w.string("title", a.title.text(language))
            w.number("points", a.points)
            w.string("explanation", a.explanation(language))
            w.endObject()
        }
        w.endArray()
        w.beginArray("nodes")
        for n in card.nodes where !n.isLeaf {
            w.beginObject()
            w.string("id", n.id)
            w.string("title", n.title.text(language))
            w.number("level", n.level)
            w.string("parent", n.parentID)
            w.string("component", n.component)
            w.number("points", n.points)
            w.number("max", n.maximum)
            w.number("applicableMax", n.applicableMaximum)
            w.string("provenance", n.provenance.rawValue)
            w.endObject()
        }
        w.endArray()
        w.beginArray("leaves")
        for n in card.leaves {
            w.beginObject()
            w.string("id", n.id)
            w.string("title", n.title.text(language))
            w.string("parent", n.parentID)
            w.string("component", n.component)
            w.string("rule", n.ruleKind)
            w.number("points", n.points)
            w.number("max", n.maximum)
            w.number("applicableMax", n.applicableMaximum)
            w.string("status", n.status?.rawValue)
            w.string("explanation", n.explanation(language))
            if let computed = n.computedPoints { w.number("computedPoints", computed) } else { w.null("computedPoints") }
            if let claimed = n.claimedPoints { w.number("claimedPoints", claimed) } else { w.null("claimedPoints") }
            w.string("provenance", n.provenance.rawValue)
            w.endObject()
        }
        w.endArray()
        w.beginArray("lostPoints")
        for l in card.lostPoints {
            w.beginObject()
            w.string("id", l.id)
            w.string("title", l.title.text(language))
            w.number("points", l.points)
            w.string("hint", l.hint(language))
            w.endObject()
        }
        w.endArray()
        w.beginArray("claimDifferences")
        for d in card.claimDifferences {
            w.beginObject()
            w.string("id", d.id)
            w.number("claimed", d.claimed)
            w.number("final", d.final)
            w.endObject()
        }
        w.endArray()
        w.beginArray("warnings")
        for warning in card.warnings { w.string(nil, warning.text(language)) }
        w.endArray()
        // The same warnings as data: their stable codes and places (see <doc:Diagnostics> in ParIndexCore).
        w.beginArray("diagnostics")
        for warning in card.warnings {
            w.beginObject()
            w.string("severity", warning.severity.rawValue)
            w.diagnostic(warning, language: language)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
