/// A canonical Huffman code of DEFLATE as a single lookup table indexed by the next
/// `bits` input bits (least significant first, as DEFLATE packs them).
///
/// Each entry is `symbol << 4 | length`; an entry of length 0 is a bit pattern the code does
/// not define. Codes are at most 15 bits, so the table has at most 32,768 entries.
struct HuffmanTable: Sendable {
    let entries: [UInt16]
    let bits: Int

    /// The code whose symbol `n` has length `lengths[n]` (0: not used).
    ///
    /// Refuses over-subscribed codes and incomplete ones, except a code with a single symbol of
    /// length 1 (as zlib allows) and a code with no symbol at all (for a block without
    /// back-references, whose first use is then an invalid code).
    init(lengths: ArraySlice<UInt8>) throws(InflateError) {
        var countPerLength = [Int](repeating: 0, count: 16)
        for length in lengths { countPerLength[Int(length)] += 1 }
        countPerLength[0] = 0
        var maxLength = 0
        for length in 1...15 where countPerLength[length] > 0 { maxLength = length }
        var left = 1
        for length in 1...15 {
            left <<= 1
            left -= countPerLength[length]
            if left < 0 { throw .invalidCodeLengths }
        }
        if left > 0 && maxLength > 1 { throw .invalidCodeLengths }
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + countPerLength[length - 1]) << 1
            nextCode[length] = code
        }
        let tableBits = max(maxLength, 1)
        var entries = [UInt16](repeating: 0, count: 1 << tableBits)
        var symbol = 0
        for length in lengths {
            defer { symbol += 1 }
            let bitLength = Int(length)
            guard bitLength > 0 else { continue }
            let assigned = nextCode[bitLength]
            nextCode[bitLength] += 1
            var reversed = 0
            for bit in 0..<bitLength where assigned & (1 << bit) != 0 { reversed |= 1 << (bitLength - 1 - bit) }
            let entry = UInt16(symbol << 4 | bitLength)
            var index = reversed
            while index < entries.count {
                entries[index] = entry
                index += 1 << bitLength
            }
        }
        self.entries = entries
        self.bits = tableBits
    }

    /// The fixed literal/length code of RFC 1951 §3.2.6.
    static let fixedLiterals: HuffmanTable = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for index in 144..<256 { lengths[index] = 9 }
        for index in 256..<280 { lengths[index] = 7 }
        // The fixed lengths form a complete code.
        return (try? HuffmanTable(lengths: lengths[...])) ?? HuffmanTable(empty: ())
    }()

    /// The fixed distance code of RFC 1951 §3.2.6 (30 and 31 are invalid when used).
    static let fixedDistances: HuffmanTable = {
        let lengths = [UInt8](repeating: 5, count: 32)
        return (try? HuffmanTable(lengths: lengths[...])) ?? HuffmanTable(empty: ())
    }()

    /// A table that defines no code.
    private init(empty: ()) {
        entries = [0, 0]
        bits = 1
    }
}
