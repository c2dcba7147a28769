import Foundation
import ParIndexTestSupport
import Testing

@testable import ParIndexCore
@testable import ParIndexReports

@Suite("Ranking titles, names, duplicates and lineage")
struct RankingTitleTests {
    let base = RankingTests()

    /// A result of unit `id` named `name` in `province`, with index `a` (of 100).
    func result(_ id: String, _ name: String, province: String?, _ a: String = "50", year: Int = 2024, file: String? = nil) throws -> UnitResult {
        let x = try #require(Decimal(string: a))
        let first = min(x, 60)
        var result = try base.card(id, name, "\(first)", "\(x - first)", year: 2021).result
        result.unit.province = province
        result.year = year
        result.file = file ?? "\(id).json"
        return result
    }

    func rank(_ results: [UnitResult], previous: [UnitResult] = [], lineage: Lineage? = nil) throws -> Ranking {
        Ranker().rank(results: results, previous: previous, lineage: lineage, frameworks: CriteriaCatalog(frameworks: [try base.framework()]))
    }

    @Test func aTableTitleSaysWhatAPersonWouldWriteWithTheProvinceAndTheYearOnce() throws {
        let ranking = try rank([
            try result("a", "Sở Y tế", province: "Đắk Nông"), try result("b", "Sở Tài chính", province: "Đắk Nông"),
        ])
        let table = try #require(ranking.tables.first)
        #expect(table.title(.vi) == "Kết quả Chỉ số CCHC năm 2024 của các sở, ban, ngành tỉnh Đắk Nông")
        #expect(table.title(.en) == "PAR INDEX 2024 results of the departments of Đắk Nông province")
        #expect(RankingTitle.of(ranking, language: .vi) == table.title(.vi))
        #expect(!table.title(.vi).contains(table.frameworkID))
        // Every format uses it.
        #expect(RankingText.render(ranking, language: .vi).hasPrefix(table.title(.vi) + "\n"))
        #expect(RankingMarkdown.render(ranking, language: .vi).hasPrefix("## " + table.title(.vi) + "\n"))
        #expect(RankingHTML.render(ranking, language: .vi).contains("<h1>\(table.title(.vi))</h1>"))
        #expect(RankingJSON.encode(ranking, language: .vi).contains("\"title\": \"\(table.title(.vi))\""))
        // Units that do not agree on the province, or a city.
        let mixed = try rank([try result("a", "Sở Y tế", province: "Đắk Nông"), try result("b", "Sở Tài chính", province: nil)])
        #expect(mixed.tables.first?.title(.vi) == "Kết quả Chỉ số CCHC năm 2024 của các sở, ban, ngành")
        let city = try rank([try result("a", "Sở Y tế", province: "Thành phố Hồ Chí Minh")])
        #expect(city.tables.first?.title(.vi) == "Kết quả Chỉ số CCHC năm 2024 của các sở, ban, ngành thành phố Hồ Chí Minh")
        let hanoi = try rank([try result("a", "Sở Y tế", province: "Hà Nội")])
        #expect(hanoi.tables.first?.title(.en) == "PAR INDEX 2024 results of the departments of Hà Nội city")
    }

    @Test func theSharedProvinceSuffixIsDroppedFromNames() throws {
        for suffix in [" — Thái Bình", " tỉnh Thái Bình", " - Thái Bình", " (Thái Bình)"] {
            let ranking = try rank([
                try result("a", "Sở Y tế" + suffix, province: "Thái Bình"), try result("b", "Sở Tài chính" + suffix, province: "Thái Bình", "60"),
            ])
            let table = try #require(ranking.tables.first)
            let names = RankingNames(table)
            #expect(names.droppedSuffix == suffix)
            #expect(table.entries.map { names.name($0.result.unit) } == ["Sở Tài chính", "Sở Y tế"])
            #expect(!RankingText.render(ranking, language: .vi).contains(suffix + " "), "\(suffix)")
        }
        // Not every unit has it: kept.
        let some = try rank([
            try result("a", "Sở Y tế — Thái Bình", province: "Thái Bình"), try result("b", "Sở Tài chính", province: "Thái Bình"),
        ])
        #expect(try RankingNames(#require(some.tables.first)).droppedSuffix == nil)
    }

