/// A start or end of a task as the plan writes it: a month ("Tháng 12/2019"), a quarter ("Quý I"),
/// a date ("15/3/2020"), "Thường xuyên" (ongoing through the year), or any other text (for example
/// "Sau khi có thông báo kết quả kiểm tra"), which has no date.
public struct PlanTime: Sendable, Hashable, CustomStringConvertible {
    /// What the text means.
    public enum Kind: Sendable, Hashable {
        /// A month of a year.
        case month(year: Int, month: Int)
        /// A quarter (1–4) of a year.
        case quarter(year: Int, quarter: Int)
        /// A day.
        case date(CalendarDate)
        /// A whole year ("Năm 2020").
        case year(Int)
        /// "Thường xuyên": ongoing through the plan's year.
        case ongoing
        /// A text without a date.
        case asWritten
    }

    /// The text as written in the plan.
    public var text: String
    /// What it means.
    public var kind: Kind

    /// A time of a kind, with its text.
    public init(text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }

    /// Reads a time as written; `year` is the plan's year, for a month or quarter written without one.
    public init(text: String, year: Int) {
        self.init(text: text, kind: Self.parse(text, year: year))
    }

    /// The text.
    public var description: String { text }

    /// The first day it covers; `nil` for a text without a date.
    public func firstDay(year planYear: Int) -> CalendarDate? {
        switch kind {
        case .month(let year, let month): CalendarDate(year: year, month: month, day: 1)
        case .quarter(let year, let quarter): CalendarDate(year: year, month: quarter * 3 - 2, day: 1)
        case .date(let date): date
        case .year(let year): CalendarDate(year: year, month: 1, day: 1)
        case .ongoing: CalendarDate(year: planYear, month: 1, day: 1)
        case .asWritten: nil
        }
    }

    /// The last day it covers; `nil` for a text without a date.
    public func lastDay(year planYear: Int) -> CalendarDate? {
        switch kind {
        case .month(let year, let month): CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        case .quarter(let year, let quarter):
            CalendarDate(year: year, month: quarter * 3, day: CalendarDate.daysIn(month: quarter * 3, year: year))
        case .date(let date): date
        case .year(let year): CalendarDate(year: year, month: 12, day: 31)
        case .ongoing: CalendarDate(year: planYear, month: 12, day: 31)
        case .asWritten: nil
        }
    }

    /// The meaning of a Vietnamese time text.
    static func parse(_ raw: String, year: Int) -> Kind {
        var words = raw.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        words = words.replacingOccurrences(of: "qúy", with: "quý")  // a common misspelling in the plans
        if words.hasSuffix(".") { words.removeLast() }
        if words == "thường xuyên" || words == "cả năm" || words == "thường xuyên trong năm \(year)" { return .ongoing }
        if words.hasPrefix("trong ") { return parse(String(words.dropFirst(6)), year: year) }
        if words.hasPrefix("trước ") {
            // "Trước 31/12/2020", "Trước ngày 15/9", "Trước tháng 12/2020": the day before.
            var rest = String(words.dropFirst(6))
            if rest.hasPrefix("ngày ") { rest.removeFirst(5) }
            if let date = Self.dayMonthYear(rest, year: year) { return .date(date.adding(days: -1)) }
            switch parse(rest, year: year) {
            case .date(let date): return .date(date.adding(days: -1))
            case .month(let y, let m): return .date(CalendarDate(year: y, month: m, day: 1).adding(days: -1))
            default: return .asWritten
            }
        }
        if let date = CalendarDate(iso: words) { return .date(date) }
        if let date = Self.dayMonthYear(words) { return .date(date) }
        if words.hasPrefix("ngày "), let date = Self.dayMonthYear(String(words.dropFirst(5)), year: year) { return .date(date) }
        if words.hasPrefix("tháng "), let (month, monthYear) = Self.monthYear(String(words.dropFirst(6)), year: year) {
            return .month(year: monthYear, month: month)
        }
        if words.hasPrefix("quý "), let (quarter, quarterYear) = Self.quarterYear(String(words.dropFirst(4)), year: year) {
            return .quarter(year: quarterYear, quarter: quarter)
        }
        if words.hasPrefix("năm "), let whole = Int(words.dropFirst(4)), SubmissionSchema.yearRange.contains(whole) { return .year(whole) }
        return .asWritten
    }

    /// `D/M/YYYY`.
    private static func dayMonthYear(_ text: String) -> CalendarDate? {
        dayMonthYear(text, year: nil)
    }

    /// `D/M/YYYY`, or `D/M` in `year` when given.
    private static func dayMonthYear(_ text: String, year defaultYear: Int?) -> CalendarDate? {
        var parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, let defaultYear { parts.append(Substring(String(defaultYear))) }
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
            SubmissionSchema.yearRange.contains(year), (1...12).contains(month), day >= 1,
            day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// `M/YYYY`, `M năm YYYY` or `M`.
    private static func monthYear(_ text: String, year: Int) -> (Int, Int)? {
        let parts = text.replacingOccurrences(of: " năm ", with: "/").split(separator: "/", omittingEmptySubsequences: false)
        guard let month = parts.first.flatMap({ Int($0) }), (1...12).contains(month) else { return nil }
        if parts.count == 1 { return (month, year) }
        guard parts.count == 2, let given = Int(parts[1]), SubmissionSchema.yearRange.contains(given) else { return nil }
        return (month, given)
    }

    /// `I`–`IV` or `1`–`4`, optionally `/YYYY` or ` năm YYYY`.
    private static func quarterYear(_ text: String, year: Int) -> (Int, Int)? {
        let parts = text.replacingOccurrences(of: " năm ", with: "/").split(separator: "/", omittingEmptySubsequences: false)
        let numerals = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4]
        guard let first = parts.first, let quarter = numerals[String(first)] else { return nil }
        if parts.count == 1 { return (quarter, year) }
        guard parts.count == 2, let given = Int(parts[1]), SubmissionSchema.yearRange.contains(given) else { return nil }
        return (quarter, given)
    }
}
