import Foundation

/// Numbers as officials type them in a table: a decimal comma (`1,5`) as Vietnamese Excel
/// writes it, or a decimal point (`1.5`); no thousands separators, no exponent.
enum TableNumber {
    /// The exact value of `text` (spaces around it allowed); `nil` when it is not a plain
    /// decimal number of at most six decimals.
    static func parse(_ text: String) -> ExactDecimal? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let separators = trimmed.filter { $0 == "," || $0 == "." }
        guard !trimmed.isEmpty, separators.count <= 1,
            trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == "." || $0 == "-") }),
            trimmed.first != ",", trimmed.first != ".", trimmed.last != ",", trimmed.last != "."
        else { return nil }
        return ExactDecimal(string: trimmed.replacingOccurrences(of: ",", with: "."))
    }

    /// A whole number in `range`; `nil` otherwise.
    static func integer(_ text: String, in range: ClosedRange<Int>) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let value = Int(trimmed), range.contains(value) else { return nil }
        return value
    }

    /// `value` with a decimal comma, exact: `1,5`, `0,25`, `10`.
    static func format(_ value: ExactDecimal) -> String {
        value.exactText.replacingOccurrences(of: ".", with: ",")
    }

    /// A percent in the table's style: `50%`.
    static func percent(_ value: ExactDecimal) -> String { format(value) + "%" }

    /// A percent such as `50%`, `50 %` or `50`, from 0 to 100.
    static func parsePercent(_ text: String) -> ExactDecimal? {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("%") { t.removeLast() }
        guard let value = parse(t), value >= 0, value <= 100 else { return nil }
        return value
    }
}
