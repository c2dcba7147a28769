/// A signed integer of any size, for the reference arithmetic of ``ReferencePropertyTests``.
///
/// Written from scratch and on purpose simple, so that it shares no code with the engine's
/// `BigInt`: a value that fits in 63 bits is held as an `Int64` (every operation checks for
/// overflow and moves to limbs when it happens), anything larger as a sign and a magnitude of
/// base-10,000 limbs, least significant first, with schoolbook addition, subtraction and
/// multiplication and long division whose quotient digits are estimated from the leading limbs
/// and then corrected.
struct RefInteger: Hashable, Comparable, CustomStringConvertible {
    /// The base of a limb.
    static let base: UInt64 = 10_000

    /// The value, when ``limbs`` is `nil`; never `Int64.min`.
    private var small: Int64
    /// The magnitude in base 10,000, least significant limb first, when the value does not fit in
    /// ``small``; no leading zero limb.
    private var limbs: [UInt32]?
    /// The sign of a value held in ``limbs``.
    private var negative: Bool

    /// An integer from an `Int64`.
    init(_ value: Int64) {
        if value == .min {
            self = RefInteger(negative: true, magnitude: Self.magnitude(of: value.magnitude))
        } else {
            self = RefInteger(small: value)
        }
    }

    /// A value that fits in 63 bits.
    private init(small value: Int64) {
        small = value
        limbs = nil
        negative = false
    }

    /// An integer from an `Int`.
    init(_ value: Int) { self.init(Int64(value)) }

    /// An integer from a sign and a magnitude, in its canonical form.
    private init(negative: Bool, magnitude: [UInt32]) {
        var m = magnitude
        Self.trim(&m)
        if let value = Self.value(of: m), value <= UInt64(Int64.max) {
            small = negative ? -Int64(value) : Int64(value)
            limbs = nil
            self.negative = false
        } else {
            small = 0
            limbs = m
            self.negative = negative
        }
    }

