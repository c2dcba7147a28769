import Foundation

/// Scores many submissions, keeping every good one and naming every refused one.
///
/// Files are read and scored on all cores. Without explanations (``Scorer/explanations`` off),
/// each submission is read straight from its bytes by a ``SlotDecoder`` and scored by its
/// ``CompiledFramework``; a submission the fast path does not take goes through the full
/// validation, which explains what is wrong or scores it. With explanations, every unit gets its
/// whole ``Scorecard``. The numbers are the same either way.
public struct BatchScorer: Sendable {
    /// The scorer used for each file.
    public let scorer: Scorer

    /// A batch scorer.
    public init(scorer: Scorer) {
        self.scorer = scorer
    }

    /// The result of a batch: the results of good files and the diagnostics of refused ones.
    public struct Result: Sendable {
        /// Results of the files that passed validation, in input order.
        public var results: [UnitResult]
        /// Errors of the refused files (at most 20 a file).
        public var failures: [Diagnostic]
        /// How many files were refused.
        public var failedFileCount: Int

        /// The whole scorecards, when the scorer writes explanations.
        public var scorecards: [Scorecard] { results.compactMap(\.scorecard) }
    }

    /// The `.json` files of the given paths: files as given, folders searched recursively (hidden
    /// entries skipped), in a stable order. A path that does not exist is reported as a failure.
    public static func collectFiles(_ paths: [String]) -> (files: [String], missing: [Diagnostic]) {
        var files: [String] = []
        var missing: [Diagnostic] = []
        for path in paths {
            guard path == "-" || Platform.kind(of: path) != nil else {
                missing.append(
                    Diagnostic(.error, code: .batchNoSuchPath, file: path, path: JSONPath()))
                continue
            }
            guard path != "-", Platform.kind(of: path) == true else {
                files.append(path)
                continue
            }
            var found: [String] = []
            collectJSON(in: path, into: &found)
            files += found.sorted()
        }
        return (files, missing)
    }

    private static func collectJSON(in folder: String, into found: inout [String]) {
        guard let entries = Platform.folderEntries(folder) else { return }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for (name, isFolder) in entries where !name.hasPrefix(".") {
            let full = prefix + name
            switch isFolder ?? Platform.kind(of: full) {
            case true?: collectJSON(in: full, into: &found)
            case false? where name.hasSuffix(".json"): found.append(full)
            default: continue
            }
        }
    }

    /// Scores every file across all cores; a refused file never stops the others. The result is
    /// in file order whatever the scheduling.
    public func score(files: [String]) -> Result {
        let scorer = self.scorer
        let pool = WorkerPool(scorer.catalog)
        var result = Result(results: [], failures: [], failedFileCount: 0)
        Self.scoreAll(count: files.count, pool: pool, into: &result) { worker, index -> Swift.Result<UnitResult, DiagnosticError> in
            let path = files[index]
            // Files are named in messages and reports as they were given (no URL: making one
            // asks the file system whether the path is a folder).
            let file = path
            if !scorer.explanations, path != "-",
                let size = Platform.readFile(path, into: &worker.buffer, limit: DocumentLoader.maximumFileBytes, folders: worker.folder),
                let result = worker.fastResult(size: size, file: file)
            {
                return .success(result)
            }
            return Self.fullResult(scorer) { () throws(DiagnosticError) in
                try scorer.score(data: try FileReading.read(URL(fileURLWithPath: path)), file: file)
            }
        }
        return result
    }

    /// Scores one submission per line of NDJSON text, across all cores; blank lines are skipped.
    /// Each line is named `FILE:LINE` in messages.
    public func score(ndjson data: Data, file: String) -> Result {
        var lines = LineSplitter()
        var result = Result(results: [], failures: [], failedFileCount: 0)
        let pool = WorkerPool(scorer.catalog)
        data.withUnsafeBytes { buffer in
            let complete = lines.split(buffer, final: true)
            score(lines: complete, in: buffer, file: file, pool: pool, into: &result)
        }
        return result
    }

