import Foundation
import Testing

/// The hostile workbooks of Tests/Fixtures/corpus-xlsx (written by scripts/make-xlsx-corpus.py):
/// each is refused with its exit code and a message that names the file and says why, within a
/// second of CPU time and 100 MB of memory.
@Suite(.serialized) struct HostileWorkbookTests {
    struct Case: Sendable, CustomStringConvertible {
        var file: String
        var status: Int32
        var fragment: String
        var description: String { file }
    }

    static let folder = ParScoreRunner.root.appendingPathComponent("Tests/Fixtures/corpus-xlsx")

    static let cases: [Case] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, let status = Int32(fields[1]) else { return nil }
            return Case(file: fields[0], status: status, fragment: fields[2])
        }
    }()

    @Test func corpusIsComplete() {
        #expect(Self.cases.count >= 20)
        let names = Set(Self.cases.map(\.file))
        for name in [
            "zip-bomb-size.xlsx", "zip-bomb-ratio.xlsx", "many-entries.xlsx", "dotdot-name.xlsx", "absolute-name.xlsx", "truncated.xlsx",
            "bad-crc.xlsx", "encrypted-entry.xlsx", "doctype-entities.xlsx", "deep-nesting.xlsx", "huge-cell.xlsx",
            "formula-without-value.xlsx", "macros.xlsm", "old-binary.xls",
        ] {
            #expect(names.contains(name), "\(name)")
        }
    }

    @Test(arguments: cases)
    func refused(_ item: Case) throws {
        let path = "Tests/Fixtures/corpus-xlsx/\(item.file)"
        let result = try ParScoreRunner.run(["--lang", "en", path])
        #expect(result.status == item.status, "\(result.stderr)")
        #expect(!result.signalled)
        #expect(result.stderr.contains(path), "\(result.stderr)")
        #expect(result.stderr.contains(item.fragment), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        // validate says the same, with the same status.
        let validated = try ParScoreRunner.run(["validate", "--lang", "en", path])
        #expect(validated.status == item.status)
        #expect(validated.stderr.contains(item.fragment))
    }

    /// CPU time and peak memory of each refusal, measured by /usr/bin/time (skipped without it).
    @Test(arguments: cases)
    func costsLittle(_ item: Case) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%U %S %M", ParScoreRunner.executable.path, "--lang", "en", "Tests/Fixtures/corpus-xlsx/\(item.file)"]
        process.currentDirectoryURL = ParScoreRunner.root
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let last = String(decoding: data, as: UTF8.self).split(separator: "\n").last else {
            Issue.record("no measure")
            return
        }
        let fields = last.split(separator: " ").compactMap { Double($0) }
        guard fields.count == 3 else { return }
        #expect(fields[0] + fields[1] < 1.0, "CPU \(fields[0] + fields[1]) s")
        #expect(fields[2] < 100_000, "\(fields[2]) kB")
    }
}
