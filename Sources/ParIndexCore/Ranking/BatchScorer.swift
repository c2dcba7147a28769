import Foundation

/// Scores many submission files, keeping every good one and naming every refused one.
public struct BatchScorer: Sendable {
    /// The scorer used for each file.
    public var scorer: Scorer

    /// A batch scorer.
    public init(scorer: Scorer) {
        self.scorer = scorer
    }

    /// The result of a batch: the scorecards of good files and the diagnostics of refused ones.
    public struct Result: Sendable {
        /// Scorecards of the files that passed validation, in file order.
        public var scorecards: [Scorecard]
        /// Errors of the refused files.
        public var failures: [Diagnostic]
        /// How many files were refused.
        public var failedFileCount: Int
    }

    /// The `.json` files of the given paths: files as given, folders searched recursively, in a
    /// stable order. A path that does not exist is reported as a failure.
    public static func collectFiles(_ paths: [String]) -> (files: [String], missing: [Diagnostic]) {
        var files: [String] = []
        var missing: [Diagnostic] = []
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path == "-" || fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(Diagnostic(.error, file: path, path: JSONPath(), LocalizedText(vi: "không tìm thấy tệp hoặc thư mục", en: "no such file or folder")))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            var found: [String] = []
            if let enumerator = fileManager.enumerator(atPath: path) {
                while let relative = enumerator.nextObject() as? String {
                    if relative.hasSuffix(".json") && !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                        let full = (path as NSString).appendingPathComponent(relative)
                        var sub: ObjCBool = false
                        if fileManager.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { found.append(full) }
                    }
                }
            }
            files += found.sorted()
        }
        return (files, missing)
    }

    /// Scores every file; a refused file never stops the others.
    public func score(files: [String]) -> Result {
        var cards: [Scorecard] = []
        var failures: [Diagnostic] = []
        var failed = 0
        for file in files {
            do {
                cards.append(try scorer.score(file: URL(fileURLWithPath: file)))
            } catch {
                failed += 1
                failures += error.diagnostics.filter { $0.severity == .error }.prefix(20)
            }
        }
        return Result(scorecards: cards, failures: failures, failedFileCount: failed)
    }

    /// Scores one submission per line of NDJSON text; blank lines are skipped. Each line is named
    /// `FILE:LINE` in messages.
    public func score(ndjson data: Data, file: String) -> Result {
        var cards: [Scorecard] = []
        var failures: [Diagnostic] = []
        var failed = 0
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                cards.append(try scorer.score(data: Data(line), file: "\(file):\(lineNumber)"))
            } catch {
                failed += 1
                failures += error.diagnostics.filter { $0.severity == .error }.prefix(20)
            }
        }
        return Result(scorecards: cards, failures: failures, failedFileCount: failed)
    }
}
