/// Counts the figures of every unit as records stream past, under one definition (and the on-time
/// rate under others, to explain the difference), and optionally writes each dossier's verdict.
public struct KPIAggregator: RecordSink {
    /// Why a dossier's standing differs between the primary definition and another.
    public enum Difference: Int, Sendable, CaseIterable {
        /// Counted by one only: in progress at the end of the period.
        case inProgress
        /// Counted by one only: refused or stopped.
        case returned
        /// Counted by one only: withdrawn.
        case withdrawn
        /// Counted by one only: no due date.
        case noDueDate
        /// Counted by one only: waiting for a supplement.
        case pendingSupplement
        /// Late under one: more supplement requests than it allows.
        case supplementLimit
        /// On time under one: supplement time subtracted.
        case supplementTime
        /// Day versus timestamp comparison.
        case dayComparison
        /// Anything else.
        case other
    }

    /// The period.
    public let period: KPIPeriod
    /// The definition of the figures and the on-time rate.
    public let definition: KPIDefinition
    /// Definitions whose on-time rate is shown beside it.
    public let others: [KPIDefinition]
    private let figureDefinition: KPIDefinition
    private let calendar: WorkingCalendar
    /// The file being read (set by the caller before each file).
    public var file = ""
    /// Counts by unit index then ``KPIFigure`` raw value.
    public private(set) var counts: [[Int]] = []
    /// By unit index, by other definition: (on time, denominator).
    public private(set) var otherCounts: [[(Int, Int)]] = []
    /// By other definition, by ``Difference`` raw value, by ``pair(_:_:)`` of the standings under
    /// this definition and the other: dossiers.
    public private(set) var differences: [[[Int]]]
    /// The first ``maximumProblems`` records left out.
    public private(set) var problems: [RecordProblem] = []
    /// Records left out, by kind.
    public private(set) var leftOut: [RecordProblem.Kind: Int] = [:]
    /// The records read (accepted or left out).
    public private(set) var recordsRead = 0
    /// The dossiers judged with a deadline from `SoNgayQuyDinh` in a year without a calendar file.
    public private(set) var uncoveredDeadlines = 0
    /// The verdicts CSV being written, when asked for.
    public private(set) var verdicts: [UInt8]?
    private let language: Language
    /// How many problems are kept whole.
    public static let maximumProblems = 1000

    /// An aggregator; `writeVerdicts` keeps a CSV row per dossier of the period.
    public init(
        period: KPIPeriod, definition: KPIDefinition, others: [KPIDefinition], calendar: WorkingCalendar, writeVerdicts: Bool, language: Language
    ) {
        self.period = period
        self.definition = definition
        self.others = others
        self.calendar = calendar
        self.language = language
        var figures = definition
        figures.pendingSupplementEndsProcessing = false
        figures.inProgressCounts = true
        figures.counted = .processedInPeriod
        figures.noDueDate = .statutoryDays
        figures.returned = .judged
        figures.withdrawn = .judged
        figureDefinition = figures
        differences = others.map { _ in Difference.allCases.map { _ in Array(repeating: 0, count: 9) } }
        if writeVerdicts {
            let header =
                language == .vi
                ? "Tệp,Dòng,MaHoSo,DonViXuLy,TrangThaiHoSo,KetLuan,LyDo\r\n" : "File,Line,MaHoSo,DonViXuLy,TrangThaiHoSo,Verdict,Reason\r\n"
            verdicts = [0xEF, 0xBB, 0xBF] + Array(header.utf8)
        }
    }

