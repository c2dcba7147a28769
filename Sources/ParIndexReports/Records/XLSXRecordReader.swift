import Foundation
import ParIndexCore
import ParIndexOffice

/// Reads dossier records from the first visible sheet of an .xlsx workbook: row 1 holds the
/// column names (renamed by the mapping), each further row one dossier. Date cells are read as
/// dates; text cells in the accepted date forms too. Messages name the file, the row and the cell.
/// Unlike CSV and NDJSON, the workbook is read whole (xlsx exports are small); see the DossierRecords article of ParIndexCore.
public enum XLSXRecordReader {
    /// Reads every record of `url`, handing each to `sink`.
    public static func read<S: RecordSink>(contentsOf url: URL, file: String, mapping: RecordMapping, values: inout RecordValues, into sink: inout S)
        throws(RecordFileError)
    {
        func fail(_ line: Int, _ vi: String, _ en: String, missing: Bool = false) -> RecordFileError {
            RecordFileError(RecordProblem(file: file, line: line, kind: .malformedFile, message: LocalizedText(vi: vi, en: en)), missing: missing)
        }
        guard let data = try? Data(contentsOf: url) else { throw fail(0, "không đọc được tệp", "cannot read the file", missing: true) }
        let workbook: Workbook
        do { workbook = try XLSXReader.read(data: data, file: file) } catch {
            throw fail(0, error.text(english: false), error.text(english: true))
        }
        guard let sheet = workbook.sheets.first(where: { $0.visibility == .visible }) ?? workbook.sheets.first else {
            throw fail(0, "sổ tính không có trang nào", "the workbook has no sheet")
        }
        let rows = sheet.rows
        guard let header = rows.first else {
            throw fail(1, "trang \(sheet.name) rỗng: cần một dòng tiêu đề", "sheet \(sheet.name) is empty: a header row is needed")
        }
        var fieldOfColumn: [Int: RecordField] = [:]
        for cell in header.cells {
            if let field = mapping.field(forColumn: cell.displayText) {
                guard !fieldOfColumn.values.contains(field) else {
                    throw fail(
                        header.row, "\(sheet.name)!\(cell.reference): cột \(field.name) xuất hiện hai lần",
                        "\(sheet.name)!\(cell.reference): column \(field.name) appears twice")
                }
                fieldOfColumn[cell.reference.column] = field
            }
        }
        let missing = RecordField.required.filter { !fieldOfColumn.values.contains($0) }
        guard missing.isEmpty else {
            let names = missing.map(\.name).joined(separator: ", ")
            throw fail(header.row, "\(sheet.name): dòng tiêu đề thiếu cột \(names)", "\(sheet.name): the header lacks the column \(names)")
        }
        for (row, cells) in rows.dropFirst() {
            var record = DossierRecord()
            record.line = row
            var bad: LocalizedText?
            var id: String?
            for cell in cells {
                guard let field = fieldOfColumn[cell.reference.column] else { continue }
                let text: String
                switch cell.value {
                case .text(let t): text = t
                case .number(let n): text = n
                case .boolean(let b): text = b ? "1" : "0"
                case .date(let d): text = d.secondsOfDay == 0 ? d.isoDate : d.description + (d.description.contains("T") ? "" : "T00:00:00")
                case .error(let code):
                    text = ""
                    if bad == nil {
                        bad = LocalizedText(
                            vi: "\(sheet.name)!\(cell.reference): ô lỗi \(code)", en: "\(sheet.name)!\(cell.reference): error cell \(code)")
                    }
                }
                if field == .id { id = text }
                var bytes = Array(text.utf8)
                let saved = record.idRange
                let problem = bytes.withUnsafeMutableBufferPointer { values.set(field, UnsafeBufferPointer($0), 0, $0.count, into: &record) }
                record.idRange = saved
                if let problem, bad == nil {
                    bad = LocalizedText(
                        vi: "\(sheet.name)!\(cell.reference): \(problem.vi)", en: "\(sheet.name)!\(cell.reference): \(problem.text(.en))")
                }
            }
            if let bad {
                sink.reject(RecordProblem(file: file, line: row, kind: .badValue, recordID: id, message: bad))
                continue
            }
            if let (kind, message) = RecordValues.check(record) {
                sink.reject(RecordProblem(file: file, line: row, kind: kind, recordID: id, message: message))
                continue
            }
            record.normalise()
            var idBytes = Array((id ?? "").utf8)
            record.idRange = (0, idBytes.count)
            idBytes.withUnsafeMutableBufferPointer { sink.accept(record, buffer: UnsafeBufferPointer($0), values: values) }
        }
    }
}

extension KPIRunner {
    /// A runner that also reads .xlsx records.
    public func withXLSX() -> KPIRunner {
        var copy = self
        copy.xlsxReader = { url, file, mapping, values, aggregator throws(RecordFileError) in
            try XLSXRecordReader.read(contentsOf: url, file: file, mapping: mapping, values: &values, into: &aggregator)
        }
        return copy
    }
}
