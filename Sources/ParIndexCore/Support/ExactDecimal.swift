import Foundation

/// An exact number: points, counts, amounts, percentages, totals and indices.
///
/// Values read from files are decimals with at most six fractional digits (`1.5`, `0.25`,
/// `61250.5`), held as they are written. Arithmetic never rounds and never overflows: a sum, a
/// product or a quotient is the exact rational number, so 1.5 × 1/7 stays 3/14 and
/// 10^12 × 100 stays 10^14. Rounding happens once, when a number is shown or written
/// (``rounded(scale:)``, ``formatted(decimals:language:grouping:)``), half away from zero
/// (làm tròn). Comparisons are exact: 950/1000 meets "≥ 95 %" and 949/1000 does not.
///
/// A decimal of six places within ±9,223,372,036,854 is held in 64 bits, so the common case is
/// fast and never allocates; a fraction whose numerator and denominator fit in 64 bits is held
/// inline too; anything larger is held as a fraction of ``BigInt``s. Every value has one
/// representation, so equal values are `==` and hash alike.
public struct ExactDecimal: Sendable, Hashable, Comparable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// The number of fractional digits a decimal read from a file may have.
    public static let fractionDigits = 6
    /// 10^fractionDigits.
    public static let scale: Int64 = 1_000_000
    /// The largest magnitude a file may give, 10^12.
    public static let maximumMagnitude = ExactDecimal(raw: 1_000_000_000_000 * scale)

    /// When ``large`` is `nil`: the value × 10^6 × ``divisor``.
    package let scaled: Int64
    /// When ``large`` is `nil`: the denominator of the value × 10^6, at least 1, and 1 for a
    /// decimal of six places; coprime with ``scaled`` when above 1.
    package let divisor: Int64
    /// The value as a reduced fraction, when it does not fit the inline form.
    package let large: LargeFraction?

    /// A decimal from its millionths.
    public init(raw: Int64) {
        if raw == .min {
            self = Self.fraction(BigInt(raw), BigInt(Self.scale))
            return
        }
        scaled = raw
        divisor = 1
        large = nil
    }

    /// The inline form, already canonical.
    init(scaled: Int64, divisor: Int64) {
        self.scaled = scaled
        self.divisor = divisor
        large = nil
    }

    /// The large form, already reduced and not fitting the inline form.
    init(large: LargeFraction) {
        scaled = 0
        divisor = 1
        self.large = large
    }

    /// A whole number.
    public init(_ value: Int) {
        let (product, overflow) = Int64(value).multipliedReportingOverflow(by: Self.scale)
        if overflow || product == .min {
            self = Self.fraction(BigInt(Int64(value)), .one)
        } else {
            self.init(raw: product)
        }
    }

    /// A whole number.
    public init(integerLiteral value: Int) {
        self.init(value)
    }

    /// Zero.
    public static let zero = ExactDecimal(raw: 0)

    /// The value × 10^6 when it is a decimal of at most six places within ±9.2 × 10^12
    /// (every value read from a file); otherwise the millionths rounded half away from zero,
    /// saturating.
    public var raw: Int64 {
        if large == nil && divisor == 1 { return scaled }
        return rounded(scale: Self.fractionDigits).plainRaw ?? (self < .zero ? .min : .max)
    }

    /// The millionths when the value is a decimal of six places held inline.
    @inline(__always)
    package var plainRaw: Int64? { large == nil && divisor == 1 ? scaled : nil }

    /// Whether the value is a decimal of at most six fractional digits held in 64 bits.
    @inline(__always)
    package var isPlain: Bool { large == nil && divisor == 1 }

    /// Whether the value has at most six fractional digits, so that ``exactText`` is a decimal.
    public var isDecimal: Bool {
        guard let large else { return divisor == 1 }
        guard let d = large.denominator.int64Value else { return false }
        return Self.scale % d == 0
    }

    // MARK: - Canonical forms

    /// `numerator ÷ denominator` exactly; 0 when `denominator` is 0.
    package static func fraction(_ numerator: BigInt, _ denominator: BigInt) -> ExactDecimal {
        guard !denominator.isZero, !numerator.isZero else { return .zero }
        var n = denominator.isNegative ? -numerator : numerator
        var d = denominator.magnitude
        let g = BigInt.gcd(n, d)
        if g != .one {
            n = n.quotientAndRemainder(dividingBy: g).quotient
            d = d.quotientAndRemainder(dividingBy: g).quotient
        }
        return canonical(reduced: n, d)
    }

    /// The value of the reduced fraction `n ÷ d` (`d` positive): inline when it fits.
    package static func canonical(reduced n: BigInt, _ d: BigInt) -> ExactDecimal {
        if n.isZero { return .zero }
        // value × 10^6 = n × 10^6 / d; reduce by the common factor of 10^6 and d.
        let common = gcd64(d.magnitudeRemainder(dividingBy: UInt64(scale)), UInt64(scale))
        let v = d.divided(by: common)
        if let v64 = v.int64Value, let n64 = n.int64Value {
            let (s, overflow) = n64.multipliedReportingOverflow(by: scale / Int64(common))
            if !overflow, s != .min { return ExactDecimal(scaled: s, divisor: v64) }
        }
        return ExactDecimal(large: LargeFraction(numerator: n, denominator: d))
    }

    /// The value × `p` ÷ `q` (`q` not zero) for a large value, reduced with 64-bit common
    /// divisors only: the numerator and denominator are already coprime.
    package func multipliedByRatio(_ p: Int64, _ q: Int64) -> ExactDecimal? {
        guard p != .min, q != .min, q != 0 else { return nil }
        if p == 0 || isZero { return .zero }
        let (numerator, denominator) = reducedParts
        var pm = p.magnitude
        var qm = q.magnitude
        let g0 = gcd64(pm, qm)
        pm /= g0
        qm /= g0
        let g1 = gcd64(numerator.magnitudeRemainder(dividingBy: qm), qm)
        let g2 = gcd64(denominator.magnitudeRemainder(dividingBy: pm), pm)
        let negative = (p < 0) != (q < 0)
        let n = numerator.divided(by: g1) * BigInt(magnitude: pm / g2, negative: negative)
        let d = denominator.divided(by: g2) * BigInt(magnitude: qm / g1, negative: false)
        return Self.canonical(reduced: n, d)
    }

    /// The value as a ratio `p ÷ q` of 64-bit integers, when it is inline and fits.
    @inline(__always)
    package var smallRatio: (p: Int64, q: Int64)? {
        guard large == nil else { return nil }
        let (q, overflow) = divisor.multipliedReportingOverflow(by: Self.scale)
        return overflow ? nil : (scaled, q)
    }

    /// The value whose millionths are `p ÷ q` (`q` not zero), reduced; `nil` when it does not
    /// fit the inline form.
    @inline(__always)
    package static func inline(_ p: Int64, over q: Int64) -> ExactDecimal? {
        guard p != .min, q != .min, q != 0 else { return nil }
        let (p, q) = q < 0 ? (-p, -q) : (p, q)
        if q == 1 { return ExactDecimal(scaled: p, divisor: 1) }
        let g = Int64(gcd64(p.magnitude, UInt64(q)))
        return ExactDecimal(scaled: p / g, divisor: q / g)
    }

    /// The value as a reduced fraction of big integers (numerator, positive denominator), in units.
    package var reducedParts: (numerator: BigInt, denominator: BigInt) {
        if let large { return (large.numerator, large.denominator) }
        // scaled and divisor are coprime: only the factors of 10^6 can be common.
        let g = Int64(gcd64(scaled.magnitude, UInt64(Self.scale)))
        return (BigInt(scaled / g), BigInt(Self.scale / g) * BigInt(divisor))
    }

    /// The value as a fraction of big integers (numerator, positive denominator), in units.
    package var fractionParts: (numerator: BigInt, denominator: BigInt) {
        if let large { return (large.numerator, large.denominator) }
        return (BigInt(scaled), BigInt(Self.scale) * BigInt(divisor))
    }

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

    // MARK: - Equality and order

    /// Whether two values are equal (every value has one representation).
    public static func == (a: ExactDecimal, b: ExactDecimal) -> Bool {
        if let x = a.large {
            guard let y = b.large else { return false }
            return x.numerator == y.numerator && x.denominator == y.denominator
        }
        return b.large == nil && a.scaled == b.scaled && a.divisor == b.divisor
    }

    /// Hashes the one representation.
    public func hash(into hasher: inout Hasher) {
        if let large {
            hasher.combine(large.numerator)
            hasher.combine(large.denominator)
        } else {
            hasher.combine(scaled)
            hasher.combine(divisor)
        }
    }

    /// The order of two values, exactly.
    @inline(__always)
    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
        if a.large == nil && b.large == nil {
            if a.divisor == b.divisor { return a.scaled < b.scaled }
            return compareWide(a.scaled.multipliedFullWidth(by: b.divisor), b.scaled.multipliedFullWidth(by: a.divisor)) < 0
        }
        return compareLarge(a, b) < 0
    }

    /// −1, 0 or 1 as `a` is below, equal to or above `b`, through big integers.
    static func compareLarge(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        let (an, ad) = a.fractionParts
        let (bn, bd) = b.fractionParts
        let left = an * bd
        let right = bn * ad
        return left < right ? -1 : (left == right ? 0 : 1)
    }

    /// −1, 0 or 1 for two 128-bit two's-complement values.
    @inline(__always)
    static func compareWide(_ left: (high: Int64, low: UInt64), _ right: (high: Int64, low: UInt64)) -> Int {
        if left.high != right.high { return left.high < right.high ? -1 : 1 }
        if left.low != right.low { return left.low < right.low ? -1 : 1 }
        return 0
    }

    /// The value made positive.
    public var magnitude: ExactDecimal { self < .zero ? -self : self }

    /// Whether the value is zero.
    public var isZero: Bool { large == nil && scaled == 0 }
}

/// The numerator and denominator of a value too large for the inline form of ``ExactDecimal``:
/// reduced, with a positive denominator.
package final class LargeFraction: Sendable {
    /// The numerator.
    package let numerator: BigInt
    /// The denominator, positive.
    package let denominator: BigInt

    init(numerator: BigInt, denominator: BigInt) {
        self.numerator = numerator
        self.denominator = denominator
    }
}
