import Foundation

/// A strict CSV reader (RFC 4180) for tables that officials save from Excel.
///
/// UTF-8 with or without a byte-order mark; fields separated by `,` or by `;` (as Excel writes
/// CSV in a Vietnamese locale), the separator read from the header row; CRLF or LF line ends;
/// fields quoted with `"` and quotes doubled inside. Anything else is refused with the row and
/// column it is at: UTF-16 or Latin-1 bytes, a quote that is never closed, text after a closing
/// quote, a quote inside an unquoted field, a row with more fields than the header, a field or a
/// file beyond the limits.
public enum CSVReader {
    /// The largest file read, in bytes.
    public static let maximumFileBytes = 64 << 20
    /// The most rows read, the header included.
    public static let maximumRows = 1_000_000
    /// The longest field, in bytes.
    public static let maximumFieldBytes = 32_767

    /// Reads `data` as a table; `file` names it in messages.
    public static func read(_ data: Data, file: String) throws(TableError) -> TableSheet {
        if data.count > maximumFileBytes {
            throw TableError(file: file, .fileTooLarge(bytes: data.count, limit: maximumFileBytes))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw TableError(file: file, .utf16)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            throw TableError(file: file, row: lineOf(nul, in: bytes), .nulByte)
        }
        if let bad = firstInvalidUTF8(bytes) {
            throw TableError(file: file, row: lineOf(bad, in: bytes), .notUTF8(byte: bytes[bad]))
        }
        let separator = detectSeparator(bytes)
        return try parse(bytes, separator: separator, file: file)
    }

    /// `;` when the first line has a `;` outside quotes, otherwise `,`.
    static func detectSeparator(_ bytes: [UInt8]) -> UInt8 {
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if byte == UInt8(ascii: ";") { return byte }
        }
        return UInt8(ascii: ",")
    }

    /// The 1-based line of byte `offset`.
    static func lineOf(_ offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<offset].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// The offset of the first byte that is not part of well-formed UTF-8, or `nil`.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, low) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, high) = (3, 0x9F)
            case 0xF0: (length, low) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, high) = (4, 0x8F)
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                if c < lo || c > hi { return i }
            }
            i += length
        }
        return nil
    }

    private static func parse(_ bytes: [UInt8], separator: UInt8, file: String) throws(TableError) -> TableSheet {
        let quote = UInt8(ascii: "\"")
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        var rows: [TableRow] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var i = 0
        let n = bytes.count
        var record = 1
        var line = 1
        var fieldIsQuoted = false
        var atFieldStart = true
        var headerCount: Int?

        func column() -> Int { fields.count + 1 }
        func finishField() throws(TableError) {
            if field.count > maximumFieldBytes {
                throw TableError(file: file, row: record, column: column(), .fieldTooLong(bytes: field.count, limit: maximumFieldBytes))
            }
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldIsQuoted = false
            atFieldStart = true
        }
        func finishRow() throws(TableError) {
            try finishField()
            if let headerCount, fields.count > headerCount {
                throw TableError(file: file, row: record, column: headerCount + 1, .tooManyFields(found: fields.count, expected: headerCount))
            }
            if headerCount == nil { headerCount = fields.count }
            if rows.count == maximumRows { throw TableError(file: file, row: record, .tooManyRows(limit: maximumRows)) }
            rows.append(TableRow(number: record, cells: fields))
            fields.removeAll(keepingCapacity: true)
            record += 1
        }

        while i < n {
            let b = bytes[i]
            if atFieldStart && b == quote {
                // A quoted field: up to the closing quote; "" is one quote.
                fieldIsQuoted = true
                atFieldStart = false
                let openedAt = (record, line, column())
                i += 1
                var closed = false
                while i < n {
                    let c = bytes[i]
                    if c == quote {
                        if i + 1 < n && bytes[i + 1] == quote {
                            field.append(quote)
                            i += 2
                            continue
                        }
                        closed = true
                        i += 1
                        break
                    }
                    if c == lf { line += 1 }
                    field.append(c)
                    if field.count > maximumFieldBytes {
                        throw TableError(file: file, row: record, column: column(), .fieldTooLong(bytes: field.count, limit: maximumFieldBytes))
                    }
                    i += 1
                }
                if !closed {
                    throw TableError(file: file, row: openedAt.0, column: openedAt.2, .unclosedQuote(line: openedAt.1))
                }
                // After the closing quote: a separator, a line end or the end.
                if i < n, bytes[i] != separator, bytes[i] != cr, bytes[i] != lf {
                    throw TableError(file: file, row: record, column: column(), .textAfterQuote)
                }
                continue
            }
            atFieldStart = false
            switch b {
            case separator:
                try finishField()
                i += 1
            case cr:
                guard i + 1 < n, bytes[i + 1] == lf else {
                    throw TableError(file: file, row: record, column: column(), .bareCarriageReturn)
                }
                try finishRow()
                line += 1
                i += 2
            case lf:
                try finishRow()
                line += 1
                i += 1
            case quote:
                throw TableError(file: file, row: record, column: column(), .quoteInUnquotedField)
            default:
                if fieldIsQuoted {
                    throw TableError(file: file, row: record, column: column(), .textAfterQuote)
                }
                field.append(b)
                if field.count > maximumFieldBytes {
                    throw TableError(file: file, row: record, column: column(), .fieldTooLong(bytes: field.count, limit: maximumFieldBytes))
                }
                i += 1
            }
        }
        // A last row without a line end.
        if !field.isEmpty || !fields.isEmpty || fieldIsQuoted { try finishRow() }
        guard let header = rows.first else { throw TableError(file: file, .empty) }
        return TableSheet(name: nil, header: header.cells, rows: Array(rows.dropFirst()))
    }
}
