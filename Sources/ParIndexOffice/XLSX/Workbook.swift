/// A workbook read by ``XLSXReader``: its worksheets, in tab order.
public struct Workbook: Sendable {
    /// How serial numbers become dates.
    public enum DateSystem: Sendable, Hashable {
        /// Serial 1 is 1900-01-01 (Excel's default; serial 60 is the non-existent 1900-02-29).
        case from1900
        /// Serial 0 is 1904-01-01 (older Mac workbooks, `date1904` in the workbook).
        case from1904
    }

    /// The file name used in errors.
    public var file: String
    /// The worksheets, in tab order (chart sheets and dialog sheets are left out).
    public var sheets: [Sheet]
    /// The workbook's date system.
    public var dateSystem: DateSystem

    /// A workbook.
    public init(file: String, sheets: [Sheet], dateSystem: DateSystem = .from1900) {
        self.file = file
        self.sheets = sheets
        self.dateSystem = dateSystem
    }

    /// The sheet named `name` (compared as Excel does, case aside), if any.
    public func sheet(named name: String) -> Sheet? {
        sheets.first { $0.name == name } ?? sheets.first { $0.name.lowercased() == name.lowercased() }
    }
}

/// One worksheet: its non-empty cells.
public struct Sheet: Sendable {
    /// Whether a sheet shows in the tabs.
    public enum Visibility: String, Sendable, Hashable {
        /// Shown.
        case visible
        /// Hidden; the user can unhide it.
        case hidden
        /// Hidden; only a macro can unhide it.
        case veryHidden
    }

    /// The sheet's name, as on its tab.
    public var name: String
    /// Whether it is shown.
    public var visibility: Visibility
    /// The non-empty cells, by row then column.
    public let cells: [Cell]
    private let positions: [CellReference: Int]

    /// A sheet with `cells` (sorted here by row, then column; a later cell at the same place wins).
    public init(name: String, visibility: Visibility = .visible, cells: [Cell]) {
        self.name = name
        self.visibility = visibility
        var positions: [CellReference: Int] = [:]
        var unique: [Cell] = []
        unique.reserveCapacity(cells.count)
        var sorted = true
        for cell in cells {
            if let existing = positions[cell.reference] {
                unique[existing] = cell
                continue
            }
            if let last = unique.last, !(last.reference < cell.reference) { sorted = false }
            positions[cell.reference] = unique.count
            unique.append(cell)
        }
        if !sorted {
            unique.sort { $0.reference < $1.reference }
            positions = [:]
            for (position, cell) in unique.enumerated() { positions[cell.reference] = position }
        }
        self.cells = unique
        self.positions = positions
    }

    /// The cell at `reference`, if it is not empty.
    public subscript(reference: CellReference) -> Cell? { positions[reference].map { cells[$0] } }

    /// The cell at a 1-based column and row, if it is not empty.
    public subscript(column column: Int, row row: Int) -> Cell? { self[CellReference(column: column, row: row)] }

    /// The last row that has a cell (0 for an empty sheet).
    public var lastRow: Int { cells.last?.reference.row ?? 0 }

    /// The last column that has a cell (0 for an empty sheet).
    public var lastColumn: Int { cells.map(\.reference.column).max() ?? 0 }

    /// The non-empty cells grouped by row, in row order (empty rows left out).
    public var rows: [(row: Int, cells: [Cell])] {
        var result: [(row: Int, cells: [Cell])] = []
        for cell in cells {
            if result.last?.row == cell.reference.row {
                result[result.count - 1].cells.append(cell)
            } else {
                result.append((cell.reference.row, [cell]))
            }
        }
        return result
    }
}
