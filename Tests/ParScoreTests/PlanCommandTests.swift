import Foundation
import Testing

/// End-to-end tests of `par-score plan`: the built executable on the seed 000 plan and its sample
/// progress files, every format, bad input and exit codes, and `plan facts` followed by scoring.
@Suite("Plan: par-score plan end to end")
struct PlanCommandTests {
    static let plan = "Examples/plans/so-y-te-dak-nong-2020.plan.json"
    static let h1 = "Examples/plans/so-y-te-dak-nong-2020-h1.progress.json"
    static let q3 = "Examples/plans/so-y-te-dak-nong-2020-q3.progress.json"

    @Test func statusShowsTheCountsByHand() throws {
        let result = try ParScoreRunner.run(["plan", "status", Self.plan, "--progress", Self.h1])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("Tổng: 55 nhiệm vụ; hoàn thành 6/54 (11,11 %): đúng hạn 5, chậm 1; quá hạn 2; chưa đến hạn 46; hủy bỏ 1"))
        #expect(result.stdout.contains("V.4.1  hạn 31/12/2019"))
        #expect(result.stdout.contains("dự kiến 120 triệu đồng; đã sử dụng 17,5 triệu đồng"))
        let english = try ParScoreRunner.run(["plan", "status", Self.plan, "--progress", Self.h1, "--progress", Self.q3, "--lang", "en"])
        #expect(english.stdout.contains("Total: 55 tasks; done 8/54 (14.81 %): on time 6, late 2; overdue 1; not yet due 45; cancelled 1"))
    }

    @Test func asOfSelectsReportsAndFindsRisks() throws {
        let result = try ParScoreRunner.run([
            "plan", "status", Self.plan, "--progress", Self.h1, "--progress", Self.q3, "--as-of", "2020-07-20", "--format", "json",
        ])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect(object["atRisk"] as? [String] == ["I.1.3"])
        #expect((object["progressFiles"] as? [String])?.count == 1)
        let total = try #require(object["total"] as? [String: Any])
        #expect(total["done"] as? Int == 6)
    }

    @Test(arguments: ["text", "json", "md", "xlsx", "html"])
    func everyFormatIsWrittenAtomically(format: String) throws {
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("status.\(format)")
        let result = try ParScoreRunner.run(["plan", "status", Self.plan, "--progress", Self.h1, "--format", format, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: out)
        #expect(data.count > 1000)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["status.\(format)"])
        switch format {
        case "xlsx": #expect(data.prefix(2) == Data("PK".utf8))
        case "html":
            let html = String(decoding: data, as: UTF8.self)
            #expect(
                html.hasPrefix("<!DOCTYPE html>") && html.contains("@page { size: A4") && html.contains("Quý IV<br>2019") && !html.contains("<script")
            )
        case "json": #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
        default: #expect(String(decoding: data, as: UTF8.self).contains("55"))
        }
    }

    @Test func provinceTableFromAFolder() throws {
        let result = try ParScoreRunner.run(["plan", "status", "Examples/plans", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1. Sở Y tế"))
        #expect(result.stdout.contains("VII.1.1"))
    }

    /// In a folder, a bad file is named and left out; the table is still printed (exit status 1).
    @Test func provinceFolderWithABadFile() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["so-y-te-dak-nong-2020.plan.json", "so-y-te-dak-nong-2020-h1.progress.json", "ubnd-quang-nam-2020.plan.json"] {
            try FileManager.default.copyItem(
                at: ParScoreRunner.root.appendingPathComponent("Examples/plans/\(name)"), to: folder.appendingPathComponent(name))
        }
        try Data(#"{"formatVersion": 1, "kind": "progress", "unit": "nowhere", "year": 2020}"#.utf8)
            .write(to: folder.appendingPathComponent("stray.progress.json"))
        try Data("{ not json".utf8).write(to: folder.appendingPathComponent("broken.plan.json"))
        let result = try ParScoreRunner.run(["plan", "status", folder.path, "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("stray.progress.json: lỗi: unit: không có kế hoạch của đơn vị \"nowhere\" năm 2020"))
        #expect(result.stderr.contains("broken.plan.json:1:"))
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let units = try #require(object["units"] as? [[String: Any]])
        #expect(units.compactMap { ($0["unit"] as? [String: Any])?["id"] as? String } == ["dak-nong.so-y-te", "quang-nam"])
    }

    @Test func factsFillASubmissionThatScores() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("agency-2020.json")
        let facts = try ParScoreRunner.run([
            "plan", "facts", Self.plan, "--progress", Self.h1, "--progress", Self.q3, "--framework", "so-seeds", "--out", out.path,
        ])
        #expect(facts.status == 0, "\(facts.stderr)")
        #expect(facts.stdout.contains("plan.tasksDone = 8"))
        #expect(facts.stdout.contains("report.annual.sentOn"))  // listed among what could not be filled
        let card = try ParScoreRunner.run([out.path, "--format", "json", "--lang", "en"])
        #expect(card.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: card.stdoutData) as? [String: Any])
        let leaves = try #require(object["leaves"] as? [[String: Any]])
        let completion = try #require(leaves.first { $0["id"] as? String == "1.1.3" })
        #expect((completion["explanation"] as? String)?.contains("14.81 % (8/54)") == true)
        let reports = try #require(leaves.first { $0["id"] as? String == "1.2.1" })
        #expect((reports["explanation"] as? String)?.hasPrefix("2/4 on time") == true)
    }

    @Test func factsKeepTypedValuesAndReportConflicts() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("merged.json")
        let arguments = [
            "plan", "facts", Self.plan, "--progress", Self.h1, "--framework", "so-seeds", "--merge", "Examples/so-y-te-dak-nong-2020.json",
            "--out", out.path, "--lang", "en",
        ]
        let kept = try ParScoreRunner.run(arguments)
        #expect(kept.status == 0)
        #expect(kept.stdout.contains("plan.tasks: typed 64, plan 54 — kept the typed value"))
        #expect(try String(contentsOf: out, encoding: .utf8).contains(#""plan.tasks": 64"#))
        let replaced = try ParScoreRunner.run(arguments + ["--overwrite"])
        #expect(replaced.stdout.contains("replaced by the plan's value"))
        #expect(try String(contentsOf: out, encoding: .utf8).contains(#""plan.tasks": 54"#))
    }

    @Test func badInputGivesDocumentedExitCodes() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try ParScoreRunner.run(["plan", "status", "no-such-plan.json"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("no-such-plan.json: lỗi"))
        let badProgress = folder.appendingPathComponent("bad.json")
        try Data(
            #"{"formatVersion": 1, "kind": "progress", "unit": "dak-nong.so-y-te", "year": 2020, "period": "h1", "asOf": "2020-06-30", "tasks": {"IX.9": {"status": "done", "doneOn": "2020-01-01"}, "I.1.1": {"status": "xong"}}}"#
                .utf8
        ).write(to: badProgress)
        let invalid = try ParScoreRunner.run(["plan", "status", Self.plan, "--progress", badProgress.path])
        #expect(invalid.status == 65)
        #expect(invalid.stderr.contains(#"bad.json: lỗi: tasks["IX.9"]: kế hoạch"#))
        #expect(invalid.stderr.contains(#"tasks["I.1.1"].status: trạng thái không hợp lệ "xong""#))
        #expect(!invalid.signalled)
        let malformed = folder.appendingPathComponent("malformed.json")
        try Data("{\"formatVersion\": 1,\n \"kind\": \"plan\",, }".utf8).write(to: malformed)
        let syntax = try ParScoreRunner.run(["plan", "status", malformed.path, "--lang", "en"])
        #expect(syntax.status == 65)
        #expect(syntax.stderr.contains("malformed.json:2:"))
        let otherUnit = try ParScoreRunner.run([
            "plan", "facts", Self.plan, "--progress", Self.h1, "--framework", "so-seeds", "--merge", "Examples/so-gddt-hoa-binh-2020.json",
        ])
        #expect(otherUnit.status == 65)
        #expect(otherUnit.stderr.contains("so-gddt-hoa-binh-2020.json: lỗi: unit: báo cáo tiến độ của hoa-binh.so-gd-dt"))
        let usage = try ParScoreRunner.run(["plan", "status", Self.plan, "--as-of", "30/06/2020"])
        #expect(usage.status == 64)
        #expect(try ParScoreRunner.run(["plan", "frobnicate"]).status == 64)
        #expect(try ParScoreRunner.run(["plan", "status"]).status == 64)
        #expect(try ParScoreRunner.run(["plan", "--help"]).status == 0)
    }
}
