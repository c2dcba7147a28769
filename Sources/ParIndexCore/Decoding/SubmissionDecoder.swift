import Foundation

/// Reads and validates a submission against its framework. See <doc:SubmissionFormat>.
struct SubmissionDecoder {
    let sink: DiagnosticSink
    let framework: Framework
    private var reader: ValueReader { ValueReader(sink: sink) }

    typealias Schema = SubmissionSchema
    typealias Top = SubmissionSchema.TopKey

    /// The top keys: the schema's, and `labels`, the read-only titles a template carries (read
    /// by people, skipped by the tool; see <doc:SubmissionFormat>).
    static let topKeys = Top.names + [SubmissionSchema.labelsKey]
    static let unitKeys = Schema.UnitKey.names
    static let documentKeys = Schema.DocumentKey.names
    static let correctionKeys = Schema.CorrectionKey.names

    /// The framework id and format version, read before the framework is known.
    static func header(_ root: JSONValue, sink: DiagnosticSink) -> String? {
        let reader = ValueReader(sink: sink)
        let path = JSONPath()
        guard let object = reader.object(root, path) else { return nil }
        let versionKey = Top.formatVersion.name
        guard
            let version = reader.member(object, versionKey, path).flatMap({
                reader.integer($0, path.appending(versionKey), in: Schema.formatVersionRange)
            })
        else { return nil }
        if version > Submission.supportedFormatVersion {
            sink.error(
                .submissionNewerFormat, path.appending(versionKey),
                ["version": .value(version), "supported": .value(Submission.supportedFormatVersion)])
            return nil
        }
        let frameworkKey = Top.framework.name
        return reader.member(object, frameworkKey, path).flatMap { reader.identifier($0, path.appending(frameworkKey)) }
    }

    func decode(_ root: JSONValue) -> Submission? {
        let path = JSONPath()
        guard let object = reader.object(root, path, allowed: Self.topKeys) else { return nil }
        func key(_ top: Top) -> String { top.name }
        let year = reader.member(object, key(.year), path).flatMap { reader.integer($0, path.appending(key(.year)), in: Schema.yearRange) }
        if let year, !(framework.firstYear...framework.lastYear).contains(year) {
            sink.error(
                .submissionYearOutsideFramework, path.appending(key(.year)),
                [
                    "year": .value(year), "framework": .string(framework.id), "first": .value(framework.firstYear),
                    "last": .value(framework.lastYear),
                ])
        }
        let unit = reader.member(object, key(.unit), path).flatMap { decodeUnit($0, path.appending(key(.unit))) }
        if let labels = object[SubmissionSchema.labelsKey] { _ = reader.object(labels, path.appending(SubmissionSchema.labelsKey)) }
        let leaves = framework.lookup.leaves
        let facts = year.map { decodeFacts(object[key(.facts)], path.appending(key(.facts)), year: $0) } ?? [:]
        let evidence = decodeEvidence(object[key(.evidence)], path.appending(key(.evidence)), leaves: leaves, year: year)
        let notApplicable = keyedByLeaf(object[key(.notApplicable)], path.appending(key(.notApplicable)), leaves: leaves) { value, p, _ in
            reader.string(value, p, maxLength: Schema.maximumReasonLength)
        }
        let claimed = keyedByLeaf(object[key(.claimed)], path.appending(key(.claimed)), leaves: leaves) { value, p, leaf in
            points(value, p, leaf: leaf)
        }
        let appraisal = keyedByLeaf(object[key(.appraisal)], path.appending(key(.appraisal)), leaves: leaves) {
            value, p, leaf -> AppraisalCorrection? in
            let pointsKey = Schema.CorrectionKey.points.name
            let reasonKey = Schema.CorrectionKey.reason.name
            guard let correction = reader.object(value, p, allowed: Self.correctionKeys),
                let given = reader.member(correction, pointsKey, p).flatMap({ points($0, p.appending(pointsKey), leaf: leaf) }),
                let reason = reader.member(correction, reasonKey, p).flatMap({
                    reader.string($0, p.appending(reasonKey), maxLength: Schema.maximumReasonLength)
                })
            else { return nil }
            return AppraisalCorrection(points: given, reason: reason)
        }
        let direct = keyedByLeaf(object[key(.direct)], path.appending(key(.direct)), leaves: leaves) { value, p, leaf -> ExactDecimal? in
            switch leaf.rule {
            case .direct?, .survey?: break
            default:
                sink.error(.submissionDirectNotAllowed, p, ["leaf": .string(leaf.id), "rule": .string(leaf.rule?.kindName ?? "?")])
                return nil
            }
            return points(value, p, leaf: leaf)
        }
        for id in notApplicable.keys.sorted() where appraisal[id] != nil {
            sink.error(.submissionNotApplicableAndAppraised, path.appending(key(.appraisal)).appending(id), ["leaf": .string(id)])
        }
        let factSources = decodeFactSources(object[key(.factSources)], path.appending(key(.factSources)))
        guard !sink.hasErrors, let year, let unit else { return nil }
        var submission = Submission(
            file: sink.file, frameworkID: framework.id, year: year, unit: unit, facts: facts, evidence: evidence,
            notApplicable: notApplicable, claimed: claimed, appraisal: appraisal, direct: direct)
        submission.factSources = factSources
        return submission
    }

