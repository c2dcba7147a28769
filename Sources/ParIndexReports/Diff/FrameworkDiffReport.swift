import Foundation
import ParIndexCore

/// `criteria diff` as text, Markdown or JSON: the changes in words, then, with a rescore, each
/// unit's index and rank before and after and the changes that moved it.
public enum FrameworkDiffReport {
    /// The headings of the kinds of change, in the order they are listed.
    static func heading(_ kind: FrameworkChange.Kind, _ language: Language) -> String {
        let vi = language == .vi
        switch kind {
        case .framework: return vi ? "Bộ tiêu chí" : "Framework"
        case .componentAdded, .componentRemoved, .componentChanged: return vi ? "Thành phần điểm" : "Components"
        case .bandAdded, .bandRemoved, .bandChanged: return vi ? "Xếp loại" : "Bands"
        case .nodeAdded: return vi ? "Tiêu chí thêm" : "Nodes added"
        case .nodeRemoved: return vi ? "Tiêu chí bỏ" : "Nodes removed"
        case .nodeMoved: return vi ? "Tiêu chí chuyển chỗ" : "Nodes moved"
        case .nodeRenamed: return vi ? "Tiêu chí đổi tên" : "Nodes renamed"
        case .maximumChanged: return vi ? "Điểm tối đa thay đổi" : "Maxima changed"
        case .nodeComponentChanged: return vi ? "Thành phần của tiêu chí thay đổi" : "Components of nodes changed"
        case .ruleChanged: return vi ? "Cách chấm thay đổi" : "Rules changed"
        case .documentsChanged: return vi ? "Tài liệu kiểm chứng thay đổi" : "Documents changed"
        case .provenanceChanged: return vi ? "Nguồn (chính thức/phỏng theo) thay đổi" : "Provenance changed"
        case .factAdded, .factRemoved, .factChanged: return vi ? "Dữ kiện" : "Facts"
        case .metricAdded, .metricRemoved, .metricChanged: return vi ? "Chỉ số" : "Metrics"
        case .adjustmentChanged: return vi ? "Điểm thưởng, điểm trừ" : "Bonus and penalty"
        }
    }

    /// The changes grouped under their headings, in a fixed order.
    static func groups(_ diff: FrameworkDiff, _ language: Language) -> [(String, [FrameworkChange])] {
        var order: [String] = []
        var byHeading: [String: [FrameworkChange]] = [:]
        for kind in FrameworkChange.Kind.allCases {
            let h = heading(kind, language)
            let items = diff.changes(kind)
            guard !items.isEmpty else { continue }
            if byHeading[h] == nil { order.append(h) }
            byHeading[h, default: []] += items
        }
        return order.map { ($0, byHeading[$0] ?? []) }
    }

    static func title(_ diff: FrameworkDiff, _ language: Language) -> String {
        let o = diff.old
        let n = diff.new
        return language == .vi
            ? "So sánh bộ tiêu chí \(o.id) (\(o.firstYear)–\(o.lastYear)) → \(n.id) (\(n.firstYear)–\(n.lastYear))"
            : "Framework comparison \(o.id) (\(o.firstYear)–\(o.lastYear)) → \(n.id) (\(n.firstYear)–\(n.lastYear))"
    }

    static func index(_ result: UnitResult, _ language: Language) -> String {
        guard let value = result.indexRounded else { return language == .vi ? "không xếp loại" : "not rated" }
        return value.formatted(decimals: 2, language: language)
    }

    static func points(_ value: ExactDecimal?, _ language: Language) -> String {
        value.map { $0.formatted(decimals: 2, language: language) } ?? "—"
    }

    static func rank(_ value: Int?) -> String { value.map(String.init) ?? "—" }

    /// Up to `limit` leaves that moved a unit, one line each.
    static func moverLines(_ unit: RescoredUnit, _ language: Language, limit: Int = 5) -> [String] {
        unit.movers.prefix(limit).map { move in
            let id = move.oldID.map { $0 == move.leafID ? $0 : "\($0) → \(move.leafID)" } ?? move.leafID
            let why =
                move.changes.isEmpty
                ? (language == .vi ? "cùng cách chấm, dữ liệu được đọc khác" : "same rule, data read differently")
                : move.changes.map { $0.text(language) }.joined(separator: "; ")
            return "\(id): \(points(move.before, language)) → \(points(move.after, language)) — \(why)"
        }
    }

