import Foundation

/// What one unit hands in for one year. See <doc:SubmissionFormat>.
///
/// Read one from a file with ``Scorer/validate(data:file:)``, or build one in code and check it with
/// ``Scorer/validate(_:)``, which checks it exactly as it would check the same submission in a file.
/// ``SubmissionJSON/encode(_:)`` writes it in the submission format.
public struct Submission: Sendable, Hashable {
    /// The newest submission format version this library reads.
    public static let supportedFormatVersion = 1

    /// The file it was read from, for messages.
    public var file: String
    /// The id of the framework it is scored with.
    public var frameworkID: String
    /// The year evaluated.
    public var year: Int
    /// The unit.
    public var unit: Unit
    /// The raw facts by fact id.
    public var facts: [String: FactValue]
    /// The evidence documents, by leaf id then document id.
    public var evidence: [String: [String: EvidenceDocument]]
    /// Leaves declared not applicable, with the reason.
    public var notApplicable: [String: String]
    /// The unit's own scores, by leaf id.
    public var claimed: [String: ExactDecimal]
    /// The appraisal council's corrections, by leaf id.
    public var appraisal: [String: AppraisalCorrection]
    /// Points given directly (survey, council), by leaf id.
    public var direct: [String: ExactDecimal]
    /// Where facts computed from dossier records came from, by fact id.
    public var factSources: [String: FactSource] = [:]

    /// A submission; everything but the framework, the year and the unit may be left out.
    ///
    /// `file` names the submission in messages.
    public init(
        file: String = "submission", frameworkID: String, year: Int, unit: Unit, facts: [String: FactValue] = [:],
        evidence: [String: [String: EvidenceDocument]] = [:], notApplicable: [String: String] = [:],
        claimed: [String: ExactDecimal] = [:], appraisal: [String: AppraisalCorrection] = [:], direct: [String: ExactDecimal] = [:]
    ) {
        self.file = file
        self.frameworkID = frameworkID
        self.year = year
        self.unit = unit
        self.facts = facts
        self.evidence = evidence
        self.notApplicable = notApplicable
        self.claimed = claimed
        self.appraisal = appraisal
        self.direct = direct
    }
}

/// The unit being evaluated.
///
/// Foundation also has a type named `Unit`: where both are visible, write `ParIndexCore.Unit`.
public struct Unit: Sendable, Hashable {
    /// A stable id, for example `dak-nong.so-y-te`.
    public var id: String
    /// The name, for example "Sở Y tế".
    public var name: String
    /// The kind of unit.
    public var kind: UnitKind
    /// The province, if given.
    public var province: String?

    /// A unit.
    public init(id: String, name: String, kind: UnitKind, province: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.province = province
    }
}

/// A raw fact value.
public enum FactValue: Sendable, Hashable {
    /// A count or an amount.
    case number(ExactDecimal)
    /// A date.
    case date(CalendarDate)
    /// Yes or no.
    case boolean(Bool)
    /// An answer.
    case answer(String)
}

/// An evidence document (tài liệu kiểm chứng).
public struct EvidenceDocument: Sendable, Hashable {
    /// The document number, for example `15/KH-SYT`.
    public var number: String
    /// The title.
    public var title: String
    /// The date it was issued.
    public var date: CalendarDate?
    /// A link to it.
    public var link: String?

    /// A document.
    public init(number: String, title: String, date: CalendarDate? = nil, link: String? = nil) {
        self.number = number
        self.title = title
        self.date = date
        self.link = link
    }
}

/// A correction by the appraisal council.
public struct AppraisalCorrection: Sendable, Hashable {
    /// The points the council gives.
    public var points: ExactDecimal
    /// Why.
    public var reason: String

    /// A correction.
    public init(points: ExactDecimal, reason: String) {
        self.points = points
        self.reason = reason
    }
}

/// Where a fact computed from dossier records came from: the definition, the record files and
/// the figure (`par-score kpi --merge` writes it).
public struct FactSource: Sendable, Hashable {
    /// The definition id (`vpcp-766`).
    public var definition: String
    /// The record files read.
    public var records: [String]
    /// The figure.
    public var figure: String
    /// The period (`2024`), if written.
    public var period: String?

    /// A source.
    public init(definition: String, records: [String], figure: String, period: String? = nil) {
        self.definition = definition
        self.records = records
        self.figure = figure
        self.period = period
    }
}
