/// `deadline`: dated facts (reports sent, plans issued) against due dates in the evaluated year.
package struct DeadlineRule: Sendable {
    /// The items, a range of ``CompiledFramework/deadlines``.
    let items: Range<Int>
    /// How the items add up.
    let mode: DeadlineMode
    /// The percent of an item's (or the leaf's) points that a late item earns.
    let latePercent: ExactDecimal
    /// The percent that a missing item earns.
    let missingPercent: ExactDecimal

    /// Compiles the rule.
    init(_ items: [DeadlineItem], _ mode: DeadlineMode, late: ExactDecimal, missing: ExactDecimal, _ c: inout RuleCompiler) {
        let slots = items.map { item in
            SlotDeadline(
                fact: c.factSlots[item.fact] ?? -1, isDate: c.slot(item.fact, [.date]) >= 0,
                due: Int64(item.due.yearOffset) * 10_000 + Int64(item.due.month) * 100 + Int64(item.due.day), inclusive: item.due.inclusive)
        }
        self.items = c.append(slots, to: \.deadlines)
        self.mode = mode
        latePercent = late
        missingPercent = missing
    }

    /// The points: `decider` counts the late items, `missing` those not given.
    @inline(__always)
    func evaluate(_ k: KernelInput, leaf: Int, max: ExactDecimal) -> LeafTrace {
        let share = mode == .perItem ? max / ExactDecimal(items.count) : 0
        var sum: ExactDecimal = 0
        var late = 0
        var absent = 0
        for item in k.framework.deadlines[items] {
            guard let value = k.raw(item.fact) else {
                absent += 1
                sum += share * missingPercent / 100
                continue
            }
            guard item.isDate else { continue }
            let due = k.year * 10_000 + item.due
            if item.inclusive ? value <= due : value < due {
                sum += share
            } else {
                late += 1
                sum += share * latePercent / 100
            }
        }
        let points: ExactDecimal
        switch mode {
        case .all:
            if late == 0 && absent == 0 {
                points = max
            } else {
                points = absent == 0 ? max * latePercent / 100 : max * missingPercent / 100
            }
        case .perItem:
            points = sum
        }
        return LeafTrace(.scored, points: points, decider: late, missing: absent)
    }

    /// Each item with its state and date, as the kernel saw it; items whose fact is not a date are left out.
    private func states(_ r: LeafRendering) -> [(item: DeadlineItem, late: Bool?, date: CalendarDate?)] {
        guard case .deadline(let model, _, _, _)? = r.rule else { return [] }
        var states: [(DeadlineItem, Bool?, CalendarDate?)] = []
        for (item, slot) in zip(model, r.compiled.deadlines[items]) {
            let value = slot.fact >= 0 ? r.values[slot.fact] : SubmissionSlots.absent
            guard value != SubmissionSlots.absent else {
                states.append((item, nil, nil))
                continue
            }
            guard slot.isDate else { continue }
            let due = Int64(r.year) * 10_000 + slot.due
            let date = CalendarDate(year: Int(value / 10_000), month: Int(value / 100 % 100), day: Int(value % 100))
            states.append((item, slot.inclusive ? value > due : value >= due, date))
        }
        return states
    }

    private func describe(_ entries: [(item: DeadlineItem, late: Bool?, date: CalendarDate?)], _ r: LeafRendering) -> String {
        let s = r.style
        return entries.map { entry in
            let due = s.date(entry.item.due.date(inYear: r.year))
            let rule = entry.item.due.inclusive ? (r.vi ? "hạn đến hết \(due)" : "due by \(due)") : (r.vi ? "hạn trước \(due)" : "due before \(due)")
            let name = r.title(entry.item.fact)
            return entry.date.map { "\(name) \(s.date($0)), \(rule)" } ?? "\(name), \(rule)"
        }.joined(separator: "; ")
    }

    /// "1/2 đúng hạn; trễ: Báo cáo quý I 15/02/2020, hạn đến hết 10/02/2020 → 0,50/1,00 điểm".
    func explanation(_ r: LeafRendering) -> String {
        let states = states(r)
        let late = states.filter { $0.late == true }
        let absent = states.filter { $0.late == nil }
        let onTime = states.count - late.count - absent.count
        var parts = [r.vi ? "\(onTime)/\(items.count) đúng hạn" : "\(onTime)/\(items.count) on time"]
        if !late.isEmpty { parts.append((r.vi ? "trễ: " : "late: ") + describe(late, r)) }
        if !absent.isEmpty { parts.append((r.vi ? "chưa có: " : "missing: ") + describe(absent, r)) }
        return parts.joined(separator: "; ") + " → \(r.outOf(r.trace.points ?? 0))"
    }

    /// The items to send on time.
    func hint(_ r: LeafRendering) -> String? {
        guard (r.trace.points ?? 0) < r.max else { return nil }
        let states = states(r)
        let list = describe(states.filter { $0.late == true } + states.filter { $0.late == nil }, r)
        return r.vi ? "Gửi đúng hạn: \(list)" : "Send on time: \(list)"
    }

    /// What was not given: a deadline leaf scores its missing items, never missing data.
    func missing(_ r: LeafRendering) -> [String] { [] }
}
