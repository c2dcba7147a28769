import Foundation

/// Ranks scorecards into tables, with fair ties and year-over-year changes.
///
/// The rule: units are ordered by index, descending. Two units whose indices are equal once
/// rounded to the framework's displayed precision (2 decimals by default) share a rank, and the
/// next rank skips (1, 2, 2, 4). Within a tie units are listed by name in Vietnamese alphabetical
/// order (see `VietnameseCollation`), then unit id, then file, so the order never depends on the
/// order of the input files.
public struct Ranker: Sendable {
    /// A ranker.
    public init() {}

    /// Ranks `scorecards`; `previous` are last year's scorecards, matched by unit id and kind.
    public func rank(
        _ scorecards: [Scorecard], previous: [Scorecard] = [], frameworks: CriteriaCatalog, failures: [Diagnostic] = [], failedFileCount: Int = 0
    ) -> Ranking {
        rank(
            results: scorecards.map(\.result), previous: previous.map(\.result), frameworks: frameworks, failures: failures,
            failedFileCount: failedFileCount)
    }

    /// Ranks `results`; `previous` are last year's results, matched by unit id and kind, or through
    /// `lineage` for units renamed, merged or split (see `PreviousMatcher`). When `previous` is
    /// not empty, every ranked unit without a previous match gets a warning in ``Ranking/notices``.
    public func rank(
        results: [UnitResult], previous: [UnitResult] = [], lineage: Lineage? = nil, frameworks: CriteriaCatalog, failures: [Diagnostic] = [],
        failedFileCount: Int = 0
    ) -> Ranking {
        let previousTables = group(previous, frameworks: frameworks, matcher: nil)
        let matcher = previous.isEmpty ? nil : PreviousMatcher(tables: previousTables, lineage: lineage)
        let tables = group(results, frameworks: frameworks, matcher: matcher)
        var notices: [Diagnostic] = []
        if let matcher {
            for table in tables {
                for entry in table.entries where entry.previous == nil {
                    notices.append(matcher.notice(for: entry.result))
                }
            }
        }
        return Ranking(tables: tables, failures: failures, failedFileCount: failedFileCount, notices: notices)
    }

    /// A table's key: kind, framework and year.
    private struct TableKey: Hashable {
        var kind: UnitKind
        var framework: String
        var year: Int
    }

    private func group(_ cards: [UnitResult], frameworks: CriteriaCatalog, matcher: PreviousMatcher?) -> [RankingTable] {
        var groups: [TableKey: [Int]] = [:]
        for (index, card) in cards.enumerated() {
            groups[TableKey(kind: card.unit.kind, framework: card.frameworkID, year: card.year), default: []].append(index)
        }
        let kindOrder = Dictionary(uniqueKeysWithValues: UnitKind.allCases.enumerated().map { ($1, $0) })
        return groups.values.map { table(for: $0, of: cards, frameworks: frameworks, matcher: matcher) }.sorted { a, b in
            if a.unitKind != b.unitKind { return kindOrder[a.unitKind, default: 0] < kindOrder[b.unitKind, default: 0] }
            if a.frameworkID != b.frameworkID { return a.frameworkID < b.frameworkID }
            return a.year > b.year
        }
    }

