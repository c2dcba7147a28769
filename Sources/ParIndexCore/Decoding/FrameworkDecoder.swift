import Foundation

/// Turns a parsed criteria file into a ``Framework``, reporting every problem with its JSON path.
struct FrameworkDecoder {
    let sink: DiagnosticSink
    private var reader: ValueReader { ValueReader(sink: sink) }

    static let topKeys = [
        "formatVersion", "id", "title", "legalBasis", "unitKinds", "years", "provenance", "display", "rounding",
        "components", "facts", "metrics", "bands", "fields", "adjustments", "planMeasures",
    ]

    /// The deepest tree of criteria: fields are level 1.
    static let maximumTreeDepth = 8

    func decode(_ root: JSONValue) -> Framework? {
        let path = JSONPath()
        guard let object = reader.object(root, path, allowed: nil) else { return nil }
        // The version comes first: a newer file may use keys this version does not know.
        guard let versionValue = reader.member(object, "formatVersion", path),
            let version = reader.integer(versionValue, path.appending("formatVersion"), in: SubmissionSchema.formatVersionRange)
        else { return nil }
        if version > Framework.supportedFormatVersion {
            sink.error(
                .criteriaNewerFormat, path.appending("formatVersion"),
                ["version": .value(version), "supported": .value(Framework.supportedFormatVersion)])
            return nil
        }
        _ = reader.object(root, path, allowed: Self.topKeys)
        let id = reader.member(object, "id", path).flatMap { reader.identifier($0, path.appending("id")) }
        let title = reader.member(object, "title", path).flatMap { reader.text($0, path.appending("title")) }
        let legalBasis = stringList(object, "legalBasis", path) ?? []
        let kinds = unitKinds(object, path)
        let years = years(object, path)
        let provenance = reader.member(object, "provenance", path).flatMap { self.provenance($0, path.appending("provenance")) }
        let display = display(object, path)
        let rounding = rounding(object, path)
        let components = list(object, "components", path, required: false, decodeComponent) ?? []
        let facts = list(object, "facts", path, required: false, decodeFact) ?? []
        let metrics = list(object, "metrics", path, required: false, decodeMetric) ?? []
        let bands = list(object, "bands", path, required: true, decodeBand) ?? []
        let defaultComponent = components.isEmpty ? "total" : nil
        let fields =
            list(object, "fields", path, required: true) { value, itemPath in
                decodeNode(value, itemPath, inheritedComponent: defaultComponent, depth: 1)
            } ?? []
        let adjustments = list(object, "adjustments", path, required: false, decodeSection) ?? []
        let planMeasures = list(object, "planMeasures", path, required: false) { decodePlanMeasure($0, $1, facts: facts) } ?? []
        guard !sink.hasErrors, let id, let title, let kinds, let years, let provenance else { return nil }
        var framework = Framework(
            formatVersion: version, id: id, title: title, legalBasis: legalBasis, unitKinds: kinds,
            firstYear: years.0, lastYear: years.1, provenance: provenance, display: display,
            components: components, facts: facts, metrics: metrics,
            bands: bands.sorted { $0.lower > $1.lower }, fields: fields, adjustments: adjustments,
            file: sink.file)
        framework.rounding = rounding
        framework.planMeasures = planMeasures
        return framework
    }

    private func list<T>(
        _ object: JSONObject, _ key: String, _ path: JSONPath, required: Bool,
        _ decodeItem: (JSONValue, JSONPath) -> T?
    ) -> [T]? {
        let listPath = path.appending(key)
        guard let value = reader.member(object, key, path, required: required),
            let array = reader.array(value, listPath)
        else { return nil }
        if required && array.isEmpty {
            sink.error(.valueEmptyList, listPath)
        }
        return array.enumerated().compactMap { offset, item in decodeItem(item, listPath.appending(index: offset)) }
    }

    private func stringList(_ object: JSONObject, _ key: String, _ path: JSONPath) -> [String]? {
        list(object, key, path, required: false) { value, itemPath in reader.string(value, itemPath) }
    }

