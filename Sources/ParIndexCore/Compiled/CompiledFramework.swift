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
    /// The slot of each fact id, for the full path and for explanations.
    let factSlots: [String: Int]
    let factTable: ByteKeyTable
    let factTypes: [Fact.ValueType]
    let factOptions: [[[UInt8]]]
    /// Whether each option is an answer the full validation accepts (not blank, at most 100 characters).
    let answerIsUsable: [[Bool]]
    /// The metrics whose part must not exceed their whole, one per distinct numerator.
    let partChecks: [SlotMetric]

    // Leaves, in tree order.
    let leafNodes: [Node]
    let leafTable: ByteKeyTable
    let leafDocuments: [ByteKeyTable]
    let leafCount: Int

    // The tables scoring reads, without reference counting.
    let leafMax: UnsafeBufferPointer<ExactDecimal>
    /// Whether every leaf belongs to a component.
    let everyLeafHasComponent: Bool
    /// The decimals computed leaf points are rounded to before summing; −1 for none.
    let leafRounding: Int
    let leafRules: UnsafeBufferPointer<CompiledRule>
    let leafField: UnsafeBufferPointer<Int>
    /// The component index of each leaf; -1 when it counts towards none.
    let leafComponent: UnsafeBufferPointer<Int>
    let leafDocumentBase: UnsafeBufferPointer<Int>
    let metrics: UnsafeBufferPointer<SlotMetric>
    let metricFacts: UnsafeBufferPointer<Int>
    let tiers: UnsafeBufferPointer<Tier>
    let deadlines: UnsafeBufferPointer<SlotDeadline>
    let percents: UnsafeBufferPointer<ExactDecimal>
    /// The options of every survey rule.
    let surveyOptions: UnsafeBufferPointer<SlotSurveyOption>
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

        var compiler = RuleCompiler(framework)
        factSlots = compiler.factSlots
        factTable = ByteKeyTable(framework.facts.enumerated().map { ($1.id, $0) })
        factTypes = framework.facts.map(\.type)
        factCount = framework.facts.count
        factOptions = framework.facts.map { $0.options.map { Array($0.utf8) } }
        answerIsUsable = framework.facts.map { $0.options.map { !ValueReader.isBlank($0) && $0.count <= 100 } }
        var metricFacts: [Int] = []
        var metrics: [SlotMetric] = []
        var seenMetrics: Set<String> = []
        for metric in framework.metrics where seenMetrics.insert(metric.id).inserted {
            let start = metricFacts.count
            metricFacts += metric.numerator.map { compiler.slot($0, RuleCompiler.numbers) }
            let middle = metricFacts.count
            metricFacts += metric.denominator.map { compiler.slot($0, RuleCompiler.numbers) }
            metrics.append(SlotMetric(numerator: start..<middle, denominator: middle..<metricFacts.count))
        }
        var seenParts: Set<String> = []
        partChecks = framework.metrics.compactMap { metric in
            guard seenParts.insert(metric.numerator.joined(separator: "+")).inserted else { return nil }
            return metrics[compiler.metric(metric.id)]
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
        leafNodes = leaves.map(\.0)
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

        let rules = leaves.map { leaf, _ in leaf.rule?.compile(leaf: leaf, &compiler) ?? .direct(DirectRule()) }
        func range<T>(_ table: inout [T], _ items: [T]) -> Range<Int> {
            table += items
            return table.count - items.count..<table.count
        }
        var adjustmentItems: [SlotAdjustmentItem] = []
        let adjustments = framework.adjustments.map { section in
            SlotAdjustment(
                isBonus: section.kind == .bonus, cap: section.cap,
                items: range(
                    &adjustmentItems,
                    section.items.map {
                        SlotAdjustmentItem(fact: compiler.slot($0.fact, RuleCompiler.numbers), perOccurrence: $0.perOccurrence, cap: $0.cap)
                    }))
        }

        self.leafMax = Self.table(leaves.map(\.0.max))
        self.leafRounding = framework.rounding.leafPoints ?? -1
        self.leafRules = Self.table(rules)
        self.leafField = Self.table(leaves.map(\.1))
        self.leafComponent = Self.table(
            leaves.map { leaf, _ in componentList.isEmpty ? 0 : (leaf.component.flatMap { id in componentList.firstIndex { $0.id == id } } ?? -1) })
        self.everyLeafHasComponent = !self.leafComponent.contains { $0 < 0 }
        self.leafDocumentBase = Self.table(documentBases)
        self.metrics = Self.table(metrics)
        self.metricFacts = Self.table(metricFacts)
        self.tiers = Self.table(compiler.tiers)
        self.deadlines = Self.table(compiler.deadlines)
        self.percents = Self.table(compiler.percents)
        self.surveyOptions = Self.table(compiler.surveyOptions)
        self.adjustments = Self.table(adjustments)
        self.adjustmentItems = Self.table(adjustmentItems)
        self.bands = Self.table(framework.bands.map { SlotBand(lower: $0.lower, inclusive: $0.lowerInclusive) })
    }

    deinit {
        Self.release(leafMax)
        Self.release(leafRules)
        Self.release(leafField)
        Self.release(leafComponent)
        Self.release(leafDocumentBase)
        Self.release(metrics)
        Self.release(metricFacts)
        Self.release(tiers)
        Self.release(deadlines)
        Self.release(percents)
        Self.release(surveyOptions)
        Self.release(adjustments)
        Self.release(adjustmentItems)
        Self.release(bands)
    }

    /// Deinitializes and frees a table made by ``table(_:)``.
    private static func release<T>(_ table: UnsafeBufferPointer<T>) {
        UnsafeMutableBufferPointer(mutating: table).deinitialize()
        table.deallocate()
    }

    /// A copy of `items` in memory of its own.
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
