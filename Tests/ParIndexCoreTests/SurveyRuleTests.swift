import Foundation
import Testing

@testable import ParIndexCore

/// The `survey` rule: points from respondent counts per answer, and the sample check.
@Suite("Survey rule over respondent counts")
struct SurveyRuleTests {
    static let facts = """
        [ { "id": "q.a", "title": "Số người trả lời Rất hài lòng", "type": "count" },
          { "id": "q.b", "title": "Số người trả lời Hài lòng", "type": "count" },
          { "id": "q.c", "title": "Số người trả lời Bình thường", "type": "count" },
          { "id": "q.d", "title": "Số người trả lời Không hài lòng", "type": "count" },
          { "id": "files", "title": "Số hồ sơ đã giải quyết", "type": "count" } ]
        """

    static func rule(population: Bool = true, extra: String = "") -> String {
        """
        { "kind": "survey", \(population ? #""population": "files","# : "") \(extra)
          "options": [ { "answer": "A", "count": "q.a", "percent": 100 }, { "answer": "B", "count": "q.b", "percent": 75 },
                       { "answer": "C", "count": "q.c", "percent": 50 }, { "answer": "D", "count": "q.d", "percent": 0 } ] }
        """
    }

    func framework(population: Bool = true, extra: String = "", rounding: Bool = false) throws -> Framework {
        var json = Fixtures.miniFramework(
            leaves: "[\(Fixtures.leaf("1.1", max: "10", rule: Self.rule(population: population, extra: extra)))]", facts: Self.facts, fieldMax: "10")
        if rounding { json = json.replacingOccurrences(of: #""fields""#, with: #""rounding": { "leafPoints": 2 }, "fields""#) }
        return try Fixtures.framework(json)
    }

    func counts(_ a: Int, _ b: Int, _ c: Int, _ d: Int, files: Int? = nil) -> String {
        let population = files.map { #", "files": \#($0)"# } ?? ""
        return Fixtures.submission(#""facts": { "q.a": \#(a), "q.b": \#(b), "q.c": \#(c), "q.d": \#(d)\#(population) }"#)
    }

    @Test func pointsAreTheWeightedShareOfTheRespondentsExactly() throws {
        // (120·100 + 30·75 + 10·50 + 0) ÷ (100 · 160) = 14750 ÷ 16000 = 0.921875 → 9.21875 points.
        let card = try Fixtures.score(counts(120, 30, 10, 0, files: 1000), with: try framework())
        #expect(card.node("1.1")?.points == .d("9.21875"))
        #expect(card.node("1.1")?.status == .scored)
        // A share that is not a decimal stays exact: 1 A, 2 D → 10 / 3.
        let third = try Fixtures.score(counts(1, 0, 0, 2, files: 3), with: try framework())
        #expect(third.node("1.1")?.points == ExactDecimal(10) / 3)
    }

    @Test(arguments: [(10_000, "385"), (1_000, "286"), (400, "200"), (100, "80"), (1, "1"), (0, "0")])
    func requiredSampleIsYamanesFormulaRoundedUp(population: Int, required: String) {
        // n = N ÷ (1 + N · 0.05²): 10000 ÷ 26 = 384.6… → 385; 400 ÷ 2 = 200 exactly.
        #expect(SurveyRule.requiredSample(population: ExactDecimal(population), margin: 5) == .d(required))
    }

    @Test func aSmallSampleIsFlaggedNotHidden() throws {
        // N = 10000 asks for 385 respondents; 160 keep their points and are flagged.
        let card = try Fixtures.score(counts(120, 30, 10, 0, files: 10_000), with: try framework())
        #expect(card.node("1.1")?.points == .d("9.21875"))
        let warning = card.warnings.first { $0.code == .scoreSmallSample }
        #expect(warning?.arguments["respondents"] == "160")
        #expect(warning?.arguments["required"] == "385")
        #expect(warning?.message.vi.contains("cỡ mẫu khảo sát 160 nhỏ hơn mức cần thiết 385") == true)
        let explanation = card.node("1.1")?.explanation?.vi ?? ""
        #expect(
            explanation.hasPrefix("Khảo sát 160 người: A 120 × 100 %, B 30 × 75 %, C 10 × 50 %, D 0 × 0 % → 92,19 % điểm tối đa → 9,22/10,00 điểm"))
        #expect(explanation.hasSuffix("CỠ MẪU CHƯA ĐỦ: n = 160 < 385 (N = 10.000, e = 5 %)"))
        // Exactly the required sample is enough.
        let enough = try Fixtures.score(counts(285, 100, 0, 0, files: 10_000), with: try framework())
        #expect(!enough.warnings.contains { $0.code == .scoreSmallSample })
        #expect(enough.node("1.1")?.explanation?.text(.en).hasSuffix("sample large enough: n = 385 ≥ 385 (N = 10,000, e = 5 %)") == true)
        // One fewer is not.
        let short = try Fixtures.score(counts(284, 100, 0, 0, files: 10_000), with: try framework())
        #expect(short.warnings.contains { $0.code == .scoreSmallSample })
    }

    @Test func aWiderMarginAsksForFewer() throws {
        // e = 10 %: 10000 ÷ (1 + 100) = 99.0… → 100.
        let card = try Fixtures.score(counts(100, 0, 0, 0, files: 10_000), with: try framework(extra: #""margin": 10,"#))
        #expect(!card.warnings.contains { $0.code == .scoreSmallSample })
        #expect(card.node("1.1")?.points == .d("10"))
    }

    @Test func withoutPopulationTheSampleIsNotChecked() throws {
        let card = try Fixtures.score(counts(1, 0, 0, 0), with: try framework(population: false))
        #expect(card.node("1.1")?.points == .d("10"))
        #expect(!card.warnings.contains { $0.code == .scoreSmallSample })
        let named = try Fixtures.score(counts(1, 0, 0, 0), with: try framework())
        #expect(named.node("1.1")?.explanation?.vi.hasSuffix("không kiểm tra được cỡ mẫu") == true)
    }

    @Test func noRespondentFollowsWhenUndefined() throws {
        let left = try Fixtures.score(counts(0, 0, 0, 0, files: 50), with: try framework())
        #expect(left.node("1.1")?.status == .notApplicable)
        #expect(left.applicableMaximum == 0)
        let zero = try Fixtures.score(counts(0, 0, 0, 0, files: 50), with: try framework(extra: #""whenUndefined": "zero","#))
        #expect(zero.node("1.1")?.points == 0)
        #expect(zero.node("1.1")?.status == .scored)
    }

    @Test func aMissingCountCostsThePointsAndSaysWhich() throws {
        let partial = Fixtures.submission(#""facts": { "q.a": 5, "q.b": 1, "q.c": 0 }"#)
        let card = try Fixtures.score(partial, with: try framework())
        #expect(card.node("1.1")?.status == .missingData)
        #expect(card.node("1.1")?.points == 0)
        #expect(card.warnings.first { $0.code == .scoreMissingData }?.arguments["facts"]?.description.hasSuffix(#"(facts["q.d"])"#) == true)
    }

    @Test func aUnitThatOnlyReceivesItsScoreEntersItDirectly() throws {
        let given = Fixtures.submission(#""direct": { "1.1": 8.25 }"#)
        let card = try Fixtures.score(given, with: try framework(rounding: true))
        #expect(card.node("1.1")?.points == .d("8.25"))
        #expect(card.node("1.1")?.explanation?.vi == "Điểm điều tra xã hội học (cho trực tiếp): 8,25/10,00 điểm")
        // Neither counts nor points: missing data, and the sentence names both ways.
        let nothing = try Fixtures.score(Fixtures.submission(), with: try framework())
        #expect(nothing.node("1.1")?.status == .missingData)
        #expect(nothing.node("1.1")?.explanation?.vi.contains(#"direct["1.1"]"#) == true)
        // Counts win over points given directly.
        let both = Fixtures.submission(#""facts": { "q.a": 1, "q.b": 0, "q.c": 0, "q.d": 1 }, "direct": { "1.1": 2 }"#)
        #expect(try Fixtures.score(both, with: try framework()).node("1.1")?.points == .d("5"))
    }

    @Test func theFrameworksRoundingAppliesToComputedPoints() throws {
        let card = try Fixtures.score(counts(1, 0, 0, 2), with: try framework(population: false, rounding: true))
        #expect(card.node("1.1")?.points == .d("3.33"))
    }

    @Test func lintNamesDuplicateAnswersReusedCountsAndWrongTypes() {
        let rule = """
            { "kind": "survey", "population": "q.name", "options": [ { "answer": "A", "count": "q.a", "percent": 100 },
              { "answer": "A", "count": "q.a", "percent": 50 }, { "answer": "C", "count": "nope", "percent": 0 } ] }
            """
        let facts = #"[ { "id": "q.a", "title": "a", "type": "count" }, { "id": "q.name", "title": "n", "type": "boolean" } ]"#
        let errors = Fixtures.frameworkErrors(
            Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: rule))]", facts: facts, fieldMax: "1"))
        let codes = Set(errors.map { "\($0.path): \($0.code.rawValue)" })
        #expect(codes.contains("fields[0].children[0].rule.options[1].answer: lint.surveyDuplicateAnswer"))
        #expect(codes.contains("fields[0].children[0].rule.options[1].count: lint.surveyCountReused"))
        #expect(codes.contains("fields[0].children[0].rule.options[2].count: lint.undeclaredFact"))
        #expect(codes.contains("fields[0].children[0].rule.population: lint.factType"))
    }

    @Test func decodingRefusesAnEmptyOptionListAndAMarginOutOfRange() {
        for rule in [
            #"{ "kind": "survey", "options": [] }"#,
            #"{ "kind": "survey", "margin": 60, "options": [ { "answer": "A", "count": "q.a", "percent": 100 } ] }"#,
            #"{ "kind": "survey", "options": [ { "answer": "A", "count": "q.a", "percent": 101 } ] }"#,
        ] {
            let errors = Fixtures.frameworkErrors(
                Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: rule))]", facts: Self.facts, fieldMax: "1"))
            #expect(!errors.isEmpty, "\(rule)")
        }
    }
}