    private func unitKinds(_ object: JSONObject, _ path: JSONPath) -> [UnitKind]? {
        let kinds = list(object, "unitKinds", path, required: true) { value, itemPath -> UnitKind? in
            guard let text = reader.string(value, itemPath) else { return nil }
            guard let kind = UnitKind(rawValue: text) else {
                let known = UnitKind.allCases.map(\.rawValue).joined(separator: ", ")
                sink.error(.criteriaUnknownUnitKind, itemPath, ["kind": .string(text), "expected": .string(known)])
                return nil
            }
            return kind
        }
        return kinds
    }

    private func years(_ object: JSONObject, _ path: JSONPath) -> (Int, Int)? {
        let yearsPath = path.appending("years")
        guard let value = reader.member(object, "years", path),
            let years = reader.object(value, yearsPath, allowed: ["from", "to"]),
            let from = reader.member(years, "from", yearsPath).flatMap({
                reader.integer($0, yearsPath.appending("from"), in: SubmissionSchema.yearRange)
            }),
            let to = reader.member(years, "to", yearsPath).flatMap({ reader.integer($0, yearsPath.appending("to"), in: SubmissionSchema.yearRange) })
        else { return nil }
        if to < from {
            sink.error(.criteriaYearsReversed, yearsPath, ["from": .value(from), "to": .value(to)])
            return nil
        }
        return (from, to)
    }

    private func display(_ object: JSONObject, _ path: JSONPath) -> DisplaySettings {
        var settings = DisplaySettings()
        let displayPath = path.appending("display")
        guard let value = object["display"],
            let display = reader.object(value, displayPath, allowed: ["pointDecimals", "percentDecimals"])
        else { return settings }
        if let v = display["pointDecimals"], let n = reader.integer(v, displayPath.appending("pointDecimals"), in: 0...6) {
            settings.pointDecimals = n
        }
        if let v = display["percentDecimals"], let n = reader.integer(v, displayPath.appending("percentDecimals"), in: 0...6) {
            settings.percentDecimals = n
        }
        return settings
    }

    private func rounding(_ object: JSONObject, _ path: JSONPath) -> RoundingPolicy {
        var policy = RoundingPolicy()
        let roundingPath = path.appending("rounding")
        guard let value = object["rounding"], let rounding = reader.object(value, roundingPath, allowed: ["leafPoints"]) else { return policy }
        if let v = rounding["leafPoints"], let n = reader.integer(v, roundingPath.appending("leafPoints"), in: 0...6) {
            policy.leafPoints = n
        }
        return policy
    }

    func provenance(_ value: JSONValue, _ path: JSONPath) -> Provenance? {
        guard let object = reader.object(value, path, allowed: ["status", "source", "quote"]) else { return nil }
        let statusPath = path.appending("status")
        guard let statusText = reader.member(object, "status", path).flatMap({ reader.string($0, statusPath) }) else { return nil }
        guard let status = Provenance.Status(rawValue: statusText) else {
            sink.error(.criteriaInvalidStatus, statusPath, ["status": .string(statusText)])
            return nil
        }
        guard let source = reader.member(object, "source", path).flatMap({ reader.string($0, path.appending("source")) }) else { return nil }
        let quote = object["quote"].flatMap { reader.string($0, path.appending("quote"), maxLength: 4000) }
        return Provenance(status: status, source: source, quote: quote)
    }

    private func decodeComponent(_ value: JSONValue, _ path: JSONPath) -> Component? {
        guard let object = reader.object(value, path, allowed: ["id", "title", "max"]),
            let id = reader.member(object, "id", path).flatMap({ reader.identifier($0, path.appending("id")) }),
            let title = reader.member(object, "title", path).flatMap({ reader.text($0, path.appending("title")) }),
            let max = reader.member(object, "max", path).flatMap({ reader.decimal($0, path.appending("max"), in: 0...1000) })
        else { return nil }
        return Component(id: id, title: title, max: max)
    }

