import Foundation
import Testing

@testable import ParIndexCore

/// Seed 000 (Sở Y tế Đắk Nông 2020) with the sample progress files: the counts a person gets by
/// hand from the plan's table and the two reports.
@Suite("Plan: seed 000 status")
struct PlanSeedStatusTests {
    @Test func theSeedPlanValidates() throws {
        let plan = try PlanFixtures.seedPlan()
        #expect(plan.sections.map(\.id) == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"])
        #expect(plan.sections.map(\.tasks.count) == [9, 8, 8, 4, 9, 2, 8, 5, 2])
        #expect(plan.tasks.count == 55)
        #expect(plan.budget == 120)  // "Tổng 120" on the table's last line
        #expect(plan.task("I.1.3")?.occurrences.map(\.due.description) == ["2020-02-14", "2020-05-14", "2020-08-14", "2020-11-09"])
        #expect(plan.task("I.1.1")?.due(year: 2020) == CalendarDate(year: 2019, month: 12, day: 31))
        #expect(plan.task("III.1.1")?.due(year: 2020) == CalendarDate(year: 2019, month: 12, day: 31))  // Quý IV/2019
        #expect(plan.task("I.1.2")?.due(year: 2020) == CalendarDate(year: 2020, month: 12, day: 31))  // Thường xuyên
        #expect(plan.task("I.1.5")?.due(year: 2020) == nil)  // "Kết thúc trong vòng 30 ngày kể từ …"
    }

    /// Every seed plan of `Examples/plans` validates, with the tasks of its table.
    @Test(arguments: [
        ("so-y-te-dak-nong-2020.plan.json", 55, 9, 2020),
        ("ubnd-dak-nong-2021.plan.json", 77, 7, 2021),
        ("ubnd-quang-nam-2020.plan.json", 49, 7, 2020),
        ("so-gddt-hoa-binh-2020.plan.json", 35, 7, 2020),
        ("so-khdt-tuyen-quang-2023.plan.json", 21, 7, 2023),
    ])
    func everySeedPlanValidates(file: String, tasks: Int, sections: Int, year: Int) throws {
        let plan = try PlanJSON.plan(contentsOf: PlanFixtures.folder.appendingPathComponent(file))
        #expect(plan.tasks.count == tasks)
        #expect(plan.sections.count == sections)
        #expect(plan.year == year)
        #expect(plan.tasks.allSatisfy { $0.source != nil })
    }

    /// Seed 001's budget column adds up to the table's total, 936 million đồng.
    @Test func seed001BudgetAddsUp() throws {
        let plan = try PlanJSON.plan(contentsOf: PlanFixtures.folder.appendingPathComponent("ubnd-dak-nong-2021.plan.json"))
        #expect(plan.budget == 936)
    }

    @Test func sixMonthCountsAsCountedByHand() throws {
        let plan = try PlanFixtures.seedPlan()
        let (h1, _) = try PlanFixtures.seedProgress(plan)
        let s = PlanStatus(plan: plan, progress: [h1])
        #expect(s.asOf == CalendarDate(year: 2020, month: 6, day: 30))
        // Done on time: I.1.1, I.1.6, I.1.7, III.1.1, V.2.1; late: III.2.1 (due 31/12/2019, done 10/01/2020);
        // overdue: V.4.1 (in progress), VII.1.1 (not started), both due in Q4/2019; cancelled: V.3.1.
        #expect(s.total.doneOnTime == 5)
        #expect(s.total.doneLate == 1)
        #expect(s.total.overdue == 2)
        #expect(s.total.cancelled == 1)
        #expect(s.total.notYetDue == 46)
        #expect(s.total.counted == 54)
        #expect(s.total.completionPercent == ExactDecimal(string: "11.111111"))
        #expect(s.overdue.map(\.task.id) == ["V.4.1", "VII.1.1"])
        #expect(s.atRisk.isEmpty)
        let sections = Dictionary(uniqueKeysWithValues: s.sections.map { ($0.key, $0) })
        #expect(sections["I"]?.doneOnTime == 3 && sections["I"]?.notYetDue == 6)
        #expect(sections["III"]?.doneOnTime == 1 && sections["III"]?.doneLate == 1 && sections["III"]?.notYetDue == 6)
        #expect(sections["V"]?.doneOnTime == 1 && sections["V"]?.overdue == 1 && sections["V"]?.cancelled == 1 && sections["V"]?.notYetDue == 6)
        #expect(sections["VII"]?.overdue == 1 && sections["VII"]?.notYetDue == 7)
        let units = Dictionary(uniqueKeysWithValues: s.units.map { ($0.key, $0) })
        #expect(units["Văn phòng Sở"]?.tasks == 37)
        #expect(units["Văn phòng Sở"].map { [$0.doneOnTime, $0.doneLate, $0.overdue, $0.notYetDue] } == [3, 1, 1, 32])
        #expect(units["Phòng Tổ chức Cán bộ Sở"].map { [$0.tasks, $0.doneOnTime, $0.overdue, $0.cancelled, $0.notYetDue] } == [13, 1, 1, 1, 10])
        #expect(units["Sở Y tế"]?.doneOnTime == 1)
        #expect(s.units.map(\.tasks).reduce(0, +) == 55)
        #expect(s.budgetPlanned == 120)
        #expect(s.budgetSpent == ExactDecimal(string: "17.5"))
        // The recurring report task: Q1 on time, six months late (18/05 for "before 15/05"), Q3 and annual not yet due.
        let reports = try #require(s.tasks.first { $0.task.id == "I.1.3" })
        #expect(reports.occurrences.map(\.standing) == [.doneOnTime, .doneLate, .notYetDue, .notYetDue])
        #expect(reports.standing == .notYetDue)
        #expect(s.citable.count == 6)
    }

