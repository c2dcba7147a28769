import Foundation
import Testing

/// `par-score kpi` end to end: the shipped samples' documented counts, hostile files, usage errors.
@Suite struct KPICommandTests {
    static let corpus = "Tests/Fixtures/records-corpus/"

    @Test(arguments: [
        ("truncated-quote.csv", 65, ":3:"), ("stray-quote.csv", 65, ":2:"), ("wrong-field-count.csv", 65, ":3:"), ("latin1.csv", 65, ":2:"),
        ("utf16.csv", 65, ":1:"), ("no-header-columns.csv", 65, "DonViXuLy"), ("empty.csv", 65, "empty.csv"),
        ("oversized-record.csv", 65, "1 MB"), ("bad-json-line.ndjson", 65, ":2:"), ("deep-nesting.ndjson", 65, ":1:"),
        ("not-an-object.ndjson", 65, ":1:"), ("not-a-workbook.xlsx", 65, "not-a-workbook.xlsx"), ("identities.csv", 0, ":6: dossier HS-9"),
    ])
    func hostileFiles(name: String, status: Int32, message: String) throws {
        let result = try ParScoreRunner.run(["kpi", Self.corpus + name, "--period", "2024", "--lang", "en"])
        #expect(!result.signalled)
        #expect(result.status == status, "\(name): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(name): \(result.stderr)")
    }

    @Test func sampleCountsForBothDefinitions() throws {
        for (definition, expected) in [("vpcp-766", [73, 87, 82, 103, 70, 83]), ("completed-only", [64, 76, 74, 82, 56, 64])] {
            for file in ["ho-so-2024.csv", "ho-so-2024.ndjson", "ho-so-2024.xlsx"] {
                let result = try ParScoreRunner.run([
                    "kpi", "Examples/records/" + file, "--period", "2024", "--definition", definition, "--format", "json",
                ])
                #expect(result.status == 0)
                let root = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
                let units = try #require(root["units"] as? [[String: Any]])
                let got = units.flatMap { [$0["onTime"] as? Int ?? -1, $0["denominator"] as? Int ?? -1] }
                #expect(got == expected, "\(file) \(definition)")
                #expect(root["leftOut"] as? Int == 3)
            }
        }
    }

    @Test func textExplainsTheDifferenceAndNamesLeftOutRecords() throws {
        let result = try ParScoreRunner.run(["kpi", "Examples/records/ho-so-2024.csv", "--period", "2024", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Difference between vpcp-766 (225/273 = 82.42 %) and completed-only (194/222 = 87.39 %)"))
        #expect(result.stdout.contains("in progress at the end of the period: vpcp-766 counts it late, completed-only leaves it out"))
        #expect(result.stderr.contains("Examples/records/ho-so-2024.csv:292: dossier HS-X01"))
    }

    @Test(arguments: [
        ["kpi"], ["kpi", "x.csv"], ["kpi", "x.csv", "--period", "2024-Q5"], ["kpi", "x.csv", "--period", "2024", "--definition", "nope"],
    ])
    func usageErrors(arguments: [String]) throws {
        #expect(try ParScoreRunner.run(arguments).status == 64)
    }
}
