import Foundation
import ParIndexReports
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

    /// The errors of a submission as `file: path: code`.
    func codes(_ body: String) throws -> [String] {
        Fixtures.submissionErrors(Fixtures.submission(body), with: try framework()).map { "\($0.file): \($0.path): \($0.code.rawValue)" }
    }

    @Test func aPartLargerThanItsWhole() throws {
        let found = try errors(#""facts": { "resolved": 1280, "onTime": 1300 }"#)
        #expect(
            found == [
                #"agency.json: facts.onTime: 1300 is more than facts["resolved"] (1280): a part cannot exceed its whole (Tỷ lệ hồ sơ đúng hạn)"#
            ])
        let diagnostic = Fixtures.submissionErrors(Fixtures.submission(#""facts": { "resolved": 1280, "onTime": 1300 }"#), with: try framework())
            .first
        #expect(diagnostic?.code == .submissionPartExceedsWhole)
        #expect(diagnostic?.arguments["part"] == "1300")
        #expect(diagnostic?.arguments["whole"] == "1280")
        #expect(diagnostic?.arguments["wholeFacts"] == #"facts["resolved"]"#)
        #expect(diagnostic?.arguments["metric"] == .text(LocalizedText(vi: "Tỷ lệ hồ sơ đúng hạn")))
        #expect(
            diagnostic?.text(.vi)
                == #"agency.json: lỗi: facts.onTime: 1300 lớn hơn facts["resolved"] (1280): phần không thể lớn hơn tổng (Tỷ lệ hồ sơ đúng hạn: facts["onTime"] / facts["resolved"])"#
        )
    }

    @Test(
        arguments: [
            (#""facts": { "resolved": -5 }"#, "facts.resolved: submission.negativeCount", ["value": "-5"]),
            (#""facts": { "resolved": "1.240" }"#, "facts.resolved: submission.factValueHint", ["fact": "resolved"]),
            (#""facts": { "resolved": "96,5%" }"#, "facts.resolved: submission.factValueHint", ["fact": "resolved"]),
            (
                #""facts": { "resolved": true }"#, "facts.resolved: submission.factValueHint", ["fact": "resolved"]
            ),
            (#""facts": { "resolved": 12.5 }"#, "facts.resolved: submission.factValueHint", ["fact": "resolved"]),
            (
                #""facts": { "resolved": 99999999999999999999 }"#, "facts.resolved: value.outOfRange",
                ["value": "99999999999999999999", "low": "0", "high": "1000000000"]
            ),
            (#""facts": { "resolved": 1e400 }"#, "facts.resolved: value.outOfRange", ["value": "1e400", "low": "0", "high": "1000000000"]),
            (#""claimed": { "1.1": 0.1234567 }"#, #"claimed["1.1"]: value.tooManyDecimals"#, ["value": "0.1234567", "decimals": "6"]),
            (#""facts": { "ghost": 1 }"#, "facts.ghost: submission.unknownFact", ["fact": "ghost", "framework": "mini"]),
            (#""facts": { "planDate": "20/12/2019" }"#, "facts.planDate: submission.factValueHint", ["fact": "planDate"]),
            (
                #""facts": { "planDate": "2017-12-20" }"#, "facts.planDate: submission.dateOutsideWindow",
                ["date": "2017-12-20", "from": "2019-01-01", "to": "2021-12-31", "year": "2020"]
            ),
            (#""claimed": { "9.9": 1 }"#, #"claimed["9.9"]: submission.unknownLeaf"#, ["id": "9.9", "framework": "mini"]),
            (#""claimed": { "1": 1 }"#, #"claimed["1"]: submission.parentNode"#, ["id": "1"]),
            (#""claimed": { "1.1": 2 }"#, #"claimed["1.1"]: submission.pointsOutOfRange"#, ["points": "2", "max": "1.5", "leaf": "1.1"]),
            (#""direct": { "1.1": 1 }"#, #"direct["1.1"]: submission.directNotAllowed"#, ["leaf": "1.1", "rule": "ratio"]),
            (#""appraisal": { "1.1": { "points": 1 } }"#, #"appraisal["1.1"].reason: value.missingKey"#, ["key": "reason"]),
            (
                #""notApplicable": { "1.1": "x" }, "appraisal": { "1.1": { "points": 1, "reason": "r" } }"#,
                #"appraisal["1.1"]: submission.notApplicableAndAppraised"#, ["leaf": "1.1"]
            ),
            (#""notApplicable": { "1.1": " " }"#, #"notApplicable["1.1"]: value.emptyString"#, [:]),
            (#""extra": 1"#, "extra: value.unknownKey", ["key": "extra"]),
        ] as [(String, String, [String: DiagnosticArgument])])
    func refusedWithPathAndValue(body: String, expected: String, arguments: [String: DiagnosticArgument]) throws {
        let found = try codes(body)
        #expect(found.contains("agency.json: " + expected), "\(found)")
        #expect(found.allSatisfy { $0.hasPrefix("agency.json: ") })
        let diagnostic = Fixtures.submissionErrors(Fixtures.submission(body), with: try framework()).first {
            "\($0.path): \($0.code.rawValue)" == expected
        }
        for (name, value) in arguments {
            #expect(diagnostic?.arguments[name] == value, "\(expected): \(name)")
        }
    }

    @Test func wrongUnitKindYearAndFramework() throws {
        let framework = try framework()
        let badKind = Fixtures.submission().replacingOccurrences(of: #""kind": "so""#, with: #""kind": "xa""#)
        #expect(Fixtures.submissionErrors(badKind, with: framework).first?.code == .submissionUnknownUnitKind)
        #expect(Fixtures.submissionErrors(badKind, with: framework).first?.message.text(.en).contains("unit kind \"xa\"") == true)
        let badYear = Fixtures.submission(year: 2031)
        #expect(Fixtures.submissionErrors(badYear, with: framework).first?.code == .submissionYearOutsideFramework)
        let badFramework = Fixtures.submission().replacingOccurrences(of: #""framework": "mini""#, with: #""framework": "../../etc/passwd""#)
        #expect(Fixtures.submissionErrors(badFramework, with: framework).first?.code == .valueInvalidID)
        let unknown = Fixtures.submission().replacingOccurrences(of: #""framework": "mini""#, with: #""framework": "other""#)
        let unknownError = Fixtures.submissionErrors(unknown, with: framework).first
        #expect(unknownError?.code == .frameworkUnknown)
        #expect(unknownError?.arguments == ["id": "other", "available": "mini", "suggestion": .text(LocalizedText(vi: "", en: ""))])
        #expect(unknownError?.message.text(.en) == #"unknown framework "other" (available: mini)"#)
        #expect(unknownError?.message.vi == #"không có bộ tiêu chí "other" (hiện có: mini)"#)
    }

    @Test func malformedJSONNamesTheLine() throws {
        let errors = Fixtures.submissionErrors("{\n  \"formatVersion\": 1,\n  \"year\": 2020,,\n}", with: try framework())
        #expect(errors.first?.text(.en).hasPrefix("agency.json:3:16: error:") == true)
        #expect(errors.first?.code == .jsonExpectedKey)
        #expect(errors.first?.line == 3)
        #expect(errors.first?.column == 16)
    }

    @Test func missingFactsAreWarningsAndScoreZero() throws {
        let card = try Fixtures.score(Fixtures.submission(#""facts": { "resolved": 10 }"#), with: try framework())
        #expect(card.node("1.1")?.status == .missingData)
        #expect(card.node("1.1")?.points == 0)
        #expect(card.warnings.contains { $0.message.text(.en).contains(#"facts["onTime"]"#) })
        let warning = try #require(card.warnings.first { $0.code == .scoreMissingData })
        #expect(warning.arguments["leaf"] == "1.1")
        // The fact by its title and path, the leaf by its title, and the points the gap costs.
        #expect(warning.message.vi == #"tiêu chí 1.1 (Leaf 1.1): thiếu dữ kiện Hồ sơ đúng hạn (facts["onTime"]); mất 1,5 điểm"#)
        // The scorecard's JSON carries the same warning as data, with its code and path.
        let json = try JSONSerialization.jsonObject(with: Data(ScorecardJSON.encode(card, language: .en).utf8)) as? [String: Any]
        let diagnostics = try #require(json?["diagnostics"] as? [[String: String]])
        #expect(diagnostics.contains { $0["code"] == "score.missingData" && $0["path"] == "facts" && $0["severity"] == "warning" })
        #expect((json?["warnings"] as? [String])?.count == diagnostics.count)
    }

    @Test func nullMeansNotGivenYet() throws {
        let card = try Fixtures.score(
            Fixtures.submission(#""facts": { "resolved": null, "onTime": null, "planDate": "2019-12-01" }"#), with: try framework())
        #expect(card.node("1.1")?.status == .missingData)
        #expect(card.node("1.2")?.points == 1)
    }
}
