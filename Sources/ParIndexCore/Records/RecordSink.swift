/// Where the record readers deliver what they read, one record at a time (records are streamed:
/// nothing is kept per record).
public protocol RecordSink {
    /// A record that passed the identities. `r.idRange` indexes `buffer`, valid only during the call.
    mutating func accept(_ r: DossierRecord, buffer: UnsafeBufferPointer<UInt8>, values: RecordValues)
    /// A record left out.
    mutating func reject(_ problem: RecordProblem)
}

/// Checks UTF-8 without decoding: ASCII eight bytes at a time, then the sequences of RFC 3629.
public enum UTF8Check {
    /// Whether `b[start..<end]` is well-formed UTF-8.
    @inline(__always)
    public static func isValid(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        guard let base = b.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        while i < end {
            while i + 8 <= end, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < end else { break }
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            var need = 0
            var minimum: UInt32 = 0
            var scalar: UInt32 = 0
            if c & 0xE0 == 0xC0 {
                need = 1
                minimum = 0x80
                scalar = UInt32(c & 0x1F)
            } else if c & 0xF0 == 0xE0 {
                need = 2
                minimum = 0x800
                scalar = UInt32(c & 0x0F)
            } else if c & 0xF8 == 0xF0 {
                need = 3
                minimum = 0x10000
                scalar = UInt32(c & 0x07)
            } else {
                return false
            }
            guard i + need < end else { return false }
            for k in 1...need {
                let next = b[i + k]
                guard next & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return false }
            i += need + 1
        }
        return true
    }
}
