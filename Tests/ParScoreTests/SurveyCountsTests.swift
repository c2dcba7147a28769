import Foundation
import Testing

/// The SIPAS leaves of `so-seeds` (8.3.x), end to end: scored from respondent counts with the
/// sample checked against the files resolved, or from the survey points a unit was given.
@Suite("Survey points from respondent counts, end to end", .serialized)
struct SurveyCountsTests {
    static let example = ParScoreRunner.root.appendingPathComponent("Examples/so-y-te-dak-nong-2020.json")

    /// The example with its SIPAS points given directly replaced by counts per answer.
    func submissionWithCounts(_ counts: [String: [Int]]) throws -> URL {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.example)) as? [String: Any])
        var facts = try #require(object["facts"] as? [String: Any])
        var direct = try #require(object["direct"] as? [String: Any])
        for (leaf, answers) in counts {
            direct[leaf] = nil
            let question = "sipas.q\(leaf.split(separator: ".").last ?? "")"
            for (answer, count) in zip(["a", "b", "c", "d"], answers) { facts["\(question).\(answer)"] = count }
        }
        object["facts"] = facts
        object["direct"] = direct
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("so-y-te.json")
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: file)
        return file
    }

    @Test func countsGiveTheWeightedShareAndASmallSampleIsFlagged() throws {
        // 1,280 files resolved ask for ⌈1280 ÷ (1 + 1280 · 0.0025)⌉ = ⌈304.76…⌉ = 305 respondents.
        // 8.3.1: 200 A, 80 B, 20 C, 5 D = 305 → (20000 + 4800 + 400) ÷ 30500 = 82.62… % of 2.5.
        // 8.3.2: 100 A, 20 B: 120 < 305 → flagged; (10000 + 1200) ÷ 12000 × 2.5 = 2.3333….
        let file = try submissionWithCounts(["8.3.1": [200, 80, 20, 5], "8.3.2": [100, 20, 0, 0]])
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let run = try ParScoreRunner.run([file.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any])
        let leaves = try #require(object["leaves"] as? [[String: Any]])
        let first = try #require(leaves.first { $0["id"] as? String == "8.3.1" })
        #expect(first["pointsExact"] as? String == "126/61")
        #expect((first["explanation"] as? String)?.hasSuffix("cỡ mẫu đủ: n = 305 ≥ 305 (N = 1.280, e = 5 %)") == true)
        let second = try #require(leaves.first { $0["id"] as? String == "8.3.2" })
        #expect(second["pointsExact"] as? String == "7/3")
        #expect((second["explanation"] as? String)?.contains("CỠ MẪU CHƯA ĐỦ: n = 120 < 305") == true)
        let warnings = (object["diagnostics"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "score.smallSample" }
        #expect(warnings.count == 1)
        #expect((warnings.first?["message"] as? String)?.contains("8.3.2") == true)
        // The leaves still given directly keep their points.
        let third = try #require(leaves.first { $0["id"] as? String == "8.3.3" })
        #expect((third["points"] as? NSNumber)?.stringValue == "2.15")
        let text = try ParScoreRunner.run([file.path, "--lang", "en"])
        #expect(text.stdout.contains("SAMPLE TOO SMALL: n = 120 < 305 (N = 1,280, e = 5 %)"))
    }
}
