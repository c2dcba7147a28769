import Foundation

/// What a batch makes of each submission, chosen by type: totals only (``UnitResult``, what a
/// ranking needs) or whole scorecards (``Scorecard``, for reports that show every leaf). Both are
/// made by the one kernel from the same slots, so their numbers are the same.
public protocol BatchProduct: Sendable {
    /// Whether the decoder keeps the strings a scorecard shows (document numbers, reasons).
    static var keepsDetails: Bool { get }
    /// The product of a submission's slots, scored with `compiled`.
    static func make(_ compiled: CompiledFramework, _ slots: SubmissionSlots) -> Self
}

extension UnitResult: BatchProduct {
    /// Totals need no strings.
    public static var keepsDetails: Bool { false }
    /// The kernel's totals.
    public static func make(_ compiled: CompiledFramework, _ slots: SubmissionSlots) -> UnitResult { compiled.score(slots) }
}

extension Scorecard: BatchProduct {
    /// A scorecard shows document numbers and reasons.
    public static var keepsDetails: Bool { true }
    /// The kernel's scorecard; its sentences are written when read.
    public static func make(_ compiled: CompiledFramework, _ slots: SubmissionSlots) -> Scorecard { compiled.scorecard(slots) }
}

/// The result of a batch: the products of good files, in input order, and the diagnostics of refused ones.
public struct BatchResult<Product: BatchProduct>: Sendable {
    /// Products of the files that passed validation, in input order.
    public var items: [Product]
    /// Errors of the refused files (at most 20 a file).
    public var failures: [Diagnostic]
    /// How many files were refused.
    public var failedFileCount: Int

    /// An empty result.
    public init(items: [Product] = [], failures: [Diagnostic] = [], failedFileCount: Int = 0) {
        self.items = items
        self.failures = failures
        self.failedFileCount = failedFileCount
    }

    /// Appends another batch's items and failures.
    public mutating func append(_ other: BatchResult<Product>) {
        items += other.items
        failures += other.failures
        failedFileCount += other.failedFileCount
    }
}

extension BatchResult where Product == UnitResult {
    /// The results, for ranking.
    public var results: [UnitResult] { items }
}

extension BatchResult where Product == Scorecard {
    /// The scorecards.
    public var scorecards: [Scorecard] { items }
    /// The scorecards' results, each carrying its scorecard, for ranking.
    public var results: [UnitResult] { items.map(\.result) }
}

/// Scores many submissions, keeping every good one and naming every refused one.
///
/// Files are read and scored on all cores. Each submission is read straight from its bytes by a
/// ``SlotDecoder`` into the slots of its ``CompiledFramework``; a submission that fast path does
/// not take goes through the full validation, from the same bytes, which explains what is wrong or
/// gives the same slots. Either way the one kernel scores the slots into the product asked for
/// (``BatchProduct``): totals, or whole scorecards.
public struct BatchScorer: Sendable {
    /// The scorer used for the full validation.
    public let scorer: Scorer

    /// A batch scorer.
    public init(scorer: Scorer) {
        self.scorer = scorer
    }

    /// A batch scorer over a catalog.
    public init(catalog: CriteriaCatalog) {
        self.scorer = Scorer(catalog: catalog)
    }

