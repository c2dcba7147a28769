import Foundation

/// Formats numbers for explanations and reports in one language with a framework's rounding.
package struct NumberStyle: Sendable {
    /// The language.
    package var language: Language
    /// The rounding.
    package var display: DisplaySettings

    /// A style.
    package init(language: Language, display: DisplaySettings = DisplaySettings()) {
        self.language = language
        self.display = display
    }

    /// Points: `1,50` (vi) or `1.50` (en).
    package func points(_ value: ExactDecimal) -> String {
        value.formatted(decimals: display.pointDecimals, language: language)
    }

    /// A percentage: `96,88 %`.
    package func percent(_ value: ExactDecimal) -> String {
        value.formatted(decimals: display.percentDecimals, language: language) + " %"
    }

    /// An index: `87,50 %`, or "không xếp loại" when nothing applies to the unit.
    package func index(_ value: ExactDecimal?) -> String {
        guard let value else { return language == .vi ? "không xếp loại" : "not rated" }
        return percent(value)
    }

    /// A percentage without decimals when whole: `95 %`, `92,5 %`.
    package func bound(_ value: ExactDecimal) -> String {
        value.formatted(decimals: value.isWholeNumber ? 0 : display.percentDecimals, language: language) + " %"
    }

    /// A count or amount: `1.240` (vi), `1,240` (en); decimals only when there are some.
    package func quantity(_ value: ExactDecimal) -> String {
        if value.isWholeNumber { return value.formatted(decimals: 0, language: language) }
        let text = value.formatted(decimals: 4, language: language)
        let separator: Character = language == .vi ? "," : "."
        var trimmed = text
        while trimmed.last == "0" { trimmed.removeLast() }
        if trimmed.last == separator { trimmed.removeLast() }
        return trimmed
    }

    /// A date: `20/02/2020` (vi) or `2020-02-20` (en).
    package func date(_ value: CalendarDate) -> String {
        language == .vi ? value.vietnamese : value.description
    }

    /// "điểm" or "points".
    package var pointsWord: String { language == .vi ? "điểm" : "points" }

    /// `p/max điểm`.
    package func outOf(_ points: ExactDecimal, _ max: ExactDecimal) -> String {
        "\(self.points(points))/\(self.points(max)) \(pointsWord)"
    }
}
