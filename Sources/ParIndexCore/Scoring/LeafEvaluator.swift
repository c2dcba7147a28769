import Foundation

/// What a leaf's rule gives for one submission.
struct LeafOutcome {
    /// The points; `nil` when the leaf does not apply.
    var points: ExactDecimal?
    var status: LeafStatus
    var explanation: LocalizedText
    /// What would win the lost points back; `nil` when nothing is lost.
    var hint: LocalizedText?
}

/// Applies one leaf's rule to a submission's facts, documents and given points.
struct LeafEvaluator {
    let framework: Framework
    let submission: Submission
    /// Whether to write explanations and hints; ranking many units without them is much faster.
    let explain: Bool

    private var styles: (NumberStyle, NumberStyle) {
        (NumberStyle(language: .vi, display: framework.display), NumberStyle(language: .en, display: framework.display))
    }

    /// The text in both languages.
    private func both(_ make: (NumberStyle) -> String) -> LocalizedText {
        guard explain else { return Self.silent }
        let (vi, en) = styles
        return LocalizedText(vi: make(vi), en: make(en))
    }

    private static let silent = LocalizedText(vi: "")

    private func title(_ id: String) -> LocalizedText {
        framework.fact(id)?.title ?? framework.metric(id)?.title ?? LocalizedText(vi: id)
    }

    private func number(_ id: String) -> ExactDecimal? {
        if case .number(let n)? = submission.facts[id] { return n }
        return nil
    }

    private func missing(_ ids: [String], _ leaf: Node) -> LeafOutcome {
        let list = ids.map { "facts[\(JSONWriter.quoted($0))]" }.joined(separator: ", ")
        return LeafOutcome(
            points: 0, status: .missingData,
            explanation: both { s in
                s.language == .vi
                    ? "Thiếu dữ kiện \(list) → \(s.outOf(0, leaf.max))"
                    : "Missing \(list) → \(s.outOf(0, leaf.max))"
            },
            hint: both { s in s.language == .vi ? "Bổ sung dữ kiện \(list)" : "Report \(list)" })
    }

    /// The outcome of the leaf's rule, before notApplicable declarations and appraisal.
    func evaluate(_ leaf: Node) -> LeafOutcome {
        guard let rule = leaf.rule else { return LeafOutcome(points: 0, status: .scored, explanation: LocalizedText(vi: "")) }
        switch rule {
        case .evidence(let incomplete): return evidence(leaf, incomplete)
        case .boolean(let fact): return boolean(leaf, fact)
        case .tiers(let source, let tiers, let when): return self.tiers(leaf, source, tiers, when)
        case .ratio(let metric, let target, let when): return ratio(leaf, metric, target, when)
        case .deadline(let items, let mode, let late, let missing): return deadline(leaf, items, mode, late, missing)
        case .count(let done, let total, let mode, let when): return count(leaf, done, total, mode, when)
        case .ordinal(let fact, let options): return ordinal(leaf, fact, options)
        case .direct(let source): return direct(leaf, source)
        }
    }

    // MARK: - Evidence and yes/no

