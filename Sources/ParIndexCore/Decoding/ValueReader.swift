import Foundation

/// Reads typed values out of a parsed document, reporting each problem with its JSON path.
///
/// Every accessor returns `nil` after recording an error, so one pass over a file reports all of
/// its problems at once.
struct ValueReader {
    let sink: DiagnosticSink

    /// How much of a rejected string messages quote, and the longest string taken for a number
    /// written in quotes.
    static let excerptLength = 40

    /// Records that `value` is not of the type `code` expects (one of the `value.expected…` codes).
    func typeError(_ path: @autoclosure () -> JSONPath, _ value: JSONValue, _ code: DiagnosticCode) {
        sink.error(code, path(), ["value": .string(value.excerpt()), "type": .text(LocalizedText(vi: value.typeNameVi, en: value.typeName))])
    }

    /// An object whose keys are all in `allowed`; unknown keys are errors.
    func object(_ value: JSONValue, _ path: @autoclosure () -> JSONPath, allowed: [String]? = nil) -> JSONObject? {
        guard case .object(let object) = value else {
            typeError(path(), value, .valueExpectedObject)
            return nil
        }
        if let allowed {
            for key in object.keys where !allowed.contains(key) {
                sink.error(.valueUnknownKey, path().appending(key), ["key": .string(key), "known": .string(allowed.joined(separator: ", "))])
            }
        }
        return object
    }

    /// The value at `key`, or an error when it is required and missing.
    func member(_ object: JSONObject, _ key: String, _ path: @autoclosure () -> JSONPath, required: Bool = true) -> JSONValue? {
        if let value = object[key] { return value }
        if required {
            sink.error(.valueMissingKey, path().appending(key), ["key": .string(key)])
        }
        return nil
    }

    /// An array.
    func array(_ value: JSONValue, _ path: @autoclosure () -> JSONPath) -> [JSONValue]? {
        guard case .array(let array) = value else {
            typeError(path(), value, .valueExpectedArray)
            return nil
        }
        return array
    }

    /// A non-empty string of at most `maxLength` characters.
    func string(
        _ value: JSONValue, _ path: @autoclosure () -> JSONPath, maxLength: Int = SubmissionSchema.maximumTextLength, allowEmpty: Bool = false
    ) -> String? {
        guard case .string(let string) = value else {
            typeError(path(), value, .valueExpectedString)
            return nil
        }
        if !allowEmpty && Self.isBlank(string) {
            sink.error(.valueEmptyString, path())
            return nil
        }
        // Counting characters is slow; no string with fewer bytes than the limit can exceed it.
        if string.utf8.count > maxLength, string.count > maxLength {
            sink.error(.valueTooLong, path(), ["length": .value(string.count), "limit": .value(maxLength)])
            return nil
        }
        return string
    }

