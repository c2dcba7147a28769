/// A strict, safe XML 1.0 reader that hands out one event at a time (a "pull" parser).
///
/// ```swift
/// var reader = XMLPullReader(bytes: xml, file: "form.xlsx", part: "xl/workbook.xml")
/// while let event = try reader.next() {
///     if case .start(let tag) = event, tag.localName == "sheet" { print(tag.attribute("name") ?? "") }
/// }
/// ```
///
/// Safe by construction: a DOCTYPE (and so any entity, element or attribute-list declaration) is
/// refused, never expanded; the only entity references are the five predefined ones (`&lt;`
/// `&gt;` `&amp;` `&quot;` `&apos;`) and character references to characters XML allows. The input
/// must be UTF-8 (a byte-order mark is skipped); nesting, text and attribute lengths and the
/// number of attributes are bounded by ``XMLLimits``. Tags must nest and match, attributes must
/// be quoted and not repeated, and there is exactly one root element. Namespaces are not
/// resolved: callers match ``XMLStartTag/localName``. Every failure is an ``OfficeError`` naming
/// the file, the part and the line.
public struct XMLPullReader {
    private let bytes: [UInt8]
    private let file: String
    private let part: String
    private let limits: XMLLimits
    private var position = 0
    private var stack: [String] = []
    private var pendingEnd: String?
    private var sawRoot = false