    /// `{ "<fact id>": { "definition", "records": [...], "figure", "period"? } }`.
    private func decodeFactSources(_ value: JSONValue?, _ path: JSONPath) -> [String: FactSource] {
        guard let value, let object = reader.object(value, path) else { return [:] }
        var sources: [String: FactSource] = [:]
        for (key, item) in zip(object.keys, object.values) {
            let p = path.appending(key)
            guard framework.fact(key) != nil else {
                sink.error(.submissionUnknownFact, p, ["fact": .string(key), "framework": .string(framework.id)])
                continue
            }
            guard let entry = reader.object(item, p, allowed: ["definition", "records", "figure", "period"]),
                let definition = reader.member(entry, "definition", p).flatMap({ reader.identifier($0, p.appending("definition")) }),
                let figure = reader.member(entry, "figure", p).flatMap({ reader.string($0, p.appending("figure"), maxLength: 100) }),
                let list = reader.member(entry, "records", p).flatMap({ reader.array($0, p.appending("records")) })
            else { continue }
            let records = list.enumerated().compactMap { index, file in
                reader.string(file, p.appending("records").appending(index: index), maxLength: Schema.maximumReasonLength)
            }
            let period = entry["period"].flatMap { reader.string($0, p.appending("period"), maxLength: 20) }
            sources[key] = FactSource(definition: definition, records: records, figure: figure, period: period)
        }
        return sources
    }

    private func decodeUnit(_ value: JSONValue, _ path: JSONPath) -> Unit? {
        typealias Key = Schema.UnitKey
        guard let object = reader.object(value, path, allowed: Self.unitKeys) else { return nil }
        let id = reader.member(object, Key.id.name, path).flatMap { reader.identifier($0, path.appending(Key.id.name)) }
        let name = reader.member(object, Key.name.name, path).flatMap {
            reader.string($0, path.appending(Key.name.name), maxLength: Schema.maximumUnitNameLength)
        }
        let province = object[Key.province.name].flatMap {
            reader.string($0, path.appending(Key.province.name), maxLength: Schema.maximumProvinceLength)
        }
        var kind: UnitKind?
        if let text = reader.member(object, Key.kind.name, path).flatMap({ reader.string($0, path.appending(Key.kind.name)) }) {
            let allowed = framework.unitKinds.map(\.rawValue).joined(separator: ", ")
            if let parsed = UnitKind(rawValue: text), framework.unitKinds.contains(parsed) {
                kind = parsed
            } else {
                sink.error(
                    .submissionUnknownUnitKind, path.appending(Key.kind.name),
                    ["kind": .string(text), "framework": .string(framework.id), "expected": .string(allowed)])
            }
        }
        guard let id, let name, let kind else { return nil }
        return Unit(id: id, name: name, kind: kind, province: province)
    }

