import Foundation
import Testing

/// `rank` names every refused file, on standard error and in every report, however many there are;
/// and it exits 1 whenever a file was refused, also when every file was, still writing its report.
@Suite("Refused files, end to end", .serialized)
struct RefusedFilesTests {
    /// 70 files, 63 of them broken in the ten ways of ``BatchTests/breakages``: more errors than the
    /// 50 that standard error prints whole.
    static func folderWithManyBroken() throws -> (URL, [(file: String, message: String, code: String)]) {
        let (folder, broken) = try BatchTests.makeFolder(count: 70, broken: 64)
        #expect(broken.count >= 60)
        return (folder, broken)
    }

    @Test(.timeLimit(.minutes(2)))
    func everyRefusedFileIsNamedOnStandardErrorAndInEveryReport() throws {
        let (folder, broken) = try Self.folderWithManyBroken()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = 70 - broken.count

        // JSON: on stdout, every refused file in `failures` (with its code and message) and once in `refusedFiles`.
        let json = try ParScoreRunner.run(["rank", folder.path, "--format", "json", "--lang", "en"])
        #expect(!json.signalled)
        #expect(json.status == 1, "exit \(json.status): \(json.stderr.prefix(500))")
        let lines = json.stderr.split(separator: "\n")
        #expect(!json.stderr.contains("… and "), "no file is left unnamed behind a count: \(json.stderr.suffix(300))")
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        #expect(object["failedFiles"] as? Int == broken.count)
        let failures = try #require(object["failures"] as? [[String: Any]])
        let refused = try #require(object["refusedFiles"] as? [[String: Any]])
        #expect(refused.count == broken.count)
        let units = (object["tables"] as? [[String: Any]] ?? []).flatMap { $0["units"] as? [[String: Any]] ?? [] }
        #expect(units.count == good)
        for (file, message, code) in broken {
            let line = lines.first { $0.contains(file + ":") }
            #expect(line != nil, "\(file) is not named on stderr")
            #expect(line?.contains(message) == true, "\(file): expected \(message) in \(line ?? "")")
            for list in [failures, refused] {
                let entry = list.first { ($0["file"] as? String)?.hasSuffix(file) == true }
                let given = entry?["code"] as? String ?? ""
                #expect(code.hasSuffix(".") ? given.hasPrefix(code) : given == code, "\(file): code \(given), expected \(code)")
                #expect((entry?["message"] as? String)?.contains(message) == true, "\(file): message")
            }
        }
        #expect(json.stderr.contains("\(broken.count) files refused; \(good) units ranked"))

        // Markdown, HTML, text and xlsx, written with --out: every refused file by name.
        let out = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        for (format, heading) in [
            ("md", "## Refused files (\(broken.count))"), ("html", "Refused files"), ("text", "REFUSED FILES"), ("xlsx", "Refused files"),
        ] {
            let file = out.appendingPathComponent("ranking.\(format)")
            let result = try ParScoreRunner.run(["rank", folder.path, "--format", format, "--out", file.path, "--lang", "en"])
            #expect(result.status == 1, "\(format): exit \(result.status)")
            let report = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            #expect(report.contains(heading), "\(format): no \(heading)")
            for (name, _, _) in broken {
                #expect(report.contains(name), "\(format): \(name) is not named")
            }
        }
        let html = String(decoding: try Data(contentsOf: out.appendingPathComponent("ranking.html")), as: UTF8.self)
        let section = try #require(html.range(of: "<section class=\"page failures\" id=\"failures\">"))
        // One row a file, with its first error.
        #expect(html[section.upperBound...].components(separatedBy: "<tr><td>").count - 1 == broken.count)
        let vietnamese = try ParScoreRunner.run(["rank", folder.path, "--format", "html", "--out", out.appendingPathComponent("vi.html").path])
        #expect(vietnamese.status == 1)
        #expect(String(decoding: try Data(contentsOf: out.appendingPathComponent("vi.html")), as: UTF8.self).contains("Tệp bị loại"))
    }

    /// Every file refused: exit 1, as when some are (the README's table); the report is still
    /// written and lists them. Before, this exited 65 and a reader of the table could not tell why.
    @Test(.timeLimit(.minutes(2)))
    func aFolderWhereEveryFileIsRefusedExitsOneAndStillWritesItsReport() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = try String(contentsOf: ParScoreRunner.root.appendingPathComponent("Examples/\(BatchTests.examples[0])"), encoding: .utf8)
        // The unit named as ``BatchTests/makeFolder(count:broken:)`` names it, which the breakages expect.
        let text = BatchTests.replacing(
            #""unit": \{\s*"id": "[^"]*",\s*"name": "[^"]*""#, with: #""unit": { "id": "unit-1", "name": "Đơn vị thử 1""#, in: example)
        #expect(text != example)
        var names: [String] = []
        for (index, breakage) in BatchTests.breakages.enumerated() {
            let name = "broken-\(index)-\(breakage.name).json"
            try breakage.edit(text).write(to: folder.appendingPathComponent(name))
            names.append(name)
        }
        let out = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        for format in ["json", "md", "html", "text", "csv", "xlsx"] {
            let file = out.appendingPathComponent("ranking.\(format)")
            let result = try ParScoreRunner.run(["rank", folder.path, "--format", format, "--out", file.path, "--lang", "en"])
            #expect(!result.signalled)
            #expect(result.status == 1, "\(format): exit \(result.status): \(result.stderr.suffix(300))")
            #expect(result.stderr.contains("\(names.count) files refused; 0 units ranked"), "\(format): \(result.stderr.suffix(300))")
            let report = try Data(contentsOf: file)
            #expect(!report.isEmpty, "\(format): no report")
            guard format != "csv" else { continue }  // one row a ranked unit: nothing to list
            let written = String(decoding: report, as: UTF8.self)
            for name in names {
                #expect(written.contains(name), "\(format): \(name) is not named")
                #expect(result.stderr.contains(name + ":"), "\(name) is not named on stderr")
            }
        }
        // The same to standard output.
        let json = try ParScoreRunner.run(["rank", folder.path, "--format", "json"])
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        #expect((object["refusedFiles"] as? [[String: Any]])?.count == names.count)
        #expect((object["tables"] as? [Any])?.isEmpty == true)
    }

    /// Nothing to rank at all because no path was given: a usage error (64), and no report.
    @Test func rankWithoutAPathIsAUsageError() throws {
        let result = try ParScoreRunner.run(["rank", "--format", "json"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
    }
}
