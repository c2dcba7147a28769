import Foundation

/// Escapes text for HTML and SVG, and makes safe anchor ids.
enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, and control characters
    /// other than tab and newline dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An id for an in-page anchor: `prefix-` followed by `raw` with every character other than
    /// ASCII letters, digits, `-`, `_` and `.` replaced by `-`.
    static func anchor(_ prefix: String, _ raw: String) -> String {
        var out = prefix + "-"
        for scalar in raw.unicodeScalars {
            let ascii = scalar.isASCII
            let keep = ascii && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_" || scalar == ".")
            out.unicodeScalars.append(keep ? scalar : "-")
        }
        return out
    }
}
