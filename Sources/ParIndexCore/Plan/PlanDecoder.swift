/// Reads and validates a plan file, reporting every problem with its JSON path. See <doc:PlanFormat>.
struct PlanDecoder {
    let sink: DiagnosticSink
    private var p: PlanReader { PlanReader(sink: sink) }
    private var reader: ValueReader { p.reader }

    static let topKeys = [
        "formatVersion", "kind", "issuer", "number", "date", "dateText", "year", "unit", "framework", "source", "sections",
    ]
    static let taskKeys = [
        "id", "group", "content", "indicator", "outputs", "budget", "lead", "coordinating", "start", "end", "recurring", "note", "source",
    ]

    func decode(_ root: JSONValue) -> Plan? {
        let path = JSONPath()
        guard let object = reader.object(root, path) else { return nil }
        guard p.header(object, expected: "plan", supported: Plan.supportedFormatVersion) else { return nil }
        _ = reader.object(root, path, allowed: Self.topKeys)
        let issuer = p.required(object, "issuer", path) { reader.string($0, $1, maxLength: SubmissionSchema.maximumUnitNameLength) }
        let number = p.optional(object, "number", path) { reader.string($0, $1, maxLength: SubmissionSchema.maximumDocumentNumberLength) }
        let date = p.optional(object, "date", path) { reader.date($0, $1) }
        let dateText = p.optional(object, "dateText", path) { reader.string($0, $1) }
        let year = p.required(object, "year", path) { reader.integer($0, $1, in: SubmissionSchema.yearRange) }
        let unit = p.required(object, "unit", path, decodeUnit)
        let framework = p.optional(object, "framework", path) { reader.identifier($0, $1) }
        let source = p.optional(object, "source", path, p.source)
        let sections = year.flatMap { year in
            p.required(object, "sections", path) { value, sectionsPath in
                p.list(value, sectionsPath) { decodeSection($0, $1, year: year) }
            }
        }
        if let sections {
            p.checkUnique(sections.enumerated().map { ($1.id, path.appending("sections").appending(index: $0).appending("id")) })
            var taskIDs: [(String, JSONPath)] = []
            for (s, section) in sections.enumerated() {
                for (t, task) in section.tasks.enumerated() {
                    taskIDs.append((task.id, path.appending("sections").appending(index: s).appending("tasks").appending(index: t).appending("id")))
                }
            }
            p.checkUnique(taskIDs)
        }
        guard !sink.hasErrors, let issuer, let year, let unit, let sections else { return nil }
        return Plan(
            file: sink.file, issuer: issuer, number: number, date: date, dateText: dateText, year: year, unit: unit,
            frameworkID: framework, source: source, sections: sections)
    }

    private func decodeUnit(_ value: JSONValue, _ path: JSONPath) -> PlanUnit? {
        guard let object = reader.object(value, path, allowed: ["id", "name", "kind", "province"]) else { return nil }
        let id = p.required(object, "id", path) { reader.identifier($0, $1) }
        let name = p.required(object, "name", path) { reader.string($0, $1, maxLength: SubmissionSchema.maximumUnitNameLength) }
        let province = p.optional(object, "province", path) { reader.string($0, $1, maxLength: SubmissionSchema.maximumProvinceLength) }
        var kind: UnitKind?
        if let text = p.optional(object, "kind", path, { reader.string($0, $1) }) {
            kind = UnitKind(rawValue: text)
            if kind == nil {
                let known = UnitKind.allCases.map(\.rawValue).joined(separator: ", ")
                sink.error(.criteriaUnknownUnitKind, path.appending("kind"), ["kind": .string(text), "expected": .string(known)])
            }
        }
        guard let id, let name else { return nil }
        return PlanUnit(id: id, name: name, kind: kind, province: province)
    }

    private func decodeSection(_ value: JSONValue, _ path: JSONPath, year: Int) -> PlanSection? {
        guard let object = reader.object(value, path, allowed: ["id", "title", "source", "tasks"]) else { return nil }
        let id = p.required(object, "id", path) { reader.identifier($0, $1) }
        let title = p.required(object, "title", path) { p.text($0, $1) }
        let source = p.optional(object, "source", path, p.source)
        let tasks = p.required(object, "tasks", path) { value, tasksPath in
            p.list(value, tasksPath) { decodeTask($0, $1, year: year) }
        }
        guard let id, let title, let tasks else { return nil }
        return PlanSection(id: id, title: title, source: source, tasks: tasks)
    }

    private func decodeTask(_ value: JSONValue, _ path: JSONPath, year: Int) -> PlanTask? {
        guard let object = reader.object(value, path, allowed: Self.taskKeys) else { return nil }
        let id = p.required(object, "id", path) { reader.identifier($0, $1) }
        let group = p.optional(object, "group", path) { p.text($0, $1) }
        let content = p.required(object, "content", path) { p.text($0, $1) }
        let indicator = p.optional(object, "indicator", path, decodeIndicator)
        let outputs = p.optional(object, "outputs", path) { value, listPath in p.list(value, listPath, decodeOutput) } ?? []
        let budget = p.optional(object, "budget", path) { reader.decimal($0, $1, in: 0...SubmissionSchema.maximumMagnitude) }
        let lead = p.required(object, "lead", path) { p.text($0, $1) }
        let coordinating = p.optional(object, "coordinating", path) { value, listPath in p.list(value, listPath) { p.text($0, $1) } } ?? []
        let start = p.required(object, "start", path) { p.text($0, $1) }.map { PlanTime(text: $0, year: year) }
        let end = p.required(object, "end", path) { p.text($0, $1) }.map { PlanTime(text: $0, year: year) }
        let occurrences =
            p.optional(object, "recurring", path) { value, listPath in
                p.list(value, listPath) { decodeOccurrence($0, $1, year: year) }
            } ?? []
        p.checkUnique(occurrences.enumerated().map { ($1.id, path.appending("recurring").appending(index: $0).appending("id")) })
        let note = p.optional(object, "note", path) { p.text($0, $1) }
        let source = p.optional(object, "source", path, p.source)
        guard let id, let content, let lead, let start, let end else { return nil }
        return PlanTask(
            id: id, group: group, content: content, indicator: indicator, outputs: outputs, budget: budget, lead: lead,
            coordinating: coordinating, start: start, end: end, occurrences: occurrences, note: note, source: source)
    }

