import Foundation

/// Where and why a byte sequence is not acceptable JSON.
package struct JSONSyntaxError: Error, Sendable, Equatable {
    /// The 1-based line of the offending byte.
    package var line: Int
    /// The 1-based column (in characters) of the offending byte.
    package var column: Int
    /// The JSON path of the value being read when the error was found.
    package var path: JSONPath
    /// What kind of syntax error this is.
    package var code: DiagnosticCode
    /// The values the error is about, by the names of the code's wording.
    package var arguments: [String: DiagnosticArgument]
    /// For a number typed as a person writes it (`41830,5`, `96,5%`): the key it is the value of
    /// and the raw text, so that a reader who knows the key's type can say what to write.
    package var typedValue: (key: String, raw: String)?

    package static func == (a: JSONSyntaxError, b: JSONSyntaxError) -> Bool {
        a.line == b.line && a.column == b.column && a.path == b.path && a.code == b.code && a.arguments == b.arguments
            && a.typedValue?.key == b.typedValue?.key && a.typedValue?.raw == b.typedValue?.raw
    }

    /// What is wrong, in Vietnamese and English.
    package var message: LocalizedText {
        LocalizedText(vi: DiagnosticMessages.render(code, arguments, .vi), en: DiagnosticMessages.render(code, arguments, .en))
    }
}

