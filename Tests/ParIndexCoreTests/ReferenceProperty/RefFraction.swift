@testable import ParIndexCore

/// An exact rational number of the reference arithmetic: a reduced fraction of ``RefInteger``s
/// with a positive denominator. Parses decimal text, rounds half away from zero and writes the
/// texts that the JSON result documents, with none of the engine's arithmetic.
struct RefFraction: Hashable, Comparable, CustomStringConvertible {
    /// The numerator; its sign is the value's.
    let numerator: RefInteger
    /// The denominator, at least 1, coprime with the numerator.
    let denominator: RefInteger

    /// `numerator ÷ denominator`, reduced; the denominator must not be zero.
    init(_ numerator: RefInteger, _ denominator: RefInteger) {
        precondition(!denominator.isZero, "zero denominator")
        var n = denominator.isNegative ? -numerator : numerator
        var d = denominator.magnitude
        let g = RefInteger.gcd(n, d)
        if g != .one && !g.isZero {
            n = n.quotientAndRemainder(dividingBy: g).quotient
            d = d.quotientAndRemainder(dividingBy: g).quotient
        }
        if n.isZero { d = .one }
        self.numerator = n
        self.denominator = d
    }

    /// A whole number.
    init(_ value: Int) { self.init(RefInteger(value), .one) }

    /// A decimal given in millionths, as the generator keeps the numbers it writes.
    init(millionths: Int64) { self.init(RefInteger(millionths), RefInteger(1_000_000)) }

    /// Reads `-12.5`, `3`, `0.000001` or `n/d`; `nil` for anything else.
    init?(text: String) {
        if let slash = text.firstIndex(of: "/") {
            guard let n = RefInteger(text: text[..<slash]), let d = RefInteger(text: text[text.index(after: slash)...]), !d.isZero else {
                return nil
            }
            self.init(n, d)
            return
        }
        guard let point = text.firstIndex(of: ".") else {
            guard let n = RefInteger(text: Substring(text)) else { return nil }
            self.init(n, .one)
            return
        }
        let fraction = text[text.index(after: point)...]
        guard !fraction.isEmpty, !fraction.contains("-"), let n = RefInteger(text: Substring(text[..<point] + fraction)) else { return nil }
        self.init(n, RefInteger.powerOfTen(fraction.count))
    }

    /// The engine's value, read from its digits (a six-place decimal's millionths, or its reduced
    /// fraction as text), never through its arithmetic.
    init(_ engine: ExactDecimal) {
        if let raw = engine.plainRaw {
            self.init(millionths: raw)
        } else if engine.large == nil {
            // The inline form: value × 10^6 = scaled ÷ divisor.
            self.init(RefInteger(engine.scaled), RefInteger(1_000_000) * RefInteger(engine.divisor))
        } else if let value = RefFraction(text: engine.fractionText) {
            self = value
        } else {
            preconditionFailure("unreadable engine value \(engine.fractionText)")
        }
    }

    static let zero = RefFraction(0)
    static let hundred = RefFraction(100)

    var isZero: Bool { numerator.isZero }
    /// Whether the numerator or the denominator does not fit in 63 bits.
    var isLarge: Bool { numerator.isLarge || denominator.isLarge }
    /// Whether the value has at most six decimals (its denominator divides 10^6).
    var isSixPlaceDecimal: Bool {
        guard let d = denominator.int64 else { return false }
        return 1_000_000 % d == 0
    }

    /// Whether the value has a finite decimal expansion (its denominator has no prime factor but 2 and 5).
    var isTerminating: Bool {
        var d = denominator
        for p in [RefInteger(2), RefInteger(5)] {
            while true {
                let (q, r) = d.quotientAndRemainder(dividingBy: p)
                guard r.isZero else { break }
                d = q
            }
        }
        return d == .one
    }

    /// A fraction already reduced, with a positive denominator.
    private init(reduced numerator: RefInteger, _ denominator: RefInteger) {
        if numerator.isZero {
            self.numerator = .zero
            self.denominator = .one
        } else {
            self.numerator = numerator
            self.denominator = denominator
        }
    }

