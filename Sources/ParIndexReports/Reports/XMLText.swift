import ParIndexCore

/// Escaping of text for XML 1.0 documents.
enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped and the characters XML 1.0 forbids
    /// (control characters other than tab and line feed, U+FFFE, U+FFFF) dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether XML 1.0 allows `scalar` in a document (tab and line feed are handled apart;
    /// carriage return is dropped since parsers would turn it into a line feed anyway).
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
