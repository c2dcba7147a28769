/// What a scorecard's sentences are written from: the compiled framework, the submission's slots
/// and strings, and the kernel's trace of every leaf. Shared, by reference, by the scorecard's
/// nodes; explanations and hints are written from it only when someone reads them, in the one
/// language asked for.
package final class ScoringRecord: Sendable {
    /// The compiled framework the submission was scored with.
    let compiled: CompiledFramework
    /// The submission's slots.
    let values: [Int64]
    /// The submission's strings.
    let details: SubmissionDetails
    /// Each leaf's trace.
    let traces: [LeafTrace]
    /// Each bonus or penalty section's points.
    let adjustmentPoints: [ExactDecimal]
    /// The year evaluated.
    let year: Int

    init(compiled: CompiledFramework, slots: SubmissionSlots, details: SubmissionDetails, recorder: TraceRecorder) {
        self.compiled = compiled
        self.values = slots.values
        self.details = details
        self.traces = recorder.traces
        self.adjustmentPoints = recorder.adjustments
        self.year = slots.year
    }

    /// The rendering context of leaf `leaf` in `language`.
    func rendering(leaf: Int, _ language: Language) -> LeafRendering {
        LeafRendering(record: self, leaf: leaf, trace: traces[leaf], style: NumberStyle(language: language, display: compiled.framework.display))
    }

    /// The council's correction of leaf `leaf` that the kernel applied, if any.
    func correction(_ leaf: Int) -> (points: ExactDecimal, reason: String)? {
        let raw = values[compiled.appraisalBase + leaf]
        guard raw != SubmissionSlots.absent, traces[leaf].outcome != .declaredNotApplicable else { return nil }
        return (ExactDecimal(raw: raw), details.appraisalReasons[leaf] ?? "")
    }

    /// The explanation of leaf `leaf`.
    func explanation(leaf: Int, _ language: Language) -> String {
        let r = rendering(leaf: leaf, language)
        if r.trace.outcome == .declaredNotApplicable {
            let reason = details.notApplicableReasons[leaf] ?? ""
            return r.vi ? "Không áp dụng: \(reason)" : "Not applicable: \(reason)"
        }
        if let (points, reason) = correction(leaf) {
            guard let rule = r.trace.points else {
                return r.vi
                    ? "Hội đồng thẩm định chấm \(r.outOf(points)) và đưa tiêu chí vào điểm tối đa (theo quy tắc: không phát sinh, không áp dụng): \(reason)"
                    : "The appraisal council set \(r.outOf(points)) and made the leaf applicable (the rule: nothing arose, not applicable): \(reason)"
            }
            let computed = r.style.points(rule)
            return r.vi
                ? "Hội đồng thẩm định chấm \(r.outOf(points)) (theo quy tắc: \(computed)): \(reason)"
                : "The appraisal council set \(r.outOf(points)) (the rule gives \(computed)): \(reason)"
        }
        return compiled.leafRules[leaf].explanation(r)
    }

    /// What would win back the points leaf `leaf` lost.
    func hint(leaf: Int, _ language: Language) -> String? {
        if let (_, reason) = correction(leaf) {
            return language == .vi ? "Điểm do hội đồng thẩm định quyết định: \(reason)" : "Set by the appraisal council: \(reason)"
        }
        return compiled.leafRules[leaf].hint(rendering(leaf: leaf, language))
    }

    /// What made up the points of bonus or penalty section `section`.
    func adjustmentExplanation(section: Int, _ language: Language) -> String {
        let framework = compiled.framework
        let style = NumberStyle(language: language, display: framework.display)
        let model = framework.adjustments[section]
        var parts: [String] = []
        var raw: ExactDecimal = 0
        for item in model.items {
            guard let slot = compiled.factSlots[item.fact], RuleCompiler.numbers.contains(compiled.factTypes[slot]),
                values[slot] != SubmissionSlots.absent
            else { continue }
            let occurrences = ExactDecimal(raw: values[slot])
            guard occurrences > 0 else { continue }
            let points = Swift.min(occurrences * item.perOccurrence, item.cap)
            raw += points
            parts.append(
                "\(item.title.text(language)): \(style.quantity(occurrences)) × \(style.points(item.perOccurrence)) = \(style.points(points))")
        }
        if parts.isEmpty { return language == .vi ? "Không phát sinh" : "None" }
        let capped =
            raw > model.cap ? (language == .vi ? " (tối đa \(style.points(model.cap)))" : " (capped at \(style.points(model.cap)))") : ""
        return parts.joined(separator: "; ") + " → \(style.points(adjustmentPoints[section])) \(style.pointsWord)\(capped)"
    }

    /// What decides the sentences at `position`, for comparing scorecards.
    fileprivate func fingerprint(_ position: ExplanationSource.Position) -> [AnyHashable] {
        switch position {
        case .leaf(let leaf):
            let base = compiled.leafDocumentBase[leaf]
            let documents = compiled.leafNodes[leaf].documents.indices.map { details.documentNumbers[base + $0] }
            return [traces[leaf], details.notApplicableReasons[leaf], details.appraisalReasons[leaf], documents]
        case .adjustment(let section):
            let facts = compiled.framework.adjustments[section].items.map { item in compiled.factSlots[item.fact].map { values[$0] } }
            return [adjustmentPoints[section], facts]
        }
    }
}

/// Where a node's, a lost point's or a section's sentence comes from: a ``ScoringRecord`` and a
/// position in it. Two sources are equal when they would write the same sentences.
package struct ExplanationSource: Sendable, Hashable {
    /// A leaf or a bonus or penalty section.
    package enum Position: Sendable, Hashable {
        case leaf(Int)
        case adjustment(Int)
    }

    /// The record.
    let record: ScoringRecord
    /// The leaf or section.
    let position: Position

    /// The explanation of the leaf or section.
    func explanation(_ language: Language) -> String {
        switch position {
        case .leaf(let leaf): record.explanation(leaf: leaf, language)
        case .adjustment(let section): record.adjustmentExplanation(section: section, language)
        }
    }

    /// The win-back hint of the leaf.
    func hint(_ language: Language) -> String? {
        guard case .leaf(let leaf) = position else { return nil }
        return record.hint(leaf: leaf, language)
    }

    package static func == (a: ExplanationSource, b: ExplanationSource) -> Bool {
        a.position == b.position && (a.record === b.record || a.record.fingerprint(a.position) == b.record.fingerprint(b.position))
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(position)
    }
}
