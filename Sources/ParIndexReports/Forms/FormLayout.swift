import ParIndexCore

/// The sheets of the submission form and their names in both languages. Sheets are found by
/// either name when a form is read, so a form written in English reads as one in Vietnamese.
enum FormLayout {
    enum SheetKind: CaseIterable {
        case unit, facts, evidence, notApplicable, claimed, appraisal
    }

    static func name(_ kind: SheetKind, _ language: Language) -> String {
        let names = self.names(kind)
        return language == .vi ? names.vi : names.en
    }

    static func names(_ kind: SheetKind) -> (vi: String, en: String) {
        switch kind {
        case .unit: ("Đơn vị", "Unit")
        case .facts: ("Số liệu", "Facts")
        case .evidence: ("Minh chứng", "Evidence")
        case .notApplicable: ("Không áp dụng", "Not applicable")
        case .claimed: ("Tự chấm", "Self-assessment")
        case .appraisal: ("Thẩm định", "Appraisal")
        }
    }

    /// The codes of the unit sheet's rows, in order.
    static let unitCodes = ["framework", "year", "unit.id", "unit.name", "unit.kind", "unit.province"]

    /// Yes and no as the form's lists write them.
    static func yesNo(_ language: Language) -> [String] { language == .vi ? ["Có", "Không"] : ["Yes", "No"] }

    /// Column numbers (1-based).
    enum Column {
        static let unitValue = 3
        static let factValue = 4
        // Evidence: leaf, document, requested, number, title, date, link, section, page.
        static let evidenceNumber = 4
        static let evidenceTitle = 5
        static let evidenceDate = 6
        static let evidenceLink = 7
        static let evidenceSection = 8
        static let evidencePage = 9
        static let reason = 3
        static let claimedPoints = 4
        static let directPoints = 5
        static let appraisalPoints = 4
        static let appraisalReason = 5
    }

    static func text(_ vi: String, _ en: String, _ language: Language) -> String { language == .vi ? vi : en }

    /// The type and unit of a fact, as the form shows it.
    static func typeText(_ fact: Fact, _ language: Language) -> String {
        let unit = fact.unit.map { " (\($0.text(language)))" } ?? ""
        switch fact.type {
        case .count: return text("Số nguyên ≥ 0", "Whole number ≥ 0", language) + unit
        case .amount: return text("Số ≥ 0", "Number ≥ 0", language) + unit
        case .date: return text("Ngày (ngày/tháng/năm)", "Date (day/month/year)", language)
        case .boolean: return text("Có / Không", "Yes / No", language)
        case .answer: return text("Một trong: ", "One of: ", language) + fact.options.joined(separator: ", ")
        }
    }

    /// What to type, as the form's note says it.
    static func note(_ fact: Fact, _ language: Language) -> String {
        switch fact.type {
        case .count:
            let unit = fact.unit?.text(language) ?? text("đơn vị", "items", language)
            return text("số \(unit), không nhập tỷ lệ %", "the number of \(unit), not a percentage", language)
        case .amount:
            let unit = fact.unit?.text(language) ?? ""
            return text("số tiền \(unit), không nhập tỷ lệ %", "the amount \(unit), not a percentage", language)
        case .date: return text("ví dụ 20/12/\(2024)", "for example 20/12/2024 (day/month/year)", language)
        case .boolean: return text("chọn Có hoặc Không", "choose Yes or No", language)
        case .answer: return text("chọn trong danh sách", "choose from the list", language)
        }
    }
}
