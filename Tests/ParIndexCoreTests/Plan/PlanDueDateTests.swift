import Foundation
import Testing

@testable import ParIndexCore

/// Due dates: times as the plans write them, recurring tasks with one due date per occurrence,
/// and the boundaries (the due day itself, the day after, leap years).
@Suite("Plan: due dates")
struct PlanDueDateTests {
    @Test(arguments: [
        ("Tháng 12/2019", "2019-12-01", "2019-12-31"),
        ("Tháng 2/2024", "2024-02-01", "2024-02-29"),
        ("Tháng 02/2023", "2023-02-01", "2023-02-28"),
        ("Quý I", "2020-01-01", "2020-03-31"),
        ("Quý IV/2019", "2019-10-01", "2019-12-31"),
        ("quý  iii năm 2020", "2020-07-01", "2020-09-30"),
        ("Thường xuyên", "2020-01-01", "2020-12-31"),
        ("Thường\nxuyên", "2020-01-01", "2020-12-31"),
        ("15/3/2020", "2020-03-15", "2020-03-15"),
        ("2020-06-30", "2020-06-30", "2020-06-30"),
        ("Năm 2020", "2020-01-01", "2020-12-31"),
        ("Trong tháng 01/2020", "2020-01-01", "2020-01-31"),
        ("Trong năm 2020", "2020-01-01", "2020-12-31"),
        ("Thường xuyên trong năm 2020", "2020-01-01", "2020-12-31"),
        ("Trước 31/12/2020", "2020-12-30", "2020-12-30"),
        ("Trước ngày 15/9", "2020-09-14", "2020-09-14"),
        ("Trước tháng 12/2020", "2020-11-30", "2020-11-30"),
        ("Trước tháng 3/2020", "2020-02-29", "2020-02-29"),
        ("Qúy III/2020", "2020-07-01", "2020-09-30"),
    ])
    func timesAsWritten(text: String, first: String, last: String) {
        let time = PlanTime(text: text, year: 2020)
        #expect(time.firstDay(year: 2020)?.description == first)
        #expect(time.lastDay(year: 2020)?.description == last)
    }

    @Test(arguments: ["Sau khi có thông báo kết quả kiểm tra", "Theo quy định của Sở Nội vụ.", "Tháng 13/2020", "30/2/2020", "Quý V"])
    func textsWithoutADate(text: String) {
        #expect(PlanTime(text: text, year: 2020).kind == .asWritten)
        #expect(PlanTime(text: text, year: 2020).lastDay(year: 2020) == nil)
    }

    /// "Trước ngày 15 của tháng cuối quý": one due date per quarter, the 14th of March, June, September, December.
    @Test func quarterlyBeforeTheFifteenthOfTheLastMonth() throws {
        let dues = (1...4).compactMap { q in
            PlanDueRule(month: .ofQuarter(quarter: q, month: 3), day: 15, before: true).due(year: 2020)?.description
        }
        #expect(dues == ["2020-03-14", "2020-06-14", "2020-09-14", "2020-12-14"])
    }

    /// "Trước ngày 15 tháng thứ 2 của quý" (seed 000): 14 February, May, August, November.
    @Test func quarterlyBeforeTheFifteenthOfTheSecondMonth() throws {
        let dues = (1...4).compactMap { q in
            PlanDueRule(month: .ofQuarter(quarter: q, month: 2), day: 15, before: true).due(year: 2020)?.description
        }
        #expect(dues == ["2020-02-14", "2020-05-14", "2020-08-14", "2020-11-14"])
    }

    /// "Before the 1st of March" is the last day of February: 29 in a leap year, 28 otherwise; 1900 is not leap, 2000 is.
    @Test(arguments: [(2024, "2024-02-29"), (2023, "2023-02-28"), (2000, "2000-02-29"), (2100, "2100-02-28")])
    func beforeTheFirstCrossesIntoFebruary(year: Int, due: String) {
        let rule = PlanDueRule(month: .ofQuarter(quarter: 1, month: 3), day: 1, before: true)
        #expect(rule.due(year: year)?.description == due)
    }

