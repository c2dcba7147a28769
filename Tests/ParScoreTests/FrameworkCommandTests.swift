import Foundation
import Testing

/// The built `par-score` on the frameworks of every level: lint, the examples, and the commune folder.
@Suite("par-score on the frameworks of every level")
struct FrameworkCommandTests {
    @Test func everyShippedFrameworkLints() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: ParScoreRunner.root.appendingPathComponent("Criteria").path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count == 8)
        let result = try ParScoreRunner.run(["criteria", "lint"] + names.map { "Criteria/\($0)" })
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("xa-2025: 9 lĩnh vực, 84 nút, 55 tiêu chí thành phần"))
        #expect(result.stdout.contains("tinh-892-2024: 6 lĩnh vực, 12 nút, 6 tiêu chí thành phần, tối đa 100 điểm; 5 nút chính thức"))
    }

    @Test func theCommuneFolderRanksAsCSV() throws {
        let result = try ParScoreRunner.run(["rank", "Tests/Fixtures/communes-2025", "--format", "csv", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.map { String($0[3]) } == ["1", "2", "3", "4", "4", "6"])
        #expect(
            rows.map { String($0[4]) } == [
                "minh-hoa.tan-hoi", "minh-hoa.an-phu", "minh-hoa.dong-tien", "minh-hoa.binh-minh", "minh-hoa.cam-lo", "minh-hoa.hoa-thuan",
            ])
        #expect(rows.map { String($0[9]) } == ["94.48", "93.68", "92.98", "92.18", "92.18", "87.18"])
    }

    @Test func aProvinceComparesItsYears() throws {
        let result = try ParScoreRunner.run([
            "rank", "Examples/tinh-892-2024-minh-hoa-vi-du-2024.json", "--previous", "Examples/tinh-876-2022-minh-hoa-vi-du-2023.json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("86,75"))
        #expect(result.stdout.contains("84,05"))
        #expect(result.stdout.contains("+2,70"))
    }
}
