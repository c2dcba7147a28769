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
            checkUnique(framework.facts.map(\.id), path: JSONPath(keys: "facts"), what: ("dữ kiện", "fact"))
            checkUnique(framework.metrics.map(\.id), path: JSONPath(keys: "metrics"), what: ("chỉ số", "metric"))
            checkUnique(framework.components.map(\.id), path: JSONPath(keys: "components"), what: ("thành phần", "component"))
            checkUnique(framework.bands.map(\.id), path: JSONPath(keys: "bands"), what: ("xếp loại", "band"))
            checkUnique(
                framework.allNodes.map(\.id) + framework.adjustments.flatMap { [$0.id] + $0.items.map(\.id) }, path: JSONPath(keys: "fields"),
                what: ("tiêu chí", "node"))
            checkMetrics()
            for node in framework.fields { check(node) }
            checkComponents()
            checkBands()
            checkAdjustments()
            for (offset, fact) in framework.facts.enumerated() where !factsRead.contains(fact.id) {
                sink.warning(
                    JSONPath(keys: "facts").appending(index: offset), "dữ kiện \"\(fact.id)\" không được quy tắc nào dùng",
                    "fact \"\(fact.id)\" is read by no rule")
            }
        }

        func checkUnique(_ ids: [String], path: JSONPath, what: (String, String)) {
            var seen: Set<String> = []
            for id in ids where !seen.insert(id).inserted {
                sink.error(path, "mã \(what.0) \"\(id)\" bị trùng", "duplicate \(what.1) id \"\(id)\"")
            }
        }

        func checkMetrics() {
            for (offset, metric) in framework.metrics.enumerated() {
                let path = JSONPath(keys: "metrics").appending(index: offset)
                for (key, ids) in [("numerator", metric.numerator), ("denominator", metric.denominator)] {
                    for id in ids {
                        guard let fact = framework.fact(id) else {
                            sink.error(
                                path.appending(key), "chỉ số \"\(metric.id)\" dùng dữ kiện chưa khai báo \"\(id)\"",
                                "metric \"\(metric.id)\" names the undeclared fact \"\(id)\"")
                            continue
                        }
                        if fact.type != .count && fact.type != .amount {
                            sink.error(
                                path.appending(key), "chỉ số \"\(metric.id)\" cần dữ kiện kiểu count hoặc amount, \"\(id)\" là \(fact.type.rawValue)",
                                "metric \"\(metric.id)\" needs count or amount facts; \"\(id)\" is \(fact.type.rawValue)")
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
                sink.error(
                    node.path.appending("max"),
                    "tiêu chí \(node.id): điểm tối đa \(node.max.exactText) khác tổng điểm tối đa của các tiêu chí con \(sum.exactText) (\(node.children.map { "\($0.id): \($0.max.exactText)" }.joined(separator: ", ")))",
                    "node \(node.id): max \(node.max.exactText) differs from the sum of its children's maxima \(sum.exactText) (\(node.children.map { "\($0.id): \($0.max.exactText)" }.joined(separator: ", ")))"
                )
            }
            for child in node.children { check(child) }
        }

        mutating func requireFact(_ id: String, types: [Fact.ValueType], _ path: JSONPath, _ node: Node) {
            factsRead.insert(id)
            guard let fact = framework.fact(id) else {
                sink.error(path, "tiêu chí \(node.id) dùng dữ kiện chưa khai báo \"\(id)\"", "leaf \(node.id) reads the undeclared fact \"\(id)\"")
                return
            }
            if !types.contains(fact.type) {
                let expected = types.map(\.rawValue).joined(separator: " / ")
                sink.error(
                    path, "tiêu chí \(node.id) cần dữ kiện kiểu \(expected), \"\(id)\" là \(fact.type.rawValue)",
                    "leaf \(node.id) needs a \(expected) fact; \"\(id)\" is \(fact.type.rawValue)")
            }
        }

        mutating func requireMetric(_ id: String, _ path: JSONPath, _ node: Node) {
            guard let metric = framework.metric(id) else {
                let isFact = framework.fact(id) != nil
                sink.error(
                    path,
                    isFact ? "\"\(id)\" là dữ kiện, không phải chỉ số; dùng \"fact\"" : "tiêu chí \(node.id) dùng chỉ số chưa khai báo \"\(id)\"",
                    isFact ? "\"\(id)\" is a fact, not a metric; use \"fact\"" : "leaf \(node.id) reads the undeclared metric \"\(id)\"")
                return
            }
            factsRead.formUnion(metric.numerator + metric.denominator)
        }

        mutating func checkRule(_ rule: Rule, _ node: Node) {
            let path = node.path.appending("rule")
            if !framework.components.isEmpty && !framework.components.contains(where: { $0.id == node.component }) {
                sink.error(
                    node.path.appending("component"), "tiêu chí \(node.id) thuộc thành phần chưa khai báo \"\(node.component ?? "")\"",
                    "leaf \(node.id) belongs to the undeclared component \"\(node.component ?? "")\"")
            }
            checkUnique(node.documents.map(\.id), path: node.path.appending("documents"), what: ("tài liệu", "document"))
            switch rule {
            case .evidence(let incomplete):
                if node.documents.isEmpty {
                    sink.error(
                        node.path.appending("documents"), "tiêu chí \(node.id) chấm theo tài liệu kiểm chứng nhưng không nêu tài liệu nào",
                        "leaf \(node.id) is scored on evidence but lists no documents")
                }
                if case .proportional = incomplete, node.documents.count < 2 {
                    sink.warning(
                        path.appending("incomplete"), "tiêu chí \(node.id) chỉ có một tài liệu: tính theo tỷ lệ không có ý nghĩa",
                        "leaf \(node.id) has one document: proportional makes no difference")
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
                            path.appending("options"), "tiêu chí \(node.id): câu trả lời \"\(option)\" của \"\(factID)\" chưa được gán điểm",
                            "leaf \(node.id): answer \"\(option)\" of \"\(factID)\" has no percent")
                    }
                    for (offset, option) in options.enumerated() where !fact.options.contains(option.answer) {
                        sink.error(
                            path.appending("options").appending(index: offset),
                            "tiêu chí \(node.id): \"\(option.answer)\" không phải là câu trả lời của \"\(factID)\"",
                            "leaf \(node.id): \"\(option.answer)\" is not an answer of \"\(factID)\"")
                    }
                }
            case .direct:
                break
            }
        }

        func checkTiers(_ tiers: [Tier], isPercent: Bool, node: Node, path: JSONPath) {
            func bound(_ value: ExactDecimal, _ inclusive: Bool) -> String {
                "\(value.exactText)\(inclusive ? " (gồm/incl.)" : " (không gồm/excl.)")"
            }
            for (offset, tier) in tiers.enumerated() {
                if tier.points > node.max {
                    sink.error(
                        path.appending(index: offset).appending("points"),
                        "tiêu chí \(node.id): bậc cho \(tier.points.exactText) điểm, hơn điểm tối đa \(node.max.exactText)",
                        "leaf \(node.id): a tier gives \(tier.points.exactText) points, more than the maximum \(node.max.exactText)")
                }
                if let upper = tier.upper, upper < tier.lower || (upper == tier.lower && !(tier.lowerInclusive && tier.upperInclusive)) {
                    sink.error(
                        path.appending(index: offset),
                        "tiêu chí \(node.id): bậc rỗng (cận dưới \(tier.lower.exactText), cận trên \(upper.exactText))",
                        "leaf \(node.id): an empty tier (lower \(tier.lower.exactText), upper \(upper.exactText))")
                    return
                }
            }
            if !tiers.contains(where: { $0.points == node.max }) {
                sink.warning(
                    path, "tiêu chí \(node.id): không bậc nào đạt điểm tối đa \(node.max.exactText)",
                    "leaf \(node.id): no tier earns the maximum \(node.max.exactText)")
            }
            let sorted = tiers.sorted { a, b in a.lower != b.lower ? a.lower < b.lower : (a.lowerInclusive && !b.lowerInclusive) }
            guard let first = sorted.first else { return }
            if first.lower > 0 || (first.lower == 0 && !first.lowerInclusive) {
                sink.error(
                    path, "tiêu chí \(node.id): các bậc bỏ trống khoảng từ 0 đến \(bound(first.lower, !first.lowerInclusive))",
                    "leaf \(node.id): the tiers leave a gap from 0 to \(bound(first.lower, !first.lowerInclusive))")
            }
            if first.lower < 0 {
                sink.error(path, "tiêu chí \(node.id): bậc bắt đầu dưới 0", "leaf \(node.id): a tier starts below 0")
            }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                guard let upper = a.upper else {
                    sink.error(
                        path,
                        "tiêu chí \(node.id): bậc từ \(bound(a.lower, a.lowerInclusive)) không có cận trên nên chồng lên bậc từ \(bound(b.lower, b.lowerInclusive))",
                        "leaf \(node.id): the open tier from \(bound(a.lower, a.lowerInclusive)) overlaps the tier from \(bound(b.lower, b.lowerInclusive))"
                    )
                    return
                }
                if upper > b.lower || (upper == b.lower && a.upperInclusive && b.lowerInclusive) {
                    sink.error(
                        path,
                        "tiêu chí \(node.id): các bậc chồng lên nhau tại \(b.lower.exactText) (bậc tới \(bound(upper, a.upperInclusive)) và bậc từ \(bound(b.lower, b.lowerInclusive)))",
                        "leaf \(node.id): tiers overlap at \(b.lower.exactText) (one up to \(bound(upper, a.upperInclusive)), one from \(bound(b.lower, b.lowerInclusive)))"
                    )
                } else if upper < b.lower || (!a.upperInclusive && !b.lowerInclusive) {
                    sink.error(
                        path,
                        "tiêu chí \(node.id): các bậc bỏ trống khoảng giữa \(bound(upper, !a.upperInclusive)) và \(bound(b.lower, !b.lowerInclusive))",
                        "leaf \(node.id): the tiers leave a gap between \(bound(upper, !a.upperInclusive)) and \(bound(b.lower, !b.lowerInclusive))")
                }
            }
            if let last = sorted.last, let upper = last.upper {
                if !isPercent || upper < 100 || (upper == 100 && !last.upperInclusive) {
                    let end = isPercent ? "100 %" : "∞"
                    sink.error(
                        path, "tiêu chí \(node.id): các bậc dừng ở \(bound(upper, last.upperInclusive)), chưa phủ tới \(end)",
                        "leaf \(node.id): the tiers stop at \(bound(upper, last.upperInclusive)) and do not reach \(end)")
                }
            }
        }

        func checkComponents() {
            guard !framework.components.isEmpty else { return }
            for (offset, component) in framework.components.enumerated() {
                let sum = framework.leaves.filter { $0.component == component.id }.reduce(ExactDecimal(0)) { $0 + $1.max }
                if sum != component.max {
                    sink.error(
                        JSONPath(keys: "components").appending(index: offset).appending("max"),
                        "thành phần \"\(component.id)\": điểm tối đa \(component.max.exactText) khác tổng điểm tối đa các tiêu chí thành phần của nó \(sum.exactText)",
                        "component \"\(component.id)\": max \(component.max.exactText) differs from the sum of its leaves' maxima \(sum.exactText)")
                }
            }
        }

        func checkBands() {
            let path = JSONPath(keys: "bands")
            var lowers: Set<ExactDecimal> = []
            for band in framework.bands where !lowers.insert(band.lower).inserted {
                sink.error(path, "hai xếp loại cùng bắt đầu từ \(band.lower.exactText)", "two bands start at \(band.lower.exactText)")
            }
            if let lowest = framework.bands.last, lowest.lower != 0 || !lowest.lowerInclusive {
                sink.error(
                    path, "các xếp loại không phủ khoảng từ 0 đến \(lowest.lower.exactText): xếp loại thấp nhất phải bắt đầu từ 0 (gồm 0)",
                    "the bands do not cover 0 to \(lowest.lower.exactText): the lowest band must start at 0 (inclusive)")
            }
        }

        mutating func checkAdjustments() {
            for (s, section) in framework.adjustments.enumerated() {
                for (i, item) in section.items.enumerated() {
                    let path = JSONPath(keys: "adjustments").appending(index: s).appending("items").appending(index: i).appending("fact")
                    factsRead.insert(item.fact)
                    guard let fact = framework.fact(item.fact) else {
                        sink.error(
                            path, "mục \(item.id) dùng dữ kiện chưa khai báo \"\(item.fact)\"",
                            "item \(item.id) reads the undeclared fact \"\(item.fact)\"")
                        continue
                    }
                    if fact.type != .count {
                        sink.error(path, "mục \(item.id) cần dữ kiện kiểu count", "item \(item.id) needs a count fact")
                    }
                }
            }
        }
    }
}
