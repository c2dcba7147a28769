import Foundation

/// Working days as data: weekends, public holidays and the Government's swapped days, one file a
/// year (`Definitions/calendar/<year>.json`), each with its source and which days are confirmed.
/// See <doc:KPIDefinitions>.
public struct WorkingCalendar: Sendable {
    /// One day of a calendar file.
    public struct Day: Sendable, Hashable {
        /// The date.
        public var date: CalendarDate
        /// What it is ("Tết Nguyên đán", "làm bù cho 29/4").
        public var name: String
        /// Whether an official announcement confirmed it (false: expected from the law, not confirmed here).
        public var confirmed: Bool
    }

    /// The years covered, with their sources.
    public private(set) var sources: [Int: LocalizedText] = [:]
    /// Days off on weekdays (holidays and swapped days off), by day number.
    public private(set) var daysOff: [Int: Day] = [:]
    /// Weekend days worked (make-up days), by day number.
    public private(set) var workedWeekends: [Int: Day] = [:]

    /// A calendar of weekends only (no file read).
    public init() {}

    /// Whether `day` (a ``RecordTime/dayNumber``) is a working day.
    public func isWorkingDay(_ day: Int) -> Bool {
        if workedWeekends[day] != nil { return true }
        if daysOff[day] != nil { return false }
        return RecordTime.weekday(ofDay: day) < 5
    }

    /// Whether the year of `day` has a calendar file.
    public func covers(_ day: Int) -> Bool { sources[RecordTime.civil(fromDays: day).year] != nil }

    /// The deadline `workingDays` working days after `start`: the same time of day on the
    /// `workingDays`-th working day after the day of `start` (the day of receipt does not count).
    public func deadline(from start: RecordTime, workingDays: Int) -> RecordTime {
        var day = start.dayNumber
        var left = workingDays
        while left > 0 {
            day += 1
            if isWorkingDay(day) { left -= 1 }
        }
        return RecordTime(seconds: start.seconds + Int64(day - start.dayNumber) * 86_400, hasTime: start.hasTime)
    }

    /// Reads every `<year>.json` of `folder`.
    public static func read(folder: URL) throws(RecordFileError) -> WorkingCalendar {
        var calendar = WorkingCalendar()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        for name in names { try calendar.add(contentsOf: folder.appendingPathComponent(name)) }
        return calendar
    }

    /// Adds one year's file.
    public mutating func add(contentsOf url: URL) throws(RecordFileError) {
        let file = url.path
        func fail(_ vi: String, _ en: String) -> RecordFileError {
            RecordFileError(RecordProblem(file: file, line: 0, kind: .malformedFile, message: LocalizedText(vi: vi, en: en)))
        }
        guard let data = try? Data(contentsOf: url), data.count <= 1 << 20 else {
            throw fail("không đọc được tệp lịch", "cannot read the calendar file")
        }
        let root: JSONValue
        do { root = try JSONParser.parse(data) } catch {
            throw fail("dòng \(error.line): JSON không hợp lệ", "line \(error.line): invalid JSON")
        }
        guard case .object(let o) = root, case .number("1")? = o["calendarVersion"], case .number(let yearText)? = o["year"],
            let year = Int(yearText),
            case .object(let source)? = o["source"], case .string(let sourceVi)? = source["vi"]
        else { throw fail("cần calendarVersion 1, year và source { vi, en }", "expected calendarVersion 1, year and source { vi, en }") }
        guard url.deletingPathExtension().lastPathComponent == String(year) else {
            throw fail("$.year \(year) khác tên tệp", "$.year \(year) differs from the file name")
        }
        var en: String?
        if case .string(let text)? = source["en"] { en = text }
        sources[year] = LocalizedText(vi: sourceVi, en: en)
        for (key, weekend) in [("daysOff", false), ("workedWeekends", true)] {
            guard case .array(let list)? = o[key] else { throw fail("$.\(key): cần một mảng", "$.\(key): expected an array") }
            for (index, item) in list.enumerated() {
                guard case .object(let entry) = item, case .string(let dateText)? = entry["date"], let date = CalendarDate(iso: dateText),
                    date.year == year, case .string(let name)? = entry["name"], case .bool(let confirmed)? = entry["confirmed"]
                else {
                    throw fail(
                        "$.\(key)[\(index)]: cần { date: YYYY-MM-DD trong năm \(year), name, confirmed, basis }",
                        "$.\(key)[\(index)]: expected { date: YYYY-MM-DD in \(year), name, confirmed, basis }")
                }
                let day = RecordTime.daysFromCivil(year: date.year, month: date.month, day: date.day)
                let isWeekend = RecordTime.weekday(ofDay: day) >= 5
                guard isWeekend == weekend else {
                    throw fail(
                        "$.\(key)[\(index)]: \(dateText) \(weekend ? "không phải" : "là") ngày cuối tuần",
                        "$.\(key)[\(index)]: \(dateText) is \(weekend ? "not " : "")a weekend day")
                }
                let entryValue = Day(date: date, name: name, confirmed: confirmed)
                if weekend { workedWeekends[day] = entryValue } else { daysOff[day] = entryValue }
            }
        }
    }
}
