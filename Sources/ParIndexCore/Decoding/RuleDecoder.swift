import Foundation

/// Reads the `rule` of a leaf.
struct RuleDecoder {
    let reader: ValueReader
    private var sink: DiagnosticSink { reader.sink }

    func decode(_ value: JSONValue, _ path: JSONPath) -> Rule? {
        guard let object = reader.object(value, path, allowed: nil),
            let kind = reader.member(object, "kind", path).flatMap({ reader.string($0, path.appending("kind")) })
        else { return nil }
        func keys(_ names: String...) -> Bool {
            reader.object(value, path, allowed: ["kind"] + names) != nil
        }
        func required<T>(_ key: String, _ read: (JSONValue, JSONPath) -> T?) -> T? {
            reader.member(object, key, path).flatMap { read($0, path.appending(key)) }
        }
        func optional<T>(_ key: String, _ read: (JSONValue, JSONPath) -> T?) -> T?? {
            guard let value = object[key] else { return .some(nil) }
            guard let result = read(value, path.appending(key)) else { return nil }
            return .some(result)
        }
        let id = { (value: JSONValue, path: JSONPath) in reader.identifier(value, path) }
        switch kind {
        case "evidence":
            guard keys("incomplete"), let incomplete = optional("incomplete", incompleteEvidence) else { return nil }
            return .evidence(incomplete: incomplete ?? .zero)
        case "boolean":
            guard keys("fact"), let fact = required("fact", id) else { return nil }
            return .boolean(fact: fact)
        case "tiers":
            guard keys("metric", "fact", "tiers", "whenUndefined") else { return nil }
            let source: ValueSource
            switch (object["metric"], object["fact"]) {
            case (.some(let m), nil): guard let m = id(m, path.appending("metric")) else { return nil }; source = .metric(m)
            case (nil, .some(let f)): guard let f = id(f, path.appending("fact")) else { return nil }; source = .fact(f)
            default:
                sink.error(.criteriaTiersNeedOneSource, path)
                return nil
            }
            guard let tiers = required("tiers", tierList), let when = optional("whenUndefined", whenUndefined) else { return nil }
            return .tiers(source: source, tiers: tiers, whenUndefined: when ?? .notApplicable)
        case "ratio":
            guard keys("metric", "target", "whenUndefined"), let metric = required("metric", id),
                let target = optional("target", { reader.decimal($0, $1, in: ExactDecimal(raw: 10_000)...100) }),
                let when = optional("whenUndefined", whenUndefined)
            else { return nil }
            return .ratio(metric: metric, target: target ?? 100, whenUndefined: when ?? .notApplicable)
        case "deadline":
            guard keys("items", "mode", "late", "missing"), let items = required("items", deadlineItems),
                let mode = optional("mode", { v, p in enumValue(v, p, DeadlineMode.self) }),
                let late = optional("late", percentObject), let missing = optional("missing", percentObject)
            else { return nil }
            return .deadline(items: items, mode: mode ?? .all, latePercent: late ?? 0, missingPercent: missing ?? 0)
        case "count":
            guard keys("done", "total", "required", "mode", "whenUndefined"), let done = required("done", id),
                let mode = optional("mode", { v, p in enumValue(v, p, CountMode.self) }),
                let when = optional("whenUndefined", whenUndefined)
            else { return nil }
            let total: CountTotal
            switch (object["total"], object["required"]) {
            case (.some(let t), nil): guard let t = id(t, path.appending("total")) else { return nil }; total = .fact(t)
            case (nil, .some(let r)):
                guard let r = reader.integer(r, path.appending("required"), in: 1...1_000_000) else { return nil }; total = .required(r)
            default:
                sink.error(.criteriaCountNeedsOneTotal, path)
                return nil
            }
            return .count(done: done, of: total, mode: mode ?? .proportional, whenUndefined: when ?? .notApplicable)
        case "ordinal":
            guard keys("fact", "options"), let fact = required("fact", id), let options = required("options", ordinalOptions) else { return nil }
            return .ordinal(fact: fact, options: options)
        case "direct":
            guard keys("source"), let source = required("source", { v, p in enumValue(v, p, DirectSource.self) }) else { return nil }
            return .direct(source: source)
        case "survey":
            guard keys("options", "population", "margin", "whenUndefined"), let options = required("options", surveyOptions),
                let population = optional("population", id),
                let margin = optional("margin", { reader.decimal($0, $1, in: ExactDecimal(raw: 100_000)...50) }),
                let when = optional("whenUndefined", whenUndefined)
            else { return nil }
            return .survey(options: options, population: population, margin: margin ?? 5, whenUndefined: when ?? .notApplicable)
        default:
            let known = Rule.kindNames.joined(separator: ", ")
            sink.error(.criteriaUnknownRuleKind, path.appending("kind"), ["kind": .string(kind), "expected": .string(known)])
            return nil
        }
    }

