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

    @Test func arithmeticIsExactOrRoundedOnce() {
        #expect(ExactDecimal.d("1.5") * 1240 / 1280 == .d("1.453125"))
        #expect(ExactDecimal.product(.d("1.5"), 1240, dividedBy: 1280) == .d("1.453125"))
        #expect(ExactDecimal(1) / 3 == .d("0.333333"))
        #expect(ExactDecimal(2) / 3 == .d("0.666667"))
        #expect(ExactDecimal(-2) / 3 == .d("-0.666667"))
        #expect(ExactDecimal.percent(949, of: 1000, decimals: 2) == .d("94.9"))
        #expect(ExactDecimal.percent(2, of: 3, decimals: 2) == .d("66.67"))
        #expect(ExactDecimal.percent(1, of: 0, decimals: 2) == 0)
        #expect(ExactDecimal.d("0.000001").exactText == "0.000001")
        #expect(ExactDecimal.d("-12.50").exactText == "-12.5")
        #expect(ExactDecimal.exact(jsonNumber: "0.0000001") == nil)
        #expect(ExactDecimal.exact(jsonNumber: "1.0000000") == 1)
        #expect(ExactDecimal.d("2.4").ceilingValue == 3)
        #expect(ExactDecimal.d("-2.4").ceilingValue == -2)
    }

    @Test func crossComparisonNeverRounds() {
        // 950/1000 × 100 ≥ 95, 949/1000 × 100 < 95, with awkward decimals on both sides.
        #expect(ExactDecimal.crossCompare(950, 100, 95, 1000) == .orderedSame)
        #expect(ExactDecimal.crossCompare(949, 100, 95, 1000) == .orderedAscending)
        #expect(ExactDecimal.crossCompare(.d("0.333333"), .d("0.000003"), .d("0.000001"), .d("0.999999")) == .orderedSame)
        #expect(ExactDecimal.crossCompare(ExactDecimal.maximumMagnitude, 100, ExactDecimal.maximumMagnitude, 99) == .orderedDescending)
    }

    @Test func extremeValuesSaturateInsteadOfTrapping() {
        let big = ExactDecimal(raw: .max)
        #expect(big + big == big)
        #expect((-big) - big == ExactDecimal(raw: .min))
        #expect(big * big == big)
        #expect(big / .d("0.000001") == big)
        #expect(big / 0 == 0)
        #expect(ExactDecimal(Int.max) == big)
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

    /// 128-bit division rounded half away from zero, saturating: the reference the 64-bit fast
    /// paths of `*`, `/` and `divideRounded` must equal.
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
        for _ in 0..<200_000 {
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
        // Halves round away from zero.
        #expect(ExactDecimal.d("0.000001") * ExactDecimal.d("0.5") == .d("0.000001"))
        #expect(ExactDecimal.d("-0.000001") * ExactDecimal.d("0.5") == .d("-0.000001"))
        #expect(ExactDecimal.d("0.000001") * ExactDecimal.d("0.4") == 0)
    }
}
