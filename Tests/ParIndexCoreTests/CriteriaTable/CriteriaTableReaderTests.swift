import Foundation
import Testing

@testable import ParIndexCore

/// The CSV reader, the Cách chấm vocabulary and the table importer, in the library.
@Suite struct CriteriaTableReaderTests {
    static let sheetHeader = ["Mã", "Nội dung", "Điểm tối đa", "Cách chấm"]

    static func sheet(_ rows: [[String]], header: [String] = sheetHeader) -> TableSheet {
        TableSheet(name: nil, header: header, rows: rows.enumerated().map { TableRow(number: $0.offset + 2, cells: $0.element) })
    }

    static func importing(_ rows: [[String]], header: [String] = sheetHeader) throws(TableError) -> Framework {
        try CriteriaTableImport.framework(
            main: sheet(rows, header: header), file: "t.csv",
            options: CriteriaImportOptions(id: "t", title: "T", unitKinds: [.so], years: (2024, 2025), source: "S"), outputFile: "t.json"
        ).framework
    }

    @Test func csvQuotesSeparatorsAndBOM() throws {
        let text = "\u{FEFF}Mã;Nội dung;Điểm tối đa\r\n1;\"Dòng có \"\"ngoặc\"\"; và dấu ;\";\"1,5\"\r\n2;\"hai\r\ndòng\";3"
        let sheet = try CSVReader.read(Data(text.utf8), file: "t.csv")
        #expect(sheet.header == ["Mã", "Nội dung", "Điểm tối đa"])
        #expect(sheet.rows.map(\.cells) == [["1", "Dòng có \"ngoặc\"; và dấu ;", "1,5"], ["2", "hai\r\ndòng", "3"]])
        #expect(sheet.rows.map(\.number) == [2, 3])
        // Written back and read again: the same table.
        #expect(try CSVReader.read(CSVWriter.encode(sheet), file: "t.csv") == sheet)
    }

    @Test func csvRefusesWhatIsNotStrict() {
        let cases: [(String, [UInt8])] = [
            ("unclosed", Array("a,b\n1,\"x".utf8)), ("utf16", [0xFF, 0xFE, 0x61, 0x00]), ("latin1", [0x61, 0x0A, 0xE3, 0x0A]),
            ("overlong", [0x61, 0xC0, 0xAF]), ("surrogate", [0xED, 0xA0, 0x80]), ("quote inside", Array("a\nx\"y\n".utf8)),
        ]
        for (name, bytes) in cases {
            #expect(throws: TableError.self, "\(name)") { try CSVReader.read(Data(bytes), file: "t.csv") }
        }
    }

    @Test func everyRuleFormReadsBackToItsRule() {
        let names = RuleText.Names(facts: ["done", "total", "q"], metrics: ["rate"])
        let texts = [
            "trực tiếp", "điều tra", "tài liệu", "tài liệu; thiếu: theo tỷ lệ", "tài liệu; thiếu: 50%", "có/không: done",
            "tỷ lệ: rate", "tỷ lệ: rate mục tiêu 80", "tỷ lệ: rate; không phát sinh: đủ điểm", "bậc: rate; ≥95: 1,5; 80–<95: 0,75; <80: 0",
            "bậc: dữ kiện done; ≥3: 1; >0–<3: 0,5; ≤0: 0", "đếm: done / total", "đếm: done / 4; đủ hết", "đếm: done / total; không phát sinh: 0 điểm",
            "phương án: q; A: 100%; B: 60%; C: 0%", "hạn: done trước 15/02; total đến 31/12 năm trước; chậm: 50%; không gửi: 10%; từng mục",
            "hạn: done trước 15 tháng thứ 2 quý 1",
            "khảo sát; A = done: 100%; B = total: 50%", "khảo sát; Rất hài lòng = done: 100%; Không hài lòng = q: 0%; tổng thể: total; sai số: 10%",
        ]
        for text in texts {
            guard case .success(let rule) = RuleText.parse(text, names: names) else {
                Issue.record("cannot read \(text)")
                continue
            }
            #expect(RuleText.format(rule) == text)
        }
    }

    @Test func theTierExampleOfTheIssue() throws {
        let rule = try RuleText.parse("bậc: rate; ≥95: 1,5; 80–<95: 0,75; <80: 0", names: RuleText.Names(facts: [], metrics: ["rate"])).get()
        let tiers: [Tier] = [
            Tier(lower: 95, lowerInclusive: true, upper: nil, upperInclusive: false, points: ExactDecimal(string: "1.5")!),
            Tier(lower: 80, lowerInclusive: true, upper: 95, upperInclusive: false, points: ExactDecimal(string: "0.75")!),
            Tier(lower: 0, lowerInclusive: true, upper: 80, upperInclusive: false, points: 0),
        ]
        #expect(rule == .tiers(source: .metric("rate"), tiers: tiers, whenUndefined: .notApplicable))
    }