    private func table(
        for members: [Int], of cards: [UnitResult], frameworks: CriteriaCatalog, matcher: PreviousMatcher?
    ) -> RankingTable {
        let first = cards[members[0]]
        let framework = frameworks.framework(id: first.frameworkID)
        let display = framework?.display ?? DisplaySettings()
        // Sorting positions, not results, moves 8 bytes a swap instead of a whole result.
        let rated = members.filter { cards[$0].index != nil }
        let unrated = members.filter { cards[$0].index == nil }.map { cards[$0] }.sorted(by: Self.listedBefore)
        let order = Self.sorted(rated, of: cards)
        var entries: [RankedUnit] = []
        entries.reserveCapacity(order.count)
        var otherFrameworks: Set<String> = []
        for (offset, index) in order.enumerated() {
            let card = cards[index]
            let rank: Int
            if let last = entries.last, last.result.indexRounded == card.indexRounded {
                rank = last.rank
            } else {
                rank = offset + 1
            }
            let previous = matcher?.previous(of: card, rank: rank)
            if previous != nil, let matcher {
                for id in matcher.frameworkIDs(comparedWith: card) where id != card.frameworkID { otherFrameworks.insert(id) }
            }
            entries.append(RankedUnit(rank: rank, result: card, previous: previous))
        }
        let components = framework.map { $0.components.map { ColumnHeading(id: $0.id, title: $0.title, maximum: $0.max) } } ?? []
        let fields =
            framework.map { $0.fields.map { ColumnHeading(id: $0.id, title: $0.title, maximum: $0.max) } }
            ?? first.fields.map { ColumnHeading(id: $0.id, title: LocalizedText(vi: $0.id), maximum: $0.maximum) }
        let bands = framework.map { $0.bands.map { ColumnHeading(id: $0.id, title: $0.label, maximum: nil) } } ?? []
        // Last year's results under another framework are compared, but the table says so.
        let previousFrameworks = otherFrameworks.sorted()
        var table = RankingTable(
            unitKind: first.unit.kind, frameworkID: first.frameworkID, frameworkTitle: framework?.title ?? LocalizedText(vi: first.frameworkID),
            year: first.year,
            display: display, components: components, fields: fields, bands: bands, entries: entries, unrated: unrated,
            statistics: statistics(entries, fields: fields, bands: bands, display: display))
        table.previousFrameworks = previousFrameworks
        return table
    }

    private func statistics(_ entries: [RankedUnit], fields: [ColumnHeading], bands: [ColumnHeading], display: DisplaySettings) -> TableStatistics {
        let indices = entries.compactMap(\.result.index).sorted()
        // Sums of many fractions with different denominators would grow without bound: the mean
        // is computed from indices rounded to 12 decimals, a descriptive figure that decides nothing.
        var indexSum = ExactSum()
        for index in indices { indexSum.add(index.descriptive) }
        let mean = indices.isEmpty ? nil : indexSum.value / ExactDecimal(indices.count)
        let middle = indices.count / 2
        let median = indices.isEmpty ? nil : indices.count % 2 == 1 ? indices[middle] : (indices[middle - 1] + indices[middle]) / 2
        var perBand: [String: Int] = [:]
        for entry in entries { if let id = entry.result.bandID { perBand[id, default: 0] += 1 } }
        let bandCounts = bands.map { band in (band: band, count: perBand[band.id] ?? 0) }
        // Every unit's sub-index of every field, in one pass over the results.
        let fieldCount = fields.count
        var subIndices = [ExactDecimal?](repeating: nil, count: entries.count * fieldCount)
        var sums = [ExactSum](repeating: ExactSum(), count: fieldCount)
        var counts = [Int](repeating: 0, count: fieldCount)
        var bests = [ExactDecimal?](repeating: nil, count: fieldCount)
        entries.withUnsafeBufferPointer { all in
            for e in all.indices {
                all[e].result.fields.withUnsafeBufferPointer { parts in
                    for position in 0..<fieldCount {
                        // Results list their fields in the framework's order; look a field up by id only if not.
                        let id = fields[position].id
                        guard let k = position < parts.count && parts[position].id == id ? position : parts.firstIndex(where: { $0.id == id }),
                            let value = parts[k].subIndex
                        else { continue }
                        subIndices[e * fieldCount + position] = value
                        sums[position].add(value.descriptive)
                        counts[position] += 1
                        bests[position] = Swift.max(bests[position] ?? value, value)
                    }
                }
            }
        }
        let fieldStats = fields.enumerated().map { position, field -> FieldStatistics in
            guard let best = bests[position] else { return FieldStatistics(field: field, average: nil, best: nil, bestUnits: []) }
            let bestRounded = best.rounded(scale: display.percentDecimals)
            var bestUnits: [String] = []
            for e in entries.indices where subIndices[e * fieldCount + position]?.rounded(scale: display.percentDecimals) == bestRounded {
                bestUnits.append(entries[e].result.unit.name)
            }
            return FieldStatistics(field: field, average: sums[position].value / ExactDecimal(counts[position]), best: best, bestUnits: bestUnits)
        }
        return TableStatistics(
            bandCounts: bandCounts, mean: mean, median: median, lowest: indices.first, highest: indices.last, fields: fieldStats)
    }

