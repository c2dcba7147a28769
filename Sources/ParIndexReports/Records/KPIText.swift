import Foundation
import ParIndexCore

/// Writes a `KPIReport` as plain text: per unit every figure, every rate with its numerator and
/// denominator, the on-time rate under the other definitions and why they differ, and the records
/// left out with file and line.
public enum KPIText {
    /// The text.
    public static func render(_ report: KPIReport, language: Language) -> String {
        let vi = language == .vi
        var lines: [String] = []
        let d = report.definition
        lines.append(
            vi
                ? "Chỉ số từ hồ sơ TTHC — kỳ \(report.period.label), cách tính \(d.id) (phiên bản \(d.version))"
                : "KPIs from dossier records — period \(report.period.label), definition \(d.id) (version \(d.version))")
        lines.append(d.title.text(language))
        lines.append(
            vi
                ? "Đã đọc \(report.recordsRead) bản ghi từ \(report.files.count) tệp; bỏ ra \(report.leftOutCount) bản ghi sai (xem cuối báo cáo)."
                : "Read \(report.recordsRead) records from \(report.files.count) files; left out \(report.leftOutCount) faulty records (listed at the end)."
        )
        lines.append("")
        for unit in report.units + [report.total] {
            let name = unit.unit.isEmpty ? (vi ? "TỔNG CỘNG" : "TOTAL") : unit.unit
            lines.append(name)
            lines.append(String(repeating: "-", count: max(3, name.count)))
            lines += block(unit, report, language)
            lines.append("")
        }
        lines += differences(report, language)
        if report.uncoveredDeadlines > 0 {
            lines.append(
                vi
                    ? "Lưu ý: \(report.uncoveredDeadlines) hạn giải quyết tính theo số ngày quy định rơi vào năm không có tệp lịch (chỉ trừ thứ Bảy, Chủ nhật)."
                    : "Note: \(report.uncoveredDeadlines) deadlines from statutory days fall in a year without a calendar file (weekends only).")
            lines.append("")
        }
        if report.leftOutCount > 0 {
            lines.append(
                vi
                    ? "Bản ghi bị bỏ ra (không tính vào số liệu nào): \(report.leftOutCount)"
                    : "Records left out (counted in no figure): \(report.leftOutCount)")
            for problem in report.problems { lines.append("  " + problem.text(language)) }
            if report.problems.count < report.leftOutCount {
                lines.append(
                    vi
                        ? "  … và \(report.leftOutCount - report.problems.count) bản ghi khác"
                        : "  … and \(report.leftOutCount - report.problems.count) more")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func block(_ u: KPIReport.UnitFigures, _ report: KPIReport, _ language: Language) -> [String] {
        let vi = language == .vi
        func n(_ f: KPIFigure) -> String { ExactDecimal(u.count(f)).formatted(decimals: 0, language: language) }
        var lines: [String] = []
        lines.append(
            vi
                ? "  Tiếp nhận trong kỳ \(n(.received)) (trực tuyến \(n(.online)), trực tiếp \(n(.direct)), bưu chính công ích \(n(.postal))); kỳ trước chuyển qua \(n(.carriedOver))"
                : "  Received \(n(.received)) (online \(n(.online)), direct \(n(.direct)), postal \(n(.postal))); carried over \(n(.carriedOver))")
        var completed =
            vi
            ? "  Đã giải quyết \(n(.completed)): trước hạn \(n(.completedEarly)), đúng hạn \(n(.completedOnTime)), trễ hạn \(n(.completedLate)) (có thư xin lỗi \(n(.lateWithApology)))"
            : "  Completed \(n(.completed)): early \(n(.completedEarly)), on time \(n(.completedOnTime)), late \(n(.completedLate)) (with apology \(n(.lateWithApology)))"
        if u.count(.completedWithoutDue) > 0 {
            completed += vi ? ", không có hạn \(n(.completedWithoutDue))" : ", no due date \(n(.completedWithoutDue))"
        }
        lines.append(completed)
        var progress =
            vi
            ? "  Đang giải quyết cuối kỳ: trong hạn \(n(.inProgressWithinDue)), quá hạn \(n(.inProgressOverdue))"
            : "  In progress at period end: within due date \(n(.inProgressWithinDue)), overdue \(n(.inProgressOverdue))"
        if u.count(.inProgressWithoutDue) > 0 {
            progress += vi ? ", không có hạn \(n(.inProgressWithoutDue))" : ", no due date \(n(.inProgressWithoutDue))"
        }
        lines.append(progress)
        lines.append(
            vi
                ? "  Rút hồ sơ \(n(.withdrawn)); trả lại \(n(.returned)) (từ chối \(n(.refused)), dừng xử lý \(n(.stopped)))"
                : "  Withdrawn \(n(.withdrawn)); returned \(n(.returned)) (refused \(n(.refused)), stopped \(n(.stopped)))")
        lines.append(
            vi
                ? "  Có kết quả điện tử \(n(.electronicResult)); có thành phần số hóa \(n(.digitised)); có phí \(n(.withFees)), thanh toán trực tuyến \(n(.paidOnline))"
                : "  Electronic result \(n(.electronicResult)); digitised \(n(.digitised)); with fees \(n(.withFees)), paid online \(n(.paidOnline))")
        for rate in KPIRate.all {
            let r = u.rate(rate)
            let label = rate.name == "onTimeRate" ? "\(rate.title.text(language)) (\(report.definition.id))" : rate.title.text(language)
            lines.append("  \(label): \(fraction(r, language))")
        }
        for (index, other) in report.others.enumerated() {
            let r = u.others[index].rate
            lines.append(
                vi ? "  Tỷ lệ đúng hạn theo \(other.id): \(fraction(r, language))" : "  On-time rate under \(other.id): \(fraction(r, language))")
        }
        return lines
    }

    /// `110/125 = 88,00 %`, or `0/0 = —`.
    static func fraction(_ r: KPIReport.Rate, _ language: Language) -> String {
        let shown = r.percent.map { $0.formatted(decimals: 2, language: language) + " %" } ?? "—"
        let n = ExactDecimal(r.numerator).formatted(decimals: 0, language: language)
        let d = ExactDecimal(r.denominator).formatted(decimals: 0, language: language)
        return "\(n)/\(d) = \(shown)"
    }

    static func differences(_ report: KPIReport, _ language: Language) -> [String] {
        let vi = language == .vi
        var lines: [String] = []
        for (index, other) in report.others.enumerated() {
            let a = report.total.rate(KPIRate.all[0])
            let b = report.total.others[index].rate
            lines.append(
                vi
                    ? "Khác biệt giữa \(report.definition.id) (\(fraction(a, language))) và \(other.id) (\(fraction(b, language))):"
                    : "Difference between \(report.definition.id) (\(fraction(a, language))) and \(other.id) (\(fraction(b, language))):")
            var any = false
            for difference in KPIAggregator.Difference.allCases {
                for (pair, count) in report.differences[index][difference.rawValue].enumerated() where count > 0 {
                    any = true
                    lines.append("  " + report.explain(difference, pair: pair, count: count, other: other, language))
                }
            }
            if !any { lines.append(vi ? "  không có hồ sơ nào khác kết luận" : "  no dossier has a different verdict") }
            lines.append("")
        }
        return lines
    }
}
