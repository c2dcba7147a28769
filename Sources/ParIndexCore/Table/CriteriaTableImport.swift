import Foundation

/// Builds a framework from a criteria table as an official types it from a decision's appendix
/// (see <doc:CriteriaTableFormat>): one row per node, `Mã` (1, 1.1, 1.1.1), `Nội dung`,
/// `Điểm tối đa`, and optionally `Thành phần`, `Cách chấm`, `Tài liệu kiểm chứng`, `Nguồn`,
/// `Trạng thái`; a second sheet or file declares facts, metrics, components, bands, bonus and
/// penalty.
///
/// Every problem is named with its row and column; the framework returned has been written as a
/// criteria file, read back and linted like any file of `Criteria/`.
public enum CriteriaTableImport {
    /// A framework imported from a table.
    public struct Imported: Sendable {
        /// The criteria file's text.
        public var json: String
        /// The framework, as read back from ``json``.
        public var framework: Framework
        /// Warnings of the table and of lint; none is an error.
        public var warnings: [TableProblem]
    }

    /// A row of the criteria table, read.
    private struct RowNode {
        var row: Int
        var code: String
        var title: LocalizedText
        var max: ExactDecimal?
        var component: String?
        var ruleText: String
        var documents: [DocumentRequirement]
        var provenance: Provenance
        var children: [Int] = []
        /// Whether the maximum's cell holds something that is not a number (already reported).
        var maxInvalid = false
    }

