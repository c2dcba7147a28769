import Foundation

/// Rounding, once, for display; and the value as text.
extension ExactDecimal {
    /// The millionths of a value that is not negative, truncated, whether they are exact and
    /// whether the rest is at least half a millionth; `nil` for a negative value or one beyond 64 bits.
    package var truncatedMillionths: Millionths? {
        if let large {
            guard !large.numerator.isNegative else { return nil }
            let (q, r) = (large.numerator * BigInt(Self.scale)).quotientAndRemainder(dividingBy: large.denominator)
            guard let value = q.int64Value else { return nil }
            return Millionths(value: value, exact: r.isZero, atLeastHalf: r + r >= large.denominator)
        }
        guard scaled >= 0 else { return nil }
        if divisor == 1 { return Millionths(value: scaled, exact: true, atLeastHalf: false) }
        let r = scaled % divisor
        return Millionths(value: scaled / divisor, exact: r == 0, atLeastHalf: r >= divisor - r)
    }

    /// A value that is not negative, rounded half away from zero to `places` (0 to 6) from its
    /// ``truncatedMillionths``: value × 10^6 = m.value + δ, 0 ≤ δ < 1, so the kept digits and the
    /// first dropped one decide (and, for six places, whether δ reaches one half).
    package static func rounded(millionths m: Millionths, places: Int) -> ExactDecimal? {
        var unit: Int64 = 1
        for _ in 0..<(fractionDigits - places) { unit *= 10 }
        var quotient = m.value / unit
        let remainder = m.value % unit
        if unit > 1 ? remainder >= unit / 2 : m.atLeastHalf { quotient += 1 }
        let (value, overflow) = quotient.multipliedReportingOverflow(by: unit)
        return overflow ? nil : ExactDecimal(raw: value)
    }

    /// The value rounded half away from zero (làm tròn) to `scale` decimal places (0 to 6).
    public func rounded(scale places: Int) -> ExactDecimal {
        let kept = Swift.min(Swift.max(places, 0), Self.fractionDigits)
        var unit: Int64 = 1
        for _ in 0..<(Self.fractionDigits - kept) { unit *= 10 }
        if !isPlain, let m = truncatedMillionths, let value = Self.rounded(millionths: m, places: kept) { return value }
        if large == nil && divisor == 1 {
            guard unit > 1 else { return self }
            let magnitude = scaled.magnitude
            var quotient = magnitude / UInt64(unit)
            let remainder = magnitude % UInt64(unit)
            if remainder >= UInt64(unit) - remainder { quotient += 1 }
            let (value, overflow) = Int64(quotient).multipliedReportingOverflow(by: unit)
            if !overflow { return ExactDecimal(raw: scaled < 0 ? -value : value) }
        }
        let count = Self.roundedCount(self, places: kept)
        return Self.fraction(count, BigInt.powerOfTen(kept))
    }

    /// 10^`places` for 0 to 18.
    private static func pow10(_ places: Int) -> Int64 {
        var value: Int64 = 1
        for _ in 0..<places { value *= 10 }
        return value
    }

    /// ``roundedCount(_:places:)`` for an inline value and up to 18 places, in 128-bit arithmetic.
    private static func fastRoundedCount(_ value: ExactDecimal, places: Int) -> BigInt? {
        guard value.large == nil, places >= 6, places <= 18 else { return nil }
        // value × 10^places = scaled × 10^(places − 6) ÷ divisor
        guard let count = divideRounded(value.scaled.multipliedFullWidth(by: pow10(places - 6)), by: value.divisor) else { return nil }
        return BigInt(count)
    }

    /// The value × 10^`places` rounded half away from zero, as a big integer.
    static func roundedCount(_ value: ExactDecimal, places: Int) -> BigInt {
        let (n, d) = value.fractionParts
        let scaledUp = places <= 9 ? n.multiplied(bySmall: UInt64(pow10(places))) : n * BigInt.powerOfTen(places)
        let (quotient, remainder) = scaledUp.quotientAndRemainder(dividingBy: d)
        let twice = remainder.magnitude + remainder.magnitude
        guard twice >= d else { return quotient }
        return n.isNegative ? quotient - .one : quotient + .one
    }

    /// The smallest whole number not below the value.
    public var ceilingValue: ExactDecimal {
        if large == nil && divisor == 1 {
            let remainder = scaled % Self.scale
            if remainder == 0 { return self }
            let whole = scaled - remainder
            return ExactDecimal(raw: remainder > 0 ? whole + Self.scale : whole)
        }
        let (n, d) = fractionParts
        let (quotient, remainder) = n.quotientAndRemainder(dividingBy: d)
        return Self.fraction(remainder.isZero || n.isNegative ? quotient : quotient + .one, .one)
    }

    /// Whether the value has no fractional part.
    public var isWholeNumber: Bool {
        if let large { return large.denominator == .one }
        return divisor == 1 && scaled % Self.scale == 0
    }

