/// A number as a person types it: `41.830,5`, `1 240`, `96,5 %`, `-3`, `950 hồ sơ`.
struct TypedNumber {
    /// How the digits were separated.
    enum Style: Equatable {
        /// Digits with at most a `.` decimal point: valid JSON.
        case plain
        /// A single `,` as the decimal mark.
        case commaDecimal
        /// Thousands separators (and possibly a decimal mark): unambiguous.
        case grouped
        /// `1.240` or `1,240`: the first reading groups thousands, the second is a decimal.
        case ambiguous(grouped: String, decimal: String)
    }

    /// The digits in JSON spelling (`41830.5`), sign included.
    var canonical: String
    var style: Style
    var percent: Bool
    var negative: Bool
    /// Words after the number (`hồ sơ`, `triệu đồng`), trimmed.
    var words: String

    /// Reads `text`; `nil` when it does not start with a number.
    init?(_ text: String) {
        var scalars = Substring(text).unicodeScalars.drop { Self.isSpace($0) }
        negative = false
        if let first = scalars.first, first == "-" || first == "+" || first == "\u{2212}" {
            negative = first != "+"
            scalars = scalars.dropFirst()
        }
        var body = ""
        var spaced = false
        var rest = scalars[...]
        while let s = rest.first, ("0"..."9").contains(s) || s == "." || s == "," || Self.isSpace(s) {
            // A space separates groups only between digits: "950 hồ sơ" stops at the space.
            if Self.isSpace(s) {
                let after = rest.dropFirst().drop { Self.isSpace($0) }
                guard let next = after.first, ("0"..."9").contains(next), body.last?.isNumber == true else { break }
                spaced = true
            }
            body.unicodeScalars.append(s)
            rest = rest.dropFirst()
        }
        body = String(body.unicodeScalars.filter { !Self.isSpace($0) })
        guard body.first?.isNumber == true else { return nil }
        var tail = String(String.UnicodeScalarView(rest)).trimmingSpaces
        percent = tail.hasPrefix("%")
        if percent { tail = String(tail.dropFirst()).trimmingSpaces }
        words = tail
        guard let (canonical, style) = Self.read(body, spaced: spaced) else { return nil }
        self.canonical = (negative ? "-" : "") + canonical
        self.style = style
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{00A0}" || s == "\u{202F}" || s == "\u{2009}"
    }

    /// The digits and separators of a number without sign, read as people in Vietnam and
    /// elsewhere write them.
    private static func read(_ body: String, spaced: Bool) -> (String, Style)? {
        let dots = body.filter { $0 == "." }.count
        let commas = body.filter { $0 == "," }.count
        let digitsOnly = body.filter(\.isNumber)
        guard !body.hasSuffix("."), !body.hasSuffix(","), !body.hasPrefix("."), !body.hasPrefix(",") else { return nil }
        func groupsAreThousands(_ part: Substring, _ separator: Character) -> Bool {
            let groups = part.split(separator: separator, omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count) else { return false }
            return groups.dropFirst().allSatisfy { $0.count == 3 }
        }
        switch (dots, commas) {
        case (0, 0): return (digitsOnly, spaced ? .grouped : .plain)
        case (1, 0):
            let parts = body.split(separator: ".")
            if parts.count == 2, parts[1].count == 3, parts[0].count <= 3 {
                return (body, .ambiguous(grouped: digitsOnly, decimal: body))
            }
            return (body, spaced ? .grouped : .plain)
        case (0, 1):
            let parts = body.split(separator: ",")
            let decimal = body.replacingOccurrences(of: ",", with: ".")
            if parts.count == 2, parts[1].count == 3, parts[0].count <= 3 {
                return (decimal, .ambiguous(grouped: digitsOnly, decimal: decimal))
            }
            return (decimal, .commaDecimal)
        case (_, 0):
            return groupsAreThousands(Substring(body), ".") ? (digitsOnly, .grouped) : nil
        case (0, _):
            return groupsAreThousands(Substring(body), ",") ? (digitsOnly, .grouped) : nil
        default:
            // Both marks: the last one is the decimal mark, the other groups thousands.
            guard let lastDot = body.lastIndex(of: "."), let lastComma = body.lastIndex(of: ",") else { return nil }
            let (decimalMark, groupMark): (Character, Character) = lastDot > lastComma ? (".", ",") : (",", ".")
            let split = body.split(separator: decimalMark, omittingEmptySubsequences: false)
            guard split.count == 2, !split[1].contains(groupMark), groupsAreThousands(split[0], groupMark) else { return nil }
            return (split[0].filter(\.isNumber) + "." + split[1], .grouped)
        }
    }
}

extension String {
    /// The string without spaces (also no-break and thin spaces) at either end.
    var trimmingSpaces: String {
        String(String.UnicodeScalarView(unicodeScalars.drop(while: TypedNumber.isSpace).reversed().drop(while: TypedNumber.isSpace).reversed()))
    }
}