    @Test func nineMonthCountsWithBothReports() throws {
        let plan = try PlanFixtures.seedPlan()
        let (h1, q3) = try PlanFixtures.seedProgress(plan)
        // Given in either order, the later report wins.
        for reports in [[h1, q3], [q3, h1]] {
            let s = PlanStatus(plan: plan, progress: reports)
            #expect(s.asOf == CalendarDate(year: 2020, month: 9, day: 30))
            let counts: [Int] = [s.total.doneOnTime, s.total.doneLate, s.total.overdue, s.total.notYetDue, s.total.cancelled]
            #expect(counts == [6, 2, 1, 45, 1])
            #expect(s.overdue.map(\.task.id) == ["VII.1.1"])
            #expect(s.tasks.first { $0.task.id == "V.4.1" }?.standing == .doneLate)
        }
    }

    @Test func reportsAfterTheDateAreLeftOut() throws {
        let plan = try PlanFixtures.seedPlan()
        let (h1, q3) = try PlanFixtures.seedProgress(plan)
        let s = PlanStatus(plan: plan, progress: [h1, q3], asOf: CalendarDate(year: 2020, month: 7, day: 20))
        #expect(s.progressFiles.count == 1)
        #expect(s.total.done == 6)
        // The Q3 report is due on 14/08/2020 (before the 15th of August), 25 days away, not started: at risk.
        #expect(s.atRisk.map(\.task.id) == ["I.1.3"])
    }

    @Test func atRiskWindowIsThirtyDays() throws {
        let plan = try PlanFixtures.seedPlan()
        let (h1, q3) = try PlanFixtures.seedProgress(plan)
        // The annual report is due on 09/11/2020 ("trước 10/11"): 30 days before is 10/10.
        let inside = PlanStatus(plan: plan, progress: [h1, q3], asOf: CalendarDate(year: 2020, month: 10, day: 10))
        let outside = PlanStatus(plan: plan, progress: [h1, q3], asOf: CalendarDate(year: 2020, month: 10, day: 9))
        #expect(inside.atRisk.map(\.task.id) == ["I.1.3"])
        #expect(outside.atRisk.isEmpty)
    }

    @Test func noProgressMeansNothingStarted() throws {
        let plan = try PlanFixtures.seedPlan()
        let s = PlanStatus(plan: plan, progress: [])
        #expect(s.asOf == CalendarDate(year: 2020, month: 12, day: 31))
        // As of 31/12/2020 the tasks due that day are not yet overdue: only the seven due earlier are
        // (the five of Q4/2019, I.1.1 of December 2019 and the reports of I.1.3).
        #expect(s.total.overdue == 7)
        #expect(s.total.notYetDue == 48)
        // The day after, every task with a date is; the four without one ("theo quy định", "sau khi …") are not.
        let after = PlanStatus(plan: plan, progress: [], asOf: CalendarDate(year: 2021, month: 1, day: 1))
        #expect(after.total.overdue == 51)
        #expect(after.total.notYetDue == 4)
    }
}
