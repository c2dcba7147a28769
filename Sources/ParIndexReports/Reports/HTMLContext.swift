import Foundation
import ParIndexCore

import struct ParIndexCore.Unit

/// What every part of the HTML report needs: the language, number formatting, escaping and
/// the anchors of the unit sections.
struct HTMLContext {
    /// The language of the page.
    let language: Language
    /// Numbers in the table's rounding.
    let style: NumberStyle

    init(language: Language, display: DisplaySettings) {
        self.language = language
        self.style = NumberStyle(language: language, display: display)
    }

    /// The Vietnamese or English wording, escaped.
    func t(_ vi: String, _ en: String) -> String {
        HTMLEscaping.escape(language == .vi ? vi : en)
    }

    /// A localized text, escaped.
    func text(_ value: LocalizedText) -> String {
        HTMLEscaping.escape(value.text(language))
    }

    /// Any text, escaped.
    func esc(_ value: String) -> String {
        HTMLEscaping.escape(value)
    }

    /// A count: `1.240` (vi).
    func count(_ value: Int) -> String {
        style.quantity(ExactDecimal(value))
    }

    /// Points, escaped.
    func points(_ value: ExactDecimal) -> String {
        esc(style.points(value))
    }

    /// A percentage, escaped: `96,88 %` with a no-break space before the sign.
    func percent(_ value: ExactDecimal) -> String {
        esc(style.percent(value)).replacingOccurrences(of: " %", with: "\u{00A0}%")
    }

    /// A percentage, escaped, or "—" when there is none.
    func percent(_ value: ExactDecimal?) -> String {
        value.map { percent($0) } ?? "—"
    }

    /// An index, escaped, or "không xếp loại" when nothing applies to the unit.
    func index(_ value: ExactDecimal?) -> String {
        value.map { percent($0) } ?? esc(style.index(nil))
    }

    /// A signed change: `+1,25`, `−0,50`, `0,00`.
    func signed(_ value: ExactDecimal, decimals: Int) -> String {
        let rounded = value.rounded(scale: decimals)
        let magnitude = (rounded < 0 ? -rounded : rounded).formatted(decimals: decimals, language: language)
        if rounded > 0 { return "+" + magnitude }
        if rounded < 0 { return "\u{2212}" + magnitude }
        return magnitude
    }

    /// The unit's name with its province: `Sở Y tế — Đắk Nông`, unescaped.
    static func unitName(_ unit: Unit) -> String {
        unit.province.map { "\(unit.name) — \($0)" } ?? unit.name
    }
}

/// Anchor ids of the unit sections, unique across the page.
struct HTMLAnchors {
    /// Per table, per entry: the anchor id.
    let ids: [[String]]

    init(_ ranking: Ranking) {
        var used: Set<String> = []
        var ids: [[String]] = []
        for table in ranking.tables {
            var row: [String] = []
            for entry in table.entries {
                let base = HTMLEscaping.anchor("unit", entry.result.unit.id)
                var candidate = base
                var suffix = 2
                while used.contains(candidate) {
                    candidate = base + "-\(suffix)"
                    suffix += 1
                }
                used.insert(candidate)
                row.append(candidate)
            }
            ids.append(row)
        }
        self.ids = ids
    }

    /// The anchor of entry `entry` of table `table`.
    func id(table: Int, entry: Int) -> String {
        guard table < ids.count, entry < ids[table].count else { return "unit" }
        return ids[table][entry]
    }

    /// The anchor of table `index`.
    static func table(_ index: Int) -> String { "table-\(index + 1)" }
}
