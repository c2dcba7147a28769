import Foundation
import ParIndexCore
import ParIndexOffice

/// A form read back: the submission it holds as submission-format JSON, and where in the
/// workbook each value came from, so that the checks of the JSON path name cells.
public struct FormReading: Sendable {
    /// The submission as JSON (the canonical submission format).
    public var json: Data
    /// The workbook file, for messages.
    public var file: String
    /// For each JSON path, the sheet and cell it came from and what the cell holds.
    public var places: [JSONPath: LocalizedText]

    /// `error` with each diagnostic placed at its cell (`Số liệu!D12 (tthc.onTime — …)`).
    public func locate(_ error: DiagnosticError) -> DiagnosticError {
        var located = error
        located.diagnostics = error.diagnostics.map(locate)
        return located
    }

    /// `diagnostic` placed at the cell its JSON path (or the nearest enclosing path) came from.
    public func locate(_ diagnostic: Diagnostic) -> Diagnostic {
        var located = diagnostic
        var path = diagnostic.path
        while true {
            if let place = places[path] {
                located.place = place
                break
            }
            guard !path.components.isEmpty else { break }
            path = JSONPath(Array(path.components.dropLast()))
        }
        return located
    }
}

extension SubmissionForm {
    /// Whether `file` names a workbook (`.xlsx`, `.xlsm`, `.xls`), by its extension.
    public static func isWorkbookName(_ file: String) -> Bool {
        let lower = file.lowercased()
        return lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") || lower.hasSuffix(".xls")
    }

    /// Whether the workbook in `data` is a form that `par-score template --format xlsx` wrote
    /// (it has the unit sheet, in either language); `true` for a file that cannot be read, so that
    /// reading it reports why.
    public static func isForm(data: Data, file: String) -> Bool {
        guard let workbook = try? XLSXReader.read(data: data, file: file) else { return true }
        let names = FormLayout.names(.unit)
        return workbook.sheet(named: names.vi) != nil || workbook.sheet(named: names.en) != nil
    }

    /// Reads the form in `data` (named `file`) as submission JSON; the cells' problems that only
    /// a workbook has (a formula error, an ambiguous "1.240", a percentage for a count) are
    /// errors naming the cell. Everything else is left to the submission checks: pass
    /// ``FormReading/json`` to `Scorer` and its errors through `FormReading.locate(_:)`.
    public static func read(data: Data, file: String, catalog: CriteriaCatalog) throws(DiagnosticError) -> FormReading {
        let workbook: Workbook
        do {
            workbook = try XLSXReader.read(data: data, file: file)
        } catch {
            throw DiagnosticError([officeDiagnostic(error)])
        }
        var reader = FormReader(workbook: workbook, catalog: catalog)
        return try reader.read()
    }

    /// The diagnostic of a refused workbook.
    static func officeDiagnostic(_ error: OfficeError) -> Diagnostic {
        var diagnostic = Diagnostic(
            .error, code: .freeText, file: error.file, path: JSONPath(),
            arguments: ["text": .text(LocalizedText(vi: error.reason.vi, en: error.reason.en))])
        diagnostic.place = error.location.map { LocalizedText(vi: $0, en: $0) } ?? LocalizedText(vi: "tệp", en: "file")
        return diagnostic
    }
}

/// Turns the cells of a form into submission JSON (see ``SubmissionForm/read(data:file:catalog:)``).
struct FormReader {
    let workbook: Workbook
    let catalog: CriteriaCatalog
    private var places: [JSONPath: LocalizedText] = [:]
    private var errors: [Diagnostic] = []

    init(workbook: Workbook, catalog: CriteriaCatalog) {
        self.workbook = workbook
        self.catalog = catalog
    }

    private var file: String { workbook.file }

    private func sheet(_ kind: FormLayout.SheetKind) -> Sheet? {
        let names = FormLayout.names(kind)
        return workbook.sheet(named: names.vi) ?? workbook.sheet(named: names.en)
    }

