import Foundation

/// Reads dossier records from CSV (RFC 4180, UTF-8, an optional byte-order mark, comma-separated,
/// CRLF or LF), streamed in 4 MB chunks. Strict: a stray quote, an unterminated quoted field, a
/// row with another number of fields than the header, or bytes that are not UTF-8 refuse the file,
/// naming the line. Empty lines are skipped. See <doc:DossierRecords>.
public struct CSVRecordReader {
    /// The chunk size.
    static let chunkSize = 1 << 22
    /// The longest record accepted (bytes).
    public static let maximumRecordBytes = 1 << 20
    /// The most columns accepted.
    public static let maximumColumns = 1000

    private let file: String
    private let mapping: RecordMapping
    private var columnField: [Int8] = []
    private var columns = 0
    private var line = 1
    private let slots = FieldSlots(capacity: CSVRecordReader.maximumColumns + 1)
    private var starts: UnsafeMutablePointer<Int> { slots.starts }
    private var ends: UnsafeMutablePointer<Int> { slots.ends }
    private var escaped: UnsafeMutablePointer<Bool> { slots.escaped }
    private var fields: [RecordField?] = []

    /// A reader of `file` (the name used in messages) under `mapping`.
    public init(file: String, mapping: RecordMapping) {
        self.file = file
        self.mapping = mapping
    }

    private func failure(_ line: Int, _ vi: String, _ en: String) -> RecordFileError {
        RecordFileError(RecordProblem(file: file, line: line, kind: .malformedFile, message: LocalizedText(vi: vi, en: en)))
    }

    /// Reads every record of `url`, handing each to `sink`.
    public mutating func read<S: RecordSink>(contentsOf url: URL, values: inout RecordValues, into sink: inout S) throws(RecordFileError) {
        let chunks = try RecordFileChunks(url, file: file)
        defer { chunks.close() }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(Self.chunkSize + 4096)
        var first = true
        while true {
            let chunk = try chunks.next(line: line)
            let eof = chunk.isEmpty
            buffer.append(contentsOf: chunk)
            if first {
                if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { buffer.removeFirst(3) }
                if buffer.count >= 2, (buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF) {
                    throw failure(1, "tệp là UTF-16; hãy lưu lại dưới dạng CSV UTF-8", "the file is UTF-16; save it again as CSV UTF-8")
                }
                first = false
            }
            var problem: RecordFileError?
            let consumed = buffer.withUnsafeMutableBufferPointer { b -> Int in
                do throws(RecordFileError) { return try parse(b, eof: eof, values: &values, sink: &sink) } catch {
                    problem = error
                    return 0
                }
            }
            if let problem { throw problem }
            if consumed > 0 { buffer.removeFirst(consumed) }
            if buffer.count > Self.maximumRecordBytes {
                throw failure(line, "một bản ghi dài quá 1 MB (có thể thiếu dấu \" đóng)", "a record longer than 1 MB (a closing \" may be missing)")
            }
            if eof { break }
        }
        if columns == 0 { throw failure(1, "tệp rỗng: cần một dòng tiêu đề", "empty file: a header row is needed") }
    }

    /// Parses the complete records of `b`; returns the bytes consumed.
    private mutating func parse<S: RecordSink>(_ mb: UnsafeMutableBufferPointer<UInt8>, eof: Bool, values: inout RecordValues, sink: inout S)
        throws(RecordFileError) -> Int
    {
        let b = UnsafeBufferPointer(mb)
        let count = b.count
        var pos = 0
        while pos < count {
            let recordStart = pos
            var i = pos
            var newlines = 0
            var field = 0
            var complete = false
            fields: while true {
                let fieldStart = i
                var fieldEnd = i
                var hasEscapes = false
                if i < count && b[i] == 0x22 {
                    i += 1
                    while true {
                        if i >= count {
                            if eof { throw failure(line, "dấu \" mở ở dòng này không được đóng", "the \" opened on this line is never closed") }
                            return recordStart
                        }
                        let c = b[i]
                        if c == 0x22 {
                            if i + 1 < count {
                                if b[i + 1] == 0x22 {
                                    hasEscapes = true
                                    i += 2
                                    continue
                                }
                            } else if !eof {
                                return recordStart
                            }
                            i += 1
                            break
                        }
                        if c == 0x0A { newlines += 1 }
                        i += 1
                    }
                    store(field, fieldStart + 1, i - 1, hasEscapes)
                    if i >= count {
                        if !eof { return recordStart }
                        complete = true
                        break fields
                    }
                    let c = b[i]
                    if c == 0x2C {
                        i += 1
                        field += 1
                        continue fields
                    }
                    if c == 0x0A || (c == 0x0D && i + 1 < count && b[i + 1] == 0x0A) {
                        i += c == 0x0A ? 1 : 2
                        complete = true
                        break fields
                    }
                    if c == 0x0D && i + 1 >= count && !eof { return recordStart }
                    throw failure(
                        line + newlines, "ký tự sau dấu \" đóng của trường \(field + 1); cần dấu phẩy hoặc xuống dòng",
                        "a character after the closing \" of field \(field + 1); expected a comma or a line break")
                }
                while i < count {
                    let c = b[i]
                    if c == 0x2C || c == 0x0A { break }
                    if c == 0x22 {
                        throw failure(
                            line, "dấu \" giữa trường \(field + 1) không được bao trong dấu \"; viết \"\" trong một trường có dấu \" bao quanh",
                            "a \" inside field \(field + 1), which is not quoted; write \"\" inside a quoted field")
                    }
                    i += 1
                }
                if i >= count && !eof { return recordStart }
                fieldEnd = i
                if fieldEnd > fieldStart && b[fieldEnd - 1] == 0x0D && i < count { fieldEnd -= 1 }
                store(field, fieldStart, fieldEnd, false)
                if i >= count {
                    complete = true
                    break fields
                }
                if b[i] == 0x2C {
                    i += 1
                    field += 1
                    continue fields
                }
                i += 1
                complete = true
                break fields
            }
            _ = complete
            let recordLine = line
            line += 1 + newlines
            pos = i
            // An empty line (one empty, unquoted field) is skipped.
            if field == 0 && (i - recordStart <= 2) && starts[0] == ends[0] && b[recordStart] != 0x22 {
                continue
            }
            guard i - recordStart <= Self.maximumRecordBytes else {
                throw failure(recordLine, "một bản ghi dài quá 1 MB", "a record longer than 1 MB")
            }
            guard UTF8Check.isValid(b, recordStart, i) else {
                throw failure(
                    recordLine, "các byte không phải UTF-8; hãy lưu tệp dưới dạng CSV UTF-8", "bytes that are not UTF-8; save the file as CSV UTF-8")
            }
            if columns == 0 {
                try header(b, fields: field + 1, line: recordLine)
                continue
            }
            guard field + 1 == columns, field < Self.maximumColumns else {
                throw failure(
                    recordLine, "\(field + 1) trường, dòng tiêu đề có \(columns)", "\(field + 1) fields, the header has \(columns)")
            }
            for k in 0..<columns where escaped[k] { unescape(mb, k) }
            var record = DossierRecord()
            record.line = recordLine
            var bad: LocalizedText?
            for k in 0..<columns {
                guard let target = fields[k] else { continue }
                if let problem = values.set(target, b, starts[k], ends[k], into: &record), bad == nil { bad = problem }
            }
            if let bad {
                sink.reject(RecordProblem(file: file, line: recordLine, kind: .badValue, recordID: Self.id(record, b), message: bad))
                continue
            }
            if let (kind, message) = RecordValues.check(record) {
                sink.reject(RecordProblem(file: file, line: recordLine, kind: kind, recordID: Self.id(record, b), message: message))
                continue
            }
            record.normalise()
            sink.accept(record, buffer: b, values: values)
        }
        return pos
    }

