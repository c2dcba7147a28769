import Foundation
import Testing

@testable import ParIndexCore

/// `-0` (`-0.0`, `-0.000`) is zero wherever a number may be zero: counts, amounts and the points of
/// `claimed`, `appraisal` and `direct`, in the full validation and in the fast byte decoder alike.
/// Any other minus is refused as before. The year and the format version are whole numbers whose
/// zero is out of range, so `-0` there stays refused.
@Suite("Negative zero")
struct NegativeZeroTests {
    let catalog: CriteriaCatalog
    let example: String

    init() throws {
        catalog = try Fixtures.catalog()
        example = try String(contentsOf: Fixtures.examples.appendingPathComponent("so-y-te-dak-nong-2020.json"), encoding: .utf8)
    }

    /// One number of the example, as it is written there and with `{}` for the new value.
    struct Place: Sendable, CustomTestStringConvertible {
        var name: String
        var original: String
        var template: String

        var testDescription: String { name }

        func text(_ example: String, _ value: String) -> String {
            example.replacingOccurrences(of: original, with: template.replacingOccurrences(of: "{}", with: value))
        }
    }

    static let places: [Place] = [
        Place(name: "count", original: "\"tthc.apologies\": 32", template: "\"tthc.apologies\": {}"),
        Place(name: "amount", original: "\"finance.investmentDisbursed\": 61250.5", template: "\"finance.investmentDisbursed\": {}"),
        Place(name: "claimed points", original: "\"1.1.1\": 1.5,", template: "\"1.1.1\": {},"),
        Place(name: "appraisal points", original: "\"points\": 0.75,", template: "\"points\": {},"),
        Place(name: "direct points", original: "\"8.1.3\": 0.75,", template: "\"8.1.3\": {},"),
    ]

    /// Every spelling of negative zero gives the same submission, scorecard and fast-path slots as
    /// `0` (or `0.0`, `0.000`), and the value is written `0`.
    @Test(arguments: places, ["-0", "-0.0", "-0.000"])
    func negativeZeroIsZero(place: Place, minusZero: String) throws {
        #expect(example.contains(place.original))
        let zero = String(minusZero.dropFirst())
        let negative = Data(place.text(example, minusZero).utf8)
        let positive = Data(place.text(example, zero).utf8)
        #expect(negative != positive)
        let scorer = Scorer(catalog: catalog)
        if place.name == "count" && zero != "0" {
            // A count is a whole number; `0.0` is taken as the whole number 0, and so is `-0.0`.
            #expect((try? scorer.validate(data: positive, file: "t.json")) != nil)
        }
        let (fromNegative, _) = try scorer.validate(data: negative, file: "t.json")
        let (fromPositive, _) = try scorer.validate(data: positive, file: "t.json")
        #expect(fromNegative == fromPositive)
        let value: ExactDecimal? =
            switch place.name {
            case "count": fromNegative.facts["tthc.apologies"].flatMap { if case .number(let n) = $0 { n } else { nil } }
            case "amount": fromNegative.facts["finance.investmentDisbursed"].flatMap { if case .number(let n) = $0 { n } else { nil } }
            case "claimed points": fromNegative.claimed["1.1.1"]
            case "appraisal points": fromNegative.appraisal["1.3.1"]?.points
            default: fromNegative.direct["8.1.3"]
            }
        let stored = try #require(value)
        #expect(stored == 0 && stored.raw == 0)
        #expect(stored.exactText == "0")
        #expect(stored.formatted(decimals: 2, language: .en) == "0.00")
        #expect(try scorer.score(data: negative, file: "t.json") == scorer.score(data: positive, file: "t.json"))
        // The fast decoder takes `-0` wherever it takes `0`, and agrees with the full validation.
        let fastNegative = FastPathAgreement.check(negative, file: "t.json", catalog: catalog)
        let fastPositive = FastPathAgreement.check(positive, file: "t.json", catalog: catalog)
        #expect(fastNegative == fastPositive)
        if zero == "0" { #expect(fastNegative, "the fast path takes \(minusZero) as \(place.name)") }
    }

    /// A minus before any other number is refused, by both decoders.
    @Test(arguments: places, ["-0.5", "-1", "-0.000001"])
    func otherNegativesAreRefused(place: Place, negative: String) throws {
        let data = Data(place.text(example, negative).utf8)
        #expect(!FastPathAgreement.check(data, file: "t.json", catalog: catalog))
        do {
            _ = try Scorer(catalog: catalog).validate(data: data, file: "t.json")
            Issue.record("\(place.name) \(negative) was accepted")
        } catch {
            let codes = error.diagnostics.filter { $0.severity == .error }.map(\.code)
            switch place.name {
            case "count": #expect(codes.contains(.submissionNegativeCount) || codes.contains(.valueNotWhole), "\(codes)")
            case "amount": #expect(codes.contains(.valueOutOfRange), "\(codes)")
            default: #expect(codes.contains(.submissionPointsOutOfRange), "\(codes)")
            }
        }
    }

    /// The year and the format version are whole numbers whose zero is out of range: `-0` there is
    /// refused, by both decoders, as `0` is.
    @Test(arguments: [("\"year\": 2020,", "\"year\": -0,"), ("\"formatVersion\": 1,", "\"formatVersion\": -0,")])
    func negativeZeroYearAndFormatVersionAreRefused(original: String, changed: String) throws {
        #expect(example.contains(original))
        let data = Data(example.replacingOccurrences(of: original, with: changed).utf8)
        #expect(!FastPathAgreement.check(data, file: "t.json", catalog: catalog))
        #expect((try? Scorer(catalog: catalog).validate(data: data, file: "t.json")) == nil)
    }
}
