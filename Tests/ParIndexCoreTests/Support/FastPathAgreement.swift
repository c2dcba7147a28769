import Foundation
import Testing

@testable import ParIndexCore

/// The check that ties the batch fast path to the full validation: whatever ``SlotDecoder``
/// accepts, the full scorer must accept, with the same result. Called wherever a test scores or
/// refuses a submission, so every rule, boundary, corpus case, fuzz case and generated submission
/// is also a test of the fast path.
enum FastPathAgreement {
    /// Whether the fast path accepted `data`; records an issue when it disagrees with the full scorer.
    @discardableResult
    static func check(_ data: Data, file: String, catalog: CriteriaCatalog, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        var decoder = SlotDecoder(frameworks: catalog.frameworks.map(CompiledFramework.init))
        guard let (framework, slots) = data.withUnsafeBytes({ decoder.decode($0, file: file) }) else { return false }
        do {
            let card = try Scorer(catalog: catalog, explanations: false).score(data: data, file: file)
            var expected = card.result
            expected.scorecard = nil
            let fast = framework.score(slots)
            #expect(fast == expected, "\(file): the fast path scored \(fast), the full scorer \(expected)", sourceLocation: sourceLocation)
        } catch {
            Issue.record(
                "\(file): the fast path accepted a submission the full validation refuses: \(error.description.prefix(400))\n\(String(decoding: data.prefix(2000), as: UTF8.self))",
                sourceLocation: sourceLocation)
        }
        return true
    }
}
