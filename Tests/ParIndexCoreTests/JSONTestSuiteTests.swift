import Foundation
import Testing

@testable import ParIndexCore

/// Nicolas Seriot's JSONTestSuite (`test_parsing`), read from `../shared/testdata/JSONTestSuite`
/// beside the repository: `n_` files are not JSON and must be refused, `y_` files must be accepted,
/// `i_` files may go either way but must not crash the parser.
@Suite("JSONTestSuite")
struct JSONTestSuiteTests {
    static let folder = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/testdata/JSONTestSuite/test_parsing")
    static let isPresent = FileManager.default.fileExists(atPath: folder.path)

    /// Valid JSON that the parser refuses on purpose, as documented in `JSONParser`, with the reason
    /// it gives: duplicate keys are an error in a hand-typed submission (which value was meant?),
    /// and a number longer than 64 characters is beyond the limits RFC 8259 §9 lets a parser set
    /// (no such number could be computed exactly anyway).
    static let refusedByDesign: [String: DiagnosticCode] = [
        "y_object_duplicated_key.json": .jsonDuplicateKey,
        "y_object_duplicated_key_and_value.json": .jsonDuplicateKey,
        "y_number_double_close_to_zero.json": .jsonNumberTooLong,
    ]

    static func files(_ prefix: String) throws -> [(name: String, data: Data)] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted()
            .map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    static func accepts(_ data: Data) -> Result<JSONValue, JSONSyntaxError> {
        do { return .success(try JSONParser.parse(data)) } catch { return .failure(error) }
    }

    @Test(.enabled(if: isPresent, "JSONTestSuite not found at ../shared/testdata/JSONTestSuite/test_parsing"))
    func refusesEveryInvalidDocument() throws {
        let files = try Self.files("n_")
        #expect(files.count > 150)
        var accepted: [String] = []
        for (name, data) in files {
            switch Self.accepts(data) {
            case .success: accepted.append(name)
            case .failure(let error):
                #expect(error.line >= 1 && error.column >= 1, "\(name): location \(error.line):\(error.column)")
                #expect(!error.message.text(.en).isEmpty && !error.message.vi.isEmpty, "\(name): empty message")
            }
        }
        #expect(accepted.isEmpty, "accepted invalid JSON: \(accepted)")
        print("JSONTestSuite: \(files.count) n_ files, \(files.count - accepted.count) refused")
    }

    @Test(.enabled(if: isPresent, "JSONTestSuite not found at ../shared/testdata/JSONTestSuite/test_parsing"))
    func acceptsEveryValidDocument() throws {
        let files = try Self.files("y_")
        #expect(files.count > 80)
        var refused: [String] = []
        for (name, data) in files {
            if case .failure(let error) = Self.accepts(data) {
                if let reason = Self.refusedByDesign[name] {
                    #expect(error.code == reason, "\(name): \(error.code.rawValue): \(error.message.text(.en))")
                } else {
                    refused.append("\(name): \(error.message.text(.en))")
                }
            } else if let reason = Self.refusedByDesign[name] {
                Issue.record("\(name) should be refused (\(reason))")
            }
        }
        #expect(refused.isEmpty, "refused valid JSON: \(refused)")
        print(
            "JSONTestSuite: \(files.count) y_ files, \(files.count - refused.count - Self.refusedByDesign.count) accepted, \(Self.refusedByDesign.count) refused by design (duplicate keys, an 80-character number)"
        )
    }

    @Test(.enabled(if: isPresent, "JSONTestSuite not found at ../shared/testdata/JSONTestSuite/test_parsing"))
    func implementationDefinedDocumentsDoNotCrash() throws {
        let files = try Self.files("i_")
        #expect(files.count > 20)
        var accepted: [String] = []
        for (name, data) in files {
            if case .success = Self.accepts(data) { accepted.append(name) }
        }
        // UTF-16, invalid UTF-8 and lone surrogates are refused; a byte-order mark is skipped; huge
        // numbers are kept as their text and judged when a value is read.
        let mustRefuse = ["UTF-16", "utf16", "invalid", "surrogate", "continuation", "truncated-utf-8"]
        for name in accepted where mustRefuse.contains(where: name.contains) {
            Issue.record("\(name) accepted")
        }
        #expect(accepted.contains("i_structure_UTF-8_BOM_empty_object.json"))
        print(
            "JSONTestSuite: \(files.count) i_ files, \(accepted.count) accepted, \(files.count - accepted.count) refused, no crash; accepted: \(accepted.joined(separator: ", "))"
        )
    }

    /// Every document of the suite, read as a submission: refused (none is a submission), never a crash.
    @Test(.enabled(if: isPresent, "JSONTestSuite not found at ../shared/testdata/JSONTestSuite/test_parsing"))
    func noDocumentIsASubmission() throws {
        let scorer = Scorer(catalog: try Fixtures.catalog())
        var count = 0
        for prefix in ["n_", "y_", "i_"] {
            for (name, data) in try Self.files(prefix) {
                count += 1
                do {
                    _ = try scorer.score(data: data, file: name)
                    Issue.record("\(name) was scored")
                } catch {
                    #expect(error.diagnostics.contains { $0.severity == .error && $0.file == name }, "\(name)")
                }
            }
        }
        #expect(count > 250)
    }
}