    private func decodeFacts(_ value: JSONValue?, _ path: JSONPath, year: Int) -> [String: FactValue] {
        guard let value, let object = reader.object(value, path) else { return [:] }
        var facts: [String: FactValue] = [:]
        let window = Schema.dateWindow(around: year)
        for (key, item) in zip(object.keys, object.values) {
            func p() -> JSONPath { path.appending(key) }
            guard let fact = framework.fact(key) else {
                let suggestion = Suggestion.argument(key, among: framework.facts.map(\.id)) { framework.fact($0)?.title }
                sink.error(.submissionUnknownFact, p(), ["fact": .string(key), "framework": .string(framework.id), "suggestion": suggestion])
                continue
            }
            if item == .null { continue }  // Not given yet, as in a template.
            if let hint = Self.hint(item, fact) {
                sink.error(.submissionFactValueHint, p(), ["title": .text(fact.title), "fact": .string(key), "hint": .text(hint.message)])
                continue
            }
            switch fact.type {
            case .count:
                // `-0` (and `-0.0`) is zero, as for amounts and points; any other minus is refused.
                if case .number(let text) = item, text.hasPrefix("-"), ExactDecimal.exact(jsonNumber: text) != 0 {
                    sink.error(.submissionNegativeCount, p(), ["value": .string(text)])
                } else if let n = reader.integer(item, p(), in: 0...Schema.maximumCount) {
                    facts[key] = .number(ExactDecimal(n))
                }
            case .amount:
                if let n = reader.decimal(item, p(), in: 0...Schema.maximumMagnitude) { facts[key] = .number(n) }
            case .date:
                if let d = reader.date(item, p()) {
                    if window.contains(d) {
                        facts[key] = .date(d)
                    } else {
                        dateOutsideWindow(p(), d, window, year: year)
                    }
                }
            case .boolean:
                if let b = reader.bool(item, p()) { facts[key] = .boolean(b) }
            case .answer:
                if let s = reader.string(item, p(), maxLength: Schema.maximumAnswerLength) {
                    if fact.options.contains(s) {
                        facts[key] = .answer(s)
                    } else {
                        let options = fact.options.joined(separator: ", ")
                        sink.error(.submissionInvalidAnswer, p(), ["answer": .string(s), "options": .string(options)])
                    }
                }
            }
        }
        checkPartsOfWholes(facts, path)
        return facts
    }

    /// What to fix in a fact's value typed as a person writes it, if anything (see ``ValueHint``).
    static func hint(_ item: JSONValue, _ fact: Fact) -> ValueHint? {
        switch item {
        case .string(let text): ValueHint.hint(raw: text, source: .jsonString, for: fact)
        case .number(let text): ValueHint.hint(raw: text, source: .jsonNumber, for: fact)
        case .bool(let flag): ValueHint.hint(raw: flag ? "true" : "false", source: .jsonBoolean, for: fact)
        default: nil
        }
    }

    /// A metric's numerator must not exceed its denominator.
    private func checkPartsOfWholes(_ facts: [String: FactValue], _ path: JSONPath) {
        func sum(_ ids: [String]) -> ExactDecimal? {
            var total: ExactDecimal = 0
            for id in ids {
                guard case .number(let n)? = facts[id] else { return nil }
                total += n
            }
            return total
        }
        var reported: Set<String> = []
        for metric in framework.metrics {
            guard let part = sum(metric.numerator), let whole = sum(metric.denominator), part > whole else { continue }
            let key = metric.numerator.joined(separator: "+")
            guard reported.insert(key).inserted else { continue }
            let partText = metric.numerator.map { "facts[\(JSONWriter.quoted($0))]" }.joined(separator: " + ")
            let wholeText = metric.denominator.map { "facts[\(JSONWriter.quoted($0))]" }.joined(separator: " + ")
            sink.error(
                .submissionPartExceedsWhole, path.appending(metric.numerator[0]),
                [
                    "part": .string(part.exactText), "partFacts": .string(partText), "whole": .string(whole.exactText),
                    "wholeFacts": .string(wholeText), "metric": .text(metric.title),
                ])
        }
    }

