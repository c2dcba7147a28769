/// A fixed table from keys, matched as UTF-8 bytes, to small integers: how the compiled decoder
/// turns a fact, leaf or document id read from a file into its slot without making a `String`.
struct ByteKeyTable: Sendable {
    private let keyBytes: [UInt8]
    private let keyStart: [Int]
    private let keyLength: [Int]
    private let keyValue: [Int]
    /// Open addressing: each bucket holds an entry index + 1, or 0 when empty.
    private let buckets: [Int]
    private let mask: Int

    /// A table of `entries`; a key given twice keeps its first value.
    init(_ entries: [(key: String, value: Int)]) {
        var bytes: [UInt8] = []
        var start: [Int] = []
        var length: [Int] = []
        var value: [Int] = []
        var capacity = 8
        while capacity < entries.count * 2 { capacity *= 2 }
        var buckets = [Int](repeating: 0, count: capacity)
        for (key, v) in entries {
            let utf8 = Array(key.utf8)
            var bucket = Int(truncatingIfNeeded: Self.hash(utf8) >> 32) & (capacity - 1)
            var duplicate = false
            while buckets[bucket] != 0 {
                let other = buckets[bucket] - 1
                if Array(bytes[start[other]..<start[other] + length[other]]) == utf8 {
                    duplicate = true
                    break
                }
                bucket = (bucket + 1) & (capacity - 1)
            }
            if duplicate { continue }
            start.append(bytes.count)
            length.append(utf8.count)
            value.append(v)
            bytes += utf8
            buckets[bucket] = start.count
        }
        keyBytes = bytes
        keyStart = start
        keyLength = length
        keyValue = value
        self.buckets = buckets
        mask = capacity - 1
    }

    /// A hash of at most the first and last eight bytes and the length: keys are short ids that
    /// differ at their ends, and a collision only costs a comparison.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return 0 }
        var first: UInt64 = 0
        var last: UInt64 = 0
        if count >= 8 {
            first = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
            last = UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)
        } else {
            for k in 0..<count { first |= UInt64(base[k]) << (8 * UInt64(k)) }
        }
        var h = (first &* 0x9E37_79B9_7F4A_7C15) ^ (last &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        h ^= h >> 29
        return h &* 0x1656_67B1_9E37_79F9
    }

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
    }

    /// The value of the key `bytes`, or `nil`.
    @inline(__always)
    func value(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var bucket = Int(truncatingIfNeeded: Self.hash(bytes) >> 32) & mask
        return keyBytes.withUnsafeBufferPointer { all in
            buckets.withUnsafeBufferPointer { buckets in
                while true {
                    let entry = buckets[bucket]
                    if entry == 0 { return nil }
                    let e = entry - 1
                    if keyLength[e] == bytes.count,
                        bytes.isEmpty || all.baseAddress.map({ Self.same($0 + keyStart[e], bytes.baseAddress, bytes.count) }) == true
                    {
                        return keyValue[e]
                    }
                    bucket = (bucket + 1) & mask
                }
            }
        }
    }

    @inline(__always)
    private static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
        guard let b else { return count == 0 }
        var k = 0
        while k + 8 <= count {
            if UnsafeRawPointer(a + k).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + k).loadUnaligned(as: UInt64.self) { return false }
            k += 8
        }
        while k < count {
            if a[k] != b[k] { return false }
            k += 1
        }
        return true
    }
}
