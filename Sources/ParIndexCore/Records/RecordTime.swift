/// A moment in a dossier record: local civil time in Việt Nam (UTC+7), in seconds from
/// 1970-01-01 00:00 local time. Plain integers, so that reading a million records parses no
/// `Date` and comparisons are exact.
public struct RecordTime: Sendable, Hashable, Comparable {
    /// Seconds from 1970-01-01 00:00 local time.
    public var seconds: Int64
    /// Whether the record gave a time of day (a date alone is 00:00 of that day).
    public var hasTime: Bool

    /// A moment; `hasTime` says whether a time of day was given.
    public init(seconds: Int64, hasTime: Bool = true) {
        self.seconds = seconds
        self.hasTime = hasTime
    }

    /// The moment at `hour:minute:second` of a civil date; not checked.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, hasTime: Bool = true) {
        let days = Int64(Self.daysFromCivil(year: year, month: month, day: day))
        seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.hasTime = hasTime
    }

    /// Orders by the moment only.
    public static func < (a: RecordTime, b: RecordTime) -> Bool { a.seconds < b.seconds }

    /// Equal moments, whether or not a time of day was written.
    public static func == (a: RecordTime, b: RecordTime) -> Bool { a.seconds == b.seconds }

    /// Hashes the moment.
    public func hash(into hasher: inout Hasher) { hasher.combine(seconds) }

    /// The day number (days from 1970-01-01).
    public var dayNumber: Int { Int((seconds >= 0 ? seconds : seconds - 86_399) / 86_400) }

    /// The civil date of the moment.
    public var date: CalendarDate { Self.civil(fromDays: dayNumber) }

    /// The moment plus `delta` seconds.
    public func adding(seconds delta: Int64) -> RecordTime { RecordTime(seconds: seconds + delta, hasTime: hasTime) }

    /// `dd/MM HH:mm`, as the verdicts write it; `dd/MM` when no time was given.
    public var short: String {
        let d = date
        let within = Int(seconds - Int64(dayNumber) * 86_400)
        let dayMonth = Self.two(d.day) + "/" + Self.two(d.month)
        guard hasTime else { return dayMonth }
        return dayMonth + " " + Self.two(within / 3600) + ":" + Self.two(within / 60 % 60)
    }

    /// `dd/MM/yyyy HH:mm:ss` (or `dd/MM/yyyy`).
    public var vietnamese: String {
        let d = date
        let within = Int(seconds - Int64(dayNumber) * 86_400)
        let day = Self.two(d.day) + "/" + Self.two(d.month) + "/" + String(d.year)
        guard hasTime else { return day }
        return day + " " + Self.two(within / 3600) + ":" + Self.two(within / 60 % 60) + ":" + Self.two(within % 60)
    }

    /// ISO 8601 local: `yyyy-MM-ddTHH:mm:ss` (or `yyyy-MM-dd`).
    public var iso: String {
        let d = date
        let within = Int(seconds - Int64(dayNumber) * 86_400)
        guard hasTime else { return d.description }
        return d.description + "T" + Self.two(within / 3600) + ":" + Self.two(within / 60 % 60) + ":" + Self.two(within % 60)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// Days from 1970-01-01 of a civil date (Howard Hinnant's algorithm).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day number.
    public static func civil(fromDays z0: Int) -> CalendarDate {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return CalendarDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The day of the week of a day number: 0 Monday … 6 Sunday.
    public static func weekday(ofDay day: Int) -> Int { ((day % 7) + 7 + 3) % 7 }
}

/// The written forms of a record date, as a mapping file can restrict them.
public enum RecordDateForm: String, Sendable, CaseIterable {
    /// `yyyy-MM-dd` or `yyyy-MM-ddTHH:mm[:ss[.fff]][Z|±HH:mm]` (also with a space for `T`).
    case iso
    /// `dd/MM/yyyy[ HH:mm[:ss]]`.
    case vietnamese = "dd/MM/yyyy"
    /// `yyyyMMddHHmmss` (also `yyyyMMdd`).
    case compact = "yyyyMMddHHmmss"
}

/// Reads record dates straight from bytes: no `String`, no `Foundation` date parsing.
public enum RecordDateParser {
    /// The moment written in `bytes[start..<end]` in one of `forms`, or nil when it is none of them
    /// or not a real date and time. An ISO time with a zone is converted to Việt Nam time (UTC+7).
    @inline(__always)
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, forms: UInt8 = 0b111) -> RecordTime? {
        let count = end - start
        guard count >= 8 else { return nil }
        if count >= 10 && bytes[start + 4] == 0x2D {
            return forms & 1 != 0 ? iso(bytes, start, end) : nil
        }
        if count >= 10 && bytes[start + 2] == 0x2F {
            return forms & 2 != 0 ? vietnamese(bytes, start, end) : nil
        }
        return forms & 4 != 0 ? compact(bytes, start, end) : nil
    }

    /// The bit of a form in the `forms` mask of ``parse(_:_:_:forms:)``.
    public static func bit(_ form: RecordDateForm) -> UInt8 {
        switch form {
        case .iso: 1
        case .vietnamese: 2
        case .compact: 4
        }
    }

    /// Parses a Swift string (tests, definitions, command-line options).
    public static func parse(_ text: String, forms: UInt8 = 0b111) -> RecordTime? {
        var copy = Array(text.utf8)
        return copy.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0), 0, $0.count, forms: forms) }
    }

    @inline(__always)
    private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ at: Int, _ n: Int) -> Int? {
        var value = 0
        for i in at..<at + n {
            let d = b[i] &- 0x30
            guard d < 10 else { return nil }
            value = value * 10 + Int(d)
        }
        return value
    }

    @inline(__always)
    private static func make(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int, hasTime: Bool) -> RecordTime? {
        guard y >= 1900, y <= 2200, mo >= 1, mo <= 12, d >= 1, d <= CalendarDate.daysIn(month: mo, year: y), h < 24, mi < 60, s < 60
        else { return nil }
        return RecordTime(year: y, month: mo, day: d, hour: h, minute: mi, second: s, hasTime: hasTime)
    }

    private static func iso(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> RecordTime? {
        guard b[start + 7] == 0x2D, let y = digits(b, start, 4), let mo = digits(b, start + 5, 2), let d = digits(b, start + 8, 2) else { return nil }
        if end - start == 10 { return make(y, mo, d, 0, 0, 0, hasTime: false) }
        var i = start + 10
        guard b[i] == 0x54 || b[i] == 0x20, end - i >= 6, let h = digits(b, i + 1, 2), b[i + 3] == 0x3A, let mi = digits(b, i + 4, 2) else {
            return nil
        }
        i += 6
        var s = 0
        if i < end && b[i] == 0x3A {
            guard end - i >= 3, let sec = digits(b, i + 1, 2) else { return nil }
            s = sec
            i += 3
            if i < end && (b[i] == 0x2E || b[i] == 0x2C) {
                i += 1
                let fractionStart = i
                while i < end && b[i] &- 0x30 < 10 { i += 1 }
                guard i > fractionStart, i - fractionStart <= 9 else { return nil }
            }
        }
        guard var time = make(y, mo, d, h, mi, s, hasTime: true) else { return nil }
        if i == end { return time }
        if b[i] == 0x5A && i + 1 == end { return time.adding(seconds: 7 * 3600) }
        guard b[i] == 0x2B || b[i] == 0x2D, end - i == 6, let oh = digits(b, i + 1, 2), b[i + 3] == 0x3A, let om = digits(b, i + 4, 2), oh < 24,
            om < 60
        else { return nil }
        let offset = Int64(oh * 3600 + om * 60) * (b[i] == 0x2B ? 1 : -1)
        time = time.adding(seconds: 7 * 3600 - offset)
        return time
    }

    private static func vietnamese(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> RecordTime? {
        guard b[start + 5] == 0x2F, let d = digits(b, start, 2), let mo = digits(b, start + 3, 2), let y = digits(b, start + 6, 4) else { return nil }
        let count = end - start
        if count == 10 { return make(y, mo, d, 0, 0, 0, hasTime: false) }
        guard count == 16 || count == 19, b[start + 10] == 0x20, let h = digits(b, start + 11, 2), b[start + 13] == 0x3A,
            let mi = digits(b, start + 14, 2)
        else { return nil }
        var s = 0
        if count == 19 {
            guard b[start + 16] == 0x3A, let sec = digits(b, start + 17, 2) else { return nil }
            s = sec
        }
        return make(y, mo, d, h, mi, s, hasTime: true)
    }

    private static func compact(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> RecordTime? {
        let count = end - start
        guard count == 8 || count == 14, let y = digits(b, start, 4), let mo = digits(b, start + 4, 2), let d = digits(b, start + 6, 2) else {
            return nil
        }
        if count == 8 { return make(y, mo, d, 0, 0, 0, hasTime: false) }
        guard let h = digits(b, start + 8, 2), let mi = digits(b, start + 10, 2), let s = digits(b, start + 12, 2) else { return nil }
        return make(y, mo, d, h, mi, s, hasTime: true)
    }
}
