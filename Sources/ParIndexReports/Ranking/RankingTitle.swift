import Foundation
import ParIndexCore

/// The titles of a ranking as a person would write them, used by every format (text, Markdown,
/// HTML, xlsx, JSON's `title`, Word):
///
/// - a table: "Kết quả Chỉ số CCHC năm 2024 của các sở, ban, ngành tỉnh Đắk Nông" ("PAR INDEX
///   2024 results of the departments of Đắk Nông province");
/// - a whole ranking: the title of its one table, or "Kết quả Chỉ số CCHC năm 2024 tỉnh Đắk Nông"
///   when it has several.
///
/// A table compared with last year's results under another framework says so: "… (so với năm
/// trước chấm theo bộ tiêu chí khác)"; its note names the frameworks.
///
/// The year is said once; no framework or other technical id appears. The province comes from the
/// submissions (`unit.province`): it is named when every unit of the table gives the same one,
/// and left out otherwise (a national table of ministries or provinces has none).
public enum RankingTitle {
    /// The title of `table`.
    public static func of(_ table: RankingTable, language: Language) -> String {
        let province = Self.province(of: table)
        let place = province.map { Place($0) }
        // A comparison with last year under another framework says so in the title itself.
        let across = !table.previousFrameworks.isEmpty
        if language == .vi {
            return "Kết quả Chỉ số CCHC năm \(table.year) của các \(unitsVi(table.unitKind))" + (place.map { " " + $0.vi } ?? "")
                + (across ? " (so với năm trước chấm theo bộ tiêu chí khác)" : "")
        }
        return "PAR INDEX \(table.year) results of the \(unitsEn(table.unitKind))" + (place.map { " of " + $0.en } ?? "")
            + (across ? " (compared with last year under another framework)" : "")
    }

    /// The title of a whole ranking: its table's title when it has one table; else the years
    /// and the province the tables share.
    public static func of(_ ranking: Ranking, language: Language) -> String {
        if ranking.tables.count == 1, let table = ranking.tables.first { return of(table, language: language) }
        let years = Array(Set(ranking.tables.map(\.year))).sorted()
        let provinces = Set(ranking.tables.map { province(of: $0) })
        let place = provinces.count == 1 ? provinces.first.flatMap { $0 }.map { Place($0) } : nil
        let yearText = years.isEmpty ? "" : years.map(String.init).joined(separator: language == .vi ? ", " : ", ")
        if language == .vi {
            return "Kết quả Chỉ số CCHC" + (yearText.isEmpty ? "" : " năm " + yearText) + (place.map { " " + $0.vi } ?? "")
        }
        return "PAR INDEX" + (yearText.isEmpty ? "" : " " + yearText) + " results" + (place.map { " of " + $0.en } ?? "")
    }

    /// The province every unit of `table` names, trimmed; `nil` when one names none or two differ.
    public static func province(of table: RankingTable) -> String? {
        var shared: String?
        for unit in table.entries.lazy.map(\.result.unit) + table.unrated.lazy.map(\.unit) {
            guard let province = unit.province?.trimmingCharacters(in: .whitespaces), !province.isEmpty else { return nil }
            if let shared, shared != province { return nil }
            shared = province
        }
        return shared
    }

    private static func unitsVi(_ kind: UnitKind) -> String {
        switch kind {
        case .bo: "bộ, cơ quan ngang bộ"
        case .tinh: "tỉnh, thành phố trực thuộc trung ương"
        case .so: "sở, ban, ngành"
        case .huyen: "huyện, thị xã, thành phố"
        case .xa: "xã, phường, thị trấn"
        }
    }

    private static func unitsEn(_ kind: UnitKind) -> String {
        switch kind {
        case .bo: "ministries and ministerial-level agencies"
        case .tinh: "provinces and centrally-run cities"
        case .so: "departments"
        case .huyen: "districts"
        case .xa: "communes, wards and townships"
        }
    }

    /// A province as a title names it: "tỉnh Đắk Nông" or "thành phố Hà Nội".
    struct Place {
        /// "tỉnh Đắk Nông", "thành phố Hà Nội".
        let vi: String
        /// "Đắk Nông province", "Hà Nội city".
        let en: String

        /// The centrally-run cities (thành phố trực thuộc trung ương), Huế since 2025.
        static let cities: Set<String> = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"]

        init(_ province: String) {
            var name = province
            var isCity: Bool?
            for (prefix, city) in [("Tỉnh ", false), ("tỉnh ", false), ("Thành phố ", true), ("thành phố ", true), ("TP. ", true), ("TP ", true)]
            where name.hasPrefix(prefix) {
                name = String(name.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
                isCity = city
                break
            }
            let city = isCity ?? Self.cities.contains(name)
            vi = (city ? "thành phố " : "tỉnh ") + name
            en = name + (city ? " city" : " province")
        }
    }
}

extension RankingTable {
    /// The title as a person would write it (see ``RankingTitle``): "Kết quả Chỉ số CCHC năm 2024
    /// của các sở, ban, ngành tỉnh Đắk Nông".
    public func title(_ language: Language) -> String { RankingTitle.of(self, language: language) }
}
