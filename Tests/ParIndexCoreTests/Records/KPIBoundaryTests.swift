import Foundation
import Testing

@testable import ParIndexCore

/// Every rule of the definitions at its boundary (the acceptance list of issue 12).
@Suite struct KPIBoundaryTests {
    let vpcp: KPIDefinition
    let completed: KPIDefinition
    let calendar: WorkingCalendar
    let year = KPIPeriod(year: 2024)

    init() throws {
        vpcp = try KPITestSupport.definition("vpcp-766")
        completed = try KPITestSupport.definition("completed-only")
        calendar = try KPITestSupport.calendar()
    }

    func judge(_ r: DossierRecord, _ d: KPIDefinition, _ period: KPIPeriod? = nil) -> DossierVerdict {
        DossierVerdict.judge(r, d, period ?? year, calendar)
    }

    @Test func dueAt1700FinishedAt1700IsOnTimeAndAt1701IsLateByTimestamp() {
        let on = KPITestSupport.record(received: "2024-03-11T08:00", state: .done, due: "2024-03-14T17:00", finished: "2024-03-14T17:00")
        let late = KPITestSupport.record(received: "2024-03-11T08:00", state: .done, due: "2024-03-14T17:00", finished: "2024-03-14T17:01")
        #expect(judge(on, vpcp).outcome == .onTime)
        #expect(judge(late, vpcp).outcome == .late)
        #expect(judge(late, vpcp).reason(.vi) == "quá hạn: kết thúc 14/03 17:01, hẹn trả 14/03 17:00")
        // By day, 17:01 on the due day is on time.
        #expect(judge(late, completed).outcome == .onTime)
    }

    @Test func oneSupplementRequestIsAllowedTwoAreOverdue() {
        let one = KPITestSupport.record(
            received: "2024-03-04T08:00", state: .done, due: "2024-03-20T17:00", finished: "2024-03-12T09:00", supplements: 1, waited: 86_400)
        let two = KPITestSupport.record(
            received: "2024-03-04T08:00", state: .done, due: "2024-03-20T17:00", finished: "2024-03-12T09:00", supplements: 2, waited: 2 * 86_400)
        #expect(judge(one, vpcp).isOnTime)
        #expect(judge(two, vpcp).outcome == .late)
        #expect(judge(two, vpcp).reason(.vi) == "quá hạn: 2 lần yêu cầu bổ sung")
        #expect(judge(two, completed).isOnTime)
    }

    @Test func supplementTimeTurnsALateDossierIntoAnOnTimeOne() {
        let r = KPITestSupport.record(
            received: "2024-03-04T08:00", state: .resultReturned, due: "2024-03-14T17:00", finished: "2024-03-17T10:05", supplements: 1,
            waited: 3 * 86_400)
        let v = judge(r, vpcp)
        #expect(v.outcome == .onTime)
        #expect(v.reason(.vi) == "đúng hạn: kết thúc 17/03 10:05, hẹn trả 14/03 17:00, trừ 3 ngày chờ bổ sung")
        #expect(judge(r, completed).outcome == .late)
        // One second more of work and it is late again.
        var later = r
        later.finished = RecordDateParser.parse("2024-03-17T17:01")
        #expect(judge(later, vpcp).outcome == .late)
    }

    @Test func noDueDateUsesTheStatutoryWorkingDaysOrIsLeftOut() {
        // 5 working days from Thu 01/02/2024 over Tết (08–14/02 off): due Thu 15/02 09:00.
        let within = KPITestSupport.record(received: "2024-02-01T09:00", state: .done, finished: "2024-02-15T09:00", statutory: 5)
        let after = KPITestSupport.record(received: "2024-02-01T09:00", state: .done, finished: "2024-02-15T09:01", statutory: 5)
        #expect(judge(within, vpcp).outcome == .onTime)
        #expect(judge(within, vpcp).due == RecordDateParser.parse("2024-02-15T09:00"))
        #expect(judge(after, vpcp).outcome == .late)
        let none = KPITestSupport.record(received: "2024-05-06T09:00", state: .done, finished: "2024-05-08T09:00")
        #expect(judge(none, vpcp).outcome == .notCounted)
        #expect(judge(none, vpcp).reason(.vi) == "không tính: không có ngày hẹn trả")
        #expect(judge(none, completed).outcome == .onTime)
    }

    @Test func inProgressAtThePeriodEndCountsUnder766Only() {
        let within = KPITestSupport.record(received: "2024-12-20T09:00", state: .inProgress, due: "2025-01-10T17:00")
        let overdue = KPITestSupport.record(received: "2024-12-16T09:00", state: .inProgress, due: "2024-12-27T17:00")
        #expect(judge(within, vpcp).outcome == .withinDue)
        #expect(judge(overdue, vpcp).outcome == .late)
        #expect(judge(within, completed).outcome == .notCounted)
        #expect(judge(overdue, completed).outcome == .notCounted)
        // Due 31/12 23:59:59 is still within at the last moment of the period; in Q1 2025 it is done.
        let edge = KPITestSupport.record(received: "2024-12-20T09:00", state: .inProgress, due: "2024-12-31T23:59:59")
        #expect(judge(edge, vpcp).outcome == .withinDue)
        let doneLater = KPITestSupport.record(received: "2024-12-20T09:00", state: .done, due: "2025-01-10T17:00", finished: "2025-01-05T10:00")
        #expect(judge(doneLater, vpcp).outcome == .withinDue)
        #expect(judge(doneLater, vpcp, KPIPeriod("2025-Q1")).outcome == .early)
        #expect(judge(doneLater, vpcp, KPIPeriod("2024-11")).outcome == .outsidePeriod)
    }

