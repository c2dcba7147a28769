import Foundation
import Testing

@testable import ParIndexCore

/// The batch fast path (``SlotDecoder`` and ``CompiledFramework``) takes real files and gives the
/// full scorer's numbers. Agreement on refused and unusual input is checked by every other suite
/// through ``FastPathAgreement``.
@Suite("Compiled scoring")
struct CompiledScoringTests {
    let catalog: CriteriaCatalog

    init() throws {
        catalog = try Fixtures.catalog()
    }

    static func jsonFiles(_ folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted().map {
            folder.appendingPathComponent($0)
        }
    }

    @Test func examplesAndPublishedSubmissionsTakeTheFastPath() throws {
        let files = try Self.jsonFiles(Fixtures.examples) + Self.jsonFiles(Fixtures.root.appendingPathComponent("Tests/Fixtures/ministries-2023"))
        #expect(files.count >= 20)
        for url in files {
            #expect(FastPathAgreement.check(try Data(contentsOf: url), file: url.lastPathComponent, catalog: catalog), "\(url.lastPathComponent)")
        }
    }

    @Test func corpusCasesAgree() throws {
        let files = try Self.jsonFiles(Fixtures.root.appendingPathComponent("Tests/Fixtures/corpus")).filter {
            $0.lastPathComponent != "manifest.json"
        }
        var accepted = 0
        for url in files where FastPathAgreement.check(try Data(contentsOf: url), file: url.lastPathComponent, catalog: catalog) {
            accepted += 1
        }
        // The plain "accept-…" cases; the BOM/CRLF and NFD ones are also fine either way.
        #expect(accepted >= 2)
    }

    /// One decoder reads submissions to different frameworks in turn, whatever the key order.
    @Test func oneDecoderReadsEveryFramework() throws {
        var decoder = SlotDecoder(frameworks: catalog.frameworks.map(CompiledFramework.init))
        let so = try Data(contentsOf: Fixtures.examples.appendingPathComponent("so-y-te-dak-nong-2020.json"))
        let ministry = try Self.jsonFiles(Fixtures.root.appendingPathComponent("Tests/Fixtures/ministries-2023"))[0]
        let bo = try Data(contentsOf: ministry)
        // The same ministry file with its keys sorted, so that "framework" comes after the facts.
        let sorted = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: bo), options: [.sortedKeys])
        for (data, id) in [(so, "so-seeds"), (bo, "bo-876-2022"), (so, "so-seeds"), (sorted, "bo-876-2022"), (sorted, "bo-876-2022")] {
            let decoded = data.withUnsafeBytes { decoder.decode($0, file: "f.json") }
            #expect(decoded?.0.framework.id == id)
            if let (framework, slots) = decoded {
                let card = try Scorer(catalog: catalog).score(data: data, file: "f.json")
                var expected = card.result
                expected.scorecard = nil
                #expect(framework.score(slots) == expected)
            }
        }
    }

    @Test func resultOfAScorecardMatchesItsTotals() throws {
        let card = try Scorer(catalog: catalog).score(file: Fixtures.examples.appendingPathComponent("so-y-te-dak-nong-2020.json"))
        let result = card.result
        #expect(result.total == card.total && result.index == card.index && result.indexRounded == card.indexRounded)
        #expect(result.fields.map(\.id) == card.fields.map(\.id))
        #expect(result.fields.reduce(ExactDecimal(0)) { $0 + $1.points } == card.leafPoints)
        #expect(result.components.map(\.id) == ["appraised", "survey"])
        #expect(result.scorecard == card)
        for field in card.fields {
            #expect(result.fieldIndex(field.id) == (field.applicableMaximum > 0 ? field.points * 100 / field.applicableMaximum : nil))
        }
    }

    /// Strings at and around their length limits, escapes, NFD and scripts outside the common set:
    /// the fast path takes or leaves each, and agrees with the full validation whenever it takes one.
    @Test(arguments: [
        ("a", 333), ("a", 334), ("a", 1_000), ("a", 1_001), ("ệ", 333), ("ệ", 1_000), ("ệ", 1_001), ("😀", 333), ("😀", 334),
        ("😀", 1_000), ("😀", 1_001), ("e\u{0323}\u{0302}", 300), ("\\\"", 400), ("\\n", 10), ("Kế hoạch ", 25), ("Kế hoạch ", 111), ("Kế hoạch ", 112),
    ])
    func titlesAroundTheirLimits(piece: String, count: Int) throws {
        let url = Fixtures.examples.appendingPathComponent("so-y-te-dak-nong-2020.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        let original = "\"title\": \"Kế hoạch cải cách hành chính ngành Y tế tỉnh Đắk Nông năm 2020\""
        #expect(text.contains(original))
        let title = String(repeating: piece, count: count)
        let changed = text.replacingOccurrences(of: original, with: "\"title\": \"\(title)\"")
        let fullAccepts = (try? Scorer(catalog: catalog).score(data: Data(changed.utf8), file: "t.json")) != nil
        let fastAccepts = FastPathAgreement.check(Data(changed.utf8), file: "t.json", catalog: catalog)
        if fastAccepts { #expect(fullAccepts) }
        // Plain titles well within the limit take the fast path (a title of only non-ASCII letters
        // might be blank, which the full validation decides).
        if piece.unicodeScalars.elementsEqual("a".unicodeScalars) && count <= 1_000 { #expect(fastAccepts) }
        if piece.unicodeScalars.elementsEqual("Kế hoạch ".unicodeScalars) && count * 9 <= 1_000 { #expect(fastAccepts) }
        if piece == "a" && count <= 1_000 { #expect(fullAccepts) }
        if count == 1_001 && piece != "\\n" { #expect(!fullAccepts && !fastAccepts) }
    }

    @Test func namesThatNeedNormalisingTakeTheFullPath() throws {
        let url = Fixtures.examples.appendingPathComponent("so-y-te-dak-nong-2020.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        for name in ["Se\u{031B}\u{0309} Y te\u{0302}\u{0301}", "Sở \\\"Y tế\\\"", "\u{00A0}\u{00A0}"] {
            let changed = text.replacingOccurrences(of: "\"name\": \"Sở Y tế\"", with: "\"name\": \"\(name)\"")
            #expect(changed != text)
            #expect(!FastPathAgreement.check(Data(changed.utf8), file: "t.json", catalog: catalog), "\(name)")
        }
    }

    /// Amounts at and just above the largest magnitude a file may give, counts at their limit,
    /// and numbers the fast path leaves to the full validation.
    @Test(arguments: [
        "1000000000000", "1000000000000.5", "999999999999.999999", "1000000000001", "0.0000005", "85400.0", "1e3", "-0", "00",
    ])
    func amountsAroundTheLimit(amount: String) throws {
        let url = Fixtures.examples.appendingPathComponent("so-y-te-dak-nong-2020.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        let original = "\"finance.investmentAllocated\": 85400,"
        #expect(text.contains(original))
        let changed = text.replacingOccurrences(of: original, with: "\"finance.investmentAllocated\": \(amount),")
        let fullAccepts = (try? Scorer(catalog: catalog).score(data: Data(changed.utf8), file: "t.json")) != nil
        let fastAccepts = FastPathAgreement.check(Data(changed.utf8), file: "t.json", catalog: catalog)
        if fastAccepts { #expect(fullAccepts) }
        if amount == "1000000000000.5" || amount == "1000000000001" { #expect(!fullAccepts) }
        if amount == "1000000000000" || amount == "85400.0" { #expect(fastAccepts) }
    }
}
