import Foundation
import Testing

/// `criteria show` and `template --format md`, end to end, on every shipped framework: every leaf
/// appears with its rule in words, its facts and its documents.
@Suite("Criteria shown and templates to print, end to end")
struct CriteriaShowTests {
    /// The shipped frameworks: id and leaves (id, rule kind, fact ids read, document ids), read
    /// from the files themselves.
    static func shipped() throws -> [(id: String, leaves: [(id: String, kind: String, documents: [String])])] {
        let folder = ParScoreRunner.root.appendingPathComponent("Criteria")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted().map { name in
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name))) as? [String: Any])
            var leaves: [(String, String, [String])] = []
            func visit(_ node: [String: Any]) {
                if let rule = node["rule"] as? [String: Any] {
                    let documents = (node["documents"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                    leaves.append((node["id"] as? String ?? "?", rule["kind"] as? String ?? "?", documents))
                }
                for child in node["children"] as? [[String: Any]] ?? [] { visit(child) }
            }
            for field in object["fields"] as? [[String: Any]] ?? [] { visit(field) }
            return (object["id"] as? String ?? "?", leaves)
        }
    }

    @Test func everyLeafOfEveryShippedFrameworkIsShownWithItsRuleInWords() throws {
        let frameworks = try Self.shipped()
        #expect(frameworks.contains { $0.id == "so-seeds" })
        for framework in frameworks {
            for language in ["vi", "en"] {
                let text = try ParScoreRunner.run(["criteria", "show", framework.id, "--lang", language])
                #expect(text.status == 0, "\(framework.id): \(text.stderr)")
                let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let ruleLabel = language == "vi" ? "Cách chấm: " : "Rule: "
                for leaf in framework.leaves {
                    let at = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(leaf.id + "  ") }
                    #expect(at != nil, "\(framework.id) \(language): leaf \(leaf.id) is not shown")
                    guard let at, at + 1 < lines.count else { continue }
                    let rule = lines[at + 1].trimmingCharacters(in: .whitespaces)
                    #expect(rule.hasPrefix(ruleLabel) && rule.count > ruleLabel.count + 10, "\(framework.id) \(leaf.id): \(rule)")
                    for document in leaf.documents {
                        #expect(text.stdout.contains("[\(document)]"), "\(framework.id) \(leaf.id): document \(document)")
                    }
                }
                let markdown = try ParScoreRunner.run(["criteria", "show", framework.id, "--format", "md", "--lang", language])
                #expect(markdown.status == 0)
                for leaf in framework.leaves { #expect(markdown.stdout.contains("| \(leaf.id) |"), "\(framework.id) md: \(leaf.id)") }
            }
            let json = try ParScoreRunner.run(["criteria", "show", framework.id, "--format", "json"])
            #expect(json.status == 0)
            let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
            #expect(object["kind"] as? String == "criteria")
            var shown: [String: [String: Any]] = [:]
            func visit(_ node: [String: Any]) {
                if node["rule"] != nil, let id = node["id"] as? String { shown[id] = node }
                for child in node["children"] as? [[String: Any]] ?? [] { visit(child) }
            }
            for field in object["fields"] as? [[String: Any]] ?? [] { visit(field) }
            #expect(shown.count == framework.leaves.count, "\(framework.id): json leaves")
            for leaf in framework.leaves {
                let rule = shown[leaf.id]?["rule"] as? [String: Any]
                let words = rule?["text"] as? [String: String]
                #expect(rule?["kind"] as? String == leaf.kind)
                #expect((words?["vi"]?.count ?? 0) > 10 && (words?["en"]?.count ?? 0) > 10, "\(framework.id) \(leaf.id): rule in words")
            }
            // Each fact carries its title in both languages, its type and its place in a submission.
            for fact in object["facts"] as? [[String: Any]] ?? [] {
                let title = fact["title"] as? [String: String]
                #expect(title?["vi"]?.isEmpty == false && title?["en"]?.isEmpty == false)
                #expect((fact["submissionPath"] as? String)?.hasPrefix("facts[") == true)
                #expect(fact["input"] is [String: Any])
            }
        }
    }

    /// The wording of tiers is the one people read in appendices.
    @Test func tiersReadAsInTheAppendices() throws {
        let text = try ParScoreRunner.run(["criteria", "show", "so-seeds"])
        #expect(
            text.stdout.contains(
                "Cách chấm: Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (tthc.onTime ÷ tthc.resolved): ≥ 95 % → 4 điểm; 90–95 % → 2,5 điểm; 80–90 % → 1 điểm; < 80 % → 0"
            ), "\(text.stdout.prefix(200).description)")
        #expect(text.stdout.contains("15–30 % → 0,75 điểm; < 15 % → 0"))
        let english = try ParScoreRunner.run(["criteria", "show", "so-seeds", "--lang", "en"])
        #expect(english.stdout.contains("15–30 % → 0.75 points; < 15 % → 0"))
    }

    /// A framework file can be shown before it is added to the catalog.
    @Test func aFrameworkFileIsShown() throws {
        let result = try ParScoreRunner.run(["criteria", "show", "Criteria/bo-876-2022.json", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("bo-876-2022 — "))
    }

    /// The printable checklist and the JSON template with its labels, which stays a valid
    /// submission once the unit is filled in.
    @Test func templatesToPrintAndToFill() throws {
        let checklist = try ParScoreRunner.run(["template", "--framework", "so-seeds", "--year", "2024", "--format", "md"])
        #expect(checklist.status == 0)
        #expect(
            checklist.stdout.contains("| `tthc.onTime` | Số hồ sơ TTHC giải quyết đúng hạn | số nguyên ≥ 0 |"),
            "\(checklist.stdout.prefix(300).description)")
        #expect(checklist.stdout.contains("không nhập tỷ lệ phần trăm"))
        #expect(checklist.stdout.contains("`plan.cchc`"))
        let template = try ParScoreRunner.run(["template", "--framework", "so-seeds", "--year", "2024", "--lang", "en"])
        var object = try #require(try JSONSerialization.jsonObject(with: template.stdoutData) as? [String: Any])
        let labels = try #require(object["labels"] as? [String: Any])
        let facts = try #require(labels["facts"] as? [String: [String: Any]])
        #expect(facts["tthc.onTime"]?["title"] as? String == "Procedure files resolved on time")
        #expect(facts["tthc.onTime"]?["type"] as? String == "count")
        object["unit"] = ["id": "x.so-noi-vu", "name": "Sở Nội vụ", "kind": "so", "province": "Đắk Nông"]
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("filled.json")
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        let validated = try ParScoreRunner.run(["validate", file.path, "--lang", "en"])
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout.contains(": valid —"))
    }
}
