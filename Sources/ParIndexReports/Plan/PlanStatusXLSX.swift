import Foundation
import ParIndexCore

/// Writes a plan's status (or a province's) as an Excel workbook: a summary sheet, one row per
/// task, and the citable documents.
public enum PlanStatusXLSX {
    /// The workbook bytes of a plan's status.
    public static func encode(_ s: PlanStatus, language: Language) -> Data {
        let l = PlanLabels(language: language)
        var summary = XLSXSheet(name: l.t("Tổng hợp", "Summary"))
        summary.append([.text(l.heading(s), .heading)])
        summary.append([.text(l.issued(s.plan))])
        summary.append([.text(l.asOf(s))])
        summary.append([])
        counts(&summary, l.countHeadings(l.t("Lĩnh vực", "Section")), s.sections.map { (l.sectionTitle($0), $0) } + [(l.t("Tổng", "Total"), s.total)])
        summary.append([])
        counts(&summary, l.countHeadings(l.t("Đơn vị chủ trì", "Unit in charge")), s.units.map { ($0.title, $0) })
        summary.append([])
        summary.append([.text(l.t("Kinh phí dự kiến (triệu đồng)", "Budget planned (million VND)"), .header), .number(s.budgetPlanned)])
        summary.append([.text(l.t("Kinh phí đã sử dụng (triệu đồng)", "Budget spent (million VND)"), .header), .number(s.budgetSpent)])

        var tasks = XLSXSheet(name: l.t("Nhiệm vụ", "Tasks"), frozenRows: 1)
        tasks.append(
            [
                l.t("Mã", "Id"), l.t("Lĩnh vực", "Section"), l.t("Nội dung", "Content"), l.t("Đơn vị chủ trì", "Unit in charge"),
                l.t("Bắt đầu", "Start"), l.t("Kết thúc", "End"), l.t("Hạn", "Due"), l.t("Trạng thái", "Status"), l.t("Tình hình", "Standing"),
                l.t("Ngày hoàn thành", "Done on"), l.t("Nguy cơ chậm", "At risk"), l.t("Kinh phí (triệu đồng)", "Budget (million VND)"),
                l.t("Đã sử dụng", "Spent"), l.t("Chỉ tiêu", "Target"), l.t("Đạt được", "Actual"),
            ].map { .text($0, .header) })
        for t in s.tasks {
            tasks.append([
                .text(t.task.id), .text(t.sectionID), .text(t.task.content), .text(t.task.lead), .text(t.task.start.text), .text(t.task.end.text),
                .text(l.date(t.due)), .text(t.status.label(language)), .text(t.standing.label(language)), .text(l.date(t.doneOn)),
                .text(t.atRisk ? l.t("có", "yes") : ""), .optionalNumber(t.task.budget), .optionalNumber(t.progress?.spent),
                .optionalNumber(t.task.indicator?.target?.value), .optionalNumber(t.progress?.actual),
            ])
        }

        var documents = XLSXSheet(name: l.t("Tài liệu kiểm chứng", "Evidence"), frozenRows: 1)
        documents.append(
            [
                l.t("Nhiệm vụ", "Task"), l.t("Kỳ", "Occurrence"), l.t("Loại", "Kind"), l.t("Số", "Number"), l.t("Ngày", "Date"),
                l.t("Trích yếu", "Title"), "Link",
            ]
            .map { .text($0, .header) })
        for c in s.citable {
            let d = c.document
            documents.append([
                .text(c.taskID), .optionalText(c.occurrenceID), .optionalText(d.kind), .text(d.number), .text(l.date(d.date)), .optionalText(d.title),
                .optionalText(d.link),
            ])
        }
        return XLSXWorkbook(sheets: [summary, tasks, documents]).data
    }

    /// The workbook bytes of a province's table.
    public static func encode(_ p: PlanProvince, language: Language) -> Data {
        let l = PlanLabels(language: language)
        var table = XLSXSheet(name: l.t("Các đơn vị", "Units"), frozenRows: 1)
        counts(&table, [l.t("Hạng", "Rank")] + l.countHeadings(l.t("Đơn vị", "Unit")), p.units.map { ($0.plan.unit.name, $0.total) }, ranked: true)
        var overdue = XLSXSheet(name: l.t("Quá hạn", "Overdue"), frozenRows: 1)
        overdue.append([l.t("Đơn vị", "Unit"), l.t("Nhiệm vụ", "Task"), l.t("Hạn", "Due"), l.t("Nội dung", "Content")].map { .text($0, .header) })
        for s in p.units {
            for t in s.overdue { overdue.append([.text(s.plan.unit.name), .text(t.task.id), .text(l.date(t.due)), .text(t.task.content)]) }
        }
        return XLSXWorkbook(sheets: [table, overdue]).data
    }

    private static func counts(_ sheet: inout XLSXSheet, _ headings: [String], _ rows: [(String, StandingCounts)], ranked: Bool = false) {
        sheet.append(headings.map { .text($0, .header) })
        for (index, (title, c)) in rows.enumerated() {
            let cells: [XLSXCell] = [
                .text(title), .integer(c.tasks), .integer(c.doneOnTime), .integer(c.doneLate), .integer(c.overdue), .integer(c.notYetDue),
                .integer(c.cancelled), .optionalNumber(c.completionPercent),
            ]
            sheet.append(ranked ? [.integer(index + 1)] + cells : cells)
        }
    }
}
