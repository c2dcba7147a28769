import Foundation
import Testing

@testable import ParIndexCore

/// The date forms, the CSV and NDJSON readers, mappings and the identities of a record.
@Suite struct RecordReaderTests {
    static let header = "MaHoSo,DonViXuLy,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThaiHoSo\r\n"

    @Test func everyDateFormReadsTheSameMoment() {
        let expected = RecordTime(year: 2024, month: 3, day: 14, hour: 17, minute: 0, second: 5)
        for text in [
            "2024-03-14T17:00:05", "2024-03-14 17:00:05", "14/03/2024 17:00:05", "20240314170005", "2024-03-14T10:00:05Z",
            "2024-03-14T17:00:05+07:00",
            "2024-03-14T17:00:05.250",
        ] {
            #expect(RecordDateParser.parse(text) == expected, "\(text)")
        }
        #expect(RecordDateParser.parse("14/03/2024 17:00") == RecordTime(year: 2024, month: 3, day: 14, hour: 17))
        #expect(RecordDateParser.parse("2024-03-14")?.hasTime == false)
        #expect(RecordDateParser.parse("20240314")?.dayNumber == expected.dayNumber)
        for bad in ["2024-02-30", "31/04/2024", "2024-13-01", "2024-03-14T24:00", "14/03/24", "2024-3-14", "", "hôm nay", "2024-03-14T17:00:05+7"] {
            #expect(RecordDateParser.parse(bad) == nil, "\(bad)")
        }
        #expect(RecordDateParser.parse("14/03/2024", forms: RecordDateParser.bit(.iso)) == nil)
    }

    @Test func csvQuotedFieldsCRLFAndBOM() throws {
        let text =
            "\u{FEFF}" + Self.header
            + "\"HS-1\",\"Sở \"\"Tư\"\" pháp, tỉnh\",2024-03-11T08:00,2024-03-14T17:00,2024-03-14T17:00,DA_XU_LY_XONG\r\n\r\n"
            + "HS-2,\"Sở\nTư pháp\",2024-03-11,2024-03-14,,DANG_XU_LY"
        let read = try KPITestSupport.csv(text)
        #expect(read.ids == ["HS-1", "HS-2"])
        #expect(read.records.map(\.line) == [2, 4])
        #expect(read.problems.isEmpty)
    }

    @Test(arguments: [
        ("a,b\"c,2024-03-11,,,DA_TIEP_NHAN\n", 2), ("\"HS,Sở,2024-03-11,,,DA_TIEP_NHAN\n", 2), ("\"HS\"x,Sở,2024-03-11,,,DA_TIEP_NHAN\n", 2),
        ("HS,Sở,2024-03-11,,DA_TIEP_NHAN\n", 2), ("HS,Sở,2024-03-11,,,DA_TIEP_NHAN\nHS2,Sở,2024-03-11,,,DA_TIEP_NHAN,extra\n", 3),
    ])
    func malformedCSVRefusesTheFileNamingTheLine(body: String, line: Int) throws {
        do {
            _ = try KPITestSupport.csv(Self.header + body)
            Issue.record("accepted")
        } catch let error as RecordFileError {
            #expect(error.problem.line == line)
            #expect(error.problem.kind == .malformedFile)
        }
    }

    @Test func invalidUTF8AndUTF16AreRefused() throws {
        var bytes = Array((Self.header + "HS,S").utf8)
        bytes += [0xC3, 0x28]
        bytes += Array(",2024-03-11,,,DA_TIEP_NHAN\n".utf8)
        let url = try KPITestSupport.file(Data(bytes), suffix: ".csv")
        var reader = CSVRecordReader(file: "x.csv", mapping: .canonical)
        var values = RecordValues(mapping: .canonical)
        var sink = KPITestSupport.Collector()
        #expect(throws: RecordFileError.self) { try reader.read(contentsOf: url, values: &values, into: &sink) }
        let utf16 = try KPITestSupport.file(Data([0xFF, 0xFE, 0x41, 0x00]), suffix: ".csv")
        var other = CSVRecordReader(file: "y.csv", mapping: .canonical)
        #expect(throws: RecordFileError.self) { try other.read(contentsOf: utf16, values: &values, into: &sink) }
    }

    @Test func missingRequiredColumnIsNamed() throws {
        do {
            _ = try KPITestSupport.csv("MaHoSo,NgayTiepNhan\nHS,2024-01-01\n")
            Issue.record("accepted")
        } catch let error as RecordFileError {
            #expect(error.problem.message.en?.contains("DonViXuLy") == true)
            #expect(error.problem.line == 1)
        }
    }