    private func enumValue<T: RawRepresentable>(_ value: JSONValue, _ path: JSONPath, _ type: T.Type) -> T? where T.RawValue == String {
        guard let text = reader.string(value, path) else { return nil }
        guard let result = T(rawValue: text) else {
            sink.error(.valueInvalidChoice, path, ["value": .string(text)])
            return nil
        }
        return result
    }

    private func whenUndefined(_ value: JSONValue, _ path: JSONPath) -> WhenUndefined? {
        enumValue(value, path, WhenUndefined.self)
    }

    private func percentObject(_ value: JSONValue, _ path: JSONPath) -> ExactDecimal? {
        guard let object = reader.object(value, path, allowed: ["percent"]) else { return nil }
        return reader.member(object, "percent", path).flatMap { reader.decimal($0, path.appending("percent"), in: 0...100) }
    }

    private func incompleteEvidence(_ value: JSONValue, _ path: JSONPath) -> IncompleteEvidence? {
        if case .string(let text) = value {
            switch text {
            case "zero": return .zero
            case "proportional": return .proportional
            default:
                sink.error(.criteriaInvalidIncomplete, path, ["value": .string(text)])
                return nil
            }
        }
        return percentObject(value, path).map { .percent($0) }
    }

    private func tierList(_ value: JSONValue, _ path: JSONPath) -> [Tier]? {
        guard let array = reader.array(value, path) else { return nil }
        if array.isEmpty {
            sink.error(.criteriaEmptyTiers, path)
            return nil
        }
        let tiers = array.enumerated().compactMap { offset, item -> Tier? in
            let p = path.appending(index: offset)
            guard let object = reader.object(item, p, allowed: ["lower", "lowerInclusive", "upper", "upperInclusive", "points"]),
                let lower = reader.member(object, "lower", p).flatMap({ reader.decimal($0, p.appending("lower")) }),
                let points = reader.member(object, "points", p).flatMap({ reader.decimal($0, p.appending("points"), in: 0...1000) })
            else { return nil }
            let lowerInclusive = object["lowerInclusive"].flatMap { reader.bool($0, p.appending("lowerInclusive")) } ?? true
            let upper = object["upper"].flatMap { reader.decimal($0, p.appending("upper")) }
            let upperInclusive = object["upperInclusive"].flatMap { reader.bool($0, p.appending("upperInclusive")) } ?? false
            return Tier(lower: lower, lowerInclusive: lowerInclusive, upper: upper, upperInclusive: upperInclusive, points: points)
        }
        return tiers.count == array.count ? tiers : nil
    }

    private func deadlineItems(_ value: JSONValue, _ path: JSONPath) -> [DeadlineItem]? {
        guard let array = reader.array(value, path) else { return nil }
        if array.isEmpty {
            sink.error(.criteriaEmptyDeadlineItems, path)
            return nil
        }
        let items = array.enumerated().compactMap { offset, item -> DeadlineItem? in
            let p = path.appending(index: offset)
            guard let object = reader.object(item, p, allowed: ["fact", "due"]),
                let fact = reader.member(object, "fact", p).flatMap({ reader.identifier($0, p.appending("fact")) }),
                let due = reader.member(object, "due", p).flatMap({ dueDate($0, p.appending("due")) })
            else { return nil }
            return DeadlineItem(fact: fact, due: due)
        }
        return items.count == array.count ? items : nil
    }