    private func evidence(_ leaf: Node, _ incomplete: IncompleteEvidence) -> LeafOutcome {
        let given = submission.evidence[leaf.id] ?? [:]
        let present = leaf.documents.filter { given[$0.id] != nil }
        let absent = leaf.documents.filter { given[$0.id] == nil }
        let numbers = present.compactMap { given[$0.id]?.number }.joined(separator: ", ")
        let total = leaf.documents.count
        if absent.isEmpty {
            return LeafOutcome(
                points: leaf.max, status: .scored,
                explanation: both { s in
                    s.language == .vi
                        ? "Đủ \(total)/\(total) tài liệu kiểm chứng (\(numbers)) → \(s.outOf(leaf.max, leaf.max))"
                        : "All \(total)/\(total) evidence documents (\(numbers)) → \(s.outOf(leaf.max, leaf.max))"
                })
        }
        let missingTitles = { (s: NumberStyle) in absent.map { $0.title.text(s.language) }.joined(separator: "; ") }
        let hint = both { s in s.language == .vi ? "Bổ sung tài liệu kiểm chứng: \(missingTitles(s))" : "Add the evidence: \(missingTitles(s))" }
        if present.isEmpty {
            return LeafOutcome(
                points: 0, status: .noEvidence,
                explanation: both { s in
                    s.language == .vi
                        ? "Không có tài liệu kiểm chứng (cần: \(missingTitles(s))) → \(s.outOf(0, leaf.max))"
                        : "No evidence document (needed: \(missingTitles(s))) → \(s.outOf(0, leaf.max))"
                }, hint: hint)
        }
        let points: ExactDecimal
        let how: LocalizedText
        switch incomplete {
        case .zero:
            points = 0
            how = LocalizedText(vi: "thiếu tài liệu nên không đạt điểm", en: "incomplete evidence earns nothing")
        case .proportional:
            points = leaf.max * ExactDecimal(present.count) / ExactDecimal(total)
            how = LocalizedText(vi: "tính theo tỷ lệ \(present.count)/\(total)", en: "proportional, \(present.count)/\(total)")
        case .percent(let percent):
            points = leaf.max * percent / 100
            how = both { s in
                s.language == .vi ? "đạt \(s.bound(percent)) điểm tối đa khi thiếu tài liệu" : "\(s.bound(percent)) of the maximum when incomplete"
            }
        }
        return LeafOutcome(
            points: points, status: .scored,
            explanation: both { s in
                s.language == .vi
                    ? "Có \(present.count)/\(total) tài liệu kiểm chứng (\(numbers)); thiếu: \(missingTitles(s)); \(how.text(s.language)) → \(s.outOf(points, leaf.max))"
                    : "\(present.count)/\(total) evidence documents (\(numbers)); missing: \(missingTitles(s)); \(how.text(s.language)) → \(s.outOf(points, leaf.max))"
            }, hint: hint)
    }

    private func boolean(_ leaf: Node, _ fact: String) -> LeafOutcome {
        guard case .boolean(let value)? = submission.facts[fact] else { return missing([fact], leaf) }
        let points: ExactDecimal = value ? leaf.max : 0
        let name = title(fact)
        return LeafOutcome(
            points: points, status: .scored,
            explanation: both { s in
                let answer = value ? (s.language == .vi ? "Có" : "Yes") : (s.language == .vi ? "Không" : "No")
                return "\(name.text(s.language)): \(answer) → \(s.outOf(points, leaf.max))"
            },
            hint: value ? nil : both { s in s.language == .vi ? "Đáp ứng yêu cầu: \(name.vi)" : "Meet the requirement: \(name.text(.en))" })
    }

    // MARK: - Metrics

    /// A metric's parts, or the facts it is missing.
    private func metricParts(_ id: String) -> (numerator: ExactDecimal, denominator: ExactDecimal)? {
        guard let metric = framework.metric(id) else { return nil }
        var n: ExactDecimal = 0
        var d: ExactDecimal = 0
        for f in metric.numerator { guard let v = number(f) else { return nil }; n += v }
        for f in metric.denominator { guard let v = number(f) else { return nil }; d += v }
        return (n, d)
    }

    private func missingFacts(of metricID: String) -> [String] {
        guard let metric = framework.metric(metricID) else { return [metricID] }
        return (metric.numerator + metric.denominator).filter { number($0) == nil }
    }

