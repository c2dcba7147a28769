import Foundation

/// Computes a unit's scorecard from its validated submission.
///
/// ```swift
/// let catalog = try CriteriaCatalog(contentsOf: URL(fileURLWithPath: "Criteria"))
/// let scorecard = try Scorer(catalog: catalog).score(file: URL(fileURLWithPath: "agency.json"))
/// print(scorecard.index, scorecard.band?.label.vi ?? "")
/// ```
public struct Scorer: Sendable {
    /// The frameworks submissions are scored with.
    public var catalog: CriteriaCatalog
    /// Whether scorecards carry explanations, hints and document warnings. Ranking without them is several times
    /// faster; every number is the same either way.
    public var explanations: Bool

    /// A scorer over a catalog.
    public init(catalog: CriteriaCatalog, explanations: Bool = true) {
        self.catalog = catalog
        self.explanations = explanations
    }

    /// Reads, validates and scores a submission file (`-` for standard input).
    public func score(file url: URL) throws(DiagnosticError) -> Scorecard {
        try score(data: try FileReading.read(url), file: url.path == "-" ? "-" : url.relativePath)
    }

    /// Validates and scores a submission from its bytes.
    public func score(data: Data, file: String) throws(DiagnosticError) -> Scorecard {
        let (submission, framework) = try validate(data: data, file: file)
        return Self.score(submission, with: framework, explanations: explanations)
    }

    /// Parses and validates a submission against the framework it names.
    public func validate(data: Data, file: String) throws(DiagnosticError) -> (Submission, Framework) {
        let root = try DocumentLoader.parse(data, file: file)
        let id = try DocumentLoader.frameworkID(ofSubmission: root, file: file)
        guard let framework = catalog.framework(id: id) else {
            let known = catalog.frameworks.map(\.id).joined(separator: ", ")
            throw DiagnosticError([
                known.isEmpty
                    ? Diagnostic(.error, code: .frameworkNoneAvailable, file: file, path: JSONPath(keys: "framework"), arguments: ["id": .string(id)])
                    : Diagnostic(
                        .error, code: .frameworkUnknown, file: file, path: JSONPath(keys: "framework"),
                        arguments: ["id": .string(id), "available": .string(known)])
            ])
        }
        return (try DocumentLoader.submission(from: root, file: file, framework: framework), framework)
    }

    /// Scores a validated submission. Deterministic: the same input gives the same scorecard.
    public static func score(_ submission: Submission, with framework: Framework, explanations: Bool = true) -> Scorecard {
        var run = ScoringRun(framework: framework, submission: submission, explain: explanations)
        return run.scorecard()
    }
}

/// One scoring pass over a framework's tree.
private struct ScoringRun {
    let framework: Framework
    let submission: Submission
    let evaluator: LeafEvaluator
    var nodes: [NodeScore] = []
    var lost: [(LostPoints, Int)] = []
    var warnings: [Diagnostic] = []

    let explain: Bool

    init(framework: Framework, submission: Submission, explain: Bool) {
        self.framework = framework
        self.submission = submission
        self.explain = explain
        self.evaluator = LeafEvaluator(framework: framework, submission: submission, explain: explain)
    }

    private func both(_ make: (NumberStyle) -> String) -> LocalizedText {
        guard explain else { return LocalizedText(vi: "") }
        return LocalizedText(
            vi: make(NumberStyle(language: .vi, display: framework.display)),
            en: make(NumberStyle(language: .en, display: framework.display)))
    }

    mutating func scorecard() -> Scorecard {
        nodes.reserveCapacity(framework.lookup.nodeIDs.count)
        for field in framework.fields { _ = visit(field, level: 1, parent: nil) }
        let leaves = nodes.filter(\.isLeaf)
        let leafPoints = leaves.reduce(ExactDecimal(0)) { $0 + $1.points }
        let applicable = leaves.reduce(ExactDecimal(0)) { $0 + $1.applicableMaximum }
        let components: [ComponentScore]
        if framework.components.isEmpty {
            components = [
                ComponentScore(
                    id: "total", title: LocalizedText(vi: "Tổng", en: "Total"), points: leafPoints, maximum: framework.maximum,
                    applicableMaximum: applicable)
            ]
        } else {
            components = framework.components.map { component in
                let own = leaves.filter { $0.component == component.id }
                return ComponentScore(
                    id: component.id, title: component.title, points: own.reduce(0) { $0 + $1.points },
                    maximum: component.max, applicableMaximum: own.reduce(0) { $0 + $1.applicableMaximum })
            }
        }
        let adjustments = framework.adjustments.map(adjustment)
        let bonus = adjustments.filter { $0.kind == .bonus }.reduce(ExactDecimal(0)) { $0 + $1.points }
        let penalty = adjustments.filter { $0.kind == .penalty }.reduce(ExactDecimal(0)) { $0 + $1.points }
        let total = Swift.min(Swift.max(leafPoints + bonus - penalty, 0), applicable)
        let index = applicable > 0 ? ExactDecimal.product(total, 100, dividedBy: applicable) : 0
        let band = framework.band(total: total, applicable: applicable).map { BandResult(id: $0.id, label: $0.label) }
        let claimDifferences = leaves.compactMap { leaf -> ClaimDifference? in
            guard let claimed = leaf.claimedPoints, claimed != leaf.points else { return nil }
            return ClaimDifference(id: leaf.id, claimed: claimed, final: leaf.points)
        }
        let lostPoints = lost.sorted { a, b in a.0.points != b.0.points ? a.0.points > b.0.points : a.1 < b.1 }.map(\.0)
        return Scorecard(
            frameworkID: framework.id, frameworkTitle: framework.title, unit: submission.unit, year: submission.year,
            file: submission.file, display: framework.display, nodes: nodes, components: components,
            adjustments: adjustments, leafPoints: leafPoints, total: total, maximum: framework.maximum,
            applicableMaximum: applicable, index: index, band: band, lostPoints: lostPoints,
            claimDifferences: claimDifferences, warnings: warnings)
    }

