/// The exact sum of many values, for totals of leaf points: decimals of six places are added in
/// 64 bits; fractions are grouped by denominator and combined once, at the end, in a wide
/// integer that grows in place, then reduced against each denominator with 64-bit arithmetic.
///
/// Adding fractions one by one with ``ExactDecimal/+(_:_:)`` reduces every intermediate result
/// by a greatest common divisor of big integers; a unit with fifteen ratio leaves over unrelated
/// denominators would pay that fifteen times per total.
package struct ExactSum {
    /// The sum of the decimals, in millionths.
    private var plain: Int64 = 0
    /// The first group of fractions, held inline (divisor 0: none), so that a sum with one
    /// denominator allocates nothing.
    private var first = Group(divisor: 0, numerator: 0)
    /// Non-negative inline fractions: per denominator of the millionths, the sum of numerators.
    private var groups: [Group] = []

    /// Inline fractions with one denominator.
    struct Group {
        var divisor: Int64
        var numerator: Int64
    }
    /// Values outside the fast path (negative fractions, large values, overflows), added exactly one by one.
    private var rest: ExactDecimal?

    /// An empty sum.
    package init() {}

    /// Adds `value`.
    @inline(__always)
    package mutating func add(_ value: ExactDecimal) {
        if value.large == nil {
            if value.divisor == 1 {
                let (sum, overflow) = plain.addingReportingOverflow(value.scaled)
                if !overflow {
                    plain = sum
                    return
                }
            } else if value.scaled > 0 {
                addFraction(value)
                return
            }
        }
        rest = (rest ?? .zero) + value
    }

    private mutating func addFraction(_ value: ExactDecimal) {
        if first.divisor == 0 {
            first = Group(divisor: value.divisor, numerator: value.scaled)
            return
        }
        if first.divisor == value.divisor {
            let (sum, overflow) = first.numerator.addingReportingOverflow(value.scaled)
            if !overflow {
                first.numerator = sum
                return
            }
            rest = (rest ?? .zero) + value
            return
        }
        for index in groups.indices where groups[index].divisor == value.divisor {
            let (sum, overflow) = groups[index].numerator.addingReportingOverflow(value.scaled)
            if overflow { break }
            groups[index].numerator = sum
            return
        }
        if groups.count < 64 && !groups.contains(where: { $0.divisor == value.divisor }) {
            groups.append(Group(divisor: value.divisor, numerator: value.scaled))
        } else {
            rest = (rest ?? .zero) + value
        }
    }

    /// The exact sum.
    package var value: ExactDecimal {
        var result: ExactDecimal
        if first.divisor == 0 {
            result = ExactDecimal(raw: plain)
        } else if plain >= 0 {
            result = groups.isEmpty ? Self.single(plain, first) : Self.combine(plain, [first] + groups)
        } else {
            result = ExactDecimal(raw: plain)
            for group in [first] + groups { result = result + (ExactDecimal.inline(group.numerator, over: group.divisor) ?? .zero) }
        }
        if let rest { result = result + rest }
        return result
    }

    /// `plain + numerator ÷ divisor` (in millionths, not negative) as a reduced value.
    private static func single(_ plain: Int64, _ group: Group) -> ExactDecimal {
        let (p, o1) = plain.multipliedReportingOverflow(by: group.divisor)
        let (sum, o2) = p.addingReportingOverflow(group.numerator)
        if !(o1 || o2), let value = ExactDecimal.inline(sum, over: group.divisor) { return value }
        return combine(plain, [group])
    }

    /// `plain + Σ numerator ÷ divisor` (all in millionths, none negative) as a reduced value.
    private static func combine(_ plain: Int64, _ groups: [Group]) -> ExactDecimal {
        if groups.count == 1 {
            let (p, o1) = plain.multipliedReportingOverflow(by: groups[0].divisor)
            let (sum, o2) = p.addingReportingOverflow(groups[0].numerator)
            if !(o1 || o2), let value = ExactDecimal.inline(sum, over: groups[0].divisor) { return value }
        }
        // numerator ÷ Π divisors, in 64-bit limbs, least significant first.
        var numerator: [UInt64] = [UInt64(plain)]
        var denominator: [UInt64] = [1]
        numerator.reserveCapacity(groups.count + 2)
        denominator.reserveCapacity(groups.count + 2)
        for group in groups {
            let q = UInt64(group.divisor)
            WideMagnitude.multiply(&numerator, by: q)
            WideMagnitude.add(&numerator, denominator, times: UInt64(group.numerator))
            WideMagnitude.multiply(&denominator, by: q)
        }
        // Reduce against each divisor: a common factor of the sum and the product is a factor of one of them.
        var divisors = groups.map { UInt64($0.divisor) }
        for index in divisors.indices {
            while divisors[index] > 1 {
                let g = gcd64(WideMagnitude.remainder(numerator, dividingBy: divisors[index]), divisors[index])
                if g == 1 { break }
                WideMagnitude.divide(&numerator, by: g)
                divisors[index] /= g
            }
        }
        var reduced: [UInt64] = [1]
        for divisor in divisors where divisor > 1 { WideMagnitude.multiply(&reduced, by: divisor) }
        if numerator.count == 1, numerator[0] < 1 << 63, reduced.count == 1, reduced[0] < 1 << 63 {
            return ExactDecimal(scaled: Int64(numerator[0]), divisor: Int64(reduced[0]))
        }
        // value = numerator ÷ (reduced × 10^6); only the factors of 10^6 can still be common.
        let common = gcd64(WideMagnitude.remainder(numerator, dividingBy: UInt64(ExactDecimal.scale)), UInt64(ExactDecimal.scale))
        WideMagnitude.divide(&numerator, by: common)
        WideMagnitude.multiply(&reduced, by: UInt64(ExactDecimal.scale) / common)
        return ExactDecimal(large: LargeFraction(numerator: WideMagnitude.bigInt(numerator), denominator: WideMagnitude.bigInt(reduced)))
    }
}

