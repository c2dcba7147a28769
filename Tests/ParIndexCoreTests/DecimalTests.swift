import Foundation
import ParIndexTestSupport
import Testing

@testable import ParIndexCore

@Suite("Exact decimals and display")
struct DecimalTests {
    @Test func readsJSONNumbersExactly() {
        #expect(ExactDecimal.exact(jsonNumber: "1.5") == .d("1.5"))
        #expect(ExactDecimal.exact(jsonNumber: "0.1")! + ExactDecimal.exact(jsonNumber: "0.2")! == .d("0.3"))
        #expect(ExactDecimal.exact(jsonNumber: "1e3") == 1000)
        #expect(ExactDecimal.exact(jsonNumber: "-2.50E-1") == .d("-0.25"))
        #expect(ExactDecimal.exact(jsonNumber: "99999999999999999999999999999999") == nil)
        #expect(ExactDecimal.exact(jsonNumber: "1e400") == nil)
        #expect(ExactDecimal.exact(jsonNumber: "1e-400") == nil)
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
        #expect(ExactDecimal.d(value).formatted(decimals: decimals, language: language) == expected)
    }

    @Test func arithmeticIsExactAndRoundsOnlyForDisplay() {
        #expect(ExactDecimal.d("1.5") * 1240 / 1280 == .d("1.453125"))
        #expect(ExactDecimal.product(.d("1.5"), 1240, dividedBy: 1280) == .d("1.453125"))
        // Quotients stay exact fractions: nothing is rounded to six decimals on the way.
        #expect((ExactDecimal(1) / 3).fractionText == "1/3")
        #expect(ExactDecimal(1) / 3 * 3 == 1)
        #expect((ExactDecimal(-2) / 3).exactText == "-2/3")
        #expect(ExactDecimal(1) / 3 != .d("0.333333"))
        #expect((ExactDecimal.d("1.5") / 7).fractionText == "3/14")
        #expect((ExactDecimal(1) / 7 + ExactDecimal(1) / 9_999_991).fractionText == "9999998/69999937")
        #expect(ExactDecimal(2) / 3 > .d("0.666666") && ExactDecimal(2) / 3 < .d("0.666667"))
        #expect((ExactDecimal(2) / 3).rounded(scale: 6) == .d("0.666667"))
        #expect((ExactDecimal(-2) / 3).rounded(scale: 2) == .d("-0.67"))
        #expect((ExactDecimal(2) / 3).decimalText(fractionDigits: 12) == "0.666666666667")
        #expect(ExactDecimal.percent(949, of: 1000, decimals: 2) == .d("94.9"))
        #expect(ExactDecimal.percent(2, of: 3, decimals: 2) == .d("66.67"))
        #expect(ExactDecimal.percent(1, of: 0, decimals: 2) == 0)
        #expect(ExactDecimal.d("0.000001").exactText == "0.000001")
        #expect(ExactDecimal.d("-12.50").exactText == "-12.5")
        #expect(ExactDecimal.exact(jsonNumber: "0.0000001") == nil)
        #expect(ExactDecimal.exact(jsonNumber: "1.0000000") == 1)
        #expect(ExactDecimal.d("2.4").ceilingValue == 3)
        #expect(ExactDecimal.d("-2.4").ceilingValue == -2)
        #expect((ExactDecimal(7) / 3).ceilingValue == 3)
        #expect((ExactDecimal(-7) / 3).ceilingValue == -2)
    }

    /// Rounding happens once, half away from zero: 50.0049928… is 50.00, never 50.005 then 50.01.
    @Test func roundingHappensOnceHalfAwayFromZero() {
        let index = ExactDecimal(5_000_499_28) / 10_000_000 + ExactDecimal(1) / 70_000_000_000  // 50.0049928…
        #expect(index.rounded(scale: 2) == .d("50"))
        #expect(index.rounded(scale: 3) == .d("50.005"))
        #expect(index.formatted(decimals: 2, language: .vi) == "50,00")
        #expect(ExactDecimal.d("0.125").rounded(scale: 2) == .d("0.13"))
        #expect(ExactDecimal.d("-0.125").rounded(scale: 2) == .d("-0.13"))
        #expect(ExactDecimal.d("0.124999").rounded(scale: 2) == .d("0.12"))
        // 1.9999997… is below 2: a total that exact arithmetic keeps below a band's bound stays below it.
        let total = ExactDecimal(13_999_998) / 7_000_000 + ExactDecimal(1) / 7_000_001
        #expect(total < 2)
        #expect(total.rounded(scale: 2) == 2)
    }

