/// Finds a unit's result of last year, by id or through a ``Lineage``, with the rule for each kind
/// of change (see <doc:RankingLineage>):
///
/// - same id, or one former id (renamed; or split, when the former id is listed under several new
///   units): last year's index and rank of that unit;
/// - several former ids (merged): last year's index is the plain mean of the former units'
///   indices, each counted once (the files hold no weights such as staff numbers); last year's
///   rank is the place that mean would have taken in last year's table of the first former unit
///   (1 + the units whose rounded index is higher), so a rank change is shown too;
/// - a former id without a result in `--previous`: no comparison, and a warning.
///
/// Units are matched within their kind.
struct PreviousMatcher: Sendable {
    /// A unit across years: its kind and id.
    struct UnitKey: Hashable, Sendable {
        var kind: UnitKind
        var id: String
    }

    /// Last year's result of a unit, its rank, and the table it was ranked in.
    private var byUnit: [UnitKey: (result: UnitResult, rank: Int, table: Int)] = [:]
    /// Last year's rounded indices, per table.
    private var tableIndices: [[ExactDecimal]] = []
    /// Last year's display precision, per table.
    private var tableDecimals: [Int] = []
    private let lineage: Lineage?

    /// A matcher over last year's ranked `tables`.
    init(tables: [RankingTable], lineage: Lineage?) {
        self.lineage = lineage
        for (position, table) in tables.enumerated() {
            tableIndices.append(table.entries.compactMap(\.result.indexRounded))
            tableDecimals.append(table.display.percentDecimals)
            for entry in table.entries {
                byUnit[UnitKey(kind: entry.result.unit.kind, id: entry.result.unit.id)] = (entry.result, entry.rank, position)
            }
        }
    }

    /// The ids of last year a unit is compared with.
    private func formerIDs(_ unit: Unit) -> [String] {
        lineage?.formerIDs(of: unit.id) ?? [unit.id]
    }

    /// Last year's result of `card`, ranked `rank` this year; `nil` when there is none to compare with.
    func previous(of card: UnitResult, rank: Int) -> PreviousResult? {
        guard let index = card.index else { return nil }
        let former = formerIDs(card.unit).map { byUnit[UnitKey(kind: card.unit.kind, id: $0)] }
        guard !former.isEmpty, former.allSatisfy({ $0?.result.index != nil }) else { return nil }
        let found = former.compactMap { $0 }
        if found.count == 1, let old = found[0].result.index {
            return PreviousResult(index: old, rank: found[0].rank, indexChange: index - old, rankChange: found[0].rank - rank)
        }
        var sum = ExactDecimal.zero
        for unit in found { sum = sum + (unit.result.index ?? .zero) }
        let mean = sum / ExactDecimal(found.count)
        let table = found[0].table
        let rounded = mean.rounded(scale: tableDecimals[table])
        let oldRank = 1 + tableIndices[table].filter { $0 > rounded }.count
        return PreviousResult(index: mean, rank: oldRank, indexChange: index - mean, rankChange: oldRank - rank)
    }

    /// The frameworks of last year's results that `card` is compared with.
    func frameworkIDs(comparedWith card: UnitResult) -> [String] {
        formerIDs(card.unit).compactMap { byUnit[UnitKey(kind: card.unit.kind, id: $0)]?.result.frameworkID }
    }

    /// The warning for a ranked unit that has no previous result to compare with.
    func notice(for card: UnitResult) -> Diagnostic {
        let former = formerIDs(card.unit)
        let missing = former.filter { byUnit[UnitKey(kind: card.unit.kind, id: $0)]?.result.index == nil }
        if former.count > 1 && missing.count < former.count {
            return Diagnostic(
                .warning, code: .batchLineageIncomplete, file: card.file, path: JSONPath(keys: "unit", "id"),
                arguments: ["unit": .string(card.unit.id), "missing": .string(missing.joined(separator: ", "))])
        }
        return Diagnostic(
            .warning, code: .batchNoPreviousMatch, file: card.file, path: JSONPath(keys: "unit", "id"), arguments: ["unit": .string(card.unit.id)])
    }
}