/// In-place arithmetic on magnitudes of 64-bit limbs, least significant first.
enum WideMagnitude {
    /// `a × q`.
    static func multiply(_ a: inout [UInt64], by q: UInt64) {
        var carry: UInt64 = 0
        for i in a.indices {
            let (high, low) = a[i].multipliedFullWidth(by: q)
            let (sum, overflow) = low.addingReportingOverflow(carry)
            a[i] = sum
            carry = high &+ (overflow ? 1 : 0)
        }
        if carry != 0 { a.append(carry) }
    }

    /// `a + b × n`.
    static func add(_ a: inout [UInt64], _ b: [UInt64], times n: UInt64) {
        if a.count < b.count + 1 { a += repeatElement(0, count: b.count + 1 - a.count) }
        var carry: UInt64 = 0
        for i in 0..<b.count {
            let (high, low) = b[i].multipliedFullWidth(by: n)
            let (s1, o1) = a[i].addingReportingOverflow(low)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            a[i] = s2
            carry = high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
        }
        var i = b.count
        while carry != 0 {
            if i == a.count { a.append(0) }
            let (sum, overflow) = a[i].addingReportingOverflow(carry)
            a[i] = sum
            carry = overflow ? 1 : 0
            i += 1
        }
        while a.count > 1 && a.last == 0 { a.removeLast() }
    }

    /// `a mod q` for `q > 0`.
    static func remainder(_ a: [UInt64], dividingBy q: UInt64) -> UInt64 {
        var r: UInt64 = 0
        for limb in a.reversed() { r = q.dividingFullWidth((r, limb)).remainder }
        return r
    }

    /// `a ÷ q` (truncated) for `q > 0`.
    static func divide(_ a: inout [UInt64], by q: UInt64) {
        var r: UInt64 = 0
        for i in a.indices.reversed() { (a[i], r) = q.dividingFullWidth((r, a[i])) }
        while a.count > 1 && a.last == 0 { a.removeLast() }
    }

    /// The magnitude as a `BigInt`.
    static func bigInt(_ a: [UInt64]) -> BigInt {
        var limbs: [UInt32] = []
        limbs.reserveCapacity(a.count * 2)
        for limb in a {
            limbs.append(UInt32(truncatingIfNeeded: limb))
            limbs.append(UInt32(truncatingIfNeeded: limb >> 32))
        }
        return BigInt(limbs: limbs, negative: false)
    }
}
