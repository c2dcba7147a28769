import Foundation
import ParIndexCore
import ParIndexOffice

/// The Excel form of a submission (see the form layout in <doc:ParIndexReports>): what a unit
/// fills in instead of a JSON file, and reads back as the same `Submission`.
///
/// ```swift
/// let form = SubmissionForm.template(for: framework, year: 2024, language: .vi)  // .xlsx bytes
/// let workbook = try XLSXReader.read(data: form, file: "form.xlsx")
/// let reading = try SubmissionForm.read(workbook, catalog: catalog)  // the submission as JSON
/// ```
public enum SubmissionForm {
    /// An empty form for `framework` and `year` (the framework's last year by default).
    public static func template(for framework: Framework, year: Int? = nil, language: Language) -> Data {
        let unit = ParIndexCore.Unit(id: "", name: "", kind: framework.unitKinds.first ?? .so, province: nil)
        let empty = Submission(file: "", frameworkID: framework.id, year: year ?? framework.lastYear, unit: unit)
        return FormWriter(framework: framework, submission: empty, language: language, filled: false).data
    }

    /// The form filled with `submission` (which must be valid for `framework`).
    public static func filled(_ submission: Submission, framework: Framework, language: Language) -> Data {
        FormWriter(framework: framework, submission: submission, language: language, filled: true).data
    }

    /// The filled form with `noteRows` rows of notes typed under the facts (the reader skips rows
    /// without a code): a large workbook for benchmarks.
    package static func filled(_ submission: Submission, framework: Framework, language: Language, noteRows: Int) -> Data {
        var writer = FormWriter(framework: framework, submission: submission, language: language, filled: true)
        writer.noteRows = noteRows
        return writer.data
    }
}

/// Builds the six sheets of the form.
struct FormWriter {
    let framework: Framework
    let submission: Submission
    let language: Language
    let filled: Bool
    /// Rows of notes under the facts (for benchmarks).
    var noteRows = 0

    private func t(_ vi: String, _ en: String) -> String { FormLayout.text(vi, en, language) }

    var data: Data {
        FormWorkbookWriter(sheets: [unitSheet, factsSheet, evidenceSheet, notApplicableSheet, claimedSheet, appraisalSheet]).data
    }

    private func header(_ titles: [String]) -> [FormCell] { titles.map(FormCell.header) }

    private static func numberCell(_ value: ExactDecimal?) -> FormCell {
        FormCell(value: value.map { .number($0.exactText) } ?? .empty, style: .input)
    }

    private static func textCell(_ value: String?) -> FormCell {
        FormCell(value: value.flatMap { $0.isEmpty ? nil : .text($0) } ?? .empty, style: .input)
    }

    private static func dateCell(_ value: CalendarDate?) -> FormCell {
        FormCell(value: value.map { .date(SpreadsheetDate.serial1900(year: $0.year, month: $0.month, day: $0.day)) } ?? .empty, style: .inputDate)
    }

    private var dateBounds: (Int, Int) {
        (SpreadsheetDate.serial1900(year: 1990, month: 1, day: 1), SpreadsheetDate.serial1900(year: 2100, month: 12, day: 31))
    }

    private var unitSheet: FormSheet {
        var sheet = FormSheet(name: FormLayout.name(.unit, language), widths: [16, 30, 40, 50], landscape: false)
        sheet.rows.append(header([t("Mã", "Code"), t("Nội dung", "Field"), t("Giá trị", "Value"), t("Ghi chú", "Note")]))
        let unit = submission.unit
        let kinds = framework.unitKinds.map(\.rawValue)
        let rows: [(String, String, FormCell, String)] = [
            (
                t("Bộ tiêu chí", "Framework"), framework.title.text(language), FormCell(value: .text(framework.id), style: .label),
                t("không sửa", "do not change")
            ),
            (
                t("Năm đánh giá", "Year evaluated"), "", FormCell(value: .number(String(submission.year)), style: .input),
                "\(framework.firstYear)–\(framework.lastYear)"
            ),
            (t("Mã đơn vị", "Unit id"), "", Self.textCell(unit.id), t("ví dụ dak-nong.so-noi-vu", "for example dak-nong.so-noi-vu")),
            (t("Tên đơn vị", "Unit name"), "", Self.textCell(unit.name), t("ví dụ Sở Nội vụ", "for example Sở Nội vụ")),
            (t("Loại đơn vị", "Kind of unit"), "", FormCell(value: .text(unit.kind.rawValue), style: .input), kinds.joined(separator: ", ")),
            (t("Tỉnh, thành phố", "Province"), "", Self.textCell(unit.province), t("có thể bỏ trống", "may be left empty")),
        ]
        for (index, row) in rows.enumerated() {
            let label = row.1.isEmpty ? row.0 : "\(row.0): \(row.1)"
            sheet.rows.append([.label(FormLayout.unitCodes[index]), .label(label), row.2, .label(row.3)])
        }
        let value = FormLayout.Column.unitValue
        sheet.validations = [
            FormValidation(
                kind: .whole(minimum: String(framework.firstYear), maximum: String(framework.lastYear)),
                cells: [CellRange(column: value, firstRow: 3, lastRow: 3)],
                error: t(
                    "Năm trong khoảng \(framework.firstYear)–\(framework.lastYear)", "A year within \(framework.firstYear)–\(framework.lastYear)")),
            FormValidation(
                kind: .list(kinds), cells: [CellRange(column: value, firstRow: 6, lastRow: 6)],
                error: t("Chọn trong danh sách", "Choose from the list")),
        ]
        return sheet
    }

