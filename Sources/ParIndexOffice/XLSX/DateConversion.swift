/// Serial numbers of a date system to calendar dates.
enum DateConversion {
    /// The date that `serial` (a number literal) stands for, or nil if it is none.
    static func date(serial: String, system: Workbook.DateSystem) -> SpreadsheetDate? {
        guard let value = Double(serial), value.isFinite, value >= 0, value < 2_958_466 else { return nil }
        var days = Int(value.rounded(.down))
        var seconds = Int(((value - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        let epochDay: Int
        switch system {
        case .from1900:
            // Excel counts a 29 February 1900 that never was: serial 60.
            if days == 60 { return nil }
            epochDay = days < 60 ? daysFromCivil(1899, 12, 31) + days : daysFromCivil(1899, 12, 30) + days
        case .from1904:
            epochDay = daysFromCivil(1904, 1, 1) + days
        }
        let (year, month, day) = civilFromDays(epochDay)
        guard year <= 9999 else { return nil }
        return SpreadsheetDate(year: year, month: month, day: day, secondsOfDay: seconds, serial: serial)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01.
    static func civilFromDays(_ count: Int) -> (Int, Int, Int) {
        let shifted = count + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The date of an ISO 8601 text (`t="d"` cells): `YYYY-MM-DD`, optionally `THH:MM[:SS]`.
    static func date(iso text: String) -> SpreadsheetDate? {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard let datePart = parts.first else { return nil }
        let fields = datePart.split(separator: "-")
        guard fields.count == 3, let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2]),
            (1...12).contains(month), (1...31).contains(day), (1...9999).contains(year)
        else { return nil }
        let (checkYear, checkMonth, checkDay) = civilFromDays(daysFromCivil(year, month, day))
        guard (checkYear, checkMonth, checkDay) == (year, month, day) else { return nil }
        var seconds = 0
        if parts.count == 2 {
            let time = parts[1].prefix { $0 != "Z" && $0 != "+" && $0 != "." }.split(separator: ":")
            guard time.count >= 2, let hours = Int(time[0]), let minutes = Int(time[1]) else { return nil }
            seconds = hours * 3600 + minutes * 60 + (time.count > 2 ? Int(time[2]) ?? 0 : 0)
            guard (0..<86_400).contains(seconds) else { return nil }
        }
        let serial = String(daysFromCivil(year, month, day) - daysFromCivil(1899, 12, 30))
        return SpreadsheetDate(year: year, month: month, day: day, secondsOfDay: seconds, serial: serial)
    }
}