    /// Imports `main` (the criteria) with optional `declarations`; `file` and `declarationsFile`
    /// name them in messages, `outputFile` is the name the criteria file is read back under.
    public static func framework(
        main: TableSheet, file: String, declarations: TableSheet? = nil, declarationsFile: String? = nil, options: CriteriaImportOptions,
        outputFile: String
    ) throws(TableError) -> Imported {
        var problems: [TableProblem] = []
        let declared = declarations.map { TableDeclarations($0, file: declarationsFile ?? file, problems: &problems) }
        let d = declared ?? TableDeclarations.empty
        let columns = TableColumns<CriteriaColumn>(
            header: main.header, names: CriteriaColumn.names, required: [.code, .title, .max], file: file, sheet: main.name, problems: &problems)
        if problems.contains(where: { !$0.isWarning && $0.row == 1 }) { throw TableError(problems) }

        // Framework details: the command line first, then the declarations sheet.
        let frameworkProvenance = options.source.map { Provenance(status: .adapted, source: $0) } ?? d.provenance
        var missingOptions: [String] = []
        func missing(_ what: String, _ english: String, _ option: String) {
            missingOptions.append(option)
            problems.append(
                TableProblem(
                    file: file,
                    LocalizedText(
                        vi: "thiếu \(what): dùng \(option) (hoặc dòng \"thông tin\" trong bảng khai báo)",
                        en: "missing \(english): use \(option) (or an \"info\" row of the declarations)")))
        }
        let id = options.id ?? d.id
        let title = options.title.map { LocalizedText(vi: $0, en: options.title == d.title?.vi ? d.title?.en : nil) } ?? d.title
        let unitKinds = options.unitKinds ?? d.unitKinds
        let years = options.years ?? d.years
        if id == nil { missing("mã bộ tiêu chí", "the framework's id", "--id") }
        if title == nil { missing("tên bộ tiêu chí", "the title", "--title") }
        if unitKinds == nil { missing("loại đơn vị", "the kinds of unit", "--unit-kind") }
        if years == nil { missing("năm áp dụng", "the years", "--years FROM-TO") }
        if frameworkProvenance == nil { missing("nguồn", "the source", "--source") }
        if let id, !ValueReader.isIdentifier(id) {
            problems.append(
                TableProblem(file: file, LocalizedText(vi: "mã bộ tiêu chí \"\(id)\" không hợp lệ", en: "invalid framework id \"\(id)\"")))
        }

        // Rows to nodes.
        var nodes: [RowNode] = []
        var index: [String: Int] = [:]
        var roots: [Int] = []
        for row in main.rows where !row.isBlank {
            func cell(_ c: CriteriaColumn) -> String { row[columns[c]].trimmingCharacters(in: .whitespacesAndNewlines) }
            func problem(_ c: CriteriaColumn?, _ vi: String, _ en: String) {
                problems.append(
                    TableProblem(
                        file: file, sheet: main.name, row: row.number, column: c.map { CriteriaColumn.names($0)[0] }, LocalizedText(vi: vi, en: en)))
            }
            var code = cell(.code)
            if code.hasSuffix(".") { code.removeLast() }
            if code.split(separator: ".").count > FrameworkDecoder.maximumTreeDepth {
                problem(
                    .code, "mã \"\(code)\" có quá \(FrameworkDecoder.maximumTreeDepth) cấp",
                    "code \"\(code)\" has more than \(FrameworkDecoder.maximumTreeDepth) levels")
                continue
            }
            guard FrameworkDecoder.isNodeID(code) else {
                problem(.code, "mã \"\(code)\" không hợp lệ (ví dụ 1, 1.1, 1.1.1)", "invalid code \"\(code)\" (for example 1, 1.1, 1.1.1)")
                continue
            }
            if let other = index[code] {
                problem(.code, "mã \(code) trùng với dòng \(nodes[other].row)", "code \(code) repeats row \(nodes[other].row)")
                continue
            }
            let titleVi = cell(.title)
            if titleVi.isEmpty { problem(.title, "cần nội dung tiêu chí", "a title is needed") }
            let titleEn = cell(.titleEn)
            var max: ExactDecimal?
            let maxText = cell(.max)
            if !maxText.isEmpty {
                max = TableNumber.parse(maxText).flatMap { (0...1000).contains($0) ? $0 : nil }
                if max == nil {
                    problem(
                        .max, "\"\(maxText)\" không phải số điểm từ 0 đến 1000 (ví dụ 1,5)",
                        "\"\(maxText)\" is not a number of points from 0 to 1000 (for example 1,5)")
                    max = nil
                }
            }
            let component = cell(.component)
            if !component.isEmpty && !ValueReader.isIdentifier(component) {
                problem(.component, "mã thành phần \"\(component)\" không hợp lệ", "invalid component id \"\(component)\"")
            }
            let documents = parseDocuments(cell(.documents), en: cell(.documentsEn), leaf: code) { vi, en in problem(.documents, vi, en) }
            let source = cell(.source)
            guard let status = TableDeclarations.status(cell(.status)) else {
                problem(
                    .status, "trạng thái \"\(cell(.status))\" không hợp lệ (chính thức hoặc phỏng theo)",
                    "invalid status \"\(cell(.status))\" (official or adapted)")
                continue
            }
            let quote = cell(.quote)
            var provenance = Provenance(status: status, source: source, quote: quote.isEmpty ? nil : quote)
            // An empty source is the whole table's; without one, the missing --source is reported once.
            if source.isEmpty, let inherited = frameworkProvenance { provenance.source = inherited.source }
            let node = RowNode(
                row: row.number, code: code, title: LocalizedText(vi: titleVi, en: titleEn.isEmpty ? nil : titleEn), max: max,
                component: component.isEmpty ? nil : component, ruleText: cell(.rule), documents: documents, provenance: provenance,
                maxInvalid: !maxText.isEmpty && max == nil)
            let position = nodes.count
            let parts = code.split(separator: ".")
            if parts.count > 1 {
                let parentCode = parts.dropLast().joined(separator: ".")
                guard let parent = index[parentCode] else {
                    problem(
                        .code, "tiêu chí \(code) cần dòng của tiêu chí cha \(parentCode) ở phía trên",
                        "\(code) needs the row of its parent \(parentCode) above it")
                    continue
                }
                nodes[parent].children.append(position)
            } else {
                roots.append(position)
            }
            index[code] = position
            nodes.append(node)
        }
        if nodes.isEmpty {
            problems.append(TableProblem(file: file, LocalizedText(vi: "bảng không có tiêu chí nào", en: "the table has no criteria")))
        }

        // Maxima: a parent left empty is the sum of its children; one given must equal it.
        func resolveMax(_ i: Int) -> ExactDecimal? {
            let node = nodes[i]
            guard !node.children.isEmpty else {
                if node.max == nil && !node.maxInvalid {
                    problems.append(
                        TableProblem(
                            file: file, sheet: main.name, row: node.row, column: CriteriaColumn.names(.max)[0],
                            LocalizedText(vi: "cần điểm tối đa của tiêu chí \(node.code)", en: "the maximum of \(node.code) is needed")))
                }
                return node.max
            }
            let childMaxima = node.children.compactMap(resolveMax)
            guard childMaxima.count == node.children.count else { return node.max }
            let sum = childMaxima.reduce(ExactDecimal.zero, +)
            if let max = node.max, max != sum {
                let terms = childMaxima.map(TableNumber.format).joined(separator: " + ")
                let rows = node.children.map { String(nodes[$0].row) }.joined(separator: ", ")
                problems.append(
                    TableProblem(
                        file: file, sheet: main.name, row: node.row, column: CriteriaColumn.names(.max)[0],
                        LocalizedText(
                            vi: "\(terms) ≠ \(TableNumber.format(max)) của tiêu chí \(node.code) (các tiêu chí con ở dòng \(rows))",
                            en: "\(terms) ≠ \(TableNumber.format(max)) of criterion \(node.code) (its children on rows \(rows))")))
            }
            nodes[i].max = node.max ?? sum
            return nodes[i].max
        }
        for root in roots { _ = resolveMax(root) }

        // Components: declared ones in their order, then those the rows name.
        var componentOrder = d.components.map(\.component.id)
        for component in nodes.compactMap(\.component) where !componentOrder.contains(component) { componentOrder.append(component) }
        let usesComponents = !componentOrder.isEmpty
        var componentSums: [String: ExactDecimal] = [:]

        // Rules.
        let names = RuleText.Names(facts: Set(d.facts.map(\.id)), metrics: Set(d.metrics.map(\.id)))
        var rowOfPath: [(JSONPath, Int)] = []
        func build(_ i: Int, path: JSONPath, inherited: String?) -> Node? {
            let node = nodes[i]
            let component = node.component ?? inherited
            rowOfPath.append((path, node.row))
            var rule: Rule?
            var children: [Node] = []
            if node.children.isEmpty {
                switch RuleText.parse(node.ruleText, names: names) {
                case .success(let r): rule = r
                case .failure(let error):
                    problems.append(
                        TableProblem(file: file, sheet: main.name, row: node.row, column: CriteriaColumn.names(.rule)[0], error.message))
                }
                if usesComponents {
                    if let component {
                        componentSums[component, default: 0] += node.max ?? 0
                    } else {
                        problems.append(
                            TableProblem(
                                file: file, sheet: main.name, row: node.row, column: CriteriaColumn.names(.component)[0],
                                LocalizedText(
                                    vi: "tiêu chí \(node.code) không thuộc thành phần nào (điền Thành phần ở dòng này hoặc dòng tiêu chí cha)",
                                    en: "\(node.code) belongs to no component (fill in Component on this row or its parent's)")))
                    }
                }
            } else {
                if !node.ruleText.isEmpty {
                    problems.append(
                        TableProblem(
                            file: file, sheet: main.name, row: node.row, column: CriteriaColumn.names(.rule)[0],
                            LocalizedText(
                                vi: "tiêu chí \(node.code) có tiêu chí con nên không có Cách chấm (để trống ô này)",
                                en: "\(node.code) has children, so it has no scoring rule (leave the cell empty)")))
                }
                if !node.documents.isEmpty {
                    problems.append(
                        TableProblem(
                            file: file, sheet: main.name, row: node.row, column: CriteriaColumn.names(.documents)[0],
                            LocalizedText(vi: "chỉ tiêu chí thành phần mới có tài liệu kiểm chứng", en: "only leaves ask for documents")))
                }
                for (offset, child) in node.children.enumerated() {
                    if let built = build(child, path: path.appending("children").appending(index: offset), inherited: component) {
                        children.append(built)
                    }
                }
            }
            // A parent whose children count towards different components has none of its own.
            var own = component
            if node.component == nil, !children.isEmpty, Set(children.map(\.component)).count > 1 { own = nil }
            if !usesComponents { own = "total" }
            return Node(
                id: node.code, title: node.title, max: node.max ?? 0, component: own, provenance: node.provenance, children: children, rule: rule,
                documents: node.documents, path: path)
        }
        var fields: [Node] = []
        for (offset, root) in roots.enumerated() {
            if let field = build(root, path: JSONPath(keys: "fields").appending(index: offset), inherited: nil) { fields.append(field) }
        }

        var components: [Component] = []
        for componentID in componentOrder {
            let sum = componentSums[componentID] ?? 0
            if let entry = d.components.first(where: { $0.component.id == componentID }) {
                if let declaredMax = entry.declaredMax, declaredMax != sum {
                    problems.append(
                        TableProblem(
                            file: declarationsFile ?? file, sheet: declarations?.name, row: entry.row, column: DeclarationColumn.names(.max)[0],
                            LocalizedText(
                                vi:
                                    "tổng điểm các tiêu chí thuộc thành phần \(componentID) là \(TableNumber.format(sum)), khác \(TableNumber.format(declaredMax))",
                                en:
                                    "the leaves of component \(componentID) add up to \(TableNumber.format(sum)), not \(TableNumber.format(declaredMax))"
                            )))
                }
                components.append(Component(id: componentID, title: entry.component.title, max: sum))
            } else {
                components.append(Component(id: componentID, title: defaultComponentTitle(componentID), max: sum))
            }
        }
        var bands = d.bands
        if bands.isEmpty && !problems.contains(where: { !$0.isWarning }) {
            bands = [
                Band(id: "chua-xep-loai", label: LocalizedText(vi: "Chưa có thang xếp loại", en: "No bands declared"), lower: 0, lowerInclusive: true)
            ]
            problems.append(
                TableProblem(
                    file: declarationsFile ?? file,
                    LocalizedText(
                        vi: "không có dòng \"xếp loại\" trong bảng khai báo: mọi đơn vị ở một mức \"Chưa có thang xếp loại\"",
                        en: "no \"band\" rows in the declarations: every unit is in one band, \"No bands declared\""), isWarning: true))
        }
        guard !problems.contains(where: { !$0.isWarning }), let id, let title, let unitKinds, let years, let frameworkProvenance else {
            var error = TableError(problems)
            error.missingOptions = missingOptions
            throw error
        }
        var framework = Framework(
            formatVersion: Framework.supportedFormatVersion, id: id, title: title, legalBasis: d.legalBasis, unitKinds: unitKinds,
            firstYear: years.0, lastYear: years.1, provenance: frameworkProvenance, display: d.display, components: components, facts: d.facts,
            metrics: d.metrics, bands: bands, fields: fields, adjustments: d.sections, file: outputFile)
        framework.rounding = d.rounding
        framework.planMeasures = d.planMeasures
        let json = FrameworkJSON.encode(framework)

        // Read back and lint as any criteria file; findings are named by the rows they are about.
        func place(_ diagnostic: Diagnostic) -> TableProblem {
            let best = rowOfPath.filter { diagnostic.path.components.starts(with: $0.0.components) }.max {
                $0.0.components.count < $1.0.components.count
            }
            var declarationRow: Int?
            if best == nil, case .key(let list)? = diagnostic.path.components.first, diagnostic.path.components.count > 1,
                case .index(let i) = diagnostic.path.components[1]
            {
                declarationRow = d.rows[list].flatMap { i < $0.count ? $0[i] : nil }
            }
            let message = LocalizedText(
                vi: diagnostic.message.vi + " (\(diagnostic.path))", en: diagnostic.message.en.map { $0 + " (\(diagnostic.path))" })
            if let best { return TableProblem(file: file, sheet: main.name, row: best.1, message, isWarning: diagnostic.severity == .warning) }
            return TableProblem(
                file: declarationRow == nil ? file : declarationsFile ?? file, sheet: declarationRow == nil ? nil : declarations?.name,
                row: declarationRow,
                message, isWarning: diagnostic.severity == .warning)
        }
        do {
            let (readBack, findings) = try DocumentLoader.framework(from: Data(json.utf8), file: outputFile)
            return Imported(json: json, framework: readBack, warnings: problems + findings.map(place))
        } catch {
            throw TableError(problems + error.diagnostics.map(place))
        }
    }

