import Foundation

/// A strict decoder of raw DEFLATE streams (RFC 1951): stored, fixed and dynamic Huffman blocks.
///
/// ```swift
/// let bytes = try Inflater.inflate(compressed, maximumOutput: 1 << 20)
/// ```
///
/// Everything RFC 1951 does not allow is refused with an ``InflateError``: the reserved block
/// type, a stored length that does not match its complement, impossible Huffman code lengths,
/// undefined codes (including length codes 286–287 and distance codes 30–31), back-references to
/// before the start of the output, a stream that ends early, and output beyond `maximumOutput`
/// (checked before any byte past the limit is written, so a "zip bomb" costs at most the limit).
/// Bytes after the final block are ignored; ``Inflater/Result/consumed`` says how many were read.
public enum Inflater {
    /// The decompressed bytes and how many input bytes the stream took.
    public struct Result: Sendable {
        /// The decompressed bytes.
        public var bytes: [UInt8]
        /// The number of input bytes up to the end of the final block.
        public var consumed: Int
    }

    /// The bytes that `input` decompresses to, at most `maximumOutput` of them.
    public static func inflate(_ input: Data, maximumOutput: Int) throws(InflateError) -> [UInt8] {
        try inflateWithCount(input, maximumOutput: maximumOutput).bytes
    }

    /// The bytes that `input` decompresses to, at most `maximumOutput`, and the input bytes used.
    public static func inflateWithCount(_ input: Data, maximumOutput: Int) throws(InflateError) -> Result {
        let bytes = [UInt8](input)
        return try inflateWithCount(bytes, maximumOutput: maximumOutput)
    }

    /// The bytes that `input` decompresses to, at most `maximumOutput`, and the input bytes used.
    public static func inflateWithCount(_ input: [UInt8], maximumOutput: Int) throws(InflateError) -> Result {
        let output = InflateOutput(limit: max(0, maximumOutput))
        var consumed = 0
        var failure: InflateError?
        input.withUnsafeBufferPointer { buffer in
            var decoder = InflateDecoder(input: buffer, output: output)
            do throws(InflateError) {
                try decoder.run()
                consumed = decoder.bits.consumedBytes
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return Result(bytes: output.bytes, consumed: consumed)
    }
}

/// The output of an inflation: a growing buffer that refuses to pass its limit.
final class InflateOutput {
    private(set) var storage: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    var count = 0
    let limit: Int

    init(limit: Int) {
        self.limit = limit
        capacity = max(1, min(limit, 1 << 16))
        storage = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    func reserve(_ extra: Int) throws(InflateError) {
        let needed = count + extra
        guard needed > capacity else { return }
        guard needed <= limit else { throw .outputTooLarge(limit: limit) }
        var newCapacity = capacity
        while newCapacity < needed { newCapacity = min(limit, newCapacity * 2) }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: storage, count: count)
        storage.deallocate()
        storage = grown
        capacity = newCapacity
    }

    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }
}

/// The input bits, least significant bit of each byte first.
struct InflateBits {
    let input: UnsafeBufferPointer<UInt8>
    var position = 0
    var buffer: UInt64 = 0
    var count = 0

    /// Bytes read so far, not counting whole bytes still in the bit buffer.
    var consumedBytes: Int { position - count / 8 }

    @inline(__always)
    mutating func refill() {
        while count <= 56 && position < input.count {
            buffer |= UInt64(input[position]) << UInt64(count)
            position += 1
            count += 8
        }
    }

    @inline(__always)
    mutating func take(_ width: Int) throws(InflateError) -> Int {
        if count < width {
            refill()
            if count < width { throw .truncated }
        }
        let value = Int(buffer & ((1 << UInt64(width)) - 1))
        buffer >>= UInt64(width)
        count -= width
        return value
    }

    /// Drops the bits left in the current byte.
    mutating func alignToByte() {
        let drop = count % 8
        buffer >>= UInt64(drop)
        count -= drop
    }

    @inline(__always)
    mutating func decode(_ table: HuffmanTable) throws(InflateError) -> Int {
        if count < table.bits { refill() }
        let entry = Int(table.entries[Int(buffer & ((1 << UInt64(table.bits)) - 1))])
        let length = entry & 15
        if length == 0 {
            throw count < table.bits ? .truncated : .invalidCode
        }
        if length > count { throw .truncated }
        buffer >>= UInt64(length)
        count -= length
        return entry >> 4
    }
}

/// One inflation: reads blocks until the final one.
struct InflateDecoder {
    var bits: InflateBits
    let output: InflateOutput

