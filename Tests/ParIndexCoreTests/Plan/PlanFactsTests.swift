import Foundation
import Testing

@testable import ParIndexCore

/// `planMeasures` in a framework, and the facts and evidence a plan fills into a submission.
@Suite("Plan: facts")
struct PlanFactsTests {
    static func seedStatus() throws -> (PlanStatus, Framework, CriteriaCatalog) {
        let plan = try PlanFixtures.seedPlan()
        let (h1, q3) = try PlanFixtures.seedProgress(plan)
        let catalog = try Fixtures.catalog()
        let framework = try #require(catalog.framework(id: "so-seeds"))
        return (PlanStatus(plan: plan, progress: [h1, q3]), framework, catalog)
    }

    @Test func soSeedsDeclaresItsPlanMeasures() throws {
        let framework = try #require(try Fixtures.catalog().framework(id: "so-seeds"))
        #expect(
            framework.planMeasures.map(\.fact) == [
                "plan.issuedOn", "plan.tasks", "plan.tasksDone", "report.q1.sentOn", "report.h1.sentOn", "report.q3.sentOn", "report.annual.sentOn",
            ])
    }

    @Test func fillsANewSubmission() throws {
        let (status, framework, catalog) = try Self.seedStatus()
        let result = PlanFacts(status: status, framework: framework)
        let facts = result.submission.facts
        #expect(facts["plan.tasks"] == .number(54))
        #expect(facts["plan.tasksDone"] == .number(8))
        #expect(facts["report.q1.sentOn"] == .date(CalendarDate(year: 2020, month: 2, day: 12)))
        #expect(facts["report.h1.sentOn"] == .date(CalendarDate(year: 2020, month: 5, day: 18)))
        #expect(facts["report.q3.sentOn"] == .date(CalendarDate(year: 2020, month: 8, day: 10)))
        #expect(facts["report.annual.sentOn"] == nil)
        #expect(result.unfilled.map(\.target).prefix(2) == ["plan.issuedOn", "report.annual.sentOn"])
        // Documents the plan promises and no task has produced yet (V.3.1, cancelled, promises none).
        #expect(
            result.unfilled.map(\.target).dropFirst(2) == [
                "1.2.2/report.annual", "1.4.1/propaganda.plan", "2.1.2/legal.draftReport", "2.2.1/legal.monitorPlan", "2.3.1/legal.reviewPlan",
                "4.1.1/org.reviewReport", "5.1.2/staff.jobFramework",
            ])
        #expect(result.submission.evidence["1.1.2"]?["plan.cchc"]?.number == "125/KH-SYT")
        #expect(result.submission.evidence["1.2.2"]?.keys.sorted() == ["report.h1", "report.q1", "report.q3"])
        #expect(result.conflicts.isEmpty)
        #expect(result.unmatched.isEmpty)  // every kind and metric of seed 000 is one of so-seeds'
        // The result is a valid submission, and its plan-completion leaf explains the counts.
        let text = SubmissionJSON.encode(result.submission)
        let card = try Scorer(catalog: catalog).score(try SubmissionJSON.decode(Data(text.utf8), file: "out.json", catalog: catalog))
        let leaf = try #require(card.leaves.first { $0.id == "1.1.3" })
        #expect(leaf.explanation(.en)?.contains("(8/54)") == true)
    }

    @Test func keepsTypedValuesUnlessOverwrite() throws {
        let (status, framework, catalog) = try Self.seedStatus()
        let base = try Scorer(catalog: catalog).validate(
            data: try Data(contentsOf: Fixtures.examples.appendingPathComponent("so-y-te-dak-nong-2020.json")), file: "agency.json"
        ).0
        let kept = PlanFacts(status: status, framework: framework, merging: base)
        #expect(kept.submission.facts["plan.tasks"] == .number(64))
        #expect(kept.submission.facts["plan.issuedOn"] == base.facts["plan.issuedOn"])
        let conflict = try #require(kept.conflicts.first { $0.target == "plan.tasks" })
        #expect(conflict.given == "64" && conflict.fromPlan == "54" && !conflict.overwritten)
        let replaced = PlanFacts(status: status, framework: framework, merging: base, overwrite: true)
        #expect(replaced.submission.facts["plan.tasks"] == .number(54))
        #expect(replaced.conflicts.allSatisfy { $0.overwritten })
        #expect(replaced.submission.evidence["1.2.2"]?["report.q1"]?.number == "45/BC-SYT")
    }

    @Test func kindsAndMetricsTheFrameworkLacksAreListed() throws {
        let task = #"""
            {"id": "A", "content": "Kiểm tra", "lead": "Văn phòng Sở", "start": "Quý I", "end": "Quý IV",
             "outputs": [{"text": "Kế hoạch", "kind": "plan.cchcc"}],
             "indicator": {"text": "30%", "target": {"metric": "inspect.cover", "value": 30}}}
            """#
        let plan = try PlanFixtures.plan(tasks: task)
        let framework = try #require(try Fixtures.catalog().framework(id: "so-seeds"))
        let result = PlanFacts(status: PlanStatus(plan: plan, progress: []), framework: framework)
        #expect(result.unmatched == ["A: plan.cchcc", "A: inspect.cover"])
    }

    @Test func badPlanMeasuresAreRefused() throws {
        let text = try String(contentsOf: Fixtures.criteria.appendingPathComponent("so-seeds.json"), encoding: .utf8)
        let unknown = text.replacingOccurrences(of: #""measure": "tasksDone""#, with: #""measure": "tasksFinished""#)
        #expect(Fixtures.frameworkErrors(unknown).map(\.code) == [.criteriaUnknownPlanMeasure])
        let wrongType = text.replacingOccurrences(
            of: #"{ "fact": "plan.tasks", "measure": "tasks" }"#, with: #"{ "fact": "plan.issuedOn", "measure": "tasks" }"#)
        #expect(Fixtures.frameworkErrors(wrongType).map(\.code) == [.lintFactType])
        let undeclared = text.replacingOccurrences(
            of: #"{ "fact": "plan.tasks", "measure": "tasks" }"#, with: #"{ "fact": "plan.nothing", "measure": "tasks" }"#)
        #expect(Fixtures.frameworkErrors(undeclared).map(\.code) == [.lintUndeclaredFact])
    }

    @Test func provinceTableOrdersUnitsByCompletion() throws {
        let plan = try PlanFixtures.seedPlan()
        let (h1, q3) = try PlanFixtures.seedProgress(plan)
        var other = plan
        other.unit = PlanUnit(id: "dak-nong.so-khac", name: "Sở Khác")
        let province = PlanProvince([
            PlanStatus(plan: plan, progress: [h1]), PlanStatus(plan: other, progress: []), PlanStatus(plan: plan, progress: [h1, q3]),
        ])
        #expect(province.units.map(\.total.done) == [8, 6, 0])
        #expect(province.total.overdue == 1 + 2 + 7)
    }

    @Test func folderPairsProgressWithPlans() throws {
        let contents = PlanFolder.read([PlanFixtures.folder.path])
        #expect(contents.refused.isEmpty)
        let health = try #require(contents.statuses.first { $0.plan.unit.id == "dak-nong.so-y-te" })
        #expect(health.progressFiles.count == 2)
        #expect(health.total.done == 8)
        // Plan files are not submissions: rank's folder search leaves them out.
        #expect(BatchScorer.collectFiles([PlanFixtures.folder.path]).files.isEmpty)
    }
}
