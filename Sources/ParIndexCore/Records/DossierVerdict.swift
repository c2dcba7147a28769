/// What one definition says of one dossier in one period, with the reason in words.
public struct DossierVerdict: Sendable, Hashable {
    /// How the dossier counts in the on-time rate.
    public enum Outcome: UInt8, Sendable {
        /// Not in the period at all (received after it, or ended before it).
        case outsidePeriod
        /// In the period but left out of the rate.
        case notCounted
        /// Counted, early.
        case early
        /// Counted, on time.
        case onTime
        /// Counted, within its time while in progress at the end of the period.
        case withinDue
        /// Counted, late or overdue.
        case late
    }

    /// Why it is what it is (for the reason text and the difference between definitions).
    public enum Cause: UInt8, Sendable {
        /// Compared end with due date.
        case compared
        /// More supplement requests than the definition allows.
        case supplementLimit
        /// Waiting for an unanswered supplement: ended at the request date.
        case pendingSupplement
        /// In progress at the end of the period.
        case inProgress
        /// In progress at the end of the period, not counted by the definition.
        case inProgressNotCounted
        /// Refused or stopped.
        case returned
        /// Withdrawn.
        case withdrawn
        /// No due date (and no statutory time).
        case noDueDate
        /// Not completed, and the definition counts completed ones only.
        case notCompleted
        /// Outside the period.
        case outside
    }

    /// The outcome.
    public var outcome: Outcome
    /// The cause.
    public var cause: Cause
    /// The end of processing (or the end of the period for one in progress).
    public var end: RecordTime?
    /// The due date used (the record's, or one from the statutory time).
    public var due: RecordTime?
    /// Whether the due date came from `SoNgayQuyDinh` and the working-day calendar.
    public var dueFromStatutoryDays = false
    /// The supplement time subtracted, seconds.
    public var subtracted: Int64 = 0
    /// The supplement requests.
    public var supplementRequests: Int32 = 0
    /// Whether processing ended in the period (completed, refused, stopped, withdrawn, or at an unanswered supplement).
    public var endedInPeriod = false

    /// Whether the outcome counts towards the on-time numerator.
    public var isOnTime: Bool { outcome == .early || outcome == .onTime || outcome == .withinDue }
    /// Whether the dossier is in the rate's denominator.
    public var isCounted: Bool { outcome.rawValue >= Outcome.early.rawValue }

    /// The verdict of `r` under `definition` in `period`.
    public static func judge(_ r: DossierRecord, _ definition: KPIDefinition, _ period: KPIPeriod, _ calendar: WorkingCalendar) -> DossierVerdict {
        var v = DossierVerdict(outcome: .outsidePeriod, cause: .outside)
        guard let received = r.received, let state = r.state, received.seconds <= period.end else { return v }
        v.supplementRequests = r.supplementRequests
        var end: RecordTime?
        if state.isEnded {
            end = endDate(r, definition)
        } else if definition.pendingSupplementEndsProcessing, let pending = r.pendingSupplementSince {
            end = pending
        }
        if let end, end.seconds < period.start { return v }
        let endedInPeriod = end.map { $0.seconds <= period.end } ?? false
        v.endedInPeriod = endedInPeriod
        v.outcome = .notCounted
        let judgedEnd: RecordTime
        if endedInPeriod, let end {
            judgedEnd = end
            if state == .withdrawn || state == .refused || state == .stopped {
                let rule = state == .withdrawn ? definition.withdrawn : definition.returned
                v.cause = state == .withdrawn ? .withdrawn : .returned
                v.end = end
                switch rule {
                case .excluded: return v
                case .onTime:
                    v.outcome = .onTime
                    return v
                case .judged: break
                }
            } else if !state.isEnded {
                v.cause = .pendingSupplement
            } else {
                v.cause = .compared
            }
            if definition.counted == .completedInPeriod && !state.isCompleted && v.cause == .pendingSupplement {
                v.cause = .notCompleted
                return v
            }
        } else {
            v.cause = .inProgress
            judgedEnd = RecordTime(seconds: period.end)
            v.end = judgedEnd
            if !definition.inProgressCounts || definition.counted == .completedInPeriod {
                v.cause = .inProgressNotCounted
                return v
            }
        }
        v.end = judgedEnd
        if let maximum = definition.maximumSupplementRequests, r.supplementRequests > Int32(maximum) {
            v.outcome = .late
            v.cause = .supplementLimit
            return v
        }
        var due = r.due
        if due == nil {
            switch definition.noDueDate {
            case .excluded:
                v.cause = .noDueDate
                return v
            case .onTime:
                v.cause = .noDueDate
                v.outcome = .onTime
                return v
            case .statutoryDays:
                guard let days = r.statutoryDays else {
                    v.cause = .noDueDate
                    return v
                }
                due = calendar.deadline(from: received, workingDays: Int(days))
                v.dueFromStatutoryDays = true
            }
        }
        guard let due else { return v }
        v.due = due
        let subtracted = definition.subtractSupplementTime ? r.supplementSeconds : 0
        v.subtracted = subtracted
        let effective = judgedEnd.adding(seconds: -subtracted)
        let byDay = definition.comparison == .day || !due.hasTime || !judgedEnd.hasTime
        let inTime = byDay ? effective.dayNumber <= due.dayNumber : effective.seconds <= due.seconds
        if v.cause == .inProgress {
            v.outcome = inTime ? .withinDue : .late
        } else if !inTime {
            v.outcome = .late
        } else {
            v.outcome = effective.dayNumber < due.dayNumber ? .early : .onTime
        }
        return v
    }