    private func decodeEvidence(_ value: JSONValue?, _ path: JSONPath, leaves: [String: Node], year: Int?) -> [String: [String: EvidenceDocument]] {
        keyedByLeaf(value, path, leaves: leaves) { value, p, leaf -> [String: EvidenceDocument]? in
            guard let object = reader.object(value, p) else { return nil }
            var documents: [String: EvidenceDocument] = [:]
            for (docID, item) in zip(object.keys, object.values) {
                func docPath() -> JSONPath { p.appending(docID) }
                if item == .null && leaf.documents.contains(where: { $0.id == docID }) { continue }  // Not given yet.
                guard leaf.documents.contains(where: { $0.id == docID }) else {
                    let known = leaf.documents.map(\.id).joined(separator: ", ")
                    if known.isEmpty {
                        sink.error(.submissionLeafTakesNoDocuments, docPath(), ["leaf": .string(leaf.id), "document": .string(docID)])
                    } else {
                        let suggestion = Suggestion.argument(docID, among: leaf.documents.map(\.id)) { id in
                            leaf.documents.first { $0.id == id }?.title
                        }
                        sink.error(
                            .submissionUnknownDocument, docPath(),
                            ["leaf": .string(leaf.id), "document": .string(docID), "known": .string(known), "suggestion": suggestion])
                    }
                    continue
                }
                typealias Key = Schema.DocumentKey
                guard let doc = reader.object(item, docPath(), allowed: Self.documentKeys),
                    let number = reader.member(doc, Key.number.name, docPath()).flatMap({
                        reader.string($0, docPath().appending(Key.number.name), maxLength: Schema.maximumDocumentNumberLength)
                    }),
                    let title = reader.member(doc, Key.title.name, docPath()).flatMap({
                        reader.string($0, docPath().appending(Key.title.name), maxLength: Schema.maximumDocumentTitleLength)
                    })
                else { continue }
                var date: CalendarDate?
                if let dateValue = doc[Key.date.name], let d = reader.date(dateValue, docPath().appending(Key.date.name)) {
                    if let year, !Schema.dateWindow(around: year).contains(d) {
                        dateOutsideWindow(docPath().appending(Key.date.name), d, Schema.dateWindow(around: year), year: year)
                    } else {
                        date = d
                    }
                }
                let link = doc[Key.link.name].flatMap {
                    reader.string($0, docPath().appending(Key.link.name), maxLength: Schema.maximumDocumentLinkLength)
                }
                documents[docID] = EvidenceDocument(number: number, title: title, date: date, link: link)
            }
            return documents
        }
    }

    private func dateOutsideWindow(_ path: JSONPath, _ date: CalendarDate, _ window: ClosedRange<CalendarDate>, year: Int) {
        sink.error(
            .submissionDateOutsideWindow, path,
            [
                "date": .value(date), "from": .value(window.lowerBound), "to": .value(window.upperBound), "year": .value(year),
            ])
    }

    private func points(_ value: JSONValue, _ path: JSONPath, leaf: Node) -> ExactDecimal? {
        guard let given = reader.decimal(value, path) else { return nil }
        guard given >= 0, given <= leaf.max else {
            sink.error(
                .submissionPointsOutOfRange, path, ["points": .string(given.exactText), "max": .string(leaf.max.exactText), "leaf": .string(leaf.id)])
            return nil
        }
        return given
    }

    /// An object keyed by leaf id; unknown ids are errors.
    private func keyedByLeaf<T>(
        _ value: JSONValue?, _ path: JSONPath, leaves: [String: Node], _ read: (JSONValue, JSONPath, Node) -> T?
    ) -> [String: T] {
        guard let value, let object = reader.object(value, path) else { return [:] }
        var result: [String: T] = [:]
        for (key, item) in zip(object.keys, object.values) {
            func p() -> JSONPath { path.appending(key) }
            if item == .null && leaves[key] != nil { continue }  // Not given yet, as in a template.
            guard let leaf = leaves[key] else {
                if framework.hasNode(key) {
                    sink.error(.submissionParentNode, p(), ["id": .string(key)])
                } else {
                    let suggestion = Suggestion.argument(key, among: framework.leaves.map(\.id)) { framework.leaf($0)?.title }
                    sink.error(.submissionUnknownLeaf, p(), ["id": .string(key), "framework": .string(framework.id), "suggestion": suggestion])
                }
                continue
            }
            if let decoded = read(item, p(), leaf) { result[key] = decoded }
        }
        return result
    }
}