    @Test func aCutNameKeepsWhatTellsItApart() throws {
        let long = "Trung tâm Phục vụ hành chính công tỉnh — Chi nhánh "
        let ranking = try rank([
            try result("a", long + "1", province: nil), try result("b", long + "2", province: nil),
            try result("c", "Ban Quản lý các khu công nghiệp và khu kinh tế cửa khẩu", province: nil), try result("d", "Sở Y tế", province: nil),
        ])
        let table = try #require(ranking.tables.first)
        let names = RankingNames(table)
        var shown: [String: String] = [:]
        for entry in table.entries { shown[entry.result.unit.id] = names.short(entry.result.unit, limit: 40) }
        #expect(shown["a"] == "Trung tâm Phục vụ hành chính…Chi nhánh 1")
        #expect(shown["b"] == "Trung tâm Phục vụ hành chính…Chi nhánh 2")
        #expect(shown["c"] == "Ban Quản lý các khu công nghiệp và khu…")
        #expect(shown["d"] == "Sở Y tế")
        for value in shown.values { #expect(value.count <= 40) }
        #expect(Set(shown.values).count == 4)
    }

    @Test func duplicatesAreRefusedTogetherOrTheNewestKept() throws {
        let a1 = try result("a", "Sở A", province: nil, file: "x/a.json")
        let a2 = try result("a", "Sở A", province: nil, "70", file: "y/a.json")
        let b = try result("b", "Sở B", province: nil, file: "b.json")
        let refused = UnitDeduplication.resolve([a1, b, a2], policy: .refuse)
        #expect(refused.kept.map(\.file) == ["b.json"])
        #expect(refused.refusedCount == 2)
        #expect(refused.refused.map(\.file) == ["x/a.json", "y/a.json"])
        #expect(refused.refused.allSatisfy { $0.code == .batchDuplicateUnit })
        #expect(refused.refused[0].message.text(.en).contains("y/a.json"))
        let ages = [
            "x/a.json": FileAge(seconds: 10, nanoseconds: 0), "y/a.json": FileAge(seconds: 10, nanoseconds: 5),
            "b.json": FileAge(seconds: 1, nanoseconds: 0),
        ]
        for order in [[a1, b, a2], [a2, b, a1]] {
            let newer = UnitDeduplication.resolve(order, policy: .newer) { ages[$0] }
            #expect(newer.kept.map(\.file).sorted() == ["b.json", "y/a.json"])
            #expect(newer.superseded.map(\.file) == ["x/a.json"])
            #expect(newer.refusedCount == 0)
        }
        let same = UnitDeduplication.resolve([a1, a2], policy: .newer) { _ in FileAge(seconds: 3, nanoseconds: 0) }
        #expect(same.kept.isEmpty && same.refused.map(\.code) == [.batchDuplicateSameAge, .batchDuplicateSameAge])
        // Another year, or another framework, is another unit.
        let later = try result("a", "Sở A", province: nil, year: 2025, file: "z/a.json")
        #expect(UnitDeduplication.resolve([a1, later], policy: .refuse).kept.count == 2)
    }

    @Test func mergedAndSplitUnitsAreComparedByTheDocumentedRule() throws {
        // Last year: p (90), q (70), r (80), s (60): ranks p 1, r 2, q 3, s 4.
        let previous = [
            try result("p", "Sở P", province: nil, "90", year: 2023), try result("q", "Sở Q", province: nil, "70", year: 2023),
            try result("r", "Sở R", province: nil, "80", year: 2023), try result("s", "Sở S", province: nil, "60", year: 2023),
        ]
        let lineage = Lineage(entries: [
            Lineage.Entry(from: ["p", "q"], to: "pq"), Lineage.Entry(from: ["s"], to: "s1"), Lineage.Entry(from: ["s"], to: "s2"),
            Lineage.Entry(from: ["gone", "r"], to: "rx"),
        ])
        let current = [
            try result("pq", "Sở PQ", province: nil, "85"), try result("s1", "Sở S1", province: nil, "65"),
            try result("s2", "Sở S2", province: nil, "55"), try result("rx", "Sở RX", province: nil, "75"),
            try result("new", "Sở Mới", province: nil, "50"),
        ]
        let ranking = try rank(current, previous: previous, lineage: lineage)
        let entries = try #require(ranking.tables.first?.entries)
        let byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.result.unit.id, $0) })
        // Merged: the plain mean of 90 and 70 is 80; it would have tied r for rank 2.
        let merged = try #require(byID["pq"]?.previous)
        #expect(merged.index == ExactDecimal(80))
        #expect(merged.rank == 2)
        #expect(merged.indexChange == ExactDecimal(5))
        #expect(merged.rankChange == 1)
        // Split: each part compared with the former unit.
        #expect(byID["s1"]?.previous?.index == ExactDecimal(60))
        #expect(byID["s1"]?.previous?.rank == 4)
        #expect(byID["s2"]?.previous?.indexChange == ExactDecimal(-5))
        // A former unit missing: no comparison, a warning naming it; a new unit: a warning.
        #expect(byID["rx"]?.previous == nil)
        #expect(byID["new"]?.previous == nil)
        #expect(ranking.notices.map(\.code) == [.batchLineageIncomplete, .batchNoPreviousMatch])
        #expect(ranking.notices[0].message.text(.en).contains("gone"))
        #expect(ranking.notices[1].message.text(.en).contains("\"new\""))
    }
}

@Suite("Workbook print header")
struct XLSXPrintHeaderTests {
    @Test func ampersandsAreLiteralAndTheHeaderKeepsExcelsLimit() {
        var page = XLSXPageText()
        page.left = "UBND TỈNH A & B\nSỞ NỘI VỤ"
        page.center = "Trang &P/&N"
        page.right = String(repeating: "(Kèm theo Quyết định số …) ", count: 20)
        let text = XLSXPrint.headerText(page)
        #expect(text.count <= XLSXPrint.maximumHeaderLength)
        #expect(text.contains("A && B"))
        #expect(text.contains("&CTrang &P/&N") || text.contains("&10Trang &P/&N"))
        #expect(text.hasPrefix("&L"))
        #expect(XLSXPrint.number(1.1811) == "1.1811")
        #expect(XLSXPrint.number(52) == "52")
        #expect(XLSXPrint.number(0.5) == "0.5")
    }

    @Test func wrappedRowsGetTheHeightOfTheirLines() {
        #expect(XLSXRowHeight.wrappedLines("Sở Y tế", width: 40) == 1)
        #expect(XLSXRowHeight.wrappedLines("Điểm điều tra xã hội học (20,00)", width: 10) >= 3)
        #expect(XLSXRowHeight.points([.text("Hạng", .header)], widths: [7]) == nil)
        #expect(XLSXRowHeight.points([.text("Kết quả", .heading)], widths: [7]) == 21)
    }
}
