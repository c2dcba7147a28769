import Foundation

/// Reads dossier records from NDJSON: one JSON object a line, the keys of the national sync record
/// (`HoSoDongBoDVC`), with the lists `DanhSachHoSoBoSung`, `DanhSachLePhi` and
/// `DanhSachGiayToKetQua`. Streamed in 4 MB chunks. A line that is not a JSON object refuses the
/// file, naming the line; empty lines are skipped. See <doc:DossierRecords>.
public struct NDJSONRecordReader {
    private let file: String
    private let mapping: RecordMapping
    private var line = 1
    private var scratch: [UInt8] = []

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
        while true {
            let chunk = try chunks.next(line: line)
            let eof = chunk.isEmpty
            buffer.append(contentsOf: chunk)
            var start = 0
            var index = 0
            while true {
                var end = index
                while end < buffer.count && buffer[end] != 0x0A { end += 1 }
                if end == buffer.count && !eof { break }
                if end > start || end < buffer.count { try readLine(Array(buffer[start..<end]), values: &values, sink: &sink) }
                line += 1
                start = end + 1
                index = start
                if start >= buffer.count { break }
            }
            if start > 0 { buffer.removeFirst(min(start, buffer.count)) }
            if buffer.count > CSVRecordReader.maximumRecordBytes {
                throw failure(line, "một dòng dài quá 1 MB", "a line longer than 1 MB")
            }
            if eof { break }
        }
    }

    private mutating func readLine<S: RecordSink>(_ bytes: [UInt8], values: inout RecordValues, sink: inout S) throws(RecordFileError) {
        var text = bytes
        if line == 1, text.count >= 3, text[0] == 0xEF, text[1] == 0xBB, text[2] == 0xBF { text.removeFirst(3) }
        while let last = text.last, last == 0x0D || last == 0x20 || last == 0x09 { text.removeLast() }
        if text.isEmpty { return }
        let value: JSONValue
        do { value = try JSONParser.parse(bytes: text) } catch {
            throw failure(
                line, "cột \(error.column): JSON không hợp lệ: \(error.message.vi)",
                "column \(error.column): invalid JSON: \(error.message.text(.en))")
        }
        guard case .object(let object) = value else {
            throw failure(line, "cần một đối tượng JSON trên mỗi dòng", "expected one JSON object on each line")
        }
        var record = DossierRecord()
        record.line = line
        var bad: LocalizedText?
        var id: String?
        scratch.removeAll(keepingCapacity: true)
        for (rawKey, member) in object.entries {
            let key = mapping.columns[rawKey] ?? rawKey
            switch key {
            case "DanhSachHoSoBoSung": if let problem = supplements(member, &record, &values), bad == nil { bad = problem }
            case "DanhSachLePhi": record.withFees = record.withFees || entries(member).contains { Self.positive($0["Gia"]) }
            case "DanhSachGiayToKetQua":
                record.electronicResult = record.electronicResult || entries(member).contains { Self.nonEmpty($0["DuongDanTepTinKetQua"]) }
            default:
                guard let field = RecordField(name: key) else { continue }
                if field == .id, case .string(let text) = member { id = text }
                if let problem = set(field, member, &record, &values), bad == nil { bad = problem }
            }
        }
        if let bad {
            sink.reject(RecordProblem(file: file, line: line, kind: .badValue, recordID: id, message: bad))
            return
        }
        if let (kind, message) = RecordValues.check(record) {
            sink.reject(RecordProblem(file: file, line: line, kind: kind, recordID: id, message: message))
            return
        }
        record.normalise()
        var idBytes = Array((id ?? "").utf8)
        record.idRange = (0, idBytes.count)
        idBytes.withUnsafeMutableBufferPointer { sink.accept(record, buffer: UnsafeBufferPointer($0), values: values) }
    }

    private func entries(_ value: JSONValue) -> [JSONObject] {
        guard case .array(let list) = value else { return [] }
        return list.compactMap { if case .object(let o) = $0 { o } else { nil } }
    }

    private static func positive(_ value: JSONValue?) -> Bool {
        guard case .number(let text)? = value, let amount = ExactDecimal.exact(jsonNumber: text) else { return false }
        return amount > .zero
    }

    private static func nonEmpty(_ value: JSONValue?) -> Bool {
        guard case .string(let text)? = value else { return false }
        return !text.isEmpty
    }

    private mutating func set(_ field: RecordField, _ value: JSONValue, _ r: inout DossierRecord, _ values: inout RecordValues) -> LocalizedText? {
        let text: String
        switch value {
        case .null: return nil
        case .string(let s): text = s
        case .number(let n): text = n
        case .bool(let flag): text = flag ? "1" : "0"
        default:
            return LocalizedText(
                vi: "\(field.name): cần một chuỗi hoặc số, không phải \(value.typeNameVi)",
                en: "\(field.name): expected a string or number, not \(value.typeName)")
        }
        var bytes = Array(text.utf8)
        let saved = r.idRange
        let problem = bytes.withUnsafeMutableBufferPointer { values.set(field, UnsafeBufferPointer($0), 0, $0.count, into: &r) }
        r.idRange = saved
        return problem
    }

    private mutating func supplements(_ value: JSONValue, _ r: inout DossierRecord, _ values: inout RecordValues) -> LocalizedText? {
        if case .null = value { return nil }
        guard case .array(let list) = value else {
            return LocalizedText(vi: "DanhSachHoSoBoSung: cần một mảng", en: "DanhSachHoSoBoSung: expected an array")
        }
        for (index, item) in list.enumerated() {
            guard case .object(let entry) = item else {
                return LocalizedText(vi: "DanhSachHoSoBoSung[\(index)]: cần một đối tượng", en: "DanhSachHoSoBoSung[\(index)]: expected an object")
            }
            var probe = DossierRecord()
            if let v = entry["NgayYeuCauBoSung"], let p = set(.lastSupplementRequest, v, &probe, &values) { return p }
            if let v = entry["NgayHoanThanhBoSung"], let p = set(.lastSupplementCompletion, v, &probe, &values) { return p }
            guard let request = probe.pendingSupplementSince else {
                return LocalizedText(
                    vi: "DanhSachHoSoBoSung[\(index)]: thiếu NgayYeuCauBoSung", en: "DanhSachHoSoBoSung[\(index)]: NgayYeuCauBoSung is missing")
            }
            r.supplementRequests += 1
            if let done = probe.lastSupplementCompletion {
                guard done >= request else {
                    return LocalizedText(
                        vi: "DanhSachHoSoBoSung[\(index)]: NgayHoanThanhBoSung \(done.vietnamese) trước NgayYeuCauBoSung \(request.vietnamese)",
                        en: "DanhSachHoSoBoSung[\(index)]: NgayHoanThanhBoSung \(done.vietnamese) is before NgayYeuCauBoSung \(request.vietnamese)")
                }
                r.supplementSeconds += done.seconds - request.seconds
            } else if r.pendingSupplementSince.map({ $0 < request }) ?? true {
                r.pendingSupplementSince = request
            }
        }
        return nil
    }
}
