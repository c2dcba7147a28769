/// A raw value that a submission reports: a count, an amount, a date, a yes/no or an answer.
public struct Fact: Sendable, Hashable {
    /// The type of a fact's value.
    public enum ValueType: String, Sendable, Hashable, CaseIterable {
        /// A whole number from 0 to ``Fact/maximumCount``.
        case count
        /// A non-negative decimal (money).
        case amount
        /// A calendar date, `YYYY-MM-DD`.
        case date
        /// `true` or `false`.
        case boolean
        /// One of the fact's options.
        case answer
    }

    /// The largest count a submission may report.
    public static let maximumCount = 1_000_000_000

    /// The id.
    public var id: String
    /// The title.
    public var title: LocalizedText
    /// The type of its value.
    public var type: ValueType
    /// The allowed answers, for ``ValueType/answer``.
    public var options: [String]
    /// The unit of a count or an amount, for example "hồ sơ".
    public var unit: LocalizedText?
    /// The record figure that fills this fact (`par-score kpi --merge`), if any.
    public var fromRecords: FromRecords? = nil
}

/// Where a count comes from when it is computed from dossier records: a figure of
/// `par-score kpi` and, optionally, the definition the framework expects it under.
public struct FromRecords: Sendable, Hashable {
    /// The figure, one of ``KPIFigure`` (`onTime`, `onTimeDenominator`, `received`, …).
    public var figure: String
    /// The definition expected (`vpcp-766`, `completed-only`), or nil for any.
    public var definition: String?

    /// A source.
    public init(figure: String, definition: String? = nil) {
        self.figure = figure
        self.definition = definition
    }
}

/// A KPI: the ratio of the sum of some facts to the sum of others, in percent.
public struct Metric: Sendable, Hashable {
    /// The id.
    public var id: String
    /// The title.
    public var title: LocalizedText
    /// The facts added up above the line.
    public var numerator: [String]
    /// The facts added up below the line.
    public var denominator: [String]
}
