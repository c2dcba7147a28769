import ParIndexCore

/// Writes a plan's status (or a province's) as JSON: counts, every task's standing, the tasks at
/// risk, the budget and the citable documents. Keys in a fixed order; numbers exact.
public enum PlanStatusJSON {
    /// The version of this JSON, written as `formatVersion`.
    public static let formatVersion = 1

    /// The status as JSON text, ending with a newline.
    public static func encode(_ s: PlanStatus, language: Language) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.number("formatVersion", formatVersion)
        w.string("kind", "planStatus")
        write(s, into: &w, language: language)
        w.endObject()
        return w.text + "\n"
    }

    /// A province's table as JSON text, ending with a newline.
    public static func encode(_ province: PlanProvince, language: Language) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.number("formatVersion", formatVersion)
        w.string("kind", "planProvince")
        counts("total", province.total, into: &w)
        w.beginArray("units")
        for (rank, s) in province.units.enumerated() {
            w.beginObject()
            w.number("rank", rank + 1)
            write(s, into: &w, language: language)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text + "\n"
    }

    private static func write(_ s: PlanStatus, into w: inout JSONWriter, language: Language) {
        w.string("file", s.plan.file)
        w.beginObject("unit")
        w.string("id", s.plan.unit.id)
        w.string("name", s.plan.unit.name)
        w.string("province", s.plan.unit.province)
        w.endObject()
        w.number("year", s.plan.year)
        w.string("asOf", s.asOf.description)
        w.beginArray("progressFiles")
        for file in s.progressFiles { w.string(nil, file) }
        w.endArray()
        counts("total", s.total, into: &w)
        w.beginArray("sections")
        for c in s.sections { counts(nil, c, into: &w) }
        w.endArray()
        w.beginArray("units")
        for c in s.units { counts(nil, c, into: &w) }
        w.endArray()
        w.beginObject("budget")
        w.number("planned", s.budgetPlanned)
        w.number("spent", s.budgetSpent)
        w.endObject()
        w.beginArray("atRisk")
        for state in s.atRisk { w.string(nil, state.task.id) }
        w.endArray()
        w.beginArray("overdue")
        for state in s.overdue { w.string(nil, state.task.id) }
        w.endArray()
        w.beginArray("tasks")
        for state in s.tasks { task(state, into: &w, language: language) }
        w.endArray()
        w.beginArray("citable")
        for c in s.citable {
            w.beginObject()
            w.string("task", c.taskID)
            w.string("occurrence", c.occurrenceID)
            document(nil, c.document, into: &w)
            w.endObject()
        }
        w.endArray()
    }

    private static func counts(_ key: String?, _ c: StandingCounts, into w: inout JSONWriter) {
        w.beginObject(key)
        if !c.key.isEmpty {
            w.string("key", c.key)
            w.string("title", c.title)
        }
        w.number("tasks", c.tasks)
        for standing in TaskStanding.allCases { w.number(standing.rawValue, c.count(standing)) }
        w.number("done", c.done)
        w.number("counted", c.counted)
        if let percent = c.completionPercent { w.number("completionPercent", percent) } else { w.null("completionPercent") }
        w.endObject()
    }

    private static func task(_ state: TaskState, into w: inout JSONWriter, language: Language) {
        w.beginObject()
        w.string("id", state.task.id)
        w.string("section", state.sectionID)
        w.string("lead", state.task.lead)
        w.string("status", state.status.rawValue)
        w.string("standing", state.standing.rawValue)
        w.string("standingLabel", state.standing.label(language))
        w.string("due", state.due?.description)
        w.string("doneOn", state.doneOn?.description)
        w.bool("atRisk", state.atRisk)
        if let actual = state.progress?.actual { w.number("actual", actual) }
        if let target = state.task.indicator?.target {
            w.beginObject("target")
            w.string("metric", target.metric)
            w.number("value", target.value)
            w.endObject()
        }
        if !state.occurrences.isEmpty {
            w.beginArray("occurrences")
            for o in state.occurrences {
                w.beginObject()
                w.string("id", o.occurrence.id)
                w.string("due", o.occurrence.due.description)
                w.string("status", (o.progress?.status ?? .notStarted).rawValue)
                w.string("standing", o.standing.rawValue)
                w.string("doneOn", o.progress?.doneOn?.description)
                w.endObject()
            }
            w.endArray()
        }
        if let decision = state.progress?.decision { document("decision", decision, into: &w) }
        w.endObject()
    }

    private static func document(_ key: String?, _ d: ProducedDocument, into w: inout JSONWriter) {
        if let key { w.beginObject(key) }
        w.string("kind", d.kind)
        w.string("number", d.number)
        w.string("title", d.title)
        w.string("date", d.date?.description)
        w.string("link", d.link)
        if key != nil { w.endObject() }
    }
}
