import ParIndexCore

/// What one unit's appraisal record (phiếu chấm điểm) shows: its scorecard, and from its
/// submission the evidence documents cited and the council's reasons.
public struct AppraisalRecord: Sendable {
    /// The scorecard.
    public var scorecard: Scorecard
    /// The evidence documents by leaf id, in the order of their ids.
    public var evidence: [String: [EvidenceDocument]]
    /// The appraisal council's corrections by leaf id.
    public var appraisal: [String: AppraisalCorrection]
    /// The reasons given for leaves declared not applicable, by leaf id.
    public var notApplicable: [String: String]

    /// The record of `scorecard`, with the evidence and corrections of `submission` when given.
    public init(scorecard: Scorecard, submission: Submission? = nil) {
        self.scorecard = scorecard
        var evidence: [String: [EvidenceDocument]] = [:]
        for (leaf, documents) in submission?.evidence ?? [:] {
            evidence[leaf] = documents.keys.sorted().compactMap { documents[$0] }
        }
        self.evidence = evidence
        self.appraisal = submission?.appraisal ?? [:]
        self.notApplicable = submission?.notApplicable ?? [:]
    }

    /// "3125/KH-SYT ngày 20/12/2019: Kế hoạch …", one line a document.
    func evidenceLines(_ leaf: String, language: Language) -> [String] {
        let style = NumberStyle(language: language)
        return (evidence[leaf] ?? []).map { document in
            var line = document.number
            if let date = document.date { line += (language == .vi ? " ngày " : " of ") + style.date(date) }
            return line + ": " + document.title
        }
    }
}
