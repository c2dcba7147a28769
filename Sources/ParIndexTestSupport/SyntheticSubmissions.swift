import Foundation
import ParIndexCore

/// The one generator of synthetic submissions of the package's tests and of `par-bench`.
///
/// Every submission it makes is valid by construction, is the same on every run for the same
/// `n` (and seed), names the unit `unit-n`, and is one line of compact JSON, so that it can be a
/// file or a line of NDJSON. It makes them in one of two ways:
///
/// - ``init(examples:framework:)``: copies of the bundled examples of one framework, the
///   benchmark's corpus. Each copy gets its own unit id and name, and its part-facts (numerators
///   that are never a whole) are lowered by a pseudo-random share, so every copy scores
///   differently. Each example is serialised once (sorted keys, compact) with placeholders where the
///   copies differ; a copy is the template's pieces with its own values in between, so a million
///   copies cost little more than writing them.
/// - ``init(framework:seed:)``: random submissions that use the whole framework (every kind of fact,
///   missing and `null` facts, evidence with awkward texts, not-applicable leaves, claimed points,
///   appraisal corrections and direct points), for the property tests. ``parts(_:)`` gives the
///   n-th one as a ``SyntheticSubmission`` that a test can change and write again.
///
/// Both use ``SplitMix64`` seeded from `n`, so the n-th submission does not depend on the others.
package struct SyntheticSubmissions: Sendable {
    private struct Template: Sendable {
        /// Text pieces; between piece k and k + 1 comes value k.
        var pieces: [[UInt8]]
        /// What goes between the pieces: the unit id, the name, then each part fact.
        var holes: [Hole]
    }

    private enum Hole: Sendable {
        case unitID
        case unitName
        case part(Int)
    }

    private let templates: [Template]
    /// The framework and seed of random submissions; `nil` for copies of examples.
    private let randomSource: (framework: Framework, seed: UInt64)?

    /// Copies of the examples in `examples` that are scored with `framework` (the benchmark's corpus).
    package init(examples: URL, framework: Framework) throws {
        randomSource = nil
        let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".json") }.sorted()
        let wholes = Set(framework.metrics.flatMap(\.denominator))
        let parts = framework.metrics.flatMap(\.numerator).filter { !wholes.contains($0) }
        templates = try names.compactMap { name in
            guard var object = try JSONSerialization.jsonObject(with: Data(contentsOf: examples.appendingPathComponent(name))) as? [String: Any],
                (object["framework"] as? String) == framework.id
            else { return nil }
            var unit = object["unit"] as? [String: Any] ?? [:]
            unit["id"] = "@@HOLE-ID@@"
            unit["name"] = "@@HOLE-NAME@@"
            object["unit"] = unit
            var facts = object["facts"] as? [String: Any] ?? [:]
            for key in parts {
                guard let value = facts[key] as? Int, value > 0 else { continue }
                facts[key] = "@@HOLE-PART-\(value)@@"
            }
            object["facts"] = facts
            let text = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
            return Self.template(text)
        }
    }

    /// Cuts serialised text at its placeholders.
    private static func template(_ text: String) -> Template {
        var pieces: [[UInt8]] = []
        var holes: [Hole] = []
        var rest = Substring(text)
        while let open = rest.range(of: "\"@@HOLE-") {
            pieces.append(Array(rest[..<open.lowerBound].utf8))
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "@@\"") else { break }
            let name = after[..<close.lowerBound]
            switch name {
            case "ID": holes.append(.unitID)
            case "NAME": holes.append(.unitName)
            default: holes.append(.part(Int(name.dropFirst("PART-".count)) ?? 0))
            }
            rest = after[close.upperBound...]
        }
        pieces.append(Array(rest.utf8))
        return Template(pieces: pieces, holes: holes)
    }

    /// Random submissions for `framework` that use all of it, fixed by `seed`.
    package init(framework: Framework, seed: UInt64) {
        templates = []
        randomSource = (framework, seed)
    }

    /// The n-th random submission as parts; `nil` for copies of examples.
    package func parts(_ n: Int) -> SyntheticSubmission? {
        guard let randomSource else { return nil }
        var rng = SplitMix64(seed: randomSource.seed ^ (UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15))
        return SyntheticSubmission(framework: randomSource.framework, index: n, using: &rng)
    }

    /// The n-th submission as compact JSON bytes (no line breaks, so it can be a line of NDJSON).
    package func submission(_ n: Int) -> Data {
        if let randomSource, let parts = parts(n) { return Data(parts.json(framework: randomSource.framework.id, pretty: false).utf8) }
        var random = SplitMix64(seed: UInt64(n) &* 0x9E37_79B9 &+ 17)
        let template = templates[n % templates.count]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8_192)
        for (index, piece) in template.pieces.enumerated() {
            bytes += piece
            guard index < template.holes.count else { continue }
            switch template.holes[index] {
            case .unitID: bytes += "\"unit-\(n)\"".utf8
            case .unitName: bytes += "\"Đơn vị thử nghiệm số \(n)\"".utf8
            case .part(let value): bytes += String(value - Int(random.next() % UInt64(value / 5 + 1))).utf8
            }
        }
        return Data(bytes)
    }
}