    private func undefined(_ leaf: Node, _ when: WhenUndefined, _ what: LocalizedText) -> LeafOutcome {
        switch when {
        case .notApplicable:
            return LeafOutcome(
                points: nil, status: .notApplicable,
                explanation: both { s in
                    s.language == .vi
                        ? "Không phát sinh (\(what.vi) = 0) → không tính vào điểm tối đa"
                        : "Nothing arose (\(what.text(.en)) = 0) → left out of the maximum"
                })
        case .full:
            return LeafOutcome(
                points: leaf.max, status: .scored,
                explanation: both { s in
                    s.language == .vi
                        ? "Không phát sinh (\(what.vi) = 0) → \(s.outOf(leaf.max, leaf.max))"
                        : "Nothing arose (\(what.text(.en)) = 0) → \(s.outOf(leaf.max, leaf.max))"
                })
        case .zero:
            return LeafOutcome(
                points: 0, status: .scored,
                explanation: both { s in
                    s.language == .vi
                        ? "Không phát sinh (\(what.vi) = 0) → \(s.outOf(0, leaf.max))"
                        : "Nothing arose (\(what.text(.en)) = 0) → \(s.outOf(0, leaf.max))"
                },
                hint: nil)
        }
    }

    private func tiers(_ leaf: Node, _ source: ValueSource, _ tiers: [Tier], _ when: WhenUndefined) -> LeafOutcome {
        let value: ExactDecimal
        let shown: (NumberStyle) -> String
        var parts: (numerator: ExactDecimal, denominator: ExactDecimal)?
        let isPercent: Bool
        switch source {
        case .metric(let id):
            guard let p = metricParts(id) else { return missing(missingFacts(of: id), leaf) }
            let denominatorTitle = framework.metric(id).map { title($0.denominator[0]) } ?? LocalizedText(vi: id)
            if p.denominator == 0 { return undefined(leaf, when, denominatorTitle) }
            parts = p
            value = p.numerator * 100 / p.denominator
            shown = { s in
                let rate = ExactDecimal.percent(p.numerator, of: p.denominator, decimals: s.display.percentDecimals)
                return "\(self.title(id).text(s.language)) \(s.percent(rate)) (\(s.quantity(p.numerator))/\(s.quantity(p.denominator)))"
            }
            isPercent = true
        case .fact(let id):
            guard let v = number(id) else { return missing([id], leaf) }
            value = v
            shown = { s in "\(self.title(id).text(s.language)) \(s.quantity(v))" }
            isPercent = false
        }
        let tier = tiers.first { tier in
            parts.map { tier.contains(numerator: $0.numerator * 100, denominator: $0.denominator) } ?? tier.contains(value)
        }
        let points = tier?.points ?? 0
        let hint = points < leaf.max ? tierHint(leaf, source, tiers, current: points, value: value, parts: parts) : nil
        return LeafOutcome(
            points: points, status: .scored,
            explanation: both { s in
                let bounds = tier?.boundsText(percent: isPercent, decimals: s.display.percentDecimals, language: s.language) ?? "?"
                return "\(shown(s)) \(bounds) → \(s.outOf(points, leaf.max))"
            }, hint: hint)
    }

