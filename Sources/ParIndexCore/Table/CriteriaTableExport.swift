import Foundation

/// Writes a framework as the criteria table and declarations sheet that
/// ``CriteriaTableImport`` reads back to an equal framework (see <doc:CriteriaTableFormat>).
public enum CriteriaTableExport {
    /// The criteria table and the declarations, with headings in `language`.
    public static func sheets(_ framework: Framework, language: Language = .vi) -> (criteria: TableSheet, declarations: TableSheet) {
        let headingIndex = language == .vi ? 0 : -1
        func heading<C>(_ names: [C]) -> String where C: StringProtocol { String(headingIndex == 0 ? names[0] : names[names.count - 1]) }
        let criteriaHeader = CriteriaColumn.allCases.map { heading(CriteriaColumn.names($0)) }
        var criteria: [TableRow] = []
        let implicit = framework.components.isEmpty ? "total" : nil
        func add(_ node: Node, parentComponent: String?) {
            let component = node.component.flatMap { $0 == parentComponent ? nil : $0 } ?? ""
            let docs = node.documents.map { "\($0.id): \($0.title.vi)" }.joined(separator: "; ")
            let docsEn =
                node.documents.contains { $0.title.en != nil }
                ? node.documents.map { "\($0.id): \($0.title.en ?? $0.title.vi)" }.joined(separator: "; ") : ""
            let cells = CriteriaColumn.allCases.map { column -> String in
                switch column {
                case .code: node.id
                case .title: node.title.vi
                case .titleEn: node.title.en ?? ""
                case .max: TableNumber.format(node.max)
                case .component: component
                case .rule: node.rule.map(RuleText.format) ?? ""
                case .documents: docs
                case .documentsEn: docsEn
                case .source: node.provenance.source
                case .status: TableDeclarations.statusText(node.provenance.status, language)
                case .quote: node.provenance.quote ?? ""
                }
            }
            criteria.append(TableRow(number: criteria.count + 2, cells: cells))
            for child in node.children { add(child, parentComponent: node.component) }
        }
        for field in framework.fields { add(field, parentComponent: implicit) }

        var rows: [[DeclarationColumn: String]] = []
        func kind(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }
        func info(_ key: (String, String), _ values: [DeclarationColumn: String]) {
            rows.append(values.merging([.kind: kind("thông tin", "info"), .id: kind(key.0, key.1)]) { a, _ in a })
        }
        func provenance(_ p: Provenance?) -> [DeclarationColumn: String] {
            guard let p else { return [:] }
            return [.source: p.source, .status: TableDeclarations.statusText(p.status, language), .quote: p.quote ?? ""]
        }
        func title(_ t: LocalizedText) -> [DeclarationColumn: String] { [.title: t.vi, .titleEn: t.en ?? ""] }
        info(("mã", "id"), [.value: framework.id])
        info(("tên", "title"), title(framework.title))
        for basis in framework.legalBasis { info(("căn cứ", "legal basis"), [.value: basis]) }
        info(("đối tượng", "unit kinds"), [.value: framework.unitKinds.map(\.rawValue).joined(separator: "; ")])
        info(("năm", "years"), [.value: "\(framework.firstYear)–\(framework.lastYear)"])
        info(("nguồn", "provenance"), provenance(framework.provenance))
        info(("số lẻ điểm", "point decimals"), [.value: String(framework.display.pointDecimals)])
        info(("số lẻ phần trăm", "percent decimals"), [.value: String(framework.display.percentDecimals)])
        if let places = framework.rounding.leafPoints { info(("làm tròn điểm tiêu chí", "leaf rounding"), [.value: String(places)]) }
        for c in framework.components {
            rows.append(title(c.title).merging([.kind: kind("thành phần", "component"), .id: c.id, .max: TableNumber.format(c.max)]) { a, _ in a })
        }
        for fact in framework.facts {
            var values = title(fact.title)
            values[.kind] = kind("dữ kiện", "fact")
            values[.id] = fact.id
            values[.value] = language == .vi ? TableDeclarations.factTypeText(fact.type) : fact.type.rawValue
            values[.detail] = fact.options.joined(separator: "; ")
            // A fact filled from dossier records: "từ hồ sơ: onTime, vpcp-766" (figure, then the definition expected).
            if let source = fact.fromRecords {
                values[.detail] = (language == .vi ? "từ hồ sơ: " : "from records: ") + source.figure + (source.definition.map { ", " + $0 } ?? "")
            }
            values[.unit] = fact.unit?.vi ?? ""
            values[.unitEn] = fact.unit?.en ?? ""
            rows.append(values)
        }
        for metric in framework.metrics {
            func side(_ ids: [String]) -> String { ids.count == 1 ? ids[0] : "(" + ids.joined(separator: " + ") + ")" }
            rows.append(
                title(metric.title).merging([
                    .kind: kind("chỉ số", "metric"), .id: metric.id, .value: side(metric.numerator) + " / " + side(metric.denominator),
                ]) {
                    a, _ in a
                })
        }
        for band in framework.bands {
            rows.append(
                title(band.label).merging(provenance(band.provenance)) { a, _ in a }.merging([
                    .kind: kind("xếp loại", "band"), .id: band.id, .value: (band.lowerInclusive ? "≥" : ">") + TableNumber.format(band.lower),
                ]) { a, _ in a })
        }
        for section in framework.adjustments {
            let sectionKind = section.kind == .bonus ? kind("điểm thưởng", "bonus") : kind("điểm trừ", "penalty")
            rows.append(
                title(section.title).merging(provenance(section.provenance)) { a, _ in a }.merging([
                    .kind: sectionKind, .id: section.id, .max: TableNumber.format(section.cap),
                ]) { a, _ in a })
            for item in section.items {
                rows.append(
                    title(item.title).merging(provenance(item.provenance)) { a, _ in a }.merging([
                        .kind: kind("mục", "item"), .id: item.id, .of: section.id, .detail: item.fact, .value: TableNumber.format(item.perOccurrence),
                        .max: TableNumber.format(item.cap),
                    ]) { a, _ in a })
            }
        }
        for measure in framework.planMeasures {
            rows.append([.kind: kind("kế hoạch", "plan measure"), .id: measure.fact, .value: measure.kind.rawValue, .detail: measure.document ?? ""])
        }
        let declarationHeader = DeclarationColumn.allCases.map { heading(DeclarationColumn.names($0)) }
        let declarationRows = rows.enumerated().map { offset, values in
            TableRow(number: offset + 2, cells: DeclarationColumn.allCases.map { values[$0] ?? "" })
        }
        let names = language == .vi ? ("Tiêu chí", "Khai báo") : ("Criteria", "Declarations")
        return (
            TableSheet(name: names.0, header: criteriaHeader, rows: criteria),
            TableSheet(name: names.1, header: declarationHeader, rows: declarationRows)
        )
    }

    /// What the table cannot hold of `framework`: texts with a `;` where the table separates
    /// items by `;` (documents, answers). Empty for every shipped framework.
    public static func unwritable(_ framework: Framework) -> [String] {
        var problems: [String] = []
        for leaf in framework.leaves {
            for document in leaf.documents where document.title.vi.contains(";") || (document.title.en?.contains(";") ?? false) {
                problems.append("\(leaf.id): \(document.id)")
            }
            if case .survey(let options, _, _, _) = leaf.rule {
                for option in options where option.answer.contains(";") || option.answer.contains(":") || option.answer.contains("=") {
                    problems.append("\(leaf.id): \(option.answer)")
                }
            }
            if case .ordinal(_, let options) = leaf.rule {
                for option in options where option.answer.contains(";") || option.answer.contains(":") {
                    problems.append("\(leaf.id): \(option.answer)")
                }
            }
        }
        for fact in framework.facts where fact.options.contains(where: { $0.contains(";") }) { problems.append(fact.id) }
        return problems
    }
}
