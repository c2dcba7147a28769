import ParIndexCore

/// A framework shown for people and portals, for `par-score criteria show`: the tree with its
/// maxima, each leaf's rule in words (`RuleWording` of ParIndexCore), the facts it reads with their titles,
/// types and units, the documents it asks for, what happens when nothing arose, the components,
/// the bands and the bonus and penalty sections.
///
/// ```swift
/// print(CriteriaShow.text(framework, language: .vi))
/// let json = CriteriaShow.json(framework)  // titles in both languages: a portal builds its form from it
/// ```
public enum CriteriaShow {
    /// The format version of ``json(_:)``; see the result format article of ParIndexCore.
    public static let formatVersion = 1

    /// Plain text, indented by level.
    public static func text(_ framework: Framework, language: Language) -> String {
        var out: [String] = []
        let l = Labels(language)
        for line in header(framework, l) { out.append(line) }
        out.append("")
        for node in framework.allNodes {
            let depth = node.id.split(separator: ".").count - 1
            let indent = String(repeating: "  ", count: depth)
            out.append("\(indent)\(node.id)  \(node.title.text(language)) — \(l.points(node.max, framework))\(tags(node, framework, l))")
            guard node.isLeaf else { continue }
            let inner = indent + "    "
            out.append(inner + l.rule + ": " + RuleWording.sentence(for: node, in: framework, language: language))
            if let when = RuleWording.whenNothingArises(for: node, in: framework, language: language) { out.append(inner + when) }
            for id in RuleWording.factIDs(for: node, in: framework) {
                out.append(inner + l.fact + ": " + factLine(id, framework, language))
            }
            for document in node.documents {
                out.append(inner + l.document + ": \(document.title.text(language)) [\(document.id)]")
            }
            out.append(inner + l.source + ": " + provenance(node.provenance, l))
        }
        out += adjustmentLines(framework, l)
        return out.joined(separator: "\n") + "\n"
    }

    /// Markdown: a heading per field, a table of the leaves of each criterion.
    public static func markdown(_ framework: Framework, language: Language) -> String {
        let l = Labels(language)
        var out = ["# \(framework.id): \(framework.title.text(language))", ""]
        out += header(framework, l).dropFirst().map { "- " + $0 }
        for field in framework.fields {
            out += ["", "## \(field.id). \(field.title.text(language)) — \(l.points(field.max, framework))", ""]
            out += markdownChildren(field, framework, l)
        }
        let adjustments = adjustmentLines(framework, l)
        if !adjustments.isEmpty { out += ["", "## " + l.adjustments, ""] + adjustments.dropFirst().map { "- " + $0.trimmingLeadingSpaces } }
        return out.joined(separator: "\n") + "\n"
    }

    private static func markdownChildren(_ node: Node, _ framework: Framework, _ l: Labels) -> [String] {
        var out: [String] = []
        let leaves = node.children.filter(\.isLeaf)
        if !leaves.isEmpty {
            out += [
                "| \(l.id) | \(l.leaf) | \(l.max) | \(l.rule) | \(l.facts) | \(l.documents) |", "| --- | --- | ---: | --- | --- | --- |",
            ]
            for leaf in leaves {
                var rule = RuleWording.sentence(for: leaf, in: framework, language: l.language)
                if let when = RuleWording.whenNothingArises(for: leaf, in: framework, language: l.language) { rule += ". " + when }
                let facts = RuleWording.factIDs(for: leaf, in: framework).map { factLine($0, framework, l.language) }
                let documents = leaf.documents.map { "\($0.title.text(l.language)) (`\($0.id)`)" }
                let cells = [
                    leaf.id, leaf.title.text(l.language) + tags(leaf, framework, l), RuleWording.number(leaf.max, l.language), rule,
                    facts.joined(separator: "<br>"), documents.joined(separator: "<br>"),
                ]
                out.append("| " + cells.map(cell).joined(separator: " | ") + " |")
            }
            out.append("")
        }
        for child in node.children where !child.isLeaf {
            out += ["### \(child.id) \(child.title.text(l.language)) — \(l.points(child.max, framework))", ""]
            out += markdownChildren(child, framework, l)
        }
        return out
    }

