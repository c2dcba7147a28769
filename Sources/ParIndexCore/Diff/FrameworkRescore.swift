import Foundation

/// What a change of framework does to units: every submission of a folder scored under the old
/// and the new framework, with each unit's index and rank before and after, and the leaves whose
/// points moved, each with the changes of the ``FrameworkDiff`` that concern it.
///
/// A submission written for one of the two frameworks is carried over to the other: its facts,
/// documents, direct points, claims and corrections are kept where the other framework has the
/// same fact (with the same type) or leaf; what is left out is listed in ``RescoredUnit/dropped``.
/// A unit's year outside the other framework's years is scored as it is, and said in the notes.
public struct FrameworkRescore: Sendable {
    /// The units, in the order of their rank under the new framework.
    public var units: [RescoredUnit]
    /// The files that could not be scored, with why.
    public var refused: [Diagnostic]
    /// What the reader should know (years outside a framework's, files of other frameworks).
    public var notes: [LocalizedText]

    /// Scores `files` under `old` and `new`; `diff` is their ``FrameworkDiff``.
    public init(files: [String], old: Framework, new: Framework, diff: FrameworkDiff) {
        var refused: [Diagnostic] = []
        var notes: [LocalizedText] = []
        var pairs: [(Scorecard, Scorecard, [String])] = []
        var yearsWidened: Set<Int> = []
        for file in files {
            let data: Data
            do {
                data = try FileReading.read(URL(fileURLWithPath: file))
            } catch {
                refused += error.diagnostics
                continue
            }
            let named: String
            do {
                named = try DocumentLoader.frameworkID(ofSubmission: DocumentLoader.parse(data, file: file), file: file)
            } catch {
                refused += error.diagnostics
                continue
            }
            let fromOld = named == old.id
            guard fromOld || named == new.id else {
                notes.append(
                    LocalizedText(
                        vi: "\(file): theo bộ tiêu chí \(named), không phải \(old.id) hay \(new.id): bỏ qua",
                        en: "\(file): written for \(named), neither \(old.id) nor \(new.id): left out"))
                continue
            }
            let source = fromOld ? old : new
            let target = fromOld ? new : old
            let submission: Submission
            do {
                submission = try Scorer(catalog: CriteriaCatalog(frameworks: [source])).validate(data: data, file: file).0
            } catch {
                refused += error.diagnostics
                continue
            }
            var widened = target
            if !(target.firstYear...target.lastYear).contains(submission.year) {
                widened.firstYear = min(target.firstYear, submission.year)
                widened.lastYear = max(target.lastYear, submission.year)
                yearsWidened.insert(submission.year)
            }
            let (carried, dropped) = Self.carry(submission, to: widened, mapping: fromOld ? diff.nodeMapping : Self.inverse(diff.nodeMapping))
            let carriedCard: Scorecard
            do {
                carriedCard = try Scorer(catalog: CriteriaCatalog(frameworks: [widened])).score(carried)
            } catch {
                refused += error.diagnostics
                continue
            }
            let own = Scorer.score(submission, with: source)
            pairs.append(fromOld ? (own, carriedCard, dropped) : (carriedCard, own, dropped))
        }
        for year in yearsWidened.sorted() {
            notes.append(
                LocalizedText(
                    vi: "năm \(year) nằm ngoài năm áp dụng của một trong hai bộ tiêu chí: chấm thử với năm \(year)",
                    en: "\(year) is outside the years of one of the two frameworks: scored as \(year) for the comparison"))
        }
        let beforeRanks = Self.ranks(pairs.map { $0.0 })
        let afterRanks = Self.ranks(pairs.map { $0.1 })
        var units: [RescoredUnit] = []
        for (offset, pair) in pairs.enumerated() {
            let (before, after, dropped) = pair
            units.append(
                RescoredUnit(
                    unit: before.unit, file: before.file, year: before.year, before: before.result, after: after.result,
                    rankBefore: beforeRanks[offset], rankAfter: afterRanks[offset],
                    movers: Self.movers(before, after, diff: diff), dropped: dropped))
        }
        units.sort { a, b in
            let (x, y) = (a.rankAfter ?? Int.max, b.rankAfter ?? Int.max)
            if x != y { return x < y }
            return Ranker.listedBefore(a.after, b.after)
        }
        self.units = units
        self.refused = refused
        self.notes = notes
    }

