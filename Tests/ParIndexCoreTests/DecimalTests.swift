import Foundation
import Testing

@testable import ParIndexCore

@Suite("Exact decimals and display")
struct DecimalTests {
    @Test func readsJSONNumbersExactly() {
        #expect(Decimal.exact(jsonNumber: "1.5") == .d("1.5"))
        #expect(Decimal.exact(jsonNumber: "0.1")! + Decimal.exact(jsonNumber: "0.2")! == .d("0.3"))
        #expect(Decimal.exact(jsonNumber: "1e3") == 1000)
        #expect(Decimal.exact(jsonNumber: "-2.50E-1") == .d("-0.25"))
        #expect(Decimal.exact(jsonNumber: "99999999999999999999999999999999") == nil)
        #expect(Decimal.exact(jsonNumber: "1e400") == nil)
        #expect(Decimal.exact(jsonNumber: "1e-400") == nil)
    }

    @Test(arguments: [
        ("1240.5", Language.vi, 2, "1.240,50"),
        ("1240.5", Language.en, 2, "1,240.50"),
        ("2.675", Language.en, 2, "2.68"),
        ("0.005", Language.vi, 2, "0,01"),
        ("96.875", Language.vi, 2, "96,88"),
        ("-0.004", Language.en, 2, "0.00"),
        ("1234567", Language.vi, 0, "1.234.567"),
        ("0", Language.vi, 2, "0,00"),
    ])
    func formatsForDisplay(value: String, language: Language, decimals: Int, expected: String) {
        #expect(Decimal.d(value).formatted(decimals: decimals, language: language) == expected)
    }

    @Test func datesAreRealDates() {
        #expect(CalendarDate(iso: "2020-02-29") != nil)
        #expect(CalendarDate(iso: "2021-02-29") == nil)
        #expect(CalendarDate(iso: "2020-13-01") == nil)
        #expect(CalendarDate(iso: "20/02/2020") == nil)
        #expect(CalendarDate(iso: "2020-2-1") == nil)
        #expect(CalendarDate(iso: "2020-04-31") == nil)
        #expect(CalendarDate(iso: "2019-12-31")! < CalendarDate(iso: "2020-01-01")!)
    }
}
