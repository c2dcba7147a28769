import Foundation
import ParIndexCore

/// Unit names as a table shows them: without the province suffix every unit of the table shares
/// ("Sở Y tế — Thái Bình", "Sở Y tế tỉnh Thái Bình" → "Sở Y tế"), and, where a name must be cut,
/// cut so that it keeps what tells it apart from the other names of the table.
///
/// The suffix is dropped only when every name of the table ends with it and something is left
/// of each; the province is still given once, in the title (``RankingTitle``). Data formats (CSV,
/// JSON) keep the names as written.
public struct RankingNames: Sendable {
    /// The suffix dropped from every name (" — Thái Bình"), or `nil`.
    public let droppedSuffix: String?
    /// Every name of the table without the suffix, as characters, sorted: where the nearest
    /// names are found.
    private let sorted: [[Character]]

    /// The shortest `limit` for which ``short(_:limit:)`` finds the nearest names; shorter limits
    /// cut every long name at its end.
    public static let shortestLimit = 30

    /// The names of `table`.
    public init(_ table: RankingTable) {
        let names = table.entries.map(\.result.unit.name) + table.unrated.map(\.unit.name)
        let suffix = Self.sharedSuffix(names, province: RankingTitle.province(of: table))
        droppedSuffix = suffix
        let shown = names.map { name in Array(suffix.map { String(name.dropLast($0.count)) } ?? name) }
        // Only names longer than the shortest cut (`shortestLimit`) are ever searched for.
        sorted = shown.contains { $0.count > Self.shortestLimit } ? shown.sorted { $0.lexicographicallyPrecedes($1) } : []
    }

    /// The suffix every name ends with: " — P", " - P", " – P", " tỉnh P", " thành phố P", " (P)",
    /// ", P" for the shared province P, or else, when there is no shared province, the same text
    /// after " — " in every name. `nil` when there is none, or a name would be left empty.
    static func sharedSuffix(_ names: [String], province: String?) -> String? {
        guard names.count >= 2 || province != nil, let first = names.first else { return nil }
        var candidates: [String] = []
        if let province {
            let bare = RankingTitle.Place(province)
            let name = bare.vi.hasPrefix("tỉnh ") ? String(bare.vi.dropFirst(5)) : String(bare.vi.dropFirst(10))
            for form in Set([province, name]) {
                candidates += [" — \(form)", " – \(form)", " - \(form)", " (\(form))", ", \(form)", " tỉnh \(form)", " Tỉnh \(form)"]
                candidates += [" thành phố \(form)", " Thành phố \(form)", " TP. \(form)", " TP \(form)"]
            }
            candidates = candidates.sorted()
        }
        if let range = first.range(of: " — ", options: .backwards) { candidates.append(String(first[range.lowerBound...])) }
        for candidate in candidates where names.allSatisfy({ $0.hasSuffix(candidate) && $0.count > candidate.count }) {
            return candidate
        }
        return nil
    }

    /// `name` without the dropped suffix.
    public func name(_ name: String) -> String {
        guard let droppedSuffix, name.hasSuffix(droppedSuffix) else { return name }
        return String(name.dropLast(droppedSuffix.count))
    }

    /// The unit's name without the dropped suffix.
    public func name(_ unit: ParIndexCore.Unit) -> String { name(unit.name) }

    /// The unit's name in at most `limit` characters. A name that is too long is cut at the end
    /// ("Ban Quản lý các khu công nghi…") when what tells it apart from the other names comes
    /// early enough; otherwise its middle is cut and the distinguishing words kept ("Trung tâm
    /// Phục vụ…Phường 10").
    public func short(_ unit: ParIndexCore.Unit, limit: Int) -> String {
        let full = name(unit)
        let chars = Array(full)
        guard chars.count > limit else { return full }
        guard limit >= Self.shortestLimit else { return String(chars[0..<max(limit - 1, 0)]) + "…" }
        // Where the name first differs from its nearest names, in sorted order.
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid].lexicographicallyPrecedes(chars) { low = mid + 1 } else { high = mid }
        }
        var differs = 0
        for neighbour in [low - 1, low, low + 1] where neighbour >= 0 && neighbour < sorted.count && sorted[neighbour] != chars {
            differs = max(differs, zip(sorted[neighbour], chars).prefix { $0 == $1 }.count)
        }
        if differs < limit - 1 { return String(chars[0..<(limit - 1)]).trimmingTrailingSpaces() + "…" }
        // Keep the word in which the name differs, what follows, and up to two words before it
        // when they fit ("…Chi nhánh 1" rather than "…1").
        var start = min(differs, chars.count - 1)
        while start > 0 && chars[start - 1] != " " { start -= 1 }
        let most = limit - 1 - limit / 3
        for _ in 0..<2 {
            var earlier = start > 0 ? start - 1 : 0
            while earlier > 0 && chars[earlier - 1] != " " { earlier -= 1 }
            guard earlier < start, chars.count - earlier <= most else { break }
            start = earlier
        }
        while start < chars.count - 1 && (chars[start] == " " || chars[start] == "—" || chars[start] == "-") { start += 1 }
        let tail = chars[start...]
        var head = max(limit / 3, limit - 1 - tail.count)
        let budget = limit - 1 - head
        // End the head at a word's end when one is near.
        if chars[head] != " ", let space = chars[0..<head].lastIndex(of: " "), head - space <= 8, space > 0 { head = space }
        let headText = String(chars[0..<head]).trimmingTrailingSpaces()
        if tail.count <= budget { return headText + "…" + String(tail) }
        return headText + "…" + String(tail.prefix(budget - 1)).trimmingTrailingSpaces() + "…"
    }
}