    /// A text, or `{ "text", "target": { "metric", "value", "framework" } }`.
    private func decodeIndicator(_ value: JSONValue, _ path: JSONPath) -> PlanIndicator? {
        if case .string = value { return p.text(value, path).map { PlanIndicator(text: $0) } }
        guard let object = reader.object(value, path, allowed: ["text", "target"]) else { return nil }
        let text = p.required(object, "text", path) { p.text($0, $1) }
        let target = p.optional(object, "target", path) { value, targetPath -> PlanTarget? in
            guard let target = reader.object(value, targetPath, allowed: ["framework", "metric", "value"]) else { return nil }
            let framework = p.optional(target, "framework", targetPath) { reader.identifier($0, $1) }
            let metric = p.required(target, "metric", targetPath) { reader.identifier($0, $1) }
            let number = p.required(target, "value", targetPath) { reader.decimal($0, $1, in: 0...SubmissionSchema.maximumMagnitude) }
            guard let metric, let number else { return nil }
            return PlanTarget(frameworkID: framework, metric: metric, value: number)
        }
        guard let text, object["target"] == nil || object["target"] == .null || target != nil else { return nil }
        return PlanIndicator(text: text, target: target)
    }

    /// A text, or `{ "text", "kind" }`.
    private func decodeOutput(_ value: JSONValue, _ path: JSONPath) -> PlanOutput? {
        if case .string = value { return p.text(value, path).map { PlanOutput(text: $0) } }
        guard let object = reader.object(value, path, allowed: ["text", "kind"]) else { return nil }
        let text = p.required(object, "text", path) { p.text($0, $1) }
        let kind = p.optional(object, "kind", path) { reader.identifier($0, $1) }
        guard let text else { return nil }
        return PlanOutput(text: text, kind: kind)
    }

    /// `{ "id", "title", "month" | "quarter" + "monthOfQuarter", "day", "before", "yearOffset", "output" }`.
    private func decodeOccurrence(_ value: JSONValue, _ path: JSONPath, year: Int) -> PlanOccurrence? {
        let keys = ["id", "title", "month", "quarter", "monthOfQuarter", "day", "before", "yearOffset", "output"]
        guard let object = reader.object(value, path, allowed: keys) else { return nil }
        let id = p.required(object, "id", path) { reader.identifier($0, $1) }
        let title = p.optional(object, "title", path) { reader.string($0, $1) }
        let month = p.optional(object, "month", path) { reader.integer($0, $1, in: 1...12) }
        let quarter = p.optional(object, "quarter", path) { reader.integer($0, $1, in: 1...4) }
        let monthOfQuarter = p.optional(object, "monthOfQuarter", path, decodeMonthOfQuarter)
        let day = p.required(object, "day", path) { reader.integer($0, $1, in: 1...31) }
        let before = p.optional(object, "before", path) { reader.bool($0, $1) } ?? false
        let offset = p.optional(object, "yearOffset", path) { reader.integer($0, $1, in: -1...1) } ?? 0
        let output = p.optional(object, "output", path) { reader.identifier($0, $1) }
        let hasMonth = object["month"] != nil
        let hasQuarter = object["quarter"] != nil
        if hasMonth == hasQuarter || (hasMonth && object["monthOfQuarter"] != nil) { sink.error(.planDueNeedsMonthOrQuarter, path) }
        if hasQuarter && object["monthOfQuarter"] == nil { sink.error(.valueMissingKey, path.appending("monthOfQuarter"), ["key": "monthOfQuarter"]) }
        var monthRule: PlanDueRule.Month?
        if hasMonth, !hasQuarter, let month { monthRule = .ofYear(month) }
        if hasQuarter, !hasMonth, let quarter, let monthOfQuarter { monthRule = .ofQuarter(quarter: quarter, month: monthOfQuarter) }
        guard let id, let day, let monthRule else { return nil }
        let rule = PlanDueRule(month: monthRule, day: day, before: before, yearOffset: offset)
        guard let occurrence = PlanOccurrence(id: id, title: title, rule: rule, year: year, output: output) else {
            sink.error(.planNoSuchDay, path.appending("day"), ["month": .value(rule.monthOfYear), "day": .value(day)])
            return nil
        }
        return occurrence
    }

    /// 1, 2, 3 or `"last"`.
    private func decodeMonthOfQuarter(_ value: JSONValue, _ path: JSONPath) -> Int? {
        if case .string(let text) = value {
            if text == "last" { return 3 }
            sink.error(.valueInvalidChoice, path, ["value": .string(String(text.prefix(40)))])
            return nil
        }
        return reader.integer(value, path, in: 1...3)
    }
}