    private func tierHint(
        _ leaf: Node, _ source: ValueSource, _ tiers: [Tier], current: ExactDecimal, value: ExactDecimal,
        parts: (numerator: ExactDecimal, denominator: ExactDecimal)?
    ) -> LocalizedText {
        let better = tiers.filter { $0.points > current }.sorted { $0.points < $1.points }
        guard let target = better.first else { return LocalizedText(vi: "—") }
        let gain = target.points - current
        let subject: LocalizedText
        switch source {
        case .metric(let id):
            let numerator = framework.metric(id)?.numerator ?? []
            subject = numerator.count == 1 ? title(numerator[0]) : title(id)
        case .fact(let id):
            subject = title(id)
        }
        let targetIsAbove = target.lower >= value
        guard let (n, d) = parts else {
            // A raw count or amount: the nearest value inside the better tier.
            let needed: ExactDecimal =
                targetIsAbove ? (target.lowerInclusive ? target.lower : target.lower + 1).ceilingValue : (target.upper ?? target.lower)
            return both { s in
                let bounds = target.boundsText(percent: false, decimals: s.display.percentDecimals, language: s.language)
                return s.language == .vi
                    ? "\(subject.vi) cần đạt \(bounds) (hiện \(s.quantity(value)), cần \(s.quantity(needed))) → +\(s.points(gain)) \(s.pointsWord)"
                    : "\(subject.text(.en)) must be \(bounds) (now \(s.quantity(value)), needs \(s.quantity(needed))) → +\(s.points(gain)) \(s.pointsWord)"
            }
        }
        if targetIsAbove {
            // Smallest k with (n + k) / d × 100 inside the tier's lower bound.
            let exact = target.lower * d / 100
            var needed = exact.ceilingValue
            if !target.lowerInclusive && needed == exact { needed += 1 }
            let k = Swift.max(needed - n, 1)
            let reached = (n + k) * 100 / d
            return both { s in
                s.language == .vi
                    ? "Thêm \(s.quantity(k)) (\(subject.vi)) để đạt \(s.percent(reached)) (\(s.quantity(n + k))/\(s.quantity(d))) → +\(s.points(gain)) \(s.pointsWord)"
                    : "\(s.quantity(k)) more (\(subject.text(.en))) reach \(s.percent(reached)) (\(s.quantity(n + k))/\(s.quantity(d))) → +\(s.points(gain)) \(s.pointsWord)"
            }
        }
        // A lower-is-better metric: the largest numerator inside the tier's upper bound.
        let upper = target.upper ?? target.lower
        let exact = upper * d / 100
        var allowed = exact.rounded(scale: 0)
        if allowed > exact { allowed -= 1 }
        if !target.upperInclusive && allowed == exact { allowed -= 1 }
        let k = Swift.max(n - allowed, 1)
        return both { s in
            s.language == .vi
                ? "Giảm \(s.quantity(k)) (\(subject.vi)) để về \(target.boundsText(percent: true, decimals: s.display.percentDecimals, language: .vi)) → +\(s.points(gain)) \(s.pointsWord)"
                : "\(s.quantity(k)) fewer (\(subject.text(.en))) bring it to \(target.boundsText(percent: true, decimals: s.display.percentDecimals, language: .en)) → +\(s.points(gain)) \(s.pointsWord)"
        }
    }

    private func ratio(_ leaf: Node, _ metricID: String, _ target: ExactDecimal, _ when: WhenUndefined) -> LeafOutcome {
        guard let (n, d) = metricParts(metricID) else { return missing(missingFacts(of: metricID), leaf) }
        let metric = framework.metric(metricID)
        if d == 0 { return undefined(leaf, when, metric.map { title($0.denominator[0]) } ?? LocalizedText(vi: metricID)) }
        // points = max × min(n / d × 100 / target, 1), with one division.
        let reachesTarget = ExactDecimal.crossCompare(n, 100, target, d) != .orderedAscending
        let points = reachesTarget ? leaf.max : leaf.max * n * 100 / (d * target)
        let share = reachesTarget ? ExactDecimal(100) : n * 100 * 100 / (d * target)
        var hint: LocalizedText?
        if !reachesTarget {
            let needed = (target * d / 100).ceilingValue
            let k = needed - n
            let subject = metric.map { $0.numerator.count == 1 ? title($0.numerator[0]) : $0.title } ?? LocalizedText(vi: metricID)
            hint = both { s in
                s.language == .vi
                    ? "Thêm \(s.quantity(k)) (\(subject.vi)) để đạt \(s.bound(target)) → +\(s.points(leaf.max - points)) \(s.pointsWord)"
                    : "\(s.quantity(k)) more (\(subject.text(.en))) reach \(s.bound(target)) → +\(s.points(leaf.max - points)) \(s.pointsWord)"
            }
        }
        return LeafOutcome(
            points: points, status: .scored,
            explanation: both { s in
                let name = title(metricID).text(s.language)
                let ofTarget =
                    target == 100
                    ? ""
                    : (s.language == .vi
                        ? " so với mục tiêu \(s.bound(target)) = \(s.percent(share))"
                        : " against a target of \(s.bound(target)) = \(s.percent(share))")
                let shownRate = ExactDecimal.percent(n, of: d, decimals: s.display.percentDecimals)
                return
                    "\(name) \(s.percent(shownRate)) (\(s.quantity(n))/\(s.quantity(d)))\(ofTarget) × \(s.points(leaf.max)) → \(s.outOf(points, leaf.max))"
            }, hint: hint)
    }

