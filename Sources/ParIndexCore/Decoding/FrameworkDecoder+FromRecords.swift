extension FrameworkDecoder {
    /// `{ "figure", "definition"? }`: a count filled from dossier records by `par-score kpi --merge`.
    func decodeFromRecords(_ value: JSONValue, _ path: JSONPath, type: Fact.ValueType) -> FromRecords? {
        let reader = ValueReader(sink: sink)
        guard let object = reader.object(value, path, allowed: ["figure", "definition"]) else { return nil }
        guard let figure = reader.member(object, "figure", path).flatMap({ reader.string($0, path.appending("figure")) }) else { return nil }
        let definition = object["definition"].flatMap { reader.identifier($0, path.appending("definition")) }
        guard KPIFigure(name: figure) != nil, type == .count else {
            let known = KPIFigure.allCases.map(\.name).joined(separator: ", ")
            sink.error(
                .criteriaUnknownRecordFigure, path.appending("figure"), ["figure": .string(String(figure.prefix(40))), "expected": .string(known)])
            return nil
        }
        return FromRecords(figure: figure, definition: definition)
    }
}
