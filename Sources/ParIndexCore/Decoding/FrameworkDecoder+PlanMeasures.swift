extension FrameworkDecoder {
    /// `{ "fact", "measure", "document" }`: a fact the plan determines; the fact must be declared
    /// with the type the measure gives.
    func decodePlanMeasure(_ value: JSONValue, _ path: JSONPath, facts: [Fact]) -> PlanMeasure? {
        let reader = ValueReader(sink: sink)
        guard let object = reader.object(value, path, allowed: ["fact", "measure", "document"]) else { return nil }
        let fact = reader.member(object, "fact", path).flatMap { reader.identifier($0, path.appending("fact")) }
        var kind: PlanMeasure.Kind?
        if let text = reader.member(object, "measure", path).flatMap({ reader.string($0, path.appending("measure")) }) {
            kind = PlanMeasure.Kind(rawValue: text)
            if kind == nil {
                let known = PlanMeasure.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                sink.error(
                    .criteriaUnknownPlanMeasure, path.appending("measure"), ["measure": .string(String(text.prefix(40))), "expected": .string(known)])
            }
        }
        let document = object["document"].flatMap { reader.identifier($0, path.appending("document")) }
        if kind == .outputDate, object["document"] == nil { sink.error(.valueMissingKey, path.appending("document"), ["key": "document"]) }
        guard let fact, let kind else { return nil }
        guard let declared = facts.first(where: { $0.id == fact }) else {
            sink.error(.lintUndeclaredFact, path.appending("fact"), ["leaf": .string(path.description), "fact": .string(fact)])
            return nil
        }
        if declared.type != kind.factType {
            sink.error(
                .lintFactType, path.appending("fact"),
                [
                    "leaf": .string(path.description), "expected": .string(kind.factType.rawValue), "fact": .string(fact),
                    "type": .string(declared.type.rawValue),
                ])
            return nil
        }
        return PlanMeasure(fact: fact, kind: kind, document: document)
    }
}
