import Foundation

/// Reads record files (CSV, NDJSON) into a ``KPIReport``: the library side of `par-score kpi`.
public struct KPIRunner: Sendable {
    /// The format of a record file, by its extension.
    public enum FileFormat: Sendable {
        /// `.csv`.
        case csv
        /// `.ndjson`, `.jsonl`.
        case ndjson
        /// `.xlsx`, read by ``xlsxReader``.
        case xlsx
    }

    /// Reads an .xlsx file of records (set by `ParIndexReports`, which links the workbook reader).
    public typealias XLSXHook = @Sendable (URL, String, RecordMapping, inout RecordValues, inout KPIAggregator) throws(RecordFileError) -> Void

    /// The .xlsx reader, if any.
    public var xlsxReader: XLSXHook?

    /// The mapping of column and status names.
    public var mapping: RecordMapping
    /// The definition of the figures.
    public var definition: KPIDefinition
    /// The definitions compared with it.
    public var others: [KPIDefinition]
    /// The working-day calendar.
    public var calendar: WorkingCalendar
    /// The period.
    public var period: KPIPeriod

    /// A runner.
    public init(mapping: RecordMapping, definition: KPIDefinition, others: [KPIDefinition], calendar: WorkingCalendar, period: KPIPeriod) {
        self.mapping = mapping
        self.definition = definition
        self.others = others
        self.calendar = calendar
        self.period = period
    }

    /// The format of `path`, or nil for an unknown extension.
    public static func format(of path: String) -> FileFormat? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv": .csv
        case "ndjson", "jsonl": .ndjson
        case "xlsx": .xlsx
        default: nil
        }
    }

    /// Reads every file; a malformed file stops the run (its error names the file and line).
    /// Returns the report and, when `verdicts`, the verdicts CSV.
    public func run(_ paths: [String], verdicts: Bool, language: Language) throws(RecordFileError) -> (KPIReport, [UInt8]?) {
        var values = RecordValues(mapping: mapping)
        var aggregator = KPIAggregator(
            period: period, definition: definition, others: others, calendar: calendar, writeVerdicts: verdicts, language: language)
        for path in paths {
            aggregator.file = path
            let url = URL(fileURLWithPath: path)
            switch Self.format(of: path) {
            case .csv?:
                var reader = CSVRecordReader(file: path, mapping: mapping)
                try reader.read(contentsOf: url, values: &values, into: &aggregator)
            case .ndjson?:
                var reader = NDJSONRecordReader(file: path, mapping: mapping)
                try reader.read(contentsOf: url, values: &values, into: &aggregator)
            case .xlsx? where xlsxReader != nil:
                try xlsxReader?(url, path, mapping, &values, &aggregator)
            case .xlsx?, nil:
                throw RecordFileError(
                    RecordProblem(
                        file: path, line: 0, kind: .malformedFile,
                        message: LocalizedText(
                            vi: "không biết định dạng: cần tệp .csv, .ndjson (.jsonl) hoặc .xlsx",
                            en: "unknown format: expected a .csv, .ndjson (.jsonl) or .xlsx file")))
            }
        }
        return (KPIReport(aggregator, files: paths, values: values), aggregator.verdicts)
    }
}