    /// The `MaHoSo` of a record, made only for a message.
    private static func id(_ record: DossierRecord, _ b: UnsafeBufferPointer<UInt8>) -> String? {
        record.idRange.1 > record.idRange.0
            ? String(decoding: UnsafeBufferPointer(rebasing: b[record.idRange.0..<record.idRange.1]), as: UTF8.self) : nil
    }

    @inline(__always)
    private func store(_ field: Int, _ start: Int, _ end: Int, _ hasEscapes: Bool) {
        guard field <= Self.maximumColumns else { return }
        starts[field] = start
        ends[field] = end
        escaped[field] = hasEscapes
    }

    /// Turns `""` into `"` in place (the value only gets shorter).
    private func unescape(_ b: UnsafeMutableBufferPointer<UInt8>, _ k: Int) {
        var read = starts[k]
        var write = starts[k]
        while read < ends[k] {
            b[write] = b[read]
            read += b[read] == 0x22 ? 2 : 1
            write += 1
        }
        ends[k] = write
    }

    private mutating func header(_ b: UnsafeBufferPointer<UInt8>, fields: Int, line: Int) throws(RecordFileError) {
        guard fields <= Self.maximumColumns else {
            throw failure(line, "quá \(Self.maximumColumns) cột", "more than \(Self.maximumColumns) columns")
        }
        var seen: Set<Int> = []
        columnField = []
        for k in 0..<fields {
            var bytes = Array(b[starts[k]..<ends[k]])
            if escaped[k] {
                var out: [UInt8] = []
                var i = 0
                while i < bytes.count {
                    out.append(bytes[i])
                    i += bytes[i] == 0x22 ? 2 : 1
                }
                bytes = out
            }
            let name = String(decoding: bytes, as: UTF8.self)
            if let field = mapping.field(forColumn: name) {
                guard seen.insert(field.rawValue).inserted else {
                    throw failure(line, "cột \(field.name) xuất hiện hai lần (cột \(k + 1))", "column \(field.name) appears twice (column \(k + 1))")
                }
                columnField.append(Int8(field.rawValue))
            } else {
                columnField.append(-1)
            }
        }
        let missing = RecordField.required.filter { !seen.contains($0.rawValue) }
        guard missing.isEmpty else {
            let names = missing.map(\.name).joined(separator: ", ")
            throw failure(
                line, "dòng tiêu đề thiếu cột \(names); đổi tên cột trong tệp ánh xạ (--mapping)",
                "the header lacks the column \(names); rename columns with a mapping file (--mapping)")
        }
        columns = fields
        self.fields = columnField.map { $0 >= 0 ? RecordField(rawValue: Int($0)) : nil }
    }
}

/// The field positions of the record being parsed, in memory of their own (no copy-on-write checks
/// in the hot loop).
final class FieldSlots: @unchecked Sendable {
    let starts: UnsafeMutablePointer<Int>
    let ends: UnsafeMutablePointer<Int>
    let escaped: UnsafeMutablePointer<Bool>

    init(capacity: Int) {
        starts = .allocate(capacity: capacity)
        ends = .allocate(capacity: capacity)
        escaped = .allocate(capacity: capacity)
        starts.initialize(repeating: 0, count: capacity)
        ends.initialize(repeating: 0, count: capacity)
        escaped.initialize(repeating: false, count: capacity)
    }

    deinit {
        starts.deallocate()
        ends.deallocate()
        escaped.deallocate()
    }
}
