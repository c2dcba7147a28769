import Foundation

/// What the declarations sheet of a criteria table declares: facts, metrics, components, bands,
/// bonus and penalty sections, plan measures and the framework's own details.
struct TableDeclarations {
    var id: String?
    var title: LocalizedText?
    var legalBasis: [String] = []
    var unitKinds: [UnitKind]?
    var years: (Int, Int)?
    var provenance: Provenance?
    var display = DisplaySettings()
    var rounding = RoundingPolicy()
    var facts: [Fact] = []
    var metrics: [Metric] = []
    var components: [(component: Component, declaredMax: ExactDecimal?, row: Int)] = []
    var bands: [Band] = []
    var sections: [AdjustmentSection] = []
    var planMeasures: [PlanMeasure] = []
    /// The row of each declaration, by JSON list and position (`facts`, 0), for lint findings.
    var rows: [String: [Int]] = [:]

    /// The declarations of `sheet`; problems are appended.
    init(_ sheet: TableSheet, file: String, problems: inout [TableProblem]) {
        let columns = TableColumns<DeclarationColumn>(
            header: sheet.header, names: DeclarationColumn.names, required: [.kind, .id], file: file, sheet: sheet.name, problems: &problems)
        var sectionRows: [String: Int] = [:]
        for row in sheet.rows where !row.isBlank {
            func cell(_ c: DeclarationColumn) -> String { row[columns[c]].trimmingCharacters(in: .whitespacesAndNewlines) }
            func problem(_ c: DeclarationColumn?, _ vi: String, _ en: String) {
                problems.append(
                    TableProblem(
                        file: file, sheet: sheet.name, row: row.number, column: c.map { DeclarationColumn.names($0)[0] },
                        LocalizedText(vi: vi, en: en)))
            }
            func title() -> LocalizedText? {
                let vi = cell(.title)
                guard !vi.isEmpty else {
                    problem(.title, "cần tên", "a title is needed")
                    return nil
                }
                let en = cell(.titleEn)
                return LocalizedText(vi: vi, en: en.isEmpty ? nil : en)
            }
            func number(_ c: DeclarationColumn, required: Bool = true) -> ExactDecimal?? {
                let text = cell(c)
                if text.isEmpty {
                    if required { problem(c, "cần một số", "a number is needed") }
                    return required ? nil : .some(nil)
                }
                guard let value = TableNumber.parse(text), value >= 0 else {
                    problem(c, "\"\(text)\" không phải số (ví dụ 1,5)", "\"\(text)\" is not a number (for example 1,5)")
                    return nil
                }
                return .some(value)
            }
            func provenance(required: Bool) -> Provenance?? {
                let source = cell(.source)
                if source.isEmpty {
                    if required { problem(.source, "cần nguồn", "a source is needed") }
                    return required ? nil : .some(nil)
                }
                guard let status = TableDeclarations.status(cell(.status)) else {
                    problem(
                        .status, "trạng thái \"\(cell(.status))\" không hợp lệ (chính thức hoặc phỏng theo)",
                        "invalid status \"\(cell(.status))\" (official or adapted)")
                    return nil
                }
                let quote = cell(.quote)
                return .some(Provenance(status: status, source: source, quote: quote.isEmpty ? nil : quote))
            }
            let id = cell(.id)
            let kind = TableColumns<DeclarationColumn>.key(cell(.kind))
            func checkedID() -> String? {
                guard ValueReader.isIdentifier(id) else {
                    problem(.id, "mã \"\(id)\" không hợp lệ (chữ, số, . _ -)", "invalid id \"\(id)\" (letters, digits, . _ -)")
                    return nil
                }
                return id
            }
            switch kind {
            case "thông tin", "info":
                let value = cell(.value)
                switch TableColumns<DeclarationColumn>.key(id) {
                case "mã", "id": self.id = value
                case "tên", "title": self.title = title()
                case "căn cứ", "legal basis": legalBasis.append(value)
                case "đối tượng", "unit kinds":
                    unitKinds = CriteriaImportOptions.unitKinds(value)
                    if unitKinds == nil {
                        problem(
                            .value, "loại đơn vị không hợp lệ \"\(value)\" (bo, tinh, so, huyen, xa)",
                            "invalid unit kinds \"\(value)\" (bo, tinh, so, huyen, xa)")
                    }
                case "năm", "years":
                    years = CriteriaImportOptions.years(value)
                    if years == nil {
                        problem(.value, "năm không hợp lệ \"\(value)\" (ví dụ 2024–2030)", "invalid years \"\(value)\" (for example 2024–2030)")
                    }
                case "nguồn", "provenance": if let p = provenance(required: true) { self.provenance = p }
                case "số lẻ điểm", "point decimals", "số lẻ phần trăm", "percent decimals", "làm tròn điểm tiêu chí", "leaf rounding":
                    guard let n = TableNumber.integer(value, in: 0...6) else {
                        problem(.value, "cần số nguyên từ 0 đến 6", "a whole number from 0 to 6 is needed")
                        continue
                    }
                    switch TableColumns<DeclarationColumn>.key(id) {
                    case "số lẻ điểm", "point decimals": display.pointDecimals = n
                    case "số lẻ phần trăm", "percent decimals": display.percentDecimals = n
                    default: rounding.leafPoints = n
                    }
                default:
                    problem(
                        .id,
                        "thông tin \"\(id)\" không hợp lệ (mã, tên, căn cứ, đối tượng, năm, nguồn, số lẻ điểm, số lẻ phần trăm, làm tròn điểm tiêu chí)",
                        "unknown info \"\(id)\" (id, title, legal basis, unit kinds, years, provenance, point decimals, percent decimals, leaf rounding)"
                    )
                }
            case "dữ kiện", "fact":
                guard let id = checkedID(), let title = title() else { continue }
                guard let type = TableDeclarations.factType(cell(.value)) else {
                    problem(
                        .value, "kiểu dữ kiện \"\(cell(.value))\" không hợp lệ (số lượng, số tiền, ngày, có/không, lựa chọn)",
                        "invalid fact type \"\(cell(.value))\" (count, amount, date, boolean, answer)")
                    continue
                }
                var detail = cell(.detail)
                // "từ hồ sơ: FIGURE[, DEFINITION]": the fact is filled from dossier records (fromRecords).
                var fromRecords: FromRecords?
                for prefix in ["từ hồ sơ:", "from records:"] where detail.lowercased().hasPrefix(prefix) {
                    let parts = detail.dropFirst(prefix.count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    guard let figure = parts.first, !figure.isEmpty, parts.count <= 2 else {
                        problem(
                            .detail, "cần dạng \"từ hồ sơ: chỉ tiêu[, cách tính]\", gặp \"\(detail)\"",
                            "expected \"from records: figure[, definition]\", found \"\(detail)\"")
                        break
                    }
                    fromRecords = FromRecords(figure: figure, definition: parts.count == 2 ? parts[1] : nil)
                    detail = ""
                }
                let options = detail.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                let unitVi = cell(.unit)
                let unitEn = cell(.unitEn)
                rows["facts", default: []].append(row.number)
                facts.append(
                    Fact(
                        id: id, title: title, type: type, options: options,
                        unit: unitVi.isEmpty ? nil : LocalizedText(vi: unitVi, en: unitEn.isEmpty ? nil : unitEn), fromRecords: fromRecords))
            case "chỉ số", "metric":
                guard let id = checkedID(), let title = title() else { continue }
                let formula = cell(.value)
                let sides = formula.split(separator: "/", omittingEmptySubsequences: false)
                func ids(_ side: Substring) -> [String]? {
                    let list = side.replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "").split(separator: "+")
                        .map { $0.trimmingCharacters(in: .whitespaces) }
                    return list.allSatisfy(ValueReader.isIdentifier) && !list.isEmpty ? list : nil
                }
                guard sides.count == 2, let numerator = ids(sides[0]), let denominator = ids(sides[1]) else {
                    problem(
                        .value, "công thức \"\(formula)\" cần dạng a / b hoặc (a + b) / (c + d)",
                        "formula \"\(formula)\" should read a / b or (a + b) / (c + d)")
                    continue
                }
                rows["metrics", default: []].append(row.number)
                metrics.append(Metric(id: id, title: title, numerator: numerator, denominator: denominator))
            case "thành phần", "component":
                guard let id = checkedID(), let title = title(), let max = number(.max, required: false) else { continue }
                components.append((Component(id: id, title: title, max: max ?? 0), max, row.number))
            case "xếp loại", "band":
                guard let id = checkedID(), let title = title() else { continue }
                var text = cell(.value).replacingOccurrences(of: ">=", with: "≥").replacingOccurrences(of: " ", with: "")
                var inclusive = true
                if text.hasPrefix(">") {
                    inclusive = false
                    text.removeFirst()
                } else if text.hasPrefix("≥") {
                    text.removeFirst()
                }
                guard let lower = TableNumber.parse(text), lower >= 0, lower <= 100 else {
                    problem(.value, "ngưỡng \"\(cell(.value))\" cần dạng ≥90 hoặc >90", "threshold \"\(cell(.value))\" should read ≥90 or >90")
                    continue
                }
                guard let p = provenance(required: false) else { continue }
                rows["bands", default: []].append(row.number)
                bands.append(Band(id: id, label: title, lower: lower, lowerInclusive: inclusive, provenance: p))
            case "điểm thưởng", "bonus", "điểm trừ", "penalty":
                guard let title = title(), let cap = number(.max), let cap, let p = provenance(required: true), let p else { continue }
                let kind: AdjustmentSection.Kind = kind == "điểm thưởng" || kind == "bonus" ? .bonus : .penalty
                sectionRows[id] = sections.count
                rows["adjustments", default: []].append(row.number)
                sections.append(AdjustmentSection(id: id, kind: kind, title: title, cap: cap, provenance: p, items: []))
            case "mục", "item":
                guard let title = title(), let per = number(.value), let per, let cap = number(.max), let cap, let p = provenance(required: true),
                    let p
                else {
                    continue
                }
                let fact = cell(.detail)
                guard ValueReader.isIdentifier(fact) else {
                    problem(
                        .detail, "cần mã dữ kiện đếm số lần (ví dụ penalty.lateReports)",
                        "the id of a count fact is needed (for example penalty.lateReports)")
                    continue
                }
                guard let section = sectionRows[cell(.of)] else {
                    problem(
                        .of, "không có mục điểm thưởng/điểm trừ \"\(cell(.of))\" ở các dòng trên",
                        "no bonus or penalty section \"\(cell(.of))\" above")
                    continue
                }
                sections[section].items.append(AdjustmentItem(id: id, title: title, fact: fact, perOccurrence: per, cap: cap, provenance: p))
            case "kế hoạch", "plan measure":
                guard let fact = checkedID() else { continue }
                guard let measure = PlanMeasure.Kind(rawValue: cell(.value)) else {
                    let known = PlanMeasure.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                    problem(.value, "đo lường \"\(cell(.value))\" không hợp lệ (\(known))", "invalid measure \"\(cell(.value))\" (\(known))")
                    continue
                }
                let document = cell(.detail)
                planMeasures.append(PlanMeasure(fact: fact, kind: measure, document: document.isEmpty ? nil : document))
            default:
                problem(
                    .kind,
                    "loại khai báo \"\(cell(.kind))\" không hợp lệ (thông tin, dữ kiện, chỉ số, thành phần, xếp loại, điểm thưởng, điểm trừ, mục, kế hoạch)",
                    "unknown kind \"\(cell(.kind))\" (info, fact, metric, component, band, bonus, penalty, item, plan measure)")
            }
        }
    }

