import Foundation

/// Reads and validates a submission against its framework. See <doc:SubmissionFormat>.
struct SubmissionDecoder {
    let sink: DiagnosticSink
    let framework: Framework
    private var reader: ValueReader { ValueReader(sink: sink) }

    static let topKeys = ["formatVersion", "framework", "year", "unit", "facts", "evidence", "notApplicable", "claimed", "appraisal", "direct"]

    /// The framework id and format version, read before the framework is known.
    static func header(_ root: JSONValue, sink: DiagnosticSink) -> String? {
        let reader = ValueReader(sink: sink)
        let path = JSONPath()
        guard let object = reader.object(root, path) else { return nil }
        guard
            let version = reader.member(object, "formatVersion", path).flatMap({
                reader.integer($0, path.appending("formatVersion"), in: 1...1_000_000)
            })
        else { return nil }
        if version > Submission.supportedFormatVersion {
            sink.error(
                path.appending("formatVersion"),
                "bản kê khai dùng định dạng phiên bản \(version), mới hơn phiên bản \(Submission.supportedFormatVersion) mà công cụ này đọc được; hãy cập nhật par-score",
                "the submission uses format version \(version), newer than version \(Submission.supportedFormatVersion) that this tool reads; update par-score"
            )
            return nil
        }
        return reader.member(object, "framework", path).flatMap { reader.identifier($0, path.appending("framework")) }
    }

    func decode(_ root: JSONValue) -> Submission? {
        let path = JSONPath()
        guard let object = reader.object(root, path, allowed: Self.topKeys) else { return nil }
        let year = reader.member(object, "year", path).flatMap { reader.integer($0, path.appending("year"), in: 1990...2200) }
        if let year, !(framework.firstYear...framework.lastYear).contains(year) {
            sink.error(
                path.appending("year"),
                "năm \(year) nằm ngoài thời gian áp dụng của bộ tiêu chí \(framework.id) (\(framework.firstYear)–\(framework.lastYear))",
                "year \(year) is outside the years of framework \(framework.id) (\(framework.firstYear)–\(framework.lastYear))")
        }
        let unit = reader.member(object, "unit", path).flatMap { decodeUnit($0, path.appending("unit")) }
        let leaves = framework.lookup.leaves
        let facts = year.map { decodeFacts(object["facts"], path.appending("facts"), year: $0) } ?? [:]
        let evidence = decodeEvidence(object["evidence"], path.appending("evidence"), leaves: leaves, year: year)
        let notApplicable = keyedByLeaf(object["notApplicable"], path.appending("notApplicable"), leaves: leaves) { value, p, _ in
            reader.string(value, p, maxLength: 2000)
        }
        let claimed = keyedByLeaf(object["claimed"], path.appending("claimed"), leaves: leaves) { value, p, leaf in
            points(value, p, leaf: leaf)
        }
        let appraisal = keyedByLeaf(object["appraisal"], path.appending("appraisal"), leaves: leaves) { value, p, leaf -> AppraisalCorrection? in
            guard let correction = reader.object(value, p, allowed: ["points", "reason"]),
                let given = reader.member(correction, "points", p).flatMap({ points($0, p.appending("points"), leaf: leaf) }),
                let reason = reader.member(correction, "reason", p).flatMap({ reader.string($0, p.appending("reason"), maxLength: 2000) })
            else { return nil }
            return AppraisalCorrection(points: given, reason: reason)
        }
        let direct = keyedByLeaf(object["direct"], path.appending("direct"), leaves: leaves) { value, p, leaf -> ExactDecimal? in
            guard case .direct = leaf.rule else {
                sink.error(
                    p, "tiêu chí \(leaf.id) được chấm theo quy tắc \(leaf.rule?.kindName ?? "?"), không nhận điểm trực tiếp",
                    "leaf \(leaf.id) is scored by its \(leaf.rule?.kindName ?? "?") rule and takes no direct points")
                return nil
            }
            return points(value, p, leaf: leaf)
        }
        for id in notApplicable.keys.sorted() where appraisal[id] != nil {
            sink.error(
                path.appending("appraisal").appending(id), "tiêu chí \(id) vừa được khai là không áp dụng vừa được hội đồng thẩm định chấm lại",
                "leaf \(id) is both declared not applicable and corrected by the appraisal council")
        }
        guard !sink.hasErrors, let year, let unit else { return nil }
        return Submission(
            file: sink.file, frameworkID: framework.id, year: year, unit: unit, facts: facts, evidence: evidence,
            notApplicable: notApplicable, claimed: claimed, appraisal: appraisal, direct: direct)
    }

    private func decodeUnit(_ value: JSONValue, _ path: JSONPath) -> Unit? {
        guard let object = reader.object(value, path, allowed: ["id", "name", "kind", "province"]) else { return nil }
        let id = reader.member(object, "id", path).flatMap { reader.identifier($0, path.appending("id")) }
        let name = reader.member(object, "name", path).flatMap { reader.string($0, path.appending("name"), maxLength: 300) }
        let province = object["province"].flatMap { reader.string($0, path.appending("province"), maxLength: 300) }
        var kind: UnitKind?
        if let text = reader.member(object, "kind", path).flatMap({ reader.string($0, path.appending("kind")) }) {
            let allowed = framework.unitKinds.map(\.rawValue).joined(separator: ", ")
            if let parsed = UnitKind(rawValue: text), framework.unitKinds.contains(parsed) {
                kind = parsed
            } else {
                sink.error(
                    path.appending("kind"), "loại đơn vị \(JSONWriter.quoted(text)) không thuộc bộ tiêu chí \(framework.id) (cần: \(allowed))",
                    "unit kind \(JSONWriter.quoted(text)) is not one the framework \(framework.id) applies to (expected: \(allowed))")
            }
        }
        guard let id, let name, let kind else { return nil }
        return Unit(id: id, name: name, kind: kind, province: province)
    }