    /// The report as plain text.
    public static func text(_ diff: FrameworkDiff, rescore: FrameworkRescore?, language: Language) -> String {
        let vi = language == .vi
        var lines = [title(diff, language), ""]
        if diff.isEmpty { lines.append(vi ? "Không có thay đổi." : "No changes.") }
        for (h, items) in groups(diff, language) {
            lines.append("\(h) (\(items.count)):")
            for change in items { lines.append("  - " + change.text.text(language)) }
            lines.append("")
        }
        if let rescore {
            lines.append(
                vi
                    ? "Chấm lại theo hai bộ tiêu chí (\(rescore.units.count) đơn vị):"
                    : "Rescored under both frameworks (\(rescore.units.count) units):")
            for unit in rescore.units {
                lines.append(
                    "  \(unit.unit.name) (\(unit.unit.id), \(unit.year)): "
                        + (vi
                            ? "chỉ số \(index(unit.before, language)) → \(index(unit.after, language)), hạng \(rank(unit.rankBefore)) → \(rank(unit.rankAfter))"
                            : "index \(index(unit.before, language)) → \(index(unit.after, language)), rank \(rank(unit.rankBefore)) → \(rank(unit.rankAfter))")
                )
                if unit.before.applicableMaximum != unit.after.applicableMaximum {
                    lines.append(
                        "      " + (vi ? "tối đa áp dụng " : "applicable maximum ") + points(unit.before.applicableMaximum, language) + " → "
                            + points(unit.after.applicableMaximum, language))
                }
                for line in moverLines(unit, language) { lines.append("      " + line) }
                if !unit.dropped.isEmpty {
                    lines.append("      " + (vi ? "không mang sang được: " : "not carried over: ") + unit.dropped.joined(separator: ", "))
                }
            }
            for note in rescore.notes { lines.append((vi ? "  Ghi chú: " : "  Note: ") + note.text(language)) }
            for refused in rescore.refused { lines.append((vi ? "  Bị loại: " : "  Refused: ") + refused.text(language)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as Markdown.
    public static func markdown(_ diff: FrameworkDiff, rescore: FrameworkRescore?, language: Language) -> String {
        let vi = language == .vi
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var lines = ["# " + title(diff, language), ""]
        if diff.isEmpty { lines.append(vi ? "Không có thay đổi." : "No changes.") }
        for (h, items) in groups(diff, language) {
            lines.append("## \(h) (\(items.count))")
            lines.append("")
            for change in items { lines.append("- " + cell(change.text.text(language))) }
            lines.append("")
        }
        if let rescore {
            lines.append(vi ? "## Chấm lại theo hai bộ tiêu chí" : "## Rescored under both frameworks")
            lines.append("")
            lines.append(
                vi
                    ? "| Đơn vị | Năm | Chỉ số trước | Chỉ số sau | Hạng trước | Hạng sau | Thay đổi chính |"
                    : "| Unit | Year | Index before | Index after | Rank before | Rank after | What moved it |")
            lines.append("| --- | --- | ---: | ---: | ---: | ---: | --- |")
            for unit in rescore.units {
                let movers = moverLines(unit, language, limit: 3).map(cell).joined(separator: "<br>")
                lines.append(
                    "| \(cell(unit.unit.name)) | \(unit.year) | \(index(unit.before, language)) | \(index(unit.after, language)) | \(rank(unit.rankBefore)) | \(rank(unit.rankAfter)) | \(movers) |"
                )
            }
            lines.append("")
            for note in rescore.notes { lines.append("- " + cell(note.text(language))) }
            for refused in rescore.refused { lines.append("- " + (vi ? "Bị loại: " : "Refused: ") + cell(refused.text(language))) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as JSON: every change with its kind, subject, before and after, and the rescore.
    public static func json(_ diff: FrameworkDiff, rescore: FrameworkRescore?, language: Language) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.string("old", diff.old.id)
        w.string("new", diff.new.id)
        w.beginArray("changes")
        for change in diff.changes {
            w.beginObject()
            w.string("kind", change.kind.rawValue)
            w.string("subject", change.subject)
            w.string("before", change.before)
            w.string("after", change.after)
            w.string("text", change.text.text(language))
            w.endObject()
        }
        w.endArray()
        if let rescore {
            w.beginArray("units")
            for unit in rescore.units {
                w.beginObject()
                w.string("unit", unit.unit.id)
                w.string("name", unit.unit.name)
                w.string("file", unit.file)
                w.number("year", unit.year)
                w.number("indexBefore", unit.before.index)
                w.number("indexAfter", unit.after.index)
                if let r = unit.rankBefore { w.number("rankBefore", r) } else { w.null("rankBefore") }
                if let r = unit.rankAfter { w.number("rankAfter", r) } else { w.null("rankAfter") }
                w.beginArray("movers")
                for move in unit.movers {
                    w.beginObject()
                    w.string("leaf", move.leafID)
                    w.string("oldLeaf", move.oldID)
                    w.number("before", move.before)
                    w.number("after", move.after)
                    w.beginArray("changes")
                    for text in move.changes { w.string(nil, text.text(language)) }
                    w.endArray()
                    w.endObject()
                }
                w.endArray()
                w.beginArray("dropped")
                for path in unit.dropped { w.string(nil, path) }
                w.endArray()
                w.endObject()
            }
            w.endArray()
            w.beginArray("notes")
            for note in rescore.notes { w.string(nil, note.text(language)) }
            w.endArray()
            w.beginArray("refused")
            for refused in rescore.refused { w.string(nil, refused.text(language)) }
            w.endArray()
        }
        w.endObject()
        w.appendNewline()
        return w.text
    }
}
