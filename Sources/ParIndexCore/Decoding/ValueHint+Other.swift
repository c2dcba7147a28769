extension ValueHint {
    /// A date: `16/01/2020`, `16-1-2020`, `2020/01/16`, `ngày 16 tháng 01 năm 2020`, a serial number.
    static func dateHint(_ raw: String, _ source: Source) -> ValueHint? {
        let trimmed = raw.trimmingSpaces
        let json = source != .text
        func spelled(_ date: CalendarDate) -> String { json ? JSONWriter.quoted(date.description) : date.description }
        func make(_ kind: Kind, _ date: CalendarDate, _ vi: String, _ en: String) -> ValueHint {
            ValueHint(kind: kind, value: .date(date), suggestion: JSONWriter.quoted(date.description), message: LocalizedText(vi: vi, en: en))
        }
        switch source {
        case .jsonBoolean: return nil
        case .jsonNumber:
            guard let serial = Int(trimmed), let date = serialDate(serial) else {
                return ValueHint(
                    kind: .dateFormat, value: nil, suggestion: nil,
                    message: LocalizedText(
                        vi: "cần một ngày trong dấu ngoặc kép, dạng năm-tháng-ngày, ví dụ \"2020-01-16\"",
                        en: "expected a date in quotes, year-month-day, for example \"2020-01-16\""))
            }
            return make(
                .serialDate, date, "\(trimmed) là số ngày kiểu Excel; viết ngày dạng năm-tháng-ngày: \(spelled(date))",
                "\(trimmed) is an Excel day number; write the date as year-month-day: \(spelled(date))")
        case .jsonString, .text:
            if let date = CalendarDate(iso: trimmed) {
                return trimmed == raw
                    ? nil : make(.dateFormat, date, "bỏ dấu cách thừa: \(spelled(date))", "remove the extra spaces: \(spelled(date))")
            }
            if trimmed.count > 10, let date = CalendarDate(iso: String(trimmed.prefix(10))) {
                return make(.dateFormat, date, "chỉ ghi ngày, không ghi giờ: \(spelled(date))", "the date only, without the time: \(spelled(date))")
            }
            let numbers = trimmed.split { !$0.isNumber }.map(String.init)
            guard numbers.count == 3, numbers.allSatisfy({ $0.count <= 4 }), let a = Int(numbers[0]), let b = Int(numbers[1]),
                let c = Int(numbers[2])
            else { return nil }
            let (year, month, day, note): (Int, Int, Int, (vi: String, en: String))
            if numbers[0].count == 4 {
                (year, month, day, note) = (a, b, c, ("", ""))
            } else if numbers[2].count == 4 {
                if b > 12 && a <= 12 {
                    (year, month, day, note) = (c, a, b, (" (đọc theo kiểu tháng/ngày/năm của Excel tiếng Anh)", " (read as month/day/year)"))
                } else {
                    (year, month, day, note) = (c, b, a, (" (đọc theo kiểu ngày/tháng/năm)", " (read as day/month/year)"))
                }
            } else {
                return nil
            }
            guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
                return ValueHint(
                    kind: .dateFormat, value: nil, suggestion: nil,
                    message: LocalizedText(
                        vi: "\(JSONWriter.quoted(trimmed)) không phải là một ngày có thật; viết dạng năm-tháng-ngày, ví dụ \"2020-01-16\"",
                        en: "\(JSONWriter.quoted(trimmed)) is not a real date; write year-month-day, for example \"2020-01-16\""))
            }
            let date = CalendarDate(year: year, month: month, day: day)
            return make(
                .dateFormat, date, "viết ngày dạng năm-tháng-ngày (YYYY-MM-DD): \(spelled(date))\(note.vi)",
                "write the date as year-month-day (YYYY-MM-DD): \(spelled(date))\(note.en)")
        }
    }

    /// The day of a serial number in the 1900 date system of spreadsheets (1 = 1900-01-01, with
    /// the fictitious 1900-02-29 as 60); `nil` for 60 and numbers outside 1…2958465.
    public static func serialDate(_ serial: Int) -> CalendarDate? {
        guard (1...2_958_465).contains(serial), serial != 60 else { return nil }
        // Days since 1899-12-31 for serials before the fictitious leap day, since 1899-12-30 after it.
        let days = serial < 60 ? serial : serial - 1
        return CalendarDate.fromDaysSince1900(days)
    }

    /// Yes or no written as a word: `"có"`, `"Không"`, `"x"`, `"yes"`, `1`, `"true"`.
    static func booleanHint(_ raw: String, _ source: Source) -> ValueHint? {
        if source == .jsonBoolean { return nil }
        let word = raw.trimmingSpaces.lowercased()
        if word.isEmpty {
            return ValueHint(
                kind: .empty, value: nil, suggestion: "null",
                message: LocalizedText(
                    vi: "giá trị rỗng; ghi true (có) hoặc false (không), hoặc để null nếu chưa có",
                    en: "an empty value; write true (yes) or false (no), or leave null when not known yet"))
        }
        let yes: Set<String> = ["có", "co", "c", "x", "yes", "y", "1", "true", "đúng", "đạt", "rồi", "đã"]
        let no: Set<String> = ["không", "khong", "k", "no", "n", "0", "false", "sai", "chưa", "không đạt"]
        let json = source != .text
        let typed = source == .jsonNumber ? word : JSONWriter.quoted(raw)
        guard yes.contains(word) || no.contains(word) else {
            return ValueHint(
                kind: .booleanWord, value: nil, suggestion: nil,
                message: LocalizedText(
                    vi: json ? "cần true (có) hoặc false (không), không có dấu ngoặc kép; gặp \(typed)" : "cần Có hoặc Không; gặp \(typed)",
                    en: json ? "expected true (yes) or false (no), without quotes; found \(typed)" : "expected Yes or No; found \(typed)"))
        }
        let value = yes.contains(word)
        if !json { return word == "có" || word == "không" ? nil : booleanCell(value, typed) }
        return ValueHint(
            kind: .booleanWord, value: .boolean(value), suggestion: value ? "true" : "false",
            message: LocalizedText(
                vi: "viết \(value ? "true" : "false") (\(value ? "có" : "không")) không có dấu ngoặc kép, thay cho \(typed)",
                en: "write \(value ? "true" : "false") (\(value ? "yes" : "no")) without quotes instead of \(typed)"))
    }

    private static func booleanCell(_ value: Bool, _ typed: String) -> ValueHint {
        ValueHint(
            kind: .booleanWord, value: .boolean(value), suggestion: value ? "true" : "false",
            message: LocalizedText(vi: "chọn \(value ? "Có" : "Không") thay cho \(typed)", en: "choose \(value ? "Yes" : "No") instead of \(typed)"))
    }

    /// An answer: the option it was probably meant to be, or the list of options.
    static func answerHint(_ raw: String, _ source: Source, _ options: [String]) -> ValueHint? {
        if source == .jsonString || source == .text, options.contains(raw) { return nil }
        let listed = options.map(JSONWriter.quoted).joined(separator: ", ")
        let folded = Suggestion.fold(raw)
        if let match = options.first(where: { Suggestion.fold($0) == folded }) ?? Suggestion.closest(to: raw, among: options) {
            return ValueHint(
                kind: .answerSpelling, value: .answer(match), suggestion: JSONWriter.quoted(match),
                message: LocalizedText(
                    vi: "có phải \(JSONWriter.quoted(match))? Các câu trả lời: \(listed)",
                    en: "did you mean \(JSONWriter.quoted(match))? The answers: \(listed)"))
        }
        return ValueHint(
            kind: .unknownAnswer, value: nil, suggestion: nil,
            message: LocalizedText(vi: "chọn một trong các câu trả lời: \(listed)", en: "choose one of the answers: \(listed)"))
    }
}

extension CalendarDate {
    /// The day `days` after 1899-12-31 (0 is 1899-12-31), in the proleptic Gregorian calendar.
    static func fromDaysSince1900(_ days: Int) -> CalendarDate {
        // Days from 1970-01-01 to 1899-12-31 are −25568; then the civil-from-days algorithm.
        let z = days - 25568 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return CalendarDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
