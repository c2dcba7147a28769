import Foundation

/// Writes JSON text with a stable layout: keys in the order given, two-space indentation.
///
/// Used for every JSON output of the tool so that the same input gives the same bytes.
public struct JSONWriter {
    private(set) var output = ""
    private var indent = 0
    private var needsComma: [Bool] = []
    private let pretty: Bool

    /// A writer; `pretty` adds line breaks and indentation.
    public init(pretty: Bool = true) {
        self.pretty = pretty
        output.reserveCapacity(4096)
    }

    /// The text written so far.
    public var text: String { output }

    /// A string as a JSON string literal.
    public static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        result += "\""
        return result
    }

    private mutating func beginValue(key: String?) {
        if let last = needsComma.last {
            if last { output += "," }
            needsComma[needsComma.count - 1] = true
            if pretty {
                output += "\n"
                output += String(repeating: "  ", count: indent)
            }
        }
        if let key {
            output += Self.quoted(key)
            output += pretty ? ": " : ":"
        }
    }

    /// Opens an object, as a member `key` of the enclosing object or as an element.
    public mutating func beginObject(_ key: String? = nil) {
        beginValue(key: key)
        output += "{"
        indent += 1
        needsComma.append(false)
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        close("}")
    }

    /// Opens an array.
    public mutating func beginArray(_ key: String? = nil) {
        beginValue(key: key)
        output += "["
        indent += 1
        needsComma.append(false)
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        close("]")
    }

    private mutating func close(_ bracket: String) {
        indent -= 1
        let hadMembers = needsComma.removeLast()
        if pretty && hadMembers {
            output += "\n"
            output += String(repeating: "  ", count: indent)
        }
        output += bracket
    }

    /// Writes a string member or element.
    public mutating func string(_ key: String?, _ value: String) {
        beginValue(key: key)
        output += Self.quoted(value)
    }

    /// Writes a string, or `null`.
    public mutating func string(_ key: String?, _ value: String?) {
        if let value { string(key, value) } else { null(key) }
    }

    /// Writes a number from its exact text.
    public mutating func number(_ key: String?, _ text: String) {
        beginValue(key: key)
        output += text
    }

    /// Writes an exact decimal.
    public mutating func number(_ key: String?, _ value: ExactDecimal) {
        number(key, value.exactText)
    }

    /// Writes an integer.
    public mutating func number(_ key: String?, _ value: Int) {
        number(key, String(value))
    }

    /// Writes a boolean.
    public mutating func bool(_ key: String?, _ value: Bool) {
        beginValue(key: key)
        output += value ? "true" : "false"
    }

    /// Writes `null`.
    public mutating func null(_ key: String?) {
        beginValue(key: key)
        output += "null"
    }
}
