import Foundation
import Testing

@testable import ParIndexCore

/// Paths and builders shared by the library tests.
enum Fixtures {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var criteria: URL { root.appendingPathComponent("Criteria") }
    static var examples: URL { root.appendingPathComponent("Examples") }

    /// The shipped catalog.
    static func catalog() throws -> CriteriaCatalog {
        try CriteriaCatalog(contentsOf: criteria)
    }

    /// A framework from JSON text; fails the test with its diagnostics if it does not load.
    static func framework(_ json: String, file: String = "test.json") throws -> Framework {
        do {
            return try DocumentLoader.framework(from: Data(json.utf8), file: file).0
        } catch {
            Issue.record("framework did not load: \(error.description)")
            throw error
        }
    }

    /// The diagnostics of a framework that should not load.
    static func frameworkErrors(_ json: String) -> [Diagnostic] {
        do {
            _ = try DocumentLoader.framework(from: Data(json.utf8), file: "bad.json")
            return []
        } catch {
            checkArguments(error.diagnostics)
            return error.diagnostics.filter { $0.severity == .error }
        }
    }

    /// Records an issue for a diagnostic that lacks an argument its wording names, or has one it
    /// does not.
    static func checkArguments(_ diagnostics: [Diagnostic], sourceLocation: SourceLocation = #_sourceLocation) {
        for diagnostic in diagnostics {
            #expect(
                Set(diagnostic.arguments.keys) == Set(diagnostic.code.wording.arguments),
                "\(diagnostic.code.rawValue): arguments \(diagnostic.arguments.keys.sorted()), wording \(diagnostic.code.wording.arguments)",
                sourceLocation: sourceLocation)
        }
    }

    /// Scores a submission given as JSON text against one framework.
    static func score(_ submission: String, with framework: Framework) throws -> Scorecard {
        let catalog = CriteriaCatalog(frameworks: [framework])
        let scorer = Scorer(catalog: catalog)
        FastPathAgreement.check(Data(submission.utf8), file: "agency.json", catalog: catalog)
        do {
            return try scorer.score(data: Data(submission.utf8), file: "agency.json")
        } catch {
            Issue.record("submission refused: \(error.description)")
            throw error
        }
    }

    /// The errors of a submission that should be refused.
    static func submissionErrors(_ submission: String, with framework: Framework) -> [Diagnostic] {
        let catalog = CriteriaCatalog(frameworks: [framework])
        let scorer = Scorer(catalog: catalog)
        FastPathAgreement.check(Data(submission.utf8), file: "agency.json", catalog: catalog)
        do {
            _ = try scorer.score(data: Data(submission.utf8), file: "agency.json")
            return []
        } catch {
            checkArguments(error.diagnostics)
            return error.diagnostics.filter { $0.severity == .error }
        }
    }

    /// A one-field framework around the given leaves (JSON array text), facts and metrics.
    static func miniFramework(leaves: String, facts: String = "[]", metrics: String = "[]", fieldMax: String, adjustments: String = "[]") -> String {
        """
        {
          "formatVersion": 1, "id": "mini", "title": "Mini", "unitKinds": ["so"],
          "years": { "from": 2020, "to": 2030 },
          "provenance": { "status": "adapted", "source": "test" },
          "facts": \(facts), "metrics": \(metrics),
          "bands": [ { "id": "A", "label": "A", "lower": 90 }, { "id": "B", "label": "B", "lower": 50 }, { "id": "C", "label": "C", "lower": 0 } ],
          "fields": [ { "id": "1", "title": "Field", "max": \(fieldMax), "provenance": { "status": "adapted", "source": "test" },
                        "children": \(leaves) } ],
          "adjustments": \(adjustments)
        }
        """
    }

    /// A leaf node's JSON.
    static func leaf(_ id: String, max: String, rule: String, documents: String = "[]") -> String {
        """
        { "id": "\(id)", "title": "Leaf \(id)", "max": \(max), "provenance": { "status": "adapted", "source": "test" },
          "documents": \(documents), "rule": \(rule) }
        """
    }

    /// A submission's JSON for the mini framework.
    static func submission(_ body: String = "", year: Int = 2020) -> String {
        """
        { "formatVersion": 1, "framework": "mini", "year": \(year),
          "unit": { "id": "u1", "name": "Sở Thử nghiệm", "kind": "so" }\(body.isEmpty ? "" : ", " + body) }
        """
    }
}

extension ExactDecimal {
    /// A decimal from text, for tests.
    static func d(_ text: String) -> ExactDecimal { ExactDecimal(string: text) ?? ExactDecimal(raw: .min) }
}
