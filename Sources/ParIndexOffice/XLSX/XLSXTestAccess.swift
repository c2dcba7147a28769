/// Small internals exposed for tests and tools (stable, but not the main API).
public enum XLSXTestAccess {
    /// The date a serial number stands for in a date system, or nil if it is none.
    public static func date(_ serial: String, system: Workbook.DateSystem) -> SpreadsheetDate? {
        DateConversion.date(serial: serial, system: system)
    }
}

extension SpreadsheetDate {
    /// The serial number of a date in the 1900 date system (as Excel stores dates from 1 March 1900).
    public static func serial1900(year: Int, month: Int, day: Int) -> Int {
        DateConversion.daysFromCivil(year, month, day) - DateConversion.daysFromCivil(1899, 12, 30)
    }
}
