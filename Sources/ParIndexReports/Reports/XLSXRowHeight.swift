/// The height of a worksheet row whose text wraps, so that the whole text shows when the file is
/// opened and printed: LibreOffice and Excel keep a written row's height and do not always fit it
/// to wrapped text themselves.
enum XLSXRowHeight {
    /// The points of one line of 11-point Times New Roman, with its spacing.
    static let line = 13.5

    /// The row's height in points, or `nil` for the default height (one line, nothing larger).
    static func points(_ row: [XLSXCell], widths: [Double]) -> Double? {
        var lines = 1
        var heading = false
        for (offset, cell) in row.enumerated() {
            guard case .text(let text, let style) = cell else { continue }
            switch style {
            case .heading: heading = true
            case .header, .wrapped:
                let width = offset < widths.count ? widths[offset] : 10
                lines = max(lines, wrappedLines(text, width: width))
            default: continue
            }
        }
        if lines > 1 { return Double(lines) * line + 3 }
        return heading ? 21 : nil
    }

    /// How many lines `text` takes in a column `width` characters wide, words kept whole.
    static func wrappedLines(_ text: String, width: Double) -> Int {
        // A column's width is counted in digits of the default font; Times New Roman's letters are
        // narrower on average (about 1.2 letters a digit), its capitals about as wide.
        let budget = max(Int(width * 1.15) - 1, 1)
        var total = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var lines = 1
            var used = 0
            for word in paragraph.split(separator: " ") {
                let length = word.count
                if used == 0 {
                    used = length
                } else if used + 1 + length <= budget {
                    used += 1 + length
                } else {
                    lines += 1
                    used = length
                }
                while used > budget {
                    lines += 1
                    used -= budget
                }
            }
            total += lines
        }
        return max(total, 1)
    }
}
