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
                missing.append(
                    Diagnostic(
                        .error, file: path, path: JSONPath(), LocalizedText(vi: "không tìm thấy tệp hoặc thư mục", en: "no such file or folder")))
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

    /// Scores every file across all cores; a refused file never stops the others. The result is
    /// in file order whatever the scheduling.
    public func score(files: [String]) -> Result {
        let scorer = self.scorer
        let outcomes = Self.parallelMap(count: files.count) { index -> Swift.Result<Scorecard, DiagnosticError> in
            do throws(DiagnosticError) {
                return .success(try scorer.score(file: URL(fileURLWithPath: files[index])))
            } catch {
                return .failure(error)
            }
        }
        return Self.collect(outcomes)
    }

    /// Scores one submission per line of NDJSON text, across all cores; blank lines are skipped.
    /// Each line is named `FILE:LINE` in messages.
    public func score(ndjson data: Data, file: String) -> Result {
        var lines: [(number: Int, range: Range<Int>)] = []
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var start = 0
            var number = 1
            for (offset, byte) in buffer.enumerated() where byte == UInt8(ascii: "\n") {
                lines.append((number, start..<offset))
                start = offset + 1
                number += 1
            }
            if start < buffer.count { lines.append((number, start..<buffer.count)) }
        }
        lines.removeAll { line in
            data[data.startIndex + line.range.lowerBound..<data.startIndex + line.range.upperBound].allSatisfy {
                $0 == 0x20 || $0 == 0x09 || $0 == 0x0D
            }
        }
        let scorer = self.scorer
        let nonBlank = lines
        let outcomes = Self.parallelMap(count: nonBlank.count) { index -> Swift.Result<Scorecard, DiagnosticError> in
            let line = nonBlank[index]
            let bytes = data[data.startIndex + line.range.lowerBound..<data.startIndex + line.range.upperBound]
            do throws(DiagnosticError) {
                return .success(try scorer.score(data: Data(bytes), file: "\(file):\(line.number)"))
            } catch {
                return .failure(error)
            }
        }
        return Self.collect(outcomes)
    }

    private static func collect(_ outcomes: [Swift.Result<Scorecard, DiagnosticError>]) -> Result {
        var cards: [Scorecard] = []
        var failures: [Diagnostic] = []
        var failed = 0
        cards.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            switch outcome {
            case .success(let card): cards.append(card)
            case .failure(let error):
                failed += 1
                failures += error.diagnostics.filter { $0.severity == .error }.prefix(20)
            }
        }
        return Result(scorecards: cards, failures: failures, failedFileCount: failed)
    }

    /// `transform(0..<count)` computed on all cores, in index order.
    static func parallelMap<T: Sendable>(count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        let slots = Slots<T>(count: count)
        let chunks = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var index = chunk
            while index < count {
                slots.set(index, transform(index))
                index += chunks
            }
        }
        return slots.values()
    }
}

/// Result slots written once each by concurrent workers, read after all of them finished.
private final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func values() -> [T] {
        storage.compactMap { $0 }
    }
}
