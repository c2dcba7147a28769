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
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("{\"a\": 1", "truncated"),
        ("{\"a\": 1,}", "trailing comma"),
        ("[1, 2,]", "trailing comma"),
        ("{\"a\": 1, \"a\": 2}", "duplicate key"),
        ("{\"a\": NaN}", "NaN"),
        ("[Infinity]", "NaN"),
        ("[01]", "leading 0"),
        ("[1.]", "decimal point"),
        ("{a: 1}", "double quotes"),
        ("[1] [2]", "unexpected data"),
        ("// c\n{}", "comments"),
        ("[\"\\ud800\"]", "surrogate"),
        ("[\"\\x\"]", "escape"),
        ("[\"a\u{01}\"]", "control character"),
    ])
    func refusesInvalidJSON(text: String, expected: String) {
        let failure = error(text)
        #expect(failure != nil, "accepted: \(text.debugDescription)")
        #expect(failure?.message.text(.en).contains(expected) == true, "\(failure?.message.text(.en) ?? "nil") lacks \(expected)")
    }

    @Test func reportsLineAndColumn() {
        let failure = error("{\n  \"a\": 1,\n  \"b\": ]\n}")
        #expect(failure?.line == 3)
        #expect(failure?.column == 8)
        #expect(failure?.path.description == "b")
    }

    @Test func refusesDeepNestingWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(error(deep)?.message.text(.en).contains("nested deeper") == true)
        let ok = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(error(ok) == nil)
    }

    @Test func refusesUTF16AndInvalidUTF8() {
        #expect(error(bytes: [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00])?.message.text(.en).contains("UTF-16") == true)
        #expect(error(bytes: [0x7B, 0x00, 0x7D, 0x00])?.message.text(.en).contains("NUL") == true)
        #expect(error(bytes: Array("[\"".utf8) + [0xC3, 0x28] + Array("\"]".utf8))?.message.text(.en).contains("UTF-8") == true)
    }

    @Test func pathsAreReadable() {
        let path = JSONPath().appending("facts").appending("tthc.onTime")
        #expect(path.description == #"facts["tthc.onTime"]"#)
        #expect(JSONPath().appending("fields").appending(index: 0).appending("max").description == "fields[0].max")
        #expect(JSONPath().description == "$")
    }
}
