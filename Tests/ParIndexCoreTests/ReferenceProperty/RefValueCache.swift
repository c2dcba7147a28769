@testable import ParIndexCore

/// The engine's values read as reference fractions, each once: the full path, the fast path and
/// the batch give the same values many times.
final class RefValueCache {
    private var values: [ExactDecimal: RefFraction] = [:]

    /// `value` as a reference fraction.
    func fraction(_ value: ExactDecimal) -> RefFraction {
        if let raw = value.plainRaw { return RefFraction(millionths: raw) }
        if let known = values[value] { return known }
        let fraction = RefFraction(value)
        values[value] = fraction
        return fraction
    }
}
