/// The figures of every unit for one period under one definition, with the on-time rate under the
/// other definitions and the records left out: what `par-score kpi` writes.
public struct KPIReport: Sendable {
    /// One unit's figures.
    public struct UnitFigures: Sendable {
        /// `DonViXuLy`.
        public var unit: String
        /// Counts by ``KPIFigure`` raw value.
        public var counts: [Int]
        /// (on time, denominator) under each of ``KPIReport/others``.
        public var others: [OnTime]

        /// A figure.
        public func count(_ figure: KPIFigure) -> Int { counts[figure.rawValue] }

        /// A rate: numerator, denominator and the exact percentage (nil when the denominator is 0).
        public func rate(_ rate: KPIRate) -> Rate { Rate(numerator: count(rate.numerator), denominator: count(rate.denominator)) }
    }

    /// An on-time numerator and denominator.
    public struct OnTime: Sendable, Hashable {
        /// On time.
        public var onTime: Int
        /// Counted.
        public var denominator: Int
        /// The rate.
        public var rate: Rate { Rate(numerator: onTime, denominator: denominator) }
    }

    /// A numerator over a denominator, the percentage exact.
    public struct Rate: Sendable, Hashable {
        /// Above the line.
        public var numerator: Int
        /// Below the line.
        public var denominator: Int
        /// numerator ÷ denominator × 100, exact; nil when the denominator is 0.
        public var percent: ExactDecimal? {
            denominator == 0 ? nil : ExactDecimal(numerator) * 100 / ExactDecimal(denominator)
        }
        /// Whether the rate reaches `threshold` percent, decided exactly (949/1000 < 95 %).
        public func reaches(_ threshold: ExactDecimal) -> Bool {
            denominator > 0 && ExactDecimal(numerator) * 100 >= threshold * ExactDecimal(denominator)
        }
    }

    /// The period.
    public var period: KPIPeriod
    /// The definition of the figures.
    public var definition: KPIDefinition
    /// The definitions compared.
    public var others: [KPIDefinition]
    /// The record files read, in order.
    public var files: [String]
    /// The units with at least one dossier in the period, by Vietnamese alphabetical order.
    public var units: [UnitFigures]
    /// Every unit together.
    public var total: UnitFigures
    /// By other definition, by ``KPIAggregator/Difference``: [better under the other, worse].
    public var differences: [[[Int]]]
    /// The first records left out.
    public var problems: [RecordProblem]
    /// Records left out, by kind.
    public var leftOut: [RecordProblem.Kind: Int]
    /// Records read (accepted or left out).
    public var recordsRead: Int
    /// Dossiers whose deadline from `SoNgayQuyDinh` falls in a year without a calendar file.
    public var uncoveredDeadlines: Int

    /// All records left out.
    public var leftOutCount: Int { leftOut.values.reduce(0, +) }

    /// The report of an aggregator that has read every file; `units` names its unit indices.
    public init(_ a: KPIAggregator, files: [String], values: RecordValues) {
        period = a.period
        definition = a.definition
        others = a.others
        self.files = files
        var list: [UnitFigures] = []
        var total = UnitFigures(
            unit: "", counts: Array(repeating: 0, count: KPIFigure.allCases.count), others: a.others.map { _ in OnTime(onTime: 0, denominator: 0) })
        for (index, counts) in a.counts.enumerated() where counts.contains(where: { $0 != 0 }) || a.otherCounts[index].contains(where: { $0.1 != 0 })
        {
            let others = a.otherCounts[index].map { OnTime(onTime: $0.0, denominator: $0.1) }
            list.append(UnitFigures(unit: values.unitName(Int32(index)), counts: counts, others: others))
            for k in 0..<counts.count { total.counts[k] += counts[k] }
            for k in 0..<others.count {
                total.others[k].onTime += others[k].onTime
                total.others[k].denominator += others[k].denominator
            }
        }
        units = list.sorted { VietnameseCollation.compare($0.unit, $1.unit) < 0 }
        self.total = total
        differences = a.differences
        problems = a.problems
        leftOut = a.leftOut
        recordsRead = a.recordsRead
        uncoveredDeadlines = a.uncoveredDeadlines
    }

    /// The sentence explaining a difference: "12 hồ sơ — đang giải quyết cuối kỳ: vpcp-766 tính
    /// quá hạn, completed-only không tính". `pair` is ``KPIAggregator/pair(_:_:)``.
    public func explain(_ difference: KPIAggregator.Difference, pair: Int, count: Int, other: KPIDefinition, _ language: Language) -> String {
        let vi = language == .vi
        let what: String
        switch difference {
        case .inProgress: what = vi ? "đang giải quyết cuối kỳ" : "in progress at the end of the period"
        case .returned: what = vi ? "từ chối hoặc dừng xử lý" : "refused or stopped"
        case .withdrawn: what = vi ? "rút hồ sơ" : "withdrawn"
        case .noDueDate: what = vi ? "không có ngày hẹn trả" : "no due date"
        case .pendingSupplement:
            what =
                vi
                ? "chờ bổ sung chưa trả lời (một cách lấy ngày yêu cầu làm ngày kết thúc)"
                : "waiting for an unanswered supplement (one definition ends it at the request date)"
        case .supplementLimit: what = vi ? "hơn một lần yêu cầu bổ sung" : "more than one supplement request"
        case .supplementTime: what = vi ? "thời gian chờ bổ sung được trừ ở một cách" : "supplement waiting time subtracted by one definition"
        case .dayComparison: what = vi ? "so theo ngày hay theo giờ phút" : "compared by day or by time of day"
        case .other: what = vi ? "lý do khác" : "other reasons"
        }
        func label(_ standing: Int) -> String {
            switch standing {
            case 1: vi ? "tính đúng hạn" : "counts it on time"
            case -1: vi ? "tính quá hạn" : "counts it late"
            default: vi ? "không tính" : "leaves it out"
            }
        }
        let primary = pair / 3 - 1
        let secondary = pair % 3 - 1
        let dossiers = vi ? "\(count) hồ sơ" : (count == 1 ? "1 dossier" : "\(count) dossiers")
        return "\(dossiers) — \(what): \(definition.id) \(label(primary)), \(other.id) \(label(secondary))"
    }
}
