/// What a ranking does with two files for the same unit, framework and year.
public enum DuplicatePolicy: String, Sendable, CaseIterable {
    /// Both files are refused and named (the default): a unit is never ranked twice.
    case refuse
    /// The newer file is ranked and the other named (`--prefer newer`); see ``FileAge``.
    case newer
}

/// How new a submission is, for ``DuplicatePolicy/newer``: the modification time of its file (the
/// submission format has no date of its own), then, for lines of one NDJSON file, the line number
/// (a later line is newer).
public struct FileAge: Sendable, Comparable, Hashable {
    /// Seconds since 1970.
    public var seconds: Int64
    /// Nanoseconds past `seconds`.
    public var nanoseconds: Int64
    /// The line of an NDJSON file; 0 for a file of its own.
    public var line: Int

    /// An age.
    public init(seconds: Int64, nanoseconds: Int64, line: Int = 0) {
        (self.seconds, self.nanoseconds, self.line) = (seconds, nanoseconds, line)
    }

    /// Older first.
    public static func < (a: FileAge, b: FileAge) -> Bool {
        (a.seconds, a.nanoseconds, a.line) < (b.seconds, b.nanoseconds, b.line)
    }

    /// The age of a result's `file` as the batch names it: a path, or `PATH:LINE` for a line of
    /// the NDJSON file at PATH (`-:LINE` for standard input: the line alone). `nil` when the file
    /// cannot be found.
    public static func of(_ file: String) -> FileAge? {
        if let time = Platform.modificationTime(file) { return FileAge(seconds: time.seconds, nanoseconds: time.nanoseconds) }
        guard let colon = file.lastIndex(of: ":"), let line = Int(file[file.index(after: colon)...]) else { return nil }
        let path = String(file[..<colon])
        // Lines read from standard input have no file time: their order alone tells them apart.
        if path == "-" { return FileAge(seconds: 0, nanoseconds: 0, line: line) }
        guard let time = Platform.modificationTime(path) else { return nil }
        return FileAge(seconds: time.seconds, nanoseconds: time.nanoseconds, line: line)
    }
}

/// Makes sure no unit is ranked twice: results with the same unit kind, unit id, framework and
/// year are refused together, or, with ``DuplicatePolicy/newer``, the newest is kept.
///
/// The outcome never depends on the order of the input: refused files are listed in the order of
/// the results, and the newest is chosen by ``FileAge`` alone (equal ages refuse every copy).
public enum UnitDeduplication {
    /// What is left of a batch once duplicates are resolved.
    public struct Outcome: Sendable {
        /// The results to rank, in input order.
        public var kept: [UnitResult]
        /// Errors naming each refused file and the file it clashes with.
        public var refused: [Diagnostic]
        /// How many files were refused.
        public var refusedCount: Int
        /// Warnings naming each file left out for a newer one.
        public var superseded: [Diagnostic]
    }

    private struct Key: Hashable {
        var kind: UnitKind
        var id: String
        var framework: String
        var year: Int
    }

    /// Resolves the duplicates of `results` by `policy`; `age` says how new a result's file is
    /// (``FileAge/of(_:)`` by default).
    public static func resolve(
        _ results: [UnitResult], policy: DuplicatePolicy, age: (String) -> FileAge? = FileAge.of
    ) -> Outcome {
        var groups: [Key: [Int]] = [:]
        for (index, result) in results.enumerated() {
            groups[Key(kind: result.unit.kind, id: result.unit.id, framework: result.frameworkID, year: result.year), default: []].append(index)
        }
        var dropped = Set<Int>()
        var refused: [(Int, Diagnostic)] = []
        var superseded: [(Int, Diagnostic)] = []
        for members in groups.values where members.count > 1 {
            let first = results[members[0]]
            func arguments(_ other: String) -> [String: DiagnosticArgument] {
                ["unit": .string(first.unit.id), "year": .value(first.year), "framework": .string(first.frameworkID), "other": .string(other)]
            }
            if policy == .newer {
                let ages = members.map { age(results[$0].file) }
                if ages.allSatisfy({ $0 != nil }), let newest = ages.compactMap({ $0 }).max(),
                    ages.filter({ $0 == newest }).count == 1, let keep = members.first(where: { age(results[$0].file) == newest })
                {
                    for member in members where member != keep {
                        dropped.insert(member)
                        superseded.append(
                            (
                                member,
                                Diagnostic(
                                    .warning, code: .batchSupersededUnit, file: results[member].file, path: JSONPath(),
                                    arguments: ["unit": .string(first.unit.id), "year": .value(first.year), "newer": .string(results[keep].file)])
                            ))
                    }
                    continue
                }
            }
            let code: DiagnosticCode = policy == .newer ? .batchDuplicateSameAge : .batchDuplicateUnit
            for member in members {
                dropped.insert(member)
                let others = members.filter { $0 != member }.map { results[$0].file }.joined(separator: ", ")
                var args = arguments(others)
                if code == .batchDuplicateSameAge { args["framework"] = nil }
                refused.append((member, Diagnostic(.error, code: code, file: results[member].file, path: JSONPath(), arguments: args)))
            }
        }
        guard !dropped.isEmpty else { return Outcome(kept: results, refused: [], refusedCount: 0, superseded: []) }
        let kept = results.indices.filter { !dropped.contains($0) }.map { results[$0] }
        return Outcome(
            kept: kept, refused: refused.sorted { $0.0 < $1.0 }.map(\.1), refusedCount: refused.count,
            superseded: superseded.sorted { $0.0 < $1.0 }.map(\.1))
    }
}