    @Test func badRulesAreRefused() {
        let names = RuleText.Names(facts: [], metrics: [])
        for text in [
            "", "chấm tay", "bậc: m", "bậc: m; 95: 1", "tỷ lệ: m mục tiêu 0", "đếm: a", "hạn: x vào 15/02", "hạn: x trước 30/02", "có/không: a b",
        ] {
            if case .success = RuleText.parse(text, names: names) { Issue.record("read \(text)") }
        }
    }

    @Test func decimalCommaAndPointAreTheSameNumber() throws {
        let a = try Self.importing([["1", "A", "1,5", "trực tiếp"]])
        let b = try Self.importing([["1", "A", "1.5", "trực tiếp"]])
        #expect(a.fields[0].max == ExactDecimal(string: "1.5"))
        #expect(a.fields == b.fields)
    }

    @Test func aParentLeftEmptyIsTheSumOfItsChildren() throws {
        let f = try Self.importing([["1", "A", "", ""], ["1.1", "B", "0,25", "trực tiếp"], ["1.2", "C", "0,5", "điều tra"]])
        #expect(f.fields[0].max == ExactDecimal(string: "0.75"))
        #expect(f.leaves.map(\.id) == ["1.1", "1.2"])
        #expect(f.fields[0].provenance == Provenance(status: .adapted, source: "S"))
    }

    @Test func childrenThatDoNotAddUpNameTheParentsRow() {
        do {
            _ = try Self.importing([["1", "A", "3", ""], ["2", "B", "3", ""], ["2.1", "C", "1,5", "trực tiếp"], ["2.2", "D", "1", "trực tiếp"]])
            Issue.record("imported")
        } catch {
            #expect(
                error.problems.first?.text(.vi)
                    == "t.csv: lỗi: dòng 3, cột Điểm tối đa: 1,5 + 1 ≠ 3 của tiêu chí 2.1 (các tiêu chí con ở dòng 4, 5)".replacingOccurrences(
                        of: "2.1 (", with: "2 ("))
            #expect(error.problems.contains { $0.row == 2 && $0.column == "Cách chấm" })
        }
    }

    @Test func lintFindingsAreNamedByRow() {
        do {
            _ = try Self.importing([["1", "A", "2", ""], ["1.1", "B", "2", "tỷ lệ: undeclared"]])
            Issue.record("imported")
        } catch {
            #expect(error.problems.contains { $0.row == 3 && $0.text(.vi).contains("undeclared") }, "\(error)")
        }
    }

    @Test func diffNamesEveryChangedMaximum() throws {
        let old = try Self.importing([
            ["1", "A", "3", ""], ["1.1", "B", "1", "trực tiếp"], ["1.2", "C", "2", "trực tiếp"], ["2", "D", "1", "điều tra"],
        ])
        let new = try Self.importing([
            ["1", "A", "4", ""], ["1.1", "B", "1,5", "trực tiếp"], ["1.2", "C", "2,5", "trực tiếp"], ["2", "D", "1", "điều tra"],
            ["3", "E", "2", "trực tiếp"],
        ])
        let diff = FrameworkDiff(old: old, new: new)
        #expect(diff.changes(.maximumChanged).map(\.subject) == ["1", "1.1", "1.2"])
        #expect(diff.changes(.maximumChanged).map(\.text.vi)[1] == "điểm tối đa của 1.1 \"B\": 1 → 1,5")
        #expect(diff.changes(.nodeAdded).map(\.subject) == ["3"])
        #expect(FrameworkDiff(old: old, new: old).isEmpty)
    }

    @Test func diffMatchesRenumberedNodesByTitle() throws {
        let old = try Self.importing([["1", "Lĩnh vực", "2", ""], ["1.1", "Kế hoạch", "1", "trực tiếp"], ["1.2", "Báo cáo", "1", "trực tiếp"]])
        let new = try Self.importing([["1", "Lĩnh vực", "2", ""], ["1.1", "Báo cáo", "1", "trực tiếp"], ["1.3", "Kế hoạch", "1", "điều tra"]])
        let diff = FrameworkDiff(old: old, new: new)
        #expect(diff.nodeMapping["1.1"] == "1.3")
        #expect(diff.nodeMapping["1.2"] == "1.1")
        #expect(diff.changes(.nodeMoved).map(\.subject) == ["1.1", "1.3"])
        #expect(diff.changes(.nodeRenamed).isEmpty)
        #expect(diff.changes(.ruleChanged).map(\.subject) == ["1.3"])
    }
}
