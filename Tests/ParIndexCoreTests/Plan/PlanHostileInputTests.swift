import Foundation
import Testing

@testable import ParIndexCore

/// Bad plan and progress files: each gives a coded diagnostic naming the file and the JSON path,
/// with a Vietnamese message first, and never a crash.
@Suite("Plan: hostile input")
struct PlanHostileInputTests {
    @Test func malformedJSONNamesLineAndColumn() {
        let errors = PlanFixtures.planErrors(#"{"formatVersion": 1, "kind": "plan",, }"#)
        #expect(errors.first?.code == .jsonUnexpectedCharacter || errors.first?.code == .jsonExpectedKey)
        #expect(errors.first?.file == "bad-plan.json")
        #expect(errors.first?.line == 1)
    }

    @Test func duplicateTaskIDs() {
        let json = PlanFixtures.planJSON(tasks: PlanFixtures.task("A") + "," + PlanFixtures.task("A"))
        let errors = PlanFixtures.planErrors(json)
        #expect(errors.map(\.code) == [.planDuplicateID])
        #expect(errors.first?.path.description == "sections[0].tasks[1].id")
        #expect(errors.first?.text(.vi) == #"bad-plan.json: lỗi: sections[0].tasks[1].id: mã "A" bị trùng"#)
    }

    @Test func duplicateKeysAreRefusedByTheParser() {
        let errors = PlanFixtures.planErrors(#"{"formatVersion": 1, "kind": "plan", "year": 2020, "year": 2021}"#)
        #expect(errors.map(\.code) == [.jsonDuplicateKey])
    }

    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let errors = PlanFixtures.planErrors(#"{"formatVersion": 1, "kind": "plan", "note": "# + deep + "}")
        #expect(errors.map(\.code) == [.jsonTooDeep])
    }

    @Test func oversizedFileIsRefused() {
        let big = Data(repeating: 0x20, count: DocumentLoader.maximumFileBytes + 1)
        #expect(throws: DiagnosticError.self) { try PlanJSON.plan(from: big, file: "big.json") }
        do {
            _ = try PlanJSON.plan(from: big, file: "big.json")
        } catch {
            #expect(error.diagnostics.map(\.code) == [.fileTooLarge])
        }
    }

    @Test func wrongKindAndNewerVersion() throws {
        #expect(PlanFixtures.planErrors(#"{"formatVersion": 1, "kind": "progress"}"#).map(\.code) == [.planWrongKind])
        #expect(PlanFixtures.planErrors(#"{"formatVersion": 2, "kind": "plan"}"#).map(\.code) == [.planNewerFormat])
        let plan = try PlanFixtures.plan(tasks: PlanFixtures.task("A"))
        #expect(PlanFixtures.progressErrors(PlanFixtures.planJSON(tasks: PlanFixtures.task("A")), plan: plan).map(\.code) == [.planWrongKind])
    }

    @Test func badTaskFields() {
        let json = PlanFixtures.planJSON(
            tasks: #"{"id": "a b", "content": "", "lead": 3, "start": "Quý I", "end": "Quý I", "budget": -1, "colour": "red"}"#)
        let errors = PlanFixtures.planErrors(json)
        let codes = Set(errors.map(\.code))
        #expect(codes.isSuperset(of: [.valueInvalidID, .valueEmptyString, .valueExpectedString, .valueOutOfRange, .valueUnknownKey]))
        #expect(errors.contains { $0.path.description == "sections[0].tasks[0].colour" })
    }

    @Test func badRecurringRules() {
        let both = PlanFixtures.task("R", extra: #", "recurring": [{"id": "q1", "month": 2, "quarter": 1, "monthOfQuarter": 2, "day": 15}]"#)
        #expect(PlanFixtures.planErrors(PlanFixtures.planJSON(tasks: both)).map(\.code).contains(.planDueNeedsMonthOrQuarter))
        let noDay = PlanFixtures.task("R", extra: #", "recurring": [{"id": "q1", "month": 2, "day": 30}]"#)
        let errors = PlanFixtures.planErrors(PlanFixtures.planJSON(tasks: noDay))
        #expect(errors.map(\.code) == [.planNoSuchDay])
        #expect(errors.first?.path.description == "sections[0].tasks[0].recurring[0].day")
        let twice = PlanFixtures.task("R", extra: #", "recurring": [{"id": "q", "month": 2, "day": 1}, {"id": "q", "month": 5, "day": 1}]"#)
        #expect(PlanFixtures.planErrors(PlanFixtures.planJSON(tasks: twice)).map(\.code) == [.planDuplicateID])
    }

    @Test func unknownStatus() throws {
        let plan = try PlanFixtures.plan(tasks: PlanFixtures.task("A"))
        let errors = PlanFixtures.progressErrors(PlanFixtures.progressJSON(tasks: #""A": {"status": "finished"}"#), plan: plan)
        #expect(errors.map(\.code) == [.progressUnknownStatus])
        #expect(errors.first?.path.description == "tasks.A.status")
        #expect(errors.first?.message.vi.hasPrefix(#"trạng thái không hợp lệ "finished""#) == true)
    }

    @Test func unknownTaskID() throws {
        let plan = try PlanFixtures.plan(tasks: PlanFixtures.task("A"))
        let errors = PlanFixtures.progressErrors(PlanFixtures.progressJSON(tasks: #""Z.9": {"status": "done", "doneOn": "2020-01-02"}"#), plan: plan)
        #expect(errors.map(\.code) == [.progressUnknownTask])
        #expect(errors.first?.text(.en) == #"bad-progress.json: error: tasks["Z.9"]: the plan plan.json has no task "Z.9""#)
    }

    @Test(arguments: ["2020-02-30", "30/06/2020", "2020-6-1", ""])
    func badDates(date: String) throws {
        let plan = try PlanFixtures.plan(tasks: PlanFixtures.task("A"))
        let errors = PlanFixtures.progressErrors(PlanFixtures.progressJSON(tasks: #""A": {"status": "done", "doneOn": "\#(date)"}"#), plan: plan)
        #expect(errors.map(\.code) == [.valueInvalidDate])
        #expect(errors.first?.path.description == "tasks.A.doneOn")
    }

    @Test func datesAfterTheReportingDate() throws {
        let plan = try PlanFixtures.plan(tasks: PlanFixtures.task("A"))
        let errors = PlanFixtures.progressErrors(PlanFixtures.progressJSON(tasks: #""A": {"status": "done", "doneOn": "2020-07-01"}"#), plan: plan)
        #expect(errors.map(\.code) == [.progressAfterReportingDate])
    }

    @Test func doneWithoutDateAndCancelledWithoutDecision() throws {
        let plan = try PlanFixtures.plan(tasks: PlanFixtures.task("A") + "," + PlanFixtures.task("B"))
        let errors = PlanFixtures.progressErrors(
            PlanFixtures.progressJSON(tasks: #""A": {"status": "done"}, "B": {"status": "cancelled"}"#), plan: plan)
        #expect(errors.map(\.code) == [.progressDoneWithoutDate, .progressCancelledWithoutDecision])
    }

    @Test func occurrencesOfATaskThatDoesNotRecur() throws {
        let plan = try PlanFixtures.plan(
            tasks: PlanFixtures.task("A") + "," + PlanFixtures.task("R", extra: #", "recurring": [{"id": "q1", "month": 2, "day": 15}]"#))
        let errors = PlanFixtures.progressErrors(
            PlanFixtures.progressJSON(
                tasks: #""A": {"status": "inProgress", "occurrences": {}}, "R": {"occurrences": {"q9": {"status": "notStarted"}}}"#),
            plan: plan)
        #expect(errors.map(\.code) == [.progressNotRecurring, .progressUnknownOccurrence])
    }

    @Test func progressOfAnotherUnit() throws {
        let plan = try PlanFixtures.plan(tasks: PlanFixtures.task("A"))
        let json = PlanFixtures.progressJSON(tasks: "").replacingOccurrences(of: "t.so-thu", with: "t.other")
        #expect(PlanFixtures.progressErrors(json, plan: plan).map(\.code) == [.progressPlanMismatch])
    }

    @Test func unknownPeriod() throws {
        let plan = try PlanFixtures.plan(tasks: PlanFixtures.task("A"))
        let json = PlanFixtures.progressJSON(tasks: "").replacingOccurrences(of: #""h1""#, with: #""quý 5""#)
        #expect(PlanFixtures.progressErrors(json, plan: plan).map(\.code) == [.progressUnknownPeriod])
    }

    /// Every diagnostic renders in both languages without a placeholder left over.
    @Test func messagesRenderCompletely() throws {
        let plan = try PlanFixtures.plan(tasks: PlanFixtures.task("A"))
        let all =
            PlanFixtures.progressErrors(PlanFixtures.progressJSON(tasks: #""A": {"status": "x"}, "Q": {}"#), plan: plan)
            + PlanFixtures.planErrors(PlanFixtures.planJSON(tasks: PlanFixtures.task("A") + "," + PlanFixtures.task("A")))
        #expect(all.count == 3)
        for d in all {
            for language in Language.allCases { #expect(!d.text(language).contains("{"), "\(d.text(language))") }
        }
    }
}
