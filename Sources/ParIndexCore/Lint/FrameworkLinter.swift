import Foundation

/// Checks a framework for the mistakes that would make its scores wrong.
///
/// Errors: children that do not add up to their parent, components that do not add up, duplicate
/// ids, references to undeclared or mistyped facts and metrics, tiers with gaps or overlaps or
/// more points than the leaf's maximum, bands that do not cover 0–100. Warnings: facts that no
/// rule reads, tiers none of which earns the maximum.
public struct FrameworkLinter {
    /// A linter.
    public init() {}

    /// The findings for `framework`, in file order.
    public func lint(_ framework: Framework) -> [Diagnostic] {
        let sink = DiagnosticSink(file: framework.file)
        var run = Run(framework: framework, sink: sink)
        run.checkAll()
        return sink.diagnostics
    }

    private struct Run {
        let framework: Framework
        let sink: DiagnosticSink
        var factsRead: Set<String> = []

        init(framework: Framework, sink: DiagnosticSink) {
            self.framework = framework
            self.sink = sink
        }

        mutating func checkAll() {
            checkUnique(framework.facts.map(\.id), path: JSONPath(keys: "facts"), code: .lintDuplicateFactID)
            checkUnique(framework.metrics.map(\.id), path: JSONPath(keys: "metrics"), code: .lintDuplicateMetricID)
            checkUnique(framework.components.map(\.id), path: JSONPath(keys: "components"), code: .lintDuplicateComponentID)
            checkUnique(framework.bands.map(\.id), path: JSONPath(keys: "bands"), code: .lintDuplicateBandID)
            checkUnique(
                framework.allNodes.map(\.id) + framework.adjustments.flatMap { [$0.id] + $0.items.map(\.id) }, path: JSONPath(keys: "fields"),
                code: .lintDuplicateNodeID)
            checkMetrics()
            for node in framework.fields { check(node) }
            checkComponents()
            checkBands()
            checkAdjustments()
            for (offset, fact) in framework.facts.enumerated() where !factsRead.contains(fact.id) {
                sink.warning(.lintUnusedFact, JSONPath(keys: "facts").appending(index: offset), ["fact": .string(fact.id)])
            }
        }

        func checkUnique(_ ids: [String], path: JSONPath, code: DiagnosticCode) {
            var seen: Set<String> = []
            for id in ids where !seen.insert(id).inserted {
                sink.error(code, path, ["id": .string(id)])
            }
        }

        func checkMetrics() {
            for (offset, metric) in framework.metrics.enumerated() {
                let path = JSONPath(keys: "metrics").appending(index: offset)
                for (key, ids) in [("numerator", metric.numerator), ("denominator", metric.denominator)] {
                    for id in ids {
                        guard let fact = framework.fact(id) else {
                            sink.error(.lintMetricUndeclaredFact, path.appending(key), ["metric": .string(metric.id), "fact": .string(id)])
                            continue
                        }
                        if fact.type != .count && fact.type != .amount {
                            sink.error(
                                .lintMetricFactType, path.appending(key),
                                ["metric": .string(metric.id), "fact": .string(id), "type": .string(fact.type.rawValue)])
                        }
                    }
                }
            }
        }

        mutating func check(_ node: Node) {
            if let rule = node.rule {
                checkRule(rule, node)
                return
            }
            let sum = node.children.reduce(ExactDecimal(0)) { $0 + $1.max }
            if sum != node.max {
                let children = node.children.map { "\($0.id): \($0.max.exactText)" }.joined(separator: ", ")
                sink.error(
                    .lintChildrenSumDiffers, node.path.appending("max"),
                    ["node": .string(node.id), "max": .string(node.max.exactText), "sum": .string(sum.exactText), "children": .string(children)])
            }
            for child in node.children { check(child) }
        }

        mutating func requireFact(_ id: String, types: [Fact.ValueType], _ path: JSONPath, _ node: Node) {
            factsRead.insert(id)
            guard let fact = framework.fact(id) else {
                sink.error(.lintUndeclaredFact, path, ["leaf": .string(node.id), "fact": .string(id)])
                return
            }
            if !types.contains(fact.type) {
                let expected = types.map(\.rawValue).joined(separator: " / ")
                sink.error(
                    .lintFactType, path,
                    ["leaf": .string(node.id), "expected": .string(expected), "fact": .string(id), "type": .string(fact.type.rawValue)])
            }
        }

