import Foundation

/// The whole `par-score rank` command, timed from outside.
struct CommandTimes {
    var files: Double
    var ndjson: Double
    var peakMemory: Int
    var status: Int32
}

enum Subprocess {
    /// The best of three runs of ranking the folder, and of the NDJSON file, writing JSON.
    static func timeRank(parScore: String, corpus: Corpus, criteria: URL) -> CommandTimes {
        let out = corpus.folder.appendingPathComponent("ranking.json").path
        var files = Double.infinity
        var ndjson = Double.infinity
        var status: Int32 = 0
        var peak = 0
        for _ in 0..<3 {
            let a = Platform.spawn(
                parScore, ["rank", corpus.folder.appendingPathComponent("files").path, "--criteria", criteria.path, "--format", "json", "--out", out])
            let b = Platform.spawn(parScore, ["rank", "--ndjson", corpus.ndjson.path, "--criteria", criteria.path, "--format", "json", "--out", out])
            files = min(files, a.seconds)
            ndjson = min(ndjson, b.seconds)
            status = max(status, max(a.status, b.status))
            peak = max(peak, max(a.peakMemory, b.peakMemory))
        }
        return CommandTimes(files: files, ndjson: ndjson, peakMemory: peak, status: status)
    }

    /// The median of 21 runs of `par-score --version`.
    static func timeVersion(parScore: String) -> Double {
        let times = (0..<21).map { _ in Platform.spawn(parScore, ["--version"]).seconds }.sorted()
        return times[times.count / 2]
    }
}

/// Python's json.loads over the same files, measured by scripts/python-json-baseline.py.
enum PythonBaseline {
    static func measure(root: URL, corpus: Corpus) -> (files: Double, ndjson: Double)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", root.appendingPathComponent("scripts/python-json-baseline.py").path, corpus.folder.appendingPathComponent("files").path,
            corpus.ndjson.path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let numbers = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        guard process.terminationStatus == 0, numbers.count == 2 else { return nil }
        return (numbers[0], numbers[1])
    }
}
