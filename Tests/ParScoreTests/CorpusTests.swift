import Foundation
import Testing

/// One case of the hostile-input corpus (`Tests/Fixtures/corpus/manifest.json`, written by
/// `scripts/make-corpus.py`).
struct CorpusCase: Decodable, Sendable, CustomTestStringConvertible {
    /// The file name, in the corpus folder or, for generated cases, in a temporary folder.
    var file: String
    /// `score`, `validate` or `lint` (`par-score criteria lint`).
    var command: String
    /// The expected exit status.
    var exit: Int32
    /// A substring of the English standard error.
    var stderr: String
    /// A substring of standard output, for accepted files.
    var stdout: String?
    /// For big or special cases: how the test makes the file (`deep`, `longString`, `large`, …).
    var generate: String?

    var testDescription: String { file }
}

/// Every hostile or real-world input gives its documented exit status and a message that names the
/// file, and never a crash.
@Suite("Hostile input corpus, end to end")
struct CorpusTests {
    static let folder = ParScoreRunner.root.appendingPathComponent("Tests/Fixtures/corpus")

    static let manifest: [CorpusCase] = {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("manifest.json")),
            let cases = try? JSONDecoder().decode([CorpusCase].self, from: data)
        else { return [] }
        return cases
    }()

    /// The JSONTestSuite parsing cases, when the shared test data is present beside the repository.
    static let jsonTestSuite = ParScoreRunner.root.deletingLastPathComponent().appendingPathComponent("shared/testdata/JSONTestSuite/test_parsing")
    static let hasJSONTestSuite = FileManager.default.fileExists(atPath: jsonTestSuite.path)

    /// The base of the generated cases.
    static var example: String {
        get throws { try String(contentsOf: ParScoreRunner.root.appendingPathComponent("Examples/so-y-te-dak-nong-2020.json"), encoding: .utf8) }
    }

    /// Writes a generated case into `folder` and returns its path.
    static func generate(_ kind: String, name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        let base = try example
        func replacing(_ old: String, _ new: String, in text: String? = nil) throws -> String {
            let text = text ?? base
            let range = try #require(text.range(of: old), "\(old) not in the example")
            return text.replacingCharacters(in: range, with: new)
        }
        let text: String
        switch kind {
        case "deep":
            text = try replacing(
                #""claimed": {"#, #""claimed": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + #", "x": {"#)
        case "deepObjects":
            text = String(repeating: #"{"a":"#, count: 100_000)
        case "longString":
            text = try replacing(#""name": "Sở Y tế""#, #""name": ""# + String(repeating: "a", count: 1_000_000) + "\"")
        case "longStringOverLimit":
            text = try replacing(#""name": "Sở Y tế""#, #""name": ""# + String(repeating: "ở", count: 1_000_000) + "\"")
        case "large":
            // About 5 MB: a valid array of 115,000 objects under a key the format does not know.
            var items: [String] = []
            items.reserveCapacity(115_000)
            for i in 0..<115_000 { items.append(#"{"n": \#(i), "t": "Văn bản số \#(i)"}"#) }
            text = try replacing(#""year": 2020,"#, "\"year\": 2020,\n  \"attachments\": [" + items.joined(separator: ",") + "],")
        case "largeBadValue":
            // 5 MB of blank lines inside the facts, and one count written as a string.
            let padded = try replacing(#""facts": {"#, #""facts": {"# + String(repeating: "\n", count: 5_000_000))
            text = try replacing(#""tthc.onTime": 1240"#, #""tthc.onTime": "1.240""#, in: padded)
        case "tooLarge":
            text = String(repeating: " ", count: 9_000_000) + base
        case "missing":
            return url.path
        case "directory":
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url.path
        default:
            Issue.record("unknown generate kind \(kind)")
            text = base
        }
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func arguments(_ command: String, _ path: String) -> [String] {
        switch command {
        case "validate": ["validate", path]
        case "lint": ["criteria", "lint", path]
        default: [path]
        }
    }

    static func expectNoCrash(_ result: ParScoreRunner.Result, _ context: String) {
        #expect(!result.signalled, "\(context): ended by a signal")
        #expect(result.status != 70, "\(context): internal error")
        for marker in ["Fatal error", "backtrace", "Stack dump", "Illegal instruction", "Segmentation fault"] {
            #expect(!result.stderr.contains(marker), "\(context): \(marker) in stderr")
        }
    }

    @Test func manifestIsComplete() throws {
        #expect(Self.manifest.count >= 60, "manifest.json is missing or too short")
        let committed = Set(try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)).subtracting(["manifest.json"])
        let listed = Set(Self.manifest.filter { $0.generate == nil }.map(\.file))
        #expect(committed == listed, "files and manifest differ")
        for name in committed {
            let size = try FileManager.default.attributesOfItem(atPath: Self.folder.appendingPathComponent(name).path)[.size] as? Int ?? 0
            #expect(size < 50_000, "\(name) is \(size) bytes; generate big cases at test time")
        }
        #expect(Set(Self.manifest.map(\.file)).count == Self.manifest.count, "a file is listed twice")
        print(
            "corpus: \(Self.manifest.count) cases, \(Self.manifest.filter { $0.exit == 0 }.count) accepted, \(Self.manifest.filter { $0.generate != nil }.count) generated"
        )
    }

    @Test(arguments: manifest)
    func corpusCase(_ entry: CorpusCase) throws {
        let temporary = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let path = try entry.generate.map { try Self.generate($0, name: entry.file, in: temporary) } ?? "Tests/Fixtures/corpus/\(entry.file)"
        let arguments = Self.arguments(entry.command, path)

        let english = try ParScoreRunner.run(arguments + ["--lang", "en"])
        Self.expectNoCrash(english, entry.file)
        #expect(english.status == entry.exit, "\(entry.file): exit \(english.status), stderr: \(english.stderr.prefix(500))")
        #expect(
            entry.stderr.isEmpty || english.stderr.contains(entry.stderr),
            "\(entry.file): stderr lacks \(entry.stderr): \(english.stderr.prefix(500))")
        if let stdout = entry.stdout {
            #expect(english.stdout.contains(stdout), "\(entry.file): stdout lacks \(stdout)")
        }
        if entry.exit == 0 {
            #expect(!english.stderr.contains("error"), "\(entry.file): \(english.stderr.prefix(500))")
        } else {
            #expect(english.stderr.contains(path + ":"), "\(entry.file): stderr does not name the file: \(english.stderr.prefix(300))")
            #expect(english.stdout.isEmpty, "\(entry.file): a refused file printed a result")
            #expect(english.stderr.utf8.count < 20_000, "\(entry.file): \(english.stderr.utf8.count) bytes of messages")
        }

        // The Vietnamese default: same status, and a message that names the file.
        let vietnamese = try ParScoreRunner.run(arguments)
        Self.expectNoCrash(vietnamese, entry.file + " (vi)")
        #expect(vietnamese.status == entry.exit)
        if entry.exit != 0 {
            #expect(!vietnamese.stderr.isEmpty)
            #expect(vietnamese.stderr.contains(path + ":"))
            #expect(vietnamese.stderr.contains("lỗi"), "\(entry.file): \(vietnamese.stderr.prefix(300))")
        }
    }

    /// The corpus input files are never modified by reading them.
    @Test func corpusFilesAreReadOnlyInputs() throws {
        let names = Self.manifest.filter { $0.generate == nil && $0.command != "lint" }.map(\.file)
        let before = try names.map { try Data(contentsOf: Self.folder.appendingPathComponent($0)) }
        let result = try ParScoreRunner.run(["validate"] + names.map { "Tests/Fixtures/corpus/\($0)" } + ["--lang", "en"])
        Self.expectNoCrash(result, "validate corpus")
        #expect(result.status == 65)
        let after = try names.map { try Data(contentsOf: Self.folder.appendingPathComponent($0)) }
        #expect(before == after)
    }

    /// JSONTestSuite: every file that is not JSON (`n_`) is refused with exit 65; valid JSON (`y_`)
    /// and implementation-defined cases (`i_`) are not submissions and are refused too. No crash.
    @Test(.enabled(if: hasJSONTestSuite, "JSONTestSuite not found at ../shared/testdata/JSONTestSuite/test_parsing"), .timeLimit(.minutes(2)))
    func jsonTestSuiteEndToEnd() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.jsonTestSuite.path).filter { $0.hasSuffix(".json") }.sorted()
        var counts: [String: Int] = [:]
        for prefix in ["n_", "y_", "i_"] {
            let files = names.filter { $0.hasPrefix(prefix) }.map { Self.jsonTestSuite.appendingPathComponent($0).path }
            counts[prefix] = files.count
            #expect(!files.isEmpty)
            for start in stride(from: 0, to: files.count, by: 50) {
                let chunk = Array(files[start..<min(start + 50, files.count)])
                let result = try ParScoreRunner.run(["validate"] + chunk + ["--lang", "en"])
                Self.expectNoCrash(result, "\(prefix) files \(start)…")
                #expect(result.status == 65, "\(prefix) files \(start)…: exit \(result.status)")
                #expect(!result.stdout.contains(": valid"), "\(prefix) files \(start)…: \(result.stdout.prefix(300))")
                for file in chunk {
                    #expect(result.stderr.contains(file + ":"), "\(file) is not named in stderr")
                }
            }
        }
        print(
            "JSONTestSuite end to end: \(counts["n_"] ?? 0) n_, \(counts["y_"] ?? 0) y_, \(counts["i_"] ?? 0) i_ files refused with exit 65, no crash"
        )
    }
}
