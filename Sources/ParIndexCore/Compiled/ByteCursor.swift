extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes are those of `text`.
    @inline(__always)
    func equals(_ text: StaticString) -> Bool {
        guard count == text.utf8CodeUnitCount else { return false }
        let other = text.utf8Start
        for k in 0..<count where self[k] != other[k] { return false }
        return true
    }

    /// Whether the bytes are `bytes`.
    @inline(__always)
    func equals(_ bytes: [UInt8]) -> Bool {
        guard count == bytes.count else { return false }
        for k in 0..<count where self[k] != bytes[k] { return false }
        return true
    }
}

/// A cursor over the bytes of one JSON document for ``SlotDecoder``: it reads only the plain
/// forms of JSON values and answers `nil` (or `false`) for anything else, which sends the
/// document to the full parser. It never reads past `end`.
struct ByteCursor {
    let base: UnsafePointer<UInt8>
    let end: Int
    var position: Int

    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")

    @inline(__always)
    mutating func skipWhitespace() {
        while position < end {
            switch base[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// Consumes `byte` after optional white space.
    @inline(__always)
    mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard position < end, base[position] == byte else { return false }
        position += 1
        return true
    }

    /// Whether only white space is left.
    mutating func atEnd() -> Bool {
        skipWhitespace()
        return position == end
    }

    /// Consumes `{`; `true` when a member follows, `false` for `{}`, `nil` when not an object.
    mutating func beginObject() -> Bool? {
        guard consume(UInt8(ascii: "{")) else { return nil }
        return !consume(UInt8(ascii: "}"))
    }

    /// After a member: `true` when another follows, `false` at `}`, `nil` otherwise.
    mutating func nextMember() -> Bool? {
        if consume(UInt8(ascii: ",")) { return true }
        return consume(UInt8(ascii: "}")) ? false : nil
    }

    /// A key without escapes, and its `:`.
    mutating func key() -> UnsafeBufferPointer<UInt8>? {
        guard let bytes = plainString(), consume(UInt8(ascii: ":")) else { return nil }
        return bytes
    }

    /// The bytes of a string without escapes or control characters (UTF-8 not checked: callers
    /// compare them with known text).
    mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
        guard consume(Self.quote) else { return nil }
        let start = position
        while plainWord() != nil { position += 8 }
        while position < end {
            let byte = base[position]
            if byte == Self.quote {
                position += 1
                return UnsafeBufferPointer(start: base + start, count: position - 1 - start)
            }
            if byte == Self.backslash || byte < 0x20 { return nil }
            position += 1
        }
        return nil
    }

    /// Consumes `null` when it comes next.
    mutating func null() -> Bool {
        skipWhitespace()
        guard position + 4 <= end, base[position] == UInt8(ascii: "n"), base[position + 1] == UInt8(ascii: "u"),
            base[position + 2] == UInt8(ascii: "l"), base[position + 3] == UInt8(ascii: "l")
        else { return false }
        position += 4
        return true
    }

    /// `true` or `false`.
    mutating func bool() -> Bool? {
        skipWhitespace()
        if position + 4 <= end, base[position] == UInt8(ascii: "t"), base[position + 1] == UInt8(ascii: "r"),
            base[position + 2] == UInt8(ascii: "u"), base[position + 3] == UInt8(ascii: "e")
        {
            position += 4
            return true
        }
        if position + 5 <= end, base[position] == UInt8(ascii: "f"), base[position + 1] == UInt8(ascii: "a"),
            base[position + 2] == UInt8(ascii: "l"), base[position + 3] == UInt8(ascii: "s"), base[position + 4] == UInt8(ascii: "e")
        {
            position += 5
            return false
        }
        return nil
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Whether the 8 bytes at `position` are printable ASCII other than `"` and `\\`: the common
    /// case, checked a word at a time.
    @inline(__always)
    private func plainWord() -> UInt64? {
        guard position + 8 <= end else { return nil }
        let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (0x22 &* ones)
        let backslash = word ^ (0x5C &* ones)
        // Exact "some byte is …" tests: ≥ 0x80; < 0x20; zero after the XOR (a quote, a backslash).
        let control = (word &- 0x20 &* ones) & ~word
        let quoteZero = (quote &- ones) & ~quote
        let backslashZero = (backslash &- ones) & ~backslash
        let flagged = (word | control | quoteZero | backslashZero) & high
        return flagged == 0 ? word : nil
    }

    /// A non-negative number without exponent and with at most
    /// ``SubmissionSchema/maximumDecimals`` decimals, up to ``SubmissionSchema/maximumMagnitude``,
    /// as millionths; `wholeOnly` refuses a decimal point. A minus sign is taken only before a
    /// zero (`-0`, `-0.000`), which is zero, as the full validation reads it; any other negative
    /// number is left to the full validation, which explains it.
    mutating func number(wholeOnly: Bool = false) -> Int64? {
        skipWhitespace()
        var negative = false
        if position < end, base[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        guard position < end, Self.isDigit(base[position]) else { return nil }
        if negative {
            guard let value = unsignedNumber(wholeOnly: wholeOnly), value == 0 else { return nil }
            return 0
        }
        return unsignedNumber(wholeOnly: wholeOnly)
    }

    /// ``number(wholeOnly:)`` after its sign: the digits at `position`.
    @inline(__always)
    private mutating func unsignedNumber(wholeOnly: Bool) -> Int64? {
        var value: Int64 = 0
        if base[position] == UInt8(ascii: "0") {
            position += 1
            if position < end, Self.isDigit(base[position]) { return nil }
        } else {
            // Checked digit by digit: the value never exceeds ten times the limit, far from overflow.
            let limit = SubmissionSchema.maximumMagnitude.raw / ExactDecimal.scale
            while position < end, Self.isDigit(base[position]) {
                value = value * 10 + Int64(base[position] &- 0x30)
                guard value <= limit else { return nil }
                position += 1
            }
        }
        var decimals = 0
        if position < end, base[position] == UInt8(ascii: ".") {
            guard !wholeOnly else { return nil }
            position += 1
            while position < end, Self.isDigit(base[position]) {
                guard decimals < SubmissionSchema.maximumDecimals else { return nil }
                value = value * 10 + Int64(base[position] &- 0x30)
                decimals += 1
                position += 1
            }
            guard decimals > 0 else { return nil }
        }
        if position < end, base[position] | 0x20 == UInt8(ascii: "e") { return nil }
        while decimals < ExactDecimal.fractionDigits {
            value *= 10
            decimals += 1
        }
        return value <= SubmissionSchema.maximumMagnitude.raw ? value : nil
    }

    /// A date string `YYYY-MM-DD` that is a real date, as `YYYYMMDD`.
    mutating func date() -> Int64? {
        guard let text = plainString(), text.count == 10, text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-") else { return nil }
        var year = 0
        var month = 0
        var day = 0
        for k in 0..<10 where k != 4 && k != 7 {
            guard Self.isDigit(text[k]) else { return nil }
            let digit = Int(text[k] &- 0x30)
            if k < 4 { year = year * 10 + digit } else if k < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
        }
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        return Int64(year) * 10_000 + Int64(month) * 100 + Int64(day)
    }

    /// A string checked as the full reader checks text: valid UTF-8, no control characters,
    /// only simple escapes, not blank, and surely at most `maxLength` characters. Returns the
    /// bytes between the quotes and, when `keep` asks, whether they can be kept as they are (no
    /// escapes, already NFC); without `keep` that answer is `false`.
    mutating func text(maxLength: Int, keep: Bool = false) -> (bytes: UnsafeBufferPointer<UInt8>, plain: Bool)? {
        guard consume(Self.quote) else { return nil }
        let start = position
        var escaped = false
        var nonBlank = false
        var asciiRun = 8  // try a word at a time at the start, and after eight ASCII bytes in a row
        while true {
            if asciiRun >= 8 {
                while let word = plainWord() {
                    if word != 0x2020_2020_2020_2020 { nonBlank = true }
                    position += 8
                }
                asciiRun = 0
            }
            guard position < end else { return nil }
            let byte = base[position]
            switch Self.classify(byte) {
            case .letter:
                nonBlank = true
                asciiRun += 1
                position += 1
            case .space:
                asciiRun += 1
                position += 1
            case .quote:
                let bytes = UnsafeBufferPointer(start: base + start, count: position - start)
                position += 1
                guard nonBlank else { return nil }
                // Normalising to NFC can at most triple the scalars, and a character has at least
                // one scalar: a string of at most a third of the limit in bytes is surely short enough.
                if !keep && bytes.count * 3 <= maxLength { return (bytes, false) }
                let (scalars, sure) = Self.scalarsAndNFC(bytes)
                guard (sure ? scalars : 3 * scalars) <= maxLength else { return nil }
                return (bytes, sure && !escaped)
            case .backslash:
                guard position + 1 < end else { return nil }
                switch base[position + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"): nonBlank = true
                case UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"): break
                default: return nil
                }
                escaped = true
                position += 2
            case .lead2:
                guard position + 1 < end, base[position + 1] & 0xC0 == 0x80 else { return nil }
                asciiRun = 0
                position += 2
            case .lead3:
                guard position + 2 < end else { return nil }
                let second = base[position + 1]
                let low: UInt8 = byte == 0xE0 ? 0xA0 : 0x80
                let high: UInt8 = byte == 0xED ? 0x9F : 0xBF
                guard second >= low, second <= high, base[position + 2] & 0xC0 == 0x80 else { return nil }
                asciiRun = 0
                position += 3
            case .lead4:
                guard let length = sequenceLength(at: position) else { return nil }
                asciiRun = 0
                position += length
            case .invalid:
                return nil
            }
        }
    }

    /// What a byte can be in a string.
    private enum ByteClass: UInt8 {
        case letter, space, quote, backslash, lead2, lead3, lead4, invalid
    }

    /// The class of a byte: controls and bytes that cannot start a UTF-8 sequence are invalid.
    @inline(__always)
    private static func classify(_ byte: UInt8) -> ByteClass {
        if byte > 0x20 && byte < 0x80 {
            return byte == 0x22 ? .quote : byte == 0x5C ? .backslash : .letter
        }
        switch byte {
        case 0x20: return .space
        case 0xC2...0xDF: return .lead2
        case 0xE0...0xEF: return .lead3
        case 0xF0...0xF4: return .lead4
        default: return .invalid
        }
    }

    /// The number of scalars of checked string bytes (an escape counts one), and whether NFC
    /// surely leaves every one alone.
    static func scalarsAndNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Bool) {
        guard let base = bytes.baseAddress else { return (0, true) }
        var cursor = ByteCursor(base: base, end: bytes.count, position: 0)
        var scalars = 0
        var sure = true
        while cursor.position < bytes.count {
            let byte = bytes[cursor.position]
            if byte < 0x80 {
                cursor.position += byte == Self.backslash ? 2 : 1
            } else if let (length, isSure) = cursor.scalar(at: cursor.position) {
                if !isSure { sure = false }
                cursor.position += length
            } else {
                return (Int.max / 4, false)
            }
            scalars += 1
        }
        return (scalars, sure)
    }

    /// The length of the valid UTF-8 sequence at `index` (its first byte at or above 0x80), or `nil`.
    @inline(__always)
    private func sequenceLength(at index: Int) -> Int? {
        let lead = base[index]
        @inline(__always) func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            guard index + k < end else { return false }
            let byte = base[index + k]
            return byte >= low && byte <= high
        }
        switch lead {
        case 0xC2...0xDF: return continuation(1) ? 2 : nil
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : nil
        case 0xE0: return continuation(1, 0xA0) && continuation(2) ? 3 : nil
        case 0xED: return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : nil
        case 0xF0: return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4: return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : nil
        default: return nil
        }
    }

    /// The length of the UTF-8 scalar at `at`, and whether NFC surely leaves it alone (the set of
    /// `JSONParser.isSurelyNFC(_:)`); `nil` when the bytes are not valid UTF-8.
    @inline(__always)
    func scalar(at index: Int) -> (Int, Bool)? {
        let lead = base[index]
        @inline(__always) func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> UInt8? {
            guard index + k < end else { return nil }
            let byte = base[index + k]
            return byte >= low && byte <= high ? byte : nil
        }
        switch lead {
        case 0xC2...0xDF:
            guard continuation(1) != nil else { return nil }
            return (2, lead <= 0xCB)
        case 0xE0...0xEF:
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
            guard let second = continuation(1, low, high), let third = continuation(2) else { return nil }
            let value = (UInt32(lead & 0x0F) << 12) | (UInt32(second & 0x3F) << 6) | UInt32(third & 0x3F)
            let sure = (0x1E00...0x1EFF).contains(value) || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || value == 0x20AB
            return (3, sure)
        case 0xF0...0xF4:
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            guard continuation(1, low, high) != nil, continuation(2) != nil, continuation(3) != nil else { return nil }
            return (4, false)
        default:
            return nil
        }
    }
}