    /// The end of processing of an ended dossier: the first of the definition's `endDate` fields
    /// present, else any end date the record has.
    static func endDate(_ r: DossierRecord, _ definition: KPIDefinition) -> RecordTime? {
        for field in definition.endDate {
            switch field {
            case .finished: if let t = r.finished { return t }
            case .returnedAt: if let t = r.returnedAt { return t }
            case .refusedAt: if let t = r.refusedAt { return t }
            default: break
            }
        }
        return r.finished ?? r.returnedAt ?? r.refusedAt
    }

    /// The reason, as the verdicts CSV writes it: "đúng hạn: kết thúc 14/03 10:05, hẹn trả 14/03
    /// 17:00, trừ 3 ngày chờ bổ sung", "quá hạn: 2 lần yêu cầu bổ sung".
    public func reason(_ language: Language) -> String {
        let vi = language == .vi
        let word: String
        switch outcome {
        case .outsidePeriod: return vi ? "ngoài kỳ" : "outside the period"
        case .notCounted: word = vi ? "không tính" : "not counted"
        case .early: word = vi ? "trước hạn" : "early"
        case .onTime: word = vi ? "đúng hạn" : "on time"
        case .withinDue: word = vi ? "trong hạn" : "within due date"
        case .late: word = vi ? (cause == .inProgress ? "quá hạn" : "quá hạn") : (cause == .inProgress ? "overdue" : "late")
        }
        var parts: [String] = []
        switch cause {
        case .supplementLimit:
            return "\(word): " + (vi ? "\(supplementRequests) lần yêu cầu bổ sung" : "\(supplementRequests) supplement requests")
        case .withdrawn where outcome != .early && outcome != .late:
            return "\(word): " + (vi ? "rút hồ sơ" : "withdrawn")
        case .returned where outcome != .early && outcome != .late:
            return "\(word): " + (vi ? "trả lại (từ chối hoặc dừng xử lý)" : "returned (refused or stopped)")
        case .noDueDate: return "\(word): " + (vi ? "không có ngày hẹn trả" : "no due date")
        case .notCompleted, .inProgressNotCounted:
            return "\(word): " + (vi ? "chưa giải quyết xong cuối kỳ" : "not completed by the end of the period")
        case .inProgress: if let end { parts.append(vi ? "đang xử lý đến \(end.short)" : "in progress at \(end.short)") }
        case .pendingSupplement: if let end { parts.append(vi ? "chờ bổ sung từ \(end.short)" : "waiting for a supplement since \(end.short)") }
        default: if let end { parts.append(vi ? "kết thúc \(end.short)" : "ended \(end.short)") }
        }
        if let due {
            let source = dueFromStatutoryDays ? (vi ? " (theo số ngày quy định)" : " (from the statutory days)") : ""
            parts.append((vi ? "hẹn trả " : "due ") + due.short + source)
        }
        if subtracted > 0 {
            parts.append(vi ? "trừ \(Self.duration(subtracted, .vi)) chờ bổ sung" : "less \(Self.duration(subtracted, .en)) waiting for supplements")
        }
        return "\(word): " + parts.joined(separator: ", ")
    }

    /// "3 ngày", "1 ngày 4 giờ", "5 giờ 30 phút".
    static func duration(_ seconds: Int64, _ language: Language) -> String {
        let days = seconds / 86_400
        let hours = seconds % 86_400 / 3600
        let minutes = seconds % 3600 / 60
        let vi = language == .vi
        var parts: [String] = []
        if days > 0 { parts.append(vi ? "\(days) ngày" : (days == 1 ? "1 day" : "\(days) days")) }
        if hours > 0 { parts.append(vi ? "\(hours) giờ" : (hours == 1 ? "1 hour" : "\(hours) hours")) }
        if minutes > 0 && days == 0 { parts.append(vi ? "\(minutes) phút" : "\(minutes) min") }
        return parts.isEmpty ? (vi ? "0 phút" : "0 min") : parts.joined(separator: " ")
    }
}