    /// Counts one record.
    public mutating func accept(_ r: DossierRecord, buffer: UnsafeBufferPointer<UInt8>, values: RecordValues) {
        recordsRead += 1
        let v = DossierVerdict.judge(r, definition, period, calendar)
        if v.outcome == .outsidePeriod { return }
        let unit = Int(r.unit)
        while counts.count <= unit {
            counts.append(Array(repeating: 0, count: KPIFigure.allCases.count))
            otherCounts.append(Array(repeating: (0, 0), count: others.count))
        }
        let f = DossierVerdict.judge(r, figureDefinition, period, calendar)
        counts[unit].withUnsafeMutableBufferPointer { c in
            func add(_ figure: KPIFigure) { c[figure.rawValue] += 1 }
            guard let received = r.received, let state = r.state else { return }
            if received.seconds >= period.start {
                add(.received)
                switch r.channel {
                case .online: add(.online)
                case .direct: add(.direct)
                case .postal: add(.postal)
                case .unknown: break
                }
                if r.digitised { add(.digitised) }
                if r.withFees { add(.withFees) }
                if r.paidOnline { add(.paidOnline) }
            } else {
                add(.carriedOver)
            }
            if f.endedInPeriod {
                switch state {
                case .done, .resultReturned:
                    add(.completed)
                    if r.electronicResult { add(.electronicResult) }
                    switch f.outcome {
                    case .early: add(.completedEarly)
                    case .onTime, .withinDue: add(.completedOnTime)
                    case .late:
                        add(.completedLate)
                        if r.apology { add(.lateWithApology) }
                    case .notCounted, .outsidePeriod: add(.completedWithoutDue)
                    }
                case .withdrawn: add(.withdrawn)
                case .refused:
                    add(.returned)
                    add(.refused)
                case .stopped:
                    add(.returned)
                    add(.stopped)
                default: break
                }
            } else {
                switch f.outcome {
                case .withinDue: add(.inProgressWithinDue)
                case .late: add(.inProgressOverdue)
                default: add(.inProgressWithoutDue)
                }
            }
            if v.isCounted { add(.onTimeDenominator) }
            if v.isOnTime { add(.onTime) }
        }
        if f.dueFromStatutoryDays && !calendar.covers(f.due?.dayNumber ?? 0) { uncoveredDeadlines += 1 }
        for (index, other) in others.enumerated() {
            let w = DossierVerdict.judge(r, other, period, calendar)
            if w.isCounted { otherCounts[unit][index].1 += 1 }
            if w.isOnTime { otherCounts[unit][index].0 += 1 }
            if w.isCounted != v.isCounted || w.isOnTime != v.isOnTime {
                differences[index][Self.difference(v, w).rawValue][Self.pair(Self.standing(v), Self.standing(w))] += 1
            }
        }
        if verdicts != nil {
            let id = String(decoding: UnsafeBufferPointer(rebasing: buffer[r.idRange.0..<r.idRange.1]), as: UTF8.self)
            appendVerdict([file, String(r.line), id, values.unitName(r.unit), r.state?.code ?? "", Self.code(v.outcome), v.reason(language)])
        }
    }

    /// Notes a record left out.
    public mutating func reject(_ problem: RecordProblem) {
        recordsRead += 1
        leftOut[problem.kind, default: 0] += 1
        if problems.count < Self.maximumProblems { problems.append(problem) }
        if verdicts != nil {
            appendVerdict([
                problem.file, String(problem.line), problem.recordID ?? "", "", "", language == .vi ? "bo_ra" : "left_out",
                (language == .vi ? "bỏ ra: " : "left out: ") + problem.message.text(language),
            ])
        }
    }

    /// The code of an outcome in the verdicts CSV.
    public static func code(_ outcome: DossierVerdict.Outcome) -> String {
        switch outcome {
        case .outsidePeriod: "ngoai_ky"
        case .notCounted: "khong_tinh"
        case .early: "truoc_han"
        case .onTime: "dung_han"
        case .withinDue: "trong_han"
        case .late: "qua_han"
        }
    }

    private mutating func appendVerdict(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { verdicts?.append(0x2C) }
            let needsQuotes = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            var text = field
            if let first = text.utf8.first, first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 { text = "'" + text }
            if needsQuotes {
                verdicts?.append(0x22)
                for byte in text.utf8 {
                    if byte == 0x22 { verdicts?.append(0x22) }
                    verdicts?.append(byte)
                }
                verdicts?.append(0x22)
            } else {
                verdicts?.append(contentsOf: text.utf8)
            }
        }
        verdicts?.append(contentsOf: [0x0D, 0x0A])
    }

    /// 1 on time, 0 not counted, −1 late: how a dossier weighs on the rate.
    public static func standing(_ v: DossierVerdict) -> Int { v.isOnTime ? 1 : (v.isCounted ? -1 : 0) }

    /// The index of a pair of standings (each −1, 0 or 1) in ``differences``.
    public static func pair(_ primary: Int, _ other: Int) -> Int { (primary + 1) * 3 + other + 1 }

    private static func difference(_ v: DossierVerdict, _ w: DossierVerdict) -> Difference {
        if v.isCounted != w.isCounted {
            let reason = v.isCounted ? w.cause : v.cause
            switch reason {
            case .inProgressNotCounted, .notCompleted, .inProgress: return .inProgress
            case .returned: return .returned
            case .withdrawn: return .withdrawn
            case .noDueDate: return .noDueDate
            case .pendingSupplement: return .pendingSupplement
            default: return .other
            }
        }
        if v.cause == .supplementLimit || w.cause == .supplementLimit { return .supplementLimit }
        if v.cause == .pendingSupplement || w.cause == .pendingSupplement { return .pendingSupplement }
        if v.subtracted != w.subtracted { return .supplementTime }
        return .dayComparison
    }
}
