import Foundation

/// Writes JSON text with a stable layout: keys in the order given, two-space indentation.
///
/// Used for every JSON output of the tool so that the same input gives the same bytes.
package struct JSONWriter: Sendable {
    private var output: [UInt8] = []
    /// Output finished before `output`, kept apart so that parts written elsewhere are not copied.
    private var segments: [[UInt8]] = []
    private var indent = 0
    private var needsComma: [Bool] = []
    private let pretty: Bool

    /// A writer; `pretty` adds line breaks and indentation.
    package init(pretty: Bool = true) {
        self.pretty = pretty
        output.reserveCapacity(4096)
    }

    /// A writer that goes on from `other`'s place in a document with an empty output, to write a
    /// part of the same document elsewhere (on another thread) and ``append(_:)`` it after.
    /// `hasElements`: whether the innermost array or object already has members before this part.
    package init(continuing other: JSONWriter, hasElements: Bool) {
        pretty = other.pretty
        indent = other.indent
        needsComma = other.needsComma
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = hasElements || needsComma[needsComma.count - 1] }
    }

    /// Appends the output of a writer made by ``init(continuing:hasElements:)`` and takes its place.
    package mutating func append(_ part: JSONWriter) {
        segments.append(output)
        segments += part.segments
        segments.append(part.output)
        output = []
        indent = part.indent
        if part.needsComma.count == needsComma.count, let last = part.needsComma.last {
            needsComma[needsComma.count - 1] = needsComma[needsComma.count - 1] || last
        }
    }

    /// Ends the output with a line break.
    package mutating func appendNewline() {
        output.append(0x0A)
    }

    /// Reserves room for `count` bytes of output.
    package mutating func reserveCapacity(_ count: Int) {
        output.reserveCapacity(count)
    }

    /// The text written so far.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The UTF-8 bytes written so far.
    package var bytes: [UInt8] { segments.isEmpty ? output : segments.joined() + output }

    /// The UTF-8 bytes written so far, copied once.
    package var data: Data {
        var data = Data(capacity: segments.reduce(output.count) { $0 + $1.count })
        for segment in segments { data.append(contentsOf: segment) }
        data.append(contentsOf: output)
        return data
    }

    /// A string as a JSON string literal.
    package static func quoted(_ string: String) -> String {
        var bytes: [UInt8] = []
        appendQuoted(string, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `string` as a JSON string literal: `"`, `\\` and control characters escaped, the rest as is.
    package static func appendQuoted(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        let done = string.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            appendEscaped(utf8, to: &output)
            return true
        }
        if done == nil {
            var copy = string
            copy.withUTF8 { appendEscaped($0, to: &output) }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Appends UTF-8 text with `"`, `\\` and control characters escaped.
    @inline(__always)
    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var plainStart = 0
        for offset in 0..<utf8.count {
            let byte = utf8[offset]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<offset]))
            plainStart = offset + 1
            switch byte {
            case UInt8(ascii: "\""): output += [0x5C, 0x22]
            case UInt8(ascii: "\\"): output += [0x5C, 0x5C]
            case 0x0A: output += [0x5C, UInt8(ascii: "n")]
            case 0x0D: output += [0x5C, UInt8(ascii: "r")]
            case 0x09: output += [0x5C, UInt8(ascii: "t")]
            case 0x08: output += [0x5C, UInt8(ascii: "b")]
            case 0x0C: output += [0x5C, UInt8(ascii: "f")]
            default:
                let hex = Array("0123456789abcdef".utf8)
                output += [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart...]))
    }

    /// A line break and the spaces of the deepest indentation written.
    private static let indentation: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 256)

    /// A line break and `level` levels of indentation.
    @inline(__always)
    private mutating func newline(_ level: Int) {
        let count = 1 + 2 * level
        if count <= Self.indentation.count {
            Self.indentation.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count])) }
        } else {
            output.append(0x0A)
            output += [UInt8](repeating: 0x20, count: 2 * level)
        }
    }

    private mutating func beginValue(key: String?) {
        if let last = needsComma.last {
            if last { output.append(UInt8(ascii: ",")) }
            needsComma[needsComma.count - 1] = true
            if pretty { newline(indent) }
        }
        if let key {
            Self.appendQuoted(key, to: &output)
            output.append(UInt8(ascii: ":"))
            if pretty { output.append(0x20) }
        }
    }

    /// Opens an object, as a member `key` of the enclosing object or as an element.
    package mutating func beginObject(_ key: String? = nil) {
        beginValue(key: key)
        output.append(UInt8(ascii: "{"))
        indent += 1
        needsComma.append(false)
    }

    /// Closes the innermost object.
    package mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    /// Opens an array.
    package mutating func beginArray(_ key: String? = nil) {
        beginValue(key: key)
        output.append(UInt8(ascii: "["))
        indent += 1
        needsComma.append(false)
    }

    /// Closes the innermost array.
    package mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    private mutating func close(_ bracket: UInt8) {
        indent -= 1
        let hadMembers = needsComma.removeLast()
        if pretty && hadMembers { newline(indent) }
        output.append(bracket)
    }

    /// Writes a string member or element.
    package mutating func string(_ key: String?, _ value: String) {
        beginValue(key: key)
        Self.appendQuoted(value, to: &output)
    }

    /// Writes a string, or `null`.
    package mutating func string(_ key: String?, _ value: String?) {
        if let value { string(key, value) } else { null(key) }
    }

    /// Writes a number from its exact text.
    package mutating func number(_ key: String?, _ text: String) {
        beginValue(key: key)
        output += text.utf8
    }

    /// Writes an exact number. A decimal of at most six places is written as it is; any other
    /// value (a quotient such as 3/14) is written rounded half away from zero to
    /// ``fractionApproximationDigits`` decimals, followed, in an object, by the member
    /// `<key>Exact` with the exact reduced fraction `"numerator/denominator"`.
    package mutating func number(_ key: String?, _ value: ExactDecimal) {
        beginValue(key: key)
        if value.isDecimal {
            value.appendExactText(to: &output)
            return
        }
        output += value.decimalText(fractionDigits: Self.fractionApproximationDigits).utf8
        if let key { string(key + "Exact", value.fractionText) }
    }

    /// Writes an object of numbers keyed by id (`"fields": { "1": 12.5, … }`), each number as
    /// `number(_:_:)` writes it but without a sibling; then, under
    /// `<key>Exact`, an object with the exact fraction of each value that is not a decimal of six
    /// places (empty when there is none), so that every key of the first object stays an id.
    package mutating func idMap(_ key: String, _ values: [(String, ExactDecimal?)]) {
        beginObject(key)
        for (id, value) in values {
            guard let value else {
                null(id)
                continue
            }
            beginValue(key: id)
            if value.isDecimal {
                value.appendExactText(to: &output)
            } else {
                output += value.decimalText(fractionDigits: Self.fractionApproximationDigits).utf8
            }
        }
        endObject()
        beginObject(key + "Exact")
        for (id, value) in values {
            if let value, !value.isDecimal { string(id, value.fractionText) }
        }
        endObject()
    }

    /// Writes an exact number, or `null`.
    package mutating func number(_ key: String?, _ value: ExactDecimal?) {
        if let value { number(key, value) } else { null(key) }
    }

    /// The decimals of the number written for a value that is not a decimal of six places.
    package static let fractionApproximationDigits = 12

    /// Writes an integer.
    package mutating func number(_ key: String?, _ value: Int) {
        beginValue(key: key)
        ExactDecimal.appendDigits(of: value.magnitude, negative: value < 0, to: &output)
    }

    /// Writes a boolean.
    package mutating func bool(_ key: String?, _ value: Bool) {
        beginValue(key: key)
        output += (value ? "true" : "false").utf8
    }

    /// Writes `null`.
    package mutating func null(_ key: String?) {
        beginValue(key: key)
        output += "null".utf8
    }
}

