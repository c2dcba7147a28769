import Foundation

/// An exact decimal number with up to six fractional digits, for points, counts, amounts and
/// percentages.
///
/// Values read from files are exact: `1.5`, `0.25`, `68.5` and `61250.5` are held as they are
/// written, and sums of them are exact. Products and quotients (the ratio rule's
/// "điểm = tỷ lệ × điểm tối đa", an average) are rounded half away from zero to six decimals
/// (0.000001 point): the only rounding before display. Thresholds are never compared through a
/// quotient: ``crossCompare(_:_:_:_:)`` compares n ÷ d × 100 with a bound exactly, so 950/1000
/// meets "≥ 95 %" and 949/1000 does not.
///
/// The value is an `Int64` count of millionths, so arithmetic is fast and never allocates.
/// Values that would leave ±9,223,372,036,854 saturate instead of trapping; files are validated
/// so that no real input comes near.
public struct ExactDecimal: Sendable, Hashable, Comparable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// The number of fractional digits kept.
    public static let fractionDigits = 6
    /// 10^fractionDigits.
    public static let scale: Int64 = 1_000_000
    /// The largest magnitude a file may give, 10^12.
    public static let maximumMagnitude = ExactDecimal(raw: 1_000_000_000_000 * scale)

    /// The value × 10^6.
    public var raw: Int64

    /// A value from its millionths.
    public init(raw: Int64) {
        self.raw = raw
    }

    /// A whole number.
    public init(_ value: Int) {
        let (product, overflow) = Int64(value).multipliedReportingOverflow(by: Self.scale)
        raw = overflow ? (value < 0 ? .min : .max) : product
    }

    /// A whole number.
    public init(integerLiteral value: Int) {
        self.init(value)
    }

    /// Zero.
    public static let zero = ExactDecimal(raw: 0)

    /// Reads plain decimal text such as `1.5`, `-0.25` or `96`; `nil` for anything else.
    public init?(string: String) {
        guard let value = Self.exact(jsonNumber: string) else { return nil }
        self = value
    }

    /// Reads the text of a JSON number exactly.
    ///
    /// Returns `nil` when the number has more than six significant fractional digits or a
    /// magnitude above 10^12, so that no digit is ever silently lost.
    public static func exact(jsonNumber text: String) -> ExactDecimal? {
        var negative = false
        var digits: [UInt8] = []
        var pointPosition: Int?
        var exponent = 0
        var bytes = text.utf8.makeIterator()
        var sawDigit = false
        var inExponent = false
        var exponentNegative = false
        var exponentDigits = 0
        var first = true
        while let byte = bytes.next() {
            defer { first = false }
            if inExponent {
                if exponentDigits == 0 && (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")) && exponent == 0 && !exponentNegative {
                    exponentNegative = byte == UInt8(ascii: "-")
                    continue
                }
                guard byte >= 0x30 && byte <= 0x39, exponentDigits < 4 else { return nil }
                exponent = exponent * 10 + Int(byte - 0x30)
                exponentDigits += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "-") where first: negative = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                if !(digits.isEmpty && byte == UInt8(ascii: "0") && pointPosition == nil) { digits.append(byte - 0x30) }
                if digits.count > 40 { return nil }
            case UInt8(ascii: ".") where pointPosition == nil: pointPosition = digits.count
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            default: return nil
            }
        }
        guard sawDigit, !inExponent || exponentDigits > 0 else { return nil }
        if exponentNegative { exponent = -exponent }
        // The value is 0.d1d2… × 10^(integerDigits), with `integerDigits` digits before the point.
        let integerDigits = (pointPosition ?? digits.count) + exponent
        var raw: Int64 = 0
        for (index, digit) in digits.enumerated() {
            let position = integerDigits - 1 - index  // power of ten of this digit
            if digit == 0 { continue }
            guard position >= -fractionDigits else { return nil }  // a non-zero digit beyond 10^-6
            guard position <= 12 else { return nil }
            var power: Int64 = 1
            for _ in 0..<(position + fractionDigits) { power *= 10 }
            raw += Int64(digit) * power
        }
        let value = ExactDecimal(raw: negative ? -raw : raw)
        guard abs(value.raw) <= maximumMagnitude.raw else { return nil }
        return value
    }

    // MARK: - Arithmetic

    /// The sum, saturating.
    public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        let (sum, overflow) = a.raw.addingReportingOverflow(b.raw)
        return ExactDecimal(raw: overflow ? (b.raw > 0 ? .max : .min) : sum)
    }

    /// The difference, saturating.
    public static func - (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        let (difference, overflow) = a.raw.subtractingReportingOverflow(b.raw)
        return ExactDecimal(raw: overflow ? (b.raw < 0 ? .max : .min) : difference)
    }

    /// The negation.
    public static prefix func - (a: ExactDecimal) -> ExactDecimal {
        ExactDecimal(raw: a.raw == .min ? .max : -a.raw)
    }

    /// Adds in place.
    public static func += (a: inout ExactDecimal, b: ExactDecimal) { a = a + b }

    /// Subtracts in place.
    public static func -= (a: inout ExactDecimal, b: ExactDecimal) { a = a - b }

    /// The product, rounded half away from zero to six decimals.
    public static func * (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        let (product, overflow) = a.raw.multipliedReportingOverflow(by: b.raw)
        if !overflow && product != .min {
            // The common case, in 64 bits; dividing by a constant needs no division instruction.
            let magnitude = product.magnitude
            var quotient = magnitude / 1_000_000
            let remainder = magnitude % 1_000_000
            if remainder >= 1_000_000 - remainder { quotient += 1 }
            return ExactDecimal(raw: product < 0 ? -Int64(quotient) : Int64(quotient))
        }
        return ExactDecimal(raw: divideRounded(a.raw.multipliedFullWidth(by: b.raw), by: scale))
    }

    /// The quotient, rounded half away from zero to six decimals; 0 when `b` is 0.
    public static func / (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        guard b.raw != 0 else { return .zero }
        return ExactDecimal(raw: divideRounded(a.raw.multipliedFullWidth(by: scale), by: b.raw))
    }

    /// `(a × b) ÷ c` with one rounding, half away from zero; 0 when `c` is 0.
    public static func product(_ a: ExactDecimal, _ b: ExactDecimal, dividedBy c: ExactDecimal) -> ExactDecimal {
        guard c.raw != 0 else { return .zero }
        // a×b has 12 fractional digits; dividing by c (6 digits) leaves 6.
        return ExactDecimal(raw: divideRounded(a.raw.multipliedFullWidth(by: b.raw), by: c.raw))
    }

    /// `numerator ÷ denominator × 100` rounded half away from zero to `decimals` places,
    /// computed exactly from the two values (for an index or a rate shown to people).
    public static func percent(_ numerator: ExactDecimal, of denominator: ExactDecimal, decimals: Int) -> ExactDecimal {
        guard denominator.raw != 0 else { return .zero }
        let places = Swift.min(Swift.max(decimals, 0), fractionDigits)
        var factor: Int64 = 100
        for _ in 0..<places { factor *= 10 }
        let rounded = divideRounded(numerator.raw.multipliedFullWidth(by: factor), by: denominator.raw)
        var unit: Int64 = 1
        for _ in 0..<(fractionDigits - places) { unit *= 10 }
        return ExactDecimal(raw: saturatingMultiply(rounded, unit))
    }

    /// Compares `a × b` with `c × d` exactly (no rounding).
    public static func crossCompare(_ a: ExactDecimal, _ b: ExactDecimal, _ c: ExactDecimal, _ d: ExactDecimal) -> ComparisonResult {
        let left = a.raw.multipliedFullWidth(by: b.raw)
        let right = c.raw.multipliedFullWidth(by: d.raw)
        if left.high != right.high { return left.high < right.high ? .orderedAscending : .orderedDescending }
        if left.low != right.low { return left.low < right.low ? .orderedAscending : .orderedDescending }
        return .orderedSame
    }

    /// The order of two values.
    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool { a.raw < b.raw }

    /// The larger magnitude made positive.
    public var magnitude: ExactDecimal { self < .zero ? -self : self }

    /// Whether the value is zero.
    public var isZero: Bool { raw == 0 }

    // MARK: - Rounding

    /// The value rounded half away from zero to `scale` decimal places (0 to 6).
    public func rounded(scale places: Int) -> ExactDecimal {
        let kept = Swift.min(Swift.max(places, 0), Self.fractionDigits)
        var unit: Int64 = 1
        for _ in 0..<(Self.fractionDigits - kept) { unit *= 10 }
        guard unit > 1 else { return self }
        let quotient = Self.divideRounded(raw.multipliedFullWidth(by: 1), by: unit)
        return ExactDecimal(raw: Self.saturatingMultiply(quotient, unit))
    }

    /// The smallest whole number not below the value.
    public var ceilingValue: ExactDecimal {
        let remainder = raw % Self.scale
        if remainder == 0 { return self }
        let whole = raw - remainder
        return ExactDecimal(raw: remainder > 0 ? whole + Self.scale : whole)
    }

    /// Whether the value has no fractional part.
    public var isWholeNumber: Bool { raw % Self.scale == 0 }

    /// The value as an `Int` when it is whole.
    public var wholeValue: Int? { isWholeNumber ? Int(raw / Self.scale) : nil }

    /// The value as a `Double`, for readers that need one (charts, spreadsheets).
    public var doubleValue: Double { Double(raw) / Double(Self.scale) }

    // MARK: - Text

    /// The exact value as JSON number text without exponent or trailing zeros: `1.453125`, `-2`, `0`.
    public var exactText: String {
        let negative = raw < 0
        let magnitude = raw.magnitude
        let whole = magnitude / UInt64(Self.scale)
        var fraction = magnitude % UInt64(Self.scale)
        var text = (negative ? "-" : "") + String(whole)
        if fraction != 0 {
            var digits = Self.fractionDigits
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return text
    }

    /// The same as ``exactText``.
    public var description: String { exactText }

    /// The value rounded for display with a fixed number of decimals, in the language's style:
    /// `1.240,50` in Vietnamese, `1,240.50` in English.
    public func formatted(decimals: Int, language: Language, grouping: Bool = true) -> String {
        let places = Swift.min(Swift.max(decimals, 0), Self.fractionDigits)
        let value = rounded(scale: places)
        var unit: UInt64 = 1
        for _ in 0..<(Self.fractionDigits - places) { unit *= 10 }
        var magnitude = value.raw.magnitude / unit
        let (groupSeparator, decimalSeparator) = language == .vi ? (UInt8(ascii: "."), UInt8(ascii: ",")) : (UInt8(ascii: ","), UInt8(ascii: "."))
        // Written backwards into a small buffer: at most 19 digits, 6 group separators, a sign and a point.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var position = buffer.count
            func put(_ byte: UInt8) {
                position -= 1
                buffer[position] = byte
            }
            for _ in 0..<places {
                put(UInt8(ascii: "0") + UInt8(magnitude % 10))
                magnitude /= 10
            }
            if places > 0 { put(decimalSeparator) }
            var digits = 0
            repeat {
                if grouping && digits > 0 && digits % 3 == 0 { put(groupSeparator) }
                put(UInt8(ascii: "0") + UInt8(magnitude % 10))
                magnitude /= 10
                digits += 1
            } while magnitude > 0
            if value.raw < 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[position...]), as: UTF8.self)
        }
    }

    // MARK: - Helpers

    /// A 128-bit value divided by a 64-bit one, rounded half away from zero, saturating.
    static func divideRounded(_ value: (high: Int64, low: UInt64), by divisor: Int64) -> Int64 {
        // The common case: the value fits in 63 bits, and a 64-bit division is enough.
        if (value.high == 0 && value.low < 1 << 63) || (value.high == -1 && value.low > 1 << 63), divisor != .min, divisor != 0 {
            let signed = Int64(bitPattern: value.low)
            let magnitude = signed.magnitude
            let divisorMagnitude = divisor.magnitude
            var quotient = magnitude / divisorMagnitude
            let remainder = magnitude % divisorMagnitude
            if remainder >= divisorMagnitude - remainder { quotient += 1 }
            return (signed < 0) != (divisor < 0) ? -Int64(quotient) : Int64(quotient)
        }
        // Work on magnitudes: (high, low) is two's complement.
        let negativeValue = value.high < 0
        var high = UInt64(bitPattern: value.high)
        var low = value.low
        if negativeValue {
            low = ~low &+ 1
            high = ~high &+ (low == 0 ? 1 : 0)
        }
        let divisorMagnitude = divisor.magnitude
        let negative = negativeValue != (divisor < 0)
        // The quotient must fit in 64 bits for the division, and in 63 bits for the result.
        guard high < divisorMagnitude else { return negative ? .min : .max }
        let (quotient, remainder) = divisorMagnitude.dividingFullWidth((high, low))
        var result = quotient
        if remainder >= divisorMagnitude - remainder { result += 1 }
        guard result <= UInt64(Int64.max) else { return negative ? .min : .max }
        return negative ? -Int64(result) : Int64(result)
    }

    static func saturatingMultiply(_ a: Int64, _ b: Int64) -> Int64 {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? ((a < 0) != (b < 0) ? .min : .max) : product
    }
}