    // MARK: - Deadlines, counts, answers, given points

    private func deadline(_ leaf: Node, _ items: [DeadlineItem], _ mode: DeadlineMode, _ latePercent: ExactDecimal, _ missingPercent: ExactDecimal)
        -> LeafOutcome
    {
        enum State { case onTime, late, missing }
        var states: [(DeadlineItem, State, CalendarDate?)] = []
        for item in items {
            guard let value = submission.facts[item.fact] else {
                states.append((item, .missing, nil))
                continue
            }
            guard case .date(let date) = value else { continue }
            states.append((item, item.due.isMet(by: date, year: submission.year) ? .onTime : .late, date))
        }
        let late = states.filter { $0.1 == .late }
        let absent = states.filter { $0.1 == .missing }
        let points: ExactDecimal
        switch mode {
        case .all:
            if late.isEmpty && absent.isEmpty {
                points = leaf.max
            } else if absent.isEmpty {
                points = leaf.max * latePercent / 100
            } else {
                points = leaf.max * missingPercent / 100
            }
        case .perItem:
            let share = leaf.max / ExactDecimal(items.count)
            points = states.reduce(ExactDecimal(0)) { sum, entry in
                switch entry.1 {
                case .onTime: sum + share
                case .late: sum + share * latePercent / 100
                case .missing: sum + share * missingPercent / 100
                }
            }
        }
        let onTime = states.count - late.count - absent.count
        func describe(_ entries: [(DeadlineItem, State, CalendarDate?)], _ s: NumberStyle) -> String {
            entries.map { item, _, date in
                let due = s.date(item.due.date(inYear: submission.year))
                let rule =
                    item.due.inclusive
                    ? (s.language == .vi ? "hạn đến hết \(due)" : "due by \(due)") : (s.language == .vi ? "hạn trước \(due)" : "due before \(due)")
                let name = title(item.fact).text(s.language)
                return date.map { "\(name) \(s.date($0)), \(rule)" } ?? "\(name), \(rule)"
            }.joined(separator: "; ")
        }
        let hint: LocalizedText? =
            points < leaf.max
            ? both { s in
                s.language == .vi ? "Gửi đúng hạn: \(describe(late + absent, s))" : "Send on time: \(describe(late + absent, s))"
            } : nil
        return LeafOutcome(
            points: points, status: .scored,
            explanation: both { s in
                var parts = [s.language == .vi ? "\(onTime)/\(items.count) đúng hạn" : "\(onTime)/\(items.count) on time"]
                if !late.isEmpty { parts.append((s.language == .vi ? "trễ: " : "late: ") + describe(late, s)) }
                if !absent.isEmpty { parts.append((s.language == .vi ? "chưa có: " : "missing: ") + describe(absent, s)) }
                return parts.joined(separator: "; ") + " → \(s.outOf(points, leaf.max))"
            }, hint: hint)
    }

