import Foundation
import Testing

/// End-to-end tests: they run the built par-score and check stdout, stderr and exit status.
@Suite("par-score end to end")
struct CommandLineTests {
    static let examples = ["so-y-te-dak-nong-2020.json", "so-gddt-hoa-binh-2020.json", "so-khdt-tuyen-quang-2023.json"]

    @Test(arguments: examples)
    func scoresEachExample(name: String) throws {
        let result = try ParScoreRunner.run(["Examples/\(name)"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("TỔNG ĐIỂM: "))
        #expect(result.stdout.contains("CHỈ SỐ: "))
        #expect(result.stdout.contains("XẾP LOẠI: "))
        let english = try ParScoreRunner.run(["Examples/\(name)", "--lang", "en"])
        #expect(english.stdout.contains("TOTAL: ") && english.stdout.contains("BAND: "))
    }

    @Test(arguments: examples)
    func jsonResultIsCompleteAndStable(name: String) throws {
        let first = try ParScoreRunner.run(["Examples/\(name)", "--format", "json"])
        let second = try ParScoreRunner.run(["Examples/\(name)", "--format", "json"])
        #expect(first.status == 0)
        #expect(first.stdoutData == second.stdoutData)
        let object = try #require(try JSONSerialization.jsonObject(with: first.stdoutData) as? [String: Any])
        for key in ["total", "max", "index", "band", "leaves"] { #expect(object[key] != nil, "missing \(key)") }
        let leaves = try #require(object["leaves"] as? [[String: Any]])
        #expect(leaves.count >= 40)
        for leaf in leaves {
            for key in ["id", "points", "max", "status", "explanation"] { #expect(leaf[key] != nil, "leaf lacks \(key)") }
        }
    }

    @Test func readsStandardInput() throws {
        let data = try Data(contentsOf: ParScoreRunner.root.appendingPathComponent("Examples/so-y-te-dak-nong-2020.json"))
        let result = try ParScoreRunner.run(["-", "--format", "json"], input: data)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"file\": \"-\""))
    }

    @Test func lintsTheShippedCriteria() throws {
        let result = try ParScoreRunner.run([
            "criteria", "lint", "Criteria/bo-876-2022.json", "Criteria/so-seeds.json", "Criteria/tinh-2948-2017.json",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: ": đạt — ").count == 4)
    }

    @Test func lintRefusesChildrenThatDoNotAddUp() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        let text = try String(contentsOf: ParScoreRunner.root.appendingPathComponent("Criteria/tinh-2948-2017.json"), encoding: .utf8)
        let field = try #require(text.range(of: "\"max\": 14.50"))
        let broken = text.replacingCharacters(in: field, with: "\"max\": 14.75")
        #expect(broken != text)
        let file = folder.appendingPathComponent("broken.json")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        let result = try ParScoreRunner.run(["criteria", "lint", file.path, "--lang", "en"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("broken.json"))
        #expect(result.stderr.contains("node 3"))
        #expect(result.stderr.contains("differs from the sum of its children"))
    }

    func refused(_ edit: (inout [String: Any]) -> Void) throws -> ParScoreRunner.Result {
        let url = ParScoreRunner.root.appendingPathComponent("Examples/so-y-te-dak-nong-2020.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        edit(&object)
        let folder = try ParScoreRunner.temporaryFolder()
        let file = folder.appendingPathComponent("agency.json")
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        return try ParScoreRunner.run([file.path, "--lang", "en"])
    }

    @Test func refusesMoreFilesOnTimeThanResolved() throws {
        let result = try refused { object in
            var facts = object["facts"] as? [String: Any] ?? [:]
            facts["tthc.onTime"] = 5000
            object["facts"] = facts
        }
        #expect(result.status == 65)
        #expect(result.stderr.contains("agency.json: error: facts[\"tthc.onTime\"]: 5000 is more than facts[\"tthc.resolved\"]"))
        #expect(result.stdout.isEmpty)
    }

    @Test func refusesANegativeCount() throws {
        let result = try refused { object in
            var facts = object["facts"] as? [String: Any] ?? [:]
            facts["tthc.resolved"] = -3
            object["facts"] = facts
        }
        #expect(result.status == 65)
        #expect(result.stderr.contains("facts[\"tthc.resolved\"]: a count cannot be negative: -3"))
    }

    @Test func refusesAnUnknownSubCriterion() throws {
        let result = try refused { object in object["claimed"] = ["9.9.9": 1] }
        #expect(result.status == 65)
        #expect(result.stderr.contains("claimed[\"9.9.9\"]: unknown sub-criterion id \"9.9.9\""))
    }

    @Test func refusesMalformedJSONWithALocation() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        let file = folder.appendingPathComponent("broken.json")
        try Data("{\n  \"formatVersion\": 1,\n  \"framework\": \"so-seeds\"\n".utf8).write(to: file)
        let result = try ParScoreRunner.run([file.path, "--lang", "en"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("broken.json:4:1: error:"))
        #expect(result.stderr.contains("truncated JSON"))
        #expect(!result.signalled)
    }

    @Test func missingFilesAndUsageErrors() throws {
        let missing = try ParScoreRunner.run(["nowhere.json", "--lang", "en"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nowhere.json: error: $: no such file"))
        let usage = try ParScoreRunner.run(["Examples/so-y-te-dak-nong-2020.json", "--format", "pdf"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--format"))
        let none = try ParScoreRunner.run([])
        #expect(none.status == 64)
        #expect(none.stderr.contains("CÁCH DÙNG"))
    }

    @Test func helpAndVersion() throws {
        let version = try ParScoreRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("par-score "))
        for command in [
            ["--help"], ["rank", "--help"], ["validate", "--help"], ["criteria", "--help"], ["template", "--help"], ["Examples/x.json", "--help"],
        ] {
            let result = try ParScoreRunner.run(command + ["--lang", "en"])
            #expect(result.status == 0, "\(command)")
            #expect(result.stdout.contains("USAGE"), "\(command)")
            #expect(result.stdout.contains("EXIT CODES"), "\(command)")
        }
    }

    @Test func validateReportsEachFile() throws {
        let result = try ParScoreRunner.run(["validate", "Examples/so-y-te-dak-nong-2020.json", "nowhere.json", "--lang", "en"])
        #expect(result.status == 66)
        #expect(result.stdout.contains("Examples/so-y-te-dak-nong-2020.json: valid"))
        #expect(result.stderr.contains("nowhere.json"))
    }

    @Test func templateListsEveryFactAndValidatesOnceFilled() throws {
        let result = try ParScoreRunner.run(["template", "--framework", "so-seeds", "--year", "2024"])
        #expect(result.status == 0)
        var object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let facts = try #require(object["facts"] as? [String: Any])
        #expect(facts.keys.contains("tthc.onTime"))
        #expect((object["evidence"] as? [String: Any])?.isEmpty == false)
        object["unit"] = ["id": "test", "name": "Sở Thử", "kind": "so"]
        let folder = try ParScoreRunner.temporaryFolder()
        let file = folder.appendingPathComponent("filled.json")
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        let validated = try ParScoreRunner.run(["validate", file.path])
        #expect(validated.status == 0)
        let unknown = try ParScoreRunner.run(["template", "--framework", "nope"])
        #expect(unknown.status == 64)
    }

    @Test func criteriaListAndCriteriaFromElsewhere() throws {
        let list = try ParScoreRunner.run(["criteria", "list", "--format", "json"])
        #expect(list.status == 0)
        let ids = try #require(try JSONSerialization.jsonObject(with: list.stdoutData) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(ids == ["bo-876-2022", "so-seeds", "tinh-2948-2017", "tinh-876-2022", "tinh-892-2024", "vpcp-766-tinh", "vpcp-766-xa", "xa-2025"])
        // From another folder, --criteria points at the frameworks.
        let elsewhere = try ParScoreRunner.temporaryFolder()
        let example = ParScoreRunner.root.appendingPathComponent("Examples/so-y-te-dak-nong-2020.json").path
        let scored = try ParScoreRunner.run(
            [example, "--criteria", ParScoreRunner.root.appendingPathComponent("Criteria").path], directory: elsewhere)
        #expect(scored.status == 0)
    }

    @Test func writesOutputFilesWhole() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        let out = folder.appendingPathComponent("card.json")
        let result = try ParScoreRunner.run(["Examples/so-y-te-dak-nong-2020.json", "--format", "json", "--out", out.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: out)) is [String: Any])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["card.json"])
        // An existing file is replaced whole.
        try Data("old".utf8).write(to: out)
        let again = try ParScoreRunner.run(["Examples/so-gddt-hoa-binh-2020.json", "--format", "json", "--out", out.path])
        #expect(again.status == 0)
        #expect(String(decoding: try Data(contentsOf: out), as: UTF8.self).contains("so-gddt-hoa-binh-2020.json"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["card.json"])
        let unwritable = try ParScoreRunner.run(["Examples/so-y-te-dak-nong-2020.json", "--out", "/nonexistent-folder/card.txt"])
        #expect(unwritable.status == 73)
    }
}
