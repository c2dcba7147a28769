import Foundation
import Testing

@testable import ParIndexCore

/// The seed 000 plan and its sample progress files, and small plans built from JSON text.
enum PlanFixtures {
    static var folder: URL { Fixtures.examples.appendingPathComponent("plans") }
    static var planURL: URL { folder.appendingPathComponent("so-y-te-dak-nong-2020.plan.json") }
    static var h1URL: URL { folder.appendingPathComponent("so-y-te-dak-nong-2020-h1.progress.json") }
    static var q3URL: URL { folder.appendingPathComponent("so-y-te-dak-nong-2020-q3.progress.json") }

    static func seedPlan() throws -> Plan { try PlanJSON.plan(contentsOf: planURL) }

    static func seedProgress(_ plan: Plan) throws -> (h1: PlanProgress, q3: PlanProgress) {
        (try PlanJSON.progress(contentsOf: h1URL, plan: plan), try PlanJSON.progress(contentsOf: q3URL, plan: plan))
    }

    /// A plan of one section holding `tasks` (JSON objects), for `year`.
    static func plan(tasks: String, year: Int = 2020) throws -> Plan {
        try PlanJSON.plan(from: Data(planJSON(tasks: tasks, year: year).utf8), file: "plan.json")
    }

    static func planJSON(tasks: String, year: Int = 2020) -> String {
        """
        {"formatVersion": 1, "kind": "plan", "issuer": "Sở Thử", "year": \(year),
         "unit": {"id": "t.so-thu", "name": "Sở Thử", "kind": "so"},
         "sections": [{"id": "I", "title": "I. Thử", "tasks": [\(tasks)]}]}
        """
    }

    /// A task with the given extra members.
    static func task(_ id: String, start: String = "Tháng 01/2020", end: String = "Tháng 12/2020", extra: String = "") -> String {
        #"{"id": "\#(id)", "content": "Nội dung \#(id)", "indicator": "Chỉ số", "lead": "Văn phòng Sở", "start": "\#(start)", "end": "\#(end)"\#(extra)}"#
    }

    /// The diagnostics of a plan that should not load.
    static func planErrors(_ json: String) -> [Diagnostic] {
        do {
            _ = try PlanJSON.plan(from: Data(json.utf8), file: "bad-plan.json")
            Issue.record("the plan loaded")
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// A progress file's JSON for the test plan.
    static func progressJSON(asOf: String = "2020-06-30", tasks: String) -> String {
        #"{"formatVersion": 1, "kind": "progress", "unit": "t.so-thu", "year": 2020, "period": "h1", "asOf": "\#(asOf)", "tasks": {\#(tasks)}}"#
    }

    /// The diagnostics of a progress file that should not load against `plan`.
    static func progressErrors(_ json: String, plan: Plan) -> [Diagnostic] {
        do {
            _ = try PlanJSON.progress(from: Data(json.utf8), file: "bad-progress.json", plan: plan)
            Issue.record("the progress file loaded")
            return []
        } catch {
            return error.diagnostics
        }
    }
}
