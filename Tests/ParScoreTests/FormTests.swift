import Foundation
import Testing

/// The Excel form end to end: template, convert, scoring, cell-level errors, rank of folders.
@Suite struct FormTests {
    static let example = "Examples/so-y-te-dak-nong-2020.json"

    static var hasOpenpyxl: Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import openpyxl"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static func python(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = ParScoreRunner.root
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Scoring output with the file name replaced, so a form and its JSON can be compared.
    static func normalized(_ text: String, _ file: String) -> String { text.replacingOccurrences(of: file, with: "FILE") }

    @Test func templateIsAWorkbookThatNamesItsEmptyCells() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        let form = folder.appendingPathComponent("form.xlsx").path
        let written = try ParScoreRunner.run(["template", "--framework", "so-seeds", "--year", "2024", "--format", "xlsx", "--out", form])
        #expect(written.status == 0, "\(written.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: form))
        #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let text = String(decoding: data, as: UTF8.self)
        for part in [
            "Số liệu", "Minh chứng", "Không áp dụng", "Tự chấm", "Thẩm định", "dataValidation", "sheetProtection", "paperSize=\"9\"",
            "state=\"frozen\"", "Có,Không",
        ] {
            #expect(text.contains(part), "\(part)")
        }
        let validated = try ParScoreRunner.run(["validate", form])
        #expect(validated.status == 65)
        #expect(validated.stderr.contains("form.xlsx: lỗi: Đơn vị!C4 (unit.id)"), "\(validated.stderr)")
        let english = try ParScoreRunner.run(["template", "--framework", "so-seeds", "--format", "xlsx", "--lang", "en", "--out", form])
        #expect(english.status == 0)
        let englishText = String(decoding: try Data(contentsOf: URL(fileURLWithPath: form)), as: UTF8.self)
        #expect(englishText.contains("Self-assessment") && englishText.contains("Yes,No"))
        let terminal = try ParScoreRunner.run(["template", "--framework", "so-seeds", "--format", "xlsx"])
        #expect(terminal.status == 0 || terminal.status == 64)
    }

    @Test func convertBothWaysKeepsTheSubmission() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        let form = folder.appendingPathComponent("agency.xlsx").path
        let back = folder.appendingPathComponent("agency.json").path
        #expect(try ParScoreRunner.run(["convert", Self.example, "--to", "xlsx", "--out", form]).status == 0)
        #expect(try ParScoreRunner.run(["convert", form, "--to", "json", "--out", back]).status == 0)
        let direct = try ParScoreRunner.run(["convert", Self.example, "--to", "json"])
        #expect(direct.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: back)) == direct.stdoutData)
        // Scoring the form and the converted JSON gives the same bytes (but for the file name).
        for format in ["json", "text"] {
            let fromForm = try ParScoreRunner.run([form, "--format", format])
            let fromJSON = try ParScoreRunner.run([back, "--format", format])
            #expect(fromForm.status == 0 && fromJSON.status == 0)
            #expect(Self.normalized(fromForm.stdout, form) == Self.normalized(fromJSON.stdout, back))
        }
        let converted = try ParScoreRunner.run(["convert", form, "--to", "csv"])
        #expect(converted.status == 64)
    }

    @Test func rankReadsFormsAndJSONInOneFolder() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        #expect(try ParScoreRunner.run(["convert", Self.example, "--to", "xlsx", "--out", folder.appendingPathComponent("a.xlsx").path]).status == 0)
        try FileManager.default.copyItem(
            at: ParScoreRunner.root.appendingPathComponent("Examples/so-gddt-hoa-binh-2020.json"), to: folder.appendingPathComponent("b.json"))
        try Data("not a workbook".utf8).write(to: folder.appendingPathComponent("c.xlsx"))
        let ranked = try ParScoreRunner.run(["rank", folder.path, "--format", "json"])
        #expect(ranked.status == 1)
        #expect(ranked.stdout.contains("Sở Y tế") && ranked.stdout.contains("Hòa Bình") || ranked.stdout.contains("Giáo dục"))
        #expect(ranked.stderr.contains("c.xlsx"))
    }

    @Test func typedTextIsReadOnlyWhereUnambiguous() throws {
        guard Self.hasOpenpyxl else { return }
        let folder = try ParScoreRunner.temporaryFolder()
        let form = folder.appendingPathComponent("form.xlsx").path
        let edited = folder.appendingPathComponent("edited.xlsx").path
        #expect(try ParScoreRunner.run(["convert", Self.example, "--to", "xlsx", "--out", form]).status == 0)
        let script = """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb["Số liệu"]
            values = {"tthc.onTime": "1.240", "tthc.resolved": "1.280.000", "tthc.early": "96,5%", "tthc.late": "abc"}
            for row in range(2, ws.max_row + 1):
                code = ws.cell(row=row, column=1).value
                if code in values:
                    ws.cell(row=row, column=4).value = values[code]
            wb.save(sys.argv[2])
            """
        #expect(try Self.python(["-c", script, form, edited]) == 0)
        let result = try ParScoreRunner.run([edited])
        #expect(result.status == 65)
        #expect(result.stderr.contains("(tthc.onTime — Số hồ sơ TTHC giải quyết đúng hạn): \"1.240\" có thể là 1240 hoặc 1,24"), "\(result.stderr)")
        #expect(result.stderr.contains("\"96,5%\" là tỷ lệ phần trăm; nhập số hồ sơ, không nhập tỷ lệ phần trăm"))
        #expect(result.stderr.contains("\"abc\" không phải là số"))
        #expect(!result.stderr.contains("tthc.resolved"))
        #expect(result.stderr.contains("edited.xlsx: lỗi: Số liệu!D"))
    }

    @Test func filledWithOpenpyxlScoresAsTheJSON() throws {
        guard Self.hasOpenpyxl else { return }
        let folder = try ParScoreRunner.temporaryFolder()
        let template = folder.appendingPathComponent("template.xlsx").path
        let filled = folder.appendingPathComponent("filled.xlsx").path
        #expect(try ParScoreRunner.run(["template", "--framework", "so-seeds", "--year", "2020", "--format", "xlsx", "--out", template]).status == 0)
        #expect(try Self.python(["scripts/xlsx-form.py", "fill", template, Self.example, filled]) == 0)
        let fromForm = try ParScoreRunner.run([filled, "--format", "json"])
        let fromJSON = try ParScoreRunner.run([Self.example, "--format", "json"])
        #expect(fromForm.status == 0, "\(fromForm.stderr)")
        #expect(Self.normalized(fromForm.stdout, filled) == Self.normalized(fromJSON.stdout, Self.example))
    }
}
