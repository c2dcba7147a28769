import Foundation

/// The columns of a criteria table and of its declarations sheet, with the headings accepted
/// for each (Vietnamese and English; case, accents as typed, spaces aside).
struct TableColumns<Column: Hashable & CaseIterable & Sendable> {
    /// The position of each column found.
    private(set) var positions: [Column: Int] = [:]

    /// Maps `header` to columns; unknown or repeated headings and missing required columns are problems.
    init(
        header: [String], names: (Column) -> [String], required: [Column], file: String, sheet: String?,
        problems: inout [TableProblem]
    ) {
        var known: [String: Column] = [:]
        for column in Column.allCases {
            for name in names(column) { known[Self.key(name)] = column }
        }
        for (index, heading) in header.enumerated() {
            let key = Self.key(heading)
            if key.isEmpty { continue }
            guard let column = known[key] else {
                let expected = Column.allCases.map { names($0)[0] }.joined(separator: ", ")
                problems.append(
                    TableProblem(
                        file: file, sheet: sheet, row: 1, column: heading,
                        LocalizedText(
                            vi: "tên cột không hợp lệ \"\(heading)\" (các cột: \(expected))",
                            en: "unknown column \"\(heading)\" (the columns: \(expected))")))
                continue
            }
            if positions[column] != nil {
                problems.append(
                    TableProblem(
                        file: file, sheet: sheet, row: 1, column: heading,
                        LocalizedText(vi: "cột \"\(heading)\" có hai lần", en: "the column \"\(heading)\" appears twice")))
                continue
            }
            positions[column] = index
        }
        for column in required where positions[column] == nil {
            problems.append(
                TableProblem(
                    file: file, sheet: sheet, row: 1,
                    LocalizedText(vi: "thiếu cột \"\(names(column)[0])\"", en: "missing column \"\(names(column)[0])\" (\(names(column).last ?? ""))")
                ))
        }
    }

    /// The position of `column`, if present.
    subscript(column: Column) -> Int? { positions[column] }

    /// A heading as compared: NFC, lower case, runs of spaces as one.
    static func key(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// The columns of the criteria table.
enum CriteriaColumn: CaseIterable, Sendable {
    case code, title, titleEn, max, component, rule, documents, documentsEn, source, status, quote

    /// The headings accepted; the first is the one written in Vietnamese, the last in English.
    static func names(_ column: CriteriaColumn) -> [String] {
        switch column {
        case .code: ["Mã", "Mã tiêu chí", "Code"]
        case .title: ["Nội dung", "Tiêu chí", "Title"]
        case .titleEn: ["Nội dung (en)", "Nội dung (tiếng Anh)", "Title (en)"]
        case .max: ["Điểm tối đa", "Điểm", "Max points"]
        case .component: ["Thành phần", "Component"]
        case .rule: ["Cách chấm", "Rule", "Scoring"]
        case .documents: ["Tài liệu kiểm chứng", "Evidence", "Documents"]
        case .documentsEn: ["Tài liệu kiểm chứng (en)", "Evidence (en)", "Documents (en)"]
        case .source: ["Nguồn", "Source"]
        case .status: ["Trạng thái", "Status"]
        case .quote: ["Trích dẫn", "Quote"]
        }
    }
}

/// The columns of the declarations sheet (facts, metrics, components, bands, bonus and penalty,
/// plan measures, the framework's own details).
enum DeclarationColumn: CaseIterable, Sendable {
    case kind, id, title, titleEn, value, max, detail, unit, unitEn, of, source, status, quote

    /// The headings accepted; the first is the one written in Vietnamese, the last in English.
    static func names(_ column: DeclarationColumn) -> [String] {
        switch column {
        case .kind: ["Loại", "Kind"]
        case .id: ["Mã", "Id"]
        case .title: ["Tên", "Title"]
        case .titleEn: ["Tên (en)", "Title (en)"]
        case .value: ["Giá trị", "Value"]
        case .max: ["Tối đa", "Max"]
        case .detail: ["Chi tiết", "Detail"]
        case .unit: ["Đơn vị", "Unit"]
        case .unitEn: ["Đơn vị (en)", "Unit (en)"]
        case .of: ["Thuộc", "Of"]
        case .source: ["Nguồn", "Source"]
        case .status: ["Trạng thái", "Status"]
        case .quote: ["Trích dẫn", "Quote"]
        }
    }
}
