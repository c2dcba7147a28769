import ParIndexCore

/// A printable checklist for a framework (`par-score template --format md`): the unit's details,
/// every fact with its title, type and unit and a blank to fill in, the evidence documents of
/// each sub-criterion with blanks for their number and date, the points given directly, and the
/// sub-criteria that may be declared not applicable.
public enum SubmissionChecklist {
    /// The checklist as Markdown (prints well from any Markdown viewer, or converted to PDF).
    public static func markdown(for framework: Framework, year: Int? = nil, language: Language) -> String {
        let vi = language == .vi
        let blank = "________________"
        var out = [
            vi ? "# Phiếu kê khai: \(framework.title.text(language))" : "# Submission checklist: \(framework.title.text(language))",
            "",
            vi
                ? "Bộ tiêu chí `\(framework.id)`, năm \(year.map(String.init) ?? blank). Điền vào chỗ trống, rồi chép vào tệp JSON do `par-score template --framework \(framework.id)` tạo (hoặc vào biểu mẫu Excel)."
                : "Framework `\(framework.id)`, year \(year.map(String.init) ?? blank). Fill in the blanks, then copy them into the JSON file that `par-score template --framework \(framework.id)` writes (or into the Excel form).",
            "",
            vi ? "## 1. Đơn vị" : "## 1. The unit",
            "",
            "| \(vi ? "Mục" : "Entry") | \(vi ? "Khóa" : "Key") | \(vi ? "Giá trị" : "Value") |",
            "| --- | --- | --- |",
            "| \(vi ? "Mã đơn vị" : "Unit id") | `unit.id` | \(blank) |",
            "| \(vi ? "Tên đơn vị" : "Unit name") | `unit.name` | \(blank) |",
            "| \(vi ? "Loại đơn vị" : "Kind") | `unit.kind` | \(framework.unitKinds.map(\.rawValue).joined(separator: " / ")) |",
            "| \(vi ? "Tỉnh" : "Province") | `unit.province` | \(blank) |",
            "",
            vi ? "## 2. Số liệu (dữ kiện)" : "## 2. Facts",
            "",
            vi
                ? "Nhập số đếm (số hồ sơ, số nhiệm vụ…), không nhập tỷ lệ phần trăm; số thập phân dùng dấu chấm (41830.5); ngày dạng năm-tháng-ngày (2020-01-16); có/không là true/false."
                : "Enter counts (files, tasks…), never percentages; decimals with a point (41830.5); dates as year-month-day (2020-01-16); yes/no as true/false.",
            "",
            "| # | \(vi ? "Mã" : "Code") | \(vi ? "Dữ kiện" : "Fact") | \(vi ? "Kiểu, đơn vị" : "Type, unit") | \(vi ? "Dùng cho" : "Used by") | \(vi ? "Giá trị" : "Value") |",
            "| ---: | --- | --- | --- | --- | --- |",
        ]
        var usedBy: [String: [String]] = [:]
        for leaf in framework.leaves {
            for id in RuleWording.factIDs(for: leaf, in: framework) { usedBy[id, default: []].append(leaf.id) }
        }
        for section in framework.adjustments {
            for item in section.items { usedBy[item.fact, default: []].append(item.id) }
        }
        for (number, fact) in framework.facts.enumerated() {
            let cells = [
                "\(number + 1)", "`\(fact.id)`", fact.title.text(language), RuleWording.typeText(of: fact, language: language),
                (usedBy[fact.id] ?? []).joined(separator: ", "), fact.type == .boolean ? (vi ? "☐ có ☐ không" : "☐ yes ☐ no") : blank,
            ]
            out.append("| " + cells.map(cell).joined(separator: " | ") + " |")
        }
        out += [
            "", vi ? "## 3. Tài liệu kiểm chứng" : "## 3. Evidence documents", "",
            "| \(vi ? "Tiêu chí" : "Leaf") | \(vi ? "Tài liệu" : "Document") | \(vi ? "Mã" : "Code") | \(vi ? "Số hiệu" : "Number") | \(vi ? "Ngày" : "Date") | \(vi ? "Có" : "Have") |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for leaf in framework.leaves where !leaf.documents.isEmpty {
            for (k, document) in leaf.documents.enumerated() {
                let head = k == 0 ? "\(leaf.id) \(leaf.title.text(language))" : ""
                out.append(
                    "| " + [head, document.title.text(language), "`\(document.id)`", blank, "____-__-__", "☐"].map(cell).joined(separator: " | ")
                        + " |")
            }
        }
        let direct = framework.leaves.filter { if case .direct = $0.rule { true } else { false } }
        if !direct.isEmpty {
            out += [
                "", vi ? "## 4. Điểm cho trực tiếp (điều tra, thẩm định)" : "## 4. Points given directly (survey, appraisal)", "",
                "| \(vi ? "Tiêu chí" : "Leaf") | \(vi ? "Tối đa" : "Max") | \(vi ? "Điểm" : "Points") |", "| --- | ---: | --- |",
            ]
            for leaf in direct {
                out.append(
                    "| "
                        + ["\(leaf.id) \(leaf.title.text(language))", RuleWording.number(leaf.max, language), blank].map(cell).joined(
                            separator: " | ") + " |")
            }
        }
        out += [
            "", vi ? "## 5. Tiêu chí không áp dụng" : "## 5. Sub-criteria that do not apply", "",
            vi
                ? "Ghi mã tiêu chí thành phần và lý do (không phát sinh), ví dụ: 2.2.1: Năm 2020 Sở không chủ trì soạn thảo văn bản QPPL."
                : "Write the sub-criterion id and the reason (nothing arose), for example: 2.2.1: no legal document was drafted in 2020.",
            "", "| \(vi ? "Mã" : "Id") | \(vi ? "Lý do" : "Reason") |", "| --- | --- |", "| \(blank) | \(blank) |", "| \(blank) | \(blank) |", "",
        ]
        return out.joined(separator: "\n") + "\n"
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
