import ParIndexCore

/// Writes what `plan facts` filled, what it could not and the conflicts with a merged submission.
public enum PlanFactsText {
    /// The report as text, ending with a newline.
    public static func render(_ result: PlanFacts, language: Language) -> String {
        let l = PlanLabels(language: language)
        var out = [l.t("Đã điền từ kế hoạch", "Filled from the plan") + " (\(result.filled.count)):"]
        out += result.filled.map { "  \($0.target) = \($0.value)  (\($0.origin.text(language)))" }
        out.append(l.t("Không điền được", "Could not fill") + " (\(result.unfilled.count)):")
        out += result.unfilled.isEmpty ? ["  —"] : result.unfilled.map { "  \($0.target): \($0.reason.text(language))" }
        out.append(l.t("Khác với giá trị đã nhập", "Differs from the value typed in") + " (\(result.conflicts.count)):")
        out +=
            result.conflicts.isEmpty
            ? ["  —"]
            : result.conflicts.map { c in
                let action =
                    c.overwritten
                    ? l.t("đã thay bằng giá trị từ kế hoạch (--overwrite)", "replaced by the plan's value (--overwrite)")
                    : l.t("giữ giá trị đã nhập (thêm --overwrite để thay)", "kept the typed value (add --overwrite to replace it)")
                return "  \(c.target): " + l.t("đã nhập ", "typed ") + c.given + l.t(", kế hoạch ", ", plan ") + c.fromPlan + " — " + action
            }
        if !result.unmatched.isEmpty {
            out.append(
                l.t("Loại văn bản, chỉ tiêu không có trong bộ tiêu chí", "Document kinds and metrics the framework does not have")
                    + " (\(result.unmatched.count)):")
            out += result.unmatched.map { "  " + $0 }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
