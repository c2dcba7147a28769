import Foundation
import Testing

@testable import ParIndexCore
@testable import ParIndexReports

@Suite("Issuer profile: decoding and the printed lines")
struct IssuerProfileTests {
    static let full = """
        {
          "formatVersion": 1,
          "governingBody": "UBND TỈNH ĐẮK NÔNG",
          "issuingBody": "SỞ NỘI VỤ",
          "issuingBodyInText": "Sở Nội vụ",
          "document": { "number": "125", "symbol": "QĐ-SNV", "date": "2027-01-05" },
          "place": "Đắk Nông",
          "signer": { "authority": "KT. GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC", "name": "Nguyễn Văn A" },
          "recipients": ["Như Điều 3;", "Lưu: VT, CCHC."]
        }
        """

    @Test func readsEveryKey() throws {
        let profile = try IssuerJSON.profile(from: Data(Self.full.utf8), file: "issuer.json")
        #expect(profile.governingBody == "UBND TỈNH ĐẮK NÔNG")
        #expect(profile.issuingBody == "SỞ NỘI VỤ")
        #expect(profile.documentNumber == "125")
        #expect(profile.documentSymbol == "QĐ-SNV")
        #expect(profile.date == CalendarDate(year: 2027, month: 1, day: 5))
        #expect(profile.signerName == "Nguyễn Văn A")
        #expect(profile.recipients == ["Như Điều 3;", "Lưu: VT, CCHC."])
    }

    @Test func printsTheDecreeStyle() throws {
        let profile = try IssuerJSON.profile(from: Data(Self.full.utf8), file: "issuer.json")
        let lines = IssuerLines(profile, language: .vi)
        #expect(lines.number == "Số: 125/QĐ-SNV")
        #expect(lines.placeDate == "Đắk Nông, ngày 05 tháng 01 năm 2027")
        #expect(lines.appendixLink == "(Kèm theo Quyết định số 125/QĐ-SNV ngày 05/01/2027 của Sở Nội vụ)")
        #expect(lines.nationalTitle == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(lines.motto == "Độc lập - Tự do - Hạnh phúc")
        #expect(lines.recipients == ["- Như Điều 3;", "- Lưu: VT, CCHC."])
    }

    /// A month from March on has no leading zero; a day from 10 on neither.
    @Test func leadingZerosOnlyWhereTheDecreeWritesThem() {
        #expect(IssuerLines.longDate(CalendarDate(year: 2027, month: 3, day: 15), language: .vi) == "ngày 15 tháng 3 năm 2027")
        #expect(IssuerLines.longDate(CalendarDate(year: 2027, month: 2, day: 9), language: .vi) == "ngày 09 tháng 02 năm 2027")
    }

    @Test func blanksAreDottedNeverInvented() {
        let lines = IssuerLines(.blank, language: .vi)
        #expect(lines.governingBody == "……")
        #expect(lines.number == "Số: ……/……")
        #expect(lines.placeDate == "……, ngày …… tháng …… năm ……")
        #expect(lines.appendixLink == "(Kèm theo Quyết định số ……/…… ngày …… của ……)")
        #expect(lines.signerAuthority == nil)
        #expect(lines.signerName == "……")
        #expect(lines.recipients == ["- ……"])
    }

    @Test func nullMeansBlank() throws {
        let profile = try IssuerJSON.profile(from: Data(#"{"place": null, "document": {"symbol": "QĐ-SNV"}}"#.utf8), file: "i.json")
        #expect(profile.place == nil)
        #expect(IssuerLines(profile, language: .vi).number == "Số: ……/QĐ-SNV")
    }

    @Test func everyProblemIsReportedWithItsPath() {
        let text = #"{"place": "", "document": {"date": "2027-13-01", "x": 1}, "recipients": [1]}"#
        do {
            _ = try IssuerJSON.profile(from: Data(text.utf8), file: "i.json")
            Issue.record("accepted a bad profile")
        } catch {
            let lines = error.diagnostics.map { $0.text(.en) }
            #expect(lines.contains { $0.hasPrefix("i.json: error: place: empty string") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("i.json: error: document.date:") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("i.json: error: document.x: unknown key") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("i.json: error: recipients[0]:") }, "\(lines)")
        }
    }

    @Test func theShippedExampleReads() throws {
        let url = DiagnosticTests.packageRoot.appendingPathComponent("Examples/issuer/so-noi-vu-dak-nong.issuer.json")
        let profile = try IssuerJSON.profile(contentsOf: url)
        #expect(profile.issuingBody == "SỞ NỘI VỤ")
        #expect(profile.documentNumber == nil, "the example leaves the number blank")
    }
}
