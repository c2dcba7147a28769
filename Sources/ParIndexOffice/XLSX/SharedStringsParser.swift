/// Reads `xl/sharedStrings.xml`: the table of texts that cells of type `s` point into.
enum SharedStringsParser {
    /// The strings in table order; rich-text runs are joined, phonetic runs (`rPh`) left out.
    static func parse(_ xml: XMLPullReader, limits: XLSXLimits) throws(OfficeError) -> [String] {
        var reader = xml
        var strings: [String] = []
        var current = ""
        var inItem = false
        var inText = false
        var phoneticDepth = 0
        while let event = try reader.next() {
            switch event {
            case .start(let tag):
                switch tag.localName {
                case "si":
                    inItem = true
                    current = ""
                case "rPh": phoneticDepth += 1
                case "t": inText = inItem && phoneticDepth == 0
                default: break
                }
            case .end(let name):
                switch XMLStartTag.localName(name) {
                case "si":
                    inItem = false
                    strings.append(SpreadsheetText.unescape(current))
                case "rPh": phoneticDepth -= 1
                case "t": inText = false
                default: break
                }
            case .text(let text):
                if inText {
                    current += text
                    if current.utf8.count > limits.maximumCellCharacters * 4 || current.count > limits.maximumCellCharacters {
                        throw OfficeError(
                            file: "", part: "xl/sharedStrings.xml",
                            reason: .cellTextTooLong(length: current.count, limit: limits.maximumCellCharacters)
                        ).named(reader)
                    }
                }
            }
        }
        return strings
    }
}

extension OfficeError {
    /// The error with the file of `reader` (set where the file name is not at hand).
    func named(_ reader: XMLPullReader) -> OfficeError {
        var copy = self
        copy.file = reader.fileName
        return copy
    }
}

/// The `_xHHHH_` escapes of SpreadsheetML texts (ECMA-376 Part 1, §22.9.2.19).
enum SpreadsheetText {
    /// `text` with every `_xHHHH_` replaced by the character it stands for.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first {
            if first == "_", scalars.count >= 7, scalars.dropFirst().first == "x",
                scalars[scalars.startIndex + 6] == "_",
                let value = UInt32(String(String.UnicodeScalarView(scalars[scalars.startIndex + 2..<scalars.startIndex + 6])), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                result.unicodeScalars.append(scalar)
                scalars = scalars.dropFirst(7)
            } else {
                result.unicodeScalars.append(first)
                scalars = scalars.dropFirst()
            }
        }
        return result
    }
}
