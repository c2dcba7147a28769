/// What a cell holds, as the workbook stores it.
public enum CellValue: Sendable, Hashable {
    /// A text (shared, inline, or a formula's text result).
    case text(String)
    /// A number, as its decimal literal in the file (`1240`, `41830.5`, `1.5E-3`), so that callers
    /// can read it exactly; see ``Cell/doubleValue``.
    case number(String)
    /// TRUE or FALSE.
    case boolean(Bool)
    /// A number in a cell formatted as a date or time, converted with the workbook's date system.
    case date(SpreadsheetDate)
    /// An error value such as `#DIV/0!` or `#N/A`.
    case error(String)
}

/// A date (and time of day) read from a cell.
public struct SpreadsheetDate: Sendable, Hashable, CustomStringConvertible {
    /// The year (1899–9999).
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, 1–31.
    public var day: Int
    /// Seconds after midnight, 0–86,399 (rounded to the nearest second).
    public var secondsOfDay: Int
    /// The serial number as stored in the file (days since the date system's epoch).
    public var serial: String

    /// A date.
    public init(year: Int, month: Int, day: Int, secondsOfDay: Int = 0, serial: String) {
        self.year = year
        self.month = month
        self.day = day
        self.secondsOfDay = secondsOfDay
        self.serial = serial
    }

    /// `YYYY-MM-DD`.
    public var isoDate: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// `YYYY-MM-DD`, with `THH:MM:SS` when the time is not midnight.
    public var description: String {
        guard secondsOfDay != 0 else { return isoDate }
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(isoDate)T\(pad(secondsOfDay / 3600)):\(pad(secondsOfDay / 60 % 60)):\(pad(secondsOfDay % 60))"
    }
}

/// One non-empty cell of a sheet.
public struct Cell: Sendable, Hashable {
    /// Where the cell is.
    public var reference: CellReference
    /// What it holds (for a formula, its cached result).
    public var value: CellValue
    /// The formula, without `=`, if the cell has one (empty for the followers of a shared formula).
    public var formula: String?
    /// The cell's number format code (`General`, `0%`, `dd/mm/yyyy`), if its style has one.
    public var numberFormat: String?

    /// A cell.
    public init(reference: CellReference, value: CellValue, formula: String? = nil, numberFormat: String? = nil) {
        self.reference = reference
        self.value = value
        self.formula = formula
        self.numberFormat = numberFormat
    }

    /// The text of a text cell, else nil.
    public var text: String? {
        if case .text(let text) = value { return text }
        return nil
    }

    /// The number of a number cell (not a date) as a `Double`, else nil. Prefer the literal of
    /// ``CellValue/number(_:)`` where exactness matters.
    public var doubleValue: Double? {
        if case .number(let literal) = value { return Double(literal) }
        return nil
    }

    /// The value as a person reads it: texts as they are, numbers as their literal, booleans
    /// `TRUE`/`FALSE`, dates `YYYY-MM-DD`, errors as their code.
    public var displayText: String {
        switch value {
        case .text(let text): text
        case .number(let literal): literal
        case .boolean(let flag): flag ? "TRUE" : "FALSE"
        case .date(let date): date.description
        case .error(let code): code
        }
    }
}
