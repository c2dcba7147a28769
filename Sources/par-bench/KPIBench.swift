import Foundation

/// `par-bench --kpi N`: `par-score kpi` end to end on N generated records (CSV and NDJSON), next
/// to the same completed-only on-time count per unit by scripts/kpi-polars.py and scripts/kpi-duckdb.py.
enum KPIBench {
    struct Baseline {
        var name: String
        var seconds: Double?
        var agrees: Bool
        var note: String
    }

    /// Runs the section and returns the lines of its report and its checks.
    static func run(count: Int, parScore: String, root: URL, work: URL, installPython: Bool) throws -> (
        lines: [String], checks: [(String, String, String, Bool)]
    ) {
        var lines: [String] = []
        var checks: [(String, String, String, Bool)] = []
        if installPython {
            let ok = python(["-m", "pip", "install", "--quiet", "polars", "duckdb"]).status == 0
            lines.append(
                ok ? "pip install polars duckdb: done" : "pip install polars duckdb: FAILED (no network or no pip); baselines may be missing")
        }
        let generated = Platform.now()
        let corpus = try RecordCorpus.make(count: count, in: work.appendingPathComponent("kpi-\(count)"))
        lines.append(
            "== \(count) dossier records over 30 units: CSV \(Format.megabytes(corpus.csvBytes)), NDJSON \(Format.megabytes(corpus.ndjsonBytes)) (generated in \(Format.seconds(Platform.now() - generated)))"
        )
        let definitions = root.appendingPathComponent("Definitions").path
        var ours: [String: (Int, Int)] = [:]
        var csvSeconds: Double?
        for (name, file) in [("CSV", corpus.csv), ("NDJSON", corpus.ndjson)] {
            let out = corpus.csv.deletingLastPathComponent().appendingPathComponent("kpi-\(name).json")
            var best = Double.infinity
            var peak = 0
            var status: Int32 = 0
            for _ in 0..<3 {
                let run = Platform.spawn(
                    parScore,
                    [
                        "kpi", file.path, "--period", "2024", "--definition", "completed-only", "--no-compare", "--definitions", definitions,
                        "--format", "json", "--out", out.path,
                    ])
                best = min(best, run.seconds)
                peak = max(peak, run.peakMemory)
                status = max(status, run.status)
            }
            let bytes = name == "CSV" ? corpus.csvBytes : corpus.ndjsonBytes
            lines.append(
                "  par-score kpi \(name.padding(toLength: 6, withPad: " ", startingAt: 0)) \(Format.seconds(best))   \(Format.rate(count, best))   \(Format.throughput(bytes, best))   peak \(Format.megabytes(peak))   exit \(status)"
            )
            if name == "CSV" {
                ours = counts(ofReport: out)
                csvSeconds = best
                checks.append(("kpi CSV end to end (\(count) records)", Format.seconds(best), "≤ 2 s", best <= 2))
                checks.append(("kpi CSV peak memory", Format.megabytes(peak), "≤ 200 MB", peak <= 200_000_000))
                lines.append(
                    "    (CSV units: \(ours.count); on time \(ours.values.map(\.0).reduce(0, +)) of \(ours.values.map(\.1).reduce(0, +)) completed)")
            } else {
                checks.append(("kpi NDJSON peak memory", Format.megabytes(peak), "≤ 200 MB", peak <= 200_000_000))
                let other = counts(ofReport: out)
                let same = other.count == ours.count && other.allSatisfy { key, value in ours[key].map { $0 == value } ?? false }
                lines.append("    NDJSON counts \(same ? "equal" : "DIFFER from") the CSV counts")
            }
        }
        for script in ["kpi-polars.py", "kpi-duckdb.py"] {
            let b = baseline(script, root: root, corpus: corpus, ours: ours)
            guard let seconds = b.seconds else {
                lines.append("  \(b.name): not run (\(b.note)); install with: python3 -m pip install polars duckdb, or par-bench --install-python")
                continue
            }
            let ratio = csvSeconds.map { $0 / seconds }
            lines.append(
                "  \(b.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(Format.seconds(seconds))   counts \(b.agrees ? "agree" : "DIFFER")   par-score/\(b.name) = \(ratio.map { String(format: "%.2f", $0) } ?? "?")"
            )
            if script == "kpi-polars.py", let ratio {
                checks.append(("kpi CSV time ÷ polars script", String(format: "%.2f", ratio), "≤ 1.00", ratio <= 1))
            }
            if !b.agrees { checks.append(("\(b.name) counts equal par-score's", "no", "yes", false)) }
        }
        return (lines, checks)
    }

    /// unit → (onTime, denominator) from a `kpi --format json` file.
    static func counts(ofReport url: URL) -> [String: (Int, Int)] {
        guard let data = try? Data(contentsOf: url), let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let units = root["units"] as? [[String: Any]]
        else { return [:] }
        var result: [String: (Int, Int)] = [:]
        for unit in units {
            if let name = unit["unit"] as? String, let onTime = unit["onTime"] as? Int, let denominator = unit["denominator"] as? Int {
                result[name] = (onTime, denominator)
            }
        }
        return result
    }

    private static func baseline(_ script: String, root: URL, corpus: RecordCorpus, ours: [String: (Int, Int)]) -> Baseline {
        let name = script.replacingOccurrences(of: "kpi-", with: "").replacingOccurrences(of: ".py", with: "") + " script"
        var best: Double?
        var output = ""
        for _ in 0..<3 {
            let start = Platform.now()
            let run = python([root.appendingPathComponent("scripts/\(script)").path, corpus.csv.path, "2024"])
            let seconds = Platform.now() - start
            guard run.status == 0 else {
                let module = script.contains("polars") ? "polars" : "duckdb"
                return Baseline(name: name, seconds: nil, agrees: false, note: "python3 or \(module) missing")
            }
            best = min(best ?? seconds, seconds)
            output = run.stdout
        }
        var theirs: [String: (Int, Int)] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            if parts.count == 3, let a = Int(parts[1]), let b = Int(parts[2]) { theirs[String(parts[0])] = (a, b) }
        }
        let agrees = theirs.count == ours.count && theirs.allSatisfy { key, value in ours[key].map { $0 == value } ?? false }
        return Baseline(name: name, seconds: best, agrees: agrees, note: "")
    }

    private static func python(_ arguments: [String]) -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return (127, "") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
