/// A fact of a framework that a unit's PAR plan and its progress determine, as the framework's
/// optional `planMeasures` list declares it (see <doc:PlanFormat>).
public struct PlanMeasure: Sendable, Hashable {
    /// What is measured.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The tasks of the plan, cancelled ones left out (a count).
        case tasks
        /// The tasks done, on time or late, by the status date (a count).
        case tasksDone
        /// The tasks done on time (a count).
        case tasksDoneOnTime
        /// The date the plan was issued (a date).
        case issuedOn
        /// The date of the first document of a kind the plan's tasks produced (a date), for
        /// example the day the Q1 report was sent.
        case outputDate

        /// The fact type the measure fills.
        public var factType: Fact.ValueType {
            switch self {
            case .tasks, .tasksDone, .tasksDoneOnTime: .count
            case .issuedOn, .outputDate: .date
            }
        }
    }

    /// The fact filled.
    public var fact: String
    /// What fills it.
    public var kind: Kind
    /// The document kind, for ``Kind/outputDate``.
    public var document: String?

    /// A measure.
    public init(fact: String, kind: Kind, document: String? = nil) {
        self.fact = fact
        self.kind = kind
        self.document = document
    }
}
