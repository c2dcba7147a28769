import Foundation

/// The address of a cell: a 1-based column and row, written `A1` style (`D12`).
///
/// ```swift
/// let reference = CellReference("D12")  // column 4, row 12
/// reference?.description               // "D12"
/// CellReference(column: 28, row: 3).columnName  // "AB"
/// ```
///
/// Columns run from 1 (`A`) to 16,384 (`XFD`) and rows from 1 to 1,048,576, Excel's limits.
public struct CellReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based column (A is 1).
    public var column: Int
    /// The 1-based row.
    public var row: Int

    /// The largest column Excel has (`XFD`).
    public static let maximumColumn = 16_384
    /// The largest row Excel has.
    public static let maximumRow = 1_048_576

    /// The cell at `column` and `row` (both 1-based).
    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// The cell written `A1` style (`$` signs allowed), or nil if `text` is not one within Excel's range.
    public init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var sawLetter = false
        var sawDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard !sawDigit else { return nil }
                sawLetter = true
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                if column > Self.maximumColumn { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard sawLetter, sawDigit || byte != UInt8(ascii: "0") else { return nil }
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                if row > Self.maximumRow { return nil }
            default: return nil
            }
        }
        guard sawLetter, sawDigit else { return nil }
        self.init(column: column, row: row)
    }

    /// The column's letters (`A`, `Z`, `AA`, `XFD`).
    public var columnName: String { Self.columnName(column) }

    /// The letters of a 1-based column.
    public static func columnName(_ column: Int) -> String {
        var letters: [Character] = []
        var rest = max(column, 1)
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))))
            rest = (rest - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `D12`.
    public var description: String { "\(columnName)\(row)" }

    /// Row first, then column: the order cells are read in.
    public static func < (left: CellReference, right: CellReference) -> Bool {
        (left.row, left.column) < (right.row, right.column)
    }

    /// A sheet name as Excel writes it before `!`: quoted (`'Số liệu'`) when it has spaces or
    /// punctuation, with quotes doubled; bare otherwise.
    public static func quotedSheetName(_ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        if plain { return name }
        return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
