/// Reads and validates a progress file against its plan. See <doc:PlanFormat>.
struct PlanProgressDecoder {
    let sink: DiagnosticSink
    let plan: Plan
    private var p: PlanReader { PlanReader(sink: sink) }
    private var reader: ValueReader { p.reader }

    static let topKeys = ["formatVersion", "kind", "unit", "year", "period", "asOf", "tasks"]
    static let entryKeys = ["status", "doneOn", "outputs", "actual", "spent", "decision", "note", "occurrences"]

    func decode(_ root: JSONValue) -> PlanProgress? {
        let path = JSONPath()
        guard let object = reader.object(root, path) else { return nil }
        guard p.header(object, expected: "progress", supported: PlanProgress.supportedFormatVersion) else { return nil }
        _ = reader.object(root, path, allowed: Self.topKeys)
        let unit = p.required(object, "unit", path) { reader.identifier($0, $1) }
        let year = p.required(object, "year", path) { reader.integer($0, $1, in: SubmissionSchema.yearRange) }
        let period = p.required(object, "period", path, decodePeriod)
        let asOf = p.required(object, "asOf", path) { reader.date($0, $1) }
        if let unit, let year, unit != plan.unit.id || year != plan.year {
            sink.error(
                .progressPlanMismatch, path.appending("unit"),
                ["unit": .string(unit), "year": .value(year), "planUnit": .string(plan.unit.id), "planYear": .value(plan.year)])
        }
        var entries: [String: TaskProgress] = [:]
        if let asOf, let value = p.required(object, "tasks", path, { value, _ in Optional(value) }),
            let tasks = reader.object(value, path.appending("tasks"))
        {
            for (id, item) in tasks.entries {
                let itemPath = path.appending("tasks").appending(id)
                guard let task = plan.task(id) else {
                    sink.error(.progressUnknownTask, itemPath, ["task": .string(String(id.prefix(60))), "plan": .string(plan.file)])
                    continue
                }
                if let entry = decodeEntry(item, itemPath, task: task, asOf: asOf) { entries[id] = entry }
            }
        }
        guard !sink.hasErrors, let unit, let year, let period, let asOf else { return nil }
        return PlanProgress(file: sink.file, unitID: unit, year: year, period: period, asOf: asOf, tasks: entries)
    }

    private func decodePeriod(_ value: JSONValue, _ path: JSONPath) -> ReportingPeriod? {
        guard let text = reader.string(value, path) else { return nil }
        guard let period = ReportingPeriod(rawValue: text) else {
            let known = ReportingPeriod.allCases.map(\.rawValue).joined(separator: ", ")
            sink.error(.progressUnknownPeriod, path, ["period": .string(String(text.prefix(40))), "known": .string(known)])
            return nil
        }
        return period
    }

    private func decodeStatus(_ value: JSONValue, _ path: JSONPath) -> TaskStatus? {
        guard let text = reader.string(value, path) else { return nil }
        guard let status = TaskStatus(rawValue: text) else {
            let known = TaskStatus.allCases.map(\.rawValue).joined(separator: ", ")
            sink.error(.progressUnknownStatus, path, ["status": .string(String(text.prefix(40))), "known": .string(known)])
            return nil
        }
        return status
    }

    /// One task's entry, or one occurrence's when `occurrenceOf` is given.
    private func decodeEntry(_ value: JSONValue, _ path: JSONPath, task: PlanTask, asOf: CalendarDate, nested: Bool = false) -> TaskProgress? {
        let allowed = nested ? Self.entryKeys.filter { $0 != "occurrences" } : Self.entryKeys
        guard let object = reader.object(value, path, allowed: allowed) else { return nil }
        var occurrences: [String: TaskProgress] = [:]
        if !nested, let value = object["occurrences"] {
            let listPath = path.appending("occurrences")
            if !task.isRecurring {
                sink.error(.progressNotRecurring, listPath, ["task": .string(task.id)])
            } else if let list = reader.object(value, listPath) {
                for (id, item) in list.entries {
                    guard task.occurrences.contains(where: { $0.id == id }) else {
                        let known = task.occurrences.map(\.id).joined(separator: ", ")
                        sink.error(
                            .progressUnknownOccurrence, listPath.appending(id),
                            ["occurrence": .string(String(id.prefix(60))), "task": .string(task.id), "known": .string(known)])
                        continue
                    }
                    if let entry = decodeEntry(item, listPath.appending(id), task: task, asOf: asOf, nested: true) { occurrences[id] = entry }
                }
            }
        }
        let status: TaskStatus?
        if object["status"] == nil, !occurrences.isEmpty || object["occurrences"] != nil {
            status = Self.derived(occurrences, of: task)
        } else {
            status = p.required(object, "status", path, decodeStatus)
        }
        let doneOn = p.optional(object, "doneOn", path) { p.notAfter(reader.date($0, $1), asOf, $1) }
        let outputs = p.optional(object, "outputs", path) { value, listPath in p.list(value, listPath) { p.document($0, $1, latest: asOf) } } ?? []
        let actual = p.optional(object, "actual", path) { reader.decimal($0, $1, in: 0...SubmissionSchema.maximumMagnitude) }
        let spent = p.optional(object, "spent", path) { reader.decimal($0, $1, in: 0...SubmissionSchema.maximumMagnitude) }
        let decision = p.optional(object, "decision", path) { p.document($0, $1, latest: asOf) }
        let note = p.optional(object, "note", path) { p.text($0, $1) }
        guard let status else { return nil }
        if status.isDone, doneOn == nil, object["doneOn"] == nil, !(task.isRecurring && !nested) {
            sink.error(.progressDoneWithoutDate, path.appending("doneOn"), ["task": .string(task.id)])
        }
        if status == .cancelled, decision == nil, object["decision"] == nil {
            sink.error(.progressCancelledWithoutDecision, path.appending("decision"), ["task": .string(task.id)])
        }
        return TaskProgress(
            status: status, doneOn: doneOn, outputs: outputs, actual: actual, spent: spent, decision: decision, note: note,
            occurrences: occurrences)
    }

    /// A recurring task's status from its occurrences: done when every one is, started when any is.
    static func derived(_ occurrences: [String: TaskProgress], of task: PlanTask) -> TaskStatus {
        let statuses = task.occurrences.map { occurrences[$0.id]?.status ?? .notStarted }
        if statuses.allSatisfy(\.isDone) { return statuses.contains(.doneLate) ? .doneLate : .done }
        if statuses.allSatisfy({ $0 == .notStarted }) { return .notStarted }
        return .inProgress
    }
}
