import Foundation
import ParIndexReports
import ParIndexTestSupport
import Testing

@testable import ParIndexCore

/// Mutation fuzzing of the three example submissions, in process: byte mutations (flips, inserts,
/// deletes, duplicated chunks, truncation) and structure mutations (values of another type, huge
/// and negative numbers, deep arrays, removed and duplicated keys). Every case must be scored or
/// refused with diagnostics; a crash ends the test process.
///
/// - `PAR_FUZZ_CASES` (default 20,000): the number of cases; `PAR_FUZZ_CASES=1000000 swift test
///   --filter FuzzTests` is the long run.
/// - `PAR_FUZZ_SEED` (default fixed): the seed. Case `i` depends only on the seed and `i`.
/// - `PAR_FUZZ_CASE=i`: runs case `i` alone and writes its bytes to `fuzz-case-i.json` in the
///   temporary folder, to reproduce a crash.
/// - `PAR_FUZZ_TRACE=1`: prints each case number before running it, so that a crash log shows
///   the case to reproduce.
@Suite("Fuzzing")
struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = environment["PAR_FUZZ_CASES"].flatMap(Int.init) ?? 20_000
    static let seed = environment["PAR_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x4655_5A5A_2020_0004
    static let workers = 4

    /// Tokens that are likely to reach interesting states of the parser and the validator.
    static let tokens: [[UInt8]] =
        [
            "{", "}", "[", "]", "\"", "\\", ",", ":", "-", "0", ".", "e", "E+", "1e999", "-1e-999", "NaN", "Infinity", "null", "true",
            "\\u0000", "\\ud800", "\\udc00\\ud800", "\\uD83D\\uDE00", "//", "/*", "\u{FEFF}", "99999999999999999999999999999999999",
            "0.000000000000000000000000000000000000001", "\"2020-02-30\"", "\"31/12/2019\"", "\"1.240\"", "\"96,5%\"",
            "\"formatVersion\": 2,", "\"framework\": \"../x\",", "\"year\": 2020,", "\t", "\r\n", "\n\n\n",
        ].map { Array($0.utf8) } + [
            [0x00], [0xFF], [0xFE, 0xFF], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0xC3], [0xC3, 0x28], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80],
            [0xED, 0xA0, 0x80], [0x80],
        ]

    /// Replacement values for structure mutations, as JSON text.
    static let values: [String] = [
        "null", "true", "false", "0", "-0", "-1", "-3", "1.5", "-0.25", "1e3", "1E-3", "2000000000", "1000000000", "1000000001",
        "18446744073709551616", "123456789012345678901234567890", "1234567890123456789012345678901", "1e30", "1e31", "1e-40", "1e-41",
        "1e400", "-1e400", "0.1", "99.99", "100", "100.0000000000000000000000000001", "\"\"", "\"   \"", "\"1.240\"", "\"96,5%\"",
        "\"2020-12-31\"", "\"2019-02-29\"", "\"2020-02-29\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"A\"", "\"Z\"", "\"so\"", "\"bo\"",
        "\"so-seeds\"", "\"tinh-2948-2017\"", "\"bo-876-2022\"", "\"../../etc/passwd\"", "\"S\u{1EDF} Y t\u{1EBF}\"",
        "\"Se\u{031B}\u{0309} Y te\u{0302}\u{0301}\"", "\"\u{202E}evil\u{200B}\"", "\"\\u0000\"", "[]", "{}", "[1, 2, 3]", "{\"points\": 1}",
        "{\"points\": 1, \"reason\": \"x\"}", "{\"points\": -1, \"reason\": \"x\"}", "{\"number\": \"1\", \"title\": \"t\"}",
    ]

    /// A mutable JSON tree that can hold duplicate keys.
    indirect enum Tree {
        case scalar(String)
        case array([Tree])
        case object([(String, Tree)])

        init(_ value: JSONValue) {
            switch value {
            case .null: self = .scalar("null")
            case .bool(let b): self = .scalar(b ? "true" : "false")
            case .number(let n): self = .scalar(n)
            case .string(let s): self = .scalar(JSONWriter.quoted(s))
            case .array(let a): self = .array(a.map(Tree.init))
            case .object(let o): self = .object(o.entries.map { ($0.key, Tree($0.value)) })
            }
        }

        func write(into text: inout String) {
            switch self {
            case .scalar(let s): text += s
            case .array(let items):
                text += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { text += "," }
                    item.write(into: &text)
                }
                text += "]"
            case .object(let members):
                text += "{"
                for (i, (key, value)) in members.enumerated() {
                    if i > 0 { text += ",\n" }
                    text += JSONWriter.quoted(key) + ":"
                    value.write(into: &text)
                }
                text += "}"
            }
        }

        /// The number of nodes.
        var size: Int {
            switch self {
            case .scalar: 1
            case .array(let items): 1 + items.reduce(0) { $0 + $1.size }
            case .object(let members): 1 + members.reduce(0) { $0 + $1.1.size }
            }
        }

        /// Applies `change` to the node at pre-order position `target`.
        mutating func mutate(at target: Int, _ change: (inout Tree) -> Void) {
            var position = target
            visit(&position, change)
        }

        private mutating func visit(_ position: inout Int, _ change: (inout Tree) -> Void) {
            if position == 0 {
                change(&self)
                position = -1
                return
            }
            position -= 1
            switch self {
            case .scalar: return
            case .array(var items):
                for i in items.indices where position >= 0 { items[i].visit(&position, change) }
                self = .array(items)
            case .object(var members):
                for i in members.indices where position >= 0 { members[i].1.visit(&position, change) }
                self = .object(members)
            }
        }
    }

    let scorer: Scorer
    let examples: [(name: String, bytes: [UInt8], tree: Tree)]

    init() throws {
        scorer = Scorer(catalog: try Fixtures.catalog())
        examples = try ["so-y-te-dak-nong-2020.json", "so-gddt-hoa-binh-2020.json", "so-khdt-tuyen-quang-2023.json"].map { name in
            let data = try Data(contentsOf: Fixtures.examples.appendingPathComponent(name))
            return (name, [UInt8](data), Tree(try JSONParser.parse(data)))
        }
    }

    // MARK: Mutations

    func byteMutation(_ bytes: inout [UInt8], _ rng: inout SplitMix64) {
        let position = { (rng: inout SplitMix64, count: Int) in Int.random(in: 0...Swift.max(count, 0), using: &rng) }
        switch Int.random(in: 0..<7, using: &rng) {
        case 0 where !bytes.isEmpty:  // flip one bit
            bytes[Int.random(in: 0..<bytes.count, using: &rng)] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &rng)
        case 1 where !bytes.isEmpty:  // set a random byte
            bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
        case 2:  // insert a token
            bytes.insert(contentsOf: rng.pick(Self.tokens), at: position(&rng, bytes.count))
        case 3 where !bytes.isEmpty:  // delete a range
            let start = Int.random(in: 0..<bytes.count, using: &rng)
            bytes.removeSubrange(start..<Swift.min(bytes.count, start + Int.random(in: 1...40, using: &rng)))
        case 4 where !bytes.isEmpty:  // duplicate a chunk somewhere else
            let start = Int.random(in: 0..<bytes.count, using: &rng)
            let chunk = Array(bytes[start..<Swift.min(bytes.count, start + Int.random(in: 1...400, using: &rng))])
            bytes.insert(contentsOf: chunk, at: position(&rng, bytes.count))
        case 5:  // truncate
            bytes.removeSubrange(position(&rng, bytes.count)...)
        default:  // change one digit
            for _ in 0..<20 where !bytes.isEmpty {
                let i = Int.random(in: 0..<bytes.count, using: &rng)
                if (0x30...0x39).contains(bytes[i]) {
                    bytes[i] = UInt8.random(in: 0x30...0x39, using: &rng)
                    break
                }
            }
        }
    }

    func structureMutation(_ tree: inout Tree, _ rng: inout SplitMix64) {
        let target = Int.random(in: 0..<tree.size, using: &rng)
        let kind = Int.random(in: 0..<9, using: &rng)
        var local = rng
        tree.mutate(at: target) { node in
            switch kind {
            case 0, 1:  // another value, often of another type
                node = .scalar(local.pick(Self.values))
            case 2:  // a number made huge, negative or fractional
                if case .scalar(let s) = node, let first = s.first, first == "-" || first.isNumber {
                    node = .scalar(local.pick(["-" + s, s + "0000000000000000000000000", s + ".5", s + "e40", "-" + s + "e-50", s + "1"]))
                } else {
                    node = .scalar(local.pick(["-1", "1e400", "99999999999999999999999999999999"]))
                }
            case 3:  // deep arrays around the value, near the parser's limit
                let depth = local.pick([10, 126, 127, 128, 129, 200])
                node = .scalar(String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth))
            case 4:  // remove a key
                if case .object(var members) = node, !members.isEmpty {
                    members.remove(at: Int.random(in: 0..<members.count, using: &local))
                    node = .object(members)
                }
            case 5:  // duplicate a key, with the same or another value
                if case .object(var members) = node, !members.isEmpty {
                    let member = local.pick(members)
                    members.insert(
                        (member.0, local.chance(0.5) ? member.1 : .scalar(local.pick(Self.values))),
                        at: Int.random(in: 0...members.count, using: &local))
                    node = .object(members)
                }
            case 6:  // add an unknown or look-alike key
                if case .object(var members) = node {
                    let key = local.pick([
                        "comments", "1.1.1", "9.9.9", "1.1", "tthc.onTime", "tthc.ontime", "", " ", "facts", "__proto__", "x\u{0}y", "Sở",
                    ])
                    members.append((key, .scalar(local.pick(Self.values))))
                    node = .object(members)
                }
            case 7:  // wrap in an array or an object
                node = local.chance(0.5) ? .array([node]) : .object([("value", node)])
            default:  // a long string
                node = .scalar(
                    JSONWriter.quoted(String(repeating: local.pick(["a", "ở", "\u{0301}", "🇻🇳"]), count: local.pick([301, 2001, 70_000]))))
            }
        }
        rng = local
    }

    /// The bytes of case `index`: depends only on the seed and the index.
    func input(_ index: Int) -> (source: String, bytes: [UInt8], structural: Bool) {
        var rng = SplitMix64(seed: Self.seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        let example = rng.pick(examples)
        let rounds = rng.pick([1, 1, 1, 2, 3, 5])
        if rng.chance(0.45) {
            var tree = example.tree
            for _ in 0..<rounds { structureMutation(&tree, &rng) }
            var text = ""
            tree.write(into: &text)
            var bytes = Array(text.utf8)
            if rng.chance(0.1) { byteMutation(&bytes, &rng) }
            return (example.name, bytes, true)
        }
        var bytes = example.bytes
        for _ in 0..<rounds { byteMutation(&bytes, &rng) }
        return (example.name, bytes, false)
    }

    struct Counts {
        var cases = 0, accepted = 0, refused = 0, structural = 0, structuralAccepted = 0, syntax = 0, fastAccepted = 0
        var problems: [String] = []

        mutating func add(_ other: Counts) {
            cases += other.cases
            accepted += other.accepted
            refused += other.refused
            structural += other.structural
            structuralAccepted += other.structuralAccepted
            syntax += other.syntax
            fastAccepted += other.fastAccepted
            problems += other.problems
        }
    }

    /// Runs one case and checks its outcome.
    func run(_ index: Int, into counts: inout Counts) {
        let (source, bytes, structural) = input(index)
        let file = "fuzz-\(index).json"
        counts.cases += 1
        if structural { counts.structural += 1 }
        if FastPathAgreement.check(Data(bytes), file: file, catalog: scorer.catalog) { counts.fastAccepted += 1 }
        do {
            let card = try scorer.score(data: Data(bytes), file: file)
            counts.accepted += 1
            if structural { counts.structuralAccepted += 1 }
            if !((card.index.map { $0 >= 0 && $0 <= 100 } ?? true) && card.total >= 0 && card.total <= card.applicableMaximum) {
                counts.problems.append(
                    "case \(index) (\(source)): index \(String(describing: card.index)), total \(card.total) of \(card.applicableMaximum)")
            }
            if index % 97 == 0 { _ = ScorecardJSON.encode(card, language: .vi) }
        } catch {
            counts.refused += 1
            let errors = error.diagnostics.filter { $0.severity == .error }
            if errors.isEmpty {
                counts.problems.append("case \(index) (\(source)): refused without an error")
            } else if errors.contains(where: { $0.location != nil }) {
                counts.syntax += 1
            }
            for diagnostic in errors
            where diagnostic.file != file || diagnostic.message.vi.isEmpty || diagnostic.message.text(.en).isEmpty
                || Set(diagnostic.arguments.keys) != Set(diagnostic.code.wording.arguments)
            {
                counts.problems.append("case \(index) (\(source)): \(diagnostic.description.prefix(200))")
            }
        }
        if index % 50 == 0 {
            // The same bytes as NDJSON lines, as `par-score rank --ndjson` reads them.
            let result = BatchScorer(scorer: scorer).score(ndjson: Data(bytes), file: file)
            _ = result.results.count + result.failedFileCount
        }
    }

    @Test(.timeLimit(.minutes(60)))
    func mutatedExamplesNeverCrash() throws {
        if let only = Self.environment["PAR_FUZZ_CASE"].flatMap(Int.init) {
            let (_, bytes, _) = input(only)
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-case-\(only).json")
            try Data(bytes).write(to: url)
            print("fuzz: case \(only) written to \(url.path)")
            var counts = Counts()
            run(only, into: &counts)
            #expect(counts.problems.isEmpty, "\(counts.problems)")
            return
        }
        let trace = Self.environment["PAR_FUZZ_TRACE"] == "1"
        let clock = ContinuousClock()
        let start = clock.now
        let lock = NSLock()
        nonisolated(unsafe) var total = Counts()
        let workers = Self.workers
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var counts = Counts()
            for index in stride(from: worker, to: Self.cases, by: workers) {
                if trace { FileHandle.standardError.write(Data("fuzz case \(index)\n".utf8)) }
                run(index, into: &counts)
            }
            lock.lock()
            total.add(counts)
            lock.unlock()
        }
        let elapsed = clock.now - start
        print(
            "fuzz: \(total.cases) cases (seed \(Self.seed)), \(total.accepted) accepted, \(total.refused) refused (\(total.syntax) as invalid JSON), 0 crashes; \(total.structural) structure mutations (\(total.structuralAccepted) accepted); \(total.fastAccepted) accepted by the batch fast path, each with the full scorer's result; \(elapsed)"
        )
        #expect(total.cases == Self.cases)
        #expect(total.accepted + total.refused == total.cases)
        #expect(total.problems.isEmpty, "\(total.problems.prefix(20).joined(separator: "\n"))")
        // The mutations must reach past the parser: some cases are scored, many are refused by validation.
        if Self.cases >= 1_000 {
            #expect(total.accepted > Self.cases / 100, "too few cases reach scoring")
            #expect(total.refused - total.syntax > Self.cases / 10, "too few cases reach validation")
        }
    }

    /// Every byte-level truncation of one example is refused, never scored as something else.
    @Test func everyTruncationIsRefused() throws {
        let bytes = examples[0].bytes
        let end = bytes.lastIndex(of: UInt8(ascii: "}")) ?? bytes.count
        var refused = 0
        for length in stride(from: 0, to: end, by: 7) {
            do {
                _ = try scorer.score(data: Data(bytes[0..<length]), file: "t.json")
                Issue.record("a truncation to \(length) bytes was scored")
            } catch {
                refused += 1
                if !error.diagnostics.contains(where: { $0.file == "t.json" && $0.severity == .error }) { Issue.record("length \(length): no error") }
            }
        }
        print("fuzz: \(refused) truncations refused")
    }
}
