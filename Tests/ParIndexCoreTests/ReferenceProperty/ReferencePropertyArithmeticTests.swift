import Testing

/// The reference arithmetic checked on its own, so that an agreement with the engine cannot come
/// from a shared mistake: ``RefInteger`` against the standard library's 128-bit integers and the
/// division identity on numbers of many limbs, ``RefFraction`` parsing, rounding and texts.
@Suite("Reference property: the reference arithmetic")
struct ReferencePropertyArithmeticTests {
    @available(macOS 15, *)
    @Test("RefInteger agrees with Int128 on sums, differences, products, quotients and remainders")
    func againstInt128() {
        var random = RefRandom(seed: 0x1234_5678)
        var failures = 0
        for _ in 0..<4_000 {
            let a = Int128(random.int64(.min + 1 ... .max)) * Int128(random.int64(-1_000_000...1_000_000))
            let b = Int128(random.int64(.min + 1 ... .max)) / Int128(random.int64(1...1_000_000_000_000))
            let x = RefInteger(text: Substring(String(a)))
            let y = RefInteger(text: Substring(String(b)))
            guard let x, let y else {
                failures += 1
                continue
            }
            if (x + y).description != String(a + b) || (x - y).description != String(a - b) { failures += 1 }
            if (x * RefInteger(Int64(b % 1_000_000_007))).description != String(a * (b % 1_000_000_007)) { failures += 1 }
            if !y.isZero {
                let (q, r) = x.quotientAndRemainder(dividingBy: y)
                if q.description != String(a / b) || r.description != String(a % b) { failures += 1 }
            }
            if (x < y) != (a < b) { failures += 1 }
        }
        #expect(failures == 0)
    }

    @Test("long division of numbers of many limbs: q × b + r = a with 0 ≤ r < b, and gcd divides both")
    func longDivision() throws {
        var random = RefRandom(seed: 0x9876)
        for _ in 0..<500 {
            var a = RefInteger(1)
            var b = RefInteger(1)
            for _ in 0..<random.int(1...6) { a = a * RefInteger(random.int64(1...Int64.max)) }
            for _ in 0..<random.int(1...4) { b = b * RefInteger(random.int64(1...Int64.max)) }
            let (q, r) = a.quotientAndRemainder(dividingBy: b)
            #expect(q * b + r == a)
            #expect(!r.isNegative && r < b)
            let g = RefInteger.gcd(a * b, b * b)
            #expect(g == b * RefInteger.gcd(a, b))
            #expect(RefInteger(text: Substring(a.description)) == a)
        }
        let big = try #require(RefInteger(text: "123456789012345678901234567890"))
        #expect((big * big).description == "15241578753238836750495351562536198787501905199875019052100")
        #expect(big.quotientAndRemainder(dividingBy: RefInteger(9_999_991)).remainder == RefInteger(5_659_186))
    }

    @Test("RefFraction reads decimals, reduces, rounds half away from zero and writes the documented texts")
    func fractions() throws {
        let threeFourteenths = try #require(RefFraction(text: "1.5")) * RefFraction(1) / RefFraction(7)
        #expect(threeFourteenths.fractionText == "3/14")
        #expect(threeFourteenths.decimalText(places: 12) == "0.214285714286")
        #expect(!threeFourteenths.isSixPlaceDecimal && !threeFourteenths.isTerminating)
        #expect(RefFraction(text: "0.214286") != threeFourteenths)
        #expect(try #require(RefFraction(text: "0.125")).decimalText(places: 2) == "0.13")
        #expect(try #require(RefFraction(text: "-0.125")).decimalText(places: 2) == "-0.13")
        #expect(try #require(RefFraction(text: "2.5")).rounded(places: 0) == RefFraction(3))
        #expect(try #require(RefFraction(text: "50.0049999")).decimalText(places: 2) == "50")
        #expect(try #require(RefFraction(text: "999999999999.999999")).description == "999999999999.999999")
        #expect(RefFraction(text: "3/8")?.isSixPlaceDecimal == true && RefFraction(text: "3/8")?.description == "0.375")
        #expect(RefFraction(text: "1502300/30043")?.decimalText(places: 2) == "50")
        #expect(RefFraction(text: "0")?.fractionText == "0/1")
        #expect(RefFraction(millionths: 1_000_000_000_000_000_000) * .hundred == RefFraction(text: "100000000000000"))
    }
}
