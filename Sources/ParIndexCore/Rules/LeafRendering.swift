/// What a rule's sentences read: the leaf, its trace, the submission's slots and strings, and the
/// number style of the one language asked for. Made only when an explanation or a hint is shown.
package struct LeafRendering {
    /// The framework, for titles.
    package let framework: Framework
    /// The compiled framework, for slot positions.
    package let compiled: CompiledFramework
    /// The submission's slots.
    package let values: [Int64]
    /// The submission's strings (document numbers, reasons).
    package let details: SubmissionDetails
    /// The leaf's position among the framework's leaves.
    package let leaf: Int
    /// The leaf.
    package let node: Node
    /// What the kernel recorded.
    package let trace: LeafTrace
    /// The year evaluated.
    package let year: Int
    /// Numbers in the language asked for.
    package let style: NumberStyle

    /// Whether the sentence is Vietnamese.
    package var vi: Bool { style.language == .vi }

    /// The leaf's maximum.
    package var max: ExactDecimal { node.max }

    /// `points/max điểm` for the rule's points.
    package func outOf(_ points: ExactDecimal) -> String { style.outOf(points, node.max) }

    /// `+gain điểm`.
    package func gain(_ points: ExactDecimal) -> String { "+\(style.points(points)) \(style.pointsWord)" }

    /// The title of a fact or metric in the language asked for; its id when the framework has neither.
    package func title(_ id: String) -> String { titleText(id).text(style.language) }

    /// The title of a fact or metric in both languages.
    package func titleText(_ id: String) -> LocalizedText {
        framework.fact(id)?.title ?? framework.metric(id)?.title ?? LocalizedText(vi: id)
    }

    /// The value given for fact `id`, as the kernel reads it; `nil` when it was not given.
    package func raw(fact id: String, types: Set<Fact.ValueType>) -> Int64? {
        guard let slot = compiled.factSlots[id], types.contains(compiled.factTypes[slot]) else { return nil }
        let value = values[slot]
        return value == SubmissionSlots.absent ? nil : value
    }

    /// The count or amount given for fact `id`; `nil` when it was not given.
    package func number(fact id: String) -> ExactDecimal? {
        raw(fact: id, types: [.count, .amount]).map(ExactDecimal.init(raw:))
    }

    /// The facts of metric `id` that were not given (the metric's id when the framework has no such metric).
    package func missingFacts(ofMetric id: String) -> [String] {
        guard let metric = framework.metric(id) else { return [id] }
        return (metric.numerator + metric.denominator).filter { number(fact: $0) == nil }
    }

    /// Whether document `k` of the leaf was given.
    package func hasDocument(_ k: Int) -> Bool {
        values.withUnsafeBufferPointer { SubmissionSlots.bit($0, compiled.documentBase, compiled.leafDocumentBase[leaf] + k) }
    }

    /// The number given for document `k` of the leaf, when it was kept.
    package func documentNumber(_ k: Int) -> String? {
        let index = compiled.leafDocumentBase[leaf] + k
        return index < details.documentNumbers.count ? details.documentNumbers[index] : nil
    }
}

/// Sentences that several rule kinds share.
enum RuleSentences {
    /// "Thiếu dữ kiện facts[…] → 0/max": a fact the rule reads was not given.
    static func missing(_ ids: [String], _ r: LeafRendering) -> String {
        let list = factList(ids)
        return r.vi ? "Thiếu dữ kiện \(list) → \(r.outOf(0))" : "Missing \(list) → \(r.outOf(0))"
    }

    /// What to do about facts not given.
    static func missingHint(_ ids: [String], _ r: LeafRendering) -> String {
        let list = factList(ids)
        return r.vi ? "Bổ sung dữ kiện \(list)" : "Report \(list)"
    }

    /// `facts["a"], facts["b"]`.
    static func factList(_ ids: [String]) -> String {
        ids.map { "facts[\(JSONWriter.quoted($0))]" }.joined(separator: ", ")
    }

    /// "Không phát sinh (what = 0) → …": the whole a rule divides by is zero.
    static func nothingArose(_ what: LocalizedText, _ r: LeafRendering) -> String {
        guard let points = r.trace.points else {
            return r.vi
                ? "Không phát sinh (\(what.vi) = 0) → không tính vào điểm tối đa"
                : "Nothing arose (\(what.text(.en)) = 0) → left out of the maximum"
        }
        return r.vi ? "Không phát sinh (\(what.vi) = 0) → \(r.outOf(points))" : "Nothing arose (\(what.text(.en)) = 0) → \(r.outOf(points))"
    }

    /// The title of the first fact below a metric's line, for "nothing arose".
    static func denominatorTitle(ofMetric id: String, _ r: LeafRendering) -> LocalizedText {
        guard let metric = r.framework.metric(id), let first = metric.denominator.first else { return LocalizedText(vi: id) }
        return r.titleText(first)
    }

    /// What a metric counts, for hints: its one numerator fact, or the metric itself.
    static func subject(ofMetric id: String, _ r: LeafRendering) -> String {
        guard let metric = r.framework.metric(id) else { return id }
        return metric.numerator.count == 1 ? r.title(metric.numerator[0]) : metric.title.text(r.style.language)
    }
}