    /// Scores the NDJSON file at `path` (`-` for standard input) as ``score(ndjson:file:)`` does,
    /// reading it in blocks so that memory stays small whatever its size.
    public func score(ndjsonFile path: String) throws(DiagnosticError) -> Result {
        // A missing file or a folder: the same messages as for a single file.
        if path != "-" && Platform.kind(of: path) != false { _ = try FileReading.read(URL(fileURLWithPath: path)) }
        guard let fd = Platform.openForReading(path) else {
            throw DiagnosticError(
                [Diagnostic(.error, code: .fileUnreadable, file: path, path: JSONPath())],
                kind: .missingInput)
        }
        defer { Platform.closeFile(fd) }
        var result = Result(results: [], failures: [], failedFileCount: 0)
        let pool = WorkerPool(scorer.catalog)
        if let size = Platform.regularFileSize(fd), scoreMapped(fd, size: size, file: path, pool: pool, into: &result) { return result }
        var buffer = [UInt8](repeating: 0, count: Self.blockSize)
        var filled = 0
        var lines = LineSplitter()
        while true {
            if filled == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }  // one line longer than a block
            guard let n = Platform.readFully(fd, into: &buffer, offset: filled, capacity: buffer.count - filled) else {
                throw DiagnosticError(
                    [Diagnostic(.error, code: .fileUnreadable, file: path, path: JSONPath())],
                    kind: .missingInput)
            }
            filled += n
            let final = n == 0
            let consumed = buffer.withUnsafeBytes { all -> Int in
                let block = UnsafeRawBufferPointer(rebasing: all[0..<filled])
                let complete = lines.split(block, final: final)
                score(lines: complete, in: block, file: path, pool: pool, into: &result)
                return lines.consumed
            }
            if final { break }
            // Keep the unfinished last line at the start of the buffer.
            buffer.withUnsafeMutableBytes { all in
                if consumed < filled, let base = all.baseAddress { base.copyMemory(from: base + consumed, byteCount: filled - consumed) }
            }
            filled -= consumed
            lines.consumed = 0
        }
        return result
    }

    /// Scores a regular NDJSON file through windows of memory mapped one after the other, so
    /// that its bytes are never copied and only one window is resident at a time. `false` when
    /// the system would not map it (nothing was scored then).
    private func scoreMapped(_ fd: Int32, size: Int, file: String, pool: WorkerPool, into total: inout Result) -> Bool {
        let page = Platform.pageSize
        let before = (total.results.count, total.failures.count, total.failedFileCount)
        var lines = LineSplitter()
        var offset = 0  // the first byte not yet scored
        var window = Self.blockSize
        while offset < size {
            let start = offset / page * page
            let length = Swift.min(window, size - start)
            guard let region = Platform.map(fd, offset: start, length: length) else {
                // Undo what was scored: the caller reads the file from the start.
                total.results.removeLast(total.results.count - before.0)
                total.failures.removeLast(total.failures.count - before.1)
                total.failedFileCount = before.2
                return false
            }
            defer { Platform.unmap(region) }
            let block = UnsafeRawBufferPointer(rebasing: region[(offset - start)...])
            let final = start + length == size
            let complete = lines.split(block, final: final)
            if lines.consumed == 0 && !final {
                window *= 2  // a line longer than the window
                continue
            }
            score(lines: complete, in: block, file: file, pool: pool, into: &total)
            offset += lines.consumed
            lines.consumed = 0
            if final { break }
        }
        return true
    }

    /// The block read at a time from an NDJSON file.
    static let blockSize = 32 << 20

    private func score(lines: [NDJSONLine], in block: UnsafeRawBufferPointer, file: String, pool: WorkerPool, into result: inout Result) {
        let scorer = self.scorer
        let bytes = SharedBytes(block)
        Self.scoreAll(count: lines.count, pool: pool, into: &result) { worker, index -> Swift.Result<UnitResult, DiagnosticError> in
            let line = lines[index]
            let slice = UnsafeRawBufferPointer(rebasing: bytes.buffer[line.range])
            let name = "\(file):\(line.number)"
            if !scorer.explanations, let result = worker.fastResult(slice, file: name) { return .success(result) }
            return Self.fullResult(scorer) { () throws(DiagnosticError) in try scorer.score(data: Data(slice), file: name) }
        }
    }

    private static func fullResult(_ scorer: Scorer, _ score: () throws(DiagnosticError) -> Scorecard) -> Swift.Result<UnitResult, DiagnosticError> {
        do throws(DiagnosticError) {
            var result = try score().result
            if !scorer.explanations { result.scorecard = nil }
            return .success(result)
        } catch {
            return .failure(error)
        }
    }

    /// Scores `0..<count` on all cores and appends the results and failures to `result` in index
    /// order. Each outcome is moved, never copied, from the worker that made it into `result`.
    private static func scoreAll(
        count: Int, pool: WorkerPool, into result: inout Result, _ score: @Sendable (inout Worker, Int) -> Swift.Result<UnitResult, DiagnosticError>
    ) {
        guard count > 0 else { return }
        let outcomes = UnsafeMutableBufferPointer<Swift.Result<UnitResult, DiagnosticError>>.allocate(capacity: count)
        defer { outcomes.deallocate() }
        let shared = SharedOutcomes(outcomes)
        let chunks = Swift.min(count, pool.states.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var index = chunk
            while index < count {
                shared.buffer.initializeElement(at: index, to: score(&pool.states[chunk], index))
                index += chunks
            }
        }
        result.results.reserveCapacity(result.results.count + count)
        for index in 0..<count {
            switch outcomes.moveElement(from: index) {
            case .success(let unit): result.results.append(unit)
            case .failure(let error):
                result.failedFileCount += 1
                result.failures += error.diagnostics.filter { $0.severity == .error }.prefix(20)
            }
        }
    }

    /// The number of pieces a parallel job is cut into: a few per core, so that cores that finish
    /// early take more.
    static var chunkCount: Int { ProcessInfo.processInfo.activeProcessorCount * 4 }

    /// `transform(0..<count)` computed on all cores, in index order, each worker with its own state.
    static func parallelMap<T: Sendable, State>(count: Int, state: @Sendable () -> State, _ transform: @Sendable (inout State, Int) -> T) -> [T] {
        let pool = StatePool(count: Swift.min(count, chunkCount), state)
        return parallelMap(count: count, pool: pool, transform)
    }

    /// `transform(0..<count)` computed on all cores, in index order; piece k of the job uses the
    /// pool's k-th state, so no two threads touch the same one.
    static func parallelMap<T: Sendable, State>(count: Int, pool: StatePool<State>, _ transform: @Sendable (inout State, Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map { transform(&pool.states[0], $0) } }
        let slots = Slots<T>(count: count)
        let chunks = Swift.min(count, pool.states.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var done: [(Int, T)] = []
            done.reserveCapacity(count / chunks + 1)
            var index = chunk
            while index < count {
                done.append((index, transform(&pool.states[chunk], index)))
                index += chunks
            }
            slots.set(done)
        }
        return slots.values()
    }
}

