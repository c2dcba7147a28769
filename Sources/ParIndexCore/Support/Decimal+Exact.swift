import Foundation

extension Decimal {
    /// Reads the text of a JSON number as an exact decimal.
    ///
    /// Returns `nil` when the number has more than 30 significant digits or an exponent that
    /// puts it beyond ±10^30, so that no digit is ever silently lost.
    public static func exact(jsonNumber text: String) -> Decimal? {
        var mantissaDigits = 0
        var exponent = 0
        var seenPoint = false
        var fractionDigits = 0
        var leadingZeros = true
        var exponentText = ""
        var inExponent = false
        for byte in text.utf8 {
            if inExponent {
                exponentText.unicodeScalars.append(Unicode.Scalar(byte))
                continue
            }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenPoint { fractionDigits += 1 }
                if byte != UInt8(ascii: "0") || !leadingZeros {
                    leadingZeros = false
                    mantissaDigits += 1
                }
            case UInt8(ascii: "."): seenPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "-"): continue
            default: return nil
            }
        }
        if !exponentText.isEmpty {
            guard exponentText.count <= 4, let value = Int(exponentText) else { return nil }
            exponent = value
        }
        if mantissaDigits > 30 { return nil }
        let integerDigits = mantissaDigits - fractionDigits + exponent
        if mantissaDigits > 0 && (integerDigits > 30 || exponent - fractionDigits < -40) { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// The value rounded half away from zero to `scale` decimal places.
    public func rounded(scale: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, .plain)
        return result
    }

    /// The smallest integer not below the value.
    public var ceilingValue: Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, 0, .up)
        return result
    }

    /// Whether the value has no fractional part.
    public var isWholeNumber: Bool { self == rounded(scale: 0) }

    /// The value as an integer when it is whole and within 64-bit range.
    public var wholeValue: Int? {
        guard isWholeNumber, abs(self) < Decimal(sign: .plus, exponent: 18, significand: 1) else { return nil }
        return Int(truncating: self as NSDecimalNumber)
    }

    /// The exact value as JSON number text, without exponent: `1.453125`, `-2`, `0`.
    public var exactText: String {
        if isZero { return "0" }
        return description
    }

    /// The value rounded for display with a fixed number of decimals, in the language's style:
    /// `1.240,50` in Vietnamese, `1,240.50` in English.
    public func formatted(decimals: Int, language: Language, grouping: Bool = true) -> String {
        let rounded = self.rounded(scale: decimals)
        let negative = rounded < 0
        let magnitude = negative ? -rounded : rounded
        let scaled = magnitude * Decimal(sign: .plus, exponent: decimals, significand: 1)
        var digits = (scaled as NSDecimalNumber).stringValue
        if let dot = digits.firstIndex(of: ".") { digits = String(digits[..<dot]) }
        if digits.count <= decimals {
            digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
        }
        let integerPart = String(digits.dropLast(decimals))
        let fractionPart = String(digits.suffix(decimals))
        let (groupSeparator, decimalSeparator) = language == .vi ? (".", ",") : (",", ".")
        var grouped = ""
        for (offset, character) in integerPart.enumerated() {
            if grouping && offset > 0 && (integerPart.count - offset) % 3 == 0 { grouped += groupSeparator }
            grouped.append(character)
        }
        let sign = negative && scaled != 0 ? "-" : ""
        return sign + grouped + (decimals > 0 ? decimalSeparator + fractionPart : "")
    }
}