    /// `members` in ranking order; tables of `parallelAbove` units or more are sorted in two halves
    /// on two cores, then merged. The sort is stable, as a single sort would be.
    ///
    /// The collation key of every name is computed once, before sorting, so the comparator only
    /// compares bytes.
    static func sorted(_ members: [Int], of cards: [UnitResult], parallelAbove: Int = 20_000) -> [Int] {
        let order = TieOrder(members: members, cards: cards, parallelAbove: parallelAbove)
        // Positions in `members`: they index the keys and indices of `order` directly.
        let positions = Array(members.indices)
        let sorted: [Int] = cards.withUnsafeBufferPointer { all in
            guard members.count >= parallelAbove, members.count >= 2 else {
                return positions.sorted { order.before($0, $1, all) }
            }
            let middle = positions.count / 2
            let halves = BatchScorer.parallelMap(count: 2, state: {}) { _, half -> [Int] in
                let part = half == 0 ? positions[..<middle] : positions[middle...]
                return cards.withUnsafeBufferPointer { all in part.sorted { order.before($0, $1, all) } }
            }
            var merged: [Int] = []
            merged.reserveCapacity(positions.count)
            var i = 0
            var j = 0
            let left = halves[0], right = halves[1]
            while i < left.count && j < right.count {
                // Equal units keep their input order: the left half first.
                if order.before(right[j], left[i], all) {
                    merged.append(right[j])
                    j += 1
                } else {
                    merged.append(left[i])
                    i += 1
                }
            }
            merged += left[i...]
            merged += right[j...]
            return merged
        }
        return sorted.map { members[$0] }
    }

    /// ``ranksBefore(_:_:)`` on the members of one table, with each name's collation key and each
    /// rounded index read once.
    private struct TieOrder: Sendable {
        /// The table's units, as positions in the results.
        let members: [Int]
        /// The collation keys of the members' names.
        let keys: CollationKeys
        /// The members' indices rounded for display.
        let indices: [ExactDecimal]

        /// The order of `members` of `cards`; keys are computed on two cores for `parallelAbove`
        /// members or more.
        init(members: [Int], cards: [UnitResult], parallelAbove: Int) {
            self.members = members
            keys = CollationKeys(members.map { cards[$0].unit.name }, parallelAbove: parallelAbove)
            indices = members.map { cards[$0].indexRounded ?? .zero }
        }

        /// Whether the member at position `p` ranks before the one at position `q`; `all` are the results.
        @inline(__always)
        func before(_ p: Int, _ q: Int, _ all: UnsafeBufferPointer<UnitResult>) -> Bool {
            if indices[p] != indices[q] { return indices[p] > indices[q] }
            let c = keys.compare(p, q)
            if c != 0 { return c < 0 }
            let a = all[members[p]]
            let b = all[members[q]]
            if let order = utf8Order(a.unit.id, b.unit.id) { return order }
            return a.file < b.file
        }
    }

    /// The ranking order: index rounded for display (highest first), then name in Vietnamese
    /// alphabetical order (`VietnameseCollation`), then unit id, then file. Ids are compared
    /// by their UTF-8 bytes: read from files they are NFC, where that is the order of `String`.
    ///
    /// This computes both names' collation keys; ``sorted(_:of:parallelAbove:)`` computes each
    /// key once for a whole table, in the same order.
    static func ranksBefore(_ a: UnitResult, _ b: UnitResult) -> Bool {
        let (x, y) = (a.indexRounded ?? .zero, b.indexRounded ?? .zero)
        if x != y { return x > y }
        return listedBefore(a, b)
    }

    /// The order of units at the same rank, and of unrated units: name in Vietnamese
    /// alphabetical order, then unit id, then file.
    static func listedBefore(_ a: UnitResult, _ b: UnitResult) -> Bool {
        let c = VietnameseCollation.compare(a.unit.name, b.unit.name)
        if c != 0 { return c < 0 }
        if let order = utf8Order(a.unit.id, b.unit.id) { return order }
        return a.file < b.file
    }

    /// Whether `a`'s UTF-8 bytes come before `b`'s; `nil` when they are the same.
    @inline(__always)
    private static func utf8Order(_ a: String, _ b: String) -> Bool? {
        let order = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Int in
                let common = Swift.min(x.count, y.count)
                if common > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let c = memcmp(p, q, common)
                    if c != 0 { return Int(c) }
                }
                return x.count - y.count
            }
        }
        guard let order = order ?? nil else {
            return a == b ? nil : a.utf8.lexicographicallyPrecedes(b.utf8)
        }
        return order == 0 ? nil : order < 0
    }
}