/// One state per piece of a parallel job, kept across jobs. Piece k uses `states[k]` only.
final class StatePool<State>: @unchecked Sendable {
    let states: UnsafeMutableBufferPointer<State>

    init(count: Int, _ make: () -> State) {
        states = .allocate(capacity: Swift.max(count, 1))
        for k in 0..<states.count { states.initializeElement(at: k, to: make()) }
    }

    deinit {
        states.deinitialize().deallocate()
    }
}

/// The workers of a batch: each compiles the frameworks for itself, so that threads never share a
/// reference count while they score.
private typealias WorkerPool = StatePool<Worker>

extension StatePool where State == Worker {
    fileprivate convenience init(_ catalog: CriteriaCatalog) {
        self.init(count: BatchScorer.chunkCount) { Worker(catalog.frameworks.map(CompiledFramework.init)) }
    }
}

/// What one thread keeps between submissions: its decoder and read buffer.
private struct Worker {
    var decoder: SlotDecoder
    var buffer: [UInt8] = []
    let folder = OpenFolder()

    init(_ compiled: [CompiledFramework]) {
        decoder = SlotDecoder(frameworks: compiled)
    }

    mutating func fastResult(size: Int, file: String) -> UnitResult? {
        var decoder = self.decoder
        defer { self.decoder = decoder }
        return buffer.withUnsafeBytes { all in
            decoder.decode(UnsafeRawBufferPointer(rebasing: all[0..<size]), file: file).map { framework, slots in framework.score(slots) }
        }
    }

    mutating func fastResult(_ bytes: UnsafeRawBufferPointer, file: String) -> UnitResult? {
        decoder.decode(bytes, file: file).map { framework, slots in framework.score(slots) }
    }
}

/// A line of NDJSON: its 1-based number and its bytes.
struct NDJSONLine: Sendable {
    var number: Int
    var range: Range<Int>
}

/// Splits blocks of NDJSON into lines, counting line numbers across blocks and skipping blank lines.
struct LineSplitter {
    /// The number of the next line.
    var nextNumber = 1
    /// How many bytes of the last block the returned lines used.
    var consumed = 0

    /// The complete non-blank lines of `block`; with `final`, the last line needs no newline.
    mutating func split(_ block: UnsafeRawBufferPointer, final: Bool) -> [NDJSONLine] {
        var lines: [NDJSONLine] = []
        var start = 0
        if let base = block.baseAddress {
            while start < block.count, let found = memchr(base + start, 0x0A, block.count - start) {
                let offset = base.distance(to: UnsafeRawPointer(found))
                add(start..<offset, of: block, to: &lines)
                start = offset + 1
            }
        }
        if final && start < block.count {
            add(start..<block.count, of: block, to: &lines)
            start = block.count
        }
        consumed = start
        return lines
    }

    private mutating func add(_ range: Range<Int>, of block: UnsafeRawBufferPointer, to lines: inout [NDJSONLine]) {
        defer { nextNumber += 1 }
        for k in range where block[k] != 0x20 && block[k] != 0x09 && block[k] != 0x0D {
            lines.append(NDJSONLine(number: nextNumber, range: range))
            return
        }
    }
}

/// Outcome slots written by the workers, each slot by one worker only.
private struct SharedOutcomes: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Swift.Result<UnitResult, DiagnosticError>>
    init(_ buffer: UnsafeMutableBufferPointer<Swift.Result<UnitResult, DiagnosticError>>) { self.buffer = buffer }
}

/// Bytes shared read-only with the workers while they score them.
private struct SharedBytes: @unchecked Sendable {
    let buffer: UnsafeRawBufferPointer
    init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }
}

/// Result slots written by concurrent workers, read after all of them finished.
private final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ values: [(Int, T)]) {
        lock.lock()
        for (index, value) in values { storage[index] = value }
        lock.unlock()
    }

    func values() -> [T] {
        storage.compactMap { $0 }
    }
}