    init(input: UnsafeBufferPointer<UInt8>, output: InflateOutput) {
        bits = InflateBits(input: input)
        self.output = output
    }

    private static let lengthBase: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    private static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
        8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    /// The order in which code length code lengths are stored (RFC 1951 §3.2.7).
    private static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    mutating func run() throws(InflateError) {
        var final = false
        while !final {
            final = try bits.take(1) == 1
            switch try bits.take(2) {
            case 0: try storedBlock()
            case 1: try huffmanBlock(literals: .fixedLiterals, distances: .fixedDistances)
            case 2:
                let tables = try dynamicTables()
                try huffmanBlock(literals: tables.literals, distances: tables.distances)
            default: throw .invalidBlockType
            }
        }
    }

    private mutating func storedBlock() throws(InflateError) {
        bits.alignToByte()
        let length = try bits.take(16)
        let complement = try bits.take(16)
        guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch }
        try output.reserve(length)
        var remaining = length
        // Whole bytes still in the bit buffer come first.
        while remaining > 0 && bits.count >= 8 {
            output.storage[output.count] = UInt8(try bits.take(8))
            output.count += 1
            remaining -= 1
        }
        guard bits.input.count - bits.position >= remaining else { throw .truncated }
        if remaining > 0, let base = bits.input.baseAddress {
            (output.storage + output.count).update(from: base + bits.position, count: remaining)
            output.count += remaining
            bits.position += remaining
        }
    }

    private mutating func dynamicTables() throws(InflateError) -> (literals: HuffmanTable, distances: HuffmanTable) {
        let literalCount = try bits.take(5) + 257
        let distanceCount = try bits.take(5) + 1
        let codeLengthCount = try bits.take(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCodeLengths }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            codeLengthLengths[Self.codeLengthOrder[index]] = UInt8(try bits.take(3))
        }
        let codeLengthTable = try HuffmanTable(lengths: codeLengthLengths[...])
        // A code length code must be complete (zlib refuses an incomplete one too).
        guard codeLengthTable.entries.allSatisfy({ $0 & 15 != 0 }) else { throw .invalidCodeLengths }
        let total = literalCount + distanceCount
        var lengths = [UInt8](repeating: 0, count: total)
        var index = 0
        while index < total {
            let symbol = try bits.decode(codeLengthTable)
            switch symbol {
            case 0...15:
                lengths[index] = UInt8(symbol)
                index += 1
            case 16:
                guard index > 0 else { throw .invalidCodeLengths }
                let repeated = try bits.take(2) + 3
                guard index + repeated <= total else { throw .invalidCodeLengths }
                let previous = lengths[index - 1]
                for _ in 0..<repeated {
                    lengths[index] = previous
                    index += 1
                }
            case 17, 18:
                let zeros = symbol == 17 ? try bits.take(3) + 3 : try bits.take(7) + 11
                guard index + zeros <= total else { throw .invalidCodeLengths }
                index += zeros
            default: throw .invalidCode
            }
        }
        // Without an end-of-block code the block could never end.
        guard lengths[256] != 0 else { throw .invalidCode }
        let literals = try HuffmanTable(lengths: lengths[0..<literalCount])
        let distances = try HuffmanTable(lengths: lengths[literalCount..<total])
        return (literals, distances)
    }

    private mutating func huffmanBlock(literals: HuffmanTable, distances: HuffmanTable) throws(InflateError) {
        while true {
            let symbol = try bits.decode(literals)
            if symbol < 256 {
                if output.count == output.capacity { try output.reserve(1) }
                output.storage[output.count] = UInt8(truncatingIfNeeded: symbol)
                output.count += 1
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < 29 else { throw .invalidCode }
            let length = Self.lengthBase[lengthIndex] + (try bits.take(Self.lengthExtra[lengthIndex]))
            let distanceSymbol = try bits.decode(distances)
            guard distanceSymbol < 30 else { throw .invalidCode }
            let distance = Self.distanceBase[distanceSymbol] + (try bits.take(Self.distanceExtra[distanceSymbol]))
            guard distance <= output.count else { throw .distanceTooFarBack }
            try output.reserve(length)
            let storage = output.storage
            var target = output.count
            var source = target - distance
            if distance >= length {
                (storage + target).update(from: storage + source, count: length)
            } else {
                for _ in 0..<length {
                    storage[target] = storage[source]
                    target += 1
                    source += 1
                }
            }
            output.count += length
        }
    }
}
