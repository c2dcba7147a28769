import ParIndexTestSupport
import Testing

@testable import ParIndexCore

/// The big integers behind exact values beyond 64 bits: checked against 64-bit arithmetic where it
/// fits, and against the identities of division everywhere.
@Suite("Big integers")
struct BigIntTests {
    /// A random big integer of up to `limbs` 32-bit limbs, with runs of zero and all-ones limbs
    /// (the cases where a carry or a quotient estimate goes wrong).
    static func random(_ limbs: Int, using rng: inout SplitMix64) -> BigInt {
        let count = Int.random(in: 0...limbs, using: &rng)
        let words: [UInt32] = (0..<count).map { _ in
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: 0
            case 1: .max
            default: UInt32.random(in: 0...UInt32.max, using: &rng)
            }
        }
        return BigInt(limbs: words, negative: Bool.random(using: &rng))
    }

    @Test func agreesWithSixtyFourBitArithmetic() {
        var rng = SplitMix64(seed: 0xB16_1A7)
        for _ in 0..<20_000 {
            let a = Int64.random(in: -(1 << 31)...(1 << 31), using: &rng)
            let b = Int64.random(in: -(1 << 31)...(1 << 31), using: &rng)
            #expect((BigInt(a) + BigInt(b)).int64Value == a + b)
            #expect((BigInt(a) - BigInt(b)).int64Value == a - b)
            #expect((BigInt(a) * BigInt(b)).int64Value == a * b)
            #expect((BigInt(a) < BigInt(b)) == (a < b))
            #expect(BigInt(a).description == String(a))
            if b != 0 {
                let (q, r) = BigInt(a).quotientAndRemainder(dividingBy: BigInt(b))
                #expect(q.int64Value == a / b && r.int64Value == a % b, "\(a) ÷ \(b)")
            }
            #expect(BigInt.gcd(BigInt(a), BigInt(b)).int64Value == Int64(gcd64(a.magnitude, b.magnitude)))
        }
        #expect(BigInt(Int64.min).int64Value == Int64.min)
        #expect((BigInt(Int64.max) + .one).int64Value == nil)
    }

    @Test func divisionIdentitiesHoldForLargeValues() {
        var rng = SplitMix64(seed: 0xD1_5100)
        for _ in 0..<5_000 {
            let a = Self.random(12, using: &rng)
            var b = Self.random(7, using: &rng)
            if b.isZero { b = .one }
            let (q, r) = a.quotientAndRemainder(dividingBy: b)
            #expect(q * b + r == a, "\(a) ÷ \(b)")
            #expect(r.magnitude < b.magnitude)
            #expect(r.isZero || r.isNegative == a.isNegative)
            #expect((a * b).quotientAndRemainder(dividingBy: b).quotient == a)
            #expect((a + b) - b == a)
            let g = BigInt.gcd(a, b)
            #expect(a.quotientAndRemainder(dividingBy: g).remainder.isZero && b.quotientAndRemainder(dividingBy: g).remainder.isZero)
        }
    }

    @Test func writesDecimalDigits() {
        #expect(BigInt.powerOfTen(30).description == "1" + String(repeating: "0", count: 30))
        #expect((BigInt.powerOfTen(20) - .one).description == String(repeating: "9", count: 20))
        #expect((-BigInt.powerOfTen(9)).description == "-1000000000")
        #expect(BigInt.zero.description == "0")
        #expect((BigInt(Int64.max) * BigInt(Int64.max)).description == "85070591730234615847396907784232501249")
    }
}
