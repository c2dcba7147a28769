import Foundation
import Testing

@testable import ParIndexCore

/// The check that ties the two decoders to the one kernel: whatever ``SlotDecoder`` accepts, the
/// full validation must accept, giving the same slots (values and the strings a scorecard shows)
/// and therefore, leaf for leaf, the same points and status. Called wherever a test scores or
/// refuses a submission, so every rule, boundary, corpus case, fuzz case and generated
/// submission is also a test of the fast decoder.
enum FastPathAgreement {
    /// Whether the fast decoder accepted `data`; records an issue when it disagrees with the full validation.
    @discardableResult
    static func check(_ data: Data, file: String, catalog: CriteriaCatalog, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let compiled = catalog.frameworks.map(CompiledFramework.init)
        var decoder = SlotDecoder(frameworks: compiled)
        guard let (framework, fast) = data.withUnsafeBytes({ decoder.decode($0, file: file, details: true) }) else { return false }
        var quiet = SlotDecoder(frameworks: compiled)
        let totalsOnly = data.withUnsafeBytes { quiet.decode($0, file: file) }
        #expect(totalsOnly?.1.values == fast.values, "\(file): the slots differ with and without details", sourceLocation: sourceLocation)
        do {
            let (submission, model) = try Scorer(catalog: catalog).validate(data: data, file: file)
            #expect(model.id == framework.framework.id, sourceLocation: sourceLocation)
            let full = SubmissionSlots(submission, compiled: framework)
            #expect(full.unit == fast.unit && full.year == fast.year && full.file == fast.file, "\(file): unit", sourceLocation: sourceLocation)
            #expect(full.values == fast.values, "\(file): the two decoders give different slots", sourceLocation: sourceLocation)
            #expect(full.details == fast.details, "\(file): the two decoders keep different strings", sourceLocation: sourceLocation)
            let a = framework.scorecard(fast)
            let b = framework.scorecard(full)
            for (x, y) in zip(a.leaves, b.leaves) {
                #expect(x.points == y.points && x.status == y.status && x.applicableMaximum == y.applicableMaximum, "\(file): leaf \(x.id)")
            }
            #expect(a == b, "\(file): the scorecards differ", sourceLocation: sourceLocation)
            #expect(framework.score(fast) == a.totals, "\(file): totals differ from the scorecard's", sourceLocation: sourceLocation)
        } catch {
            Issue.record(
                "\(file): the fast decoder accepted a submission the full validation refuses: \(error.description.prefix(400))\n\(String(decoding: data.prefix(2000), as: UTF8.self))",
                sourceLocation: sourceLocation)
        }
        return true
    }
}