    private func decodeFact(_ value: JSONValue, _ path: JSONPath) -> Fact? {
        guard let object = reader.object(value, path, allowed: ["id", "title", "type", "options", "unit", "fromRecords"]),
            let id = reader.member(object, "id", path).flatMap({ reader.identifier($0, path.appending("id")) }),
            let title = reader.member(object, "title", path).flatMap({ reader.text($0, path.appending("title")) }),
            let typeText = reader.member(object, "type", path).flatMap({ reader.string($0, path.appending("type")) })
        else { return nil }
        guard let type = Fact.ValueType(rawValue: typeText) else {
            let known = Fact.ValueType.allCases.map(\.rawValue).joined(separator: ", ")
            sink.error(.criteriaUnknownFactType, path.appending("type"), ["type": .string(typeText), "expected": .string(known)])
            return nil
        }
        let options = list(object, "options", path, required: type == .answer) { v, p in reader.string(v, p, maxLength: 100) } ?? []
        if type != .answer && !options.isEmpty {
            sink.error(.criteriaOptionsWithoutAnswer, path.appending("options"))
        }
        let unit = object["unit"].flatMap { reader.text($0, path.appending("unit")) }
        let fromRecords = object["fromRecords"].flatMap { decodeFromRecords($0, path.appending("fromRecords"), type: type) }
        return Fact(id: id, title: title, type: type, options: options, unit: unit, fromRecords: fromRecords)
    }

    private func decodeMetric(_ value: JSONValue, _ path: JSONPath) -> Metric? {
        guard let object = reader.object(value, path, allowed: ["id", "title", "numerator", "denominator"]),
            let id = reader.member(object, "id", path).flatMap({ reader.identifier($0, path.appending("id")) }),
            let title = reader.member(object, "title", path).flatMap({ reader.text($0, path.appending("title")) }),
            let numerator = idList(object, "numerator", path),
            let denominator = idList(object, "denominator", path)
        else { return nil }
        return Metric(id: id, title: title, numerator: numerator, denominator: denominator)
    }

    /// A fact id or a non-empty list of them.
    private func idList(_ object: JSONObject, _ key: String, _ path: JSONPath) -> [String]? {
        let itemPath = path.appending(key)
        guard let value = reader.member(object, key, path) else { return nil }
        if case .string = value { return reader.identifier(value, itemPath).map { [$0] } }
        guard let array = reader.array(value, itemPath) else { return nil }
        if array.isEmpty {
            sink.error(.valueEmptyList, itemPath)
            return nil
        }
        let ids = array.enumerated().compactMap { reader.identifier($1, itemPath.appending(index: $0)) }
        return ids.count == array.count ? ids : nil
    }

    private func decodeBand(_ value: JSONValue, _ path: JSONPath) -> Band? {
        guard let object = reader.object(value, path, allowed: ["id", "label", "lower", "lowerInclusive", "provenance"]),
            let id = reader.member(object, "id", path).flatMap({ reader.identifier($0, path.appending("id")) }),
            let label = reader.member(object, "label", path).flatMap({ reader.text($0, path.appending("label")) }),
            let lower = reader.member(object, "lower", path).flatMap({ reader.decimal($0, path.appending("lower"), in: 0...100) })
        else { return nil }
        let inclusive = object["lowerInclusive"].flatMap { reader.bool($0, path.appending("lowerInclusive")) } ?? true
        let provenance = object["provenance"].flatMap { self.provenance($0, path.appending("provenance")) }
        return Band(id: id, label: label, lower: lower, lowerInclusive: inclusive, provenance: provenance)
    }

