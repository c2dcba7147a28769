/// Turns the bytes of one field into a ``DossierRecord``'s member, and checks a finished record
/// against the identities of a dossier. Shared by the CSV, NDJSON and xlsx readers.
public struct RecordValues: Sendable {
    /// The units met so far, by `DonViXuLy`, in the order met.
    public private(set) var units = ByteInterner()
    private var states = ByteInterner()
    private var channels = ByteInterner()
    private let forms: UInt8

    /// A decoder for records written under `mapping`.
    public init(mapping: RecordMapping) {
        forms = mapping.formMask
        for state in DossierState.allCases { states.intern(state.code, value: Int32(state.rawValue)) }
        for (text, state) in mapping.states { states.intern(text, value: Int32(state.rawValue)) }
        for (text, channel) in mapping.channels { channels.intern(text, value: Int32(channel.rawValue)) }
    }

    /// The name of unit `index`.
    public func unitName(_ index: Int32) -> String { units.key(Int(index)) }

    /// Sets `field` of `record` from `b[start..<end]` (already unquoted); returns what is wrong, or nil.
    /// An empty value leaves the member unset.
    @inline(__always)
    public mutating func set(_ field: RecordField, _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into r: inout DossierRecord)
        -> LocalizedText?
    {
        var s = start
        var e = end
        while s < e && (b[s] == 0x20 || b[s] == 0x09) { s += 1 }
        while e > s && (b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0D) { e -= 1 }
        if s == e { return nil }
        switch field {
        case .id: r.idRange = (s, e)
        case .unit: r.unit = Int32(units.intern(b, s, e, value: Int32(units.count)))
        case .channel:
            if e - s == 1, b[s] >= 0x31, b[s] <= 0x33 {
                r.channel = DossierChannel(rawValue: b[s] - 0x30) ?? .unknown
            } else if let found = channels.find(b, s, e) {
                r.channel = DossierChannel(rawValue: UInt8(channels.value(found))) ?? .unknown
            } else {
                return Self.expected(
                    field, b, s, e, vi: "1 (trực tiếp), 2 (trực tuyến) hoặc 3 (bưu chính công ích)", en: "1 (direct), 2 (online) or 3 (postal)")
            }
        case .received, .due, .finished, .returnedAt, .refusedAt, .lastSupplementRequest, .lastSupplementCompletion:
            guard let time = RecordDateParser.parse(b, s, e, forms: forms) else {
                return Self.expected(
                    field, b, s, e, vi: "một ngày dạng yyyy-MM-dd[THH:mm[:ss]], dd/MM/yyyy[ HH:mm[:ss]] hoặc yyyyMMddHHmmss",
                    en: "a date yyyy-MM-dd[THH:mm[:ss]], dd/MM/yyyy[ HH:mm[:ss]] or yyyyMMddHHmmss")
            }
            switch field {
            case .received: r.received = time
            case .due: r.due = time
            case .finished: r.finished = time
            case .returnedAt: r.returnedAt = time
            case .refusedAt: r.refusedAt = time
            case .lastSupplementRequest: r.pendingSupplementSince = time
            default: r.lastSupplementCompletion = time
            }
        case .state:
            if let found = states.find(b, s, e) {
                r.state = DossierState(rawValue: UInt8(states.value(found)))
            } else {
                r.stateUnknown = true
            }
        case .paidOnline:
            guard e - s == 1, b[s] >= 0x30, b[s] <= 0x32 else { return Self.expected(field, b, s, e, vi: "0, 1 hoặc 2", en: "0, 1 or 2") }
            r.paidOnline = b[s] != 0x30
        case .digitised, .apology, .withFees, .electronicResult:
            guard let flag = Self.flag(b, s, e) else { return Self.expected(field, b, s, e, vi: "0 hoặc 1", en: "0 or 1") }
            switch field {
            case .digitised: r.digitised = flag
            case .apology: r.apology = flag
            case .withFees: r.withFees = flag
            default: r.electronicResult = flag
            }
        case .statutoryDays, .supplementRequests:
            guard e - s <= 6 else { return Self.expected(field, b, s, e, vi: "một số nguyên từ 0 đến 999999", en: "a whole number 0 to 999999") }
            var value: Int32 = 0
            for i in s..<e {
                let d = b[i] &- 0x30
                guard d < 10 else { return Self.expected(field, b, s, e, vi: "một số nguyên từ 0 đến 999999", en: "a whole number 0 to 999999") }
                value = value * 10 + Int32(d)
            }
            if field == .statutoryDays { r.statutoryDays = value } else { r.supplementRequests = value }
        case .supplementDays:
            guard let seconds = Self.days(b, s, e) else {
                return Self.expected(field, b, s, e, vi: "một số ngày (ví dụ 3 hoặc 1.5)", en: "a number of days (for example 3 or 1.5)")
            }
            r.supplementSeconds = seconds
        }
        return nil
    }

