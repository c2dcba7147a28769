/// A framework compiled for scoring many submissions: facts, leaves and documents are numbered
/// once, so that a submission is read straight from its bytes into an array of slots
/// (``SubmissionSlots``) and scored without a dictionary look-up or a string.
///
/// Build one per framework and batch; it never changes and may be shared across threads.
/// ``BatchScorer`` does this for you.
public final class CompiledFramework: @unchecked Sendable {
    // Sendable: every property is set in `init` and never changed; the tables are freed in `deinit`.

    /// The framework compiled.
    public let framework: Framework
    let idBytes: [UInt8]
    let unitKindBytes: [(kind: UnitKind, bytes: [UInt8])]

    // Facts.
    let factTable: ByteKeyTable
    let factTypes: [Fact.ValueType]
    let factOptions: [[[UInt8]]]
    /// Whether each option is an answer the full validation accepts (not blank, at most 100 characters).
    let answerIsUsable: [[Bool]]
    /// The metrics whose part must not exceed their whole, one per distinct numerator.
    let partChecks: [SlotMetric]

    // Leaves, in tree order.
    let leafTable: ByteKeyTable
    let leafDocuments: [ByteKeyTable]
    let leafCount: Int

    // The tables scoring reads, without reference counting.
    let leafMax: UnsafeBufferPointer<ExactDecimal>
    let leafRules: UnsafeBufferPointer<SlotRule>
    let leafField: UnsafeBufferPointer<Int>
    /// The component index of each leaf; -1 when it counts towards none.
    let leafComponent: UnsafeBufferPointer<Int>
    let leafDocumentBase: UnsafeBufferPointer<Int>
    let metrics: UnsafeBufferPointer<SlotMetric>
    let metricFacts: UnsafeBufferPointer<Int>
    let tiers: UnsafeBufferPointer<Tier>
    let deadlines: UnsafeBufferPointer<SlotDeadline>
    let percents: UnsafeBufferPointer<ExactDecimal>
    let adjustments: UnsafeBufferPointer<SlotAdjustment>
    let adjustmentItems: UnsafeBufferPointer<SlotAdjustmentItem>
    let bands: UnsafeBufferPointer<SlotBand>

    // Totals.
    let bandIDs: [String]
    /// Fields and components with zero points, copied for each result.
    let emptyFields: [PartResult]
    let emptyComponents: [PartResult]
    let maximum: ExactDecimal

    // The layout of ``SubmissionSlots/values``: facts, one bit a document present, one bit a leaf
    // declared not applicable, appraisal points a leaf, direct points a leaf.
    let factCount: Int
    let documentCount: Int
    /// The first word of the document bits.
    let documentBase: Int
    /// The first word of the not-applicable bits.
    let notApplicableBase: Int
    let appraisalBase: Int
    let directBase: Int
    let slotCount: Int

