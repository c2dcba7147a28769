/// Numbers that people type as text in a cell ("1.240", "41.830,5", "96,5%"), read only where
/// their meaning is unambiguous.
///
/// ```swift
/// NumberText.read("41.830,5")  // .number("41830.5")
/// NumberText.read("1.240.000") // .number("1240000")
/// NumberText.read("1.240")     // .ambiguous(thousands: "1240", decimal: "1.24")
/// NumberText.read("96,5%")     // .percentage("96.5")
/// ```
///
/// Rules: spaces (also no-break spaces) between groups of three digits are thousands separators.
/// With both `.` and `,`, the last one is the decimal mark and the other separates groups of
/// three digits. With one kind of mark only: used twice or more it separates thousands
/// (`1.240.000`); used once, it is the decimal mark unless exactly three digits follow it, in
/// which case the text reads both ways (`1.240` is 1240 in Vietnamese and 1.24 in English) and is
/// ``Reading/ambiguous(thousands:decimal:)``. A trailing `%` makes a ``Reading/percentage(_:)``.
public enum NumberText {
    /// What a text reads as.
    public enum Reading: Sendable, Equatable {
        /// A number, as a plain decimal literal (`-41830.5`).
        case number(String)
        /// A text that reads as two different numbers.
        case ambiguous(thousands: String, decimal: String)
        /// A percentage: the number before the `%` sign, as a plain literal.
        case percentage(String)
        /// Not a number.
        case notANumber
    }

    /// How `text` reads.
    public static func read(_ text: String) -> Reading {
        var body = Substring(text.trimmingSpaces)
        var percent = false
        if body.hasSuffix("%") {
            percent = true
            body = Substring(String(body.dropLast()).trimmingSpaces)
        }
        guard let reading = readNumber(body) else { return .notANumber }
        if percent {
            if case .number(let literal) = reading { return .percentage(literal) }
            return .notANumber
        }
        return reading
    }

    private static func readNumber(_ text: Substring) -> Reading? {
        var sign = ""
        var body = text
        if body.first == "-" || body.first == "+" {
            if body.first == "-" { sign = "-" }
            body = body.dropFirst()
        }
        guard let joined = body.replacingSpaceGroups() else { return nil }
        let characters = Array(joined)
        guard !characters.isEmpty, characters.first?.isASCIIDigit == true,
            characters.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," })
        else { return nil }
        let dots = characters.filter { $0 == "." }.count
        let commas = characters.filter { $0 == "," }.count
        let string = String(characters)
        if dots == 0 && commas == 0 { return .number(sign + string) }
        if dots > 0 && commas > 0 {
            guard let lastMark = characters.lastIndex(where: { $0 == "." || $0 == "," }) else { return nil }
            let decimal = characters[lastMark]
            let group: Character = decimal == "." ? "," : "."
            guard characters.filter({ $0 == decimal }).count == 1 else { return nil }
            let integerPart = String(characters[..<lastMark])
            guard let digits = grouped(integerPart, by: group) else { return nil }
            let fraction = String(characters[(lastMark + 1)...])
            guard !fraction.isEmpty, fraction.allSatisfy({ $0.isASCIIDigit }) else { return nil }
            return .number(sign + digits + "." + fraction)
        }
        let mark: Character = dots > 0 ? "." : ","
        if dots + commas >= 2 {
            guard let digits = grouped(string, by: mark) else { return nil }
            return .number(sign + digits)
        }
        let parts = string.split(separator: mark, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        let decimalReading = sign + parts[0] + "." + parts[1]
        if parts[1].count == 3 && parts[0].count <= 3 {
            return .ambiguous(thousands: sign + String(parts[0]) + String(parts[1]), decimal: decimalReading)
        }
        return .number(decimalReading)
    }

    /// The digits of `text` if it is groups of three digits separated by `mark` (first group 1–3 digits).
    private static func grouped(_ text: String, by mark: Character) -> String? {
        let groups = text.split(separator: mark, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return nil }
        guard groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        guard groups.allSatisfy({ $0.allSatisfy { $0.isASCIIDigit } }) else { return nil }
        return groups.joined()
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension Substring {
    /// The text with spaces between digit groups removed, or nil if a space is anywhere else
    /// (each group after a space must be exactly three digits).
    fileprivate func replacingSpaceGroups() -> String? {
        let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]
        guard contains(where: { spaces.contains($0) }) else { return String(self) }
        let groups = split(omittingEmptySubsequences: false, whereSeparator: { spaces.contains($0) })
        guard let first = groups.first, (1...3).contains(first.count), first.allSatisfy({ $0.isASCIIDigit }) else { return nil }
        for group in groups.dropFirst() {
            let digits = group.prefix { $0.isASCIIDigit }
            guard digits.count == 3 else { return nil }
        }
        return groups.joined()
    }
}
