import Foundation
import ParIndexCore

/// Escapes text for HTML and SVG, and makes safe anchor ids.
enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities and the characters XML 1.0
    /// forbids dropped: the same rules as the workbook's XML (``XMLText``), valid in HTML too.
    static func escape(_ text: String) -> String {
        XMLText.escape(text)
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