extension ValueHint {
    /// A count or an amount.
    static func numberHint(_ raw: String, _ source: Source, _ what: Quantity) -> ValueHint? {
        let isCount = what.type == .count
        let trimmed = raw.trimmingSpaces
        if trimmed.isEmpty, source != .jsonNumber {
            return ValueHint(
                kind: .empty, value: nil, suggestion: "null",
                message: LocalizedText(
                    vi: "giá trị rỗng; nhập \(what.noun(.vi)), hoặc để null nếu chưa có số liệu",
                    en: "an empty value; enter \(what.noun(.en)), or leave null when it is not known yet"))
        }
        if source == .jsonBoolean {
            return ValueHint(
                kind: .booleanWord, value: nil, suggestion: nil,
                message: LocalizedText(
                    vi: "cần \(isCount ? "một số nguyên" : "một số"), không phải \(trimmed); nhập \(what.noun(.vi))",
                    en: "expected \(isCount ? "a whole number" : "a number"), not \(trimmed); enter \(what.noun(.en))"))
        }
        if source == .jsonNumber {
            // A valid JSON number: only a fraction for a count is worth a hint; limits are checked elsewhere.
            guard isCount, let value = ExactDecimal.exact(jsonNumber: trimmed), !value.isWholeNumber, value >= 0 else { return nil }
            return fraction(value, what, (vi: "", en: "")) { kind, vi, en, _ in
                ValueHint(kind: kind, value: nil, suggestion: nil, message: LocalizedText(vi: vi, en: en))
            }
        }
        guard let number = TypedNumber(trimmed) else { return nil }
        let plain = ExactDecimal.exact(jsonNumber: number.canonical)
        let quoted = source == .jsonString
        func make(_ kind: Kind, _ vi: String, _ en: String, value: ExactDecimal? = nil) -> ValueHint {
            ValueHint(kind: kind, value: value.map(FactValue.number), suggestion: value?.exactText, message: LocalizedText(vi: vi, en: en))
        }
        let unquote = quoted ? (vi: ", không có dấu ngoặc kép", en: ", without quotes") : (vi: "", en: "")
        if number.percent {
            let typed = JSONWriter.quoted(trimmed)
            return isCount
                ? make(
                    .percentForCount,
                    "nhập \(what.noun(.vi)) (số nguyên, ví dụ 950\(unquote.vi)), không nhập tỷ lệ phần trăm \(typed)",
                    "enter \(what.noun(.en)) (a whole number such as 950\(unquote.en)), not the percentage \(typed)")
                : make(
                    .percentForAmount, "nhập \(what.noun(.vi)) (một số\(unquote.vi)), không nhập tỷ lệ phần trăm \(typed)",
                    "enter \(what.noun(.en)) (a number\(unquote.en)), not the percentage \(typed)")
        }
        if !number.words.isEmpty {
            let bare = number.style == .plain ? plain : nil
            return make(
                .wordsInNumber,
                "chỉ nhập con số\(unquote.vi), bỏ chữ \(JSONWriter.quoted(number.words))" + (bare.map { ": \($0.exactText)" } ?? ""),
                "enter the number only\(unquote.en), without \(JSONWriter.quoted(number.words))" + (bare.map { ": \($0.exactText)" } ?? ""),
                value: bare)
        }
        if number.negative, plain.map({ $0 != 0 }) ?? true {
            return make(
                .negative, "\(what.noun(.vi).capitalizedFirst) không thể âm (\(trimmed)); nhập số từ 0 trở lên",
                "\(what.noun(.en).capitalizedFirst) cannot be negative (\(trimmed)); enter 0 or more")
        }
        switch number.style {
        case .ambiguous(let grouped, let decimal):
            if isCount {
                let value = ExactDecimal.exact(jsonNumber: grouped)
                return make(
                    .groupedNumber, "viết số không có dấu phân cách hàng nghìn\(unquote.vi): \(grouped)",
                    "write the number without thousands separators\(unquote.en): \(grouped)", value: value)
            }
            return make(
                .ambiguousSeparator,
                "không rõ \(JSONWriter.quoted(trimmed)) là \(grouped) hay \(decimal); viết \(grouped) hoặc \(decimal)\(unquote.vi) (dấu chấm là dấu thập phân, không dùng dấu phân cách hàng nghìn)",
                "\(JSONWriter.quoted(trimmed)) could be \(grouped) or \(decimal); write \(grouped) or \(decimal)\(unquote.en) (a point for decimals, no thousands separators)"
            )
        case .commaDecimal:
            guard let plain else { return nil }
            if isCount { return fraction(plain, what, unquote, make) }
            return make(
                .commaDecimal, "dùng dấu chấm thập phân\(unquote.vi): \(plain.exactText)", "use a decimal point\(unquote.en): \(plain.exactText)",
                value: plain)
        case .grouped:
            guard let plain else { return nil }
            if isCount && !plain.isWholeNumber { return fraction(plain, what, unquote, make) }
            return make(
                .groupedNumber, "viết số không có dấu phân cách hàng nghìn\(unquote.vi): \(plain.exactText)",
                "write the number without thousands separators\(unquote.en): \(plain.exactText)", value: plain)
        case .plain:
            guard let plain else { return nil }
            if isCount && !plain.isWholeNumber { return fraction(plain, what, unquote, make) }
            guard quoted else { return nil }
            return make(
                .quotedNumber, "viết số không có dấu ngoặc kép: \(plain.exactText)", "write the number without quotes: \(plain.exactText)",
                value: plain)
        }
    }

    /// A fraction typed for a count: a percentage when it is at most 100, else just not whole.
    private static func fraction(
        _ value: ExactDecimal, _ what: Quantity, _ unquote: (vi: String, en: String),
        _ make: (Kind, String, String, ExactDecimal?) -> ValueHint
    ) -> ValueHint {
        if value <= 100 {
            return make(
                .percentForCount,
                "nhập \(what.noun(.vi)) (số nguyên, ví dụ 950\(unquote.vi)), không nhập tỷ lệ phần trăm; \(value.exactText) có phần thập phân",
                "enter \(what.noun(.en)) (a whole number such as 950\(unquote.en)), not a percentage; \(value.exactText) has a fraction", nil)
        }
        return make(
            .fractionForCount, "cần số nguyên (\(what.noun(.vi))), gặp \(value.exactText)",
            "expected a whole number (\(what.noun(.en))), found \(value.exactText)", nil)
    }
}

extension String {
    /// The string with its first letter in upper case.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
