/// `evidence`: full points when every document the leaf asks for is given; a partial set earns
/// nothing, a proportional share or a fixed percent (``IncompleteEvidence``).
package struct EvidenceRule: Sendable {
    /// What a partial set earns.
    enum Partial: Sendable {
        case zero
        case proportional
        case percent(ExactDecimal)
    }

    let partial: Partial
    /// The number of documents the leaf asks for.
    let documents: Int

    /// Compiles the rule of `leaf`.
    init(_ incomplete: IncompleteEvidence, leaf: Node) {
        switch incomplete {
        case .zero: partial = .zero
        case .proportional: partial = .proportional
        case .percent(let p): partial = .percent(p)
        }
        documents = leaf.documents.count
    }

    /// The points: `first` is the documents given, `second` those asked for.
    @inline(__always)
    func evaluate(_ k: KernelInput, leaf: Int, max: ExactDecimal) -> LeafTrace {
        let base = k.framework.leafDocumentBase[leaf]
        var present = 0
        for d in 0..<documents where k.hasDocument(base + d) { present += 1 }
        let given = ExactDecimal(present)
        let asked = ExactDecimal(documents)
        if present == documents { return LeafTrace(.scored, points: max, first: given, second: asked) }
        if present == 0 { return LeafTrace(.noEvidence, points: 0, first: given, second: asked) }
        let points: ExactDecimal
        switch partial {
        case .zero: points = 0
        case .proportional: points = max * given / asked
        case .percent(let percent): points = max * percent / 100
        }
        return LeafTrace(.scored, points: points, first: given, second: asked)
    }

    /// The documents given (their numbers) and those missing (their titles).
    private func documents(_ r: LeafRendering) -> (numbers: String, missing: String) {
        var numbers: [String] = []
        var missing: [String] = []
        for (k, document) in r.documents.enumerated() {
            if r.hasDocument(k) {
                numbers.append(r.documentNumber(k) ?? document.id)
            } else {
                missing.append(document.title.text(r.style.language))
            }
        }
        return (numbers.joined(separator: ", "), missing.joined(separator: "; "))
    }

    /// "Đủ 2/2 tài liệu kiểm chứng (15/KH-SYT, …) → 1,00/1,00 điểm".
    func explanation(_ r: LeafRendering) -> String {
        let (numbers, missing) = documents(r)
        let present = r.trace.first.wholeValue ?? 0
        let total = documents
        let points = r.trace.points ?? 0
        if r.trace.first == r.trace.second {
            return r.vi
                ? "Đủ \(total)/\(total) tài liệu kiểm chứng (\(numbers)) → \(r.outOf(points))"
                : "All \(total)/\(total) evidence documents (\(numbers)) → \(r.outOf(points))"
        }
        if r.trace.outcome == .noEvidence {
            return r.vi
                ? "Không có tài liệu kiểm chứng (cần: \(missing)) → \(r.outOf(0))"
                : "No evidence document (needed: \(missing)) → \(r.outOf(0))"
        }
        let how: String
        switch partial {
        case .zero: how = r.vi ? "thiếu tài liệu nên không đạt điểm" : "incomplete evidence earns nothing"
        case .proportional: how = r.vi ? "tính theo tỷ lệ \(present)/\(total)" : "proportional, \(present)/\(total)"
        case .percent(let percent):
            how = r.vi ? "đạt \(r.style.bound(percent)) điểm tối đa khi thiếu tài liệu" : "\(r.style.bound(percent)) of the maximum when incomplete"
        }
        return r.vi
            ? "Có \(present)/\(total) tài liệu kiểm chứng (\(numbers)); thiếu: \(missing); \(how) → \(r.outOf(points))"
            : "\(present)/\(total) evidence documents (\(numbers)); missing: \(missing); \(how) → \(r.outOf(points))"
    }

    /// "Bổ sung tài liệu kiểm chứng: …" when a document is missing.
    func hint(_ r: LeafRendering) -> String? {
        guard r.trace.first != r.trace.second else { return nil }
        let missing = documents(r).missing
        return r.vi ? "Bổ sung tài liệu kiểm chứng: \(missing)" : "Add the evidence: \(missing)"
    }

    /// What was not given: an evidence leaf scores its documents, never missing data.
    func missing(_ r: LeafRendering) -> [String] { [] }
}