    /// A reader of the UTF-8 XML in `bytes`, from part `part` of `file` (both used in errors).
    public init(bytes: [UInt8], file: String, part: String, limits: XMLLimits = .default) {
        self.bytes = bytes
        self.file = file
        self.part = part
        self.limits = limits
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The file named in errors.
    public var fileName: String { file }

    /// The part named in errors.
    public var partName: String { part }

    /// The depth of the current element (1 inside the root).
    public var depth: Int { stack.count }

    /// The next event, or nil after the root element has ended.
    public mutating func next() throws(OfficeError) -> XMLEvent? {
        if let name = pendingEnd {
            pendingEnd = nil
            stack.removeLast()
            return .end(name)
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let text = try readText()
                if stack.isEmpty {
                    guard text.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) else {
                        throw syntax("text outside the root element")
                    }
                    continue
                }
                return .text(text)
            }
            if starts(with: "<?") {
                try skip(past: "?>", what: "processing instruction")
                continue
            }
            if starts(with: "<!--") {
                try skip(past: "-->", what: "comment")
                continue
            }
            if starts(with: "<![CDATA[") {
                guard !stack.isEmpty else { throw syntax("CDATA outside the root element") }
                return .text(try readCDATA())
            }
            if starts(with: "<!") { throw fail(.xmlDoctype) }
            if starts(with: "</") { return .end(try readEndTag()) }
            return .start(try readStartTag())
        }
        guard stack.isEmpty, sawRoot else { throw syntax(sawRoot ? "the document ends inside <\(stack.last ?? "")>" : "no root element") }
        return nil
    }

    /// Skips to the end of the current element (after a start event), returning its text content.
    public mutating func readElementText() throws(OfficeError) -> String {
        let target = stack.count - 1
        var text = ""
        while let event = try next() {
            switch event {
            case .text(let piece): text += piece
            case .end where stack.count == target: return text
            default: continue
            }
        }
        return text
    }

    // MARK: - Errors

    private func line(at offset: Int) -> Int {
        var line = 1
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A { line += 1 }
        return line
    }

    private func fail(_ reason: OfficeErrorReason) -> OfficeError {
        OfficeError(file: file, part: part, reason: reason)
    }

    private func syntax(_ detail: String) -> OfficeError {
        fail(.xmlSyntax(line: line(at: position), detail: detail))
    }

    // MARK: - Scanning

    private func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let start = prefix.utf8Start
        for index in 0..<count where bytes[position + index] != start[index] { return false }
        return true
    }

    private mutating func skip(past terminator: StaticString, what: String) throws(OfficeError) {
        let count = terminator.utf8CodeUnitCount
        let start = terminator.utf8Start
        var index = position
        while index + count <= bytes.count {
            var matches = true
            for offset in 0..<count where bytes[index + offset] != start[offset] {
                matches = false
                break
            }
            if matches {
                position = index + count
                return
            }
            index += 1
        }
        throw syntax("unterminated \(what)")
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private mutating func skipSpaces() {
        while position < bytes.count && Self.isSpace(bytes[position]) { position += 1 }
    }

    private mutating func readName() throws(OfficeError) -> String {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=")
                || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
            {
                break
            }
            position += 1
        }
        guard position > start else { throw syntax("a name was expected") }
        let first = bytes[start]
        if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: ".") {
            throw syntax("a name cannot start with \"\(Character(Unicode.Scalar(first)))\"")
        }
        guard let name = String(validating: bytes[start..<position], as: UTF8.self) else { throw syntax("invalid UTF-8 in a name") }
        return name
    }

    private mutating func readStartTag() throws(OfficeError) -> XMLStartTag {
        if sawRoot && stack.isEmpty { throw syntax("a second root element") }
        position += 1
        let name = try readName()
        var attributes: [(name: String, value: String)] = []
        while true {
            let hadSpace = position < bytes.count && Self.isSpace(bytes[position])
            skipSpaces()
            guard position < bytes.count else { throw syntax("the tag <\(name)> is not closed") }
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                position += 1
                try push(name)
                return XMLStartTag(name: name, attributes: attributes)
            }
            if byte == UInt8(ascii: "/") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else { throw syntax("\"/>\" expected") }
                position += 2
                try push(name)
                pendingEnd = name
                return XMLStartTag(name: name, attributes: attributes)
            }
            guard hadSpace else { throw syntax("a space is needed before an attribute") }
            let attributeName = try readName()
            skipSpaces()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw syntax("\"=\" expected after \(attributeName)") }
            position += 1
            skipSpaces()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw syntax("a quoted value expected for \(attributeName)")
            }
            let quote = bytes[position]
            position += 1
            let value = try readCharacters(until: quote, attribute: true)
            position += 1
            guard !attributes.contains(where: { $0.name == attributeName }) else { throw syntax("attribute \(attributeName) repeated") }
            guard attributes.count < limits.maximumAttributes else { throw syntax("more than \(limits.maximumAttributes) attributes") }
            attributes.append((attributeName, value))
        }
    }

    private mutating func push(_ name: String) throws(OfficeError) {
        guard stack.count < limits.maximumDepth else { throw fail(.xmlTooDeep(limit: limits.maximumDepth)) }
        stack.append(name)
        sawRoot = true
    }

    private mutating func readEndTag() throws(OfficeError) -> String {
        position += 2
        let name = try readName()
        skipSpaces()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { throw syntax("\">\" expected after </\(name)") }
        position += 1
        guard let open = stack.last else { throw syntax("</\(name)> without an open element") }
        guard open == name else { throw syntax("</\(name)> closes <\(open)>") }
        stack.removeLast()
        return name
    }

    private mutating func readText() throws(OfficeError) -> String {
        try readCharacters(until: UInt8(ascii: "<"), attribute: false)
    }

    private mutating func readCDATA() throws(OfficeError) -> String {
        position += 9
        let start = position
        try skip(past: "]]>", what: "CDATA section")
        let end = position - 3
        guard end - start <= limits.maximumTextBytes else { throw fail(.xmlTextTooLong(limit: limits.maximumTextBytes)) }
        return try decodeRaw(start..<end)
    }

    /// Characters up to `terminator` (not consumed), decoding references.
    private mutating func readCharacters(until terminator: UInt8, attribute: Bool) throws(OfficeError) -> String {
        let start = position
        var plain = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == terminator { break }
            if byte == UInt8(ascii: "&") || byte == 0x0D || byte < 0x20 && byte != 0x09 && byte != 0x0A { plain = false }
            if attribute && byte == UInt8(ascii: "<") { throw syntax("\"<\" in an attribute value") }
            position += 1
        }
        if attribute && position >= bytes.count { throw syntax("an attribute value is not closed") }
        guard position - start <= limits.maximumTextBytes else { throw fail(.xmlTextTooLong(limit: limits.maximumTextBytes)) }
        if plain {
            guard let text = String(validating: bytes[start..<position], as: UTF8.self) else { throw syntax("invalid UTF-8") }
            return text
        }
        return try decodeReferences(start..<position)
    }

    private func decodeRaw(_ range: Range<Int>) throws(OfficeError) -> String {
        guard let text = String(validating: bytes[range], as: UTF8.self) else { throw syntax("invalid UTF-8") }
        for scalar in text.unicodeScalars where !Self.isXMLCharacter(scalar.value) {
            throw syntax("character U+\(String(scalar.value, radix: 16, uppercase: true)) is not allowed in XML")
        }
        return text.replacingLineEnds()
    }

    private func decodeReferences(_ range: Range<Int>) throws(OfficeError) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0x0D {
                output.append(0x0A)
                index += 1
                if index < range.upperBound && bytes[index] == 0x0A { index += 1 }
                continue
            }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A {
                throw syntax("control character 0x\(String(byte, radix: 16, uppercase: true)) is not allowed in XML")
            }
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            var end = index + 1
            while end < range.upperBound && bytes[end] != UInt8(ascii: ";") && end - index < 12 { end += 1 }
            guard end < range.upperBound, bytes[end] == UInt8(ascii: ";") else { throw syntax("\"&\" must be written &amp;") }
            let name = String(decoding: bytes[index + 1..<end], as: UTF8.self)
            switch name {
            case "lt": output.append(UInt8(ascii: "<"))
            case "gt": output.append(UInt8(ascii: ">"))
            case "amp": output.append(UInt8(ascii: "&"))
            case "quot": output.append(UInt8(ascii: "\""))
            case "apos": output.append(UInt8(ascii: "'"))
            default:
                guard name.hasPrefix("#") else { throw fail(.xmlUnknownEntity(name: name)) }
                let digits = name.dropFirst()
                let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                guard let value, Self.isXMLCharacter(value), let scalar = Unicode.Scalar(value),
                    !digits.hasPrefix("+"), !digits.hasPrefix("x+"), !digits.hasPrefix("-")
                else { throw syntax("invalid character reference &\(name);") }
                output.append(contentsOf: Array(String(Character(scalar)).utf8))
            }
            index = end + 1
        }
        guard let text = String(validating: output, as: UTF8.self) else { throw syntax("invalid UTF-8") }
        return text
    }

    private static func isXMLCharacter(_ value: UInt32) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value)
            || (0x10000...0x10FFFF).contains(value)
    }
}

extension String {
    /// CR LF and lone CR as LF, as XML reads line ends.
    fileprivate func replacingLineEnds() -> String {
        guard unicodeScalars.contains("\r") else { return self }
        return split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
            .split(separator: "\r", omittingEmptySubsequences: false).joined(separator: "\n")
    }
}
