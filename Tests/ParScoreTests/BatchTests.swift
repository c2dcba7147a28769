import Foundation
import ParIndexTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A batch never loses data: a thousand submissions with ten broken ones are ranked, the broken
/// ones are named, the inputs are untouched, and an interrupted run leaves no half-written report.
@Suite("Batch resilience, end to end", .serialized)
struct BatchTests {
    static let examples = ["so-y-te-dak-nong-2020.json", "so-gddt-hoa-binh-2020.json", "so-khdt-tuyen-quang-2023.json"]

    /// Ten ways to break a submission, each with a substring of its English message and the code
    /// of its first error.
    static let breakages: [(name: String, message: String, code: String, edit: @Sendable (String) -> Data)] = [
        ("empty", "the file is empty", "json.empty", { _ in Data() }),
        ("truncated", "truncated JSON", "json.", { Data($0.utf8.prefix($0.utf8.count / 2)) }),
        (
            "on-time", "is more than facts[\"tthc.resolved\"]", "submission.partExceedsWhole",
            { Data(replacing(#""tthc\.onTime": \d+"#, with: #""tthc.onTime": 99999999"#, in: $0).utf8) }
        ),
        (
            "framework", "unknown framework \"so-nope\"", "framework.unknown",
            { Data($0.replacingOccurrences(of: #""framework": "so-seeds""#, with: #""framework": "so-nope""#).utf8) }
        ),
        (
            "utf8", "not valid UTF-8", "json.invalidUTF8",
            { Data($0.replacingOccurrences(of: "Đơn vị", with: "Đ\u{0}n vị").utf8.map { $0 == 0 ? 0xFF : $0 }) }
        ),
        (
            "nan", "NaN and Infinity", "json.nanOrInfinity",
            { Data(replacing(#""tthc\.resolved": \d+"#, with: #""tthc.resolved": NaN"#, in: $0).utf8) }
        ),
        (
            "duplicate", "duplicate key \"year\"", "json.duplicateKey",
            { Data($0.replacingOccurrences(of: #""year": "#, with: #""year": 2020, "year": "#).utf8) }
        ),
        (
            "string-count", "without thousands separators, without quotes: 1240", "submission.factValueHint",
            { Data(replacing(#""tthc\.onTime": \d+"#, with: #""tthc.onTime": "1.240""#, in: $0).utf8) }
        ),
        ("utf16", "UTF-16", "json.utf16", { Data([0xFF, 0xFE]) + ($0.data(using: .utf16LittleEndian) ?? Data()) }),
        (
            "unknown-key", "unknown key \"comments\"", "value.unknownKey",
            { Data($0.replacingOccurrences(of: #""facts": {"#, with: #""comments": "lần 2", "facts": {"#).utf8) }
        ),
    ]

    static func replacing(_ pattern: String, with template: String, in text: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        return regex.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: NSRegularExpression.escapedTemplate(for: template))
    }

    static func number(_ pattern: String, in text: String) -> Int? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return Int(text[range])
    }

    /// Writes `count` submissions into a fresh folder, `broken` of them broken; returns the folder and
    /// the names of the broken files.
    static func makeFolder(count: Int, broken: Int) throws -> (URL, [(file: String, message: String, code: String)]) {
        let folder = try ParScoreRunner.temporaryFolder()
        let texts = try examples.map { try String(contentsOf: ParScoreRunner.root.appendingPathComponent("Examples/\($0)"), encoding: .utf8) }
        var rng = SplitMix64(seed: 0x4241_5443_4800_0005)
        var brokenFiles: [(String, String, String)] = []
        let brokenIndices = Set((0..<broken).map { $0 * (count / Swift.max(broken, 1)) + 7 })
        for i in 0..<count {
            var text = texts[i % texts.count]
            // A distinct unit, and varied facts.
            text = replacing(
                #""unit": \{\s*"id": "[^"]*",\s*"name": "[^"]*""#, with: #""unit": { "id": "unit-\#(i)", "name": "Đơn vị thử \#(i)""#, in: text)
            if let resolved = number(#""tthc\.resolved": (\d+)"#, in: text) {
                text = replacing(#""tthc\.onTime": \d+"#, with: #""tthc.onTime": \#(Int.random(in: 0...resolved, using: &rng))"#, in: text)
            }
            text = replacing(#""survey\.q2": "[A-D]""#, with: #""survey.q2": "\#(["A", "B", "C", "D"].randomElement(using: &rng) ?? "A")""#, in: text)
            let subfolder = "group-\(i % 7)"
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(subfolder), withIntermediateDirectories: true)
            let name = "\(subfolder)/unit-\(String(format: "%04d", i)).json"
            var data = Data(text.utf8)
            if brokenIndices.contains(i) {
                let breakage = breakages[brokenFiles.count % breakages.count]
                data = breakage.edit(text)
                brokenFiles.append((name, breakage.message, breakage.code))
            }
            try data.write(to: folder.appendingPathComponent(name))
        }
        return (folder, brokenFiles)
    }

    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return result
    }

    @Test(.timeLimit(.minutes(3)))
    func aThousandFilesWithTenBrokenOnes() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let (folder, broken) = try Self.makeFolder(count: 1_000, broken: 10)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(broken.count == 10)
        let before = try Self.snapshot(folder)
        #expect(before.count == 1_000)

        let result = try ParScoreRunner.run(["rank", folder.path, "--format", "json", "--lang", "en"])
        #expect(!result.signalled)
        #expect(result.status == 1, "exit \(result.status): \(result.stderr.prefix(1000))")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let tables = try #require(object["tables"] as? [[String: Any]])
        let units = tables.flatMap { $0["units"] as? [[String: Any]] ?? [] }
        #expect(units.count == 990)
        #expect(Set(units.compactMap { $0["id"] as? String }).count == 990)
        let failures = try #require(object["failures"] as? [[String: Any]])
        for (file, message, code) in broken {
            let line = result.stderr.split(separator: "\n").first { $0.contains(file + ":") }
            #expect(line != nil, "\(file) is not named in stderr")
            #expect(line?.contains(message) == true, "\(file): expected \(message) in \(line ?? "")")
            let failure = failures.first { ($0["file"] as? String)?.hasSuffix(file) == true }
            let given = failure?["code"] as? String ?? ""
            #expect(code.hasSuffix(".") ? given.hasPrefix(code) : given == code, "\(file): code \(given), expected \(code)")
            #expect((failure?["message"] as? String)?.contains(message) == true)
        }
        #expect(result.stderr.contains("10 files refused; 990 units ranked"))
        #expect(!result.stderr.contains("Fatal error"))

        // Reading never modifies the inputs.
        #expect(try Self.snapshot(folder) == before)
        print("batch: 1000 files, 990 ranked in \(tables.count) tables, 10 refused and named; \(clock.now - start)")
    }

    /// Starts par-score as a shell would: no signal blocked, default dispositions, output to
    /// /dev/null. (`Process` starts children from a test thread whose blocked signals, SIGINT among
    /// them, the child inherits, so `process.interrupt()` would never reach it.)
    static func spawn(_ arguments: [String]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([ParScoreRunner.executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, ParScoreRunner.executable.path, &actions, &attributes, argv, environ)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        return pid
    }

    /// Waits for a child; returns its exit status, or nil when a signal ended it.
    static func wait(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : nil
    }

    /// Interrupting `rank --out` at any moment leaves the previous report whole (or none) and no
    /// temporary file. One full run is timed first; the interrupts then land at fractions of it, from
    /// the scoring of the files to the writing of the 20 MB report.
    @Test(.timeLimit(.minutes(3)))
    func interruptedRankLeavesNoHalfWrittenReport() throws {
        let (folder, _) = try Self.makeFolder(count: 600, broken: 0)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outFolder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: outFolder) }
        let out = outFolder.appendingPathComponent("report.html")
        let previous = Data("<!doctype html><title>previous report</title><p>whole</p></html>\n".utf8)
        let inputs = try Self.snapshot(folder)
        let arguments = ["rank", folder.path, "--format", "html", "--out", out.path]

        // A full run replaces the previous report whole.
        try previous.write(to: out)
        let clock = ContinuousClock()
        let start = clock.now
        let full = Self.wait(try Self.spawn(arguments))
        let duration = clock.now - start
        #expect(full == 0)
        let complete = try Data(contentsOf: out)
        #expect(String(decoding: complete.suffix(100), as: UTF8.self).contains("</html>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outFolder.path) == ["report.html"])

        var outcomes: [String] = []
        for (step, fraction) in [0.05, 0.3, 0.6, 0.8, 0.9, 0.97].enumerated() {
            let hasPrevious = step % 2 == 0
            try? FileManager.default.removeItem(at: out)
            if hasPrevious { try previous.write(to: out) }
            let pid = try Self.spawn(arguments)
            Thread.sleep(forTimeInterval: Double(duration.components.seconds) * fraction + Double(duration.components.attoseconds) * 1e-18 * fraction)
            kill(pid, SIGINT)
            let exit = Self.wait(pid)
            #expect(exit != nil, "ended by a signal, not by the handler")
            let status = exit ?? -1
            let written = try? Data(contentsOf: out)
            let left = try FileManager.default.contentsOfDirectory(atPath: outFolder.path)
            #expect(!left.contains { $0.hasPrefix(".report.html.") && $0.hasSuffix(".tmp") }, "left behind: \(left)")
            switch status {
            case 130:
                // Interrupted before the rename: the previous report (or none) is kept. Interrupted
                // after it: the new report is there whole. Never anything in between.
                let finishedFirst = written == complete
                #expect(finishedFirst || written == (hasPrevious ? previous : nil), "an interrupted run changed the output")
                #expect(left == (hasPrevious || finishedFirst ? ["report.html"] : []), "left behind: \(left)")
            case 0:
                #expect(written == complete, "a finished run wrote a different report")
            default:
                Issue.record("exit \(status) when interrupted at \(fraction) of the run")
            }
            outcomes.append(
                "\(Int(fraction * 100))%: exit \(status), \(written == nil ? "no output" : written == previous ? "previous report kept" : "complete report")"
            )
        }
        #expect(try Self.snapshot(folder) == inputs)
        print("batch: full html run \(duration); interrupted at \(outcomes.joined(separator: "; ")); no temporary file left")
    }

    /// A run that is not interrupted replaces the previous report whole.
    @Test func uninterruptedRankReplacesTheReport() throws {
        let (folder, _) = try Self.makeFolder(count: 30, broken: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outFolder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: outFolder) }
        let out = outFolder.appendingPathComponent("report.html")
        try Data("old".utf8).write(to: out)
        let result = try ParScoreRunner.run(["rank", folder.path, "--format", "html", "--out", out.path, "--lang", "en"])
        #expect(!result.signalled)
        #expect(result.stdout.isEmpty)
        #expect(result.status == 1, "exit \(result.status): \(result.stderr.suffix(300))")
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.hasPrefix("<!") && text.contains("</html>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outFolder.path) == ["report.html"])
    }

    /// `--out` naming a pipe (or `/dev/null`, `/dev/stdout`) writes into it and leaves it a pipe:
    /// only regular files are replaced through a temporary file.
    @Test(.timeLimit(.minutes(1)))
    func outputToAPipeKeepsThePipe() throws {
        let outFolder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: outFolder) }
        let pipe = outFolder.appendingPathComponent("ranking.pipe")
        let mkfifo = Process()
        mkfifo.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        mkfifo.arguments = ["mkfifo", pipe.path]
        try mkfifo.run()
        mkfifo.waitUntilExit()
        try #require(mkfifo.terminationStatus == 0)
        nonisolated(unsafe) var received = Data()
        let reader = DispatchGroup()
        reader.enter()
        DispatchQueue.global().async {
            received = FileHandle(forReadingAtPath: pipe.path)?.readDataToEndOfFile() ?? Data()
            reader.leave()
        }
        let examples = ParScoreRunner.root.appendingPathComponent("Examples").path
        let result = try ParScoreRunner.run(["rank", examples, "--format", "json", "--out", pipe.path])
        reader.wait()
        #expect(result.status == 0, "exit \(result.status): \(result.stderr.suffix(300))")
        #expect(String(decoding: received, as: UTF8.self).contains("\"units\""))
        let type = try FileManager.default.attributesOfItem(atPath: pipe.path)[.type] as? FileAttributeType
        #expect(type != nil && type != .typeRegular)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outFolder.path) == ["ranking.pipe"])
    }
}
