/// A submission read into the numbered slots of its ``CompiledFramework``: what scoring needs and
/// nothing else. Made by ``SlotDecoder``; scored by ``CompiledFramework/score(_:)``.
public struct SubmissionSlots: Sendable {
    /// The unit.
    public var unit: Unit
    /// The year evaluated.
    public var year: Int
    /// The file it was read from, for messages and reports.
    public var file: String
    /// Facts, then documents present, then per leaf: not applicable, appraisal points, direct
    /// points (see ``CompiledFramework``). ``absent`` marks a value not given.
    var values: [Int64]

    /// A value not given.
    static let absent = Int64.min
}

/// Dates in slots: `YYYYMMDD` as a number, so that they compare as dates do.
extension CalendarDate {
    var slotValue: Int64 { Int64(year) * 10_000 + Int64(month) * 100 + Int64(day) }
}
