import Foundation
import Testing

@testable import ParIndexCore

@Suite("Submission schema")
struct SubmissionSchemaTests {
    /// The numbers each row of the "Limits" table must start with, by the constant it names.
    static var documented: [String: [Int]] {
        let window = SubmissionSchema.dateWindow(around: 2000)
        let magnitude = SubmissionSchema.maximumMagnitude.raw / ExactDecimal.scale
        return [
            "maximumIDLength": [SubmissionSchema.maximumIDLength],
            "maximumUnitNameLength": [SubmissionSchema.maximumUnitNameLength],
            "maximumProvinceLength": [SubmissionSchema.maximumProvinceLength],
            "maximumDocumentNumberLength": [SubmissionSchema.maximumDocumentNumberLength],
            "maximumDocumentTitleLength": [SubmissionSchema.maximumDocumentTitleLength],
            "maximumDocumentLinkLength": [SubmissionSchema.maximumDocumentLinkLength],
            "maximumAnswerLength": [SubmissionSchema.maximumAnswerLength],
            "maximumReasonLength": [SubmissionSchema.maximumReasonLength],
            "maximumTextLength": [SubmissionSchema.maximumTextLength],
            "formatVersionRange": [SubmissionSchema.formatVersionRange.lowerBound, SubmissionSchema.formatVersionRange.upperBound],
            "yearRange": [SubmissionSchema.yearRange.lowerBound, SubmissionSchema.yearRange.upperBound],
            "maximumCount": [0, SubmissionSchema.maximumCount],
            "maximumMagnitude": [0, Int(magnitude)],
            "maximumDecimals": [SubmissionSchema.maximumDecimals],
            // "from 1 January of year − 1 to 31 December of year + 1"
            "dateWindowYears": [window.lowerBound.day, 2000 - window.lowerBound.year, window.upperBound.day, window.upperBound.year - 2000],
            "maximumFileBytes": [SubmissionSchema.maximumFileBytes],
            "maximumDepth": [SubmissionSchema.maximumDepth],
            "maximumStringBytes": [SubmissionSchema.maximumStringBytes],
            "maximumNumberCharacters": [SubmissionSchema.maximumNumberCharacters],
        ]
    }

    /// The rows of the "Limits" table of `SubmissionFormat.md`: constant name → numbers of the value column.
    static func limitsTable() throws -> [String: (value: String, numbers: [Int])] {
        let url = DiagnosticTests.packageRoot.appendingPathComponent("Sources/ParIndexCore/ParIndexCore.docc/SubmissionFormat.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let start = text.range(of: "## Limits") else { return [:] }
        var rows: [String: (String, [Int])] = [:]
        for line in text[start.upperBound...].split(separator: "\n") {
            if line.hasPrefix("## ") { break }
            guard line.hasPrefix("| "), !line.hasPrefix("| ---"), !line.hasPrefix("| limit") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4, let open = cells[3].firstIndex(of: "`") else { continue }
            let afterOpen = cells[3].index(after: open)
            guard let close = cells[3][afterOpen...].firstIndex(of: "`") else { continue }
            let constant = String(cells[3][afterOpen..<close])
            var numbers: [Int] = []
            var digits = ""
            for character in cells[2] + " " {
                if character.isASCII, character.isNumber {
                    digits.append(character)
                } else if !digits.isEmpty {
                    numbers.append(Int(digits) ?? -1)
                    digits = ""
                }
            }
            rows[constant] = (cells[2], numbers)
        }
        return rows
    }

    @Test func theDocumentedLimitsAreTheSchema() throws {
        let rows = try Self.limitsTable()
        let documented = Self.documented
        #expect(Set(rows.keys) == Set(documented.keys), "table: \(rows.keys.sorted()); expected: \(documented.keys.sorted())")
        for (constant, expected) in documented {
            guard let row = rows[constant] else { continue }
            #expect(Array(row.numbers.prefix(expected.count)) == expected, "\(constant): the table says \(row.value), the schema \(expected)")
        }
        let dates = rows["dateWindowYears"]?.value ?? ""
        #expect(dates.contains("1 January") && dates.contains("31 December"))
        #expect(SubmissionSchema.dateWindow(around: 2000).lowerBound.month == 1 && SubmissionSchema.dateWindow(around: 2000).upperBound.month == 12)
    }

    @Test func theLimitsAreThoseOfTheRestOfTheLibrary() {
        #expect(SubmissionSchema.maximumFileBytes == DocumentLoader.maximumFileBytes)
        #expect(SubmissionSchema.maximumDepth == JSONParser.maximumDepth)
        #expect(SubmissionSchema.maximumStringBytes == JSONParser.maximumStringBytes)
        #expect(SubmissionSchema.maximumNumberCharacters == JSONParser.maximumNumberCharacters)
        #expect(SubmissionSchema.maximumCount == Fact.maximumCount)
        #expect(SubmissionSchema.maximumMagnitude == ExactDecimal.maximumMagnitude)
        #expect(SubmissionSchema.maximumDecimals == ExactDecimal.fractionDigits)
        #expect(
            SubmissionSchema.maximumMagnitudeText == "10^12"
                && SubmissionSchema.maximumMagnitude == ExactDecimal(raw: 1_000_000_000_000 * ExactDecimal.scale))
    }

