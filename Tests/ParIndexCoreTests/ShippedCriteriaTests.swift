import Foundation
import ParIndexReports
import Testing

@testable import ParIndexCore

@Suite("Shipped frameworks and examples")
struct ShippedCriteriaTests {
    @Test func everyShippedFrameworkLints() throws {
        let catalog = try Fixtures.catalog()
        #expect(
            catalog.frameworks.map(\.id) == [
                "bo-876-2022", "so-seeds", "tinh-2948-2017", "tinh-876-2022", "tinh-892-2024", "vpcp-766-tinh", "vpcp-766-xa", "xa-2025",
            ])
        #expect(catalog.warnings.filter { $0.severity == .error }.isEmpty)
    }

    @Test func departmentFrameworkIsComplete() throws {
        let framework = try #require(try Fixtures.catalog().framework(id: "so-seeds"))
        #expect(framework.fields.count == 8)
        #expect(framework.leaves.count >= 40)
        #expect(framework.maximum == 100)
        #expect(framework.components.map(\.max) == [80, 20])
        let kinds = Set(framework.leaves.compactMap { $0.rule?.kindName })
        #expect(kinds == Set(Rule.kindNames))
        #expect(framework.adjustments.map(\.kind) == [.bonus, .penalty])
        // Every leaf quotes the seed it comes from.
        for leaf in framework.leaves {
            #expect(leaf.provenance.quote?.isEmpty == false, "leaf \(leaf.id) has no quote")
            #expect(
                leaf.provenance.source.contains("seed") || leaf.provenance.source.contains("QĐ-UBND"), "leaf \(leaf.id): \(leaf.provenance.source)")
        }
    }

    @Test func nothingIsOfficialUnlessTheReferenceConfirmsIt() throws {
        let catalog = try Fixtures.catalog()
        // The reference confirms only the survey maximum of 876 and the field maxima of 2948.
        // 766: the five groups of the decision (qd766.md §1, "Five groups in the decision, 100 points [S]").
        let groups766: Set<String> = ["1", "2", "3", "4", "5"]
        let confirmed: [String: Set<String>] = [
            "bo-876-2022": ["2"], "tinh-2948-2017": ["1", "2", "3", "4", "5", "6", "7", "8"], "so-seeds": [],
            "vpcp-766-tinh": groups766, "vpcp-766-xa": groups766, "xa-2025": [],
            // par-index.md lines 57–58 (876, the four provincial parts) and 51–53 (892, five field maxima).
            "tinh-876-2022": ["1", "2", "3", "4"], "tinh-892-2024": ["1", "3", "4", "5", "8"],
        ]
        for framework in catalog.frameworks {
            let official = Set(framework.allNodes.filter { $0.provenance.status == .official }.map(\.id))
            #expect(official == confirmed[framework.id], "\(framework.id): \(official.sorted())")
            for node in framework.allNodes { #expect(!node.provenance.source.isEmpty) }
            for section in framework.adjustments {
                #expect(section.provenance.status == .adapted)
                for item in section.items { #expect(item.provenance.status == .adapted) }
            }
        }
        let ministries = try #require(catalog.framework(id: "bo-876-2022"))
        #expect(ministries.components.map(\.max) == [.d("68.5"), .d("31.5")])
        let provinces = try #require(catalog.framework(id: "tinh-2948-2017"))
        #expect(provinces.fields.map(\.max) == [10, 10, .d("14.5"), 11, 16, 7, 16, .d("15.5")])
    }

    @Test func examplesScoreDeterministicallyAndCoverEveryRule() throws {
        let catalog = try Fixtures.catalog()
        let scorer = Scorer(catalog: catalog)
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.examples.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count >= 3)
        var statuses: Set<LeafStatus> = []
        var kinds: Set<String> = []
        for name in files {
            let url = Fixtures.examples.appendingPathComponent(name)
            let card = try scorer.score(file: url)
            #expect(card.index.map { $0 >= 0 && $0 <= 100 } ?? false)
            #expect(card.band != nil)
            #expect(ScorecardJSON.encode(card, language: .vi) == ScorecardJSON.encode(try scorer.score(file: url), language: .vi))
            statuses.formUnion(card.leaves.compactMap(\.status))
            kinds.formUnion(card.leaves.filter { $0.status != .notApplicable }.compactMap(\.ruleKind))
            for leaf in card.leaves { #expect(leaf.explanation?.vi.isEmpty == false) }
        }
        #expect(statuses.isSuperset(of: [.scored, .notApplicable, .appraised]))
        #expect(kinds == Set(Rule.kindNames))
    }
}
