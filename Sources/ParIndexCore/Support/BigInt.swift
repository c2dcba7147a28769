/// A signed integer of any size, for the rare exact values that leave 64 bits: products of
/// amounts near 10^12, and the numerators and denominators of sums of fractions such as
/// 1/7 + 1/9,999,991.
///
/// Sign and magnitude; the magnitude is little-endian 32-bit limbs without leading zero limbs, so
/// that zero is the empty array and every value has one representation. Division truncates
/// toward zero (Knuth's algorithm D).
package struct BigInt: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Whether the value is below zero (never for zero).
    package private(set) var isNegative: Bool
    /// The magnitude, least significant limb first.
    package private(set) var limbs: [UInt32]

    /// Zero.
    package static let zero = BigInt(limbs: [], negative: false)
    /// One.
    package static let one = BigInt(1)

    /// The value of `limbs`, negated when `negative`, normalized.
    package init(limbs: [UInt32], negative: Bool) {
        var limbs = limbs
        while limbs.last == 0 { limbs.removeLast() }
        self.limbs = limbs
        isNegative = negative && !limbs.isEmpty
    }

    /// A 64-bit value.
    package init(_ value: Int64) {
        self.init(magnitude: value.magnitude, negative: value < 0)
    }

    /// A magnitude and a sign.
    package init(magnitude: UInt64, negative: Bool) {
        self.init(limbs: [UInt32(truncatingIfNeeded: magnitude), UInt32(truncatingIfNeeded: magnitude >> 32)], negative: negative)
    }

    /// A 128-bit two's-complement value, as `multipliedFullWidth` gives it.
    package init(_ wide: (high: Int64, low: UInt64)) {
        let (negative, high, low) = wideMagnitude(wide)
        self.init(
            limbs: [
                UInt32(truncatingIfNeeded: low), UInt32(truncatingIfNeeded: low >> 32), UInt32(truncatingIfNeeded: high),
                UInt32(truncatingIfNeeded: high >> 32),
            ],
            negative: negative)
    }

    /// Whether the value is zero.
    package var isZero: Bool { limbs.isEmpty }

    /// The value when it fits in an `Int64`.
    package var int64Value: Int64? {
        guard limbs.count <= 2 else { return nil }
        let magnitude = UInt64(limbs.first ?? 0) | UInt64(limbs.count > 1 ? limbs[1] : 0) << 32
        if isNegative {
            return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// The value made positive.
    package var magnitude: BigInt { BigInt(limbs: limbs, negative: false) }

    /// Whether the value is odd.
    package var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }

    // MARK: - Arithmetic

    /// The negation.
    package static prefix func - (a: BigInt) -> BigInt { BigInt(limbs: a.limbs, negative: !a.isNegative) }

    /// The sum.
    package static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.isNegative == b.isNegative { return BigInt(limbs: Magnitude.add(a.limbs, b.limbs), negative: a.isNegative) }
        switch Magnitude.compare(a.limbs, b.limbs) {
        case 0: return .zero
        case 1: return BigInt(limbs: Magnitude.subtract(a.limbs, b.limbs), negative: a.isNegative)
        default: return BigInt(limbs: Magnitude.subtract(b.limbs, a.limbs), negative: b.isNegative)
        }
    }

    /// The difference.
    package static func - (a: BigInt, b: BigInt) -> BigInt { a + -b }

    /// The product.
    package static func * (a: BigInt, b: BigInt) -> BigInt {
        BigInt(limbs: Magnitude.multiply(a.limbs, b.limbs), negative: a.isNegative != b.isNegative)
    }

    /// The quotient truncated toward zero and the remainder, which has the sign of `self`.
    /// `divisor` must not be zero.
    package func quotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        precondition(!divisor.isZero, "BigInt division by zero")
        let (q, r) = Magnitude.divide(limbs, divisor.limbs)
        return (BigInt(limbs: q, negative: isNegative != divisor.isNegative), BigInt(limbs: r, negative: isNegative))
    }

    /// The greatest common divisor of the magnitudes (0 for two zeros).
    package static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        var x = a.magnitude
        var y = b.magnitude
        while !y.isZero {
            if x.limbs.count <= 2 && y.limbs.count <= 2, let small = x.int64Value, let other = y.int64Value {
                return BigInt(magnitude: gcd64(UInt64(small), UInt64(other)), negative: false)
            }
            (x, y) = (y, x.quotientAndRemainder(dividingBy: y).remainder)
        }
        return x
    }

    /// The value × `factor`, in one pass.
    package func multiplied(bySmall factor: UInt64) -> BigInt {
        if factor == 0 || limbs.isEmpty { return .zero }
        var result = [UInt32]()
        result.reserveCapacity(limbs.count + 2)
        let low = UInt64(UInt32(truncatingIfNeeded: factor))
        let high = factor >> 32
        if high == 0 {
            var carry: UInt64 = 0
            for limb in limbs {
                let t = UInt64(limb) * low + carry
                result.append(UInt32(truncatingIfNeeded: t))
                carry = t >> 32
            }
            if carry != 0 { result.append(UInt32(carry)) }
            return BigInt(limbs: result, negative: isNegative)
        }
        return self * BigInt(magnitude: factor, negative: false)
    }

    /// Ten to the power `exponent`.
    package static func powerOfTen(_ exponent: Int) -> BigInt {
        if exponent >= 0 && exponent < smallPowers.count { return smallPowers[exponent] }
        return computedPowerOfTen(exponent)
    }

    /// 10^0 to 10^18.
    private static let smallPowers: [BigInt] = (0...18).map(computedPowerOfTen)

    private static func computedPowerOfTen(_ exponent: Int) -> BigInt {
        var result = BigInt.one
        var remaining = exponent
        let billion = BigInt(1_000_000_000)
        while remaining >= 9 {
            result = result * billion
            remaining -= 9
        }
        var rest: Int64 = 1
        for _ in 0..<remaining { rest *= 10 }
        return result * BigInt(rest)
    }

    /// The remainder of the magnitude divided by `divisor` (not zero), without allocating.
    package func magnitudeRemainder(dividingBy divisor: UInt64) -> UInt64 {
        var remainder: UInt64 = 0
        var index = limbs.count - 1
        // Two limbs at a time: (remainder, high:low) ÷ divisor.
        while index >= 0 {
            let limb = index >= 1 ? UInt64(limbs[index]) << 32 | UInt64(limbs[index - 1]) : UInt64(limbs[index])
            if index >= 1 {
                remainder = divisor.dividingFullWidth((remainder, limb)).remainder
                index -= 2
            } else {
                // One limb left: shift the remainder by 32 bits only.
                remainder = divisor.dividingFullWidth((remainder >> 32, remainder << 32 | limb)).remainder
                index -= 1
            }
        }
        return remainder
    }

    /// The value divided by `divisor` (not zero), truncated toward zero.
    package func divided(by divisor: UInt64) -> BigInt {
        if divisor == 1 { return self }
        var quotient = [UInt32](repeating: 0, count: limbs.count)
        var remainder: UInt64 = 0
        for index in stride(from: limbs.count - 1, through: 0, by: -1) {
            let (q, r) = divisor.dividingFullWidth((remainder >> 32, remainder << 32 | UInt64(limbs[index])))
            quotient[index] = UInt32(truncatingIfNeeded: q)
            remainder = r
        }
        return BigInt(limbs: quotient, negative: isNegative)
    }

    // MARK: - Order and text

    /// The order of two values.
    package static func < (a: BigInt, b: BigInt) -> Bool {
        if a.isNegative != b.isNegative { return a.isNegative }
        let order = Magnitude.compare(a.limbs, b.limbs)
        return a.isNegative ? order > 0 : order < 0
    }

    /// The decimal digits, with a minus sign when negative.
    package var description: String {
        if limbs.isEmpty { return "0" }
        if limbs.count <= 2 { return (isNegative ? "-" : "") + String(UInt64(limbs[0]) | (limbs.count > 1 ? UInt64(limbs[1]) << 32 : 0)) }
        // Divided by 10^9 in place, from the top limb down: a 64-bit dividend by a constant,
        // which the compiler turns into a multiplication.
        var rest = limbs
        var chunks: [UInt32] = []
        chunks.reserveCapacity(limbs.count * 32 / 29 + 1)
        rest.withUnsafeMutableBufferPointer { rest in
            var count = rest.count
            while count > 0 {
                var remainder: UInt64 = 0
                for i in stride(from: count - 1, through: 0, by: -1) {
                    let current = remainder << 32 | UInt64(rest[i])
                    let quotient = current / 1_000_000_000
                    rest[i] = UInt32(truncatingIfNeeded: quotient)
                    remainder = current - quotient * 1_000_000_000
                }
                chunks.append(UInt32(remainder))
                while count > 0 && rest[count - 1] == 0 { count -= 1 }
            }
        }
        var bytes: [UInt8] = isNegative ? [UInt8(ascii: "-")] : []
        bytes.reserveCapacity(chunks.count * 9 + 1)
        bytes += String(chunks.last ?? 0).utf8
        for part in chunks.dropLast().reversed() {
            var value = part
            var nine = [UInt8](repeating: UInt8(ascii: "0"), count: 9)
            for position in stride(from: 8, through: 0, by: -1) {
                nine[position] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
            bytes += nine
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The sign and the magnitude (high and low words) of a 128-bit two's-complement value, as
/// `multipliedFullWidth` gives it.
package func wideMagnitude(_ wide: (high: Int64, low: UInt64)) -> (negative: Bool, high: UInt64, low: UInt64) {
    let negative = wide.high < 0
    var high = UInt64(bitPattern: wide.high)
    var low = wide.low
    if negative {
        low = ~low &+ 1
        high = ~high &+ (low == 0 ? 1 : 0)
    }
    return (negative, high, low)
}

/// The greatest common divisor of two 64-bit magnitudes (binary algorithm).
package func gcd64(_ a: UInt64, _ b: UInt64) -> UInt64 {
    if a == 0 { return b }
    if b == 0 { return a }
    var x = a
    var y = b
    let shift = (x | y).trailingZeroBitCount
    x >>= x.trailingZeroBitCount
    repeat {
        y >>= y.trailingZeroBitCount
        if x > y { swap(&x, &y) }
        y -= x
    } while y != 0
    return x << shift
}

/// Arithmetic on little-endian magnitudes of 32-bit limbs.
private enum Magnitude {
    static func compare(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] {
            return a[i] < b[i] ? -1 : 1
        }
        return 0
    }

    static func add(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var result = [UInt32]()
        result.reserveCapacity(long.count + 1)
        var carry: UInt64 = 0
        for i in 0..<long.count {
            let sum = UInt64(long[i]) + (i < short.count ? UInt64(short[i]) : 0) + carry
            result.append(UInt32(truncatingIfNeeded: sum))
            carry = sum >> 32
        }
        if carry != 0 { result.append(UInt32(carry)) }
        return result
    }

    /// `a − b` for `a ≥ b`.
    static func subtract(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result = [UInt32]()
        result.reserveCapacity(a.count)
        var borrow: Int64 = 0
        for i in 0..<a.count {
            var difference = Int64(a[i]) - (i < b.count ? Int64(b[i]) : 0) - borrow
            borrow = difference < 0 ? 1 : 0
            if difference < 0 { difference += 1 << 32 }
            result.append(UInt32(difference))
        }
        while result.last == 0 { result.removeLast() }
        return result
    }

    static func multiply(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        if a.isEmpty || b.isEmpty { return [] }
        var result = [UInt32](repeating: 0, count: a.count + b.count)
        for i in 0..<a.count {
            var carry: UInt64 = 0
            let x = UInt64(a[i])
            if x == 0 { continue }
            for j in 0..<b.count {
                let t = x * UInt64(b[j]) + UInt64(result[i + j]) + carry
                result[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            result[i + b.count] = UInt32(carry)
        }
        while result.last == 0 { result.removeLast() }
        return result
    }

    /// Division by one limb.
    static func divide(_ a: [UInt32], single divisor: UInt32) -> (quotient: [UInt32], remainder: UInt32) {
        var quotient = [UInt32](repeating: 0, count: a.count)
        var remainder: UInt64 = 0
        let d = UInt64(divisor)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            let current = remainder << 32 | UInt64(a[i])
            quotient[i] = UInt32(current / d)
            remainder = current % d
        }
        while quotient.last == 0 { quotient.removeLast() }
        return (quotient, UInt32(remainder))
    }

    /// Knuth's algorithm D (as in Hacker's Delight, `divmnu`): `u ÷ v` for a non-empty `v`.
    static func divide(_ u: [UInt32], _ v: [UInt32]) -> (quotient: [UInt32], remainder: [UInt32]) {
        if compare(u, v) < 0 { return ([], u) }
        if v.count == 1 {
            let (q, r) = divide(u, single: v[0])
            return (q, r == 0 ? [] : [r])
        }
        let n = v.count
        let m = u.count - n
        let shift = v[n - 1].leadingZeroBitCount
        let vn = shiftedLeft(v, by: shift, count: n)
        var un = shiftedLeft(u, by: shift, count: u.count + 1)
        var q = [UInt32](repeating: 0, count: m + 1)
        let base: UInt64 = 1 << 32
        for j in stride(from: m, through: 0, by: -1) {
            let numerator = UInt64(un[j + n]) << 32 | UInt64(un[j + n - 1])
            var qhat = numerator / UInt64(vn[n - 1])
            var rhat = numerator % UInt64(vn[n - 1])
            while qhat >= base || qhat * UInt64(vn[n - 2]) > (rhat << 32 | UInt64(un[j + n - 2])) {
                qhat -= 1
                rhat += UInt64(vn[n - 1])
                if rhat >= base { break }
            }
            var k: Int64 = 0
            for i in 0..<n {
                let p = qhat * UInt64(vn[i])
                let t = Int64(un[i + j]) - k - Int64(p & 0xFFFF_FFFF)
                un[i + j] = UInt32(truncatingIfNeeded: t)
                k = Int64(p >> 32) - (t >> 32)
            }
            let t = Int64(un[j + n]) - k
            un[j + n] = UInt32(truncatingIfNeeded: t)
            q[j] = UInt32(truncatingIfNeeded: qhat)
            if t < 0 {
                q[j] = q[j] &- 1
                var carry: UInt64 = 0
                for i in 0..<n {
                    let sum = UInt64(un[i + j]) + UInt64(vn[i]) + carry
                    un[i + j] = UInt32(truncatingIfNeeded: sum)
                    carry = sum >> 32
                }
                un[j + n] = UInt32(truncatingIfNeeded: UInt64(un[j + n]) + carry)
            }
        }
        var remainder = [UInt32](repeating: 0, count: n)
        for i in 0..<n {
            let high = i + 1 < un.count && shift > 0 ? UInt64(un[i + 1]) << (32 - UInt64(shift)) : 0
            remainder[i] = UInt32(truncatingIfNeeded: UInt64(un[i]) >> UInt64(shift) | high)
        }
        while remainder.last == 0 { remainder.removeLast() }
        while q.last == 0 { q.removeLast() }
        return (q, remainder)
    }

    /// `a` shifted left by `shift` (< 32) bits, in `count` limbs.
    private static func shiftedLeft(_ a: [UInt32], by shift: Int, count: Int) -> [UInt32] {
        var result = [UInt32](repeating: 0, count: count)
        var carry: UInt32 = 0
        for i in 0..<a.count {
            let limb = a[i]
            result[i] = shift == 0 ? limb : limb << UInt32(shift) | carry
            carry = shift == 0 ? 0 : limb >> UInt32(32 - shift)
        }
        if a.count < count { result[a.count] = carry }
        return result
    }
}
