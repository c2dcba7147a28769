/// A reporting period: a year (`2024`), a quarter (`2024-Q1`) or a month (`2024-03`).
public struct KPIPeriod: Sendable, Hashable {
    /// As written.
    public var label: String
    /// The first day (day number).
    public var firstDay: Int
    /// The last day (day number), inclusive.
    public var lastDay: Int

    /// The first moment (00:00:00 of the first day).
    public var start: Int64 { Int64(firstDay) * 86_400 }
    /// The last moment (23:59:59 of the last day).
    public var end: Int64 { Int64(lastDay + 1) * 86_400 - 1 }

    /// Parses `2024`, `2024-Q1` … `2024-Q4`, `2024-01` … `2024-12`.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4, let year = Int(String(text.prefix(4))), (1900...2200).contains(year), bytes[0] != 0x2B else { return nil }
        var firstMonth = 1
        var lastMonth = 12
        if bytes.count == 4 {
        } else if bytes.count == 7, bytes[4] == 0x2D, bytes[5] == 0x51, let q = Int(String(text.suffix(1))), (1...4).contains(q) {
            firstMonth = 3 * q - 2
            lastMonth = 3 * q
        } else if bytes.count == 7, bytes[4] == 0x2D, bytes[5] >= 0x30, bytes[5] <= 0x31, let m = Int(String(text.suffix(2))), (1...12).contains(m) {
            firstMonth = m
            lastMonth = m
        } else {
            return nil
        }
        label = text
        firstDay = RecordTime.daysFromCivil(year: year, month: firstMonth, day: 1)
        lastDay = RecordTime.daysFromCivil(year: year, month: lastMonth, day: CalendarDate.daysIn(month: lastMonth, year: year))
    }

    /// A whole year.
    public init(year: Int) {
        label = String(year)
        firstDay = RecordTime.daysFromCivil(year: year, month: 1, day: 1)
        lastDay = RecordTime.daysFromCivil(year: year, month: 12, day: 31)
    }

    /// The year of the period.
    public var year: Int { RecordTime.civil(fromDays: firstDay).year }
}
