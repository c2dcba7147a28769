/// The facts and evidence a plan's status determines, filled into a submission: the framework's
/// `planMeasures` say which facts (see <doc:PlanFormat>); produced documents whose kind is a
/// document a leaf asks for become that leaf's evidence.
///
/// Values already in a merged submission are kept unless `overwrite` is set; either way a value
/// that differs is reported as a ``Conflict``.
public struct PlanFacts: Sendable {
    /// A fact or evidence document filled from the plan.
    public struct Filled: Sendable, Hashable {
        /// The fact id, or `leaf/document` for evidence.
        public var target: String
        /// The value written, as text.
        public var value: String
        /// Where it comes from.
        public var origin: LocalizedText
    }

    /// A fact or document the plan could not determine, and why.
    public struct Unfilled: Sendable, Hashable {
        /// The fact id, or `leaf/document` for evidence.
        public var target: String
        /// Why.
        public var reason: LocalizedText
    }

    /// A value of the merged submission that differs from the plan's.
    public struct Conflict: Sendable, Hashable {
        /// The fact id, or `leaf/document` for evidence.
        public var target: String
        /// The value in the merged submission.
        public var given: String
        /// The value from the plan.
        public var fromPlan: String
        /// Whether the plan's value replaced the given one (`--overwrite`).
        public var overwritten: Bool
    }

    /// The submission with the plan's facts and evidence.
    public var submission: Submission
    /// What was filled.
    public var filled: [Filled] = []
    /// What could not be.
    public var unfilled: [Unfilled] = []
    /// Values of the merged submission that differ from the plan's.
    public var conflicts: [Conflict] = []
    /// Document kinds and target metrics the plan names that the framework does not have (as
    /// `taskID: id`), so that a misspelt kind does not silently never become evidence.
    public var unmatched: [String] = []

    /// Fills the facts of `framework` that `status` determines into `base` (or a new submission
    /// for the plan's unit and year).
    public init(status: PlanStatus, framework: Framework, merging base: Submission? = nil, overwrite: Bool = false) {
        let plan = status.plan
        submission =
            base
            ?? Submission(
                file: plan.file, frameworkID: framework.id, year: plan.year,
                unit: Unit(
                    id: plan.unit.id, name: plan.unit.name, kind: plan.unit.kind ?? framework.unitKinds.first ?? .so, province: plan.unit.province))
        let documents = status.citable
        for measure in framework.planMeasures {
            let origin: LocalizedText
            let value: FactValue?
            switch measure.kind {
            case .tasks:
                value = .number(ExactDecimal(status.total.counted))
                origin = LocalizedText(vi: "số nhiệm vụ của kế hoạch (trừ nhiệm vụ hủy bỏ)", en: "tasks of the plan (cancelled ones left out)")
            case .tasksDone:
                value = .number(ExactDecimal(status.total.done))
                origin = LocalizedText(vi: "nhiệm vụ hoàn thành đến \(status.asOf.vietnamese)", en: "tasks done by \(status.asOf)")
            case .tasksDoneOnTime:
                value = .number(ExactDecimal(status.total.doneOnTime))
                origin = LocalizedText(vi: "nhiệm vụ hoàn thành đúng hạn đến \(status.asOf.vietnamese)", en: "tasks done on time by \(status.asOf)")
            case .issuedOn:
                value = plan.date.map { .date($0) }
                origin = LocalizedText(vi: "ngày ban hành kế hoạch", en: "the plan's date of issue")
                if value == nil {
                    unfilled.append(
                        Unfilled(
                            target: measure.fact, reason: LocalizedText(vi: "kế hoạch không ghi ngày ban hành", en: "the plan gives no date of issue")
                        ))
                }
            case .outputDate:
                let kind = measure.document ?? ""
                let dated = documents.filter { $0.document.kind == kind }.compactMap { $0.document.date }
                value = dated.min().map { .date($0) }
                origin = LocalizedText(vi: "ngày của văn bản \(kind) đầu tiên", en: "the date of the first \(kind) document")
                if value == nil {
                    unfilled.append(
                        Unfilled(
                            target: measure.fact,
                            reason: LocalizedText(
                                vi: "chưa có văn bản \(kind) có ngày đến \(status.asOf.vietnamese)", en: "no dated \(kind) document by \(status.asOf)"
                            )))
                }
            }
            guard let value else { continue }
            put(fact: measure.fact, value, origin: origin, overwrite: overwrite)
        }
        fillEvidence(documents, status: status, framework: framework, overwrite: overwrite)
        let kinds = Set(framework.leaves.flatMap { $0.documents.map(\.id) })
        for task in plan.tasks {
            for kind in task.outputs.compactMap(\.kind) + task.occurrences.compactMap(\.output) where !kinds.contains(kind) {
                unmatched.append("\(task.id): \(kind)")
            }
            if let target = task.indicator?.target, target.frameworkID == nil || target.frameworkID == framework.id,
                framework.metric(target.metric) == nil
            {
                unmatched.append("\(task.id): \(target.metric)")
            }
        }
    }

    private mutating func put(fact: String, _ value: FactValue, origin: LocalizedText, overwrite: Bool) {
        if let given = submission.facts[fact], given != value {
            conflicts.append(Conflict(target: fact, given: Self.text(given), fromPlan: Self.text(value), overwritten: overwrite))
            guard overwrite else { return }
        }
        submission.facts[fact] = value
        filled.append(Filled(target: fact, value: Self.text(value), origin: origin))
    }

    private mutating func fillEvidence(_ documents: [CitableDocument], status: PlanStatus, framework: Framework, overwrite: Bool) {
        // The document kinds the plan's tasks (cancelled ones aside) promise, and the task that promises each.
        var promised: [String: String] = [:]
        for task in status.tasks.filter({ $0.standing != .cancelled }).map(\.task) {
            for kind in task.outputs.compactMap(\.kind) + task.occurrences.compactMap(\.output) where promised[kind] == nil {
                promised[kind] = task.id
            }
        }
        for leaf in framework.leaves {
            for requirement in leaf.documents {
                let target = "\(leaf.id)/\(requirement.id)"
                guard let cited = documents.first(where: { $0.document.kind == requirement.id }) else {
                    if let task = promised[requirement.id] {
                        unfilled.append(
                            Unfilled(
                                target: target,
                                reason: LocalizedText(
                                    vi: "nhiệm vụ \(task) chưa có văn bản \(requirement.id)",
                                    en: "task \(task) has produced no \(requirement.id) document yet")))
                    }
                    continue
                }
                let d = cited.document
                let document = EvidenceDocument(number: d.number, title: d.title ?? requirement.title.vi, date: d.date, link: d.link)
                if let given = submission.evidence[leaf.id]?[requirement.id], given != document {
                    conflicts.append(Conflict(target: target, given: given.number, fromPlan: d.number, overwritten: overwrite))
                    guard overwrite else { continue }
                }
                submission.evidence[leaf.id, default: [:]][requirement.id] = document
                let origin = LocalizedText(vi: "văn bản của nhiệm vụ \(cited.taskID)", en: "a document of task \(cited.taskID)")
                filled.append(Filled(target: target, value: d.number, origin: origin))
            }
        }
    }

    /// A fact value as text.
    static func text(_ value: FactValue) -> String {
        switch value {
        case .number(let n): n.exactText
        case .date(let d): d.description
        case .boolean(let b): b ? "true" : "false"
        case .answer(let a): a
        }
    }
}
