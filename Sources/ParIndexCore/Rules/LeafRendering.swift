/// What a rule's sentences read: the leaf, its trace, the submission's slots and strings, and the
/// number style of the one language asked for. Made only when an explanation or a hint is shown.
package struct LeafRendering {
    /// What the kernel recorded of the whole submission.
    package let record: ScoringRecord
    /// The leaf's position among the framework's leaves.
    package let leaf: Int
    /// What the kernel recorded of the leaf.
    package let trace: LeafTrace
    /// Numbers in the language asked for.
    package let style: NumberStyle

    /// The compiled framework, for slot positions and titles.
    package var compiled: CompiledFramework { record.compiled }
    /// The submission's slots.
    package var values: [Int64] { record.values }
    /// The submission's strings (document numbers, reasons).
    package var details: SubmissionDetails { record.details }
    /// The leaf's rule as the framework writes it (ids and lists), read without copying the node.
    package var rule: Rule? { record.compiled.leafNodes[leaf].rule }
    /// The leaf's id.
    package var leafID: String { record.compiled.leafNodes[leaf].id }
    /// The documents the leaf asks for.
    package var documents: [DocumentRequirement] { record.compiled.leafNodes[leaf].documents }
    /// The year evaluated.
    package var year: Int { record.year }

    /// Whether the sentence is Vietnamese.
    package var vi: Bool { style.language == .vi }

    /// The leaf's maximum.
    package var max: ExactDecimal { record.compiled.leafMax[leaf] }

    /// `points/max điểm` for the rule's points.
    package func outOf(_ points: ExactDecimal) -> String { style.outOf(points, max) }

    /// `+gain điểm`.
    package func gain(_ points: ExactDecimal) -> String { "+\(style.points(points)) \(style.pointsWord)" }

    /// The title of a fact or metric in the language asked for; its id when the framework has neither.
    package func title(_ id: String) -> String { titleText(id).text(style.language) }

    /// The title of a fact or metric in both languages.
    package func titleText(_ id: String) -> LocalizedText {
        compiled.framework.lookup.facts[id]?.title ?? metric(id)?.title ?? LocalizedText(vi: id)
    }

    /// The metric with `id`.
    package func metric(_ id: String) -> Metric? { compiled.framework.lookup.metrics[id] }

    /// The options of the fact in slot `slot`.
    package func options(ofFact slot: Int) -> [String] { compiled.framework.facts[slot].options }

    /// The value given for fact `id`, as the kernel reads it; `nil` when it was not given.
    package func raw(fact id: String, types: Set<Fact.ValueType>) -> Int64? {
        guard let slot = compiled.factSlots[id], types.contains(compiled.factTypes[slot]) else { return nil }
        let value = record.values[slot]
        return value == SubmissionSlots.absent ? nil : value
    }

    /// The count or amount given for fact `id`; `nil` when it was not given.
    package func number(fact id: String) -> ExactDecimal? {
        raw(fact: id, types: [.count, .amount]).map(ExactDecimal.init(raw:))
    }

    /// The facts of metric `id` that were not given (the metric's id when the framework has no such metric).
    package func missingFacts(ofMetric id: String) -> [String] {
        guard let metric = metric(id) else { return [id] }
        return (metric.numerator + metric.denominator).filter { number(fact: $0) == nil }
    }

    /// Whether document `k` of the leaf was given.
    package func hasDocument(_ k: Int) -> Bool {
        record.values.withUnsafeBufferPointer { SubmissionSlots.bit($0, compiled.documentBase, compiled.leafDocumentBase[leaf] + k) }
    }

    /// The number given for document `k` of the leaf, when it was kept.
    package func documentNumber(_ k: Int) -> String? {
        let index = compiled.leafDocumentBase[leaf] + k
        return index < record.details.documentNumbers.count ? record.details.documentNumbers[index] : nil
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
        guard let metric = r.metric(id), let first = metric.denominator.first else { return LocalizedText(vi: id) }
        return r.titleText(first)
    }

    /// What a metric counts, for hints: its one numerator fact, or the metric itself.
    static func subject(ofMetric id: String, _ r: LeafRendering) -> String {
        guard let metric = r.metric(id) else { return id }
        return metric.numerator.count == 1 ? r.title(metric.numerator[0]) : metric.title.text(r.style.language)
    }
}
