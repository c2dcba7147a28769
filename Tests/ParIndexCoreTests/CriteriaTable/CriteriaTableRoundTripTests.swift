import Foundation
import ParIndexCore
import ParIndexReports
import Testing

/// `criteria export` then `criteria import` gives back the same framework, for every shipped one.
@Suite struct CriteriaTableRoundTripTests {
    static let criteria = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Criteria")

    static var shipped: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: criteria.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    static func load(_ name: String) throws -> Framework {
        let data = try Data(contentsOf: criteria.appendingPathComponent(name))
        return try DocumentLoader.framework(from: data, file: name).0
    }

    /// Whether two frameworks are the same in everything a file says.
    static func expectSame(_ a: Framework, _ b: Framework) {
        #expect(a.id == b.id)
        #expect(a.title == b.title)
        #expect(a.legalBasis == b.legalBasis)
        #expect(a.unitKinds == b.unitKinds)
        #expect(a.firstYear == b.firstYear && a.lastYear == b.lastYear)
        #expect(a.provenance == b.provenance)
        #expect(a.display == b.display && a.rounding == b.rounding)
        #expect(a.components == b.components)
        #expect(a.facts == b.facts)
        #expect(a.metrics == b.metrics)
        #expect(a.bands == b.bands)
        #expect(a.fields == b.fields)
        #expect(a.adjustments == b.adjustments)
        #expect(a.planMeasures == b.planMeasures)
        #expect(FrameworkJSON.encode(a) == FrameworkJSON.encode(b))
    }

    @Test func thereAreShippedFrameworks() {
        #expect(Self.shipped.count >= 3)
    }

    @Test(arguments: shipped) func csvRoundTrip(_ name: String) throws {
        let original = try Self.load(name)
        #expect(CriteriaTableExport.unwritable(original).isEmpty)
        let (criteria, declarations) = CriteriaTableExport.sheets(original)
        let main = try CSVReader.read(CSVWriter.encode(criteria), file: "t.csv")
        let declared = try CSVReader.read(CSVWriter.encode(declarations), file: "t.khai-bao.csv")
        let imported = try CriteriaTableImport.framework(
            main: main, file: "t.csv", declarations: declared, declarationsFile: "t.khai-bao.csv", options: CriteriaImportOptions(),
            outputFile: name)
        Self.expectSame(original, imported.framework)
    }

    @Test(arguments: shipped) func xlsxRoundTrip(_ name: String) throws {
        let original = try Self.load(name)
        let (criteria, declarations) = CriteriaTableExport.sheets(original)
        let sheets = try CriteriaTableWorkbook.sheets(data: CriteriaTableXLSX.encode([criteria, declarations]), file: "t.xlsx")
        #expect(sheets.count == 2)
        #expect(sheets.first?.rows.map(\.number) == criteria.rows.map(\.number))
        let imported = try CriteriaTableImport.framework(
            main: sheets[0], file: "t.xlsx", declarations: sheets[1], declarationsFile: "t.xlsx", options: CriteriaImportOptions(), outputFile: name)
        Self.expectSame(original, imported.framework)
    }

    @Test(arguments: shipped) func englishHeadingsRoundTrip(_ name: String) throws {
        let original = try Self.load(name)
        let (criteria, declarations) = CriteriaTableExport.sheets(original, language: .en)
        let imported = try CriteriaTableImport.framework(
            main: try CSVReader.read(CSVWriter.encode(criteria), file: "t.csv"), file: "t.csv",
            declarations: try CSVReader.read(CSVWriter.encode(declarations), file: "d.csv"), declarationsFile: "d.csv",
            options: CriteriaImportOptions(), outputFile: name)
        Self.expectSame(original, imported.framework)
    }

    @Test(arguments: shipped) func frameworkJSONReadsBackTheSame(_ name: String) throws {
        let original = try Self.load(name)
        let again = try DocumentLoader.framework(from: Data(FrameworkJSON.encode(original).utf8), file: name).0
        Self.expectSame(original, again)
    }
}
