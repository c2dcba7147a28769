import Foundation
import Testing

@testable import ParIndexCore

/// The one kernel: what it records, that recording changes no number, that sentences are written
/// on demand in the language asked for, and that the layout of rule kinds holds.
@Suite("Kernel")
struct KernelTests {
    let catalog: CriteriaCatalog

    init() throws {
        catalog = try Fixtures.catalog()
    }

    func exampleSlots() throws -> [(CompiledFramework, SubmissionSlots)] {
        let compiled = catalog.frameworks.map(CompiledFramework.init)
        var decoder = SlotDecoder(frameworks: compiled)
        return try CompiledScoringTests.jsonFiles(Fixtures.examples).map { url in
            let data = try Data(contentsOf: url)
            return try #require(data.withUnsafeBytes { decoder.decode($0, file: url.lastPathComponent, details: true) })
        }
    }

    @Test func recordingChangesNoNumber() throws {
        for (compiled, slots) in try exampleSlots() {
            var none = NoRecording()
            var traces = TraceRecorder(compiled)
            let quiet = compiled.score(slots, recording: &none)
            let recorded = compiled.score(slots, recording: &traces)
            #expect(quiet == recorded)
            #expect(traces.traces.count == compiled.leafCount)
            #expect(traces.points.reduce(ExactDecimal(0), +) == quiet.leafPoints)
            #expect(traces.adjustments.count == compiled.framework.adjustments.count)
            let card = compiled.scorecard(slots)
            #expect(card.total == quiet.total && card.index == quiet.index && card.band?.id == quiet.bandID)
            #expect(card.fields.map(\.points) == quiet.fields.map(\.points))
        }
    }

    @Test func traceNamesTheTierThatDecided() throws {
        let framework = try RuleBoundaryTests().tiersFramework()
        let compiled = CompiledFramework(framework)
        var decoder = SlotDecoder(frameworks: [compiled])
        for (onTime, tier) in [(950, 0), (949, 1), (799, 2)] {
            let data = Data(RuleBoundaryTests().files(onTime, of: 1000).utf8)
            let (_, slots) = try #require(data.withUnsafeBytes { decoder.decode($0, file: "t.json") })
            var recorder = TraceRecorder(compiled)
            _ = compiled.score(slots, recording: &recorder)
            let trace = try #require(recorder.traces.first)
            #expect(trace.outcome == .scored)
            #expect(trace.decider == tier)
            #expect(trace.first == ExactDecimal(onTime) && trace.second == 1000)
        }
    }

    @Test func sentencesAreWrittenInTheLanguageAskedFor() throws {
        for (compiled, slots) in try exampleSlots() {
            let card = compiled.scorecard(slots)
            for node in card.nodes {
                #expect(node.explanation(.vi) == node.explanation?.vi)
                #expect(node.explanation(.en) == node.explanation?.en)
                #expect(node.isLeaf == (node.explanation(.vi)?.isEmpty == false), "\(node.id)")
            }
            for lost in card.lostPoints {
                #expect(lost.hint(.vi) == lost.hint.vi && !lost.hint(.vi).isEmpty)
            }
            for adjustment in card.adjustments {
                #expect(adjustment.explanation(.en) == adjustment.explanation.en)
            }
        }
    }

    @Test func batchProductsAgree() throws {
        let (files, _) = BatchScorer.collectFiles([
            Fixtures.examples.path, Fixtures.root.appendingPathComponent("Tests/Fixtures/ministries-2023").path,
        ])
        let batch = BatchScorer(catalog: catalog)
        let totals = batch.score(files: files)
        let cards = batch.score(files: files, as: Scorecard.self)
        #expect(totals.failures.isEmpty && cards.failures.isEmpty)
        #expect(totals.items.count == files.count && cards.items.count == files.count)
        #expect(cards.items.map(\.totals) == totals.items)
        #expect(cards.results.allSatisfy { $0.scorecard != nil } && totals.results.allSatisfy { $0.scorecard == nil })
    }

    /// The full path gives the scorecard the fast decoder gives, from the same bytes.
    @Test func fullPathAndFastPathGiveEqualScorecards() throws {
        let scorer = Scorer(catalog: catalog)
        for url in try CompiledScoringTests.jsonFiles(Fixtures.examples) {
            let data = try Data(contentsOf: url)
            let full = try scorer.score(data: data, file: url.lastPathComponent)
            let cards = BatchScorer(catalog: catalog).score(ndjson: Data(data.filter { $0 != 0x0A }) + Data([0x0A]), file: "x", as: Scorecard.self)
            var fast = try #require(cards.items.first)
            fast.file = full.file
            #expect(fast.nodes == full.nodes && fast.lostPoints == full.lostPoints && fast.total == full.total)
        }
    }

    /// Each rule kind has one file in `Rules/` and a case of the compiled rule.
    @Test func everyRuleKindHasItsOwnFile() throws {
        let rules = Fixtures.root.appendingPathComponent("Sources/ParIndexCore/Rules")
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: rules.path))
        for kind in Rule.kindNames {
            #expect(files.contains(kind.prefix(1).uppercased() + kind.dropFirst() + ".swift"), "no Rules file for \(kind)")
        }
        let model = try String(contentsOf: Fixtures.root.appendingPathComponent("Sources/ParIndexCore/Model/Rule.swift"), encoding: .utf8)
        for kind in Rule.kindNames { #expect(model.contains("case \(kind)("), "\(kind)") }
    }
}