    private var factsSheet: FormSheet {
        var sheet = FormSheet(name: FormLayout.name(.facts, language), widths: [22, 50, 22, 16, 34])
        sheet.rows.append(
            header([t("Mã", "Code"), t("Số liệu", "Fact"), t("Kiểu, đơn vị", "Type, unit"), t("Giá trị", "Value"), t("Ghi chú", "Note")]))
        var byKind: [String: [CellRange]] = [:]
        var lists: [(String, [String], Int)] = []
        let column = FormLayout.Column.factValue
        for (offset, fact) in framework.facts.enumerated() {
            let row = offset + 2
            let value = filled ? submission.facts[fact.id] : nil
            let cell: FormCell
            switch value {
            case .number(let number)?: cell = Self.numberCell(number)
            case .date(let date)?: cell = Self.dateCell(date)
            case .boolean(let flag)?: cell = Self.textCell(FormLayout.yesNo(language)[flag ? 0 : 1])
            case .answer(let answer)?: cell = Self.textCell(answer)
            case nil: cell = fact.type == .date ? Self.dateCell(nil) : .emptyInput
            }
            sheet.rows.append([
                .label(fact.id), .label(fact.title.text(language)), .label(FormLayout.typeText(fact, language)), cell,
                .label(FormLayout.note(fact, language)),
            ])
            let range = CellRange(column: column, firstRow: row, lastRow: row)
            switch fact.type {
            case .count, .amount, .date: byKind[fact.type.rawValue, default: []].append(range)
            case .boolean: lists.append(("boolean", FormLayout.yesNo(language), row))
            case .answer: lists.append((fact.id, fact.options, row))
            }
        }
        for index in 0..<noteRows {
            let note = "Ghi chú \(index + 1): số liệu lấy từ hệ thống một cửa điện tử, đã đối chiếu với sổ theo dõi"
            sheet.rows.append([
                FormCell(value: .empty, style: .plain), .label(note), .label("—"), FormCell(value: .number(String(index)), style: .input),
                .label(note),
            ])
        }
        let (first, last) = dateBounds
        if let cells = byKind["count"] {
            sheet.validations.append(
                FormValidation(
                    kind: .whole(minimum: "0", maximum: String(Fact.maximumCount)), cells: cells,
                    error: t("Nhập số nguyên ≥ 0 (số hồ sơ, không nhập tỷ lệ %)", "Type a whole number ≥ 0 (a count, not a percentage)")))
        }
        if let cells = byKind["amount"] {
            sheet.validations.append(
                FormValidation(kind: .decimal(minimum: "0", maximum: "1000000000000"), cells: cells, error: t("Nhập số ≥ 0", "Type a number ≥ 0")))
        }
        if let cells = byKind["date"] {
            sheet.validations.append(
                FormValidation(
                    kind: .date(minimum: first, maximum: last), cells: cells,
                    error: t("Nhập ngày, ví dụ 20/12/2024", "Type a date, for example 20/12/2024")))
        }
        for (_, options, row) in lists
        where options.allSatisfy({ !$0.contains(",") && !$0.contains("\"") }) && options.joined(separator: ",").count < 250 {
            sheet.validations.append(
                FormValidation(
                    kind: .list(options), cells: [CellRange(column: column, firstRow: row, lastRow: row)],
                    error: t("Chọn trong danh sách", "Choose from the list")))
        }
        return sheet
    }

