/// Reads one worksheet part (`xl/worksheets/sheetN.xml`) into cells.
struct WorksheetParser {
    var reader: XMLPullReader
    let file: String
    let sheet: String
    let sharedStrings: [String]
    let formats: NumberFormats
    let dateSystem: Workbook.DateSystem
    let limits: XLSXLimits
    let cellBudget: Int

    private func fail(_ reason: OfficeErrorReason, at reference: CellReference? = nil) -> OfficeError {
        OfficeError(file: file, part: reader.partName, sheet: sheet, cell: reference, reason: reason)
    }

    mutating func parse() throws(OfficeError) -> [Cell] {
        var cells: [Cell] = []
        var row = 0
        var nextColumn = 1
        while let event = try reader.next() {
            guard case .start(let tag) = event else { continue }
            switch tag.localName {
            case "row":
                if let text = tag.attribute("r") {
                    guard let number = Int(text), (1...CellReference.maximumRow).contains(number) else {
                        throw fail(.badCellReference("row \(text)"))
                    }
                    row = number
                } else {
                    row += 1
                }
                nextColumn = 1
            case "c":
                let reference: CellReference
                if let text = tag.attribute("r") {
                    guard let parsed = CellReference(text) else { throw fail(.badCellReference(text)) }
                    reference = parsed
                    row = parsed.row
                } else {
                    guard nextColumn <= CellReference.maximumColumn else { throw fail(.badCellReference("column \(nextColumn)")) }
                    reference = CellReference(column: nextColumn, row: max(row, 1))
                }
                nextColumn = reference.column + 1
                if let cell = try readCell(tag, at: reference) {
                    guard cells.count < cellBudget else {
                        throw fail(.tooManyEntries(count: cells.count + 1, limit: limits.maximumCells), at: reference)
                    }
                    cells.append(cell)
                }
            default: continue
            }
        }
        return cells
    }

    /// The cell whose start tag was just read, or nil if it is empty (only a style).
    private mutating func readCell(_ tag: XMLStartTag, at reference: CellReference) throws(OfficeError) -> Cell? {
        let type = tag.attribute("t") ?? "n"
        let style = tag.attribute("s").flatMap { Int($0) } ?? 0
        let depth = reader.depth
        var value: String?
        var formula: String?
        var inline: String?
        var phoneticDepth = 0
        var inInlineText = false
        while let event = try reader.next() {
            switch event {
            case .start(let child):
                switch child.localName {
                case "v": value = try reader.readElementText()
                case "f": formula = try reader.readElementText()
                case "is": inline = inline ?? ""
                case "rPh": phoneticDepth += 1
                case "t": inInlineText = inline != nil && phoneticDepth == 0
                default: break
                }
            case .end(let name):
                if reader.depth < depth { return try makeCell(type, style, value, formula, inline, reference) }
                switch XMLStartTag.localName(name) {
                case "rPh": phoneticDepth -= 1
                case "t": inInlineText = false
                default: break
                }
            case .text(let text):
                if inInlineText { inline? += text }
                if let inline, inline.utf8.count > limits.maximumCellCharacters * 4 {
                    throw fail(.cellTextTooLong(length: inline.count, limit: limits.maximumCellCharacters), at: reference)
                }
            }
        }
        return try makeCell(type, style, value, formula, inline, reference)
    }

    private func makeCell(
        _ type: String, _ style: Int, _ value: String?, _ formula: String?, _ inline: String?, _ reference: CellReference
    ) throws(OfficeError) -> Cell? {
        let format = style < formats.styleFormats.count ? formats.styleFormats[style] : nil
        func cell(_ content: CellValue) -> Cell { Cell(reference: reference, value: content, formula: formula, numberFormat: format) }
        func text(_ string: String) throws(OfficeError) -> Cell {
            let length = string.count
            guard length <= limits.maximumCellCharacters else {
                throw fail(.cellTextTooLong(length: length, limit: limits.maximumCellCharacters), at: reference)
            }
            return cell(.text(string))
        }
        if type == "inlineStr" {
            guard let inline else { return formula == nil ? nil : try text(value ?? "") }
            return try text(SpreadsheetText.unescape(inline))
        }
        guard let value else {
            if let formula { throw fail(.formulaWithoutValue(formula: formula), at: reference) }
            return nil
        }
        switch type {
        case "s":
            guard let index = Int(value.trimmingSpaces), index >= 0, index < sharedStrings.count else {
                throw fail(.badSharedString(index: value), at: reference)
            }
            return try text(sharedStrings[index])
        case "str": return try text(SpreadsheetText.unescape(value))
        case "b":
            switch value.trimmingSpaces {
            case "1", "true": return cell(.boolean(true))
            case "0", "false": return cell(.boolean(false))
            default: throw fail(.badCellValue(value: value, type: "boolean"), at: reference)
            }
        case "e": return cell(.error(value))
        case "d":
            guard let date = DateConversion.date(iso: value.trimmingSpaces) else { throw fail(.badDate(serial: value), at: reference) }
            return cell(.date(date))
        case "n":
            let literal = value.trimmingSpaces
            if literal.isEmpty {
                if let formula { throw fail(.formulaWithoutValue(formula: formula), at: reference) }
                return nil
            }
            guard Self.isNumberLiteral(literal) else { throw fail(.badCellValue(value: value, type: "number"), at: reference) }
            if style < formats.styleIsDate.count && formats.styleIsDate[style] {
                guard let date = DateConversion.date(serial: literal, system: dateSystem) else {
                    throw fail(.badDate(serial: literal), at: reference)
                }
                return cell(.date(date))
            }
            return cell(.number(literal))
        default:
            throw fail(.badCellValue(value: value, type: type), at: reference)
        }
    }

    /// `-12`, `3.5`, `1.5E-3`, `.5`: an xsd:double literal without INF and NaN.
    static func isNumberLiteral(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        var digits = 0
        while let byte = bytes.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            digits += 1
            bytes = bytes.dropFirst()
        }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            while let byte = bytes.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                digits += 1
                bytes = bytes.dropFirst()
            }
        }
        guard digits > 0 else { return false }
        if bytes.first == UInt8(ascii: "E") || bytes.first == UInt8(ascii: "e") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            guard !bytes.isEmpty else { return false }
            while let byte = bytes.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { bytes = bytes.dropFirst() }
        }
        return bytes.isEmpty
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line ends.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !" \t\r\n".unicodeScalars.contains($0) }),
            let last = scalars.lastIndex(where: { !" \t\r\n".unicodeScalars.contains($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