    private static func inverse(_ mapping: [String: String]) -> [String: String] {
        Dictionary(mapping.map { ($1, $0) }, uniquingKeysWith: { x, _ in x })
    }

    /// Each card's rank among all the cards (one table: the same framework), `nil` when unrated.
    private static func ranks(_ cards: [Scorecard]) -> [Int?] {
        let results = cards.map(\.result)
        let rated = results.indices.filter { results[$0].index != nil }
        let order = Ranker.sorted(rated, of: results)
        var ranks = [Int?](repeating: nil, count: cards.count)
        var previous: (ExactDecimal?, Int)?
        for (offset, index) in order.enumerated() {
            let rounded = results[index].indexRounded
            let rank = previous.flatMap { $0.0 == rounded ? $0.1 : nil } ?? offset + 1
            ranks[index] = rank
            previous = (rounded, rank)
        }
        return ranks
    }

    /// The leaves whose points differ, largest change first, with the changes about them.
    private static func movers(_ before: Scorecard, _ after: Scorecard, diff: FrameworkDiff) -> [LeafMove] {
        let oldLeaves = Dictionary(before.leaves.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        let newLeaves = Dictionary(after.leaves.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        var moves: [LeafMove] = []
        var seenOld: Set<String> = []
        for leaf in after.leaves {
            let oldID = diff.nodeMapping.first { $0.value == leaf.id }?.key ?? (oldLeaves[leaf.id] != nil ? leaf.id : nil)
            let old = oldID.flatMap { oldLeaves[$0] }
            if let oldID { seenOld.insert(oldID) }
            let x = old?.points ?? 0
            let y = leaf.points
            let status = old?.status != leaf.status
            guard x != y || old == nil || status else { continue }
            if old == nil && y == 0 && leaf.maximum == 0 { continue }
            let ids = Set([leaf.id] + (oldID.map { [$0] } ?? []))
            let changes = diff.changes.filter { !$0.leaves.isDisjoint(with: ids) }
            moves.append(
                LeafMove(
                    leafID: leaf.id, oldID: oldID, title: leaf.title, before: old?.points, after: y, maximumBefore: old?.maximum,
                    maximumAfter: leaf.maximum, changes: changes.map(\.text)))
        }
        for leaf in before.leaves where !seenOld.contains(leaf.id) && newLeaves[leaf.id] == nil {
            let changes = diff.changes.filter { $0.leaves.contains(leaf.id) }
            moves.append(
                LeafMove(
                    leafID: leaf.id, oldID: leaf.id, title: leaf.title, before: leaf.points, after: nil, maximumBefore: leaf.maximum,
                    maximumAfter: nil,
                    changes: changes.map(\.text)))
        }
        return moves.sorted { a, b in
            let da = ((a.after ?? 0) - (a.before ?? 0)).magnitude
            let db = ((b.after ?? 0) - (b.before ?? 0)).magnitude
            if da != db { return da > db }
            return a.leafID < b.leafID
        }
    }

    /// `submission` carried over to `framework`, and what could not be carried.
    static func carry(_ submission: Submission, to framework: Framework, mapping: [String: String]) -> (Submission, [String]) {
        var dropped: [String] = []
        func leafID(_ id: String) -> String? {
            let target = mapping[id] ?? id
            return framework.leaf(target) != nil ? target : nil
        }
        var facts: [String: FactValue] = [:]
        for (id, value) in submission.facts.sorted(by: { $0.key < $1.key }) {
            guard let fact = framework.fact(id), Self.fits(value, fact) else {
                dropped.append("facts[\"\(id)\"]")
                continue
            }
            facts[id] = value
        }
        var evidence: [String: [String: EvidenceDocument]] = [:]
        for (id, documents) in submission.evidence.sorted(by: { $0.key < $1.key }) {
            guard let target = leafID(id), let leaf = framework.leaf(target) else {
                dropped.append("evidence[\"\(id)\"]")
                continue
            }
            let known = Set(leaf.documents.map(\.id))
            var kept: [String: EvidenceDocument] = [:]
            for (doc, value) in documents.sorted(by: { $0.key < $1.key }) {
                if known.contains(doc) { kept[doc] = value } else { dropped.append("evidence[\"\(id)\"][\"\(doc)\"]") }
            }
            if !kept.isEmpty { evidence[target] = kept }
        }
        func points(_ values: [String: ExactDecimal], _ name: String, direct: Bool) -> [String: ExactDecimal] {
            var out: [String: ExactDecimal] = [:]
            for (id, value) in values.sorted(by: { $0.key < $1.key }) {
                guard let target = leafID(id), let leaf = framework.leaf(target),
                    !direct || leaf.rule.map(Self.takesDirectPoints) == true
                else {
                    dropped.append("\(name)[\"\(id)\"]")
                    continue
                }
                guard value <= leaf.max else {
                    dropped.append("\(name)[\"\(id)\"] (\(value.exactText) > \(leaf.max.exactText))")
                    continue
                }
                out[target] = value
            }
            return out
        }
        var notApplicable: [String: String] = [:]
        for (id, reason) in submission.notApplicable.sorted(by: { $0.key < $1.key }) {
            if let target = leafID(id) { notApplicable[target] = reason } else { dropped.append("notApplicable[\"\(id)\"]") }
        }
        var appraisal: [String: AppraisalCorrection] = [:]
        for (id, correction) in submission.appraisal.sorted(by: { $0.key < $1.key }) {
            if let target = leafID(id), let leaf = framework.leaf(target), correction.points <= leaf.max {
                appraisal[target] = correction
            } else {
                dropped.append("appraisal[\"\(id)\"]")
            }
        }
        let carried = Submission(
            file: submission.file, frameworkID: framework.id, year: submission.year, unit: submission.unit, facts: facts, evidence: evidence,
            notApplicable: notApplicable, claimed: points(submission.claimed, "claimed", direct: false), appraisal: appraisal,
            direct: points(submission.direct, "direct", direct: true))
        return (carried, dropped)
    }

    /// Whether a leaf of `rule` takes points given directly (`direct`, and `survey` for a unit
    /// that only receives its score).
    private static func takesDirectPoints(_ rule: Rule) -> Bool {
        switch rule {
        case .direct, .survey: true
        default: false
        }
    }

    private static func fits(_ value: FactValue, _ fact: Fact) -> Bool {
        switch (value, fact.type) {
        case (.number, .count), (.number, .amount), (.date, .date), (.boolean, .boolean): true
        case (.answer(let a), .answer): fact.options.contains(a)
        default: false
        }
    }
}

/// One unit scored under two frameworks.
public struct RescoredUnit: Sendable {
    /// The unit.
    public var unit: Unit
    /// Its submission file.
    public var file: String
    /// The year.
    public var year: Int
    /// The result under the old framework.
    public var before: UnitResult
    /// The result under the new framework.
    public var after: UnitResult
    /// The rank among the folder's units under the old framework; `nil` when not rated.
    public var rankBefore: Int?
    /// The rank under the new framework; `nil` when not rated.
    public var rankAfter: Int?
    /// The leaves whose points moved, largest change first.
    public var movers: [LeafMove]
    /// What of the submission the other framework has no place for (JSON paths).
    public var dropped: [String]
}

/// A leaf whose points differ between the two frameworks.
public struct LeafMove: Sendable, Hashable {
    /// The leaf's id (the new one, when it exists in the new framework).
    public var leafID: String
    /// Its id in the old framework, if it had one.
    public var oldID: String?
    /// Its title.
    public var title: LocalizedText
    /// Its points under the old framework; `nil` when it did not exist.
    public var before: ExactDecimal?
    /// Its points under the new framework; `nil` when it does not exist.
    public var after: ExactDecimal?
    /// Its maximum under the old framework.
    public var maximumBefore: ExactDecimal?
    /// Its maximum under the new framework.
    public var maximumAfter: ExactDecimal?
    /// The changes of the diff that concern the leaf.
    public var changes: [LocalizedText]
}