    @Test func identitiesLeaveRecordsOutWithTheirLine() throws {
        let text =
            Self.header + "HS-1,Sở,2024-05-10T09:00,2024-05-20T17:00,2024-05-09T09:00,DA_XU_LY_XONG\n"
            + "HS-2,Sở,2024-05-10T09:00,2024-05-08T17:00,,DANG_XU_LY\n" + "HS-3,Sở,2024-05-10T09:00,,,DA_HUY\n"
            + "HS-4,,2024-05-10T09:00,,,DANG_XU_LY\n"
            + "HS-5,Sở,10/05/2024 25:00,,,DANG_XU_LY\n" + "HS-6,Sở,2024-05-10T09:00,,,DA_XU_LY_XONG\n"
            + "HS-7,Sở,2024-05-10T09:00,2024-05-10,2024-05-10T16:00,DA_XU_LY_XONG\n"
        let read = try KPITestSupport.csv(text)
        #expect(
            read.problems.map(\.kind) == [.finishedBeforeReceived, .dueBeforeReceived, .unknownState, .missingUnit, .badValue, .endedWithoutDate])
        #expect(read.problems.map(\.line) == [2, 3, 4, 5, 6, 7])
        #expect(read.problems.map(\.recordID) == ["HS-1", "HS-2", "HS-3", "HS-4", "HS-5", "HS-6"])
        #expect(read.ids == ["HS-7"])  // A due day without time is the whole day.
    }

    @Test func mappingRenamesColumnsStatesAndChannels() throws {
        let url = DiagnosticTests.packageRoot.appendingPathComponent("Definitions/mappings/mot-cua-tinh.json")
        let mapping = try RecordMapping.read(contentsOf: url)
        let text = "STT,Mã hồ sơ,Đơn vị xử lý,Kênh nộp,Ngày tiếp nhận,Trạng thái\n1,HS-1,Sở Tư pháp,Trực tuyến,11/03/2024 08:00:00,Đã trả kết quả\n"
        let read = try KPITestSupport.csv(text, mapping: mapping)
        #expect(read.problems.map(\.kind) == [.endedWithoutDate])  // "Đã trả kết quả" read as DA_TRA_KET_QUA, which needs an end date.
        let full =
            "Mã hồ sơ,Đơn vị xử lý,Kênh nộp,Ngày tiếp nhận,Trạng thái\nHS-1,Sở Tư pháp,Trực tuyến,11/03/2024 08:00:00,Đang xử lý\nHS-2,Sở Tư pháp,Trực tuyến,2024-03-11,Đang xử lý\n"
        let second = try KPITestSupport.csv(full, mapping: mapping)
        #expect(second.records.first?.channel == .online)
        #expect(second.records.first?.state == .inProgress)
        #expect(second.problems.map(\.kind) == [.badValue])  // ISO dates are not accepted by this mapping.
    }

    @Test func ndjsonListsAndCSVFlatteningGiveTheSameRecord() throws {
        let line =
            #"{"MaHoSo":"HS-1","DonViXuLy":"Sở","KenhThucHien":2,"NgayTiepNhan":"2024-03-04T08:00:00","NgayHenTra":"2024-03-14T17:00:00","NgayKetThucXuLy":"2024-03-17T10:05:00","TrangThaiHoSo":"DA_XU_LY_XONG","DanhSachHoSoBoSung":[{"NgayYeuCauBoSung":"2024-03-05T09:00:00","NgayHoanThanhBoSung":"2024-03-08T09:00:00"}],"DanhSachLePhi":[{"Gia":50000}],"DanhSachGiayToKetQua":[{"DuongDanTepTinKetQua":"https://x/kq.pdf"}]}"#
        let url = try KPITestSupport.file(line + "\n", suffix: ".ndjson")
        var reader = NDJSONRecordReader(file: "x.ndjson", mapping: .canonical)
        var values = RecordValues(mapping: .canonical)
        var sink = KPITestSupport.Collector()
        try reader.read(contentsOf: url, values: &values, into: &sink)
        let csv = try KPITestSupport.csv(
            "MaHoSo,DonViXuLy,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThaiHoSo,SoLanYeuCauBoSung,SoNgayChoBoSung,CoLePhi,CoKetQuaDienTu\n"
                + "HS-1,Sở,2,2024-03-04T08:00:00,2024-03-14T17:00:00,2024-03-17T10:05:00,DA_XU_LY_XONG,1,3,1,1\n")
        let a = try #require(sink.records.first)
        let b = try #require(csv.records.first)
        #expect(sink.ids == ["HS-1"])
        #expect(a.supplementRequests == 1 && b.supplementRequests == 1)
        #expect(a.supplementSeconds == 3 * 86_400 && b.supplementSeconds == 3 * 86_400)
        #expect(a.withFees && b.withFees && a.electronicResult && b.electronicResult)
        #expect(a.channel == .online && b.channel == .online)
    }

    @Test func ndjsonSyntaxErrorNamesTheLine() throws {
        let url = try KPITestSupport.file(
            "{\"MaHoSo\":\"a\",\"DonViXuLy\":\"S\",\"NgayTiepNhan\":\"2024-01-01\",\"TrangThaiHoSo\":\"DA_TIEP_NHAN\"}\n{\"MaHoSo\": \n",
            suffix: ".ndjson")
        var reader = NDJSONRecordReader(file: "x.ndjson", mapping: .canonical)
        var values = RecordValues(mapping: .canonical)
        var sink = KPITestSupport.Collector()
        do {
            try reader.read(contentsOf: url, values: &values, into: &sink)
            Issue.record("accepted")
        } catch let error as RecordFileError {
            #expect(error.problem.line == 2)
        }
        #expect(sink.records.count == 1)
    }

    @Test func recordsLongerThanTheLimitAreRefused() throws {
        let long = Self.header + "\"" + String(repeating: "x", count: CSVRecordReader.maximumRecordBytes + 10)
        #expect(throws: RecordFileError.self) { _ = try KPITestSupport.csv(long) }
    }
}
