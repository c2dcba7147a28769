import Foundation
import Testing

/// `criteria import`, `criteria export` and `criteria diff`, end to end.
@Suite("Criteria tables, end to end")
struct CriteriaTableCommandTests {
    static let fixtures = "Tests/Fixtures/criteria-table"

    static func importArguments(_ table: String, out: String) -> [String] {
        [
            "criteria", "import", table, "--id", "thi-diem-xa", "--title", "Chỉ số CCHC cấp xã (thử nghiệm)", "--unit-kind", "xa",
            "--years", "2025-2026", "--source", "Bảng thử nghiệm", "--out", out,
        ]
    }

    /// A framework typed as a CSV (two components, direct points) imports, lints and scores a
    /// folder of units to the sums and ranks computed by hand.
    @Test func importedTableScoresUnitsAsComputedByHand() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        let criteria = folder.appendingPathComponent("criteria")
        try FileManager.default.createDirectory(at: criteria, withIntermediateDirectories: true)
        let out = criteria.appendingPathComponent("thi-diem-xa.json").path
        let imported = try ParScoreRunner.run(Self.importArguments("\(Self.fixtures)/thi-diem-xa.csv", out: out))
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("2 lĩnh vực, 8 nút, 5 tiêu chí thành phần, tối đa 10 điểm"))
        let lint = try ParScoreRunner.run(["criteria", "lint", out])
        #expect(lint.status == 0, "\(lint.stderr)")
        let rank = try ParScoreRunner.run(["rank", "\(Self.fixtures)/units", "--criteria", criteria.path, "--format", "json"])
        #expect(rank.status == 0, "\(rank.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: rank.stdoutData) as? [String: Any])
        let tables = try #require(json["tables"] as? [[String: Any]])
        let units = try #require(tables.first?["units"] as? [[String: Any]])
        // By hand: An Bình 3 + 1,5 + 1 = 5,5 appraised, 2 + 1,5 = 3,5 survey, 9 of 10 → 90;
        // Cầu Kho 6 + 2,5 = 8,5 → 85; Bình Minh 5 + 3,5 = 8,5 → 85 (tied: rank 2, by name);
        // Đông Hòa 2 + 1,5 = 3,5 → 35, rank 4.
        let expected: [(String, Int, Double, Double, Double)] = [
            ("Xã An Bình", 1, 5.5, 3.5, 9), ("Phường Cầu Kho", 2, 6, 2.5, 8.5), ("Xã Bình Minh", 2, 5, 3.5, 8.5), ("Xã Đông Hòa", 4, 2, 1.5, 3.5),
        ]
        #expect(units.count == expected.count)
        for (unit, (name, rank, appraised, survey, total)) in zip(units, expected) {
            #expect(unit["name"] as? String == name)
            #expect(unit["rank"] as? Int == rank)
            let components = unit["components"] as? [String: Double]
            #expect(components?["appraised"] == appraised)
            #expect(components?["survey"] == survey)
            #expect(unit["total"] as? Double == total)
            #expect(unit["index"] as? Double == total * 10)
        }
        #expect(units.last?["band"] as? String == "yeu")
    }

    /// A row whose children do not add up is named with its row number and nothing is written.
    @Test func childrenThatDoNotAddUpAreNamedByRow() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out.json").path
        let result = try ParScoreRunner.run(Self.importArguments("\(Self.fixtures)/hostile/children-sum.csv", out: out))
        #expect(result.status == 65)
        #expect(result.stderr.contains("dòng 3, cột Điểm tối đa: 1,5 + 1 ≠ 3 của tiêu chí 1.1"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let english = try ParScoreRunner.run(Self.importArguments("\(Self.fixtures)/hostile/children-sum.csv", out: out) + ["--lang", "en"])
        #expect(english.stderr.contains("row 3, column Điểm tối đa: 1,5 + 1 ≠ 3 of criterion 1.1"))
    }

    /// The hostile table corpus: each file, its exit status and a part of its first message.
    static let hostile: [(String, Int32, String)] = [
        ("truncated-quote.csv", 65, "không được đóng"),
        ("utf16-bom.csv", 65, "UTF-16"),
        ("utf16-no-bom.csv", 65, "byte NUL"),
        ("latin1.csv", 65, "dòng 2: tệp không phải UTF-8"),
        ("windows-1258.csv", 65, "không phải UTF-8"),
        ("huge-field.csv", 65, "ô quá dài"),
        ("deep-codes.csv", 65, "có quá 8 cấp"),
        ("children-sum.csv", 65, "1,5 + 1 ≠ 3"),
        ("text-after-quote.csv", 65, "sau dấu ngoặc kép đóng"),
        ("quote-in-field.csv", 65, "dấu ngoặc kép giữa ô"),
        ("bare-cr.csv", 65, "CR đứng riêng"),
        ("too-many-fields.csv", 65, "dòng 2, cột 5"),
        ("unknown-column.csv", 65, "cột Ghi chú: tên cột không hợp lệ"),
        ("missing-column.csv", 65, "thiếu cột \"Điểm tối đa\""),
        ("bad-number.csv", 65, "\"1.000.5\" không phải số"),
        ("duplicate-code.csv", 65, "mã 1 trùng với dòng 2"),
        ("orphan-code.csv", 65, "cần dòng của tiêu chí cha 1.2"),
        ("rule-on-parent.csv", 65, "có tiêu chí con nên không có Cách chấm"),
        ("unknown-rule.csv", 65, "cách chấm không hợp lệ"),
        ("bad-tier.csv", 65, "bậc \"≥95 1,5\" không hợp lệ"),
        ("empty.csv", 65, "tệp rỗng"),
        ("header-only.csv", 65, "không có tiêu chí nào"),
        ("no-such-file.csv", 66, "không tìm thấy"),
        ("not-a-workbook.xlsx", 65, "không phải tệp ZIP"),
        ("old-excel.xlsx", 65, "Excel 97–2003"),
        ("truncated.xlsx", 65, "cắt cụt"),
        ("accept-semicolon-decimal-comma.csv", 0, "tối đa 2,5 điểm"),
        ("accept-english-headings.csv", 0, "tối đa 2,5 điểm"),
    ]

    @Test(arguments: hostile.map(\.0)) func hostileTable(_ name: String) throws {
        let (_, status, message) = try #require(Self.hostile.first { $0.0 == name })
        let folder = try ParScoreRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out.json").path
        let result = try ParScoreRunner.run(Self.importArguments("\(Self.fixtures)/hostile/\(name)", out: out))
        #expect(!result.signalled)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out) == (status == 0))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.count == (status == 0 ? 1 : 0))
    }

    /// More than a million rows is refused with the row it stops at; a million is read.
    @Test func aMillionRowsIsTheLimit() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        let table = folder.appendingPathComponent("rows.csv")
        var text = "Mã,Nội dung,Điểm tối đa\n"
        text += String(repeating: ",,\n", count: 1_000_000)
        try Data(text.utf8).write(to: table)
        let out = folder.appendingPathComponent("out.json").path
        let result = try ParScoreRunner.run(Self.importArguments(table.path, out: out))
        #expect(result.status == 65)
        #expect(result.stderr.contains("dòng 1000001: bảng có hơn 1000000 dòng"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// Every shipped framework exported as CSV and as xlsx imports back to the same bytes of JSON.
    @Test(arguments: ["so-seeds", "bo-876-2022", "tinh-2948-2017"]) func exportThenImport(_ id: String) throws {
        let folder = try ParScoreRunner.temporaryFolder()
        var outputs: [String] = []
        for format in ["csv", "xlsx"] {
            let table = folder.appendingPathComponent("\(id).\(format)").path
            let export = try ParScoreRunner.run(["criteria", "export", id, "--format", format, "--out", table])
            #expect(export.status == 0, "\(export.stderr)")
            let out = folder.appendingPathComponent("\(id).\(format).json").path
            let back = try ParScoreRunner.run(["criteria", "import", table, "--out", out])
            #expect(back.status == 0, "\(back.stderr)")
            outputs.append(try String(contentsOfFile: out, encoding: .utf8))
        }
        #expect(outputs[0] == outputs[1])
        let lint = try ParScoreRunner.run(["criteria", "lint", folder.appendingPathComponent("\(id).csv.json").path])
        #expect(lint.status == 0)
    }

    /// Without --id, --title, --unit-kind, --years or --source (and no declarations giving them): 64.
    @Test func missingOptionsAreAUsageError() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out.json").path
        let result = try ParScoreRunner.run(["criteria", "import", "\(Self.fixtures)/hostile/accept-english-headings.csv", "--out", out])
        #expect(result.status == 64)
        for option in ["--id", "--title", "--unit-kind", "--years FROM-TO", "--source"] { #expect(result.stderr.contains(option)) }
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// A ranking compared with last year's results under another framework says so.
    @Test func rankAcrossTwoFrameworksSaysSo() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        let criteria = folder.appendingPathComponent("criteria")
        let previous = folder.appendingPathComponent("previous")
        for url in [criteria, previous] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        let root = ParScoreRunner.root
        let seeds = try String(contentsOf: root.appendingPathComponent("Criteria/so-seeds.json"), encoding: .utf8)
        try Data(seeds.utf8).write(to: criteria.appendingPathComponent("so-seeds.json"))
        try Data(seeds.replacingOccurrences(of: "\"id\": \"so-seeds\"", with: "\"id\": \"so-v1\"").utf8).write(
            to: criteria.appendingPathComponent("so-v1.json"))
        for name in ["so-y-te-dak-nong-2020.json", "so-gddt-hoa-binh-2020.json"] {
            let text = try String(contentsOf: root.appendingPathComponent("Examples/\(name)"), encoding: .utf8)
            try Data(text.replacingOccurrences(of: "\"framework\": \"so-seeds\"", with: "\"framework\": \"so-v1\"").utf8).write(
                to: previous.appendingPathComponent(name))
        }
        let current = ["so-y-te-dak-nong-2020.json", "so-gddt-hoa-binh-2020.json", "so-khdt-tuyen-quang-2023.json"].map { "Examples/\($0)" }
        let result = try ParScoreRunner.run(["rank"] + current + ["--previous", previous.path, "--criteria", criteria.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("năm 2020 của các sở, ban, ngành (so với năm trước chấm theo bộ tiêu chí khác)"))
        #expect(result.stdout.contains("Lưu ý: Năm trước chấm theo bộ tiêu chí khác (so-v1)"))
        let same = try ParScoreRunner.run(["rank"] + current + ["--previous"] + current)
        #expect(!same.stdout.contains("so với năm trước chấm theo"))
        let json = try ParScoreRunner.run(["rank"] + current + ["--previous", previous.path, "--criteria", criteria.path, "--format", "json"])
        #expect(json.stdout.contains("\"previousFrameworks\": ["))
    }

    /// `criteria diff` names the changed maxima; `--rescore` prints each unit before and after.
    @Test func diffAndRescore() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        let old = folder.appendingPathComponent("old.json").path
        #expect(try ParScoreRunner.run(Self.importArguments("\(Self.fixtures)/thi-diem-xa.csv", out: old)).status == 0)
        // The new version: 1.1 worth 2 instead of 3, 1.2.1 worth 2 instead of 1,5 (1.2: 3,5), 2.2 renamed.
        var table = try String(contentsOfFile: "\(ParScoreRunner.root.path)/\(Self.fixtures)/thi-diem-xa.csv", encoding: .utf8)
        table = table.replacingOccurrences(of: "1,Công tác chỉ đạo điều hành CCHC,6,", with: "1,Công tác chỉ đạo điều hành CCHC,\"5,5\",")
        table = table.replacingOccurrences(of: "1.1,Kế hoạch CCHC năm,3,", with: "1.1,Kế hoạch CCHC năm,2,")
        table = table.replacingOccurrences(of: "1.2,Báo cáo CCHC,3,", with: "1.2,Báo cáo CCHC,\"3,5\",")
        table = table.replacingOccurrences(of: "1.2.1,Báo cáo quý,\"1,5\",", with: "1.2.1,Báo cáo quý,2,")
        table = table.replacingOccurrences(of: "Hài lòng về công chức tiếp nhận", with: "Hài lòng về cán bộ và công chức")
        let newTable = folder.appendingPathComponent("new.csv")
        try Data(table.utf8).write(to: newTable)
        var declarations = try String(contentsOfFile: "\(ParScoreRunner.root.path)/\(Self.fixtures)/thi-diem-xa.khai-bao.csv", encoding: .utf8)
        declarations = declarations.replacingOccurrences(of: "Appraised points;;6", with: "Appraised points;;5,5")
        try Data(declarations.utf8).write(to: folder.appendingPathComponent("new.khai-bao.csv"))
        let new = folder.appendingPathComponent("new.json").path
        let imported = try ParScoreRunner.run(Self.importArguments(newTable.path, out: new))
        #expect(imported.status == 0, "\(imported.stderr)")
        let diff = try ParScoreRunner.run(["criteria", "diff", old, new, "--rescore", "\(Self.fixtures)/units"])
        #expect(diff.status == 0, "\(diff.stderr)")
        for line in [
            "điểm tối đa của 1 \"Công tác chỉ đạo điều hành CCHC\": 6 → 5,5", "điểm tối đa của 1.1 \"Kế hoạch CCHC năm\": 3 → 2",
            "điểm tối đa của 1.2 \"Báo cáo CCHC\": 3 → 3,5", "điểm tối đa của 1.2.1 \"Báo cáo quý\": 1,5 → 2",
            "đổi tên 2.2: \"Hài lòng về công chức tiếp nhận\" → \"Hài lòng về cán bộ và công chức\"",
            "thành phần appraised (Điểm thẩm định): tối đa 6 → 5,5",
        ] {
            #expect(diff.stdout.contains(line), "\(line)\n\(diff.stdout)")
        }
        #expect(diff.stdout.contains("Điểm tối đa thay đổi (4):"))
        // An Bình gave 1.1 three points, above the new maximum of 2: not carried over, and said.
        #expect(diff.stdout.contains("Xã An Bình (thu-nghiem.an-binh, 2025): chỉ số 90,00 →"))
        #expect(diff.stdout.contains("không mang sang được: direct[\"1.1\"]"))
        for name in ["Xã An Bình", "Phường Cầu Kho", "Xã Bình Minh", "Xã Đông Hòa"] { #expect(diff.stdout.contains(name)) }
        let json = try ParScoreRunner.run(["criteria", "diff", old, new, "--rescore", "\(Self.fixtures)/units", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(
            Set(changes.filter { $0["kind"] as? String == "maximumChanged" }.compactMap { $0["subject"] as? String }) == ["1", "1.1", "1.2", "1.2.1"])
        #expect((object["units"] as? [[String: Any]])?.count == 4)
        let md = try ParScoreRunner.run(["criteria", "diff", old, new, "--format", "md", "--lang", "en"])
        #expect(md.stdout.contains("## Maxima changed (4)"))
    }
}

/// What real readers see of the exported tables: openpyxl for xlsx, python-docx for docx
/// (skipped when they are not installed; CI installs them).
@Suite("Criteria tables in real readers")
struct CriteriaTableReaderTools {
    static let hasModules: Bool = {
        (try? ParScoreRunner.runTool("/usr/bin/env", ["python3", "-c", "import openpyxl, docx"]).status) == 0
    }()

    @Test(.enabled(if: hasModules)) func openpyxlAndPythonDocxReadTheExports() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xlsx = folder.appendingPathComponent("so-seeds.xlsx").path
        let docx = folder.appendingPathComponent("so-seeds.docx").path
        #expect(try ParScoreRunner.run(["criteria", "export", "so-seeds", "--format", "xlsx", "--out", xlsx]).status == 0)
        let issuer = ParScoreRunner.root.appendingPathComponent("Examples/issuer/so-noi-vu-dak-nong.issuer.json").path
        #expect(try ParScoreRunner.run(["criteria", "export", "so-seeds", "--format", "docx", "--issuer", issuer, "--out", docx]).status == 0)
        let script = """
            import sys, openpyxl, docx
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb.worksheets[0]
            print(wb.sheetnames[0], ws.cell(1, 1).value, ws.cell(4, 1).value, ws.cell(4, 4).value, ws.max_row)
            d = docx.Document(sys.argv[2])
            t = d.tables[1]
            print(len(d.tables), t.rows[0].cells[0].text, t.rows[1].cells[0].text, t.rows[-1].cells[2].text)
            print("PHỤ LỤC" in [p.text for p in d.paragraphs])
            """
        let result = try ParScoreRunner.runTool("/usr/bin/env", ["python3", "-c", script, xlsx, docx])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        // 88 nodes under the header row; row 4 is 1.1.1, worth 1,5.
        #expect(lines.first == "Tiêu chí Mã 1.1.1 1,5 89")
        #expect(lines.dropFirst().first == "3 Mã 1 100")
        #expect(lines.last == "True")
    }
}
