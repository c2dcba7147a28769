import Foundation
import ParIndexOffice
import Testing

@Suite struct InflaterTests {
    @Test func agreesWithZlibOnTenThousandStreams() throws {
        guard let cases = ZlibBatch.cases(10_200) else { return }
        #expect(cases.count == 10_200)
        var blockTypes = [0, 0, 0, 0]
        var disagreements: [String] = []
        for item in cases {
            if let first = item.compressed.first { blockTypes[Int(first >> 1) & 3] += 1 }
            do {
                let result = try Inflater.inflateWithCount(item.compressed, maximumOutput: item.original.count)
                if result.bytes != item.original { disagreements.append(item.label) }
                if result.consumed != item.compressed.count { disagreements.append("\(item.label): consumed \(result.consumed)") }
            } catch {
                disagreements.append("\(item.label): \(error)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
        // Stored, fixed and dynamic blocks all occur as first blocks.
        #expect(blockTypes[0] > 500 && blockTypes[1] > 500 && blockTypes[2] > 500, "\(blockTypes)")
        #expect(blockTypes[3] == 0)
    }

    @Test func damagedStreamsGetZlibsVerdict() throws {
        guard let mutants = ZlibBatch.mutants(3000) else { return }
        var disagreements: [String] = []
        for (index, mutant) in mutants.enumerated() {
            let result = try? Inflater.inflateWithCount(mutant.input, maximumOutput: 1 << 22)
            switch mutant.verdict {
            case .accepted:
                if result?.bytes != mutant.output { disagreements.append("\(index): zlib accepted") }
            case .refused, .unfinished:
                if result != nil { disagreements.append("\(index): zlib said \(mutant.verdict)") }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count): \(disagreements.prefix(5))")
    }

    @Test func emptyAndTruncated() {
        #expect(throws: InflateError.truncated) { try Inflater.inflate(Data(), maximumOutput: 10) }
        // A stored block header that promises 5 bytes and has 2.
        #expect(throws: InflateError.truncated) { try Inflater.inflate(Data([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x41, 0x42]), maximumOutput: 10) }
    }

    @Test func reservedBlockType() {
        #expect(throws: InflateError.invalidBlockType) { try Inflater.inflate(Data([0x07]), maximumOutput: 10) }
    }

    @Test func storedLengthMustMatchComplement() throws {
        #expect(throws: InflateError.storedLengthMismatch) {
            try Inflater.inflate(Data([0x01, 0x01, 0x00, 0x00, 0x00, 0x41]), maximumOutput: 10)
        }
        #expect(try Inflater.inflate(Data([0x01, 0x01, 0x00, 0xFE, 0xFF, 0x41]), maximumOutput: 10) == [0x41])
    }

    @Test func distanceBeforeTheStart() {
        // Fixed block: literal 'a', then length 3 (code 257) at distance 2 (code 1): one byte too far.
        var bits = BitWriter()
        bits.write(1, 1)
        bits.write(1, 2)
        bits.writeFixedLiteral(0x61)
        bits.writeFixedLiteral(257)
        bits.writeReversed(1, 5)
        bits.writeFixedLiteral(256)
        #expect(throws: InflateError.distanceTooFarBack) { try Inflater.inflate(Data(bits.bytes), maximumOutput: 100) }
    }

    @Test func undefinedFixedCodes() {
        for (symbol, distance) in [(286, 0), (287, 0), (257, 30), (257, 31)] {
            var bits = BitWriter()
            bits.write(1, 1)
            bits.write(1, 2)
            bits.writeFixedLiteral(0x61)
            bits.writeFixedLiteral(symbol)
            bits.writeReversed(distance, 5)
            bits.writeFixedLiteral(256)
            #expect(throws: InflateError.invalidCode) { try Inflater.inflate(Data(bits.bytes), maximumOutput: 100) }
        }
    }

    @Test func tooManyLengthCodes() {
        var bits = BitWriter()
        bits.write(1, 1)
        bits.write(2, 2)
        bits.write(30, 5)  // HLIT 287
        bits.write(0, 5)
        bits.write(0, 4)
        bits.write(0, 32)
        #expect(throws: InflateError.invalidCodeLengths) { try Inflater.inflate(Data(bits.bytes), maximumOutput: 100) }
    }

    @Test func outputLimitStopsABomb() throws {
        guard
            let bomb = PythonTool.run(
                "import sys, zlib\nc = zlib.compressobj(9, zlib.DEFLATED, -15)\nsys.stdout.buffer.write(c.compress(bytes(50_000_000)) + c.flush())")
        else { return }
        #expect(bomb.count < 100_000)
        #expect(throws: InflateError.outputTooLarge(limit: 1 << 20)) { try Inflater.inflate(bomb, maximumOutput: 1 << 20) }
    }

    @Test func randomBytesNeverTrap() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(seed % 200) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(UInt8(truncatingIfNeeded: seed >> 33))
            }
            _ = try? Inflater.inflate(Data(bytes), maximumOutput: 1 << 16)
        }
    }
}

/// Writes DEFLATE bits, least significant first, for hand-made streams.
struct BitWriter {
    var bytes: [UInt8] = []
    private var used = 0

    mutating func write(_ value: Int, _ count: Int) {
        for bit in 0..<count {
            if used == 0 { bytes.append(0) }
            if value >> bit & 1 == 1 { bytes[bytes.count - 1] |= 1 << UInt8(used) }
            used = (used + 1) % 8
        }
    }

    /// A Huffman code: most significant bit first.
    mutating func writeReversed(_ code: Int, _ count: Int) {
        for bit in stride(from: count - 1, through: 0, by: -1) { write(code >> bit & 1, 1) }
    }

    /// A symbol of the fixed literal/length code.
    mutating func writeFixedLiteral(_ symbol: Int) {
        switch symbol {
        case 0..<144: writeReversed(0x30 + symbol, 8)
        case 144..<256: writeReversed(0x190 + symbol - 144, 9)
        case 256..<280: writeReversed(symbol - 256, 7)
        default: writeReversed(0xC0 + symbol - 280, 8)
        }
    }
}