    /// The `.json` files of the given paths: files as given, folders searched recursively (hidden
    /// entries skipped), in a stable order. A path that does not exist is reported as a failure.
    ///
    /// In folders, plan and progress files (named `*.plan.json`, `*.progress.json`; see
    /// <doc:PlanFormat>) are not submissions and are left out unless `plans` is set.
    public static func collectFiles(_ paths: [String], plans: Bool = false) -> (files: [String], missing: [Diagnostic]) {
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
            collectJSON(in: path, plans: plans, into: &found)
            files += found.sorted()
        }
        return (files, missing)
    }

    private static func collectJSON(in folder: String, plans: Bool, into found: inout [String]) {
        guard let entries = Platform.folderEntries(folder) else { return }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for (name, isFolder) in entries where !name.hasPrefix(".") {
            let full = prefix + name
            switch isFolder ?? Platform.kind(of: full) {
            case true?: collectJSON(in: full, plans: plans, into: &found)
            case false? where name.hasSuffix(".json") && (plans || !PlanFolder.isPlanFileName(name)) && !name.hasSuffix(".issuer.json"):
                found.append(full)
            default: continue
            }
        }
    }

    /// Scores every file across all cores; a refused file never stops the others. The result is
    /// in file order whatever the scheduling.
    public func score<Product: BatchProduct>(files: [String], as product: Product.Type = UnitResult.self) -> BatchResult<Product> {
        let scorer = self.scorer
        let pool = WorkerPool(scorer.catalog)
        var result = BatchResult<Product>()
        Self.scoreAll(count: files.count, pool: pool, into: &result) { worker, index -> Swift.Result<Product, DiagnosticError> in
            let path = files[index]
            // Files are named in messages and reports as they were given (no URL: making one
            // asks the file system whether the path is a folder).
            let file = path
            guard path != "-",
                let size = Platform.readFile(path, into: &worker.buffer, limit: DocumentLoader.maximumFileBytes, folders: worker.folder)
            else {
                // Standard input, or a file the fast read refused (missing, a folder, too large): the
                // full path reads it and says why.
                return worker.full(scorer) { () throws(DiagnosticError) in (try FileReading.read(URL(fileURLWithPath: path)), file) }
            }
            // The bytes read once serve both paths.
            if let product: Product = worker.fast(size: size, file: file) { return .success(product) }
            let data = worker.buffer.withUnsafeBytes { Data($0[0..<size]) }
            return worker.full(scorer) { () throws(DiagnosticError) in (data, file) }
        }
        return result
    }

    /// Scores one submission per line of NDJSON text, across all cores; blank lines are skipped.
    /// Each line is named `FILE:LINE` in messages.
    public func score<Product: BatchProduct>(ndjson data: Data, file: String, as product: Product.Type = UnitResult.self) -> BatchResult<Product> {
        var lines = LineSplitter()
        var result = BatchResult<Product>()
        let pool = WorkerPool(scorer.catalog)
        data.withUnsafeBytes { buffer in
            let complete = lines.split(buffer, final: true)
            score(lines: complete, in: buffer, file: file, pool: pool, into: &result)
        }
        return result
    }

    /// Scores the NDJSON file at `path` (`-` for standard input) as ``score(ndjson:file:as:)`` does,
    /// reading it in blocks so that memory stays small whatever its size.
    public func score<Product: BatchProduct>(ndjsonFile path: String, as product: Product.Type = UnitResult.self) throws(DiagnosticError)
        -> BatchResult<Product>
    {
        // A missing file or a folder: the same messages as for a single file.
        if path != "-" && Platform.kind(of: path) != false { _ = try FileReading.read(URL(fileURLWithPath: path)) }
        guard let fd = Platform.openForReading(path) else {
            throw DiagnosticError(
                [Diagnostic(.error, code: .fileUnreadable, file: path, path: JSONPath())],
                kind: .missingInput)
        }
        defer { Platform.closeFile(fd) }
        var result = BatchResult<Product>()
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
    private func scoreMapped<Product: BatchProduct>(_ fd: Int32, size: Int, file: String, pool: WorkerPool, into total: inout BatchResult<Product>)
        -> Bool
    {
        let page = Platform.pageSize
        let before = (total.items.count, total.failures.count, total.failedFileCount)
        var lines = LineSplitter()
        var offset = 0  // the first byte not yet scored
        var window = Self.blockSize
        while offset < size {
            let start = offset / page * page
            let length = Swift.min(window, size - start)
            guard let region = Platform.map(fd, offset: start, length: length) else {
                // Undo what was scored: the caller reads the file from the start.
                total.items.removeLast(total.items.count - before.0)
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

    private func score<Product: BatchProduct>(
        lines: [NDJSONLine], in block: UnsafeRawBufferPointer, file: String, pool: WorkerPool, into result: inout BatchResult<Product>
    ) {
        let scorer = self.scorer
        let bytes = SharedBytes(block)
        Self.scoreAll(count: lines.count, pool: pool, into: &result) { worker, index -> Swift.Result<Product, DiagnosticError> in
            let line = lines[index]
            let slice = UnsafeRawBufferPointer(rebasing: bytes.buffer[line.range])
            let name = "\(file):\(line.number)"
            if let product: Product = worker.fast(slice, file: name) { return .success(product) }
            return worker.full(scorer) { () throws(DiagnosticError) in (Data(slice), name) }
        }
    }

    /// Scores `0..<count` on all cores and appends the results and failures to `result` in index
    /// order. Each outcome is moved, never copied, from the worker that made it into `result`.
    private static func scoreAll<Product: BatchProduct>(
        count: Int, pool: WorkerPool, into result: inout BatchResult<Product>,
        _ score: @Sendable (inout Worker, Int) -> Swift.Result<Product, DiagnosticError>
    ) {
        guard count > 0 else { return }
        let outcomes = UnsafeMutableBufferPointer<Swift.Result<Product, DiagnosticError>>.allocate(capacity: count)
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
        result.items.reserveCapacity(result.items.count + count)
        for index in 0..<count {
            switch outcomes.moveElement(from: index) {
            case .success(let product): result.items.append(product)
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

/// What one thread keeps between submissions: its compiled frameworks, decoder and read buffer.
private struct Worker {
    let compiled: [CompiledFramework]
    var decoder: SlotDecoder
    var buffer: [UInt8] = []
    let folder = OpenFolder()

    init(_ compiled: [CompiledFramework]) {
        self.compiled = compiled
        decoder = SlotDecoder(frameworks: compiled)
    }

    /// The product of the first `size` bytes of the buffer, when the fast decoder takes them.
    mutating func fast<Product: BatchProduct>(size: Int, file: String) -> Product? {
        var decoder = self.decoder
        defer { self.decoder = decoder }
        return buffer.withUnsafeBytes { all in
            decoder.decode(UnsafeRawBufferPointer(rebasing: all[0..<size]), file: file, details: Product.keepsDetails).map(Product.make)
        }
    }

    /// The product of `bytes`, when the fast decoder takes them.
    mutating func fast<Product: BatchProduct>(_ bytes: UnsafeRawBufferPointer, file: String) -> Product? {
        decoder.decode(bytes, file: file, details: Product.keepsDetails).map(Product.make)
    }

    /// The product through the full validation of the bytes `read` gives, scored with this
    /// worker's own compiled framework.
    func full<Product: BatchProduct>(_ scorer: Scorer, _ read: () throws(DiagnosticError) -> (Data, String)) -> Swift.Result<Product, DiagnosticError>
    {
        do throws(DiagnosticError) {
            let (data, file) = try read()
            let (submission, framework) = try scorer.validate(data: data, file: file)
            let compiled = compiled.first { $0.framework.id == framework.id } ?? CompiledFramework(framework)
            return .success(Product.make(compiled, SubmissionSlots(submission, compiled: compiled, details: Product.keepsDetails)))
        } catch {
            return .failure(error)
        }
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
private struct SharedOutcomes<Product>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Swift.Result<Product, DiagnosticError>>
    init(_ buffer: UnsafeMutableBufferPointer<Swift.Result<Product, DiagnosticError>>) { self.buffer = buffer }
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
