/// A submission read into the numbered slots of its ``CompiledFramework``: what scoring needs and
/// nothing else. Made by ``SlotDecoder`` straight from bytes, or from a validated ``Submission``
/// (``init(_:compiled:details:)``); scored by ``CompiledFramework/score(_:)``.
public struct SubmissionSlots: Sendable, Equatable {
    /// The unit.
    public var unit: Unit
    /// The year evaluated.
    public var year: Int
    /// The file it was read from, for messages and reports.
    public var file: String
    /// Facts, then a bit a document present, a bit a leaf not applicable, then per leaf appraisal
    /// points and direct points (see ``CompiledFramework``). ``absent`` marks a value not given;
    /// a date is `YYYYMMDD` as a number, so that dates compare as numbers do.
    package var values: [Int64]
    /// The strings a scorecard shows (document numbers, reasons, claimed points); `nil` when only
    /// totals were asked for.
    package var details: SubmissionDetails?

    /// A value not given.
    package static let absent = Int64.min
}

/// The parts of a submission that do not change its points but that its scorecard shows: the
/// numbers of its evidence documents, the reasons given for leaves not applicable and for
/// appraisal corrections, and the points the unit claimed.
package struct SubmissionDetails: Sendable, Equatable {
    /// The number of each document given, by document position across the framework.
    package var documentNumbers: [String?]
    /// The reason of each leaf declared not applicable, by leaf position.
    package var notApplicableReasons: [String?]
    /// The reason of each appraisal correction, by leaf position.
    package var appraisalReasons: [String?]
    /// The points the unit claimed, by leaf position.
    package var claimed: [ExactDecimal?]

    /// Nothing given, for a framework of `documents` documents and `leaves` leaves.
    package init(documents: Int, leaves: Int) {
        documentNumbers = Array(repeating: nil, count: documents)
        notApplicableReasons = Array(repeating: nil, count: leaves)
        appraisalReasons = Array(repeating: nil, count: leaves)
        claimed = Array(repeating: nil, count: leaves)
    }
}

extension SubmissionSlots {
    /// Bit `index` of the bits that start at word `base`.
    @inline(__always)
    static func bit(_ values: UnsafeBufferPointer<Int64>, _ base: Int, _ index: Int) -> Bool {
        values[base + index >> 6] & (1 << Int64(index & 63)) != 0
    }

    /// Sets bit `index` of the bits that start at word `base`.
    @inline(__always)
    static func setBit(_ values: inout [Int64], _ base: Int, _ index: Int) {
        values[base + index >> 6] |= 1 << Int64(index & 63)
    }

    /// Empty slots for `compiled`: nothing given.
    package static func empty(_ compiled: CompiledFramework) -> [Int64] {
        var values = [Int64](repeating: absent, count: compiled.slotCount)
        for slot in compiled.documentBase..<compiled.appraisalBase { values[slot] = 0 }
        return values
    }

    /// A validated submission in the slots of `compiled` (the framework it was validated
    /// against): the full path's way into the one kernel. With `details`, the strings a
    /// scorecard shows are kept too.
    public init(_ submission: Submission, compiled: CompiledFramework, details: Bool = true) {
        var values = Self.empty(compiled)
        let framework = compiled.framework
        for (id, value) in submission.facts {
            guard let slot = compiled.factSlots[id] else { continue }
            switch value {
            case .number(let n): values[slot] = n.raw
            case .date(let d): values[slot] = Int64(d.year) * 10_000 + Int64(d.month) * 100 + Int64(d.day)
            case .boolean(let b): values[slot] = b ? 1 : 0
            case .answer(let a):
                guard let option = framework.facts[slot].options.firstIndex(of: a) else { continue }
                values[slot] = Int64(option)
            }
        }
        var kept = details ? SubmissionDetails(documents: compiled.documentCount, leaves: compiled.leafCount) : nil
        for (leaf, node) in framework.leaves.enumerated() {
            if let given = submission.evidence[node.id] {
                for (k, document) in node.documents.enumerated() {
                    guard let evidence = given[document.id] else { continue }
                    let index = compiled.leafDocumentBase[leaf] + k
                    SubmissionSlots.setBit(&values, compiled.documentBase, index)
                    kept?.documentNumbers[index] = evidence.number
                }
            }
            if let reason = submission.notApplicable[node.id] {
                SubmissionSlots.setBit(&values, compiled.notApplicableBase, leaf)
                kept?.notApplicableReasons[leaf] = reason
            }
            if let correction = submission.appraisal[node.id] {
                values[compiled.appraisalBase + leaf] = correction.points.raw
                kept?.appraisalReasons[leaf] = correction.reason
            }
            if let direct = submission.direct[node.id] { values[compiled.directBase + leaf] = direct.raw }
            kept?.claimed[leaf] = submission.claimed[node.id]
        }
        self.init(unit: submission.unit, year: submission.year, file: submission.file, values: values, details: kept)
    }
}