    /// `id: title; id: title` (the id may be left out: then `leaf-n`), with the English titles
    /// in the same order in `en`.
    static func parseDocuments(_ text: String, en: String, leaf: String, problem: (String, String) -> Void) -> [DocumentRequirement] {
        guard !text.isEmpty else { return [] }
        func entries(_ text: String) -> [(String?, String)] {
            text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.map { entry in
                if let colon = entry.firstIndex(of: ":") {
                    let head = entry[..<colon].trimmingCharacters(in: .whitespaces)
                    if ValueReader.isIdentifier(head) { return (head, entry[entry.index(after: colon)...].trimmingCharacters(in: .whitespaces)) }
                }
                return (nil, entry)
            }
        }
        let vi = entries(text)
        let english = entries(en)
        if !english.isEmpty && english.count != vi.count {
            problem(
                "\(vi.count) tài liệu nhưng \(english.count) tên tiếng Anh ở cột Tài liệu kiểm chứng (en)",
                "\(vi.count) documents but \(english.count) English titles in Documents (en)")
        }
        return vi.enumerated().map { offset, entry in
            let id = entry.0 ?? "\(leaf)-\(offset + 1)"
            let title = offset < english.count ? english[offset].1 : nil
            return DocumentRequirement(id: id, title: LocalizedText(vi: entry.1, en: title))
        }
    }

    /// The title of a component the declarations do not name.
    static func defaultComponentTitle(_ id: String) -> LocalizedText {
        switch id {
        case "appraised": LocalizedText(vi: "Điểm thẩm định", en: "Appraised points")
        case "survey": LocalizedText(vi: "Điểm điều tra xã hội học", en: "Survey points")
        default: LocalizedText(vi: id)
        }
    }
}

extension TableDeclarations {
    /// No declarations.
    static var empty: TableDeclarations {
        var problems: [TableProblem] = []
        return TableDeclarations(TableSheet(name: nil, header: ["Loại", "Mã"], rows: []), file: "", problems: &problems)
    }
}