        mutating func requireMetric(_ id: String, _ path: JSONPath, _ node: Node) {
            guard let metric = framework.metric(id) else {
                if framework.fact(id) != nil {
                    sink.error(.lintFactNotMetric, path, ["id": .string(id)])
                } else {
                    sink.error(.lintUndeclaredMetric, path, ["leaf": .string(node.id), "metric": .string(id)])
                }
                return
            }
            factsRead.formUnion(metric.numerator + metric.denominator)
        }

        mutating func checkRule(_ rule: Rule, _ node: Node) {
            let path = node.path.appending("rule")
            if !framework.components.isEmpty && !framework.components.contains(where: { $0.id == node.component }) {
                sink.error(
                    .lintUndeclaredComponent, node.path.appending("component"),
                    ["leaf": .string(node.id), "component": .string(node.component ?? "")])
            }
            checkUnique(node.documents.map(\.id), path: node.path.appending("documents"), code: .lintDuplicateDocumentID)
            switch rule {
            case .evidence(let incomplete):
                if node.documents.isEmpty {
                    sink.error(.lintEvidenceWithoutDocuments, node.path.appending("documents"), ["leaf": .string(node.id)])
                }
                if case .proportional = incomplete, node.documents.count < 2 {
                    sink.warning(.lintProportionalWithOneDocument, path.appending("incomplete"), ["leaf": .string(node.id)])
                }
            case .boolean(let fact):
                requireFact(fact, types: [.boolean], path.appending("fact"), node)
            case .tiers(let source, let tiers, _):
                let isPercent: Bool
                switch source {
                case .metric(let id):
                    requireMetric(id, path.appending("metric"), node)
                    isPercent = true
                case .fact(let id):
                    requireFact(id, types: [.count, .amount], path.appending("fact"), node)
                    isPercent = false
                }
                checkTiers(tiers, isPercent: isPercent, node: node, path: path.appending("tiers"))
            case .ratio(let metric, _, _):
                requireMetric(metric, path.appending("metric"), node)
            case .deadline(let items, _, _, _):
                for (offset, item) in items.enumerated() {
                    requireFact(item.fact, types: [.date], path.appending("items").appending(index: offset).appending("fact"), node)
                }
            case .count(let done, let total, _, _):
                requireFact(done, types: [.count], path.appending("done"), node)
                if case .fact(let id) = total { requireFact(id, types: [.count], path.appending("total"), node) }
            case .ordinal(let factID, let options):
                requireFact(factID, types: [.answer], path.appending("fact"), node)
                if let fact = framework.fact(factID), fact.type == .answer {
                    for option in fact.options where !options.contains(where: { $0.answer == option }) {
                        sink.error(
                            .lintAnswerWithoutPercent, path.appending("options"),
                            ["leaf": .string(node.id), "answer": .string(option), "fact": .string(factID)])
                    }
                    for (offset, option) in options.enumerated() where !fact.options.contains(option.answer) {
                        sink.error(
                            .lintNotAnAnswer, path.appending("options").appending(index: offset),
                            ["leaf": .string(node.id), "answer": .string(option.answer), "fact": .string(factID)])
                    }
                }
            case .direct:
                break
            case .survey(let options, let population, _, _):
                var answers: Set<String> = []
                var counts: Set<String> = []
                for (offset, option) in options.enumerated() {
                    let optionPath = path.appending("options").appending(index: offset)
                    requireFact(option.count, types: [.count], optionPath.appending("count"), node)
                    if !answers.insert(option.answer).inserted {
                        sink.error(
                            .lintSurveyDuplicateAnswer, optionPath.appending("answer"), ["leaf": .string(node.id), "answer": .string(option.answer)])
                    }
                    if !counts.insert(option.count).inserted {
                        sink.error(.lintSurveyCountReused, optionPath.appending("count"), ["leaf": .string(node.id), "fact": .string(option.count)])
                    }
                }
                if let population { requireFact(population, types: [.count], path.appending("population"), node) }
            }
        }

