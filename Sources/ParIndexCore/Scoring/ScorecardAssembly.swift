extension CompiledFramework {
    /// Scores a submission's slots into a whole ``Scorecard``: the kernel's totals, every node of
    /// the tree, points lost, claims that differ and warnings. Explanations and hints are written
    /// later, only when read.
    public func scorecard(_ slots: SubmissionSlots) -> Scorecard {
        var recorder = TraceRecorder(self)
        let totals = score(slots, recording: &recorder)
        let details = slots.details ?? SubmissionDetails(documents: documentCount, leaves: leafCount)
        let record = ScoringRecord(compiled: self, slots: slots, details: details, recorder: recorder)
        var assembly = ScorecardAssembly(compiled: self, record: record, points: recorder.points, file: slots.file)
        for field in framework.fields { _ = assembly.visit(field, level: 1, parent: nil) }
        let components = zip(totals.components, framework.components.isEmpty ? [nil] : framework.components.map(Optional.some)).map {
            part, component in
            ComponentScore(
                id: part.id, title: component?.title ?? LocalizedText(vi: "Tổng", en: "Total"), points: part.points, maximum: part.maximum,
                applicableMaximum: part.applicableMaximum)
        }
        let adjustments = framework.adjustments.enumerated().map { index, section in
            AdjustmentScore(
                id: section.id, kind: section.kind, title: section.title, points: recorder.adjustments[index],
                source: ExplanationSource(record: record, position: .adjustment(index)))
        }
        let claimDifferences = assembly.nodes.compactMap { node -> ClaimDifference? in
            guard node.isLeaf, let claimed = node.claimedPoints, claimed != node.points else { return nil }
            return ClaimDifference(id: node.id, claimed: claimed, final: node.points)
        }
        return Scorecard(
            frameworkID: framework.id, frameworkTitle: framework.title, unit: slots.unit, year: slots.year, file: slots.file,
            display: framework.display, nodes: assembly.nodes, components: components, adjustments: adjustments,
            leafPoints: totals.leafPoints, total: totals.total, maximum: totals.maximum, applicableMaximum: totals.applicableMaximum,
            index: totals.index,
            band: totals.bandID.flatMap { id in framework.bands.first { $0.id == id } }.map { BandResult(id: $0.id, label: $0.label) },
            lostPoints: WinBack.ordered(assembly.lost), claimDifferences: claimDifferences, warnings: assembly.warnings, totals: totals)
    }
}

/// One walk over a framework's tree, parents before their children, turning the kernel's leaf
/// records into ``NodeScore``s.
private struct ScorecardAssembly {
    let compiled: CompiledFramework
    let record: ScoringRecord
    /// Each leaf's final points, from the kernel.
    let points: [ExactDecimal]
    let file: String
    var nodes: [NodeScore] = []
    var lost: [(LostPoints, Int)] = []
    var warnings: [Diagnostic] = []
    private var nextLeaf = 0

    init(compiled: CompiledFramework, record: ScoringRecord, points: [ExactDecimal], file: String) {
        self.compiled = compiled
        self.record = record
        self.points = points
        self.file = file
        nodes.reserveCapacity(compiled.framework.lookup.nodeIDs.count)
    }

    /// Adds a node and its subtree; returns its (points, applicable maximum).
    mutating func visit(_ node: Node, level: Int, parent: String?) -> (ExactDecimal, ExactDecimal) {
        guard node.isLeaf else {
            let position = nodes.count
            nodes.append(
                NodeScore(
                    id: node.id, title: node.title, level: level, parentID: parent, isLeaf: false, component: node.component,
                    maximum: node.max, applicableMaximum: 0, points: 0, provenance: node.provenance.status))
            var sum = ExactSum()
            var applicable: ExactDecimal = 0
            for child in node.children {
                let (p, a) = visit(child, level: level + 1, parent: node.id)
                sum.add(p)
                applicable += a
            }
            let points = sum.value
            nodes[position].points = points
            nodes[position].applicableMaximum = applicable
            return (points, applicable)
        }
        let leaf = nextLeaf
        nextLeaf += 1
        let score = leafScore(node, leaf, level: level, parent: parent)
        nodes.append(score)
        return (score.points, score.applicableMaximum)
    }

    private mutating func leafScore(_ node: Node, _ leaf: Int, level: Int, parent: String?) -> NodeScore {
        let trace = record.traces[leaf]
        let corrected = record.correction(leaf) != nil
        let applies = trace.points != nil || corrected
        let status: LeafStatus
        switch trace.outcome {
        case _ where corrected: status = .appraised
        case _ where !applies: status = .notApplicable
        case .missingData: status = .missingData
        case .noEvidence: status = .noEvidence
        default: status = .scored
        }
        let source = ExplanationSource(record: record, position: .leaf(leaf))
        let score = NodeScore(
            id: node.id, title: node.title, level: level, parentID: parent, isLeaf: true, component: node.component, maximum: node.max,
            applicableMaximum: applies ? node.max : 0, points: points[leaf], status: status, ruleKind: node.rule?.kindName,
            computedPoints: trace.points, claimedPoints: record.details.claimed[leaf], provenance: node.provenance.status, source: source)
        guard applies else { return score }
        if trace.outcome == .missingData {
            let missing = compiled.leafRules[leaf].missing(record.rendering(leaf: leaf, .vi))
            warnings.append(
                Diagnostic(
                    .warning, code: .scoreMissingData, file: file,
                    path: JSONPath(keys: missing.first?.hasPrefix("direct") == true ? "direct" : "facts"),
                    arguments: MissingDataWarning.arguments(
                        leaf: node, missing: missing, lost: node.max - points[leaf], framework: compiled.framework)))
        }
        if case .survey(_, let population?, let margin, _) = node.rule, trace.outcome == .scored,
            trace.decider == SurveyRule.Sample.tooSmall.rawValue
        {
            let n = record.rendering(leaf: leaf, .vi).number(fact: population) ?? 0
            warnings.append(
                Diagnostic(
                    .warning, code: .scoreSmallSample, file: file, path: JSONPath(keys: "facts"),
                    arguments: [
                        "leaf": .string(node.id), "respondents": .string(trace.first.exactText), "required": .string(trace.second.exactText),
                        "population": .string(n.exactText), "margin": .string(margin.exactText),
                    ]))
        }
        if case .evidence = node.rule {
            // Evidence leaves account for their documents in their points.
        } else {
            let base = compiled.leafDocumentBase[leaf]
            let absent = node.documents.indices.filter { k in
                record.values.withUnsafeBufferPointer { !SubmissionSlots.bit($0, compiled.documentBase, base + k) }
            }.map { node.documents[$0].title }
            if !absent.isEmpty {
                let titles = LocalizedText(vi: absent.map(\.vi).joined(separator: "; "), en: absent.map { $0.text(.en) }.joined(separator: "; "))
                warnings.append(
                    Diagnostic(
                        .warning, code: .scoreMissingEvidence, file: file, path: JSONPath(keys: "evidence", node.id),
                        arguments: ["leaf": .string(node.id), "documents": .text(titles)]))
            }
        }
        if score.points < node.max {
            lost.append((LostPoints(id: node.id, title: node.title, points: node.max - score.points, source: source), nodes.count))
        }
        return score
    }
}