    /// Compiles `framework`.
    public init(_ framework: Framework) {
        self.framework = framework
        idBytes = Array(framework.id.utf8)
        unitKindBytes = framework.unitKinds.map { ($0, Array($0.rawValue.utf8)) }

        var factSlot: [String: Int] = [:]
        for (index, fact) in framework.facts.enumerated() where factSlot[fact.id] == nil { factSlot[fact.id] = index }
        factTable = ByteKeyTable(framework.facts.enumerated().map { ($1.id, $0) })
        factTypes = framework.facts.map(\.type)
        factCount = framework.facts.count
        factOptions = framework.facts.map { $0.options.map { Array($0.utf8) } }
        answerIsUsable = framework.facts.map { $0.options.map { !ValueReader.isBlank($0) && $0.count <= 100 } }
        func slot(_ id: String, _ types: Set<Fact.ValueType>) -> Int {
            guard let index = factSlot[id], types.contains(framework.facts[index].type) else { return -1 }
            return index
        }
        let numbers: Set<Fact.ValueType> = [.count, .amount]
        var metricFacts: [Int] = []
        func slotMetric(_ metric: Metric) -> SlotMetric {
            let start = metricFacts.count
            metricFacts += metric.numerator.map { slot($0, numbers) }
            let middle = metricFacts.count
            metricFacts += metric.denominator.map { slot($0, numbers) }
            return SlotMetric(numerator: start..<middle, denominator: middle..<metricFacts.count)
        }
        var metricIndex: [String: Int] = [:]
        var metrics: [SlotMetric] = []
        for metric in framework.metrics where metricIndex[metric.id] == nil {
            metricIndex[metric.id] = metrics.count
            metrics.append(slotMetric(metric))
        }
        var seenParts: Set<String> = []
        partChecks = framework.metrics.compactMap { metric in
            guard seenParts.insert(metric.numerator.joined(separator: "+")).inserted else { return nil }
            return metricIndex[metric.id].map { metrics[$0] }
        }

        let componentList = framework.components
        emptyComponents =
            componentList.isEmpty
            ? [PartResult(id: "total", points: 0, maximum: framework.maximum, applicableMaximum: 0)]
            : componentList.map { PartResult(id: $0.id, points: 0, maximum: $0.max, applicableMaximum: 0) }
        emptyFields = framework.fields.map { PartResult(id: $0.id, points: 0, maximum: $0.max, applicableMaximum: 0) }
        maximum = framework.maximum
        bandIDs = framework.bands.map(\.id)

        var leaves: [(Node, Int)] = []
        for (fieldIndex, field) in framework.fields.enumerated() {
            for leaf in field.leaves { leaves.append((leaf, fieldIndex)) }
        }
        leafCount = leaves.count
        leafTable = ByteKeyTable(leaves.enumerated().map { ($1.0.id, $0) })
        leafDocuments = leaves.map { leaf, _ in ByteKeyTable(leaf.documents.enumerated().map { ($1.id, $0) }) }
        var documents = 0
        let documentBases = leaves.map { leaf, _ in
            defer { documents += leaf.documents.count }
            return documents
        }
        documentCount = documents
        documentBase = framework.facts.count
        notApplicableBase = documentBase + (documents + 63) / 64
        appraisalBase = notApplicableBase + (leaves.count + 63) / 64
        directBase = appraisalBase + leaves.count
        slotCount = directBase + leaves.count

        var tiers: [Tier] = []
        var deadlines: [SlotDeadline] = []
        var percents: [ExactDecimal] = []
        func range<T>(_ table: inout [T], _ items: [T]) -> Range<Int> {
            table += items
            return table.count - items.count..<table.count
        }
        let rules = leaves.map { leaf, _ -> SlotRule in
            switch leaf.rule {
            case .evidence(let incomplete): return .evidence(incomplete: SlotIncompleteEvidence(incomplete), documents: leaf.documents.count)
            case .boolean(let fact): return .boolean(fact: slot(fact, [.boolean]))
            case .tiers(.metric(let id), let list, let when):
                return .metricTiers(metric: metricIndex[id] ?? -1, tiers: range(&tiers, list), whenUndefined: when)
            case .tiers(.fact(let id), let list, _): return .factTiers(fact: slot(id, numbers), tiers: range(&tiers, list))
            case .ratio(let id, let target, let when): return .ratio(metric: metricIndex[id] ?? -1, target: target, whenUndefined: when)
            case .deadline(let items, let mode, let late, let missing):
                let slots = items.map { item in
                    SlotDeadline(
                        fact: factSlot[item.fact] ?? -1, isDate: slot(item.fact, [.date]) >= 0,
                        due: Int64(item.due.yearOffset) * 10_000 + Int64(item.due.month) * 100 + Int64(item.due.day), inclusive: item.due.inclusive)
                }
                return .deadline(items: range(&deadlines, slots), mode: mode, latePercent: late, missingPercent: missing)
            case .count(let done, let total, let mode, let when):
                let whole: SlotCountTotal
                switch total {
                case .required(let n): whole = .required(ExactDecimal(n))
                case .fact(let id): whole = .fact(slot(id, numbers))
                }
                return .count(done: slot(done, numbers), total: whole, mode: mode, whenUndefined: when)
            case .ordinal(let fact, let options):
                let index = slot(fact, [.answer])
                let answers = index >= 0 ? framework.facts[index].options : []
                return .ordinal(
                    fact: index, percents: range(&percents, answers.map { answer in options.first { $0.answer == answer }?.percent ?? 0 }))
            case .direct, nil: return .direct
            }
        }
        var adjustmentItems: [SlotAdjustmentItem] = []
        let adjustments = framework.adjustments.map { section in
            SlotAdjustment(
                isBonus: section.kind == .bonus, cap: section.cap,
                items: range(
                    &adjustmentItems,
                    section.items.map { SlotAdjustmentItem(fact: slot($0.fact, numbers), perOccurrence: $0.perOccurrence, cap: $0.cap) }))
        }

        self.leafMax = Self.table(leaves.map(\.0.max))
        self.leafRules = Self.table(rules)
        self.leafField = Self.table(leaves.map(\.1))
        self.leafComponent = Self.table(
            leaves.map { leaf, _ in componentList.isEmpty ? 0 : (leaf.component.flatMap { id in componentList.firstIndex { $0.id == id } } ?? -1) })
        self.leafDocumentBase = Self.table(documentBases)
        self.metrics = Self.table(metrics)
        self.metricFacts = Self.table(metricFacts)
        self.tiers = Self.table(tiers)
        self.deadlines = Self.table(deadlines)
        self.percents = Self.table(percents)
        self.adjustments = Self.table(adjustments)
        self.adjustmentItems = Self.table(adjustmentItems)
        self.bands = Self.table(framework.bands.map { SlotBand(lower: $0.lower, inclusive: $0.lowerInclusive) })
    }

    deinit {
        leafMax.deallocate()
        leafRules.deallocate()
        leafField.deallocate()
        leafComponent.deallocate()
        leafDocumentBase.deallocate()
        metrics.deallocate()
        metricFacts.deallocate()
        tiers.deallocate()
        deadlines.deallocate()
        percents.deallocate()
        adjustments.deallocate()
        adjustmentItems.deallocate()
        bands.deallocate()
    }

    /// A copy of `items` in memory of its own (the element types hold no references).
    private static func table<T>(_ items: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: Swift.max(items.count, 1))
        _ = buffer.initialize(from: items)
        return UnsafeBufferPointer(rebasing: buffer[0..<items.count])
    }
}

/// A metric as ranges of ``CompiledFramework/metricFacts``: the facts above and below the line.
struct SlotMetric: Sendable {
    var numerator: Range<Int>
    var denominator: Range<Int>
}
