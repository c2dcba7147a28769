import Foundation
import ParIndexCore
import ParIndexReports
import ParIndexTestSupport

// par-bench: times loading, validation, scoring, ranking and report writing on synthetic
// submissions, and the whole `par-score rank` command, against the targets of docs/PERFORMANCE.md.
// Run it in a release build: swift run -c release par-bench [--counts 1000,10000,100000]
// (`--counts ''` times only the start-up and the reading of a 2 MB Excel form).

struct Options {
    var counts = [1_000, 10_000, 100_000]
    var framework = "so-seeds"
    var work = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("par-bench")
    var parScore: String?
    var python = true
    var kpiCount: Int?
    var kpiOnly = false
    var installPython = false
    var root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

    init(_ arguments: [String]) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--counts": counts = (iterator.next() ?? "").split(separator: ",").compactMap { Int($0) }
            case "--framework": framework = iterator.next() ?? framework
            case "--work": work = URL(fileURLWithPath: iterator.next() ?? work.path)
            case "--par-score": parScore = iterator.next()
            case "--no-python": python = false
            case "--kpi": kpiCount = Int(iterator.next() ?? "") ?? 1_000_000
            case "--kpi-only": kpiOnly = true
            case "--install-python": installPython = true
            default:
                print(
                    "usage: par-bench [--counts 1000,10000,100000] [--framework ID] [--work DIR] [--par-score PATH] [--no-python] [--kpi RECORDS] [--kpi-only] [--install-python]"
                )
                exit(argument == "--help" ? 0 : 64)
            }
        }
    }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let parScore = options.parScore ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("par-score").path
var report = BenchReport()
guard FileManager.default.isExecutableFile(atPath: parScore) else {
    print("par-bench: no par-score at \(parScore); build it first: swift build -c release (or pass --par-score PATH)")
    exit(66)
}

do {
    let catalog = try CriteriaCatalog(contentsOf: options.root.appendingPathComponent("Criteria"))
    guard let framework = catalog.framework(id: options.framework) else {
        print("par-bench: no framework \(options.framework)")
        exit(66)
    }
    let synthetic = try SyntheticSubmissions(examples: options.root.appendingPathComponent("Examples"), framework: framework)
    try? FileManager.default.removeItem(at: options.work)
    for count in options.kpiOnly ? [] : options.counts {
        let folder = options.work.appendingPathComponent(String(count))
        let corpus = try Corpus.make(count: count, in: folder, synthetic: synthetic)
        print("== \(count) submissions: \(Format.megabytes(corpus.bytes)) in files, NDJSON \(Format.megabytes(corpus.ndjsonBytes))")
        // The command first, while this process is small; its peak memory is read from /proc
        // while it runs (see PeakWatcher).
        let command = Subprocess.timeRank(parScore: parScore, corpus: corpus, criteria: options.root.appendingPathComponent("Criteria"))
        report.add(count: count, command: command, corpus: corpus)
        let phases = try InProcess.measure(corpus: corpus, catalog: catalog, framework: framework)
        report.add(count: count, phases: phases)
        if options.python, let python = PythonBaseline.measure(root: options.root, corpus: corpus) {
            report.add(count: count, python: python, command: command)
        }
    }
    if let records = options.kpiCount {
        report.add(
            kpi: try KPIBench.run(count: records, parScore: parScore, root: options.root, work: options.work, installPython: options.installPython))
        if ProcessInfo.processInfo.environment["PAR_BENCH_KEEP"] == nil {
            try? FileManager.default.removeItem(at: options.work.appendingPathComponent("kpi-\(records)"))
        }
    }
    report.addStartup(Subprocess.timeVersion(parScore: parScore))
    report.addForm(try FormBench.measure(root: options.root, catalog: catalog))
    print(report.render())
} catch {
    print("par-bench: \(error)")
    exit(70)
}
