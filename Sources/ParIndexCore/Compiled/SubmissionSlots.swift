/// A submission read into the numbered slots of its ``CompiledFramework``: what scoring needs and
/// nothing else. Made by ``SlotDecoder``; scored by ``CompiledFramework/score(_:)``.
public struct SubmissionSlots: Sendable {
    /// The unit.
    public var unit: Unit
    /// The year evaluated.
    public var year: Int
    /// The file it was read from, for messages and reports.
    public var file: String
    /// Facts, then a bit a document present, a bit a leaf not applicable, then per leaf appraisal
    /// points and direct points (see ``CompiledFramework``). ``absent`` marks a value not given;
    /// a date is `YYYYMMDD` as a number, so that dates compare as numbers do.
    var values: [Int64]

    /// A value not given.
    static let absent = Int64.min
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
}
