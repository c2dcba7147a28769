import Foundation

/// Collects the figures and prints them against their targets.
struct BenchReport {
    private var lines: [String] = []
    var checks: [(String, String, String, Bool)] = []

    mutating func add(count: Int, phases: Phases) {
        let perUnit = { (seconds: Double) in Format.micro(seconds / Double(count)) }
        lines.append("\(count) units, in process (one core; decoding best of 3 rounds, scoring best of 5):")
        lines.append("  read files         \(Format.seconds(phases.read))")
        lines.append("  decode (slots)     \(Format.seconds(phases.decode))   \(perUnit(phases.decode))/unit   \(Format.rate(count, phases.decode))")
        lines.append("  score (compiled)   \(Format.seconds(phases.score))   \(perUnit(phases.score))/unit")
        lines.append(
            "  full validation    \(Format.seconds(phases.fullValidate))   \(perUnit(phases.fullValidate))/unit (estimated from 2,000; the path of refused files)"
        )
        lines.append(
            "  full scorecard     \(Format.seconds(phases.fullScoreQuiet))   \(perUnit(phases.fullScoreQuiet))/unit (estimated from 2,000; validated submission to scorecard)"
        )
        lines.append(
            "  with explanations  \(Format.seconds(phases.fullScoreExplained))   \(perUnit(phases.fullScoreExplained))/unit (estimated from 2,000; bytes to scorecard with every sentence: HTML, --scorecards)"
        )
        lines.append("  rank               \(Format.seconds(phases.rank))")
        for (name, seconds, size) in phases.outputs {
            lines.append("  write \(name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(Format.seconds(seconds))   \(Format.megabytes(size))")
        }
        if count == 10_000 || count == options.counts.max() {
            let micro = phases.score / Double(count) * 1e6
            checks.append(("scoring alone per unit (\(count))", String(format: "%.2f µs", micro), "≤ 2 µs", micro <= 2))
        }
    }

    /// The `--kpi` section's lines and checks.
    mutating func add(kpi: (lines: [String], checks: [(String, String, String, Bool)])) {
        lines += kpi.lines
        checks += kpi.checks
    }

    mutating func add(count: Int, command: CommandTimes, corpus: Corpus) {
        lines.append("\(count) units, `par-score rank --format json --out` (whole command, best of 3, all cores):")
        lines.append(
            "  files              \(Format.seconds(command.files))   \(Format.rate(count, command.files))   \(Format.throughput(corpus.bytes, command.files))"
        )
        lines.append(
            "  NDJSON             \(Format.seconds(command.ndjson))   \(Format.rate(count, command.ndjson))   \(Format.throughput(corpus.ndjsonBytes, command.ndjson))"
        )
        lines.append("  peak memory        \(Format.megabytes(command.peakMemory)) (largest of these runs)   exit status \(command.status)")
        // A run that failed measures nothing.
        let ran = command.status == 0
        if count == 10_000 {
            checks.append(("10,000 ranked end to end (files)", Format.seconds(command.files), "≤ 0.5 s", ran && command.files <= 0.5))
            checks.append(("10,000 ranked end to end (NDJSON)", Format.seconds(command.ndjson), "≤ 0.5 s", ran && command.ndjson <= 0.5))
        }
        if count == 100_000 {
            checks.append(("100,000 ranked end to end (files)", Format.seconds(command.files), "≤ 2.0 s", ran && command.files <= 2.0))
            checks.append(("100,000 ranked end to end (NDJSON)", Format.seconds(command.ndjson), "≤ 2.0 s", ran && command.ndjson <= 2.0))
            let ratio = Double(command.peakMemory) / Double(corpus.bytes)
            checks.append(("peak memory / input size (100,000)", String(format: "%.2f ×", ratio), "≤ 2 ×", ran && ratio <= 2))
        }
    }

    mutating func add(count: Int, python: (files: Double, ndjson: Double), command: CommandTimes) {
        lines.append("\(count) units, Python json.loads only:  files \(Format.seconds(python.files)), NDJSON \(Format.seconds(python.ndjson))")
        if count == 100_000 || count == options.counts.max() {
            let ratio = command.files / python.files
            checks.append(("ranking \(count) / Python json.loads (files)", String(format: "%.2f", ratio), "≤ 1.5", ratio <= 1.5))
            let ratioND = command.ndjson / python.ndjson
            checks.append(("ranking \(count) / Python json.loads (NDJSON)", String(format: "%.2f", ratioND), "≤ 1.5", ratioND <= 1.5))
        }
    }

    mutating func addStartup(_ seconds: Double) {
        checks.append(("`par-score --version` start (median of 21)", String(format: "%.1f ms", seconds * 1000), "≤ 20 ms", seconds <= 0.020))
    }

    func render() -> String {
        var out = lines
        out.append("")
        out.append("TARGETS")
        for (name, value, target, met) in checks {
            out.append(
                "  \(met ? "met   " : "MISSED") \(name.padding(toLength: 48, withPad: " ", startingAt: 0)) \(value.padding(toLength: 12, withPad: " ", startingAt: 0)) target \(target)"
            )
        }
        return out.joined(separator: "\n")
    }
}

enum Format {
    static func seconds(_ value: Double) -> String { String(format: "%7.3f s", value) }
    static func micro(_ value: Double) -> String { String(format: "%.2f µs", value * 1e6) }
    static func rate(_ count: Int, _ seconds: Double) -> String { String(format: "%.0f units/s", Double(count) / seconds) }
    static func throughput(_ bytes: Int, _ seconds: Double) -> String { String(format: "%.1f MB/s", Double(bytes) / 1e6 / seconds) }
    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
}
