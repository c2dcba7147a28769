import Foundation
import Testing

/// The Word appendix, the appraisal record and the printable HTML pages, end to end, read back by
/// python-docx (skipped when python-docx is not installed; CI installs it).
@Suite("Official documents: Word and HTML, end to end")
struct OfficialDocumentTests {
    static let issuer = ParScoreRunner.root.appendingPathComponent("Examples/issuer/so-noi-vu-dak-nong.issuer.json").path
    static let example = ParScoreRunner.root.appendingPathComponent("Examples/so-y-te-dak-nong-2020.json").path
    static let ministries = ParScoreRunner.root.appendingPathComponent("Tests/Fixtures/ministries-2023").path

    static let hasPythonDocx: Bool = {
        (try? ParScoreRunner.runTool("/usr/bin/env", ["python3", "-c", "import docx"]).status) == 0
    }()

    /// Runs `script` with python3 and the given arguments; its standard output.
    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let result = try ParScoreRunner.runTool("/usr/bin/env", ["python3", "-c", script] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test(.enabled(if: hasPythonDocx)) func theAppendixHasTheRankingAndTheFieldTables() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("appendix.docx").path
        let run = try ParScoreRunner.run(["rank", Self.ministries, "--format", "docx", "--out", out, "--issuer", Self.issuer])
        #expect(run.status == 0, "\(run.stderr)")
        let script = """
            import docx, sys, json
            d = docx.Document(sys.argv[1])
            tables = d.tables
            ranking = tables[1]
            header = [c.text for c in ranking.rows[0].cells]
            repeated = ranking.rows[0]._tr.trPr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader') is not None
            rows = [[c.text for c in r.cells] for r in ranking.rows[1:]]
            text = "\\n".join(p.text for p in d.paragraphs)
            head = " ".join(c.text for c in tables[0].rows[0].cells)
            print(json.dumps({"tables": len(tables), "header": header, "repeated": repeated, "rows": rows, "text": text, "head": head,
                "sections": [(s.orientation == 1, round(s.page_width.mm), round(s.left_margin.mm), round(s.right_margin.mm), round(s.top_margin.mm)) for s in d.sections],
                "font": d.styles.element.xpath('//w:rFonts/@w:ascii')[0]}))
            """
        let output = try Self.python(script, [out])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let header = try #require(json["header"] as? [String])
        #expect(header.first == "Hạng" && header.contains("Chỉ số (%)") && header.contains("Xếp loại"))
        #expect(json["repeated"] as? Bool == true, "the header row repeats on every page")
        let rows = try #require(json["rows"] as? [[String]])
        #expect(rows.count == 17, "every ministry once")
        #expect(Set(rows.map { $0[1] }).count == 17)
        #expect(rows.first?.first == "1")
        // Vietnamese decimal comma, exactly as the text ranking rounds it.
        let text = try ParScoreRunner.run(["rank", Self.ministries])
        let firstIndex = try #require(rows.first?[header.firstIndex(of: "Chỉ số (%)")!])
        #expect(firstIndex.contains(","), "\(firstIndex)")
        #expect(text.stdout.contains(firstIndex))
        let head = try #require(json["head"] as? String)
        #expect(
            head.contains("UBND TỈNH ĐẮK NÔNG") && head.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && head.contains("Độc lập - Tự do - Hạnh phúc")
        )
        let body = try #require(json["text"] as? String)
        #expect(body.contains("PHỤ LỤC"))
        #expect(body.contains("(Kèm theo Quyết định số ……/QĐ-SNV ngày …… của Sở Nội vụ)"))
        #expect(json["font"] as? String == "Times New Roman")
        let sections = try #require(json["sections"] as? [[Any]])
        #expect(!sections.isEmpty)
        for section in sections {
            #expect(section[2] as? Int == 30 && section[3] as? Int == 15 && section[4] as? Int == 20, "decree margins: \(section)")
        }
        #expect(!body.contains("Tests/Fixtures"), "no file path")
    }

    @Test(.enabled(if: hasPythonDocx)) func theAppraisalRecordHasEveryLeafAndTheTotals() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("record.docx").path
        let run = try ParScoreRunner.run([Self.example, "--format", "docx", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try ParScoreRunner.run([Self.example, "--format", "json", "--lang", "en"])
        let card = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let script = """
            import docx, sys, json
            d = docx.Document(sys.argv[1])
            tree = d.tables[1]
            rows = [[c.text for c in r.cells] for r in tree.rows]
            totals = [[c.text for c in r.cells] for r in d.tables[2].rows]
            signatures = " ".join(c.text for c in d.tables[3].rows[0].cells)
            print(json.dumps({"rows": rows, "totals": totals, "signatures": signatures}))
            """
        let output = try Self.python(script, [out])
        let read = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let rows = try #require(read["rows"] as? [[String]])
        #expect(rows[0] == ["Mã", "Tiêu chí, giải thích và tài liệu kiểm chứng", "Điểm tối đa", "Tự chấm", "Hội đồng thẩm định", "Điểm đạt"])
        let leaves = try #require(card["leaves"] as? [[String: Any]])
        let ids = Set(rows.dropFirst().map { $0[0] })
        for leaf in leaves { #expect(ids.contains(leaf["id"] as? String ?? "?")) }
        // 1.3.1: claimed 1,50, the council's 0,75, final 0,75; the evidence of 1.1.2 is cited.
        let appraised = try #require(rows.first { $0[0] == "1.3.1" })
        #expect(appraised[3] == "1,50" && appraised[4] == "0,75" && appraised[5] == "0,75", "\(appraised)")
        #expect(appraised[1].contains("Hội đồng: Biên bản kiểm tra"))
        let cited = try #require(rows.first { $0[0] == "1.1.2" })
        #expect(cited[1].contains("Tài liệu: 3125/KH-SYT ngày 20/12/2019"))
        let totals = try #require(read["totals"] as? [[String]])
        let total = try #require(totals.first { $0[0] == "TỔNG ĐIỂM" })
        let text = try ParScoreRunner.run([Self.example])
        #expect(text.stdout.contains(total[1]), "total \(total[1]) as the text scorecard rounds it")
        let signatures = try #require(read["signatures"] as? String)
        #expect(signatures.contains("THỦ TRƯỞNG ĐƠN VỊ") && signatures.contains("HỘI ĐỒNG THẨM ĐỊNH"))
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [Data] = []
        for name in ["a.docx", "b.docx"] {
            let out = folder.appendingPathComponent(name)
            let run = try ParScoreRunner.run(["rank", Self.ministries, "--format", "docx", "--out", out.path])
            #expect(run.status == 0)
            outputs.append(try Data(contentsOf: out))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func theUnitPageHasTheHeaderAndNoPath() throws {
        let run = try ParScoreRunner.run([Self.example, "--format", "html", "--issuer", Self.issuer])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("PHIẾU CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2020"))
        #expect(run.stdout.contains("@top-center"))
        #expect(!run.stdout.contains("Examples/"), "no file path")
    }

    @Test func docxToATerminalNeedsOut() throws {
        let run = try ParScoreRunner.run([Self.example, "--format", "pdf"])
        #expect(run.status == 64)
    }
}

extension ParScoreRunner {
    /// Runs another program (a reader such as python3) with `arguments`; for small outputs.
    static func runTool(_ path: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = root
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            stdoutData: outData, signalled: process.terminationReason == .uncaughtSignal)
    }
}