/// A strict JSON parser (RFC 8259) with the limits a tool reading hand-typed files needs.
///
/// It accepts a UTF-8 byte-order mark and CRLF line ends, refuses UTF-16 and invalid UTF-8,
/// duplicate keys, `NaN`, `Infinity`, comments and trailing commas, and nesting deeper than
/// ``maximumDepth``. Strings are normalised to Unicode NFC.
package struct JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    package static let maximumDepth = 128
    /// The longest string accepted, in bytes.
    package static let maximumStringBytes = 1 << 20
    /// The longest number accepted, in characters.
    package static let maximumNumberCharacters = 64

    private let bytes: [UInt8]
    private var index: Int
    private var path = JSONPath()

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        self.index = 0
    }

    /// Parses a whole document.
    package static func parse(_ data: Data) throws(JSONSyntaxError) -> JSONValue {
        try parse(bytes: [UInt8](data))
    }

    /// Parses a whole document.
    package static func parse(bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        return try parser.parseDocument()
    }

    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
            throw failure(.jsonUTF16)
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        if bytes.count >= 2, bytes[index...].prefix(2).contains(0) {
            throw failure(.jsonNulByte)
        }
        skipWhitespace()
        if index == bytes.count {
            throw failure(.jsonEmpty)
        }
        let value = try parseValue(depth: 0)
        skipWhitespace()
        if index < bytes.count {
            throw failure(.jsonTrailingData)
        }
        return value
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else {
            throw failure(.jsonMissingValue)
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            throw failure(.jsonNaNOrInfinity)
        case UInt8(ascii: "/"):
            throw failure(.jsonComment)
        default:
            throw failure(.jsonUnexpectedCharacter, ["found": .string(describeByte())])
        }
    }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count, bytes[index..<(index + expected.count)].elementsEqual(expected) else {
            throw failure(.jsonInvalidLiteral, ["expected": .string(word)])
        }
        index += expected.count
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        try checkDepth(depth)
        index += 1
        var object = JSONObject()
        var seen: Set<String> = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else {
                throw failure(.jsonUnclosedObject)
            }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "}") {
                    throw failure(.jsonTrailingComma, ["bracket": "}"])
                }
                throw failure(.jsonExpectedKey, ["found": .string(describeByte())])
            }
            let keyStart = index
            let key = try parseString()
            let duplicate = object.count < 12 ? object.keys.contains(key) : seen.contains(key)
            if duplicate {
                index = keyStart
                path.append(.key(key))
                throw failure(.jsonDuplicateKey, ["key": .string(key)])
            }
            if object.count >= 11 {
                if seen.isEmpty { seen.formUnion(object.keys) }
                seen.insert(key)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw index < bytes.count
                    ? failure(.jsonExpectedColon)
                    : failure(.jsonTruncatedAfterKey)
            }
            index += 1
            skipWhitespace()
            path.append(.key(key))
            let valueStart = index
            let value = try parseValue(depth: depth)
            if case .number = value {
                try checkTypedNumber(key: key, start: valueStart)
            }
            path.removeLast()
            object.append(key: key, value: value)
            skipWhitespace()
            guard index < bytes.count else {
                throw failure(.jsonUnclosedObject)
            }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(object)
            default:
                throw failure(.jsonExpectedCommaOrBrace, ["found": .string(describeByte())])
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        try checkDepth(depth)
        index += 1
        var array: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(array)
        }
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                throw failure(.jsonTrailingComma, ["bracket": "]"])
            }
            path.append(.index(array.count))
            let value = try parseValue(depth: depth)
            path.removeLast()
            array.append(value)
            skipWhitespace()
            guard index < bytes.count else {
                throw failure(.jsonUnclosedArray)
            }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(array)
            default:
                throw failure(.jsonExpectedCommaOrBracket, ["found": .string(describeByte())])
            }
        }
    }

    private func checkDepth(_ depth: Int) throws(JSONSyntaxError) {
        if depth > Self.maximumDepth {
            throw failure(.jsonTooDeep, ["limit": .value(Self.maximumDepth)])
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw failure(.jsonInvalidNumber)
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                throw failure(.jsonLeadingZero)
            }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw failure(.jsonDigitAfterPoint)
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw failure(.jsonDigitInExponent)
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index - start > Self.maximumNumberCharacters {
            index = start
            throw failure(.jsonNumberTooLong, ["limit": .value(Self.maximumNumberCharacters)])
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1
        let start = index
        var hasEscapes = false
        var isASCII = true
        while true {
            guard index < bytes.count else {
                throw failure(.jsonUnclosedString)
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                index += 2
                continue
            }
            if byte < 0x20 {
                throw failure(.jsonControlCharacter, ["character": "U+\(hex(UInt32(byte)))"])
            }
            if byte >= 0x80 { isASCII = false }
            index += 1
        }
        let end = index
        index += 1
        if end - start > Self.maximumStringBytes {
            index = start
            throw failure(.jsonStringTooLong, ["limit": .value(Self.maximumStringBytes)])
        }
        var text: String
        if hasEscapes {
            text = try unescape(start, end)
        } else {
            let decoded = bytes.withUnsafeBufferPointer { buffer in
                String(validating: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
            }
            guard let decoded else {
                index = start
                throw failure(.jsonInvalidUTF8)
            }
            text = decoded
        }
        if !isASCII || hasEscapes, !Self.isSurelyNFC(text) { text = text.precomposedStringWithCanonicalMapping }
        return text
    }

    /// Whether every scalar of `text` is one that NFC leaves alone and that never combines with
    /// its neighbour: Latin letters below U+0300 and the precomposed Vietnamese letters of
    /// U+1E00–U+1EFF, common punctuation. Anything else (combining marks, other scripts) takes
    /// the full normalisation.
    static func isSurelyNFC(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x300, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20AB: continue
            default: return false
            }
        }
        return true
    }

    private mutating func unescape(_ start: Int, _ end: Int) throws(JSONSyntaxError) -> String {
        var scalars = String.UnicodeScalarView()
        var chunkStart = start
        var i = start
        func flush(_ upTo: Int) -> Bool {
            guard upTo > chunkStart else { return true }
            guard let chunk = String(validating: bytes[chunkStart..<upTo], as: UTF8.self) else { return false }
            scalars.append(contentsOf: chunk.unicodeScalars)
            return true
        }
        while i < end {
            guard bytes[i] == UInt8(ascii: "\\") else {
                i += 1
                continue
            }
            guard flush(i) else {
                index = chunkStart
                throw failure(.jsonInvalidUTF8)
            }
            guard i + 1 < end else { break }
            let escaped = bytes[i + 1]
            i += 2
            switch escaped {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                guard let high = hex4(at: i, end: end) else {
                    index = i - 2
                    throw failure(.jsonBadUnicodeEscape)
                }
                i += 4
                if (0xD800...0xDBFF).contains(high) {
                    guard i + 6 <= end, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u"),
                        let low = hex4(at: i + 2, end: end), (0xDC00...0xDFFF).contains(low)
                    else {
                        index = i - 6
                        throw failure(.jsonIncompleteSurrogate)
                    }
                    i += 6
                    let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
                } else if (0xDC00...0xDFFF).contains(high) {
                    index = i - 6
                    throw failure(.jsonLoneSurrogate)
                } else if let scalar = Unicode.Scalar(high) {
                    scalars.append(scalar)
                }
            default:
                index = i - 2
                throw failure(.jsonInvalidEscape)
            }
            chunkStart = i
        }
        guard flush(end) else {
            index = chunkStart
            throw failure(.jsonInvalidUTF8)
        }
        return String(scalars)
    }

    private func hex4(at position: Int, end: Int) -> UInt32? {
        guard position + 4 <= end else { return nil }
        var value: UInt32 = 0
        for byte in bytes[position..<(position + 4)] {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func describeByte() -> String {
        guard index < bytes.count else { return "EOF" }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if let scalar = scalarAtIndex(), scalar.value >= 0x80, !scalar.properties.isWhitespace, scalar.properties.generalCategory != .control {
            return "'\(Character(scalar))' (U+\(hex(scalar.value)))"
        }
        if let scalar = scalarAtIndex(), scalar.value >= 0x80 { return "U+\(hex(scalar.value))" }
        return "0x" + String(byte, radix: 16, uppercase: true)
    }

    /// The Unicode scalar whose UTF-8 starts at `index`, if the bytes there are valid UTF-8.
    private func scalarAtIndex() -> Unicode.Scalar? {
        guard index < bytes.count else { return nil }
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
        guard length > 0, index + length <= bytes.count else { return nil }
        return String(validating: bytes[index..<(index + length)], as: UTF8.self)?.unicodeScalars.first
    }

    /// Quotes that word processors put in place of `"` and `'`.
    static let typographicQuotes: Set<UInt32> = [0x201C, 0x201D, 0x2018, 0x2019, 0x201E, 0x00AB, 0x00BB]

    /// Refuses a number followed by what a person adds to it: a decimal comma (`41830,5`), a
    /// percent sign or words (`96,5%`, `950 hồ sơ`). Valid JSON such as `1, "b"` passes.
    private mutating func checkTypedNumber(key: String, start: Int) throws(JSONSyntaxError) {
        guard index < bytes.count else { return }
        let next = bytes[index]
        let commaDigit = next == UInt8(ascii: ",") && index + 1 < bytes.count && isDigit(bytes[index + 1])
        var lookahead = index
        while lookahead < bytes.count, bytes[lookahead] == 0x20 || bytes[lookahead] == 0x09 { lookahead += 1 }
        let trailing = lookahead < bytes.count ? bytes[lookahead] : UInt8(ascii: "}")
        let stuck =
            !commaDigit
            && !(trailing == UInt8(ascii: ",") || trailing == UInt8(ascii: "}") || trailing == 0x0A || trailing == 0x0D)
            && (trailing == UInt8(ascii: "%") || trailing == UInt8(ascii: ".") || trailing >= 0x80 || (lookahead > index && isDigit(trailing))
                || (trailing | 0x20 >= UInt8(ascii: "a") && trailing | 0x20 <= UInt8(ascii: "z")))
        guard commaDigit || stuck else { return }
        // The raw text: up to the end of the line, the next key or the end of the object.
        var end = index
        while end < bytes.count, ![0x0A, 0x0D, UInt8(ascii: "\""), UInt8(ascii: "}"), UInt8(ascii: "]")].contains(bytes[end]) { end += 1 }
        var raw = String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces
        while raw.hasSuffix(",") { raw = String(raw.dropLast()).trimmingSpaces }
        index = start
        var error = failure(commaDigit && !raw.contains("%") ? .jsonCommaDecimal : .jsonTypedNumber, ["raw": .string(raw)])
        if commaDigit, !raw.contains("%"), let typed = TypedNumber(raw), typed.words.isEmpty {
            error.arguments["suggestion"] = .string(typed.canonical)
        } else if commaDigit, !raw.contains("%") {
            error.code = .jsonTypedNumber
        }
        error.typedValue = (key, raw)
        throw error
    }

    private func failure(_ code: DiagnosticCode, _ arguments: [String: DiagnosticArgument] = [:]) -> JSONSyntaxError {
        let (line, column) = lineAndColumn(of: min(index, bytes.count))
        if arguments["found"] != nil, let scalar = scalarAtIndex(), Self.typographicQuotes.contains(scalar.value) {
            let quote = "\(Character(scalar)) (U+\(hex(scalar.value)))"
            return JSONSyntaxError(line: line, column: column, path: path, code: .jsonTypographicQuote, arguments: ["quote": .string(quote)])
        }
        return JSONSyntaxError(line: line, column: column, path: path, code: code, arguments: arguments)
    }

    private func lineAndColumn(of offset: Int) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for position in 0..<offset where bytes[position] == 0x0A {
            line += 1
            lineStart = position + 1
        }
        // Columns count characters, not bytes: continuation bytes of UTF-8 are not counted.
        let column = bytes[lineStart..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return (line, column)
    }
}
