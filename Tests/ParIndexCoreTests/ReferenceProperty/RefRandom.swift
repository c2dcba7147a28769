import ParIndexTestSupport

/// The random choices of the reference generators, over ``SplitMix64`` so that a seed gives the
/// same cases on every run.
struct RefRandom {
    private var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// A whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }

    /// A 64-bit number in `range`.
    mutating func int64(_ range: ClosedRange<Int64>) -> Int64 { Int64.random(in: range, using: &rng) }

    /// `true` with probability `percent` %.
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    /// One of `choices`.
    mutating func pick<T>(_ choices: [T]) -> T { choices[int(0...(choices.count - 1))] }

    /// `value`, or `nil` (the key left to its default) with probability `percent` %.
    mutating func orDefault<T>(_ percent: Int, _ value: T) -> T? { chance(percent) ? nil : value }

    /// A number of millionths from 0 to `max`, at most six decimals; often a round one, the
    /// bounds themselves or a value a millionth away from them.
    mutating func millionths(upTo max: Int64) -> Int64 {
        guard max > 0 else { return 0 }
        switch int(0...9) {
        case 0: return 0
        case 1: return max
        case 2: return Swift.max(max - 1, 0)
        case 3: return Swift.min(1, max)
        case 4: return int64(0...(max / 1_000_000)) * 1_000_000
        case 5: return int64(0...(max / 10_000)) * 10_000
        case 6: return max / 2
        default: return int64(0...max)
        }
    }

    /// A maximum of points: whole, one or two decimals, six decimals, 1.5, or (rarely) 0.
    mutating func maximum() -> Int64 {
        switch int(0...19) {
        case 0...6: return Int64(int(1...10)) * 1_000_000
        case 7...10: return Int64(int(1...1000)) * 10_000
        case 11...14: return int64(1...20_000_000)
        case 15: return 1_500_000
        case 16: return 2_000_000
        case 17: return 999_999
        case 18: return 0
        default: return Int64(int(1...3)) * 500_000
        }
    }

    /// A percent from 0 to 100 in millionths, often a round or awkward one.
    mutating func percent() -> Int64 {
        switch int(0...9) {
        case 0: return 0
        case 1: return 100_000_000
        case 2: return 50_000_000
        case 3: return 33_333_333
        case 4: return Int64(int(0...100)) * 1_000_000
        case 5: return Int64(int(0...10_000)) * 10_000
        default: return int64(0...100_000_000)
        }
    }
}
