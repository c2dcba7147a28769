import Foundation
import Testing

/// The messages of issue 11's "Why", reproduced as a new user typed them, through the built
/// par-score: each says what to fix, Vietnamese by default and English with `--lang en`, and names
/// the fact by its title as well as its code.
@Suite("Messages that say what to fix, end to end")
struct MessagesTests {
    static let example = "Examples/so-y-te-dak-nong-2020.json"

    /// The example with one edit, written to a temporary file.
    static func edited(_ replace: String, with replacement: String, in folder: URL) throws -> String {
        let text = try String(contentsOf: ParScoreRunner.root.appendingPathComponent(example), encoding: .utf8)
        #expect(text.contains(replace), "the example has no \(replace)")
        let path = folder.appendingPathComponent("agency.json").path
        try Data(text.replacingOccurrences(of: replace, with: replacement).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// One user's mistake and the words each language must use to name its fix.
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var replace: String
        var with: String
        var vi: [String]
        var en: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "raw comma decimal", replace: #""finance.investmentAllocated": 85400"#, with: #""finance.investmentAllocated": 41830,5"#,
            vi: ["dùng dấu chấm thập phân: 41830.5", "finance.investmentAllocated", "Kế hoạch vốn đầu tư công"],
            en: ["use a decimal point: 41830.5", "Public investment capital allocated"]),
        Case(
            name: "percentage in quotes for a count", replace: #""tthc.onTime": 1240"#, with: #""tthc.onTime": "96,5%""#,
            vi: ["nhập số hồ sơ TTHC giải quyết đúng hạn", "không nhập tỷ lệ phần trăm", "không có dấu ngoặc kép", "(tthc.onTime)"],
            en: ["not the percentage \"96,5%\"", "a whole number", "without quotes", "Procedure files resolved on time (tthc.onTime)"]),
        Case(
            name: "percentage without quotes for a count", replace: #""tthc.onTime": 1240"#, with: #""tthc.onTime": 96,5%"#,
            vi: ["không nhập tỷ lệ phần trăm", "Số hồ sơ TTHC giải quyết đúng hạn (tthc.onTime)"], en: ["not the percentage \"96,5%\""]),
        Case(
            name: "percentage as a number for a count", replace: #""tthc.onTime": 1240"#, with: #""tthc.onTime": 96.5"#,
            vi: ["không nhập tỷ lệ phần trăm"], en: ["not a percentage"]),
        Case(
            name: "quotes pasted from Word", replace: #""tthc.onTime": 1240"#, with: "“tthc.onTime”: 1240",
            vi: ["dấu ngoặc kiểu Word “", "agency.json:33:5:", "thay mọi dấu “ ” ‘ ’"], en: ["a word processor's quote “", "agency.json:33:5:"]),
        Case(
            name: "misspelt fact", replace: #""tthc.onTime": 1240"#, with: #""tthc.onTme": 1240"#,
            vi: [#"có phải "tthc.onTime" (Số hồ sơ TTHC giải quyết đúng hạn)?"#],
            en: [#"did you mean "tthc.onTime" (Procedure files resolved on time)?"#]),
        Case(
            name: "misspelt leaf", replace: "\"claimed\": {\n    \"1.1.1\": 1.5", with: "\"claimed\": {\n    \"1.1.11\": 1.5",
            vi: [#"có phải "1.1.1""#], en: [#"did you mean "1.1.1""#]),
        Case(
            name: "misspelt document", replace: #""plan.cchc": {"#, with: #""plan.cchcc": {"#,
            vi: [#"có phải "plan.cchc" (Kế hoạch CCHC năm)?"#], en: [#"did you mean "plan.cchc""#]),
        Case(
            name: "misspelt framework", replace: #""framework": "so-seeds""#, with: #""framework": "so-seed""#,
            vi: [#"có phải "so-seeds""#], en: [#"did you mean "so-seeds""#]),
    ]

    @Test(arguments: cases)
    func eachMistakeNamesItsFix(_ entry: Case) throws {
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.edited(entry.replace, with: entry.with, in: folder)
        for (language, words) in [("vi", entry.vi), ("en", entry.en)] {
            for command in [["validate", path], [path]] {
                let result = try ParScoreRunner.run(command + ["--lang", language])
                #expect(result.status == 65, "\(entry.name) \(language): exit \(result.status)")
                #expect(result.stderr.split(separator: "\n").count == 1, "\(entry.name): one round, one message: \(result.stderr)")
                for word in words {
                    #expect(
                        result.stderr.contains(word.replacingOccurrences(of: "agency.json", with: path)),
                        "\(entry.name) \(language): \(word) in \(result.stderr)")
                }
            }
        }
    }

    /// A missing fact that costs points: a warning with the points lost and a summary line, exit
    /// 0; with `--strict`, an error and exit 65.
    @Test func aMissingFactCostsPointsAndStrictRefusesIt() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.edited("\"tthc.early\": 796,\n", with: "", in: folder)
        let vi = try ParScoreRunner.run(["validate", path])
        #expect(vi.status == 0)
        #expect(vi.stdout.contains("cảnh báo"))
        #expect(vi.stdout.contains(#"Số hồ sơ TTHC giải quyết trước hạn (facts["tthc.early"]); mất"#), "\(vi.stdout)")
        #expect(vi.stdout.contains("Tổng: thiếu dữ kiện làm mất"), "\(vi.stdout)")
        #expect(vi.stdout.contains("--strict"))
        let en = try ParScoreRunner.run(["validate", path, "--lang", "en"])
        #expect(en.stdout.contains("points lost") && en.stdout.contains("In all: missing data costs"), "\(en.stdout)")
        for command in [["validate", path, "--strict"], [path, "--strict"]] {
            let strict = try ParScoreRunner.run(command)
            #expect(strict.status == 65, "\(command): exit \(strict.status)")
            #expect(strict.stderr.contains("lỗi: facts: tiêu chí"), "\(strict.stderr)")
            #expect(strict.stderr.contains("Tổng: thiếu dữ kiện làm mất"))
        }
        let scorecard = try ParScoreRunner.run([path])
        #expect(scorecard.status == 0)
        #expect(scorecard.stdout.contains("Tổng: thiếu dữ kiện làm mất"))
    }

    /// `validate` takes folders as `rank` does.
    @Test func validateTakesAFolder() throws {
        let result = try ParScoreRunner.run(["validate", "Examples"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Examples/so-y-te-dak-nong-2020.json: hợp lệ"))
        #expect(result.stdout.contains("9 tệp: 9 hợp lệ, 0 không đạt"))
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try ParScoreRunner.run(["validate", folder.path, "--lang", "en"])
        #expect(empty.status == 66)
        #expect(empty.stderr.contains("holds no .json submission"))
    }

    /// Usage errors in the user's language, pointing at the subcommand's help.
    @Test func usageErrorsPointAtTheSubcommandsHelp() throws {
        let vi = try ParScoreRunner.run(["rank", "--bogus"])
        #expect(vi.status == 64)
        #expect(vi.stderr.contains("tùy chọn không hợp lệ --bogus"))
        #expect(vi.stderr.contains("Xem: par-score rank --help"))
        #expect(!vi.stderr.contains("unknown option"))
        let en = try ParScoreRunner.run(["validate", "--bogus", "--lang", "en"])
        #expect(en.stderr.contains("unknown option --bogus") && en.stderr.contains("See: par-score validate --help"), "\(en.stderr)")
        let template = try ParScoreRunner.run(["template", "--framework", "so-seed"])
        #expect(template.status == 64)
        #expect(template.stderr.contains(#"có phải "so-seeds"?"#) && template.stderr.contains("Xem: par-score template --help"), "\(template.stderr)")
        let show = try ParScoreRunner.run(["criteria", "show", "so-sed", "--lang", "en"])
        #expect(show.status == 64)
        #expect(show.stderr.contains(#"did you mean "so-seeds"?"#) && show.stderr.contains("See: par-score criteria --help"), "\(show.stderr)")
    }
}