    private func count(_ leaf: Node, _ doneID: String, _ total: CountTotal, _ mode: CountMode, _ when: WhenUndefined) -> LeafOutcome {
        guard let done = number(doneID) else { return missing([doneID], leaf) }
        let required: ExactDecimal
        switch total {
        case .required(let r): required = ExactDecimal(r)
        case .fact(let id):
            guard let t = number(id) else { return missing([id], leaf) }
            if t == 0 { return undefined(leaf, when, title(id)) }
            required = t
        }
        let counted = Swift.min(done, required)
        let points: ExactDecimal
        switch mode {
        case .proportional: points = counted == required ? leaf.max : leaf.max * counted / required
        case .all: points = done >= required ? leaf.max : 0
        }
        let name = title(doneID)
        return LeafOutcome(
            points: points, status: .scored,
            explanation: both { s in
                let how =
                    mode == .all
                    ? (s.language == .vi ? "cần đủ \(s.quantity(required))" : "all \(s.quantity(required)) required")
                    : (s.language == .vi ? "tính theo tỷ lệ" : "proportional")
                return "\(name.text(s.language)) \(s.quantity(done))/\(s.quantity(required)) (\(how)) → \(s.outOf(points, leaf.max))"
            },
            hint: points < leaf.max
                ? both { s in
                    s.language == .vi
                        ? "Hoàn thành thêm \(s.quantity(required - counted)) (\(name.vi)) → +\(s.points(leaf.max - points)) \(s.pointsWord)"
                        : "Complete \(s.quantity(required - counted)) more (\(name.text(.en))) → +\(s.points(leaf.max - points)) \(s.pointsWord)"
                } : nil)
    }

    private func ordinal(_ leaf: Node, _ factID: String, _ options: [OrdinalOption]) -> LeafOutcome {
        guard case .answer(let answer)? = submission.facts[factID] else { return missing([factID], leaf) }
        let percent = options.first { $0.answer == answer }?.percent ?? 0
        let points = leaf.max * percent / 100
        let best = options.max { $0.percent < $1.percent }
        let name = title(factID)
        return LeafOutcome(
            points: points, status: .scored,
            explanation: both { s in
                s.language == .vi
                    ? "\(name.vi): trả lời \(answer) = \(s.bound(percent)) điểm tối đa → \(s.outOf(points, leaf.max))"
                    : "\(name.text(.en)): answer \(answer) = \(s.bound(percent)) of the maximum → \(s.outOf(points, leaf.max))"
            },
            hint: points < leaf.max
                ? both { s in
                    s.language == .vi
                        ? "Đạt mức \(best?.answer ?? "?") (\(name.vi)) → +\(s.points(leaf.max - points)) \(s.pointsWord)"
                        : "Reach answer \(best?.answer ?? "?") (\(name.text(.en))) → +\(s.points(leaf.max - points)) \(s.pointsWord)"
                } : nil)
    }

    private func direct(_ leaf: Node, _ source: DirectSource) -> LeafOutcome {
        let who =
            source == .survey
            ? LocalizedText(vi: "Điểm điều tra xã hội học", en: "Survey points")
            : LocalizedText(vi: "Điểm do hội đồng thẩm định cho", en: "Points given by the appraisal council")
        guard let points = submission.direct[leaf.id] else {
            return LeafOutcome(
                points: 0, status: .missingData,
                explanation: both { s in
                    s.language == .vi
                        ? "Chưa có \(who.vi.lowercased()) (direct[\"\(leaf.id)\"]) → \(s.outOf(0, leaf.max))"
                        : "No \(who.text(.en).lowercased()) given (direct[\"\(leaf.id)\"]) → \(s.outOf(0, leaf.max))"
                },
                hint: both { s in
                    s.language == .vi
                        ? "Nhập \(who.vi.lowercased()) vào direct[\"\(leaf.id)\"]"
                        : "Enter the \(who.text(.en).lowercased()) in direct[\"\(leaf.id)\"]"
                })
        }
        return LeafOutcome(
            points: points, status: .scored,
            explanation: both { s in "\(who.text(s.language)): \(s.outOf(points, leaf.max))" },
            hint: points < leaf.max
                ? both { s in
                    s.language == .vi
                        ? "\(who.vi) thấp hơn tối đa \(s.points(leaf.max - points)) \(s.pointsWord): cải thiện mức độ hài lòng, chất lượng phục vụ"
                        : "\(who.text(.en)) are \(s.points(leaf.max - points)) \(s.pointsWord) below the maximum: improve satisfaction and service"
                } : nil)
    }
}
