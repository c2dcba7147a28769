import Foundation

@testable import ParIndexCore

/// Shared helpers of the record tests: the shipped definitions and calendar, records from CSV text.
enum KPITestSupport {
    static let definitions = DiagnosticTests.packageRoot.appendingPathComponent("Definitions")

    static func definition(_ id: String) throws -> KPIDefinition {
        try KPIDefinition.read(contentsOf: definitions.appendingPathComponent("\(id).json"))
    }

    static func calendar() throws -> WorkingCalendar {
        try WorkingCalendar.read(folder: definitions.appendingPathComponent("calendar"))
    }

    /// A sink that keeps everything.
    struct Collector: RecordSink {
        var records: [DossierRecord] = []
        var ids: [String] = []
        var problems: [RecordProblem] = []
        mutating func accept(_ r: DossierRecord, buffer: UnsafeBufferPointer<UInt8>, values: RecordValues) {
            records.append(r)
            ids.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[r.idRange.0..<r.idRange.1]), as: UTF8.self))
        }
        mutating func reject(_ problem: RecordProblem) { problems.append(problem) }
    }

    /// Writes `text` to a temporary file with `suffix` and returns its URL.
    static func file(_ text: String, suffix: String = ".csv") throws -> URL {
        try file(Data(text.utf8), suffix: suffix)
    }

    static func file(_ data: Data, suffix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kpi-\(UUID().uuidString)\(suffix)")
        try data.write(to: url)
        return url
    }

    /// Reads CSV text.
    static func csv(_ text: String, mapping: RecordMapping = .canonical) throws -> Collector {
        let url = try file(text)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = CSVRecordReader(file: "test.csv", mapping: mapping)
        var values = RecordValues(mapping: mapping)
        var sink = Collector()
        try reader.read(contentsOf: url, values: &values, into: &sink)
        return sink
    }

    /// A record from a few fields.
    static func record(
        received: String, state: DossierState, due: String? = nil, finished: String? = nil, returned: String? = nil,
        supplements: Int32 = 0, waited: Int64 = 0, pending: String? = nil, statutory: Int32? = nil
    ) -> DossierRecord {
        var r = DossierRecord()
        r.unit = 0
        r.received = RecordDateParser.parse(received)
        r.state = state
        r.due = due.flatMap { RecordDateParser.parse($0) }
        r.finished = finished.flatMap { RecordDateParser.parse($0) }
        r.returnedAt = returned.flatMap { RecordDateParser.parse($0) }
        r.supplementRequests = supplements
        r.supplementSeconds = waited
        r.pendingSupplementSince = pending.flatMap { RecordDateParser.parse($0) }
        r.statutoryDays = statutory
        return r
    }
}