    private func decodeNode(_ value: JSONValue, _ path: JSONPath, inheritedComponent: String?, depth: Int) -> Node? {
        let keys = ["id", "title", "max", "component", "provenance", "children", "rule", "documents"]
        guard let object = reader.object(value, path, allowed: keys) else { return nil }
        if depth > Self.maximumTreeDepth {
            sink.error(.criteriaTreeTooDeep, path, ["limit": .value(Self.maximumTreeDepth)])
            return nil
        }
        let idPath = path.appending("id")
        var id: String?
        if let idValue = reader.member(object, "id", path), let text = reader.string(idValue, idPath, maxLength: 40) {
            if Self.isNodeID(text) {
                id = text
            } else {
                sink.error(.criteriaInvalidNodeID, idPath, ["id": .string(text)])
            }
        }
        let title = reader.member(object, "title", path).flatMap { reader.text($0, path.appending("title")) }
        let max = reader.member(object, "max", path).flatMap { reader.decimal($0, path.appending("max"), in: 0...1000) }
        let component = object["component"].flatMap { reader.identifier($0, path.appending("component")) } ?? inheritedComponent
        if component == nil && object["component"] == nil && object["rule"] != nil {
            sink.error(.criteriaLeafWithoutComponent, path.appending("component"))
        }
        let provenance = reader.member(object, "provenance", path).flatMap { self.provenance($0, path.appending("provenance")) }
        let documents =
            list(object, "documents", path, required: false) { v, p -> DocumentRequirement? in
                guard let doc = reader.object(v, p, allowed: ["id", "title"]),
                    let id = reader.member(doc, "id", p).flatMap({ reader.identifier($0, p.appending("id")) }),
                    let title = reader.member(doc, "title", p).flatMap({ reader.text($0, p.appending("title")) })
                else { return nil }
                return DocumentRequirement(id: id, title: title)
            } ?? []
        var children: [Node] = []
        var rule: Rule?
        switch (object["children"], object["rule"]) {
        case (.some, .some):
            sink.error(.criteriaChildrenAndRule, path)
        case (nil, nil):
            sink.error(.criteriaNeitherChildrenNorRule, path)
        case (.some(let value), nil):
            let childrenPath = path.appending("children")
            if let array = reader.array(value, childrenPath) {
                if array.isEmpty { sink.error(.criteriaEmptyChildren, childrenPath) }
                children = array.enumerated().compactMap { offset, child in
                    decodeNode(child, childrenPath.appending(index: offset), inheritedComponent: component, depth: depth + 1)
                }
            }
            if !documents.isEmpty {
                sink.error(.criteriaDocumentsOnParent, path.appending("documents"))
            }
        case (nil, .some(let value)):
            rule = RuleDecoder(reader: reader).decode(value, path.appending("rule"))
        }
        guard let id, let title, let max, let provenance, rule != nil || !children.isEmpty, component != nil || rule == nil else { return nil }
        return Node(
            id: id, title: title, max: max, component: component, provenance: provenance, children: children,
            rule: rule, documents: documents, path: path)
    }

    static func isNodeID(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.count <= 8
            && parts.allSatisfy { part in
                !part.isEmpty && part.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
            }
    }

    private func decodeSection(_ value: JSONValue, _ path: JSONPath) -> AdjustmentSection? {
        guard let object = reader.object(value, path, allowed: ["id", "kind", "title", "cap", "provenance", "items"]),
            let id = reader.member(object, "id", path).flatMap({ reader.identifier($0, path.appending("id")) }),
            let kindText = reader.member(object, "kind", path).flatMap({ reader.string($0, path.appending("kind")) }),
            let title = reader.member(object, "title", path).flatMap({ reader.text($0, path.appending("title")) }),
            let cap = reader.member(object, "cap", path).flatMap({ reader.decimal($0, path.appending("cap"), in: 0...100) }),
            let provenance = reader.member(object, "provenance", path).flatMap({ self.provenance($0, path.appending("provenance")) })
        else { return nil }
        guard let kind = AdjustmentSection.Kind(rawValue: kindText) else {
            sink.error(.criteriaInvalidAdjustmentKind, path.appending("kind"), ["kind": .string(kindText)])
            return nil
        }
        let items =
            list(object, "items", path, required: true) { v, p -> AdjustmentItem? in
                guard let item = reader.object(v, p, allowed: ["id", "title", "fact", "perOccurrence", "cap", "provenance"]),
                    let id = reader.member(item, "id", p).flatMap({ reader.string($0, p.appending("id"), maxLength: 40) }),
                    let title = reader.member(item, "title", p).flatMap({ reader.text($0, p.appending("title")) }),
                    let fact = reader.member(item, "fact", p).flatMap({ reader.identifier($0, p.appending("fact")) }),
                    let per = reader.member(item, "perOccurrence", p).flatMap({ reader.decimal($0, p.appending("perOccurrence"), in: 0...100) }),
                    let cap = reader.member(item, "cap", p).flatMap({ reader.decimal($0, p.appending("cap"), in: 0...100) }),
                    let provenance = reader.member(item, "provenance", p).flatMap({ self.provenance($0, p.appending("provenance")) })
                else { return nil }
                return AdjustmentItem(id: id, title: title, fact: fact, perOccurrence: per, cap: cap, provenance: provenance)
            } ?? []
        return AdjustmentSection(id: id, kind: kind, title: title, cap: cap, provenance: provenance, items: items)
    }
}
