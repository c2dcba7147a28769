/// What to fix in a value a person typed for a fact, and the value they most likely meant.
///
/// ``ValueHint/hint(raw:source:for:)`` looks at the raw text of a value (as it stands in a JSON
/// file or in a spreadsheet cell) and the type of the fact it is for, and says in one sentence,
/// Vietnamese first, what to write instead: `41830,5` → "dùng dấu chấm thập phân: 41830.5",
/// `"96,5%"` for a count → "nhập số hồ sơ …, không nhập tỷ lệ phần trăm", `16/01/2020` for a
/// date → `2020-01-16`. It never changes a value silently: the caller decides whether
/// ``value`` is unambiguous enough to use (a spreadsheet reader may take `41.830,5` as 41830.5
/// and report it; the submission decoder refuses the file and prints the ``message``).
///
/// ```swift
/// let fact = framework.fact("tthc.onTime")!
/// let hint = ValueHint.hint(raw: "96,5%", source: .jsonString, for: fact)
/// hint?.kind           // .percentForCount
/// hint?.message.vi     // "nhập số hồ sơ TTHC giải quyết đúng hạn (số nguyên, ví dụ 950), không nhập tỷ lệ phần trăm …"
/// ```
public struct ValueHint: Sendable, Hashable {
    /// The kind of mistake, stable across versions (programs match it; people read ``message``).
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A number written in quotes: `"950"`.
        case quotedNumber
        /// A comma used as the decimal mark: `41830,5`.
        case commaDecimal
        /// Thousands separators: `1.240`, `41.830,5`, `1 240`.
        case groupedNumber
        /// `1.240` or `1,240` for an amount: 1.24 or 1240, it cannot be told.
        case ambiguousSeparator
        /// A percentage (or a fraction) where a count is needed.
        case percentForCount
        /// A percentage where an amount is needed.
        case percentForAmount
        /// A fraction where a whole number is needed.
        case fractionForCount
        /// A number followed by a unit or words: `950 hồ sơ`, `42 tỷ`.
        case wordsInNumber
        /// A negative count or amount.
        case negative
        /// A date written in another order or with other separators: `16/01/2020`.
        case dateFormat
        /// A spreadsheet's serial number of a day where a date is needed.
        case serialDate
        /// Yes or no written as a word or a number: `"có"`, `"x"`, `1`.
        case booleanWord
        /// An answer spelled differently from the fact's option (case, accents, spaces).
        case answerSpelling
        /// An answer that is none of the options.
        case unknownAnswer
        /// An empty text where a value or `null` is expected.
        case empty
        /// Quotes pasted from a word processor (“ ” ‘ ’) around or inside the value.
        case typographicQuotes
    }

    /// Where the raw text comes from, which decides what "write it this way" means.
    public enum Source: Sendable, Hashable {
        /// A JSON string (it was typed in quotes).
        case jsonString
        /// A JSON number, as written in the file.
        case jsonNumber
        /// A JSON `true` or `false`.
        case jsonBoolean
        /// A spreadsheet cell or a form field: text as typed, no JSON quoting.
        case text
    }

    /// The kind of mistake.
    public var kind: Kind
    /// The value the person most likely meant, when it can be told without guessing; `nil`
    /// when it cannot (an ambiguous separator, a percentage for a count, an unknown answer).
    public var value: FactValue?
    /// How to write ``value`` in a submission file (JSON), for example `41830.5` or `"2020-01-16"`.
    public var suggestion: String?
    /// What to fix, in Vietnamese and English, without the fact's name (the caller adds it).
    public var message: LocalizedText

    /// A hint.
    public init(kind: Kind, value: FactValue?, suggestion: String?, message: LocalizedText) {
        self.kind = kind
        self.value = value
        self.suggestion = suggestion
        self.message = message
    }

    /// What to fix in `raw`, typed for `fact`; `nil` when `raw` is a well-formed value of the
    /// fact's type for `source` (for example `950` as a JSON number for a count), or when nothing
    /// more useful than "expected a number" can be said.
    public static func hint(raw: String, source: Source, for fact: Fact) -> ValueHint? {
        hint(raw: raw, source: source, type: fact.type, title: fact.title, unit: fact.unit, options: fact.options)
    }

    /// What to fix in `raw`, typed for a fact of `type`; see ``hint(raw:source:for:)``. `title`
    /// and `unit` name what a count counts ("nhập số hồ sơ …"); `options` are an answer's options.
    public static func hint(
        raw: String, source: Source, type: Fact.ValueType, title: LocalizedText? = nil, unit: LocalizedText? = nil, options: [String] = []
    ) -> ValueHint? {
        let what = Quantity(type: type, title: title, unit: unit)
        if type == .answer && source != .jsonNumber && options.contains(raw) { return nil }
        if let quotes = typographicQuotes(raw) { return quotes }
        switch type {
        case .count, .amount: return numberHint(raw, source, what)
        case .date: return dateHint(raw, source)
        case .boolean: return booleanHint(raw, source)
        case .answer: return answerHint(raw, source, options)
        }
    }

    /// Quotes from a word processor inside the raw text.
    static func typographicQuotes(_ raw: String) -> ValueHint? {
        let curly: Set<Character> = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{201E}", "\u{00AB}", "\u{00BB}"]
        guard let found = raw.first(where: { curly.contains($0) }) else { return nil }
        let cleaned = String(raw.filter { !curly.contains($0) })
        return ValueHint(
            kind: .typographicQuotes, value: nil, suggestion: nil,
            message: LocalizedText(
                vi: "có dấu ngoặc kiểu Word \(found) trong giá trị; bỏ dấu này (giá trị: \(JSONWriter.quoted(cleaned)))",
                en: "the value holds a word processor's quote \(found); remove it (value: \(JSONWriter.quoted(cleaned)))"))
    }
}

/// What a count or an amount counts, for sentences such as "nhập số hồ sơ …".
struct Quantity {
    let type: Fact.ValueType
    let title: LocalizedText?
    let unit: LocalizedText?

    /// "số hồ sơ TTHC giải quyết đúng hạn" (from a title "Số hồ sơ …"), "số tiền", "số lượng".
    func noun(_ language: Language) -> String {
        if let unit { return (language == .vi ? "số " : "the number of ") + unit.text(language) }
        if language == .vi, let title, title.vi.hasPrefix("Số ") { return "s" + title.vi.dropFirst() }
        switch (type, language) {
        case (.amount, .vi): return "số tiền hoặc số lượng"
        case (.amount, .en): return "the amount"
        case (_, .vi): return "số lượng"
        case (_, .en): return "the count"
        }
    }
}
