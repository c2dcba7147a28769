/// The plans of a province's units side by side: units by completion rate, and the overdue tasks
/// of each unit.
public struct PlanProvince: Sendable {
    /// The status of every unit's plan, best completion rate first; equal rates by name in
    /// Vietnamese alphabetical order, then unit id.
    public var units: [PlanStatus]

    /// The province table of `statuses`.
    public init(_ statuses: [PlanStatus]) {
        units = statuses.sorted { a, b in
            let ra = a.total.completionPercent ?? -1
            let rb = b.total.completionPercent ?? -1
            if ra != rb { return ra > rb }
            let byName = VietnameseCollation.compare(a.plan.unit.name, b.plan.unit.name)
            if byName != 0 { return byName < 0 }
            return a.plan.unit.id < b.plan.unit.id
        }
    }

    /// The counts of every unit together.
    public var total: StandingCounts {
        var counts = StandingCounts(key: "", title: "")
        for unit in units {
            counts.doneOnTime += unit.total.doneOnTime
            counts.doneLate += unit.total.doneLate
            counts.overdue += unit.total.overdue
            counts.notYetDue += unit.total.notYetDue
            counts.cancelled += unit.total.cancelled
        }
        return counts
    }
}