    @Test func keysAreNumberedInOrderAndFoundByTheirBytes() {
        func check<Key: SchemaKey>(_ type: Key.Type) {
            for (offset, key) in Key.allCases.enumerated() {
                #expect(key.rawValue == offset)
                let bytes = Array(key.name.utf8)
                let found = bytes.withUnsafeBufferPointer { Key.matching($0) }
                #expect(found == key)
            }
            let none = Array("nope".utf8).withUnsafeBufferPointer { Key.matching($0) }
            #expect(none == nil)
        }
        check(SubmissionSchema.TopKey.self)
        check(SubmissionSchema.UnitKey.self)
        check(SubmissionSchema.DocumentKey.self)
        check(SubmissionSchema.CorrectionKey.self)
        #expect(SubmissionDecoder.topKeys == SubmissionSchema.TopKey.names + [SubmissionSchema.labelsKey])
        #expect(
            SubmissionSchema.TopKey.names == [
                "formatVersion", "framework", "year", "unit", "facts", "evidence", "notApplicable", "claimed", "appraisal", "direct", "factSources",
            ])
        #expect(SubmissionSchema.UnitKey.names == ["id", "name", "kind", "province"])
        #expect(SubmissionSchema.DocumentKey.names == ["number", "title", "date", "link"])
        #expect(SubmissionSchema.DocumentKey.allCases.filter(\.isRequired) == [.number, .title])
    }

    /// A string at each limit of `unit` is accepted by both decoders; one character more is
    /// refused by the full validation, and not accepted by the fast path.
    @Test(arguments: [
        ("id", SubmissionSchema.maximumIDLength), ("name", SubmissionSchema.maximumUnitNameLength),
        ("province", SubmissionSchema.maximumProvinceLength),
    ])
    func unitStringsAtTheirLimits(key: String, limit: Int) throws {
        let framework = try Fixtures.framework(
            Fixtures.miniFramework(leaves: "[\(Fixtures.leaf("1.1", max: "1", rule: #"{ "kind": "direct", "source": "survey" }"#))]", fieldMax: "1"))
        let catalog = CriteriaCatalog(frameworks: [framework])
        func submission(_ length: Int) -> String {
            var unit = ["id": "u1", "name": "Sở Thử nghiệm", "province": "Đắk Nông"]
            unit[key] = String(repeating: "a", count: length)
            let members = unit.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \"\($0.value)\"" }.joined(separator: ", ")
            return #"{ "formatVersion": 1, "framework": "mini", "year": 2020, "unit": { \#(members), "kind": "so" } }"#
        }
        #expect(Fixtures.submissionErrors(submission(limit), with: framework).isEmpty)
        #expect(FastPathAgreement.check(Data(submission(limit).utf8), file: "agency.json", catalog: catalog))
        let over = Fixtures.submissionErrors(submission(limit + 1), with: framework)
        #expect(over.map(\.code) == [.valueTooLong], "\(over)")
        #expect(over.first?.arguments["limit"] == .value(limit))
        #expect(!FastPathAgreement.check(Data(submission(limit + 1).utf8), file: "agency.json", catalog: catalog))
    }
}
