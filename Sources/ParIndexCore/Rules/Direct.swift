/// `direct`: points given directly, by the sociological survey or the appraisal council.
package struct DirectRule: Sendable {
    /// Compiles the rule.
    init() {}

    /// The points given, or missing data.
    @inline(__always)
    func evaluate(_ k: KernelInput, leaf: Int, max: ExactDecimal) -> LeafTrace {
        let given = k.values[k.framework.directBase + leaf]
        return given == SubmissionSlots.absent ? .missingData : LeafTrace(.scored, points: ExactDecimal(raw: given))
    }

    private static func who(_ r: LeafRendering) -> LocalizedText {
        if case .direct(.survey)? = r.rule { return LocalizedText(vi: "Điểm điều tra xã hội học", en: "Survey points") }
        return LocalizedText(vi: "Điểm do hội đồng thẩm định cho", en: "Points given by the appraisal council")
    }

    /// "Điểm điều tra xã hội học: 8,20/10,00 điểm".
    func explanation(_ r: LeafRendering) -> String {
        let who = Self.who(r).text(r.style.language)
        let key = "direct[\"\(r.leafID)\"]"
        guard r.trace.outcome != .missingData else {
            return r.vi ? "Chưa có \(who.lowercased()) (\(key)) → \(r.outOf(0))" : "No \(who.lowercased()) given (\(key)) → \(r.outOf(0))"
        }
        return "\(who): \(r.outOf(r.trace.points ?? 0))"
    }

    /// Where to enter the points, or what they lack.
    func hint(_ r: LeafRendering) -> String? {
        let who = Self.who(r).text(r.style.language)
        let key = "direct[\"\(r.leafID)\"]"
        guard r.trace.outcome != .missingData else {
            return r.vi ? "Nhập \(who.lowercased()) vào \(key)" : "Enter the \(who.lowercased()) in \(key)"
        }
        let points = r.trace.points ?? 0
        guard points < r.max else { return nil }
        let below = "\(r.style.points(r.max - points)) \(r.style.pointsWord)"
        return r.vi
            ? "\(who) thấp hơn tối đa \(below): cải thiện mức độ hài lòng, chất lượng phục vụ"
            : "\(who) are \(below) below the maximum: improve satisfaction and service"
    }

    /// The direct points, when they were not given.
    func missing(_ r: LeafRendering) -> [String] {
        r.trace.outcome == .missingData ? ["direct[\"\(r.leafID)\"]"] : []
    }
}
