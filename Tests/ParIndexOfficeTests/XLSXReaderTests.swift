import Foundation
import ParIndexOffice
import Testing

@Suite struct XLSXReaderTests {
    /// A workbook saved by openpyxl (DEFLATE-compressed, shared strings, a date, a formula).
    static let openpyxlWorkbook: Data? = {
        guard PythonTool.has("openpyxl") else { return nil }
        let script = """
            import openpyxl, datetime, io, sys
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "Số liệu"
            ws["A1"] = "tthc.onTime"
            ws["D12"] = 1240
            ws["B2"] = 41830.5
            ws["C3"] = True
            ws["D4"] = datetime.date(2024, 3, 15)
            ws["F6"] = "chữ <&> x"
            ws["G7"] = 0.125
            ws["G7"].number_format = "0%"
            ws2 = wb.create_sheet("Minh chứng")
            ws2["A1"] = "hello"
            buffer = io.BytesIO()
            wb.save(buffer)
            sys.stdout.buffer.write(buffer.getvalue())
            """
        return PythonTool.run(script)
    }()

    @Test func readsOpenpyxlWorkbook() throws {
        guard let data = Self.openpyxlWorkbook else { return }
        let workbook = try XLSXReader.read(data: data, file: "form.xlsx")
        #expect(workbook.sheets.map(\.name) == ["Số liệu", "Minh chứng"])
        #expect(workbook.dateSystem == .from1900)
        let sheet = try #require(workbook.sheet(named: "Số liệu"))
        #expect(sheet[try #require(CellReference("A1"))]?.value == .text("tthc.onTime"))
        #expect(sheet[column: 4, row: 12]?.value == .number("1240"))
        #expect(sheet[column: 2, row: 2]?.value == .number("41830.5"))
        #expect(sheet[column: 3, row: 3]?.value == .boolean(true))
        guard case .date(let date) = sheet[column: 4, row: 4]?.value else {
            Issue.record("D4 is not a date")
            return
        }
        #expect(date.isoDate == "2024-03-15")
        #expect(sheet[column: 6, row: 6]?.text == "chữ <&> x")
        #expect(sheet[column: 7, row: 7]?.numberFormat == "0%")
        #expect(workbook.sheets[1][column: 1, row: 1]?.text == "hello")
    }

    @Test func oldExcelIsRefusedWithHowToConvert() {
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        #expect(throws: OfficeError(file: "old.xls", reason: .oldExcelFormat)) { try XLSXReader.read(data: ole, file: "old.xls") }
        #expect(OfficeErrorReason.oldExcelFormat.vi.contains("soffice --headless --convert-to xlsx"))
    }

    @Test func notAWorkbook() {
        #expect(throws: OfficeError(file: "a.xlsx", reason: .notAWorkbook)) { try XLSXReader.read(data: Data("{}".utf8), file: "a.xlsx") }
    }

    @Test(arguments: [
        ("1", 1900, 1, 1), ("59", 1900, 2, 28), ("61", 1900, 3, 1), ("45366", 2024, 3, 15), ("2958465", 9999, 12, 31),
    ])
    func dates1900(serial: String, year: Int, month: Int, day: Int) throws {
        let date = try #require(XLSXTestAccess.date(serial, system: .from1900))
        #expect((date.year, date.month, date.day) == (year, month, day))
    }

    @Test func dates1904AndInvalid() throws {
        let date = try #require(XLSXTestAccess.date("0", system: .from1904))
        #expect(date.isoDate == "1904-01-01")
        #expect(XLSXTestAccess.date("60", system: .from1900) == nil)
        #expect(XLSXTestAccess.date("-1", system: .from1900) == nil)
        let noon = try #require(XLSXTestAccess.date("45366.5", system: .from1900))
        #expect(noon.secondsOfDay == 43_200)
    }

    @Test func cellReferences() {
        #expect(CellReference("A1") == CellReference(column: 1, row: 1))
        #expect(CellReference("$XFD$1048576") == CellReference(column: 16_384, row: 1_048_576))
        #expect(CellReference("XFE1") == nil)
        #expect(CellReference("A0") == nil)
        #expect(CellReference("1A") == nil)
        #expect(CellReference(column: 28, row: 3).description == "AB3")
        #expect(CellReference(column: 702, row: 1).columnName == "ZZ")
        #expect(CellReference(column: 703, row: 1).columnName == "AAA")
    }
}