/// A random, valid submission for a framework, kept as parts so that a test can change one thing and
/// write it again as JSON text (so that parsing and validation run every time). Made by
/// ``SyntheticSubmissions/parts(_:)`` or, with a generator a test goes on using, by
/// ``init(framework:index:using:)``.
package struct SyntheticSubmission: Sendable {
    /// The year evaluated.
    package var year: Int
    /// The unit id.
    package var unitID: String
    /// The unit name.
    package var unitName: String
    /// The province, if given.
    package var province: String?
    /// Fact values as JSON text, in the framework's order; a missing fact is left out.
    package var facts: [(id: String, json: String)]
    /// Evidence documents as JSON text, by leaf.
    package var evidence: [(leaf: String, documents: [(id: String, json: String)])]
    /// Leaves declared not applicable, with the reason.
    package var notApplicable: [(leaf: String, reason: String)]
    /// Claimed points as JSON numbers.
    package var claimed: [(leaf: String, points: String)]
    /// Appraisal corrections: points as JSON numbers and the reason.
    package var appraisal: [(leaf: String, points: String, reason: String)]
    /// Direct points as JSON numbers.
    package var direct: [(leaf: String, points: String)]

    /// Texts that are valid but awkward: quotes, backslashes, control characters, emoji, NFD.
    package static let texts = [
        "Kế hoạch CCHC năm", "Báo cáo \"số 12\" của Sở", "Đường dẫn C:\\Văn bản\\KH.pdf", "Dòng 1\nDòng 2\tcột",
        "Quyết định 🇻🇳 ✓", "Tiếng Việt dựng sẵn", "Tie\u{0302}\u{0301}ng Vie\u{0323}\u{0302}t to\u{0309} hợp", "</script><b>&amp;</b>",
    ]
    /// Unit names to pick from.
    package static let names = ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Văn phòng UBND tỉnh"]

    /// A random submission for `framework`, valid by construction.
    package init(framework: Framework, index: Int, using rng: inout SplitMix64) {
        year = Int.random(in: framework.firstYear...framework.lastYear, using: &rng)
        unitID = "unit-\(index)"
        unitName = rng.chance(0.5) ? rng.pick(Self.names) : "\(rng.pick(Self.names)) \(index)"
        province = rng.chance(0.7) ? rng.pick(["Đắk Nông", "Hòa Bình", "Tuyên Quang", "Hà Tĩnh"]) : nil

        // Facts: numbers as exact decimals first, so that every part can be kept within its whole.
        var numbers: [String: ExactDecimal] = [:]
        var others: [String: String] = [:]
        let scale = rng.pick([10, 100, 5_000, 100_000, 1_000_000_000])
        for fact in framework.facts {
            if rng.chance(0.06) { continue }  // missing data: a warning, the leaf scores 0
            switch fact.type {
            case .count:
                numbers[fact.id] = ExactDecimal(rng.chance(0.1) ? 0 : Int.random(in: 0...scale, using: &rng))
            case .amount:
                let cents = Int.random(in: 0...(Swift.min(scale, 10_000_000) * 100), using: &rng)
                numbers[fact.id] = ExactDecimal(raw: Int64(cents) * 10_000)
            case .date:
                let y = year + Int.random(in: -1...1, using: &rng)
                let m = Int.random(in: 1...12, using: &rng)
                let d = Int.random(in: 1...CalendarDate.daysIn(month: m, year: y), using: &rng)
                others[fact.id] = JSONWriter.quoted(CalendarDate(year: y, month: m, day: d).description)
            case .boolean:
                others[fact.id] = rng.chance(0.5) ? "true" : "false"
            case .answer:
                others[fact.id] = JSONWriter.quoted(rng.pick(fact.options))
            }
        }
        // A part may not exceed its whole: shrink numerators until every metric holds.
        for _ in 0..<10 {
            var changed = false
            for metric in framework.metrics {
                let part = metric.numerator.map { numbers[$0] }
                let whole = metric.denominator.map { numbers[$0] }
                guard !part.contains(nil), !whole.contains(nil) else { continue }
                let wholeSum = whole.reduce(ExactDecimal.zero) { $0 + ($1 ?? .zero) }
                guard part.reduce(ExactDecimal.zero, { $0 + ($1 ?? .zero) }) > wholeSum else { continue }
                changed = true
                let share = wholeSum / ExactDecimal(metric.numerator.count)
                for id in metric.numerator {
                    let isCount = framework.fact(id)?.type == .count
                    let top = Self.floor(isCount ? share : share * 100)
                    let pick = rng.chance(0.15) ? top : Int.random(in: 0...top, using: &rng)
                    numbers[id] = isCount ? ExactDecimal(pick) : ExactDecimal(raw: Int64(pick) * 10_000)
                }
            }
            if !changed { break }
        }
        facts = framework.facts.compactMap { fact in
            if let n = numbers[fact.id] { return (fact.id, n.exactText) }
            if let o = others[fact.id] { return (fact.id, o) }
            return rng.chance(0.3) ? (fact.id, "null") : nil
        }

        evidence = []
        notApplicable = []
        claimed = []
        appraisal = []
        direct = []
        for leaf in framework.leaves {
            if !leaf.documents.isEmpty && rng.chance(0.75) {
                var documents: [(String, String)] = []
                for document in leaf.documents where rng.chance(0.7) {
                    var w = JSONWriter(pretty: false)
                    w.beginObject()
                    w.string("number", "\(Int.random(in: 1...9999, using: &rng))/KH-\(rng.pick(["SYT", "SGDĐT", "UBND"]))")
                    w.string("title", rng.pick(Self.texts))
                    if rng.chance(0.6) {
                        let y = year + Int.random(in: -1...1, using: &rng)
                        let m = Int.random(in: 1...12, using: &rng)
                        w.string(
                            "date",
                            CalendarDate(year: y, month: m, day: Int.random(in: 1...CalendarDate.daysIn(month: m, year: y), using: &rng)).description)
                    }
                    if rng.chance(0.3) { w.string("link", "https://example.gov.vn/van-ban/\(Int.random(in: 1...99999, using: &rng))?a=1&b=\"2\"") }
                    w.endObject()
                    documents.append((document.id, w.text))
                }
                evidence.append((leaf.id, documents))
            }
            let points = { (rng: inout SplitMix64) -> String in
                let hundredths = Int(leaf.max.raw / 10_000)
                let k = rng.chance(0.1) ? hundredths : Int.random(in: 0...hundredths, using: &rng)
                return ExactDecimal(raw: Int64(k) * 10_000).exactText
            }
            let isNotApplicable = rng.chance(0.06)
            if isNotApplicable { notApplicable.append((leaf.id, rng.pick(Self.texts))) }
            if case .direct = leaf.rule, rng.chance(0.85) { direct.append((leaf.id, points(&rng))) }
            if rng.chance(0.3) { claimed.append((leaf.id, points(&rng))) }
            if !isNotApplicable && rng.chance(0.05) { appraisal.append((leaf.id, points(&rng), rng.pick(Self.texts))) }
        }
    }

    /// The largest whole number not above a non-negative decimal.
    package static func floor(_ value: ExactDecimal) -> Int { Int(Swift.max(value.raw, 0) / ExactDecimal.scale) }

    /// The value of a fact as JSON text.
    package func fact(_ id: String) -> String? { facts.first { $0.id == id }?.json }

    /// Sets a fact's JSON text.
    package mutating func setFact(_ id: String, _ json: String) {
        if let i = facts.firstIndex(where: { $0.id == id }) { facts[i].json = json } else { facts.append((id, json)) }
    }

    /// The submission as JSON text: keys in the order of the submission format, facts in the framework's
    /// order; `pretty: false` gives one line (a line of NDJSON).
    package func json(framework: String = "so-seeds", pretty: Bool = true) -> String {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.number("formatVersion", 1)
        w.string("framework", framework)
        w.number("year", year)
        w.beginObject("unit")
        w.string("id", unitID)
        w.string("name", unitName)
        w.string("kind", "so")
        if let province { w.string("province", province) }
        w.endObject()
        w.beginObject("facts")
        for (id, json) in facts { w.number(id, json) }
        w.endObject()
        w.beginObject("evidence")
        for (leaf, documents) in evidence {
            w.beginObject(leaf)
            for (id, json) in documents { w.number(id, json) }
            w.endObject()
        }
        w.endObject()
        w.beginObject("notApplicable")
        for (leaf, reason) in notApplicable { w.string(leaf, reason) }
        w.endObject()
        w.beginObject("claimed")
        for (leaf, points) in claimed { w.number(leaf, points) }
        w.endObject()
        w.beginObject("appraisal")
        for (leaf, points, reason) in appraisal {
            w.beginObject(leaf)
            w.number("points", points)
            w.string("reason", reason)
            w.endObject()
        }
        w.endObject()
        w.beginObject("direct")
        for (leaf, points) in direct { w.number(leaf, points) }
        w.endObject()
        w.endObject()
        return w.text
    }
}