    /// Whether a string is empty or only white space.
    static func isBlank(_ string: String) -> Bool {
        for byte in string.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: continue
            case 0x80...: return string.allSatisfy(\.isWhitespace)  // non-ASCII: ask Unicode
            default: return false
            }
        }
        return true
    }

    /// An identifier: letters, digits, `.`, `_`, `-`, starting with a letter or digit.
    func identifier(_ value: JSONValue, _ path: @autoclosure () -> JSONPath) -> String? {
        guard let text = string(value, path(), maxLength: SubmissionSchema.maximumIDLength) else { return nil }
        guard Self.isIdentifier(text) else {
            sink.error(.valueInvalidID, path(), ["value": .string(text)])
            return nil
        }
        return text
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, text.utf8.count <= SubmissionSchema.maximumIDLength else { return false }
        func alnum(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        return alnum(first) && text.utf8.allSatisfy { alnum($0) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }
    }

    /// A text: a string (Vietnamese) or `{ "vi": …, "en": … }`.
    func text(_ value: JSONValue, _ path: @autoclosure () -> JSONPath) -> LocalizedText? {
        if case .string = value {
            return string(value, path()).map { LocalizedText(vi: $0) }
        }
        guard case .object = value, let object = object(value, path(), allowed: ["vi", "en"]) else {
            if case .object = value { return nil }
            typeError(path(), value, .valueExpectedText)
            return nil
        }
        guard let vi = member(object, "vi", path()).flatMap({ string($0, path().appending("vi")) }) else { return nil }
        let en = member(object, "en", path(), required: false).flatMap { string($0, path().appending("en")) }
        return LocalizedText(vi: vi, en: en)
    }

    /// An exact decimal number within `range`.
    func decimal(_ value: JSONValue, _ path: @autoclosure () -> JSONPath, in range: ClosedRange<ExactDecimal>? = nil) -> ExactDecimal? {
        guard case .number(let text) = value else {
            if case .string(let s) = value, Self.looksNumeric(s) {
                sink.error(.valueNumericString, path(), ["value": .string(s)])
            } else {
                typeError(path(), value, .valueExpectedNumber)
            }
            return nil
        }
        guard let number = ExactDecimal.exact(jsonNumber: text) else {
            if Self.hasTooManyDecimals(text) {
                sink.error(.valueTooManyDecimals, path(), ["value": .string(text), "decimals": .value(SubmissionSchema.maximumDecimals)])
            } else if let range {
                outOfRange(path(), text, range.lowerBound.exactText, range.upperBound.exactText)
            } else {
                sink.error(.valueBeyondLimit, path(), ["value": .string(text), "limit": .string(SubmissionSchema.maximumMagnitudeText)])
            }
            return nil
        }
        if let range, !range.contains(number) {
            outOfRange(path(), text, range.lowerBound.exactText, range.upperBound.exactText)
            return nil
        }
        return number
    }

    /// A whole number within `range`.
    func integer(_ value: JSONValue, _ path: @autoclosure () -> JSONPath, in range: ClosedRange<Int>) -> Int? {
        if case .number(let text) = value, let number = ExactDecimal.exact(jsonNumber: text), !number.isWholeNumber {
            sink.error(.valueNotWhole, path(), ["value": .string(text)])
            return nil
        }
        guard let number = decimal(value, path(), in: ExactDecimal(range.lowerBound)...ExactDecimal(range.upperBound)) else { return nil }
        guard let whole = number.wholeValue, range.contains(whole) else {
            outOfRange(path(), number.exactText, "\(range.lowerBound)", "\(range.upperBound)")
            return nil
        }
        return whole
    }

    private func outOfRange(_ path: JSONPath, _ value: String, _ low: String, _ high: String) {
        sink.error(.valueOutOfRange, path, ["value": .string(value), "low": .string(low), "high": .string(high)])
    }

    /// A boolean.
    func bool(_ value: JSONValue, _ path: @autoclosure () -> JSONPath) -> Bool? {
        guard case .bool(let flag) = value else {
            typeError(path(), value, .valueExpectedBoolean)
            return nil
        }
        return flag
    }

    /// A date `YYYY-MM-DD`.
    func date(_ value: JSONValue, _ path: @autoclosure () -> JSONPath) -> CalendarDate? {
        guard case .string(let text) = value else {
            typeError(path(), value, .valueExpectedDate)
            return nil
        }
        guard let date = CalendarDate(iso: text) else {
            sink.error(.valueInvalidDate, path(), ["value": .string(String(text.prefix(Self.excerptLength)))])
            return nil
        }
        return date
    }

    /// Whether a JSON number has a non-zero digit beyond the sixth decimal.
    static func hasTooManyDecimals(_ text: String) -> Bool {
        let lower = text.lowercased()
        let parts = lower.split(separator: "e", maxSplits: 1)
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts.first.map(String.init) ?? ""
        let fraction = mantissa.split(separator: ".", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        let significant = fraction.reversed().drop { $0 == "0" }.count
        return significant - exponent > SubmissionSchema.maximumDecimals
    }

    /// A string the user probably meant as a number: `"1.240"`, `"96,5%"`.
    static func looksNumeric(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count < Self.excerptLength else { return false }
        return trimmed.allSatisfy { $0.isNumber || ".,%-+ e".contains($0) } && trimmed.contains(where: \.isNumber)
    }
}
