/// A framework compiled for scoring many submissions: facts, leaves and documents are numbered
/// once, so that a submission is read straight from its bytes into an array of slots
/// (``SubmissionSlots``) and scored without a dictionary look-up or a string.
///
/// Build one per framework and batch; it never changes and may be shared across threads.
/// ``BatchScorer`` does this for you.
public final class CompiledFramework: Sendable {
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
    let metrics: [SlotMetric]
    /// The metrics whose part must not exceed their whole, one per distinct numerator.
    let partChecks: [SlotMetric]

    // Leaves, in tree order.
    let leafTable: ByteKeyTable
    let parentIDs: Set<String>
    let leafMax: [ExactDecimal]
    let leafRules: [SlotRule]
    let leafField: [Int]
    /// The component index of each leaf; -1 when it counts towards none.
    let leafComponent: [Int]
    let leafDocuments: [ByteKeyTable]
    let leafDocumentBase: [Int]

    // Totals.
    let fieldIDs: [String]
    let fieldMaxima: [ExactDecimal]
    let componentIDs: [String]
    let componentMaxima: [ExactDecimal]
    let adjustments: [SlotAdjustment]
    let maximum: ExactDecimal

    // The layout of ``SubmissionSlots/values``.
    let documentBase: Int
    let notApplicableBase: Int
    let appraisalBase: Int
    let directBase: Int
    let slotCount: Int

    /// The number of facts.
    var factCount: Int { factTypes.count }
    /// The number of leaves.
    var leafCount: Int { leafMax.count }

    /// Compiles `framework`.
    public init(_ framework: Framework) {
        self.framework = framework
        idBytes = Array(framework.id.utf8)
        unitKindBytes = framework.unitKinds.map { ($0, Array($0.rawValue.utf8)) }

        var factSlot: [String: Int] = [:]
        for (index, fact) in framework.facts.enumerated() where factSlot[fact.id] == nil { factSlot[fact.id] = index }
        factTable = ByteKeyTable(framework.facts.enumerated().map { ($1.id, $0) })
        factTypes = framework.facts.map(\.type)
        factOptions = framework.facts.map { $0.options.map { Array($0.utf8) } }
        answerIsUsable = framework.facts.map { $0.options.map { !ValueReader.isBlank($0) && $0.count <= 100 } }
        func slot(_ id: String, _ types: Set<Fact.ValueType>) -> Int {
            guard let index = factSlot[id], types.contains(framework.facts[index].type) else { return -1 }
            return index
        }
        let numbers: Set<Fact.ValueType> = [.count, .amount]
        var metricIndex: [String: Int] = [:]
        var metrics: [SlotMetric] = []
        for metric in framework.metrics where metricIndex[metric.id] == nil {
            metricIndex[metric.id] = metrics.count
            metrics.append(SlotMetric(numerator: metric.numerator.map { slot($0, numbers) }, denominator: metric.denominator.map { slot($0, numbers) }))
        }
        self.metrics = metrics
        var seenParts: Set<String> = []
        partChecks = framework.metrics.compactMap { metric in
            guard seenParts.insert(metric.numerator.joined(separator: "+")).inserted else { return nil }
            return SlotMetric(numerator: metric.numerator.map { slot($0, numbers) }, denominator: metric.denominator.map { slot($0, numbers) })
        }

        let componentList = framework.components
        componentIDs = componentList.isEmpty ? ["total"] : componentList.map(\.id)
        componentMaxima = componentList.isEmpty ? [framework.maximum] : componentList.map(\.max)
        fieldIDs = framework.fields.map(\.id)
        fieldMaxima = framework.fields.map(\.max)
        maximum = framework.maximum

        var leaves: [(Node, Int)] = []
        for (fieldIndex, field) in framework.fields.enumerated() {
            for leaf in field.leaves { leaves.append((leaf, fieldIndex)) }
        }
        leafTable = ByteKeyTable(leaves.enumerated().map { ($1.0.id, $0) })
        parentIDs = Set(framework.allNodes.filter { !$0.isLeaf }.map(\.id))
        leafMax = leaves.map(\.0.max)
        leafField = leaves.map(\.1)
        leafComponent = leaves.map { leaf, _ in
            componentList.isEmpty ? 0 : (leaf.component.flatMap { id in componentList.firstIndex { $0.id == id } } ?? -1)
        }
        leafDocuments = leaves.map { leaf, _ in ByteKeyTable(leaf.documents.enumerated().map { ($1.id, $0) }) }
        var base = framework.facts.count
        documentBase = base
        leafDocumentBase = leaves.map { leaf, _ in
            defer { base += leaf.documents.count }
            return base
        }
        notApplicableBase = base
        appraisalBase = base + leaves.count
        directBase = base + 2 * leaves.count
        slotCount = base + 3 * leaves.count

        leafRules = leaves.map { leaf, _ -> SlotRule in
            switch leaf.rule {
            case .evidence(let incomplete): return .evidence(incomplete: incomplete, documents: leaf.documents.count)
            case .boolean(let fact): return .boolean(fact: slot(fact, [.boolean]))
            case .tiers(.metric(let id), let tiers, let when): return .metricTiers(metric: metricIndex[id] ?? -1, tiers: tiers, whenUndefined: when)
            case .tiers(.fact(let id), let tiers, _): return .factTiers(fact: slot(id, numbers), tiers: tiers)
            case .ratio(let id, let target, let when): return .ratio(metric: metricIndex[id] ?? -1, target: target, whenUndefined: when)
            case .deadline(let items, let mode, let late, let missing):
                let slots = items.map { item in
                    SlotDeadline(fact: factSlot[item.fact] ?? -1, isDate: slot(item.fact, [.date]) >= 0, due: item.due)
                }
                return .deadline(items: slots, mode: mode, latePercent: late, missingPercent: missing)
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
                let percents = answers.map { answer in options.first { $0.answer == answer }?.percent ?? 0 }
                return .ordinal(fact: index, percents: percents)
            case .direct, nil: return .direct
            }
        }
        adjustments = framework.adjustments.map { section in
            SlotAdjustment(
                kind: section.kind, cap: section.cap,
                items: section.items.map { (fact: slot($0.fact, numbers), perOccurrence: $0.perOccurrence, cap: $0.cap) })
        }
    }
}
