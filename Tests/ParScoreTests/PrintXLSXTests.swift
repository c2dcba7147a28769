import Foundation
import Testing

/// The print-ready workbook, read back by openpyxl through `scripts/check_xlsx.py`: every sheet on
/// A4 landscape, fitted to the page width, header rows repeated and frozen, the decree's margins,
/// the page number and the issuer in the page header, one sheet per table, every leaf's points.
@Suite("Print-ready Excel, end to end", .serialized)
struct PrintXLSXTests {
    static var canCheck: Bool { ExternalTool.hasPython(["openpyxl"]) }

    /// A province of `count` departments, written by `scripts/make-province.py`.
    static func province(_ count: Int) throws -> URL {
        let folder = try ParScoreRunner.temporaryFolder()
        let run = try ExternalTool.run(
            "python3",
            [
                ParScoreRunner.root.appendingPathComponent("scripts/make-province.py").path,
                ParScoreRunner.root.appendingPathComponent("Examples/so-y-te-dak-nong-2020.json").path, folder.path, "--count", String(count),
            ])
        #expect(run.status == 0, "\(run.output)")
        return folder
    }

    @Test(.enabled(if: canCheck))
    func aProvinceWorkbookPrintsAsItShouldAndHoldsTheJSONsNumbers() throws {
        let folder = try Self.province(30)
        defer { try? FileManager.default.removeItem(at: folder) }
        let xlsx = folder.appendingPathComponent("out.xlsx").path
        let json = folder.appendingPathComponent("out.json").path
        let issuer = "Examples/issuer/so-noi-vu-dak-nong.issuer.json"
        #expect(try ParScoreRunner.run(["rank", folder.path, "--format", "xlsx", "--issuer", issuer, "--out", xlsx]).status == 0)
        #expect(try ParScoreRunner.run(["rank", folder.path, "--format", "json", "--scorecards", "--out", json]).status == 0)
        let check = try ExternalTool.run("python3", [ParScoreRunner.root.appendingPathComponent("scripts/check_xlsx.py").path, xlsx, json])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("xlsx check: 30 units, 1 tables, 0 refused files, 4 sheets read, 0 mismatches"), "\(check.output)")
        let script = """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1])
            print([ws.title for ws in wb.worksheets])
            ws = wb.worksheets[0]
            print(ws["A1"].value)
            print(ws.print_title_rows, ws.freeze_panes, ws.page_setup.orientation, ws.page_setup.fitToWidth)
            print(repr(ws.oddHeader.left.text), repr(ws.oddHeader.center.text), repr(ws.oddHeader.right.text))
            print(ws["B4"].value, ws["A4"].value)
            print(ws.column_dimensions["B"].width, ws["C3"].alignment.wrap_text)
            """
        let read = try ExternalTool.run("python3", ["-c", script, xlsx])
        let lines = read.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "['Xếp hạng', 'Theo lĩnh vực', 'Điểm tiêu chí', 'Thống kê']", "\(read.output)")
        #expect(lines.dropFirst().first == "Kết quả Chỉ số CCHC năm 2020 của các sở, ban, ngành tỉnh Thái Bình")
        #expect(lines.contains("$3:$3 A4 landscape 1"), "\(read.output)")
        #expect(
            lines.contains("'UBND TỈNH ĐẮK NÔNG\\nSỞ NỘI VỤ' 'Trang &P/&N' '(Kèm theo Quyết định số ……/QĐ-SNV ngày …… của Sở Nội vụ)'"),
            "\(read.output)")
        // The province every unit shares is in the title, not after every name.
        #expect(lines.contains { $0.hasSuffix(" 1") && !$0.contains("Thái Bình") && $0.hasPrefix("Sở") }, "\(read.output)")
        #expect(lines.last == "52.0 True", "\(read.output)")
    }

    @Test(.enabled(if: canCheck))
    func refusedAndLeftOutFilesHaveTheirSheet() throws {
        let folder = try Self.province(4)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{".utf8).write(to: folder.appendingPathComponent("truncated.json"))
        try FileManager.default.copyItem(at: folder.appendingPathComponent("u01.json"), to: folder.appendingPathComponent("u01-again.json"))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)], ofItemAtPath: folder.appendingPathComponent("u01.json").path)
        let xlsx = folder.appendingPathComponent("out.xlsx").path
        let json = folder.appendingPathComponent("out.json").path
        for (format, out) in [("xlsx", xlsx), ("json", json)] {
            let run = try ParScoreRunner.run(["rank", folder.path, "--prefer", "newer", "--format", format, "--out", out, "--scorecards"])
            #expect(run.status == 1, "\(run.stderr)")
        }
        let check = try ExternalTool.run("python3", [ParScoreRunner.root.appendingPathComponent("scripts/check_xlsx.py").path, xlsx, json])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("4 units, 1 tables, 2 refused files, 5 sheets read, 0 mismatches"), "\(check.output)")
    }
}
