/// SplitMix64 (Steele, Lea, Flood 2014): a small, fast pseudo-random generator whose sequence is
/// fixed by its seed, so that every generated case of a test or a benchmark can be reproduced.
///
/// The one generator of the package's tests and of `par-bench`.
package struct SplitMix64: RandomNumberGenerator {
    /// The state; the next value is derived from it.
    package var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    package init(seed: UInt64) { state = seed }

    /// The next value of the sequence.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `p`.
    package mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    /// A random element of a non-empty array.
    package mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
}
