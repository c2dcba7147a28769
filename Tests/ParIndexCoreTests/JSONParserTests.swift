import Foundation
import Testing

@testable import ParIndexCore

@Suite("Strict JSON parser")
struct JSONParserTests {
    func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser.parse(bytes: Array(text.utf8))
    }

    func error(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    func error(bytes: [UInt8]) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsValuesKeepingNumberText() throws {
        let value = try parse(#"{"a": [1.50, -2e3, true, null, "x\u00e9"], "b": {}}"#)
        guard case .object(let object) = value, case .array(let array)? = object["a"] else {
            Issue.record("not an object")
            return
        }
        #expect(object.keys == ["a", "b"])
        #expect(array == [.number("1.50"), .number("-2e3"), .bool(true), .null, .string("xé")])
    }

    @Test func acceptsByteOrderMarkAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\r\n  \"a\": 1\r\n}\r\n".utf8)
        #expect(
            try JSONParser.parse(bytes: bytes)
                == .object(
                    {
                        var o = JSONObject(); o.append(key: "a", value: .number("1")); return o
                    }()))
    }

    @Test func normalisesStringsToNFC() throws {
        let decomposed = "Sơ\u{309} Y tê\u{301}"
        guard case .string(let text) = try parse("\"\(decomposed)\"") else { return }
        #expect(text.unicodeScalars.count == "Sở Y tế".unicodeScalars.count)
        #expect(Array(text.utf8) == Array("Sở Y tế".utf8))
    }

    @Test(arguments: [
        ("", DiagnosticCode.jsonEmpty),
        ("   \n\t ", .jsonEmpty),
        ("{\"a\": 1", .jsonUnclosedObject),
        ("[1, 2", .jsonUnclosedArray),
        ("[\"ab", .jsonUnclosedString),
        ("{\"a\"", .jsonTruncatedAfterKey),
        ("{\"a\" 1}", .jsonExpectedColon),
        ("{\"a\": 1,}", .jsonTrailingComma),
        ("[1, 2,]", .jsonTrailingComma),
        ("{\"a\": 1, \"a\": 2}", .jsonDuplicateKey),
        ("{\"a\": NaN}", .jsonNaNOrInfinity),
        ("[Infinity]", .jsonNaNOrInfinity),
        ("[01]", .jsonLeadingZero),
        ("[1.]", .jsonDigitAfterPoint),
        ("[1e]", .jsonDigitInExponent),
        ("[-]", .jsonInvalidNumber),
        ("[tru]", .jsonInvalidLiteral),
        ("{a: 1}", .jsonExpectedKey),
        ("{\"a\": 1 \"b\": 2}", .jsonExpectedCommaOrBrace),
        ("[1 2]", .jsonExpectedCommaOrBracket),
        ("[1] [2]", .jsonTrailingData),
        ("[", .jsonMissingValue),
        ("[#]", .jsonUnexpectedCharacter),
        ("// c\n{}", .jsonComment),
        ("[\"\\ud800\"]", .jsonIncompleteSurrogate),
        ("[\"\\udc00\"]", .jsonLoneSurrogate),
        ("[\"\\u12\"]", .jsonBadUnicodeEscape),
        ("[\"\\x\"]", .jsonInvalidEscape),
        ("[\"a\u{01}\"]", .jsonControlCharacter),
        ("[" + String(repeating: "1", count: JSONParser.maximumNumberCharacters + 1) + "]", .jsonNumberTooLong),
    ])
    func refusesInvalidJSON(text: String, expected: DiagnosticCode) {
        let failure = error(text)
        #expect(failure != nil, "accepted: \(text.debugDescription)")
        #expect(failure?.code == expected, "\(failure?.code.rawValue ?? "nil"): \(failure?.message.text(.en) ?? "nil")")
    }

    @Test func syntaxErrorsNameWhatWasFound() {
        let failure = error("{\"a\": 1, \"a\": 2}")
        #expect(failure?.arguments["key"] == "a")
        #expect(failure?.message.text(.en) == #"duplicate key "a""#)
        #expect(failure?.message.vi == #"khóa "a" bị lặp lại"#)
        let character = error("[#]")
        #expect(character?.arguments["found"] == "'#'")
        #expect(character?.message.text(.en) == "unexpected character '#' where a value was expected")
        #expect(character?.message.vi == "ký tự không mong đợi '#' ở chỗ cần một giá trị")
    }

    @Test func reportsLineAndColumn() {
        let failure = error("{\n  \"a\": 1,\n  \"b\": ]\n}")
        #expect(failure?.line == 3)
        #expect(failure?.column == 8)
        #expect(failure?.path.description == "b")
    }

    @Test func refusesDeepNestingWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(error(deep)?.code == .jsonTooDeep)
        #expect(error(deep)?.arguments["limit"] == .value(JSONParser.maximumDepth))
        let ok = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(error(ok) == nil)
    }

    @Test func refusesUTF16AndInvalidUTF8() {
        #expect(error(bytes: [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00])?.code == .jsonUTF16)
        #expect(error(bytes: [0x7B, 0x00, 0x7D, 0x00])?.code == .jsonNulByte)
        #expect(error(bytes: Array("[\"".utf8) + [0xC3, 0x28] + Array("\"]".utf8))?.code == .jsonInvalidUTF8)
    }

    @Test func pathsAreReadable() {
        let path = JSONPath().appending("facts").appending("tthc.onTime")
        #expect(path.description == #"facts["tthc.onTime"]"#)
        #expect(JSONPath().appending("fields").appending(index: 0).appending("max").description == "fields[0].max")
        #expect(JSONPath().description == "$")
    }
}
