import Foundation
import Testing

/// One hostile issuer profile (`Tests/Fixtures/issuer-corpus/manifest.json`).
struct IssuerCorpusCase: Decodable, Sendable, CustomTestStringConvertible {
    /// The file name in the corpus folder (or in a temporary folder, for generated cases).
    var file: String
    /// The expected exit status.
    var exit: Int32
    /// A substring of the English standard error.
    var stderr: String
    /// `large` for a file made by the test.
    var generate: String?

    var testDescription: String { file }
}

/// `--issuer FILE` refuses every bad profile with the file, the place and a documented exit code.
@Suite("Issuer profiles, end to end")
struct IssuerProfileCommandTests {
    static let folder = ParScoreRunner.root.appendingPathComponent("Tests/Fixtures/issuer-corpus")
    static let example = ParScoreRunner.root.appendingPathComponent("Examples/so-y-te-dak-nong-2020.json").path

    static let manifest: [IssuerCorpusCase] = {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("manifest.json")),
            let cases = try? JSONDecoder().decode([IssuerCorpusCase].self, from: data)
        else { return [] }
        return cases
    }()

    @Test func theManifestIsRead() {
        #expect(Self.manifest.count >= 10)
    }

    @Test(arguments: manifest) func hostileProfileIsRefused(_ item: IssuerCorpusCase) throws {
        var path = Self.folder.appendingPathComponent(item.file).path
        if item.generate == "large" {
            let temporary = try ParScoreRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: temporary) }
            path = temporary.appendingPathComponent(item.file).path
            let line = "\"" + String(repeating: "x", count: 150) + "\","
            let text = "{\"recipients\": [" + String(repeating: line, count: 60_000) + "\"x\"]}"
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            try check(item, path: path)
            return
        }
        try check(item, path: path)
    }

    private func check(_ item: IssuerCorpusCase, path: String) throws {
        for command in [[Self.example, "--format", "html"], ["rank", Self.example, "--format", "html"]] {
            let result = try ParScoreRunner.run(command + ["--issuer", path, "--lang", "en"])
            #expect(!result.signalled)
            #expect(result.status == item.exit, "\(item.file): \(result.stderr)")
            #expect(result.stderr.contains(item.stderr), "\(item.file): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(item.file): nothing is written on a refused profile")
        }
    }

    @Test func vietnameseMessageNamesTheFileAndPath() throws {
        let path = Self.folder.appendingPathComponent("bad-date.issuer.json").path
        let result = try ParScoreRunner.run([Self.example, "--format", "html", "--issuer", path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad-date.issuer.json: lỗi: document.date:"), "\(result.stderr)")
    }

    @Test func theShippedExampleIsAccepted() throws {
        let path = ParScoreRunner.root.appendingPathComponent("Examples/issuer/so-noi-vu-dak-nong.issuer.json").path
        let result = try ParScoreRunner.run([Self.example, "--format", "html", "--issuer", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("SỞ NỘI VỤ"))
        #expect(result.stdout.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    }
}