    private mutating func place(_ path: JSONPath, _ sheet: Sheet, _ column: Int, _ row: Int, _ what: LocalizedText? = nil) {
        let cell = "\(sheet.name)!\(CellRange.columnName(column))\(row)"
        if let what {
            places[path] = LocalizedText(vi: "\(cell) (\(what.vi))", en: "\(cell) (\(what.en ?? what.vi))")
        } else {
            places[path] = LocalizedText(vi: cell, en: cell)
        }
    }

    private mutating func fail(_ sheet: Sheet, _ cell: Cell, _ what: LocalizedText?, vi: String, en: String) {
        var diagnostic = Diagnostic(.error, code: .freeText, file: file, path: JSONPath(), arguments: ["text": .text(LocalizedText(vi: vi, en: en))])
        let reference = "\(sheet.name)!\(cell.reference)"
        diagnostic.place =
            what.map { LocalizedText(vi: "\(reference) (\($0.vi))", en: "\(reference) (\($0.en ?? $0.vi))") }
            ?? LocalizedText(vi: reference, en: reference)
        errors.append(diagnostic)
    }

    private func code(_ sheet: Sheet, _ row: Int, column: Int = 1) -> String? {
        guard let cell = sheet[column: column, row: row] else { return nil }
        let text = cell.displayText.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    mutating func read() throws(DiagnosticError) -> FormReading {
        guard let unitSheet = sheet(.unit) else {
            let names = FormLayout.names(.unit)
            throw DiagnosticError([
                SubmissionForm.officeDiagnostic(
                    OfficeError(
                        file: file,
                        reason: .custom(
                            vi: "không có trang \"\(names.vi)\"; đây không phải biểu mẫu của par-score template --format xlsx",
                            en: "no sheet \"\(names.en)\"; this is not a form written by par-score template --format xlsx")))
            ])
        }
        var unitValues: [String: (Cell, Int)] = [:]
        for (row, _) in unitSheet.rows where row > 1 {
            guard let code = code(unitSheet, row), FormLayout.unitCodes.contains(code) else { continue }
            if let cell = unitSheet[column: FormLayout.Column.unitValue, row: row] { unitValues[code] = (cell, row) }
            let path = code.hasPrefix("unit.") ? JSONPath(keys: "unit", String(code.dropFirst(5))) : JSONPath(keys: code)
            place(path, unitSheet, FormLayout.Column.unitValue, row, LocalizedText(vi: code, en: code))
        }
        places[JSONPath(keys: "unit")] = LocalizedText(vi: unitSheet.name, en: unitSheet.name)
        places[JSONPath()] = LocalizedText(vi: unitSheet.name, en: unitSheet.name)
        let frameworkID = unitValues["framework"].map { $0.0.displayText.trimmingCharacters(in: .whitespaces) } ?? ""
        let framework = catalog.framework(id: frameworkID)
        var w = JSONWriter()
        w.beginObject()
        w.number("formatVersion", Submission.supportedFormatVersion)
        w.string("framework", frameworkID)
        if let (cell, _) = unitValues["year"] {
            writeNumber(&w, "year", cell, unitSheet, LocalizedText(vi: "year", en: "year"), whole: true)
        }
        w.beginObject("unit")
        for key in ["id", "name", "kind", "province"] {
            guard let (cell, _) = unitValues["unit." + key] else {
                if key != "province" { w.string(key, "") }
                continue
            }
            w.string(key, plainText(cell))
        }
        w.endObject()
        readFacts(&w, framework)
        readEvidence(&w)
        readReasons(&w)
        readPoints(&w, framework)
        w.endObject()
        guard errors.isEmpty else { throw DiagnosticError(errors) }
        return FormReading(json: Data((w.text + "\n").utf8), file: file, places: places)
    }

    /// A cell's text as typed: texts as they are, numbers as their literal, dates as `YYYY-MM-DD`.
    private func plainText(_ cell: Cell) -> String {
        switch cell.value {
        case .date(let date): date.isoDate
        case .boolean(let flag): flag ? "true" : "false"
        default: cell.displayText.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    private mutating func readFacts(_ w: inout JSONWriter, _ framework: Framework?) {
        w.beginObject("facts")
        defer { w.endObject() }
        guard let sheet = sheet(.facts) else { return }
        let types = Dictionary(framework?.facts.map { ($0.id, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        for (row, _) in sheet.rows where row > 1 {
            guard let id = code(sheet, row) else { continue }
            let fact = types[id]
            let title =
                fact.map { LocalizedText(vi: "\(id) — \($0.title.vi)", en: "\(id) — \($0.title.en ?? $0.title.vi)") } ?? LocalizedText(vi: id, en: id)
            place(JSONPath(keys: "facts", id), sheet, FormLayout.Column.factValue, row, title)
            guard let cell = sheet[column: FormLayout.Column.factValue, row: row] else { continue }
            if case .text(let text) = cell.value, text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if case .error(let code) = cell.value {
                fail(
                    sheet, cell, title, vi: "ô có lỗi công thức \(code); sửa công thức hoặc nhập giá trị",
                    en: "the cell holds the formula error \(code); fix the formula or type the value")
                continue
            }
            switch fact?.type {
            case .count?, .amount?:
                writeNumber(&w, id, cell, sheet, title, whole: fact?.type == .count, isFact: true)
            case .date?:
                writeDate(&w, id, cell, sheet, title)
            case .boolean?:
                switch cell.value {
                case .boolean(let flag): w.bool(id, flag)
                case .number(let literal) where literal == "1" || literal == "0": w.bool(id, literal == "1")
                default:
                    let text = plainText(cell).lowercased()
                    if ["có", "yes", "true", "đúng", "x"].contains(text) {
                        w.bool(id, true)
                    } else if ["không", "no", "false", "sai"].contains(text) {
                        w.bool(id, false)
                    } else {
                        fail(
                            sheet, cell, title, vi: "\"\(plainText(cell))\" không phải Có hoặc Không; chọn Có hoặc Không",
                            en: "\"\(plainText(cell))\" is not Yes or No; choose Yes or No")
                    }
                }
            case .answer?, nil:
                switch cell.value {
                case .number(let literal) where fact == nil: w.number(id, literal)
                case .boolean(let flag) where fact == nil: w.bool(id, flag)
                default: w.string(id, plainText(cell))
                }
            }
        }
    }

    /// Writes a number from a number cell or a number typed as text; reports percentages and ambiguous texts.
    private mutating func writeNumber(
        _ w: inout JSONWriter, _ key: String, _ cell: Cell, _ sheet: Sheet, _ title: LocalizedText, whole: Bool, isFact: Bool = false
    ) {
        switch cell.value {
        case .number(let literal):
            if isFact, let format = cell.numberFormat, format.contains("%") {
                let percent = (Double(literal) ?? 0) * 100
                fail(
                    sheet, cell, title, vi: "ô định dạng phần trăm (\(Self.short(percent))%); nhập số hồ sơ, không nhập tỷ lệ phần trăm",
                    en: "the cell is formatted as a percentage (\(Self.short(percent))%); type the count, not a percentage")
                return
            }
            w.number(key, literal)
        case .text(let text):
            switch NumberText.read(text) {
            case .number(let literal): w.number(key, literal)
            case .percentage(let literal):
                fail(
                    sheet, cell, title, vi: "\"\(text)\" là tỷ lệ phần trăm; nhập số hồ sơ, không nhập tỷ lệ phần trăm",
                    en: "\"\(text)\" is a percentage; type the count, not a percentage (\(literal)%)")
            case .ambiguous(let thousands, let literal):
                let decimal = Self.trimmed(literal)
                let decimalVi = decimal.replacingOccurrences(of: ".", with: ",")
                fail(
                    sheet, cell, title,
                    vi:
                        "\"\(text)\" có thể là \(thousands) hoặc \(decimalVi); nhập dạng số, không dùng dấu phân cách hàng nghìn (ví dụ \(thousands))",
                    en: "\"\(text)\" could be \(thousands) or \(decimal); type it as a number without thousands separators (for example \(thousands))"
                )
            case .notANumber:
                fail(
                    sheet, cell, title, vi: "\"\(text)\" không phải là số; nhập \(whole ? "số nguyên" : "số"), ví dụ 1240",
                    en: "\"\(text)\" is not a number; type a \(whole ? "whole number" : "number"), for example 1240")
            }
        case .date(let date):
            fail(
                sheet, cell, title, vi: "ô chứa ngày \(date.isoDate), cần một số; định dạng ô là Số (Number)",
                en: "the cell holds the date \(date.isoDate), a number is expected; format the cell as Number")
        case .boolean:
            fail(sheet, cell, title, vi: "ô chứa TRUE/FALSE, cần một số", en: "the cell holds TRUE/FALSE, a number is expected")
        case .error(let code):
            fail(sheet, cell, title, vi: "ô có lỗi công thức \(code)", en: "the cell holds the formula error \(code)")
        }
    }

    /// `1.240` as `1.24`: a decimal literal without its trailing zeros.
    private static func trimmed(_ literal: String) -> String {
        guard literal.contains(".") else { return literal }
        var text = literal
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    private static func short(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private mutating func writeDate(_ w: inout JSONWriter, _ key: String, _ cell: Cell, _ sheet: Sheet, _ title: LocalizedText) {
        switch cell.value {
        case .date(let date): w.string(key, date.isoDate)
        case .text(let text):
            if let iso = Self.isoDate(fromTyped: text) {
                w.string(key, iso)
            } else {
                fail(
                    sheet, cell, title, vi: "\"\(text)\" không phải là ngày; nhập ngày dạng ngày/tháng/năm, ví dụ 20/12/2024",
                    en: "\"\(text)\" is not a date; type day/month/year, for example 20/12/2024")
            }
        case .number(let literal):
            fail(
                sheet, cell, title, vi: "ô chứa số \(literal), cần một ngày; nhập ngày dạng ngày/tháng/năm, ví dụ 20/12/2024",
                en: "the cell holds the number \(literal), a date is expected; type day/month/year, for example 20/12/2024")
        default:
            fail(sheet, cell, title, vi: "cần một ngày dạng ngày/tháng/năm", en: "a date (day/month/year) is expected")
        }
    }

    /// `20/12/2024`, `20-12-2024`, `20.12.2024` (day first, as in Vietnam) or `2024-12-20`, as `YYYY-MM-DD`.
    static func isoDate(fromTyped text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if CalendarDate(iso: trimmed) != nil { return trimmed }
        let parts = trimmed.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]), parts[2].count == 4 else { return nil }
        let date = CalendarDate(year: year, month: month, day: day)
        guard (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        return date.description
    }

    private mutating func readEvidence(_ w: inout JSONWriter) {
        w.beginObject("evidence")
        defer { w.endObject() }
        guard let sheet = sheet(.evidence) else { return }
        var byLeaf: [(String, [(String, Int)])] = []
        for (row, _) in sheet.rows where row > 1 {
            guard let leaf = code(sheet, row), let document = code(sheet, row, column: 2) else { continue }
            let inputs = FormLayout.Column.evidenceNumber...FormLayout.Column.evidencePage
            guard inputs.contains(where: { sheet[column: $0, row: row].map { !plainText($0).isEmpty } ?? false }) else { continue }
            if let index = byLeaf.firstIndex(where: { $0.0 == leaf }) {
                byLeaf[index].1.append((document, row))
            } else {
                byLeaf.append((leaf, [(document, row)]))
            }
        }
        for (leaf, documents) in byLeaf {
            w.beginObject(leaf)
            places[JSONPath(keys: "evidence", leaf)] = LocalizedText(vi: "\(sheet.name) (\(leaf))", en: "\(sheet.name) (\(leaf))")
            for (document, row) in documents {
                let what = LocalizedText(vi: "\(leaf) — \(document)", en: "\(leaf) — \(document)")
                let base = JSONPath(keys: "evidence", leaf, document)
                place(base, sheet, 2, row, what)
                place(base.appending("number"), sheet, FormLayout.Column.evidenceNumber, row, what)
                place(base.appending("title"), sheet, FormLayout.Column.evidenceTitle, row, what)
                place(base.appending("date"), sheet, FormLayout.Column.evidenceDate, row, what)
                place(base.appending("link"), sheet, FormLayout.Column.evidenceLink, row, what)
                w.beginObject(document)
                w.string("number", sheet[column: FormLayout.Column.evidenceNumber, row: row].map(plainText) ?? "")
                var title = sheet[column: FormLayout.Column.evidenceTitle, row: row].map(plainText) ?? ""
                let section = sheet[column: FormLayout.Column.evidenceSection, row: row].map(plainText) ?? ""
                let page = sheet[column: FormLayout.Column.evidencePage, row: row].map(plainText) ?? ""
                if !section.isEmpty || !page.isEmpty {
                    let parts = [section.isEmpty ? nil : "mục \(section)", page.isEmpty ? nil : "trang \(page)"].compactMap { $0 }
                    title += (title.isEmpty ? "" : " ") + "(" + parts.joined(separator: ", ") + ")"
                }
                w.string("title", title)
                if let cell = sheet[column: FormLayout.Column.evidenceDate, row: row], !plainText(cell).isEmpty {
                    writeDate(&w, "date", cell, sheet, what)
                }
                if let link = sheet[column: FormLayout.Column.evidenceLink, row: row].map(plainText), !link.isEmpty { w.string("link", link) }
                w.endObject()
            }
            w.endObject()
        }
    }

    private mutating func readReasons(_ w: inout JSONWriter) {
        w.beginObject("notApplicable")
        defer { w.endObject() }
        guard let sheet = sheet(.notApplicable) else { return }
        for (row, _) in sheet.rows where row > 1 {
            guard let leaf = code(sheet, row), let cell = sheet[column: FormLayout.Column.reason, row: row] else { continue }
            let reason = plainText(cell)
            guard !reason.isEmpty else { continue }
            place(JSONPath(keys: "notApplicable", leaf), sheet, FormLayout.Column.reason, row, LocalizedText(vi: leaf, en: leaf))
            w.string(leaf, reason)
        }
    }

    private mutating func readPoints(_ w: inout JSONWriter, _ framework: Framework?) {
        let claimedSheet = sheet(.claimed)
        w.beginObject("claimed")
        if let sheet = claimedSheet { readPointColumn(&w, sheet, FormLayout.Column.claimedPoints, "claimed") }
        w.endObject()
        w.beginObject("appraisal")
        if let sheet = sheet(.appraisal) {
            for (row, _) in sheet.rows where row > 1 {
                guard let leaf = code(sheet, row) else { continue }
                let points = sheet[column: FormLayout.Column.appraisalPoints, row: row]
                let reason = sheet[column: FormLayout.Column.appraisalReason, row: row].map(plainText) ?? ""
                let hasPoints = points.map { !plainText($0).isEmpty } ?? false
                guard hasPoints || !reason.isEmpty else { continue }
                let what = LocalizedText(vi: leaf, en: leaf)
                place(JSONPath(keys: "appraisal", leaf), sheet, FormLayout.Column.appraisalPoints, row, what)
                place(JSONPath(keys: "appraisal", leaf, "points"), sheet, FormLayout.Column.appraisalPoints, row, what)
                place(JSONPath(keys: "appraisal", leaf, "reason"), sheet, FormLayout.Column.appraisalReason, row, what)
                w.beginObject(leaf)
                if let points, hasPoints { writeNumber(&w, "points", points, sheet, what, whole: false) }
                w.string("reason", reason)
                w.endObject()
            }
        }
        w.endObject()
        w.beginObject("direct")
        if let sheet = claimedSheet { readPointColumn(&w, sheet, FormLayout.Column.directPoints, "direct") }
        w.endObject()
    }

    private mutating func readPointColumn(_ w: inout JSONWriter, _ sheet: Sheet, _ column: Int, _ key: String) {
        for (row, _) in sheet.rows where row > 1 {
            guard let leaf = code(sheet, row), let cell = sheet[column: column, row: row], !plainText(cell).isEmpty else { continue }
            let what = LocalizedText(vi: leaf, en: leaf)
            place(JSONPath(keys: key, leaf), sheet, column, row, what)
            writeNumber(&w, leaf, cell, sheet, what, whole: false)
        }
    }
}
