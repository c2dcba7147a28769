/// Writes generated frameworks and submissions as the JSON text of the documented formats,
/// directly (no intermediate tree), so that generating 20,000 cases stays cheap.
enum RefJSON {
    /// Millionths as a JSON number: `12.5`, `0.000001`, `1000000000000`; with `padded`, six
    /// decimals always (`12.500000`), which the formats read alike.
    static func number(_ millionths: Int64, padded: Bool = false) -> String {
        let negative = millionths < 0
        let magnitude = millionths.magnitude
        let whole = magnitude / 1_000_000
        var fraction = String(magnitude % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        if !padded {
            while fraction.last == "0" { fraction.removeLast() }
        }
        return (negative ? "-" : "") + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// Millionths as a JSON number in one of the ways people and programs write numbers, all of
    /// which the formats read alike: `style` 0 as ``number(_:padded:)``, 1 with six decimals,
    /// 2 in exponent form (`1.5e3`, `1e-6`, `9.99999999999999999E11`), 3 with `.0` after a whole number.
    static func number(_ millionths: Int64, style: Int) -> String {
        let plain = number(millionths)
        switch style {
        case 1: return number(millionths, padded: true)
        case 2 where millionths > 0:
            let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
            let whole = String(parts[0])
            let digits = whole + (parts.count > 1 ? String(parts[1]) : "")
            let leading = digits.prefix { $0 == "0" }.count
            let significant = digits.dropFirst(leading)
            let exponent = whole.count - 1 - leading
            var rest = String(significant.dropFirst())
            while rest.last == "0" { rest.removeLast() }
            let mantissa = String(significant.prefix(1)) + (rest.isEmpty ? "" : "." + rest)
            let marker = exponent % 2 == 0 ? "e" : "E"
            let sign = exponent < 0 ? "-" : (marker == "E" ? "+" : "")
            return mantissa + marker + sign + String(exponent.magnitude)
        case 3 where !plain.contains("."): return plain + ".0"
        default: return plain
        }
    }

    static let provenance = #"{ "status": "adapted", "source": "reference test" }"#

    /// The framework's JSON text.
    static func framework(_ f: RefFramework) -> String {
        var out = "{\n\"formatVersion\": 1, \"id\": \"\(f.id)\", \"title\": { \"vi\": \"Khung \(f.id)\", \"en\": \"Framework \(f.id)\" },\n"
        out += "\"unitKinds\": [\"so\"], \"years\": { \"from\": \(f.firstYear), \"to\": \(f.lastYear) }, \"provenance\": \(provenance),\n"
        var display: [String] = []
        if let p = f.pointDecimals { display.append("\"pointDecimals\": \(p)") }
        if let p = f.percentDecimals { display.append("\"percentDecimals\": \(p)") }
        if !display.isEmpty { out += "\"display\": { \(display.joined(separator: ", ")) },\n" }
        if let r = f.leafRounding { out += "\"rounding\": { \"leafPoints\": \(r) },\n" }
        if !f.components.isEmpty {
            out +=
                "\"components\": ["
                + f.components.map { "{ \"id\": \"\($0.id)\", \"title\": \"Phần \($0.id)\", \"max\": \(number($0.max)) }" }
                .joined(separator: ", ") + "],\n"
        }
        out += "\"facts\": [\n" + f.facts.map(fact).joined(separator: ",\n") + "],\n"
        out +=
            "\"metrics\": [\n"
            + f.metrics.map {
                "{ \"id\": \"\($0.id)\", \"title\": \"Tỷ lệ \($0.id)\", \"numerator\": \(ids($0.numerator)), \"denominator\": \(ids($0.denominator)) }"
            }.joined(separator: ",\n") + "],\n"
        out +=
            "\"bands\": ["
            + f.bands.map { band in
                let inclusive = band.inclusive.map { ", \"lowerInclusive\": \($0)" } ?? ""
                return "{ \"id\": \"\(band.id)\", \"label\": \"Loại \(band.id)\", \"lower\": \(number(band.lower))\(inclusive) }"
            }.joined(separator: ", ") + "],\n"
        out += "\"fields\": [\n" + f.fields.map(node).joined(separator: ",\n") + "]"
        if !f.adjustments.isEmpty { out += ",\n\"adjustments\": [\n" + f.adjustments.map(section).joined(separator: ",\n") + "]" }
        return out + "\n}\n"
    }

    /// A list of ids, or one id as a string when `ids` has one (both forms are allowed).
    private static func ids(_ ids: [String]) -> String {
        ids.count == 1 && ids[0].hasSuffix("1") ? "\"\(ids[0])\"" : "[" + ids.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }

    private static func fact(_ fact: RefFramework.Fact) -> String {
        let options = fact.kind == .answer ? ", \"options\": [" + fact.options.map { "\"\($0)\"" }.joined(separator: ", ") + "]" : ""
        return "{ \"id\": \"\(fact.id)\", \"title\": \"Dữ kiện \(fact.id)\", \"type\": \"\(fact.kind.rawValue)\"\(options) }"
    }

    private static func node(_ node: RefFramework.Node) -> String {
        var out = "{ \"id\": \"\(node.id)\", \"title\": \"Mục \(node.id)\", \"max\": \(number(node.max)), \"provenance\": \(provenance)"
        if let component = node.component { out += ", \"component\": \"\(component)\"" }
        if let rule = node.rule {
            if !node.documents.isEmpty {
                out +=
                    ", \"documents\": [" + node.documents.map { "{ \"id\": \"\($0)\", \"title\": \"Tài liệu \($0)\" }" }.joined(separator: ", ") + "]"
            }
            out += ",\n  \"rule\": " + self.rule(rule) + " }"
        } else {
            out += ",\n  \"children\": [\n" + node.children.map(self.node).joined(separator: ",\n") + "] }"
        }
        return out
    }

    private static func when(_ value: String?) -> String { value.map { ", \"whenUndefined\": \"\($0)\"" } ?? "" }

    private static func rule(_ rule: RefFramework.Rule) -> String {
        switch rule {
        case .evidence(let incomplete, let percent):
            if let percent { return "{ \"kind\": \"evidence\", \"incomplete\": { \"percent\": \(number(percent)) } }" }
            return "{ \"kind\": \"evidence\"" + (incomplete.map { ", \"incomplete\": \"\($0)\"" } ?? "") + " }"
        case .boolean(let fact):
            return "{ \"kind\": \"boolean\", \"fact\": \"\(fact)\" }"
        case .tiers(let metric, let fact, let tiers, let whenUndefined):
            let source = metric.map { "\"metric\": \"\($0)\"" } ?? "\"fact\": \"\(fact ?? "")\""
            let list = tiers.map { t in
                var parts = ["\"lower\": \(number(t.lower))"]
                if let v = t.lowerInclusive { parts.append("\"lowerInclusive\": \(v)") }
                if let u = t.upper { parts.append("\"upper\": \(number(u))") }
                if let v = t.upperInclusive { parts.append("\"upperInclusive\": \(v)") }
                parts.append("\"points\": \(number(t.points, padded: t.points % 7 == 1))")
                return "{ " + parts.joined(separator: ", ") + " }"
            }
            return "{ \"kind\": \"tiers\", \(source), \"tiers\": [" + list.joined(separator: ", ") + "]\(when(whenUndefined)) }"
        case .ratio(let metric, let target, let whenUndefined):
            return "{ \"kind\": \"ratio\", \"metric\": \"\(metric)\"" + (target.map { ", \"target\": \(number($0))" } ?? "") + when(whenUndefined)
                + " }"
        case .deadline(let items, let mode, let late, let missing):
            let list = items.map { item in
                var parts: [String] = []
                if let q = item.quarter {
                    parts += ["\"quarter\": \(q)", "\"monthOfQuarter\": \(item.month - (q - 1) * 3)"]
                } else {
                    parts.append("\"month\": \(item.month)")
                }
                parts.append("\"day\": \(item.day)")
                if let o = item.yearOffset { parts.append("\"yearOffset\": \(o)") }
                if let i = item.inclusive { parts.append("\"inclusive\": \(i)") }
                return "{ \"fact\": \"\(item.fact)\", \"due\": { " + parts.joined(separator: ", ") + " } }"
            }
            var out = "{ \"kind\": \"deadline\", \"items\": [" + list.joined(separator: ", ") + "]"
            if let mode { out += ", \"mode\": \"\(mode)\"" }
            if let late { out += ", \"late\": { \"percent\": \(number(late)) }" }
            if let missing { out += ", \"missing\": { \"percent\": \(number(missing)) }" }
            return out + " }"
        case .count(let done, let total, let required, let mode, let whenUndefined):
            var out = "{ \"kind\": \"count\", \"done\": \"\(done)\""
            if let total { out += ", \"total\": \"\(total)\"" }
            if let required { out += ", \"required\": \(required)" }
            if let mode { out += ", \"mode\": \"\(mode)\"" }
            return out + when(whenUndefined) + " }"
        case .ordinal(let fact, let options):
            let list = options.map { "{ \"answer\": \"\($0.answer)\", \"percent\": \(number($0.percent)) }" }
            return "{ \"kind\": \"ordinal\", \"fact\": \"\(fact)\", \"options\": [" + list.joined(separator: ", ") + "] }"
        case .direct(let source):
            return "{ \"kind\": \"direct\", \"source\": \"\(source)\" }"
        case .survey(let options, let population, let margin, let whenUndefined):
            let list = options.map { "{ \"answer\": \"\($0.answer)\", \"count\": \"\($0.count)\", \"percent\": \(number($0.percent)) }" }
            var out = "{ \"kind\": \"survey\", \"options\": [" + list.joined(separator: ", ") + "]"
            if let population { out += ", \"population\": \"\(population)\"" }
            if let margin { out += ", \"margin\": \(number(margin))" }
            return out + when(whenUndefined) + " }"
        }
    }

    private static func section(_ s: RefFramework.Section) -> String {
        let items = s.items.map { item in
            "{ \"id\": \"\(item.id)\", \"title\": \"Khoản \(item.id)\", \"fact\": \"\(item.fact)\", \"perOccurrence\": \(number(item.perOccurrence)), \"cap\": \(number(item.cap)), \"provenance\": \(provenance) }"
        }
        return
            "{ \"id\": \"\(s.id)\", \"kind\": \"\(s.isBonus ? "bonus" : "penalty")\", \"title\": \"Điểm \(s.id)\", \"cap\": \(number(s.cap)), \"provenance\": \(provenance), \"items\": ["
            + items.joined(separator: ", ") + "] }"
    }

    /// The submission's JSON text on one line (so that submissions make NDJSON as they are).
    static func submission(_ s: RefSubmission) -> String {
        func points(_ millionths: Int64) -> String { millionths == 0 && s.negativeZero ? "-0" : number(millionths, style: s.numberStyle) }
        var parts = [
            "\"formatVersion\": 1", "\"framework\": \"\(s.frameworkID)\"", "\"year\": \(s.year)",
            "\"unit\": { \"id\": \"\(s.unitID)\", \"name\": \"Sở \(s.unitID)\", \"kind\": \"so\" }",
        ]
        let facts = s.facts.map { fact -> String in
            let value: String
            switch fact.value {
            case .number(let m): value = points(m)
            case .date(let y, let m, let d): value = "\"\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)\""
            case .boolean(let b): value = String(b)
            case .answer(let a): value = "\"\(a)\""
            case .null: value = "null"
            }
            return "\"\(fact.id)\": \(value)"
        }
        parts.append("\"facts\": { " + facts.joined(separator: ", ") + " }")
        if !s.evidence.isEmpty {
            let leaves = s.evidence.map { entry in
                let documents = entry.documents.map { "\"\($0)\": { \"number\": \"\($0)/KH\", \"title\": \"Văn bản \($0)\" }" }
                return "\"\(entry.leaf)\": { " + (documents + entry.nulls.map { "\"\($0)\": null" }).joined(separator: ", ") + " }"
            }
            parts.append("\"evidence\": { " + leaves.joined(separator: ", ") + " }")
        }
        func section(_ name: String, _ entries: [String]) {
            let all = entries + s.nulls.filter { $0.section == name }.map { "\"\($0.leaf)\": null" }
            if !all.isEmpty { parts.append("\"\(name)\": { " + all.joined(separator: ", ") + " }") }
        }
        section("notApplicable", s.notApplicable.map { "\"\($0)\": \"Không phát sinh\"" })
        section("claimed", s.claimed.map { "\"\($0.leaf)\": \(points($0.points))" })
        section("appraisal", s.appraisal.map { "\"\($0.leaf)\": { \"points\": \(points($0.points)), \"reason\": \"Hội đồng thẩm định\" }" })
        if !s.direct.isEmpty {
            parts.append("\"direct\": { " + s.direct.map { "\"\($0.leaf)\": \($0.points.map(points) ?? "null")" }.joined(separator: ", ") + " }")
        }
        return "{ " + parts.joined(separator: ", ") + " }"
    }
}