        func checkTiers(_ tiers: [Tier], isPercent: Bool, node: Node, path: JSONPath) {
            func bound(_ value: ExactDecimal, _ inclusive: Bool) -> String {
                "\(value.exactText)\(inclusive ? " (gồm/incl.)" : " (không gồm/excl.)")"
            }
            for (offset, tier) in tiers.enumerated() {
                if tier.points > node.max {
                    sink.error(
                        .lintTierAboveMaximum, path.appending(index: offset).appending("points"),
                        ["leaf": .string(node.id), "points": .string(tier.points.exactText), "max": .string(node.max.exactText)])
                }
                if let upper = tier.upper, upper < tier.lower || (upper == tier.lower && !(tier.lowerInclusive && tier.upperInclusive)) {
                    sink.error(
                        .lintEmptyTier, path.appending(index: offset),
                        ["leaf": .string(node.id), "lower": .string(tier.lower.exactText), "upper": .string(upper.exactText)])
                    return
                }
            }
            if !tiers.contains(where: { $0.points == node.max }) {
                sink.warning(.lintNoTierEarnsMaximum, path, ["leaf": .string(node.id), "max": .string(node.max.exactText)])
            }
            let sorted = tiers.sorted { a, b in a.lower != b.lower ? a.lower < b.lower : (a.lowerInclusive && !b.lowerInclusive) }
            guard let first = sorted.first else { return }
            if first.lower > 0 || (first.lower == 0 && !first.lowerInclusive) {
                sink.error(.lintTierGapFromZero, path, ["leaf": .string(node.id), "to": .string(bound(first.lower, !first.lowerInclusive))])
            }
            if first.lower < 0 {
                sink.error(.lintTierBelowZero, path, ["leaf": .string(node.id)])
            }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                guard let upper = a.upper else {
                    sink.error(
                        .lintOpenTierOverlaps, path,
                        [
                            "leaf": .string(node.id), "from": .string(bound(a.lower, a.lowerInclusive)),
                            "next": .string(bound(b.lower, b.lowerInclusive)),
                        ])
                    return
                }
                if upper > b.lower || (upper == b.lower && a.upperInclusive && b.lowerInclusive) {
                    sink.error(
                        .lintTiersOverlap, path,
                        [
                            "leaf": .string(node.id), "at": .string(b.lower.exactText), "upper": .string(bound(upper, a.upperInclusive)),
                            "lower": .string(bound(b.lower, b.lowerInclusive)),
                        ])
                } else if upper < b.lower || (!a.upperInclusive && !b.lowerInclusive) {
                    sink.error(
                        .lintTierGap, path,
                        [
                            "leaf": .string(node.id), "from": .string(bound(upper, !a.upperInclusive)),
                            "to": .string(bound(b.lower, !b.lowerInclusive)),
                        ])
                }
            }
            if let last = sorted.last, let upper = last.upper {
                if !isPercent || upper < 100 || (upper == 100 && !last.upperInclusive) {
                    let end = isPercent ? "100 %" : "∞"
                    sink.error(
                        .lintTiersStopShort, path,
                        ["leaf": .string(node.id), "upper": .string(bound(upper, last.upperInclusive)), "end": .string(end)])
                }
            }
        }

        func checkComponents() {
            guard !framework.components.isEmpty else { return }
            for (offset, component) in framework.components.enumerated() {
                let sum = framework.leaves.filter { $0.component == component.id }.reduce(ExactDecimal(0)) { $0 + $1.max }
                if sum != component.max {
                    sink.error(
                        .lintComponentSumDiffers, JSONPath(keys: "components").appending(index: offset).appending("max"),
                        ["component": .string(component.id), "max": .string(component.max.exactText), "sum": .string(sum.exactText)])
                }
            }
        }

        func checkBands() {
            let path = JSONPath(keys: "bands")
            var lowers: Set<ExactDecimal> = []
            for band in framework.bands where !lowers.insert(band.lower).inserted {
                sink.error(.lintBandsSameStart, path, ["lower": .string(band.lower.exactText)])
            }
            if let lowest = framework.bands.last, lowest.lower != 0 || !lowest.lowerInclusive {
                sink.error(.lintBandsDoNotCoverZero, path, ["lower": .string(lowest.lower.exactText)])
            }
        }

        mutating func checkAdjustments() {
            for (s, section) in framework.adjustments.enumerated() {
                for (i, item) in section.items.enumerated() {
                    let path = JSONPath(keys: "adjustments").appending(index: s).appending("items").appending(index: i).appending("fact")
                    factsRead.insert(item.fact)
                    guard let fact = framework.fact(item.fact) else {
                        sink.error(.lintItemUndeclaredFact, path, ["item": .string(item.id), "fact": .string(item.fact)])
                        continue
                    }
                    if fact.type != .count {
                        sink.error(.lintItemNeedsCountFact, path, ["item": .string(item.id)])
                    }
                }
            }
        }
    }
}