    /// `chính thức` / `official` or `phỏng theo` / `điều chỉnh` / `adapted`; empty is adapted.
    static func status(_ text: String) -> Provenance.Status? {
        switch TableColumns<DeclarationColumn>.key(text) {
        case "", "phỏng theo", "điều chỉnh", "adapted": .adapted
        case "chính thức", "official": .official
        default: nil
        }
    }

    /// The status as the table writes it.
    static func statusText(_ status: Provenance.Status, _ language: Language) -> String {
        switch (status, language) {
        case (.official, .vi): "chính thức"
        case (.adapted, .vi): "phỏng theo"
        case (.official, .en): "official"
        case (.adapted, .en): "adapted"
        }
    }

    /// A fact type from its Vietnamese or English name.
    static func factType(_ text: String) -> Fact.ValueType? {
        switch TableColumns<DeclarationColumn>.key(text) {
        case "số lượng", "count": .count
        case "số tiền", "amount": .amount
        case "ngày", "date": .date
        case "có/không", "boolean": .boolean
        case "lựa chọn", "answer": .answer
        default: nil
        }
    }

    /// The Vietnamese name of a fact type.
    static func factTypeText(_ type: Fact.ValueType) -> String {
        switch type {
        case .count: "số lượng"
        case .amount: "số tiền"
        case .date: "ngày"
        case .boolean: "có/không"
        case .answer: "lựa chọn"
        }
    }
}