    /// A table cell: pipes escaped, line breaks removed.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    private static func header(_ f: Framework, _ l: Labels) -> [String] {
        var lines = [
            "\(f.id) — \(f.title.text(l.language))",
            "\(l.years): \(f.firstYear)–\(f.lastYear); \(l.kinds): \(f.unitKinds.map { $0.label(l.language) }.joined(separator: ", ")); \(l.maximum): \(l.points(f.maximum, f))",
        ]
        if !f.legalBasis.isEmpty { lines.append("\(l.basis): " + f.legalBasis.joined(separator: "; ")) }
        lines.append("\(l.source): " + provenance(f.provenance, l))
        if !f.components.isEmpty {
            lines.append(
                "\(l.components): " + f.components.map { "\($0.title.text(l.language)) (\($0.id)) \(l.points($0.max, f))" }.joined(separator: "; "))
        }
        if !f.bands.isEmpty {
            lines.append(
                "\(l.bands): "
                    + f.bands.map { "\($0.label.text(l.language)) \($0.lowerInclusive ? "≥" : ">") \(RuleWording.number($0.lower, l.language))" }
                    .joined(separator: "; "))
        }
        return lines
    }

    private static func tags(_ node: Node, _ f: Framework, _ l: Labels) -> String {
        var parts: [String] = []
        if node.isLeaf, let id = node.component {
            parts.append(f.components.first { $0.id == id }?.title.text(l.language) ?? id)
        }
        parts.append(node.provenance.status == .official ? l.official : l.adapted)
        return " [" + parts.joined(separator: ", ") + "]"
    }

    private static func provenance(_ p: Provenance, _ l: Labels) -> String {
        (p.status == .official ? l.official : l.adapted) + ", " + p.source + (p.quote.map { ": “\($0)”" } ?? "")
    }

    /// "tthc.onTime — Số hồ sơ TTHC giải quyết đúng hạn (số nguyên ≥ 0)".
    static func factLine(_ id: String, _ f: Framework, _ language: Language) -> String {
        guard let fact = f.fact(id) else { return id }
        return "\(id) — \(fact.title.text(language)) (\(RuleWording.typeText(of: fact, language: language)))"
    }

    private static func adjustmentLines(_ f: Framework, _ l: Labels) -> [String] {
        guard !f.adjustments.isEmpty else { return [] }
        var out = ["", l.adjustments]
        for section in f.adjustments {
            let sign = section.kind == .bonus ? "+" : "−"
            out.append("  \(section.id)  \(section.title.text(l.language)) — \(l.capAt) \(sign)\(l.points(section.cap, f))")
            for item in section.items {
                out.append(
                    "    \(item.id)  \(item.title.text(l.language)): \(sign)\(l.points(item.perOccurrence, f)) \(l.each) \(factLine(item.fact, f, l.language)), \(l.capAt) \(l.points(item.cap, f))"
                )
            }
        }
        return out
    }
}

/// The labels of the criteria views in one language.
struct Labels {
    let language: Language
    init(_ language: Language) { self.language = language }
    var vi: Bool { language == .vi }
    var rule: String { vi ? "Cách chấm" : "Rule" }
    var fact: String { vi ? "Dữ kiện" : "Fact" }
    var facts: String { vi ? "Dữ kiện" : "Facts" }
    var document: String { vi ? "Tài liệu kiểm chứng" : "Evidence" }
    var documents: String { vi ? "Tài liệu kiểm chứng" : "Evidence documents" }
    var source: String { vi ? "Nguồn" : "Source" }
    var official: String { vi ? "chính thức" : "official" }
    var adapted: String { vi ? "phỏng theo" : "adapted" }
    var years: String { vi ? "Năm" : "Years" }
    var kinds: String { vi ? "Áp dụng cho" : "For" }
    var maximum: String { vi ? "Tối đa" : "Maximum" }
    var basis: String { vi ? "Căn cứ" : "Legal basis" }
    var components: String { vi ? "Thành phần" : "Components" }
    var bands: String { vi ? "Xếp loại" : "Bands" }
    var adjustments: String { vi ? "Điểm thưởng, điểm trừ" : "Bonus and penalty points" }
    var capAt: String { vi ? "tối đa" : "at most" }
    var each: String { vi ? "mỗi lần theo" : "per occurrence of" }
    var id: String { vi ? "Mã" : "Id" }
    var leaf: String { vi ? "Tiêu chí thành phần" : "Sub-criterion" }
    var max: String { vi ? "Tối đa" : "Max" }
    func points(_ value: ExactDecimal, _ f: Framework) -> String {
        RuleWording.number(value, language) + (vi ? " điểm" : value == 1 ? " point" : " points")
    }
}

extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