    @Test func crossComparisonNeverRounds() {
        // 950/1000 meets 95 %; 949/1000 does not.
        #expect(ExactDecimal.crossCompare(950, 100, 95, 1000) == .orderedSame)
        #expect(ExactDecimal.crossCompare(949, 100, 95, 1000) == .orderedAscending)
        #expect(ExactDecimal.crossCompare(.d("0.333333"), .d("0.000003"), .d("0.000001"), .d("0.999999")) == .orderedSame)
        #expect(ExactDecimal.crossCompare(ExactDecimal.maximumMagnitude, 100, ExactDecimal.maximumMagnitude, 99) == .orderedDescending)
        #expect(ExactDecimal.crossCompare(ExactDecimal(1) / 3, 3, 1, 1) == .orderedSame)
    }

    /// Amounts up to 10^12 and anything computed from them stay exact: nothing saturates.
    @Test func extremeValuesStayExact() {
        let big = ExactDecimal(raw: .max)
        #expect((big + big) - big == big)
        #expect((big + big).exactText == "18446744073709.551614")
        #expect((-big) - big == -(big + big))
        #expect(big * big / big == big)
        #expect(big / .d("0.000001") == ExactDecimal(raw: .max) * 1_000_000)
        #expect(big / 0 == 0)
        #expect(ExactDecimal(Int.max).exactText == "9223372036854775807")
        #expect(ExactDecimal(raw: .min).exactText == "-9223372036854.775808")
        let amount = ExactDecimal.maximumMagnitude
        #expect(amount * 100 / amount == 100)
        #expect(ExactDecimal.crossCompare(amount * 10, 100, 60, amount * 10) == .orderedDescending)
        #expect((amount * amount).formatted(decimals: 2, language: .vi) == "1.000.000.000.000.000.000.000.000,00")
        #expect(((amount * 3) / 7).formatted(decimals: 3, language: .en) == "428,571,428,571.429")
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

    /// 128-bit division rounded half away from zero, saturating: the reference the millionths
    /// (`raw`) of exact products and quotients must equal.
    static func reference(_ value: (high: Int64, low: UInt64), _ divisor: Int64) -> Int64 {
        let negativeValue = value.high < 0
        var high = UInt64(bitPattern: value.high)
        var low = value.low
        if negativeValue {
            low = ~low &+ 1
            high = ~high &+ (low == 0 ? 1 : 0)
        }
        let d = divisor.magnitude
        let negative = negativeValue != (divisor < 0)
        guard d > 0, high < d else { return negative ? .min : .max }
        let (q, r) = d.dividingFullWidth((high, low))
        let result = r >= d - r ? q + 1 : q
        guard result <= UInt64(Int64.max) else { return negative ? .min : .max }
        return negative ? -Int64(result) : Int64(result)
    }

    @Test func fastDivisionEqualsTheFullWidthReference() {
        var rng = SplitMix64(seed: 0xD1_71DE)
        let magnitudes: [Int64] = [1, 7, 999, 1_000_000, 1_500_000, 123_456_789, 1 << 31, 1 << 40, 1 << 52, Int64.max / 3, Int64.max]
        for _ in 0..<20_000 {
            let a = Int64.random(in: -rng.pick(magnitudes)...rng.pick(magnitudes), using: &rng)
            let b = Int64.random(in: -rng.pick(magnitudes)...rng.pick(magnitudes), using: &rng)
            let x = ExactDecimal(raw: a), y = ExactDecimal(raw: b)
            #expect((x * y).raw == Self.reference(a.multipliedFullWidth(by: b), ExactDecimal.scale), "\(a) × \(b)")
            if b != 0 { #expect((x / y).raw == Self.reference(a.multipliedFullWidth(by: ExactDecimal.scale), b), "\(a) ÷ \(b)") }
            let c = Int64.random(in: -rng.pick(magnitudes)...rng.pick(magnitudes), using: &rng)
            if c != 0 {
                #expect(ExactDecimal.product(x, y, dividedBy: ExactDecimal(raw: c)).raw == Self.reference(a.multipliedFullWidth(by: b), c))
            }
        }
        // Products are exact; their millionths round halves away from zero.
        #expect((ExactDecimal.d("0.000001") * ExactDecimal.d("0.5")).fractionText == "1/2000000")
        #expect((ExactDecimal.d("0.000001") * ExactDecimal.d("0.5")).raw == 1)
        #expect((ExactDecimal.d("-0.000001") * ExactDecimal.d("0.5")).raw == -1)
        #expect((ExactDecimal.d("0.000001") * ExactDecimal.d("0.4")).raw == 0)
    }
}
