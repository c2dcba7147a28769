/// Small internals exposed for tests and tools (stable, but not the main API).
public enum XLSXTestAccess {
    /// The date a serial number stands for in a date system, or nil if it is none.
    public static func date(_ serial: String, system: Workbook.DateSystem) -> SpreadsheetDate? {
        DateConversion.date(serial: serial, system: system)
    }
}
