import Foundation
import Testing

@testable import ParIndexCore

/// The frameworks of every level a province rates (766, communes, provinces) and their examples:
/// provenance on every node, "official" only where the reference confirms the number, and the sums
/// and ranks a person computes by hand.
@Suite("Frameworks of every level")
struct FrameworksOfEveryLevelTests {
    /// The frameworks added for issues 12 and 14.
    static let added = ["tinh-876-2022", "tinh-892-2024", "vpcp-766-tinh", "vpcp-766-xa", "xa-2025"]

    /// Lines of a file that contain `"official"`, as `grep -c '"official"'` counts them.
    static func officialLines(_ id: String) throws -> Int {
        let text = try String(contentsOf: Fixtures.criteria.appendingPathComponent("\(id).json"), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.contains("\"official\"") }.count
    }

    static func score(_ path: String) throws -> Scorecard {
        try Scorer(catalog: try Fixtures.catalog()).score(file: Fixtures.root.appendingPathComponent(path))
    }

    @Test func everyNodeOfEveryFrameworkHasProvenance() throws {
        let catalog = try Fixtures.catalog()
        #expect(catalog.warnings.filter { $0.severity == .error }.isEmpty)
        for framework in catalog.frameworks {
            #expect(!framework.provenance.source.isEmpty, "\(framework.id)")
            for node in framework.allNodes {
                #expect(!node.provenance.source.isEmpty, "\(framework.id) \(node.id)")
            }
        }
        for id in Self.added {
            let framework = try #require(catalog.framework(id: id))
            #expect(framework.provenance.status == .adapted, "\(id): a whole framework is never official here")
            for band in framework.bands { #expect(band.provenance?.status == .adapted, "\(id) band \(band.id)") }
            // Every leaf says where its maximum comes from.
            for leaf in framework.leaves {
                #expect(leaf.provenance.source.lowercased().contains("điểm tối đa"), "\(id) \(leaf.id): \(leaf.provenance.source)")
            }
        }
    }

    /// `grep -c '"official"' Criteria/ID.json`, and which nodes: only numbers the reference confirms.
    @Test func officialCountsMatchTheReference() throws {
        let expected: [String: Int] = [
            // qd766.md line 16: "Five groups in the decision, 100 points [S]" (18, 20, 22, 22, 18).
            "vpcp-766-tinh": 5, "vpcp-766-xa": 5,
            // par-index.md lines 57–58: 876 provinces, appraised 61.50 + socio-economic 6.50 + SIPAS 10
            // + survey of leaders 22 [C: baohoabinh.com.vn].
            "tinh-876-2022": 4,
            // par-index.md lines 51–54: 892 provinces, five field maxima [C] (9.5, 13, 10.5, 15, 16.5);
            // the other three [NF].
            "tinh-892-2024": 5,
            // par-index.md line 80: Hà Tĩnh's commune index is a pattern, not a commune table of 2025.
            "xa-2025": 0,
            // par-index.md line 39: 876 ministries, survey 31.5 [C], appraised 68.5 [U].
            "bo-876-2022": 1,
            // par-index.md lines 42–45: the eight field maxima of 2948 [C].
            "tinh-2948-2017": 8,
            // par-index.md §4–5: adapted from the seed plans.
            "so-seeds": 0,
        ]
        let catalog = try Fixtures.catalog()
        #expect(Set(catalog.frameworks.map(\.id)) == Set(expected.keys))
        for (id, count) in expected {
            #expect(try Self.officialLines(id) == count, "\(id)")
            let framework = try #require(catalog.framework(id: id))
            #expect(framework.allNodes.filter { $0.provenance.status == .official }.count == count, "\(id)")
        }
        let tinh766 = try #require(catalog.framework(id: "vpcp-766-tinh"))
        #expect(tinh766.fields.map(\.max) == [18, 20, 22, 22, 18])
        #expect(tinh766.fields.allSatisfy { $0.provenance.status == .official && $0.provenance.source.contains("766/QĐ-TTg") })
        let tinh876 = try #require(catalog.framework(id: "tinh-876-2022"))
        #expect(tinh876.components.map(\.max) == [.d("61.5"), .d("6.5"), 10, 22])
        let tinh892 = try #require(catalog.framework(id: "tinh-892-2024"))
        let official892 = tinh892.fields.filter { $0.provenance.status == .official }
        #expect(official892.map(\.id) == ["1", "3", "4", "5", "8"])
        #expect(official892.map(\.max) == [.d("9.5"), 13, .d("10.5"), 15, .d("16.5")])
        // The three fields without a confirmed maximum are one node, said to be arithmetic.
        let rest = try #require(tinh892.fields.first { $0.id == "X" })
        #expect(rest.max == .d("35.5") && rest.provenance.status == .adapted)
        #expect(tinh892.provenance.source.contains("THIẾU"))
        // bo-876-2022 says which of its numbers are confirmed.
        let ministries = try #require(catalog.framework(id: "bo-876-2022"))
        #expect(ministries.fields[0].provenance.source.hasPrefix("CHƯA XÁC NHẬN"))
        #expect(ministries.fields[1].provenance.source.hasPrefix("ĐÃ XÁC NHẬN"))
        #expect(ministries.bands.allSatisfy { $0.provenance?.source.contains("CHƯA XÁC NHẬN") == true })
    }

    /// Rows 6, 8, 9, 16 and 17 do not apply to communes, which get their maximum (qd766.md line 54).
    @Test func communesGetTheMaximumOfRowsThatDoNotApply() throws {
        let commune = try #require(try Fixtures.catalog().framework(id: "vpcp-766-xa"))
        let full = commune.leaves.filter { $0.rule == .boolean(fact: "scope.commune") }
        #expect(full.map(\.id) == ["3.6", "3.7", "4.1.2"])
        #expect(full.reduce(ExactDecimal(0)) { $0 + $1.max } == 8)
        #expect(commune.maximum == 100)
        // The conflicts of the reference are written into provenance.
        let leaf52 = try #require(commune.leaves.first { $0.id == "5.2" })
        #expect(leaf52.provenance.source.contains("Mâu thuẫn"))
        let leaf423 = try #require(commune.leaves.first { $0.id == "4.2.3" })
        #expect(leaf423.provenance.source.contains("mâu thuẫn"))
    }

    @Test func communeFrameworkHasTheShapeOfAProvincialCommuneIndex() throws {
        let xa = try #require(try Fixtures.catalog().framework(id: "xa-2025"))
        #expect(xa.fields.count == 9)
        #expect(xa.leaves.count >= 35)
        #expect(xa.components.map(\.max) == [70, 30])
        #expect(xa.unitKinds == [.xa])
        // The one-stop KPIs of a commune are there.
        let metrics = Set(
            xa.leaves.compactMap { leaf -> String? in
                switch leaf.rule {
                case .ratio(let metric, _, _)?: metric
                case .tiers(.metric(let metric), _, _)?: metric
                default: nil
                }
            })
        #expect(metrics.isSuperset(of: ["dossier.onTimeRate", "dossier.onlineShare", "dossier.electronicResultRate", "dossier.apologyRate"]))
    }

    /// The sums a person computes for each example (points as in the scorecards, by hand).
    @Test func examplesScoreToTheHandSums() throws {
        // Sở Tư pháp, 766: 16.7 (1) + 18.8 (2) + 14.7 (3, row 13 not applicable) + 9.8 + 6.85 (4)
        // + 6 + 6 + 6 × 85/90 (5) = 5071/60 of 98.
        let so = try Self.score("Examples/vpcp-766-so-tu-phap-vi-du-2025.json")
        #expect(so.total == .d("5071") / 60 && so.applicableMaximum == 98)
        #expect(so.index == .d("5071") / 60 * 100 / 98)
        // UBND xã Minh Họa, 766: 17.56 + 19.4 + 16.2 + 15.6 + 14.5 = 83.26 of 100.
        let xa766 = try Self.score("Examples/vpcp-766-xa-minh-hoa-vi-du-2025.json")
        #expect(xa766.total == .d("83.26") && xa766.applicableMaximum == 100)
        // Phường An Bình, xa-2025: 70 − 2.22 appraised (3.2.1 −0.075, 4.2.2 −0.2, 4.2.3 −0.3,
        // 4.2.4 −0.375, 4.2.5 −0.02, 6.2.2 −0.25, 8.3.2 −0.5, 8.3.3 −0.5) + 25.9 survey = 93.68.
        let anBinh = try Self.score("Examples/xa-2025-phuong-an-binh-vi-du.json")
        #expect(anBinh.total == .d("93.68") && anBinh.components.map(\.points) == [.d("67.78"), .d("25.9")])
        // Xã Tân Lập: 93.68 − 0.75 (late plan) − 3 (89 % on time) − 0.75 (apologies) − 0.8 (30 %
        // online) − 1 (no e-copies) − 2.5 (55 % disbursed) − 0.25 (late Q3 report) − 1 (no budget
        // document) − 2 (8.2.1 not applicable) − 1.2 (survey) = 80.43 of 98.
        let tanLap = try Self.score("Examples/xa-2025-xa-tan-lap-vi-du.json")
        #expect(tanLap.total == .d("80.43") && tanLap.applicableMaximum == 98)
        // Provinces: 52.40 + 5.10 + 8.35 + 18.20 = 84.05 (group B); 8.60 + 11.80 + 9.10 + 12.90
        // + 14.10 + 30.25 = 86.75 (group B).
        let p2023 = try Self.score("Examples/tinh-876-2022-minh-hoa-vi-du-2023.json")
        #expect(p2023.total == .d("84.05") && p2023.band?.id == "B")
        let p2024 = try Self.score("Examples/tinh-892-2024-minh-hoa-vi-du-2024.json")
        #expect(p2024.total == .d("86.75") && p2024.band?.id == "B")
        // The same province in both years, so that `rank --previous` compares them.
        #expect(p2023.unit.id == p2024.unit.id)
        for card in [so, xa766, anBinh, tanLap, p2023, p2024] {
            #expect(card.unit.name.contains("ví dụ"), "an example says it is one: \(card.unit.name)")
        }
    }

    /// Six communes: each differs from An Phú (67.78 + 25.90 = 93.68) in a few figures.
    @Test func theCommuneFolderRanks() throws {
        let catalog = try Fixtures.catalog()
        let folder = Fixtures.root.appendingPathComponent("Tests/Fixtures/communes-2025").path
        let files = BatchScorer.collectFiles([folder]).files
        #expect(files.count == 6)
        let batch = BatchScorer(catalog: catalog).score(files: files)
        #expect(batch.failures.isEmpty)
        let results = batch.items
        #expect(results.count == 6)
        let ranking = Ranker().rank(results: results, frameworks: catalog)
        let table = try #require(ranking.tables.first)
        #expect(ranking.tables.count == 1 && table.frameworkID == "xa-2025")
        let rows = table.entries.map { ($0.rank, $0.result.unit.id, $0.result.total) }
        let expected: [(Int, String, ExactDecimal)] = [
            (1, "minh-hoa.tan-hoi", .d("94.48")),  // survey 9.2.1 and 9.2.4 +0.8
            (2, "minh-hoa.an-phu", .d("93.68")),
            (3, "minh-hoa.dong-tien", .d("92.98")),  // 25 % online: 4.2.1 −1; survey 9.1.1 +0.3
            (4, "minh-hoa.binh-minh", .d("92.18")),  // 92.5 % on time: 4.1.1 −1.5
            (4, "minh-hoa.cam-lo", .d("92.18")),  // the same figures: a shared rank, by name
            (6, "minh-hoa.hoa-thuan", .d("87.18")),  // 75 % on time −4, no e-copies −1, no ISO −1.5
        ]
        #expect(rows.count == expected.count)
        for (row, want) in zip(rows, expected) {
            #expect(row.0 == want.0 && row.1 == want.1 && row.2 == want.2, "\(row) != \(want)")
        }
    }
}