    /// Scores a node and its subtree; returns (points, applicable maximum).
    mutating func visit(_ node: Node, level: Int, parent: String?) -> (ExactDecimal, ExactDecimal) {
        guard node.isLeaf else {
            let position = nodes.count
            nodes.append(
                NodeScore(
                    id: node.id, title: node.title, level: level, parentID: parent, isLeaf: false, component: node.component,
                    maximum: node.max, applicableMaximum: 0, points: 0, provenance: node.provenance.status))
            var points: ExactDecimal = 0
            var applicable: ExactDecimal = 0
            for child in node.children {
                let (p, a) = visit(child, level: level + 1, parent: node.id)
                points += p
                applicable += a
            }
            nodes[position].points = points
            nodes[position].applicableMaximum = applicable
            return (points, applicable)
        }
        let score = leafScore(node, level: level, parent: parent)
        nodes.append(score)
        return (score.points, score.applicableMaximum)
    }

    mutating func leafScore(_ leaf: Node, level: Int, parent: String?) -> NodeScore {
        var score = NodeScore(
            id: leaf.id, title: leaf.title, level: level, parentID: parent, isLeaf: true, component: leaf.component,
            maximum: leaf.max, applicableMaximum: leaf.max, points: 0, status: .scored, ruleKind: leaf.rule?.kindName,
            claimedPoints: submission.claimed[leaf.id], provenance: leaf.provenance.status)
        if let reason = submission.notApplicable[leaf.id] {
            score.applicableMaximum = 0
            score.status = .notApplicable
            score.explanation = explain ? LocalizedText(vi: "Không áp dụng: \(reason)", en: "Not applicable: \(reason)") : nil
            return score
        }
        let outcome = evaluator.evaluate(leaf)
        guard let computed = outcome.points else {
            score.applicableMaximum = 0
            score.status = .notApplicable
            score.explanation = explain ? outcome.explanation : nil
            return score
        }
        score.computedPoints = computed
        score.points = computed
        score.status = outcome.status
        score.explanation = explain ? outcome.explanation : nil
        var hint = outcome.hint
        if outcome.status == .missingData {
            warnings.append(
                Diagnostic(
                    .warning, file: submission.file, path: JSONPath(keys: "facts"),
                    explain
                        ? LocalizedText(vi: "tiêu chí \(leaf.id): \(outcome.explanation.vi)", en: "leaf \(leaf.id): \(outcome.explanation.text(.en))")
                        : LocalizedText(vi: "tiêu chí \(leaf.id): thiếu dữ liệu", en: "leaf \(leaf.id): missing data")))
        }
        if let correction = submission.appraisal[leaf.id] {
            score.points = correction.points
            score.status = .appraised
            score.explanation =
                !explain
                ? nil
                : both { s in
                    s.language == .vi
                        ? "Hội đồng thẩm định chấm \(s.outOf(correction.points, leaf.max)) (theo quy tắc: \(s.points(computed))): \(correction.reason)"
                        : "The appraisal council set \(s.outOf(correction.points, leaf.max)) (the rule gives \(s.points(computed))): \(correction.reason)"
                }
            hint = both { s in
                s.language == .vi
                    ? "Điểm do hội đồng thẩm định quyết định: \(correction.reason)" : "Set by the appraisal council: \(correction.reason)"
            }
        }
        if case .evidence = leaf.rule {
            // Evidence leaves account for their documents in their points.
        } else if explain {
            let given = submission.evidence[leaf.id] ?? [:]
            let absent = leaf.documents.filter { given[$0.id] == nil }
            if !absent.isEmpty {
                warnings.append(
                    Diagnostic(
                        .warning, file: submission.file, path: JSONPath(keys: "evidence", leaf.id),
                        LocalizedText(
                            vi: "tiêu chí \(leaf.id) thiếu tài liệu kiểm chứng: \(absent.map(\.title.vi).joined(separator: "; "))",
                            en: "leaf \(leaf.id) lacks evidence: \(absent.map { $0.title.text(.en) }.joined(separator: "; "))")))
            }
        }
        if score.points < leaf.max {
            let missing = leaf.max - score.points
            lost.append((LostPoints(id: leaf.id, title: leaf.title, points: missing, hint: hint ?? LocalizedText(vi: "—")), nodes.count))
        }
        return score
    }

    func adjustment(_ section: AdjustmentSection) -> AdjustmentScore {
        var parts: [(AdjustmentItem, ExactDecimal, ExactDecimal)] = []
        for item in section.items {
            guard case .number(let occurrences)? = submission.facts[item.fact], occurrences > 0 else { continue }
            parts.append((item, occurrences, Swift.min(occurrences * item.perOccurrence, item.cap)))
        }
        let raw = parts.reduce(ExactDecimal(0)) { $0 + $1.2 }
        let points = Swift.min(raw, section.cap)
        let explanation = both { s in
            if parts.isEmpty { return s.language == .vi ? "Không phát sinh" : "None" }
            let list = parts.map { item, n, p in "\(item.title.text(s.language)): \(s.quantity(n)) × \(s.points(item.perOccurrence)) = \(s.points(p))"
            }
            let capped = raw > section.cap ? (s.language == .vi ? " (tối đa \(s.points(section.cap)))" : " (capped at \(s.points(section.cap)))") : ""
            return list.joined(separator: "; ") + " → \(s.points(points)) \(s.pointsWord)\(capped)"
        }
        return AdjustmentScore(id: section.id, kind: section.kind, title: section.title, points: points, explanation: explanation)
    }
}
