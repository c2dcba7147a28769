extension ByteCursor {
    /// A string checked as ``text(maxLength:keep:)`` checks it, kept as a `String` equal to the
    /// one the full reader makes: simple escapes (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`)
    /// are undone; a string that may need normalising to NFC gives `nil` (the full path decides).
    mutating func keptText(maxLength: Int) -> String? {
        guard let text = text(maxLength: maxLength, keep: true) else { return nil }
        if text.plain { return String(decoding: text.bytes, as: UTF8.self) }
        guard Self.scalarsAndNFC(text.bytes).1 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.bytes.count)
        var k = 0
        while k < text.bytes.count {
            let byte = text.bytes[k]
            guard byte == UInt8(ascii: "\\"), k + 1 < text.bytes.count else {
                bytes.append(byte)
                k += 1
                continue
            }
            switch text.bytes[k + 1] {
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case let other: bytes.append(other)  // \" \\ \/
            }
            k += 2
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
