import Foundation
import Testing

@testable import ParIndexCore

/// Every rule kind of the kernel, in words, in both languages.
@Suite("Rules in words")
struct RuleWordingTests {
    static let facts = """
        [ { "id": "done", "title": { "vi": "Số hồ sơ đúng hạn", "en": "Files on time" }, "type": "count" },
          { "id": "all", "title": { "vi": "Số hồ sơ", "en": "Files" }, "type": "count" },
          { "id": "iso", "title": { "vi": "Áp dụng ISO", "en": "ISO applied" }, "type": "boolean" },
          { "id": "sentOn", "title": { "vi": "Ngày gửi báo cáo", "en": "Report sent on" }, "type": "date" },
          { "id": "level", "title": { "vi": "Mức độ", "en": "Level" }, "type": "answer", "options": ["A", "B"] },
          { "id": "money", "title": { "vi": "Số tiền", "en": "Money" }, "type": "amount", "unit": { "vi": "triệu đồng", "en": "million VND" } } ]
        """
    static let metrics =
        #"[ { "id": "rate", "title": { "vi": "Tỷ lệ đúng hạn", "en": "On-time rate" }, "numerator": ["done"], "denominator": ["all"] } ]"#

    static func framework() throws -> Framework {
        let leaves = [
            Fixtures.leaf(
                "1.1", max: "2", rule: #"{ "kind": "evidence", "incomplete": "proportional" }"#,
                documents: #"[ { "id": "a", "title": "A" }, { "id": "b", "title": "B" } ]"#),
            Fixtures.leaf("1.2", max: "1", rule: #"{ "kind": "boolean", "fact": "iso" }"#),
            Fixtures.leaf(
                "1.3", max: "4",
                rule: #"""
                    { "kind": "tiers", "metric": "rate", "tiers": [ { "lower": 95, "upper": 100, "upperInclusive": true, "points": 4 },
                      { "lower": 80, "upper": 95, "points": 2 }, { "lower": 0, "upper": 80, "points": 0 } ] }
                    """#),
            Fixtures.leaf("1.4", max: "1.5", rule: #"{ "kind": "ratio", "metric": "rate", "target": 80, "whenUndefined": "full" }"#),
            Fixtures.leaf(
                "1.5", max: "1",
                rule: #"{ "kind": "deadline", "items": [ { "fact": "sentOn", "due": { "month": 12, "day": 15 } } ], "late": { "percent": 50 } }"#),
            Fixtures.leaf("1.6", max: "2", rule: #"{ "kind": "count", "done": "done", "total": "all", "whenUndefined": "zero" }"#),
            Fixtures.leaf(
                "1.7", max: "2",
                rule: #"{ "kind": "ordinal", "fact": "level", "options": [ { "answer": "A", "percent": 100 }, { "answer": "B", "percent": 50 } ] }"#
            ),
            Fixtures.leaf("1.8", max: "3", rule: #"{ "kind": "direct", "source": "survey" }"#),
            Fixtures.leaf("1.9", max: "1", rule: #"{ "kind": "count", "done": "done", "required": 4, "mode": "all" }"#),
        ]
        return try Fixtures.framework(
            Fixtures.miniFramework(leaves: "[" + leaves.joined(separator: ",") + "]", facts: facts, metrics: metrics, fieldMax: "17.5"))
    }

    @Test(
        arguments: [
            ("1.1", "Đủ 2 tài liệu kiểm chứng → 2 điểm; thiếu thì theo tỷ lệ số tài liệu có", "All 2 evidence documents → 2 points"),
            ("1.2", "Áp dụng ISO: có → 1 điểm; không → 0", "ISO applied: yes → 1 point; no → 0"),
            (
                "1.3", "Tỷ lệ đúng hạn (done ÷ all): ≥ 95 % → 4 điểm; 80–95 % → 2 điểm; < 80 % → 0",
                "On-time rate (done ÷ all): ≥ 95 % → 4 points; 80–95 % → 2 points; < 80 % → 0"
            ),
            ("1.4", "điểm = 1,5 × tỷ lệ ÷ 80 %, tối đa 1,5 điểm", "points = 1.5 × rate ÷ 80 %, at most 1.5 points"),
            (
                "1.5", "Ngày gửi báo cáo chậm nhất ngày 15/12. Đúng hạn → 1 điểm; trễ hạn → 0,5 điểm; không có → 0",
                "Report sent on by 12/15. On time → 1 point; late → 0.5 points"
            ),
            ("1.6", "Số hồ sơ đúng hạn trên Số hồ sơ: điểm = 2 × số đã làm ÷ tổng", "Files on time of Files: points = 2 × done ÷ total"),
            ("1.7", #"Mức độ: "A" → 2 điểm; "B" → 1 điểm"#, #"Level: "A" → 2 points; "B" → 1 point"#),
            ("1.8", "Điểm do điều tra xã hội học cho, tối đa 3 điểm", "Points given by the sociological survey, at most 3 points"),
            ("1.9", "Số hồ sơ đúng hạn trên 4 (số yêu cầu): làm đủ → 1 điểm; chưa đủ → 0", "all done → 1 point; fewer → 0"),
        ] as [(String, String, String)])
    func eachKindReadsAsPeopleWriteIt(leaf: String, vi: String, en: String) throws {
        let framework = try Self.framework()
        let node = try #require(framework.leaf(leaf))
        #expect(
            RuleWording.sentence(for: node, in: framework, language: .vi).contains(vi),
            "\(RuleWording.sentence(for: node, in: framework, language: .vi))")
        #expect(
            RuleWording.sentence(for: node, in: framework, language: .en).contains(en),
            "\(RuleWording.sentence(for: node, in: framework, language: .en))")
    }

    @Test func nothingArisingFactsAndTypes() throws {
        let framework = try Self.framework()
        let ratio = try #require(framework.leaf("1.4"))
        #expect(RuleWording.whenNothingArises(for: ratio, in: framework, language: .vi) == "Nếu không phát sinh (mẫu số bằng 0): được điểm tối đa")
        #expect(RuleWording.whenNothingArises(for: try #require(framework.leaf("1.6")), in: framework, language: .en)?.hasSuffix("0 points") == true)
        #expect(RuleWording.whenNothingArises(for: try #require(framework.leaf("1.2")), in: framework, language: .vi) == nil)
        #expect(RuleWording.factIDs(for: ratio, in: framework) == ["done", "all"])
        #expect(RuleWording.factIDs(for: try #require(framework.leaf("1.8")), in: framework).isEmpty)
        let money = try #require(framework.fact("money"))
        #expect(RuleWording.typeText(of: money, language: .vi) == "số ≥ 0, dấu chấm thập phân (triệu đồng)")
        #expect(RuleWording.number(ExactDecimal.d("2.5"), .vi) == "2,5")
        #expect(RuleWording.number(ExactDecimal.d("1240"), .en) == "1,240")
    }
}
