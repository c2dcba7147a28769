import Foundation
import Testing

/// Runs a program other than par-score (python3, soffice) and captures what it prints.
enum ExternalTool {
    /// The path of `name` on the PATH, or `nil`.
    static func find(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether `python3` can import every module of `modules`.
    static func hasPython(_ modules: [String] = []) -> Bool {
        guard find("python3") != nil else { return false }
        return (try? run("python3", ["-c", (modules.map { "import \($0)" } + ["pass"]).joined(separator: "; ")]).status) == 0
    }

    /// Runs `name` with `arguments`; standard output and error together.
    static func run(_ name: String, _ arguments: [String], directory: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: find(name) ?? name)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// `rank --format csv --csv-dialect vi` is read as numbers by Python's csv module with the dialect,
/// and by LibreOffice set to Vietnamese.
@Suite("CSV dialects, end to end", .serialized)
struct CSVDialectTests {
    /// The ministries, with one unit named with a semicolon, a quote and a leading minus.
    static func folder() throws -> URL {
        let folder = try ParScoreRunner.temporaryFolder()
        let source = ParScoreRunner.root.appendingPathComponent("Tests/Fixtures/ministries-2023")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".json") {
            var text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
            text = text.replacingOccurrences(of: "\"name\": \"Bộ Ngoại giao\"", with: #""name": "-Bộ Ngoại giao; \"đối ngoại\"""#)
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func bothDialectsHaveABOMAndCRLFAndTheirSeparators() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let standard = try ParScoreRunner.run(["rank", folder.path, "--format", "csv"])
        let vi = try ParScoreRunner.run(["rank", folder.path, "--format", "csv", "--csv-dialect", "vi"])
        let explicit = try ParScoreRunner.run(["rank", folder.path, "--format", "csv", "--csv-dialect", "default"])
        #expect(standard.status == 0 && vi.status == 0)
        #expect(explicit.stdoutData == standard.stdoutData)
        for data in [standard.stdoutData, vi.stdoutData] {
            #expect(data.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
            let text = String(decoding: data.dropFirst(3), as: UTF8.self)
            #expect(text.components(separatedBy: "\r\n").count == 19, "header, 17 units, and the end")
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        }
        let viText = String(decoding: vi.stdoutData, as: UTF8.self)
        #expect(viText.contains(";bo-tu-phap;Bộ Tư pháp;;61,86;28,10;89,96;100,00;89,96;"))
        #expect(viText.contains(#";"'-Bộ Ngoại giao; ""đối ngoại"""#))
        #expect(String(decoding: standard.stdoutData, as: UTF8.self).contains(",bo-tu-phap,Bộ Tư pháp,,61.86,28.10,89.96,100.00,89.96,"))
        let bad = try ParScoreRunner.run(["rank", folder.path, "--format", "csv", "--csv-dialect", "fr"])
        #expect(bad.status == 64)
    }

    @Test(.enabled(if: ExternalTool.hasPython()))
    func pythonsCSVModuleReadsTheVietnameseDialect() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("ranking.csv")
        let json = folder.appendingPathComponent("ranking.json")
        #expect(try ParScoreRunner.run(["rank", folder.path, "--format", "csv", "--csv-dialect", "vi", "--out", csv.path]).status == 0)
        #expect(try ParScoreRunner.run(["rank", folder.path, "--format", "json", "--out", json.path]).status == 0)
        let script = """
            import csv, json, sys
            from decimal import Decimal
            class Vi(csv.excel):
                delimiter = ';'
            rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''), Vi))
            header, rows = rows[0], rows[1:]
            units = [u for t in json.load(open(sys.argv[2]))['tables'] for u in t['units']]
            assert len(rows) == len(units) == 17, (len(rows), len(units))
            col = {name: i for i, name in enumerate(header)}
            for row, unit in zip(rows, units):
                assert len(row) == len(header), row
                assert row[col['Mã đơn vị']] == unit['id']
                assert int(row[col['Hạng']]) == unit['rank']
                index = Decimal(row[col['Chỉ số (%)']].replace(',', '.'))
                assert index == Decimal(str(unit['indexRounded'])).quantize(Decimal('0.01')), (index, unit['indexRounded'])
            names = [r[col['Tên đơn vị']] for r in rows]
            assert "'-Bộ Ngoại giao; \\"đối ngoại\\"" in names, names
            print('ok', len(rows))
            """
        let run = try ExternalTool.run("python3", ["-c", script, csv.path, json.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("ok 17"))
    }

    @Test(.enabled(if: ExternalTool.find("soffice") != nil && ExternalTool.hasPython(["openpyxl"])))
    func libreOfficeSetToVietnameseReadsNumbers() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("ranking.csv")
        #expect(try ParScoreRunner.run(["rank", folder.path, "--format", "csv", "--csv-dialect", "vi", "--out", csv.path]).status == 0)
        // Separator ';' (59), quote '"' (34), UTF-8 (76), from line 1, locale vi-VN (1066).
        let profile = folder.appendingPathComponent("profile")
        let convert = try ExternalTool.run(
            "soffice",
            [
                "-env:UserInstallation=file://" + profile.path, "--headless", "--infilter=CSV:59,34,76,1,,1066", "--convert-to", "xlsx",
                "--outdir", folder.path, csv.path,
            ])
        #expect(convert.status == 0, "\(convert.output)")
        let script = """
            import openpyxl, sys
            ws = openpyxl.load_workbook(sys.argv[1]).active
            rows = list(ws.iter_rows(values_only=True))
            header = rows[0]
            col = {name: i for i, name in enumerate(header)}
            for row in rows[1:]:
                for name in ['Hạng', 'Tổng điểm', 'Chỉ số (%)']:
                    assert isinstance(row[col[name]], (int, float)), (name, row[col[name]])
            assert rows[1][col['Chỉ số (%)']] == 89.96, rows[1]
            print('ok', len(rows) - 1)
            """
        let run = try ExternalTool.run("python3", ["-c", script, folder.appendingPathComponent("ranking.xlsx").path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("ok 17"))
    }
}
