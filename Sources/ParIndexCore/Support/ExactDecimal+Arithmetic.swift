import Foundation

/// Exact arithmetic: the inline 64-bit forms where the result fits, big integers where it does not.
extension ExactDecimal {
    /// The exact sum.
    @inline(__always)
    public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        if b.isZero { return a }
        if a.isZero { return b }
        if a.large == nil && b.large == nil {
            if a.divisor == b.divisor {
                let (sum, overflow) = a.scaled.addingReportingOverflow(b.scaled)
                if !overflow, sum != .min {
                    return a.divisor == 1 ? ExactDecimal(raw: sum) : (inline(sum, over: a.divisor) ?? slowSum(a, b))
                }
            } else {
                // Over the least common multiple of the denominators, so that values whose
                // denominators divide 10^6 (rounded to 12 decimals) keep small ones.
                let g = Int64(gcd64(UInt64(a.divisor), UInt64(b.divisor)))
                let (x, o1) = a.scaled.multipliedReportingOverflow(by: b.divisor / g)
                let (y, o2) = b.scaled.multipliedReportingOverflow(by: a.divisor / g)
                let (q, o3) = (a.divisor / g).multipliedReportingOverflow(by: b.divisor)
                if !(o1 || o2 || o3) {
                    let (sum, o4) = x.addingReportingOverflow(y)
                    if !o4, let value = inline(sum, over: q) { return value }
                }
            }
        }
        if a.large != nil, let r = b.smallRatio, let value = a.adding(r) { return value }
        if b.large != nil, let r = a.smallRatio, let value = b.adding(r) { return value }
        return slowSum(a, b)
    }

    /// A large value plus `p ÷ q`, reduced with 64-bit arithmetic: with n ÷ d reduced, a prime
    /// common to n·q + p·d and d·q divides q.
    private func adding(_ r: SmallRatio) -> ExactDecimal? {
        guard let large, r.q > 0, r.p != .min else { return nil }
        let q = UInt64(r.q)
        var numerator = large.numerator.multiplied(bySmall: q) + large.denominator * BigInt(r.p)
        var denominator = large.denominator.multiplied(bySmall: q)
        while true {
            var g = gcd64(numerator.magnitudeRemainder(dividingBy: q), q)
            if g > 1 { g = gcd64(denominator.magnitudeRemainder(dividingBy: g), g) }
            if g <= 1 { break }
            numerator = numerator.divided(by: g)
            denominator = denominator.divided(by: g)
        }
        return Self.canonical(reduced: numerator, denominator)
    }

    private static func slowSum(_ a: ExactDecimal, _ b: ExactDecimal) -> ExactDecimal {
        let (an, ad) = a.fractionParts
        let (bn, bd) = b.fractionParts
        return fraction(an * bd + bn * ad, ad * bd)
    }

    /// The exact difference.
    @inline(__always)
    public static func - (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal { a + -b }

    /// The negation.
    @inline(__always)
    public static prefix func - (a: ExactDecimal) -> ExactDecimal {
        if let large = a.large { return ExactDecimal(large: LargeFraction(numerator: -large.numerator, denominator: large.denominator)) }
        return ExactDecimal(scaled: -a.scaled, divisor: a.divisor)
    }

    /// Adds in place.
    public static func += (a: inout ExactDecimal, b: ExactDecimal) { a = a + b }

    /// Subtracts in place.
    public static func -= (a: inout ExactDecimal, b: ExactDecimal) { a = a - b }

    /// The exact product.
    @inline(__always)
    public static func * (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        if a.large == nil && b.large == nil {
            // value × 10^6 = (a.scaled × b.scaled) ÷ (10^6 × a.divisor × b.divisor)
            let (p, o1) = a.scaled.multipliedReportingOverflow(by: b.scaled)
            if !o1 {
                if a.divisor == 1 && b.divisor == 1 {
                    if p % scale == 0 { return ExactDecimal(raw: p / scale) }
                    if let value = inline(p, over: scale) { return value }
                } else {
                    let (q, o2) = a.divisor.multipliedReportingOverflow(by: b.divisor)
                    let (q2, o3) = q.multipliedReportingOverflow(by: scale)
                    if !(o2 || o3), let value = inline(p, over: q2) { return value }
                }
            }
        }
        if let r = b.smallRatio, let value = a.multipliedByRatio(r.p, r.q) { return value }
        if let r = a.smallRatio, let value = b.multipliedByRatio(r.p, r.q) { return value }
        let (an, ad) = a.fractionParts
        let (bn, bd) = b.fractionParts
        return fraction(an * bn, ad * bd)
    }

    /// The exact quotient; 0 when `b` is 0 (a rule decides what a zero denominator means before it divides).
    @inline(__always)
    public static func / (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        guard !b.isZero else { return .zero }
        if a.large == nil && b.large == nil {
            // value × 10^6 = (10^6 × a.scaled × b.divisor) ÷ (b.scaled × a.divisor)
            let (p, o1) = a.scaled.multipliedReportingOverflow(by: scale)
            let (p2, o2) = p.multipliedReportingOverflow(by: b.divisor)
            let (q, o3) = b.scaled.multipliedReportingOverflow(by: a.divisor)
            if !(o1 || o2 || o3), let value = inline(p2, over: q) { return value }
        }
        if let r = b.smallRatio, let value = a.multipliedByRatio(r.q, r.p) { return value }
        let (an, ad) = a.fractionParts
        let (bn, bd) = b.fractionParts
        return fraction(an * bd, ad * bn)
    }

    /// `(a × b) ÷ c` exactly; 0 when `c` is 0.
    public static func product(_ a: ExactDecimal, _ b: ExactDecimal, dividedBy c: ExactDecimal) -> ExactDecimal {
        c.isZero ? .zero : a * b / c
    }

    /// `numerator ÷ denominator × 100` rounded once, half away from zero, to `decimals` places
    /// (0 to 6): a rate or an index as shown to people; 0 when `denominator` is 0.
    public static func percent(_ numerator: ExactDecimal, of denominator: ExactDecimal, decimals: Int) -> ExactDecimal {
        guard !denominator.isZero else { return .zero }
        let places = Swift.min(Swift.max(decimals, 0), fractionDigits)
        if let n = numerator.plainRaw, let d = denominator.plainRaw {
            var factor: Int64 = 100
            for _ in 0..<places { factor *= 10 }
            if let rounded = divideRounded(n.multipliedFullWidth(by: factor), by: d) {
                var unit: Int64 = 1
                for _ in 0..<(fractionDigits - places) { unit *= 10 }
                let (value, overflow) = rounded.multipliedReportingOverflow(by: unit)
                if !overflow, value != .min { return ExactDecimal(raw: value) }
            }
        }
        return (numerator * 100 / denominator).rounded(scale: places)
    }

    /// Compares `a × b` with `c × d` exactly.
    @inline(__always)
    public static func crossCompare(_ a: ExactDecimal, _ b: ExactDecimal, _ c: ExactDecimal, _ d: ExactDecimal) -> ComparisonResult {
        if let ar = a.plainRaw, let br = b.plainRaw, let cr = c.plainRaw, let dr = d.plainRaw {
            switch compareWide(ar.multipliedFullWidth(by: br), cr.multipliedFullWidth(by: dr)) {
            case ..<0: return .orderedAscending
            case 0: return .orderedSame
            default: return .orderedDescending
            }
        }
        // an·bn / (ad·bd) against cn·dn / (cd·dd), denominators positive: no reduction needed.
        let (an, ad) = a.fractionParts
        let (bn, bd) = b.fractionParts
        let (cn, cd) = c.fractionParts
        let (dn, dd) = d.fractionParts
        let left = an * bn * cd * dd
        let right = cn * dn * ad * bd
        return left < right ? .orderedAscending : (left == right ? .orderedSame : .orderedDescending)
    }

    /// A 128-bit value divided by a 64-bit one, rounded half away from zero; `nil` when the
    /// quotient does not fit in 63 bits or the divisor is 0.
    static func divideRounded(_ value: (high: Int64, low: UInt64), by divisor: Int64) -> Int64? {
        guard divisor != 0, divisor != .min else { return nil }
        if (value.high == 0 && value.low < 1 << 63) || (value.high == -1 && value.low > 1 << 63) {
            let signed = Int64(bitPattern: value.low)
            let magnitude = signed.magnitude
            let divisorMagnitude = divisor.magnitude
            var quotient = magnitude / divisorMagnitude
            let remainder = magnitude % divisorMagnitude
            if remainder >= divisorMagnitude - remainder { quotient += 1 }
            return (signed < 0) != (divisor < 0) ? -Int64(quotient) : Int64(quotient)
        }
        let (negativeValue, high, low) = wideMagnitude(value)
        let divisorMagnitude = divisor.magnitude
        let negative = negativeValue != (divisor < 0)
        guard high < divisorMagnitude else { return nil }
        let (quotient, remainder) = divisorMagnitude.dividingFullWidth((high, low))
        var result = quotient
        if remainder >= divisorMagnitude - remainder { result += 1 }
        guard result <= UInt64(Int64.max) else { return nil }
        return negative ? -Int64(result) : Int64(result)
    }
}
