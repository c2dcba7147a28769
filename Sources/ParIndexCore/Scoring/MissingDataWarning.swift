/// The arguments of a `score.missingData` warning: the leaf and its title, each missing fact by
/// its title and JSON path, and the points the leaf loses for it.
enum MissingDataWarning {
    static func arguments(leaf: Node, missing: [String], lost: ExactDecimal, framework: Framework) -> [String: DiagnosticArgument] {
        func named(_ path: String, _ language: Language) -> String {
            if path.hasPrefix("direct[") { return (language == .vi ? "điểm cho trực tiếp " : "the points given directly ") + path }
            let prefix = "facts["
            guard path.hasPrefix(prefix), path.hasSuffix("]"),
                case .string(let id)? = try? JSONParser.parse(bytes: Array(path.dropFirst(prefix.count).dropLast().utf8)),
                let fact = framework.fact(id)
            else { return path }
            return "\(fact.title.text(language)) (\(path))"
        }
        let facts = LocalizedText(
            vi: missing.map { named($0, .vi) }.joined(separator: ", "), en: missing.map { named($0, .en) }.joined(separator: ", "))
        let points = LocalizedText(vi: shortPoints(lost, framework, .vi), en: shortPoints(lost, framework, .en))
        let lostText = LocalizedText(
            vi: lost > 0 ? "; mất \(points.vi) điểm" : "", en: lost > 0 ? "; \(points.text(.en)) points lost" : "")
        let title = LocalizedText(vi: " (\(leaf.title.vi))", en: " (\(leaf.title.text(.en)))")
        return ["leaf": .string(leaf.id), "facts": .text(facts), "title": .text(title), "lost": .text(lostText)]
    }

    /// Points for a sentence: rounded once to the framework's decimals, without trailing zeros
    /// (`2,5`, `1`, `0,33`).
    static func shortPoints(_ value: ExactDecimal, _ framework: Framework, _ language: Language) -> String {
        var text = value.formatted(decimals: framework.display.pointDecimals, language: language, grouping: false)
        let mark: Character = language == .vi ? "," : "."
        guard text.contains(mark) else { return text }
        while text.last == "0" { text.removeLast() }
        if text.last == mark { text.removeLast() }
        return text
    }
}
