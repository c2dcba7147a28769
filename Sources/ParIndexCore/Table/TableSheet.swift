/// A table read from a CSV file or a worksheet: a header row and the rows under it, each with its
/// row number as the spreadsheet shows it (the header is row 1).
public struct TableSheet: Sendable, Hashable {
    /// The sheet's name, for a worksheet; `nil` for a CSV file.
    public var name: String?
    /// The header row's cells.
    public var header: [String]
    /// The rows under the header, in order.
    public var rows: [TableRow]

    /// A table.
    public init(name: String?, header: [String], rows: [TableRow]) {
        self.name = name
        self.header = header
        self.rows = rows
    }
}

/// One row of a ``TableSheet``.
public struct TableRow: Sendable, Hashable {
    /// The row number, as the spreadsheet shows it (the header is row 1).
    public var number: Int
    /// The cells, from the first column; a row may have fewer cells than the header.
    public var cells: [String]

    /// A row.
    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }

    /// The cell at `index`, empty beyond the row's end.
    public subscript(index: Int?) -> String {
        guard let index, index < cells.count else { return "" }
        return cells[index]
    }

    /// Whether every cell is empty or blank.
    public var isBlank: Bool { cells.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
}
