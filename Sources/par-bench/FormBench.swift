import Foundation
import ParIndexCore
import ParIndexOffice
import ParIndexReports

/// Times reading a filled Excel form of about 2 MB: unzip, XML, cells, the form's mapping to
/// submission JSON and its validation, as `par-score FORM.xlsx` does before scoring.
enum FormBench {
    struct Measure {
        var bytes: Int
        /// The median wall-clock time.
        var seconds: Double
        /// The median CPU time of the reading thread.
        var cpuSeconds: Double
    }

    static func measure(root: URL, catalog: CriteriaCatalog) throws -> Measure {
        let scorer = Scorer(catalog: catalog)
        let example = try Data(contentsOf: root.appendingPathComponent("Examples/so-y-te-dak-nong-2020.json"))
        let (submission, framework) = try scorer.validate(data: example, file: "so-y-te.json")
        // About 2 MB: the filled form and rows of notes under its facts (deterministic).
        let small = SubmissionForm.filled(submission, framework: framework, language: .vi, noteRows: 0).count
        let perRow = SubmissionForm.filled(submission, framework: framework, language: .vi, noteRows: 100).count - small
        let rows = max(0, (2_000_000 - small) * 100 / max(perRow, 1))
        let form = SubmissionForm.filled(submission, framework: framework, language: .vi, noteRows: rows)
        var times: [Double] = []
        var cpuTimes: [Double] = []
        for _ in 0..<11 {
            let start = Platform.now()
            let cpuStart = Platform.threadCPUTime()
            let reading = try SubmissionForm.read(data: form, file: "form.xlsx", catalog: catalog)
            _ = try scorer.validate(data: reading.json, file: "form.xlsx")
            cpuTimes.append(Platform.threadCPUTime() - cpuStart)
            times.append(Platform.now() - start)
        }
        times.sort()
        cpuTimes.sort()
        return Measure(bytes: form.count, seconds: times[times.count / 2], cpuSeconds: cpuTimes[cpuTimes.count / 2])
    }
}

extension BenchReport {
    mutating func addForm(_ measure: FormBench.Measure) {
        // CPU time decides: on a shared machine the wall clock also counts the other programs.
        let name = "read a \(Format.megabytes(measure.bytes)) xlsx form (CPU, median of 11)"
        checks.append((name, String(format: "%.1f ms", measure.cpuSeconds * 1000), "≤ 100 ms", measure.cpuSeconds <= 0.100))
        checks.append(("  the same, wall clock", String(format: "%.1f ms", measure.seconds * 1000), "(shown only)", true))
    }
}
