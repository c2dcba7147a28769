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
            var bucket = Int(truncatingIfNeeded: Self.hash(utf8)) & (capacity - 1)
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

    /// FNV-1a over the bytes.
    @inline(__always)
    static func hash<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The value of the key `bytes`, or `nil`.
    @inline(__always)
    func value(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var bucket = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
        return keyBytes.withUnsafeBufferPointer { all in
            while true {
                let entry = buckets[bucket]
                if entry == 0 { return nil }
                let e = entry - 1
                if keyLength[e] == bytes.count {
                    var same = true
                    let s = keyStart[e]
                    for k in 0..<bytes.count where all[s + k] != bytes[k] {
                        same = false
                        break
                    }
                    if same { return keyValue[e] }
                }
                bucket = (bucket + 1) & mask
            }
        }
    }
}