    /// "Before 1 January" of the plan's year is 31 December of the year before.
    @Test func beforeTheFirstOfJanuaryIsTheYearBefore() {
        #expect(PlanDueRule(month: .ofYear(1), day: 1, before: true).due(year: 2020)?.description == "2019-12-31")
        #expect(PlanDueRule(month: .ofYear(12), day: 31, before: false, yearOffset: -1).due(year: 2020)?.description == "2019-12-31")
    }

    @Test func aDayTheMonthDoesNotHave() {
        #expect(PlanDueRule(month: .ofYear(2), day: 29, before: false).due(year: 2023) == nil)
        #expect(PlanDueRule(month: .ofYear(2), day: 29, before: false).due(year: 2024)?.description == "2024-02-29")
        #expect(PlanDueRule(month: .ofQuarter(quarter: 2, month: 3), day: 31, before: false).due(year: 2020) == nil)  // 31 June
    }

    /// Due on day D: as of D the occurrence is not yet overdue; as of D + 1 it is. Done on D is on time, on D + 1 late.
    @Test func theDueDayItselfAndTheDayAfter() throws {
        let plan = try PlanFixtures.plan(
            tasks: PlanFixtures.task(
                "R", start: "Thường xuyên", end: "Thường xuyên",
                extra: #", "recurring": [{"id": "q1", "quarter": 1, "monthOfQuarter": "last", "day": 15, "before": true}]"#))
        let occurrence = try #require(plan.task("R")?.occurrences.first)
        #expect(occurrence.due.description == "2020-03-14")
        func standing(_ asOf: String, _ progress: TaskProgress? = nil) throws -> TaskStanding {
            TaskStanding.of(progress, due: occurrence.due, asOf: try #require(CalendarDate(iso: asOf)))
        }
        #expect(try standing("2020-03-14") == .notYetDue)
        #expect(try standing("2020-03-15") == .overdue)
        #expect(try standing("2020-03-20", TaskProgress(status: .done, doneOn: CalendarDate(iso: "2020-03-14"))) == .doneOnTime)
        #expect(try standing("2020-03-20", TaskProgress(status: .done, doneOn: CalendarDate(iso: "2020-03-15"))) == .doneLate)
        #expect(try standing("2020-03-20", TaskProgress(status: .inProgress)) == .overdue)
        #expect(try standing("2020-03-20", TaskProgress(status: .doneLate, doneOn: CalendarDate(iso: "2020-03-01"))) == .doneLate)
    }

    /// A quarterly task over a leap February: the occurrence due on 29/02/2024 is not overdue that day.
    @Test func leapYearOccurrenceBoundary() throws {
        let plan = try PlanFixtures.plan(
            tasks: PlanFixtures.task(
                "R", start: "Thường xuyên", end: "Thường xuyên",
                extra:
                    #", "recurring": [{"id": "q1", "quarter": 1, "monthOfQuarter": 3, "day": 1, "before": true}, {"id": "q2", "quarter": 2, "monthOfQuarter": 3, "day": 1, "before": true}]"#
            ), year: 2024)
        let task = try #require(plan.task("R"))
        #expect(task.occurrences.map(\.due.description) == ["2024-02-29", "2024-05-31"])
        let onTheDay = PlanStatus(plan: plan, progress: [], asOf: CalendarDate(year: 2024, month: 2, day: 29))
        let dayAfter = PlanStatus(plan: plan, progress: [], asOf: CalendarDate(year: 2024, month: 3, day: 1))
        #expect(onTheDay.tasks[0].occurrences.map(\.standing) == [.notYetDue, .notYetDue])
        #expect(dayAfter.tasks[0].occurrences.map(\.standing) == [.overdue, .notYetDue])
        #expect(dayAfter.tasks[0].standing == .overdue)
    }

    @Test(arguments: [("2020-01-01", 737_425), ("2024-02-29", 738_945), ("1999-12-31", 730_119)])
    func ordinalsRoundTrip(text: String, ordinal: Int) throws {
        let date = try #require(CalendarDate(iso: text))
        #expect(date.ordinal == ordinal)
        #expect(CalendarDate(ordinal: ordinal) == date)
        #expect(date.adding(days: 1).adding(days: -1) == date)
    }
}