    /// The sum, reduced with the smaller gcds of Knuth (TAOCP 4.5.1): with g = gcd(b, d),
    /// a/b + c/d = t / (b/g × d) where t = a × (d/g) + c × (b/g), then only gcd(t, g) is left.
    static func + (a: RefFraction, b: RefFraction) -> RefFraction {
        if a.denominator == b.denominator { return RefFraction(a.numerator + b.numerator, a.denominator) }
        let g = RefInteger.gcd(a.denominator, b.denominator)
        if g == .one {
            return RefFraction(reduced: a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
        }
        let aPart = a.denominator.quotientAndRemainder(dividingBy: g).quotient
        let bPart = b.denominator.quotientAndRemainder(dividingBy: g).quotient
        let t = a.numerator * bPart + b.numerator * aPart
        let g2 = RefInteger.gcd(t, g)
        if t.isZero || g2 == .one { return RefFraction(reduced: t, aPart * b.denominator) }
        return RefFraction(
            reduced: t.quotientAndRemainder(dividingBy: g2).quotient, aPart * b.denominator.quotientAndRemainder(dividingBy: g2).quotient)
    }

    static func - (a: RefFraction, b: RefFraction) -> RefFraction {
        a + RefFraction(reduced: -b.numerator, b.denominator)
    }

    /// The product, reduced by cancelling across first: gcd(a, d) and gcd(c, b) for a/b × c/d.
    static func * (a: RefFraction, b: RefFraction) -> RefFraction {
        if a.isZero || b.isZero { return .zero }
        let g1 = RefInteger.gcd(a.numerator, b.denominator)
        let g2 = RefInteger.gcd(b.numerator, a.denominator)
        func divide(_ x: RefInteger, _ g: RefInteger) -> RefInteger { g == .one ? x : x.quotientAndRemainder(dividingBy: g).quotient }
        return RefFraction(
            reduced: divide(a.numerator, g1) * divide(b.numerator, g2), divide(a.denominator, g2) * divide(b.denominator, g1))
    }

    static func / (a: RefFraction, b: RefFraction) -> RefFraction {
        precondition(!b.isZero, "division by zero")
        let inverse = b.numerator.isNegative ? RefFraction(reduced: -b.denominator, -b.numerator) : RefFraction(reduced: b.denominator, b.numerator)
        return a * inverse
    }

    static func < (a: RefFraction, b: RefFraction) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    /// The value × 10^`places`, rounded half away from zero to a whole number.
    func roundedCount(places: Int) -> RefInteger {
        let scaled = numerator.magnitude * RefInteger.powerOfTen(places)
        let (q, r) = scaled.quotientAndRemainder(dividingBy: denominator)
        let up = r + r >= denominator ? q + .one : q
        return numerator.isNegative ? -up : up
    }

    /// The value rounded half away from zero to `places` decimals.
    func rounded(places: Int) -> RefFraction {
        RefFraction(roundedCount(places: places), RefInteger.powerOfTen(places))
    }

    /// The value rounded half away from zero to `places` decimals, written without exponent or
    /// trailing zeros (`0`, `2`, `49.99`, `-0.5`).
    func decimalText(places: Int) -> String {
        let count = roundedCount(places: places)
        var digits = count.magnitude.description
        guard places > 0 else { return (count.isNegative ? "-" : "") + digits }
        if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
        var whole = String(digits.dropLast(places))
        var fraction = String(digits.suffix(places))
        while fraction.last == "0" { fraction.removeLast() }
        if whole.isEmpty { whole = "0" }
        return (count.isNegative ? "-" : "") + (fraction.isEmpty ? whole : whole + "." + fraction)
    }

    /// `numerator/denominator`.
    var fractionText: String { "\(numerator)/\(denominator)" }

    /// The exact decimal when it has at most six places, otherwise the fraction.
    var description: String { isSixPlaceDecimal ? decimalText(places: 6) : fractionText }

    static func min(_ a: RefFraction, _ b: RefFraction) -> RefFraction { b < a ? b : a }
    static func max(_ a: RefFraction, _ b: RefFraction) -> RefFraction { a < b ? b : a }
}