    @inline(__always)
    private static func flag(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool? {
        if e - s == 1 {
            if b[s] == 0x31 { return true }
            if b[s] == 0x30 { return false }
            return nil
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self).lowercased()
        switch text {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    /// Days with up to 6 decimals, as whole seconds (rounded down).
    private static func days(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int64? {
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var scale: Int64 = 1
        var i = s
        var digits = 0
        while i < e, b[i] &- 0x30 < 10 {
            whole = whole * 10 + Int64(b[i] - 0x30)
            digits += 1
            i += 1
            if digits > 6 { return nil }
        }
        guard digits > 0 else { return nil }
        if i < e {
            guard b[i] == 0x2E || b[i] == 0x2C else { return nil }
            i += 1
            guard i < e, e - i <= 6 else { return nil }
            while i < e {
                let d = b[i] &- 0x30
                guard d < 10 else { return nil }
                fraction = fraction * 10 + Int64(d)
                scale *= 10
                i += 1
            }
        }
        return whole * 86_400 + fraction * 86_400 / scale
    }

    private static func expected(_ field: RecordField, _ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, vi: String, en: String) -> LocalizedText {
        let written = String(decoding: UnsafeBufferPointer(rebasing: b[s..<min(e, s + 40)]), as: UTF8.self)
        return LocalizedText(
            vi: "\(field.name): \"\(written)\" không hợp lệ; cần \(vi)", en: "\(field.name): \"\(written)\" is invalid; expected \(en)")
    }

    /// Checks a record read whole: the identities of a dossier. Returns the kind and message of the
    /// first broken one, or nil.
    public static func check(_ r: DossierRecord) -> (RecordProblem.Kind, LocalizedText)? {
        if r.unit < 0 { return (.missingUnit, LocalizedText(vi: "thiếu DonViXuLy (đơn vị xử lý)", en: "DonViXuLy (the unit) is missing")) }
        if r.stateUnknown || r.state == nil {
            let codes = DossierState.allCases.map(\.code).joined(separator: ", ")
            return (
                .unknownState,
                LocalizedText(
                    vi: "TrangThaiHoSo thiếu hoặc không phải trạng thái chuẩn (\(codes)); thêm giá trị vào \"states\" của tệp ánh xạ",
                    en: "TrangThaiHoSo is missing or not a canonical state (\(codes)); add the value to the mapping's \"states\"")
            )
        }
        guard let received = r.received else {
            return (.missingReceived, LocalizedText(vi: "thiếu NgayTiepNhan (ngày tiếp nhận)", en: "NgayTiepNhan (date received) is missing"))
        }
        if let problem = Self.afterReceipt("NgayKetThucXuLy", r.finished, received) ?? Self.afterReceipt("NgayTra", r.returnedAt, received)
            ?? Self.afterReceipt("NgayTuChoi", r.refusedAt, received)
        {
            return (.finishedBeforeReceived, problem)
        }
        if let due = r.due, Self.before(due, received) {
            return (
                .dueBeforeReceived,
                LocalizedText(
                    vi: "NgayHenTra \(due.vietnamese) trước NgayTiepNhan \(received.vietnamese)",
                    en: "NgayHenTra \(due.vietnamese) is before NgayTiepNhan \(received.vietnamese)")
            )
        }
        if let state = r.state, state.isEnded, r.finished == nil, r.returnedAt == nil, r.refusedAt == nil {
            return (
                .endedWithoutDate,
                LocalizedText(
                    vi: "trạng thái \(state.code) nhưng không có NgayKetThucXuLy, NgayTra hay NgayTuChoi",
                    en: "state \(state.code) but no NgayKetThucXuLy, NgayTra or NgayTuChoi")
            )
        }
        if let request = r.pendingSupplementSince, let done = r.lastSupplementCompletion, done < request {
            return (
                .supplementBeforeRequest,
                LocalizedText(
                    vi: "NgayHoanThanhBoSung \(done.vietnamese) trước NgayYeuCauBoSung \(request.vietnamese)",
                    en: "NgayHoanThanhBoSung \(done.vietnamese) is before NgayYeuCauBoSung \(request.vietnamese)")
            )
        }
        return nil
    }

    /// The message when `time` is before `received`, else nil.
    @inline(__always)
    private static func afterReceipt(_ name: String, _ time: RecordTime?, _ received: RecordTime) -> LocalizedText? {
        guard let time, before(time, received) else { return nil }
        return LocalizedText(
            vi: "\(name) \(time.vietnamese) trước NgayTiepNhan \(received.vietnamese)",
            en: "\(name) \(time.vietnamese) is before NgayTiepNhan \(received.vietnamese)")
    }

    /// `a` before `b`; a date without time is compared by day, so that a due date written as a
    /// day is not "before" a receipt later that day.
    private static func before(_ a: RecordTime, _ b: RecordTime) -> Bool {
        a.hasTime && b.hasTime ? a < b : a.dayNumber < b.dayNumber
    }
}