    @Test func xongWinsOverTra() {
        let r = KPITestSupport.record(
            received: "2024-03-11T08:00", state: .resultReturned, due: "2024-03-14T17:00", finished: "2024-03-14T16:00", returned: "2024-03-15T09:00")
        #expect(judge(r, vpcp).outcome == .onTime)
        #expect(judge(r, vpcp).end == RecordDateParser.parse("2024-03-14T16:00"))
        var onlyReturned = r
        onlyReturned.finished = nil
        #expect(judge(onlyReturned, vpcp).outcome == .late)
    }

    @Test func returnedWithdrawnAndPendingSupplements() {
        let refused = KPITestSupport.record(received: "2024-04-01T09:00", state: .refused, due: "2024-04-10T17:00", finished: "2024-04-02T09:00")
        let withdrawn = KPITestSupport.record(received: "2024-04-01T09:00", state: .withdrawn, due: "2024-04-10T17:00", finished: "2024-04-03T09:00")
        #expect(judge(refused, vpcp).isOnTime)
        #expect(judge(refused, completed).outcome == .notCounted)
        #expect(judge(withdrawn, vpcp).outcome == .notCounted)
        let pending = KPITestSupport.record(
            received: "2024-06-03T09:00", state: .waitingForSupplement, due: "2024-06-15T17:00", supplements: 1, pending: "2024-06-10T09:00")
        #expect(judge(pending, vpcp).isOnTime)
        #expect(judge(pending, vpcp).endedInPeriod)
        #expect(judge(pending, completed).outcome == .notCounted)
    }

    @Test func workingDaysAroundTetAnd2September() throws {
        func day(_ text: String) -> Int { RecordDateParser.parse(text)!.dayNumber }
        // Tết 2024: Thu 08/02 – Wed 14/02 off (weekdays 08, 09, 12, 13, 14).
        for d in ["2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"] { #expect(!calendar.isWorkingDay(day(d)), "\(d)") }
        #expect(calendar.isWorkingDay(day("2024-02-07")))
        #expect(calendar.isWorkingDay(day("2024-02-15")))
        // 2/9/2024 Mon and 3/9 Tue off; Fri 30/08 + 3 working days = Fri 06/09.
        #expect(!calendar.isWorkingDay(day("2024-09-02")))
        #expect(!calendar.isWorkingDay(day("2024-09-03")))
        #expect(calendar.isWorkingDay(day("2024-09-04")))
        let start = RecordDateParser.parse("2024-08-30T10:00")!
        #expect(calendar.deadline(from: start, workingDays: 3) == RecordDateParser.parse("2024-09-06T10:00"))
        // A make-up Saturday is a working day: Sat 04/05/2024 for Mon 29/04.
        #expect(calendar.isWorkingDay(day("2024-05-04")))
        #expect(!calendar.isWorkingDay(day("2024-04-29")))
        #expect(calendar.deadline(from: RecordDateParser.parse("2024-04-26T08:00")!, workingDays: 1) == RecordDateParser.parse("2024-05-02T08:00"))
        #expect(calendar.deadline(from: RecordDateParser.parse("2024-05-03T08:00")!, workingDays: 1) == RecordDateParser.parse("2024-05-04T08:00"))
        // Tết 2025: Mon 27/01 – Fri 31/01; Fri 24/01 + 1 working day = Mon 03/02.
        #expect(calendar.deadline(from: RecordDateParser.parse("2025-01-24T08:00")!, workingDays: 1) == RecordDateParser.parse("2025-02-03T08:00"))
        // Every year 2022–2027 has a file, and each has at least one unconfirmed day (said honestly).
        for year in 2022...2027 {
            #expect(calendar.covers(RecordTime.daysFromCivil(year: year, month: 6, day: 1)))
            #expect(calendar.daysOff.values.contains { $0.date.year == year && !$0.confirmed })
        }
    }

    @Test func ratesAndThresholdsAreExact() {
        let r = KPIReport.Rate(numerator: 949, denominator: 1000)
        #expect(!r.reaches(95))
        #expect(KPIReport.Rate(numerator: 950, denominator: 1000).reaches(95))
        #expect(KPIReport.Rate(numerator: 2, denominator: 3).percent == ExactDecimal(200) / ExactDecimal(3))
        #expect(KPIReport.Rate(numerator: 0, denominator: 0).percent == nil)
    }
}