    /// The value as an `Int` when it is whole and fits.
    public var wholeValue: Int? {
        if let large { return large.denominator == .one ? large.numerator.int64Value.map(Int.init) : nil }
        return isWholeNumber ? Int(scaled / Self.scale) : nil
    }

    /// The value as a `Double`, for readers that need one (charts, spreadsheets).
    public var doubleValue: Double {
        if large == nil { return Double(scaled) / (Double(Self.scale) * Double(divisor)) }
        return Double(decimalText(fractionDigits: 17)) ?? 0
    }

    /// The value rounded half away from zero to 12 decimals: for descriptive sums of many
    /// values (a table's mean), whose exact denominators would grow without bound.
    package var descriptive: ExactDecimal {
        if large == nil {
            if divisor == 1 { return self }
            if let count = Self.divideRounded(scaled.multipliedFullWidth(by: Self.scale), by: divisor),
                let value = Self.inline(count, over: Self.scale)
            {
                return value
            }
        }
        return Self.fraction(Self.roundedCount(self, places: 12), BigInt.powerOfTen(12))
    }

    // MARK: - Text

    /// The exact value as text: a decimal without exponent or trailing zeros when the value has
    /// at most six fractional digits (`1.453125`, `-2`, `0`); otherwise the reduced fraction
    /// `numerator/denominator` (`3/14`).
    public var exactText: String {
        if isDecimal { return decimalText(fractionDigits: Self.fractionDigits) }
        return fractionText
    }

    /// The value as a reduced fraction `numerator/denominator` (`3/14`, `5/1`).
    public var fractionText: String {
        if let large { return "\(large.numerator)/\(large.denominator)" }
        // Inline: scaled and divisor are coprime, so only the factors of 10^6 can be common.
        let g = gcd64(scaled.magnitude, UInt64(Self.scale))
        let (denominator, overflow) = (UInt64(Self.scale) / g).multipliedReportingOverflow(by: UInt64(divisor))
        if !overflow { return "\(scaled / Int64(g))/\(denominator)" }
        let (n, d) = reducedParts
        return n.isZero ? "0/1" : "\(n)/\(d)"
    }

    /// The value rounded half away from zero to `places` decimals (any number of them) and
    /// written without exponent or trailing zeros: the text of a JSON number.
    public func decimalText(fractionDigits places: Int) -> String {
        let digits = Swift.max(places, 0)
        let count = Self.fastRoundedCount(self, places: digits) ?? Self.roundedCount(self, places: digits)
        var text = count.magnitude.description
        if digits > 0 {
            if text.count <= digits { text = String(repeating: "0", count: digits - text.count + 1) + text }
            var whole = String(text.dropLast(digits))
            var fraction = String(text.suffix(digits))
            while fraction.last == "0" { fraction.removeLast() }
            if whole.isEmpty { whole = "0" }
            text = fraction.isEmpty ? whole : whole + "." + fraction
        }
        return (count.isNegative ? "-" : "") + text
    }

    /// The same as ``exactText``.
    public var description: String { exactText }

    /// The value rounded once for display with a fixed number of decimals (0 to 6), in the
    /// language's style: `1.240,50` in Vietnamese, `1,240.50` in English.
    public func formatted(decimals: Int, language: Language, grouping: Bool = true) -> String {
        let places = Swift.min(Swift.max(decimals, 0), Self.fractionDigits)
        let value = rounded(scale: places)
        let (groupSeparator, decimalSeparator) = language == .vi ? (UInt8(ascii: "."), UInt8(ascii: ",")) : (UInt8(ascii: ","), UInt8(ascii: "."))
        guard let raw = value.plainRaw else {
            return Self.formatLarge(Self.roundedCount(value, places: places), places: places, groupSeparator, decimalSeparator, grouping)
        }
        var unit: UInt64 = 1
        for _ in 0..<(Self.fractionDigits - places) { unit *= 10 }
        var magnitude = raw.magnitude / unit
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
            if raw < 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[position...]), as: UTF8.self)
        }
    }

    /// `count` ÷ 10^`places` with separators, for a value beyond the inline form.
    private static func formatLarge(_ count: BigInt, places: Int, _ group: UInt8, _ point: UInt8, _ grouping: Bool) -> String {
        var digits = Array(count.magnitude.description.utf8)
        if digits.count <= places { digits = [UInt8](repeating: UInt8(ascii: "0"), count: places - digits.count + 1) + digits }
        let whole = digits.dropLast(places)
        var output: [UInt8] = count.isNegative ? [UInt8(ascii: "-")] : []
        for (index, digit) in whole.enumerated() {
            if grouping && index > 0 && (whole.count - index) % 3 == 0 { output.append(group) }
            output.append(digit)
        }
        if places > 0 {
            output.append(point)
            output += digits.suffix(places)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
