import Foundation
import Testing

@testable import ParIndexCore

/// `fromRecords` in a framework, `factSources` in a submission, and the other-definition warning.
@Suite struct FromRecordsTests {
    static func framework(_ fromRecords: String, type: String = "count") -> String {
        Fixtures.miniFramework(
            leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: #"{ "kind": "boolean", "fact": "flag" }"#))]",
            facts: """
                [{ "id": "tthc.onTime", "title": { "vi": "Đúng hạn" }, "type": "\(type)", "fromRecords": \(fromRecords) },
                 { "id": "flag", "title": { "vi": "Cờ" }, "type": "boolean" }]
                """, fieldMax: "1")
    }

    @Test func decodesFigureAndDefinition() throws {
        let framework = try Fixtures.framework(Self.framework(#"{ "figure": "onTime", "definition": "vpcp-766" }"#))
        let fact = try #require(framework.facts.first { $0.id == "tthc.onTime" })
        #expect(fact.fromRecords == FromRecords(figure: "onTime", definition: "vpcp-766"))
    }

    @Test(arguments: [
        (#"{ "figure": "onTimeRate" }"#, "count", DiagnosticCode.criteriaUnknownRecordFigure),
        (#"{ "figure": "onTime" }"#, "amount", DiagnosticCode.criteriaUnknownRecordFigure),
        (#"{ "figure": "onTime", "extra": 1 }"#, "count", nil),
    ])
    func lintRefusesUnknownFiguresAndNonCounts(fromRecords: String, type: String, code: DiagnosticCode?) {
        let errors = Fixtures.frameworkErrors(Self.framework(fromRecords, type: type))
        #expect(!errors.isEmpty)
        if let code { #expect(errors.contains { $0.code == code }) }
    }

    @Test func factSourcesRoundTripAndWarnOnAnotherDefinition() throws {
        let framework = try Fixtures.framework(Self.framework(#"{ "figure": "onTime", "definition": "vpcp-766" }"#))
        let catalog = CriteriaCatalog(frameworks: [framework])
        var submission = Submission(
            file: "a.json", frameworkID: framework.id, year: framework.firstYear,
            unit: Unit(id: "u", name: "Sở Tư pháp", kind: framework.unitKinds[0]),
            facts: ["tthc.onTime": .number(82), "flag": .boolean(true)])
        submission.factSources["tthc.onTime"] = FactSource(definition: "completed-only", records: ["hs-2024.csv"], figure: "onTime", period: "2024")
        let text = SubmissionJSON.encode(submission)
        #expect(text.contains("\"factSources\""))
        let decoded = try SubmissionJSON.decode(Data(text.utf8), file: "a.json", catalog: catalog)
        #expect(decoded.factSources == submission.factSources)
        let card = try Scorer(catalog: catalog).score(data: Data(text.utf8), file: "a.json")
        #expect(card.warnings.contains { $0.code == .scoreFactFromOtherDefinition })
        submission.factSources["tthc.onTime"]?.definition = "vpcp-766"
        let same = try Scorer(catalog: catalog).score(submission)
        #expect(!same.warnings.contains { $0.code == .scoreFactFromOtherDefinition })
    }

    @Test func factSourcesForAnUndeclaredFactAreRefused() throws {
        let framework = try Fixtures.framework(Self.framework(#"{ "figure": "onTime" }"#))
        let catalog = CriteriaCatalog(frameworks: [framework])
        let json = """
            { "formatVersion": 1, "framework": "\(framework.id)", "year": \(framework.firstYear),
              "unit": { "id": "u", "name": "U", "kind": "\(framework.unitKinds[0].rawValue)" },
              "factSources": { "nope": { "definition": "vpcp-766", "records": [], "figure": "onTime" } } }
            """
        #expect(throws: DiagnosticError.self) { _ = try SubmissionJSON.decode(Data(json.utf8), file: "b.json", catalog: catalog) }
    }
}
