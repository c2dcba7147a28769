import Foundation
import Testing

@testable import ParIndexCore

@Suite("Submission validation")
struct ValidationTests {
    func framework() throws -> Framework {
        let rule = #"{ "kind": "ratio", "metric": "onTimeRate" }"#
        let facts = RuleBoundaryTests.fileFacts.replacingOccurrences(
            of: "]", with: #", { "id": "planDate", "title": "Ngày kế hoạch", "type": "date" } ]"#)
        let leaves = [
            Fixtures.leaf("1.1", max: "1.5", rule: rule),
            Fixtures.leaf(
                "1.2", max: "1",
                rule: #"{ "kind": "deadline", "items": [ { "fact": "planDate", "due": { "month": 12, "day": 31, "yearOffset": -1 } } ] }"#),
        ].joined(separator: ",")
        return try Fixtures.framework(
            Fixtures.miniFramework(leaves: "[\(leaves)]", facts: facts, metrics: RuleBoundaryTests.onTimeMetric, fieldMax: "2.5"))
    }

    func errors(_ body: String) throws -> [String] {
        Fixtures.submissionErrors(Fixtures.submission(body), with: try framework()).map { "\($0.file): \($0.path): \($0.message.text(.en))" }
    }

    @Test func aPartLargerThanItsWhole() throws {
        let found = try errors(#""facts": { "resolved": 1280, "onTime": 1300 }"#)
        #expect(
            found == [
                #"agency.json: facts.onTime: 1300 is more than facts["resolved"] (1280): a part cannot exceed its whole (Tỷ lệ hồ sơ đúng hạn)"#
            ])
    }

    @Test(arguments: [
        (#""facts": { "resolved": -5 }"#, #"facts.resolved: a count cannot be negative: -5"#),
        (#""facts": { "resolved": "1.240" }"#, #"facts.resolved: expected a number, found the string "1.240""#),
        (#""facts": { "resolved": "96,5%" }"#, #"facts.resolved: expected a number, found the string "96,5%""#),
        (#""facts": { "resolved": 12.5 }"#, "facts.resolved: expected a whole number, found 12.5"),
        (#""facts": { "resolved": 99999999999999999999 }"#, "facts.resolved: 99999999999999999999 is outside the allowed range [0, 1000000000]"),
        (#""facts": { "resolved": 1e400 }"#, "facts.resolved: 1e400 is outside the allowed range [0, 1000000000]"),
        (#""claimed": { "1.1": 0.1234567 }"#, #"claimed["1.1"]: the number 0.1234567 has more than 6 decimals"#),
        (#""facts": { "ghost": 1 }"#, #"facts.ghost: unknown fact "ghost""#),
        (#""facts": { "planDate": "20/12/2019" }"#, #"facts.planDate: "20/12/2019" is not a valid date YYYY-MM-DD"#),
        (#""facts": { "planDate": "2017-12-20" }"#, "facts.planDate: the date 2017-12-20 is outside 2019-01-01 – 2021-12-31"),
        (#""claimed": { "9.9": 1 }"#, #"claimed["9.9"]: unknown sub-criterion id "9.9""#),
        (#""claimed": { "1": 1 }"#, #"claimed["1"]: "1" is a parent node"#),
        (#""claimed": { "1.1": 2 }"#, #"claimed["1.1"]: 2 points is outside 0 – 1.5"#),
        (#""direct": { "1.1": 1 }"#, #"direct["1.1"]: leaf 1.1 is scored by its ratio rule and takes no direct points"#),
        (#""appraisal": { "1.1": { "points": 1 } }"#, #"appraisal["1.1"].reason: missing required key "reason""#),
        (#""notApplicable": { "1.1": "x" }, "appraisal": { "1.1": { "points": 1, "reason": "r" } }"#, "both declared not applicable and corrected"),
        (#""extra": 1"#, #"extra: unknown key "extra""#),
    ])
    func refusedWithPathAndValue(body: String, expected: String) throws {
        let found = try errors(body)
        #expect(found.contains { $0.contains(expected) }, "\(found)")
        #expect(found.allSatisfy { $0.hasPrefix("agency.json: ") })
    }

    @Test func wrongUnitKindYearAndFramework() throws {
        let framework = try framework()
        let badKind = Fixtures.submission().replacingOccurrences(of: #""kind": "so""#, with: #""kind": "xa""#)
        #expect(Fixtures.submissionErrors(badKind, with: framework).first?.message.text(.en).contains("unit kind \"xa\"") == true)
        let badYear = Fixtures.submission(year: 2031)
        #expect(Fixtures.submissionErrors(badYear, with: framework).first?.message.text(.en).contains("year 2031 is outside") == true)
        let badFramework = Fixtures.submission().replacingOccurrences(of: #""framework": "mini""#, with: #""framework": "../../etc/passwd""#)
        #expect(Fixtures.submissionErrors(badFramework, with: framework).first?.message.text(.en).contains("invalid id") == true)
        let unknown = Fixtures.submission().replacingOccurrences(of: #""framework": "mini""#, with: #""framework": "other""#)
        #expect(Fixtures.submissionErrors(unknown, with: framework).first?.message.text(.en).contains("unknown framework \"other\"") == true)
    }

    @Test func malformedJSONNamesTheLine() throws {
        let errors = Fixtures.submissionErrors("{\n  \"formatVersion\": 1,\n  \"year\": 2020,,\n}", with: try framework())
        #expect(errors.first?.text(.en).hasPrefix("agency.json:3:16: error:") == true)
    }

    @Test func missingFactsAreWarningsAndScoreZero() throws {
        let card = try Fixtures.score(Fixtures.submission(#""facts": { "resolved": 10 }"#), with: try framework())
        #expect(card.node("1.1")?.status == .missingData)
        #expect(card.node("1.1")?.points == 0)
        #expect(card.warnings.contains { $0.message.text(.en).contains(#"facts["onTime"]"#) })
    }

    @Test func nullMeansNotGivenYet() throws {
        let card = try Fixtures.score(
            Fixtures.submission(#""facts": { "resolved": null, "onTime": null, "planDate": "2019-12-01" }"#), with: try framework())
        #expect(card.node("1.1")?.status == .missingData)
        #expect(card.node("1.2")?.points == 1)
    }
}
