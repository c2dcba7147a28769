import Foundation
import Testing

@testable import ParIndexCore
@testable import ParIndexReports

@Suite("Diagnostic codes and their wording")
struct DiagnosticTests {
    /// The root of the package, from this file's place in it.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyCodeHasWordingInBothLanguages() {
        for code in DiagnosticCode.allCases {
            let wording = code.wording
            #expect(!wording.vi.trimmingCharacters(in: .whitespaces).isEmpty, "\(code.rawValue): no Vietnamese")
            #expect(!wording.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(code.rawValue): no English")
        }
    }

    @Test func everyPlaceholderIsADocumentedArgument() {
        for code in DiagnosticCode.allCases {
            let wording = code.wording
            let vi = Set(DiagnosticMessages.placeholders(wording.vi))
            let en = Set(DiagnosticMessages.placeholders(wording.en))
            let documented = Set(wording.arguments)
            #expect(documented.count == wording.arguments.count, "\(code.rawValue): an argument listed twice")
            #expect(vi.isSubset(of: documented), "\(code.rawValue): Vietnamese uses \(vi.subtracting(documented))")
            #expect(en.isSubset(of: documented), "\(code.rawValue): English uses \(en.subtracting(documented))")
            #expect(vi.union(en) == documented, "\(code.rawValue): unused arguments \(documented.subtracting(vi.union(en)))")
        }
    }

    @Test func codesAreUniqueAndNamedByDomain() {
        let raw = DiagnosticCode.allCases.map(\.rawValue)
        #expect(Set(raw).count == raw.count)
        let domains: Set<String> = [
            "message", "file", "batch", "json", "value", "framework", "submission", "criteria", "lint", "score", "plan", "progress", "issuer",
        ]
        for code in raw {
            let parts = code.split(separator: ".")
            #expect(parts.count == 2 && domains.contains(String(parts[0])), "\(code)")
        }
        #expect(DiagnosticCode(rawValue: "submission.partExceedsWhole") == .submissionPartExceedsWhole)
        #expect(DiagnosticCode(rawValue: "no.such") == nil)
    }

    @Test func renderingFillsEveryPlaceholder() {
        for code in DiagnosticCode.allCases {
            var arguments: [String: DiagnosticArgument] = [:]
            for name in code.wording.arguments { arguments[name] = .text(LocalizedText(vi: "‹\(name) vi›", en: "‹\(name) en›")) }
            let diagnostic = Diagnostic(.error, code: code, file: "f.json", path: JSONPath(), arguments: arguments)
            for language in Language.allCases {
                let text = diagnostic.message.text(language)
                #expect(DiagnosticMessages.placeholders(text).isEmpty, "\(code.rawValue): \(text)")
                for name in code.wording.arguments where DiagnosticMessages.placeholders(code.wording.template(language)).contains(name) {
                    #expect(text.contains("‹\(name) \(language.rawValue)›"), "\(code.rawValue) \(language): \(text)")
                }
            }
        }
    }

    @Test func aMissingArgumentShowsItsPlaceholder() {
        let diagnostic = Diagnostic(.warning, code: .scoreMissingData, file: "a.json", path: JSONPath(keys: "facts"), arguments: ["leaf": "1.1"])
        #expect(diagnostic.message.text(.en) == "leaf 1.1: missing {facts}")
    }

    @Test func quotedArgumentsAreEscaped() {
        let diagnostic = Diagnostic(
            .error, code: .valueUnknownKey, file: "a.json", path: JSONPath(keys: "x"), arguments: ["key": "a\"b\u{1B}", "known": "id, name"])
        #expect(diagnostic.message.text(.en) == #"unknown key "a\"b\u001b" (known keys: id, name)"#)
    }

    @Test func scoringWarningsReadAsDocumented() {
        let data = Diagnostic(
            .warning, code: .scoreMissingData, file: "a.json", path: JSONPath(keys: "facts"),
            arguments: ["leaf": "1.1.1", "facts": #"facts["tthc.onTime"], facts["tthc.resolved"]"#])
        #expect(data.message.vi == #"tiêu chí 1.1.1: thiếu dữ kiện facts["tthc.onTime"], facts["tthc.resolved"]"#)
        #expect(data.message.text(.en) == #"leaf 1.1.1: missing facts["tthc.onTime"], facts["tthc.resolved"]"#)
        #expect(data.text(.vi) == #"a.json: cảnh báo: facts: tiêu chí 1.1.1: thiếu dữ kiện facts["tthc.onTime"], facts["tthc.resolved"]"#)
        let evidence = Diagnostic(
            .warning, code: .scoreMissingEvidence, file: "a.json", path: JSONPath(keys: "evidence", "1.1.1"),
            arguments: ["leaf": "1.1.1", "documents": .text(LocalizedText(vi: "Kế hoạch; Báo cáo", en: "Plan; Report"))])
        #expect(evidence.message.vi == "tiêu chí 1.1.1 thiếu tài liệu kiểm chứng: Kế hoạch; Báo cáo")
        #expect(evidence.message.text(.en) == "leaf 1.1.1 lacks evidence: Plan; Report")
        #expect(evidence.text(.en) == #"a.json: warning: evidence["1.1.1"]: leaf 1.1.1 lacks evidence: Plan; Report"#)
    }

    @Test func fileDiagnosticsReadAsBefore() {
        let missing = Diagnostic(.error, code: .batchNoSuchPath, file: "x", path: JSONPath(), arguments: [:])
        #expect(missing.text(.vi) == "x: lỗi: $: không tìm thấy tệp hoặc thư mục")
        #expect(missing.text(.en) == "x: error: $: no such file or folder")
        let unreadable = Diagnostic(.error, code: .fileUnreadable, file: "x", path: JSONPath())
        #expect(unreadable.message == LocalizedText(vi: "không đọc được tệp", en: "cannot read the file"))
        var located = Diagnostic(.error, code: .jsonComment, file: "x.json", path: JSONPath())
        located.location = (2, 5)
        #expect(located.line == 2 && located.column == 5)
        #expect(located.text(.en) == "x.json:2:5: error: $: JSON does not allow comments")
    }

    @Test func unreadableFilesHaveCodes() {
        let missing = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("par-no-such-\(UUID().uuidString).json")
        do {
            _ = try FileReading.read(missing)
            Issue.record("read a missing file")
        } catch {
            #expect(error.diagnostics.map(\.code) == [.fileNotFound])
            #expect(error.kind == .missingInput)
        }
        do {
            _ = try FileReading.read(URL(fileURLWithPath: NSTemporaryDirectory()))
            Issue.record("read a folder")
        } catch {
            #expect(error.diagnostics.map(\.code) == [.fileIsFolder])
        }
        do {
            _ = try DocumentLoader.parse(Data(count: DocumentLoader.maximumFileBytes + 1), file: "big.json")
            Issue.record("parsed a file over the limit")
        } catch {
            #expect(error.diagnostics.map(\.code) == [.fileTooLarge])
            #expect(error.diagnostics.first?.arguments["limit"] == .value(SubmissionSchema.maximumFileBytes))
        }
    }

    @Test func rankingJSONGivesTheCodeOfEachRefusedFile() throws {
        let (files, missing) = BatchScorer.collectFiles(["/no/such/folder-\(UUID().uuidString)"])
        #expect(files.isEmpty)
        #expect(missing.map(\.code) == [.batchNoSuchPath])
        let ranking = Ranker().rank([], frameworks: CriteriaCatalog(frameworks: []), failures: missing, failedFileCount: 1)
        let text = RankingJSON.encode(ranking, language: .en)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let failures = try #require(object["failures"] as? [[String: Any]])
        #expect(failures.first?["code"] as? String == "batch.noSuchPath")
        #expect(failures.first?["message"] as? String == "no such file or folder")
        // Keys in a stable order: file, path, code, message.
        let keys = ["\"file\"", "\"path\"", "\"code\"", "\"message\""].compactMap { text.range(of: $0, options: .backwards)?.lowerBound }
        #expect(keys.count == 4 && keys == keys.sorted())
    }

    /// Every refused file once, with its first error, however many errors and files there are; and
    /// every report writer names each of them.
    @Test func everyReportNamesEveryRefusedFile() throws {
        var failures: [Diagnostic] = []
        for index in 0..<70 {
            let file = "bad-\(index).json"
            for key in ["a", "b", "c"].prefix(index % 3 + 1) {
                failures.append(
                    Diagnostic(
                        .error, code: .valueUnknownKey, file: file, path: JSONPath().appending(key), arguments: ["key": .string(key), "known": "x"]))
            }
        }
        let ranking = Ranker().rank([], frameworks: CriteriaCatalog(frameworks: []), failures: failures, failedFileCount: 70)
        let refused = ranking.refusedFiles
        #expect(refused.map(\.file) == (0..<70).map { "bad-\($0).json" })
        #expect(refused.map(\.errors.count) == (0..<70).map { $0 % 3 + 1 })
        #expect(refused.allSatisfy { $0.firstError.path.description == "a" && $0.errors.first == $0.firstError })
        #expect(RefusedFile(file: "x.json", errors: []) == nil)

        let json = RankingJSON.encode(ranking, language: .en)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let listed = try #require(object["refusedFiles"] as? [[String: Any]])
        #expect(listed.compactMap { $0["file"] as? String } == refused.map(\.file))
        #expect(listed.first?["errors"] as? Int == 1 && listed.last?["errors"] as? Int == 70 % 3)
        #expect(listed.allSatisfy { $0["code"] as? String == "value.unknownKey" && ($0["message"] as? String)?.contains("\"a\"") == true })
        #expect((object["failures"] as? [Any])?.count == failures.count)

        let reports = [
            ("text", RankingText.render(ranking, language: .en)), ("md", RankingMarkdown.render(ranking, language: .en)),
            ("html", RankingHTML.render(ranking, language: .vi)),
            ("xlsx", String(decoding: RankingXLSX.encode(ranking, language: .vi), as: UTF8.self)),
        ]
        for (format, report) in reports {
            for file in refused { #expect(report.contains(file.file + (format == "xlsx" ? "<" : "")), "\(format): \(file.file)") }
        }
        #expect(reports[1].1.contains("## Refused files (70)"))
        #expect(reports[2].1.contains("<h2>Tệp bị loại (70)</h2>"))
        #expect(reports[2].1.contains("và 2 lỗi khác"))
        #expect(reports[3].1.contains("<sheet name=\"Tệp bị loại\""))
        // No failures: no fourth sheet.
        let clean = Ranker().rank([], frameworks: CriteriaCatalog(frameworks: []))
        #expect(!String(decoding: RankingXLSX.encode(clean, language: .vi), as: UTF8.self).contains("Tệp bị loại"))
    }

    @Test func anEmptyCatalogSaysSo() {
        do {
            _ = try Scorer(catalog: CriteriaCatalog(frameworks: [])).validate(data: Data(Fixtures.submission().utf8), file: "a.json")
            Issue.record("validated against no framework")
        } catch {
            #expect(error.diagnostics.map(\.code) == [.frameworkNoneAvailable])
            #expect(error.diagnostics.first?.message.text(.en) == #"unknown framework "mini" (available: none)"#)
            #expect(error.diagnostics.first?.message.vi == #"không có bộ tiêu chí "mini" (hiện có: không có)"#)
        }
    }

    /// The `Diagnostics.md` article lists exactly the codes of the table, with their arguments.
    @Test func theArticleListsEveryCode() throws {
        let url = Self.packageRoot.appendingPathComponent("Sources/ParIndexCore/ParIndexCore.docc/Diagnostics.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var listed: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4 else { continue }
            let code = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            #expect(listed[code] == nil, "\(code) listed twice")
            let arguments = cells[3].split(separator: ";").compactMap { part -> String? in
                let trimmed = part.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("`"), let end = trimmed.dropFirst().firstIndex(of: "`") else { return nil }
                return String(trimmed[trimmed.index(after: trimmed.startIndex)..<end])
            }
            listed[code] = Set(arguments)
        }
        let table = Dictionary(uniqueKeysWithValues: DiagnosticCode.allCases.map { ($0.rawValue, Set($0.wording.arguments)) })
        #expect(
            Set(listed.keys) == Set(table.keys),
            "missing: \(Set(table.keys).subtracting(listed.keys)); extra: \(Set(listed.keys).subtracting(table.keys))")
        for (code, arguments) in table {
            #expect(listed[code] == arguments, "\(code): the article lists \(listed[code] ?? []), the table \(arguments)")
        }
    }
}