    private func dueDate(_ value: JSONValue, _ path: JSONPath) -> DueDate? {
        guard let object = reader.object(value, path, allowed: ["month", "day", "quarter", "monthOfQuarter", "yearOffset", "inclusive"]) else {
            return nil
        }
        let offset = object["yearOffset"].map { reader.integer($0, path.appending("yearOffset"), in: -1...1) } ?? 0
        let inclusive = object["inclusive"].map { reader.bool($0, path.appending("inclusive")) } ?? true
        guard let offset, let inclusive else { return nil }
        let month: Int?
        let quarter: Int?
        switch (object["month"], object["quarter"]) {
        case (.some(let m), nil):
            if object["monthOfQuarter"] != nil {
                sink.error(.criteriaMonthOfQuarterWithoutQuarter, path.appending("monthOfQuarter"))
                return nil
            }
            month = reader.integer(m, path.appending("month"), in: 1...12)
            quarter = nil
        case (nil, .some(let q)):
            quarter = reader.integer(q, path.appending("quarter"), in: 1...4)
            let monthOfQuarter = reader.member(object, "monthOfQuarter", path).flatMap {
                reader.integer($0, path.appending("monthOfQuarter"), in: 1...3)
            }
            month = quarter.flatMap { q in monthOfQuarter.map { (q - 1) * 3 + $0 } }
        default:
            sink.error(.criteriaDueNeedsMonthOrQuarter, path)
            return nil
        }
        guard let month, let day = reader.member(object, "day", path).flatMap({ reader.integer($0, path.appending("day"), in: 1...31) }) else {
            return nil
        }
        if day > CalendarDate.daysIn(month: month, year: 2001) {
            sink.error(.criteriaNoSuchDay, path.appending("day"), ["month": .value(month), "day": .value(day)])
            return nil
        }
        return DueDate(month: month, day: day, yearOffset: offset, inclusive: inclusive, quarter: quarter)
    }

    private func ordinalOptions(_ value: JSONValue, _ path: JSONPath) -> [OrdinalOption]? {
        guard let array = reader.array(value, path) else { return nil }
        if array.isEmpty {
            sink.error(.valueEmptyList, path)
            return nil
        }
        let options = array.enumerated().compactMap { offset, item -> OrdinalOption? in
            let p = path.appending(index: offset)
            guard let object = reader.object(item, p, allowed: ["answer", "percent"]),
                let answer = reader.member(object, "answer", p).flatMap({ reader.string($0, p.appending("answer"), maxLength: 100) }),
                let percent = reader.member(object, "percent", p).flatMap({ reader.decimal($0, p.appending("percent"), in: 0...100) })
            else { return nil }
            return OrdinalOption(answer: answer, percent: percent)
        }
        return options.count == array.count && !options.isEmpty ? options : nil
    }

    private func surveyOptions(_ value: JSONValue, _ path: JSONPath) -> [SurveyOption]? {
        guard let array = reader.array(value, path) else { return nil }
        if array.isEmpty {
            sink.error(.valueEmptyList, path)
            return nil
        }
        let options = array.enumerated().compactMap { offset, item -> SurveyOption? in
            let p = path.appending(index: offset)
            guard let object = reader.object(item, p, allowed: ["answer", "count", "percent"]),
                let answer = reader.member(object, "answer", p).flatMap({ reader.string($0, p.appending("answer"), maxLength: 100) }),
                let count = reader.member(object, "count", p).flatMap({ reader.identifier($0, p.appending("count")) }),
                let percent = reader.member(object, "percent", p).flatMap({ reader.decimal($0, p.appending("percent"), in: 0...100) })
            else { return nil }
            return SurveyOption(answer: answer, count: count, percent: percent)
        }
        return options.count == array.count && !options.isEmpty ? options : nil
    }
}