    private var evidenceSheet: FormSheet {
        var sheet = FormSheet(name: FormLayout.name(.evidence, language), widths: [10, 18, 32, 15, 34, 14, 28, 10, 8])
        sheet.rows.append(
            header([
                t("Tiêu chí", "Criterion"), t("Mã tài liệu", "Document"), t("Tài liệu yêu cầu", "Document requested"), t("Số hiệu", "Number"),
                t("Trích yếu", "Title"), t("Ngày ban hành", "Date issued"), t("Đường dẫn", "Link"), t("Mục", "Section"), t("Trang", "Page"),
            ]))
        var row = 1
        for leaf in framework.leaves {
            for document in leaf.documents {
                row += 1
                let given = filled ? submission.evidence[leaf.id]?[document.id] : nil
                sheet.rows.append([
                    .label(leaf.id), .label(document.id), .label(document.title.text(language)), Self.textCell(given?.number),
                    Self.textCell(given?.title), Self.dateCell(given?.date), Self.textCell(given?.link), .emptyInput, .emptyInput,
                ])
            }
        }
        if row > 1 {
            let (first, last) = dateBounds
            sheet.validations.append(
                FormValidation(
                    kind: .date(minimum: first, maximum: last), cells: [CellRange(column: FormLayout.Column.evidenceDate, firstRow: 2, lastRow: row)],
                    error: t("Nhập ngày, ví dụ 20/12/2024", "Type a date, for example 20/12/2024")))
        }
        return sheet
    }

    private var notApplicableSheet: FormSheet {
        var sheet = FormSheet(name: FormLayout.name(.notApplicable, language), widths: [10, 60, 60], landscape: false)
        sheet.rows.append(
            header([
                t("Tiêu chí", "Criterion"), t("Nội dung", "Criterion title"),
                t("Lý do không áp dụng (để trống nếu áp dụng)", "Reason it does not apply (empty if it applies)"),
            ]))
        for leaf in framework.leaves {
            sheet.rows.append([.label(leaf.id), .label(leaf.title.text(language)), Self.textCell(filled ? submission.notApplicable[leaf.id] : nil)])
        }
        return sheet
    }

    private var claimedSheet: FormSheet {
        var sheet = FormSheet(name: FormLayout.name(.claimed, language), widths: [10, 60, 10, 12, 16])
        sheet.rows.append(
            header([
                t("Tiêu chí", "Criterion"), t("Nội dung", "Criterion title"), t("Điểm tối đa", "Maximum"), t("Điểm tự chấm", "Points claimed"),
                t("Điểm chấm trực tiếp (điều tra XHH, hội đồng)", "Points given directly (survey, council)"),
            ]))
        for (offset, leaf) in framework.leaves.enumerated() {
            let row = offset + 2
            var direct = FormCell(value: .empty, style: .unused)
            if leaf.rule?.takesDirectPoints == true { direct = Self.numberCell(filled ? submission.direct[leaf.id] : nil) }
            sheet.rows.append([
                .label(leaf.id), .label(leaf.title.text(language)), FormCell(value: .number(leaf.max.exactText), style: .labelNumber),
                Self.numberCell(filled ? submission.claimed[leaf.id] : nil), direct,
            ])
            let error = t("Nhập điểm từ 0 đến \(leaf.max.exactText)", "Type points from 0 to \(leaf.max.exactText)")
            sheet.validations.append(
                FormValidation(
                    kind: .decimal(minimum: "0", maximum: leaf.max.exactText),
                    cells: [CellRange(column: FormLayout.Column.claimedPoints, firstRow: row, lastRow: row)], error: error))
            if leaf.rule?.takesDirectPoints == true {
                sheet.validations.append(
                    FormValidation(
                        kind: .decimal(minimum: "0", maximum: leaf.max.exactText),
                        cells: [CellRange(column: FormLayout.Column.directPoints, firstRow: row, lastRow: row)], error: error))
            }
        }
        return sheet
    }

    private var appraisalSheet: FormSheet {
        var sheet = FormSheet(name: FormLayout.name(.appraisal, language), widths: [10, 50, 10, 12, 44])
        sheet.rows.append(
            header([
                t("Tiêu chí", "Criterion"), t("Nội dung", "Criterion title"), t("Điểm tối đa", "Maximum"),
                t("Điểm hội đồng thẩm định", "Council's points"), t("Lý do điều chỉnh", "Reason for the correction"),
            ]))
        for (offset, leaf) in framework.leaves.enumerated() {
            let row = offset + 2
            let correction = filled ? submission.appraisal[leaf.id] : nil
            sheet.rows.append([
                .label(leaf.id), .label(leaf.title.text(language)), FormCell(value: .number(leaf.max.exactText), style: .labelNumber),
                Self.numberCell(correction?.points), Self.textCell(correction?.reason),
            ])
            sheet.validations.append(
                FormValidation(
                    kind: .decimal(minimum: "0", maximum: leaf.max.exactText),
                    cells: [CellRange(column: FormLayout.Column.appraisalPoints, firstRow: row, lastRow: row)],
                    error: t("Nhập điểm từ 0 đến \(leaf.max.exactText)", "Type points from 0 to \(leaf.max.exactText)")))
        }
        return sheet
    }
}