    private func decodeFacts(_ value: JSONValue?, _ path: JSONPath, year: Int) -> [String: FactValue] {
        guard let value, let object = reader.object(value, path) else { return [:] }
        var facts: [String: FactValue] = [:]
        let window = CalendarDate(year: year - 1, month: 1, day: 1)...CalendarDate(year: year + 1, month: 12, day: 31)
        for (key, item) in zip(object.keys, object.values) {
            func p() -> JSONPath { path.appending(key) }
            guard let fact = framework.fact(key) else {
                sink.error(
                    p(), "dữ kiện không có trong bộ tiêu chí \(framework.id): \"\(key)\"",
                    "unknown fact \"\(key)\": the framework \(framework.id) does not declare it")
                continue
            }
            if item == .null { continue }  // Not given yet, as in a template.
            switch fact.type {
            case .count:
                if case .number(let text) = item, text.hasPrefix("-") {
                    sink.error(p(), "số lượng không được âm: \(text)", "a count cannot be negative: \(text)")
                } else if let n = reader.integer(item, p(), in: 0...Fact.maximumCount) {
                    facts[key] = .number(ExactDecimal(n))
                }
            case .amount:
                if let n = reader.decimal(item, p(), in: 0...ExactDecimal.maximumMagnitude) { facts[key] = .number(n) }
            case .date:
                if let d = reader.date(item, p()) {
                    if window.contains(d) {
                        facts[key] = .date(d)
                    } else {
                        sink.error(
                            p(), "ngày \(d) nằm ngoài khoảng \(window.lowerBound) – \(window.upperBound) của năm đánh giá \(year)",
                            "the date \(d) is outside \(window.lowerBound) – \(window.upperBound) around the evaluated year \(year)")
                    }
                }
            case .boolean:
                if let b = reader.bool(item, p()) { facts[key] = .boolean(b) }
            case .answer:
                if let s = reader.string(item, p(), maxLength: 100) {
                    if fact.options.contains(s) {
                        facts[key] = .answer(s)
                    } else {
                        let options = fact.options.joined(separator: ", ")
                        sink.error(
                            p(), "câu trả lời \(JSONWriter.quoted(s)) không hợp lệ (cần một trong: \(options))",
                            "answer \(JSONWriter.quoted(s)) is not one of: \(options)")
                    }
                }
            }
        }
        checkPartsOfWholes(facts, path)
        return facts
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
                path.appending(metric.numerator[0]),
                "\(part.exactText) lớn hơn \(wholeText) (\(whole.exactText)): phần không thể lớn hơn tổng (\(metric.title.vi): \(partText) / \(wholeText))",
                "\(part.exactText) is more than \(wholeText) (\(whole.exactText)): a part cannot exceed its whole (\(metric.title.text(.en)))")
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
                    sink.error(
                        docPath(), "tiêu chí \(leaf.id) không yêu cầu tài liệu \"\(docID)\"\(known.isEmpty ? "" : " (tài liệu yêu cầu: \(known))")",
                        "leaf \(leaf.id) asks for no document \"\(docID)\"\(known.isEmpty ? "" : " (documents asked for: \(known))")")
                    continue
                }
                guard let doc = reader.object(item, docPath(), allowed: ["number", "title", "date", "link"]),
                    let number = reader.member(doc, "number", docPath()).flatMap({ reader.string($0, docPath().appending("number"), maxLength: 200) }
                    ),
                    let title = reader.member(doc, "title", docPath()).flatMap({ reader.string($0, docPath().appending("title"), maxLength: 1000) })
                else { continue }
                var date: CalendarDate?
                if let dateValue = doc["date"], let d = reader.date(dateValue, docPath().appending("date")) {
                    if let year, !(CalendarDate(year: year - 1, month: 1, day: 1)...CalendarDate(year: year + 1, month: 12, day: 31)).contains(d) {
                        sink.error(
                            docPath().appending("date"),
                            "ngày \(d) nằm ngoài khoảng từ \(year - 1)-01-01 đến \(year + 1)-12-31 của năm đánh giá \(year)",
                            "the date \(d) is outside \(year - 1)-01-01 – \(year + 1)-12-31 around the evaluated year \(year)")
                    } else {
                        date = d
                    }
                }
                let link = doc["link"].flatMap { reader.string($0, docPath().appending("link"), maxLength: 2000) }
                documents[docID] = EvidenceDocument(number: number, title: title, date: date, link: link)
            }
            return documents
        }
    }

    private func points(_ value: JSONValue, _ path: JSONPath, leaf: Node) -> ExactDecimal? {
        guard let given = reader.decimal(value, path) else { return nil }
        guard given >= 0, given <= leaf.max else {
            sink.error(
                path, "\(given.exactText) điểm nằm ngoài khoảng 0 – \(leaf.max.exactText) (điểm tối đa của tiêu chí \(leaf.id))",
                "\(given.exactText) points is outside 0 – \(leaf.max.exactText) (the maximum of leaf \(leaf.id))")
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
                let isParent = framework.hasNode(key)
                sink.error(
                    p(),
                    isParent
                        ? "\"\(key)\" là tiêu chí có tiêu chí con; hãy dùng mã tiêu chí thành phần"
                        : "không có tiêu chí thành phần \"\(key)\" trong bộ tiêu chí \(framework.id)",
                    isParent
                        ? "\"\(key)\" is a parent node; use the id of a leaf sub-criterion"
                        : "unknown sub-criterion id \"\(key)\": framework \(framework.id) has no such leaf")
                continue
            }
            if let decoded = read(item, p(), leaf) { result[key] = decoded }
        }
        return result
    }
}
