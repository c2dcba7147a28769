/// The number formats of a workbook's styles, and which of them show dates.
struct NumberFormats: Sendable {
    /// The format code of each cell style (`s` attribute), by index; nil for General.
    var styleFormats: [String?] = []
    /// Whether each cell style shows a date or time.
    var styleIsDate: [Bool] = []

    /// The built-in format codes (ECMA-376 Part 1, §18.8.30) that matter to readers.
    static let builtIn: [Int: String] = [
        1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
        14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm",
        21: "h:mm:ss", 22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)",
        40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
    ]

    /// Built-in identifiers that are dates or times, including the East Asian locale ones.
    static func isBuiltInDate(_ id: Int) -> Bool {
        (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
    }

    /// Whether a custom format code shows a date or time: a d, m, y, h or s outside quoted
    /// text, escapes and brackets (elapsed-time brackets `[h]`, `[mm]`, `[ss]` count as time).
    static func isDateCode(_ code: String) -> Bool {
        var inQuote = false
        var inBracket = false
        var bracket = ""
        var escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            if inQuote {
                if character == "\"" { inQuote = false }
                continue
            }
            if inBracket {
                if character == "]" {
                    inBracket = false
                    if !bracket.isEmpty && bracket.allSatisfy({ "hms".contains($0) }) { return true }
                } else {
                    bracket.append(character)
                }
                continue
            }
            switch character {
            case "\"": inQuote = true
            case "\\", "_", "*": escaped = true
            case "[":
                inBracket = true
                bracket = ""
            case ";": return false  // only the first (positive) section decides
            case "d", "m", "y", "h", "s": return true
            default: continue
            }
        }
        return false
    }
}
