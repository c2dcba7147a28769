import Testing

@testable import ParIndexCore

/// What `ValueHint` says about values typed as people type them, and the value it reads.
@Suite("Value hints")
struct ValueHintTests {
    static let count = Fact(
        id: "tthc.onTime", title: LocalizedText(vi: "Số hồ sơ TTHC giải quyết đúng hạn", en: "Files resolved on time"), type: .count,
        options: [])
    static let amount = Fact(id: "finance.allocated", title: LocalizedText(vi: "Vốn được giao"), type: .amount, options: [])
    static let date = Fact(id: "plan.issuedOn", title: LocalizedText(vi: "Ngày ban hành"), type: .date, options: [])
    static let flag = Fact(id: "iso.applied", title: LocalizedText(vi: "Áp dụng ISO"), type: .boolean, options: [])
    static let answer = Fact(id: "level", title: LocalizedText(vi: "Mức độ"), type: .answer, options: ["tốt", "khá", "trung bình"])

    @Test(
        arguments: [
            (count, "96,5%", ValueHint.Source.jsonString, ValueHint.Kind.percentForCount, nil as String?, "không nhập tỷ lệ phần trăm"),
            (count, "96.5", .jsonNumber, .percentForCount, nil, "nhập số hồ sơ TTHC giải quyết đúng hạn"),
            (count, "950", .jsonString, .quotedNumber, "950", "không có dấu ngoặc kép: 950"),
            (count, "1.240", .jsonString, .groupedNumber, "1240", "hàng nghìn"),
            (count, "1 240", .text, .groupedNumber, "1240", "1240"),
            (count, "1280.5", .jsonNumber, .fractionForCount, nil, "cần số nguyên"),
            (count, "950 hồ sơ", .jsonString, .wordsInNumber, "950", "bỏ chữ \"hồ sơ\""),
            (count, "-3", .jsonString, .negative, nil, "không thể âm"),
            (count, " ", .jsonString, .empty, "null", "null"),
            (amount, "41830,5", .text, .commaDecimal, "41830.5", "dùng dấu chấm thập phân: 41830.5"),
            (amount, "41.830,5", .jsonString, .groupedNumber, "41830.5", "41830.5"),
            (amount, "41,830.5", .jsonString, .groupedNumber, "41830.5", "41830.5"),
            (amount, "1.240", .jsonString, .ambiguousSeparator, nil, "1240 hay 1.240"),
            (amount, "5%", .jsonString, .percentForAmount, nil, "tỷ lệ phần trăm"),
            (date, "16/01/2020", .jsonString, .dateFormat, "\"2020-01-16\"", "\"2020-01-16\""),
            (date, "2020/1/6", .jsonString, .dateFormat, "\"2020-01-06\"", "năm-tháng-ngày"),
            (date, "ngày 16 tháng 01 năm 2020", .jsonString, .dateFormat, "\"2020-01-16\"", "2020-01-16"),
            (date, "01/16/2020", .jsonString, .dateFormat, "\"2020-01-16\"", "tháng/ngày/năm"),
            (date, "31/02/2020", .jsonString, .dateFormat, nil, "không phải là một ngày có thật"),
            (date, "43846", .jsonNumber, .serialDate, "\"2020-01-16\"", "Excel"),
            (flag, "có", .jsonString, .booleanWord, "true", "viết true"),
            (flag, "Không", .jsonString, .booleanWord, "false", "viết false"),
            (flag, "1", .jsonNumber, .booleanWord, "true", "true"),
            (flag, "", .jsonString, .empty, "null", "để null"),
            (answer, "Tốt", .jsonString, .answerSpelling, "\"tốt\"", "có phải \"tốt\""),
            (answer, "xuất sắc", .jsonString, .unknownAnswer, nil, "\"tốt\", \"khá\", \"trung bình\""),
            (count, "“950”", .jsonString, .typographicQuotes, nil, "dấu ngoặc kiểu Word"),
        ] as [(Fact, String, ValueHint.Source, ValueHint.Kind, String?, String)])
    func saysWhatToFix(fact: Fact, raw: String, source: ValueHint.Source, kind: ValueHint.Kind, suggestion: String?, words: String) throws {
        let hint = try #require(ValueHint.hint(raw: raw, source: source, for: fact), "\(raw)")
        #expect(hint.kind == kind, "\(raw)")
        #expect(hint.suggestion == suggestion, "\(raw)")
        #expect(hint.message.vi.contains(words), "\(raw): \(hint.message.vi)")
        #expect(!hint.message.text(.en).isEmpty && hint.message.text(.en) != hint.message.vi, "\(raw): English")
    }

    @Test(
        arguments: [
            (count, "950", ValueHint.Source.jsonNumber), (amount, "41830.5", .jsonNumber), (amount, "1.240", .jsonNumber),
            (date, "2020-01-16", .jsonString), (flag, "true", .jsonBoolean), (answer, "khá", .jsonString), (count, "1e400", .jsonNumber),
            (flag, "Có", .text),
        ] as [(Fact, String, ValueHint.Source)])
    func wellFormedValuesHaveNoHint(fact: Fact, raw: String, source: ValueHint.Source) {
        #expect(ValueHint.hint(raw: raw, source: source, for: fact) == nil, "\(raw)")
    }

    @Test func serialDatesFollowTheSpreadsheetCalendar() {
        #expect(ValueHint.serialDate(1) == CalendarDate(year: 1900, month: 1, day: 1))
        #expect(ValueHint.serialDate(59) == CalendarDate(year: 1900, month: 2, day: 28))
        #expect(ValueHint.serialDate(60) == nil)
        #expect(ValueHint.serialDate(61) == CalendarDate(year: 1900, month: 3, day: 1))
        #expect(ValueHint.serialDate(45292) == CalendarDate(year: 2024, month: 1, day: 1))
    }

    @Test func didYouMeanFindsTheClosestID() {
        let ids = ["tthc.onTime", "tthc.resolved", "tthc.late"]
        #expect(Suggestion.closest(to: "tthc.onTme", among: ids) == "tthc.onTime")
        #expect(Suggestion.closest(to: "tthc.ontime", among: ids) == "tthc.onTime")
        #expect(Suggestion.closest(to: "tthc.oTnime", among: ids) == "tthc.onTime")
        #expect(Suggestion.closest(to: "budget", among: ids) == nil)
        #expect(Suggestion.closest(to: "so-seed", among: ["so-seeds", "bo-876-2022"]) == "so-seeds")
    }
}
