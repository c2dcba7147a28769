import Foundation
import Testing

/// `rank` never counts a unit twice (folders, NDJSON, `--prefer newer`), and `--lineage` compares
/// renamed and merged units with what they were.
@Suite("A unit ranked once, and its lineage, end to end", .serialized)
struct RankOnceTests {
    static let ministries = ParScoreRunner.root.appendingPathComponent("Tests/Fixtures/ministries-2023")
    static let lineageFolder = ParScoreRunner.root.appendingPathComponent("Tests/Fixtures/lineage")

    /// The 17 ministries in a temporary folder, `bo-noi-vu.json` also copied as `bo-noi-vu-copy.json`.
    static func folderWithTwice() throws -> URL {
        let folder = try ParScoreRunner.temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: ministries.path) where name.hasSuffix(".json") {
            try FileManager.default.copyItem(at: ministries.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("bo-noi-vu.json"), to: folder.appendingPathComponent("bo-noi-vu-copy.json"))
        return folder
    }

    static func setModified(_ url: URL, _ seconds: TimeInterval) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: seconds)], ofItemAtPath: url.path)
    }

    static func units(_ data: Data) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (object["tables"] as? [[String: Any]] ?? []).flatMap { $0["units"] as? [[String: Any]] ?? [] }
    }

    @Test func theSameUnitTwiceInAFolderIsRefusedNamingBothFiles() throws {
        let folder = try Self.folderWithTwice()
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["text", "json"] {
            let run = try ParScoreRunner.run(["rank", folder.path, "--format", format, "--lang", "en"])
            #expect(run.status == 1, "exit \(run.status): \(run.stderr)")
            let lines = run.stderr.split(separator: "\n").filter { $0.contains("batch.duplicateUnit") || $0.contains("is also in") }
            #expect(lines.count == 2, "\(run.stderr)")
            #expect(lines.contains { $0.hasPrefix(folder.path + "/bo-noi-vu.json:") && $0.contains("bo-noi-vu-copy.json") })
            #expect(lines.contains { $0.hasPrefix(folder.path + "/bo-noi-vu-copy.json:") && $0.contains("/bo-noi-vu.json") })
            #expect(run.stderr.contains("2 files refused; 16 units ranked"))
            if format == "json" {
                let units = try Self.units(run.stdoutData)
                #expect(units.count == 16)
                #expect(!units.contains { $0["id"] as? String == "bo-noi-vu" })
                let object = try #require(try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any])
                let refused = try #require(object["refusedFiles"] as? [[String: Any]])
                #expect(refused.compactMap { $0["code"] as? String } == ["batch.duplicateUnit", "batch.duplicateUnit"])
            }
        }
        // Vietnamese first.
        let vi = try ParScoreRunner.run(["rank", folder.path])
        #expect(vi.status == 1)
        #expect(vi.stderr.contains("một đơn vị không được xếp hạng hai lần"))
    }

    @Test func preferNewerRanksTheNewerFileAndNamesTheOther() throws {
        let folder = try Self.folderWithTwice()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = folder.appendingPathComponent("bo-noi-vu.json")
        let copy = folder.appendingPathComponent("bo-noi-vu-copy.json")
        for (newer, older) in [(copy, original), (original, copy)] {
            try Self.setModified(older, 1_700_000_000)
            try Self.setModified(newer, 1_700_000_100)
            let run = try ParScoreRunner.run(["rank", folder.path, "--prefer", "newer", "--format", "json", "--lang", "en"])
            #expect(run.status == 0, "exit \(run.status): \(run.stderr)")
            #expect(run.stderr.contains(older.path + ": warning: $: not ranked: " + newer.path), "\(run.stderr)")
            let units = try Self.units(run.stdoutData)
            #expect(units.count == 17)
            #expect(units.filter { $0["id"] as? String == "bo-noi-vu" }.compactMap { $0["file"] as? String } == [newer.path])
            let object = try #require(try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any])
            let warnings = try #require(object["warnings"] as? [[String: Any]])
            #expect(warnings.compactMap { $0["file"] as? String } == [older.path])
            // The text and Markdown reports name it too.
            let text = try ParScoreRunner.run(["rank", folder.path, "--prefer", "newer", "--lang", "en"])
            #expect(text.stdout.contains("FILES LEFT OUT FOR A NEWER ONE (1):\n  " + older.path + ": warning"), "\(text.stdout.suffix(400))")
            let md = try ParScoreRunner.run(["rank", folder.path, "--prefer", "newer", "--format", "md"])
            #expect(md.stdout.contains("## Tệp không xếp hạng vì có tệp mới hơn (1)"))
        }
        // Equally new: neither can be preferred.
        try Self.setModified(original, 1_700_000_000)
        try Self.setModified(copy, 1_700_000_000)
        let same = try ParScoreRunner.run(["rank", folder.path, "--prefer", "newer", "--lang", "en"])
        #expect(same.status == 1)
        #expect(same.stderr.components(separatedBy: "modified at the same time").count == 3, "\(same.stderr)")
        let bad = try ParScoreRunner.run(["rank", folder.path, "--prefer", "older"])
        #expect(bad.status == 64)
    }

    @Test func theSameUnitTwiceInNDJSONAndBesideAFileIsRefused() throws {
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Self.ministries.appendingPathComponent("bo-noi-vu.json"), encoding: .utf8)
        let line = text.replacingOccurrences(of: "\n", with: "")
        let other = try String(contentsOf: Self.ministries.appendingPathComponent("bo-tu-phap.json"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: "")
        let ndjson = folder.appendingPathComponent("units.ndjson")
        try (line + "\n" + other + "\n" + line + "\n").write(to: ndjson, atomically: true, encoding: .utf8)
        let run = try ParScoreRunner.run(["rank", "--ndjson", ndjson.path, "--format", "json", "--lang", "en"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains(ndjson.path + ":1: error: $: unit \"bo-noi-vu\""), "\(run.stderr)")
        #expect(run.stderr.contains(ndjson.path + ":3: error: $: unit \"bo-noi-vu\""), "\(run.stderr)")
        #expect(try Self.units(run.stdoutData).count == 1)
        // The later line of one NDJSON file is the newer.
        let newer = try ParScoreRunner.run(["rank", "--ndjson", ndjson.path, "--prefer", "newer", "--format", "json", "--lang", "en"])
        #expect(newer.status == 0, "\(newer.stderr)")
        #expect(try Self.units(newer.stdoutData).compactMap { $0["file"] as? String }.contains(ndjson.path + ":3"))
        #expect(newer.stderr.contains(ndjson.path + ":1: warning"))
        // On standard input too: the later line is the newer.
        let piped = try ParScoreRunner.run(
            ["rank", "--ndjson", "-", "--prefer", "newer", "--format", "json", "--lang", "en"], input: try Data(contentsOf: ndjson))
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stderr.contains("-:1: warning: $: not ranked: -:3"), "\(piped.stderr)")
        // A file and an NDJSON line for the same unit, on the fast path (totals) and with scorecards.
        for extra in [[], ["--scorecards"]] {
            let both = try ParScoreRunner.run(
                ["rank", Self.ministries.appendingPathComponent("bo-tu-phap.json").path, "--ndjson", ndjson.path, "--format", "json", "--lang", "en"]
                    + extra)
            #expect(both.status == 1)
            #expect(both.stderr.contains("bo-tu-phap.json: error: $: unit \"bo-tu-phap\""), "\(both.stderr)")
            #expect(both.stderr.contains(ndjson.path + ":2: error"), "\(both.stderr)")
        }
    }

    /// Last year: the ministries in 2022, with the Ministry of Home Affairs scoring what the
    /// Ministry of Justice scores (89.96, rank 1, tied with it).
    static func previousYear() throws -> URL {
        let folder = try ParScoreRunner.temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: ministries.path) where name.hasSuffix(".json") {
            var text = try String(contentsOf: ministries.appendingPathComponent(name), encoding: .utf8)
            if name == "bo-noi-vu.json" {
                text = try String(contentsOf: ministries.appendingPathComponent("bo-tu-phap.json"), encoding: .utf8)
                    .replacingOccurrences(of: "\"id\": \"bo-tu-phap\"", with: "\"id\": \"bo-noi-vu\"")
                    .replacingOccurrences(of: "\"name\": \"Bộ Tư pháp\"", with: "\"name\": \"Bộ Nội vụ\"")
            }
            try text.replacingOccurrences(of: "\"year\": 2023", with: "\"year\": 2022")
                .write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// This year: the ministries of 2023, the Ministry of Home Affairs renamed `bo-noi-vu-moi`, and
    /// Finance merged with Planning and Investment as `bo-tai-chinh-moi`.
    static func currentYear() throws -> URL {
        let folder = try ParScoreRunner.temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: ministries.path) where name.hasSuffix(".json") {
            guard name != "bo-ke-hoach-va-dau-tu.json" else { continue }
            let text = try String(contentsOf: ministries.appendingPathComponent(name), encoding: .utf8)
                .replacingOccurrences(of: "\"id\": \"bo-noi-vu\"", with: "\"id\": \"bo-noi-vu-moi\"")
                .replacingOccurrences(of: "\"id\": \"bo-tai-chinh\"", with: "\"id\": \"bo-tai-chinh-moi\"")
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func lineageGivesARenamedUnitItsChangeOfIndexAndRank() throws {
        let (previous, current) = (try Self.previousYear(), try Self.currentYear())
        defer {
            try? FileManager.default.removeItem(at: previous)
            try? FileManager.default.removeItem(at: current)
        }
        let lineage = Self.lineageFolder.appendingPathComponent("renamed.lineage.json").path
        // Without the lineage: a warning for each unit whose id changed, and no change shown.
        let plain = try ParScoreRunner.run(["rank", current.path, "--previous", previous.path, "--format", "json", "--lang", "en"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr.contains("unit \"bo-noi-vu-moi\" has no result in --previous"), "\(plain.stderr)")
        #expect(plain.stderr.contains("unit \"bo-tai-chinh-moi\" has no result in --previous"), "\(plain.stderr)")
        #expect(plain.stderr.components(separatedBy: "has no result").count == 3)
        let before = try Self.units(plain.stdoutData).first { $0["id"] as? String == "bo-noi-vu-moi" }
        #expect(before?["previous"] is NSNull)

        let run = try ParScoreRunner.run([
            "rank", current.path, "--previous", previous.path, "--lineage", lineage, "--format", "json", "--lang", "en",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("has no result"), "\(run.stderr)")
        let units = try Self.units(run.stdoutData)
        let renamed = try #require(units.first { $0["id"] as? String == "bo-noi-vu-moi" })
        let previousResult = try #require(renamed["previous"] as? [String: Any])
        #expect(renamed["rank"] as? Int == 4)
        #expect(previousResult["rank"] as? Int == 1)
        #expect(previousResult["rankChange"] as? Int == -3)
        #expect((previousResult["index"] as? NSNumber)?.decimalValue == Decimal(string: "89.96"))
        #expect((previousResult["indexChange"] as? NSNumber)?.decimalValue == Decimal(string: "-2.93"))
        // Merged: the plain mean of Finance (89.18) and Planning and Investment (last year's indices).
        let merged = try #require(units.first { $0["id"] as? String == "bo-tai-chinh-moi" })
        let mergedPrevious = try #require(merged["previous"] as? [String: Any])
        let all = try Self.units(try ParScoreRunner.run(["rank", previous.path, "--format", "json"]).stdoutData)
        let finance = try #require(all.first { $0["id"] as? String == "bo-tai-chinh" }?["index"] as? NSNumber).decimalValue
        let planning = try #require(all.first { $0["id"] as? String == "bo-ke-hoach-va-dau-tu" }?["index"] as? NSNumber).decimalValue
        let mean = (finance + planning) / 2
        let got = try #require(mergedPrevious["index"] as? NSNumber).decimalValue
        #expect(abs(NSDecimalNumber(decimal: got - mean).doubleValue) < 0.000_001, "\(got) vs \(mean)")
        let higher = all.filter { (($0["indexRounded"] as? NSNumber)?.decimalValue ?? 0) > mean }.count
        #expect(mergedPrevious["rank"] as? Int == higher + 1)

        // The text report shows the change too.
        let text = try ParScoreRunner.run(["rank", current.path, "--previous", previous.path, "--lineage", lineage, "--lang", "en"])
        let line = try #require(text.stdout.split(separator: "\n").first { $0.contains("Bộ Nội vụ") })
        #expect(line.contains("89.96") && line.contains("-2.93") && line.contains("-3"), "\(line)")
    }

    @Test func hostileLineageFilesAreRefusedNamingTheFileAndThePlace() throws {
        let cases: [(String, Int32, String)] = [
            ("truncated.lineage.json", 65, ":1:85: error: units[0].to: truncated JSON"),
            ("wrong-kind.lineage.json", 65, "error: kind: expected a \"lineage\" file"),
            ("newer-format.lineage.json", 65, "error: formatVersion: the file uses format version 2"),
            ("empty-from.lineage.json", 65, "error: units[0].from: \"from\" needs at least one former unit id"),
            ("duplicate-to.lineage.json", 65, "error: units[1].to: duplicate id \"b\""),
            ("from-not-a-list.lineage.json", 65, "error: units[0].from: expected an array"),
            ("bad-id.lineage.json", 65, "error: units[0].from[0]: invalid id"),
            ("unknown-key.lineage.json", 65, "error: units[0].weight: unknown key"),
            ("utf16.lineage.json", 65, "UTF-16"),
            ("deep.lineage.json", 65, "nested deeper than 128 levels"),
            ("no-such.lineage.json", 66, "no such file"),
        ]
        for (name, status, message) in cases {
            let path = "Tests/Fixtures/lineage/" + name
            let run = try ParScoreRunner.run([
                "rank", "Tests/Fixtures/ministries-2023", "--previous", "Tests/Fixtures/ministries-2023", "--lineage", path, "--lang", "en",
            ])
            #expect(!run.signalled)
            #expect(run.status == status, "\(name): exit \(run.status) \(run.stderr)")
            #expect(run.stderr.contains(path) && run.stderr.contains(message), "\(name): \(run.stderr)")
            #expect(run.stdout.isEmpty, "\(name): nothing is written when the lineage is refused")
        }
        // Oversized.
        let folder = try ParScoreRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.lineage.json")
        try Data(
            ("{\"formatVersion\": 1, \"kind\": \"lineage\", \"note\": \"" + String(repeating: "x", count: 9_000_000) + "\", \"units\": []}").utf8
        ).write(to: big)
        let run = try ParScoreRunner.run([
            "rank", "Tests/Fixtures/ministries-2023", "--previous", "Tests/Fixtures/ministries-2023", "--lineage", big.path, "--lang", "en",
        ])
        #expect(run.status == 65 && run.stderr.contains("more than the limit"), "\(run.stderr)")
        // Without --previous the lineage has nothing to compare.
        let alone = try ParScoreRunner.run(["rank", "Tests/Fixtures/ministries-2023", "--lineage", "Tests/Fixtures/lineage/renamed.lineage.json"])
        #expect(alone.status == 64)
    }
}
