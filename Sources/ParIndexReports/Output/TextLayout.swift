import ParIndexCore

/// Column layout for terminal text, counting characters (grapheme clusters) so that
/// Vietnamese with diacritics stays aligned once normalised to NFC.
package enum TextLayout {
    /// `text` padded with spaces on the right to `width` characters, cut with `…` when longer.
    package static func left(_ text: String, _ width: Int) -> String {
        let count = text.count
        if count > width { return String(text.prefix(Swift.max(0, width - 1))) + "…" }
        return text + String(repeating: " ", count: width - count)
    }

    /// `text` padded with spaces on the left to `width` characters.
    package static func right(_ text: String, _ width: Int) -> String {
        let count = text.count
        if count >= width { return text }
        return String(repeating: " ", count: width - count) + text
    }

    /// `text` broken into lines of at most `width` characters at spaces.
    package static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
            while line.count > width {
                lines.append(String(line.prefix(width)))
                line = String(line.dropFirst(width))
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