extension ExactDecimal {
    /// Appends ``exactText`` as UTF-8.
    package func appendExactText(to output: inout [UInt8]) {
        guard let raw = plainRaw else {
            output += exactText.utf8
            return
        }
        let magnitude = raw.magnitude
        Self.appendDigits(of: UInt(magnitude / UInt64(Self.scale)), negative: raw < 0, to: &output)
        var fraction = magnitude % UInt64(Self.scale)
        guard fraction != 0 else { return }
        var digits = Self.fractionDigits
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        output.append(UInt8(ascii: "."))
        var buffer: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { bytes in
            for k in stride(from: digits - 1, through: 0, by: -1) {
                bytes[k] = UInt8(ascii: "0") + UInt8(fraction % 10)
                fraction /= 10
            }
            output.append(contentsOf: bytes[0..<digits])
        }
    }

    /// Appends the decimal digits of `value`, after a minus sign when `negative`.
    package static func appendDigits(of value: UInt, negative: Bool, to output: inout [UInt8]) {
        if negative { output.append(UInt8(ascii: "-")) }
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        withUnsafeMutableBytes(of: &buffer) { bytes in
            var position = bytes.count
            var rest = value
            repeat {
                position -= 1
                bytes[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            output.append(contentsOf: bytes[position...])
        }
    }
}