    /// Reads optional `-` and decimal digits; `nil` for anything else.
    init?(text: Substring) {
        var digits = text
        var isNegative = false
        if digits.first == "-" {
            isNegative = true
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var magnitude: [UInt32] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -4, limitedBy: digits.startIndex) ?? digits.startIndex
            guard let limb = UInt32(digits[start..<end]) else { return nil }
            magnitude.append(limb)
            end = start
        }
        self.init(negative: isNegative, magnitude: magnitude)
    }

    static let zero = RefInteger(0)
    static let one = RefInteger(1)

    /// 10^`exponent`.
    static func powerOfTen(_ exponent: Int) -> RefInteger {
        var limbs = [UInt32](repeating: 0, count: exponent / 4)
        var top: UInt32 = 1
        for _ in 0..<(exponent % 4) { top *= 10 }
        limbs.append(top)
        return RefInteger(negative: false, magnitude: limbs)
    }

    var isZero: Bool { limbs == nil && small == 0 }
    var isNegative: Bool { limbs == nil ? small < 0 : negative }
    /// Whether the value is held in limbs (it does not fit in 63 bits).
    var isLarge: Bool { limbs != nil }
    /// The value as an `Int64`, when it fits.
    var int64: Int64? { limbs == nil ? small : nil }

    /// The absolute value.
    var magnitude: RefInteger { isNegative ? -self : self }

    /// The magnitude as limbs, whatever the form.
    private var magnitudeLimbs: [UInt32] { limbs ?? Self.magnitude(of: small.magnitude) }

    // MARK: - Arithmetic

    static prefix func - (a: RefInteger) -> RefInteger {
        if let value = a.int64 { return RefInteger(-value) }
        return RefInteger(negative: !a.negative, magnitude: a.magnitudeLimbs)
    }

    static func + (a: RefInteger, b: RefInteger) -> RefInteger {
        if let x = a.int64, let y = b.int64 {
            let (sum, overflow) = x.addingReportingOverflow(y)
            if !overflow { return RefInteger(sum) }
        }
        let (am, bm) = (a.magnitudeLimbs, b.magnitudeLimbs)
        if a.isNegative == b.isNegative { return RefInteger(negative: a.isNegative, magnitude: addMagnitudes(am, bm)) }
        if compareMagnitudes(am, bm) >= 0 { return RefInteger(negative: a.isNegative, magnitude: subtractMagnitudes(am, bm)) }
        return RefInteger(negative: b.isNegative, magnitude: subtractMagnitudes(bm, am))
    }

    static func - (a: RefInteger, b: RefInteger) -> RefInteger { a + -b }

    static func * (a: RefInteger, b: RefInteger) -> RefInteger {
        if let x = a.int64, let y = b.int64 {
            let (product, overflow) = x.multipliedReportingOverflow(by: y)
            if !overflow && product != .min { return RefInteger(product) }
        }
        return RefInteger(negative: a.isNegative != b.isNegative, magnitude: multiplyMagnitudes(a.magnitudeLimbs, b.magnitudeLimbs))
    }

    /// The quotient truncated towards zero and the remainder (with the sign of `self`).
    func quotientAndRemainder(dividingBy divisor: RefInteger) -> (quotient: RefInteger, remainder: RefInteger) {
        precondition(!divisor.isZero, "division by zero")
        if let x = int64, let y = divisor.int64 { return (RefInteger(x / y), RefInteger(x % y)) }
        let (q, r) = Self.divideMagnitudes(magnitudeLimbs, divisor.magnitudeLimbs)
        return (RefInteger(negative: isNegative != divisor.isNegative, magnitude: q), RefInteger(negative: isNegative, magnitude: r))
    }

    /// The greatest common divisor of the magnitudes (Euclid); gcd(0, 0) = 0.
    static func gcd(_ a: RefInteger, _ b: RefInteger) -> RefInteger {
        var x = a.magnitude
        var y = b.magnitude
        while !y.isZero {
            if let p = x.int64, let q = y.int64 {
                var (u, v) = (UInt64(p), UInt64(q))
                while v != 0 { (u, v) = (v, u % v) }
                return RefInteger(Int64(u))
            }
            (x, y) = (y, x.quotientAndRemainder(dividingBy: y).remainder)
        }
        return x
    }

    static func < (a: RefInteger, b: RefInteger) -> Bool {
        if let x = a.int64, let y = b.int64 { return x < y }
        if a.isNegative != b.isNegative { return a.isNegative }
        let order = compareMagnitudes(a.magnitudeLimbs, b.magnitudeLimbs)
        return a.isNegative ? order > 0 : order < 0
    }

    /// Decimal digits, with `-` when negative.
    var description: String {
        if let value = int64 { return String(value) }
        let m = magnitudeLimbs
        var text = negative ? "-" : ""
        text += String(m[m.count - 1])
        for limb in m.dropLast().reversed() {
            let digits = String(limb)
            text += String(repeating: "0", count: 4 - digits.count) + digits
        }
        return text
    }

    // MARK: - Magnitudes

    private static func magnitude(of value: UInt64) -> [UInt32] {
        var limbs: [UInt32] = []
        var rest = value
        while rest > 0 {
            limbs.append(UInt32(rest % base))
            rest /= base
        }
        return limbs
    }

    /// The magnitude as a `UInt64`, when it fits.
    private static func value(of m: [UInt32]) -> UInt64? {
        guard m.count <= 5 else { return nil }
        var value: UInt64 = 0
        for limb in m.reversed() {
            let (scaled, o1) = value.multipliedReportingOverflow(by: base)
            let (sum, o2) = scaled.addingReportingOverflow(UInt64(limb))
            if o1 || o2 { return nil }
            value = sum
        }
        return value
    }

    private static func trim(_ m: inout [UInt32]) {
        while m.last == 0 { m.removeLast() }
    }

    private static func compareMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for k in stride(from: a.count - 1, through: 0, by: -1) where a[k] != b[k] { return a[k] < b[k] ? -1 : 1 }
        return 0
    }

    private static func addMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(Swift.max(a.count, b.count) + 1)
        var carry: UInt32 = 0
        for k in 0..<Swift.max(a.count, b.count) {
            let sum = (k < a.count ? a[k] : 0) + (k < b.count ? b[k] : 0) + carry
            result.append(sum % UInt32(base))
            carry = sum / UInt32(base)
        }
        if carry > 0 { result.append(carry) }
        return result
    }

    /// a − b for a ≥ b.
    private static func subtractMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result = a
        var borrow: Int64 = 0
        for k in 0..<a.count {
            var difference = Int64(a[k]) - (k < b.count ? Int64(b[k]) : 0) - borrow
            borrow = 0
            if difference < 0 {
                difference += Int64(base)
                borrow = 1
            }
            result[k] = UInt32(difference)
        }
        precondition(borrow == 0, "subtracting a larger magnitude")
        trim(&result)
        return result
    }

    private static func multiplyMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        var sums = [UInt64](repeating: 0, count: a.count + b.count)
        for i in 0..<a.count {
            var carry: UInt64 = 0
            for j in 0..<b.count {
                let t = sums[i + j] + UInt64(a[i]) * UInt64(b[j]) + carry
                sums[i + j] = t % base
                carry = t / base
            }
            var k = i + b.count
            while carry > 0 {
                let t = sums[k] + carry
                sums[k] = t % base
                carry = t / base
                k += 1
            }
        }
        var result = sums.map { UInt32($0) }
        trim(&result)
        return result
    }

    private static func multiplyMagnitude(_ a: [UInt32], by digit: UInt64) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(a.count + 1)
        var carry: UInt64 = 0
        for limb in a {
            let t = UInt64(limb) * digit + carry
            result.append(UInt32(t % base))
            carry = t / base
        }
        while carry > 0 {
            result.append(UInt32(carry % base))
            carry /= base
        }
        trim(&result)
        return result
    }

    /// Long division of magnitudes, one base-10,000 digit of the quotient at a time.
    private static func divideMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> (quotient: [UInt32], remainder: [UInt32]) {
        if compareMagnitudes(a, b) < 0 { return ([], a) }
        if b.count == 1 {
            let d = UInt64(b[0])
            var quotient = [UInt32](repeating: 0, count: a.count)
            var rest: UInt64 = 0
            for k in stride(from: a.count - 1, through: 0, by: -1) {
                let t = rest * base + UInt64(a[k])
                quotient[k] = UInt32(t / d)
                rest = t % d
            }
            trim(&quotient)
            return (quotient, magnitude(of: rest))
        }
        let n = b.count
        // b lies within [top × B^(n−2), (top + 1) × B^(n−2)).
        let top = UInt64(b[n - 1]) * base + UInt64(b[n - 2])
        var quotient = [UInt32](repeating: 0, count: a.count)
        var rest: [UInt32] = []
        for k in stride(from: a.count - 1, through: 0, by: -1) {
            rest.insert(a[k], at: 0)
            trim(&rest)
            guard compareMagnitudes(rest, b) >= 0 else { continue }
            // rest < b × B, so it has at most n + 1 limbs and its top ones fit in 64 bits.
            var leading: UInt64 = 0
            for j in stride(from: rest.count - 1, through: n - 2, by: -1) { leading = leading * base + UInt64(rest[j]) }
            // An estimate never above the true digit, and at most 2 below it.
            var digit = leading / (top + 1)
            rest = subtractMagnitudes(rest, multiplyMagnitude(b, by: digit))
            while compareMagnitudes(rest, b) >= 0 {
                rest = subtractMagnitudes(rest, b)
                digit += 1
            }
            precondition(digit < base, "quotient digit out of range")
            quotient[k] = UInt32(digit)
        }
        trim(&quotient)
        return (quotient, rest)
    }
}
