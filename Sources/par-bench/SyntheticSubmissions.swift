import Foundation
import ParIndexCore

/// Deterministic synthetic submissions made from the bundled examples: each copy gets its own
/// unit id and name, and its part-facts (numerators that are never a whole) are lowered by a
/// pseudo-random share, so every copy is valid and scores differently.
struct SyntheticSubmissions {
    let templates: [[String: Any]]
    let wholes: Set<String>
    let parts: [String]

    init(examples: URL, framework: Framework) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".json") }.sorted()
        templates = try names.compactMap { name in
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: examples.appendingPathComponent(name))) as? [String: Any]
            return (object?["framework"] as? String) == framework.id ? object : nil
        }
        wholes = Set(framework.metrics.flatMap(\.denominator))
        parts = framework.metrics.flatMap(\.numerator).filter { !Set(framework.metrics.flatMap(\.denominator)).contains($0) }
    }

    /// The n-th submission as compact JSON bytes (no line breaks, so it can be a line of NDJSON).
    func submission(_ n: Int) -> Data {
        var random = SplitMix64(seed: UInt64(n) &* 0x9E37_79B9 &+ 17)
        var object = templates[n % templates.count]
        var unit = object["unit"] as? [String: Any] ?? [:]
        unit["id"] = "unit-\(n)"
        unit["name"] = "Đơn vị thử nghiệm số \(n)"
        object["unit"] = unit
        var facts = object["facts"] as? [String: Any] ?? [:]
        for key in parts {
            guard let value = facts[key] as? Int, value > 0 else { continue }
            facts[key] = value - Int(random.next() % UInt64(value / 5 + 1))
        }
        object["facts"] = facts
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    }
}

/// A small fixed-seed pseudo-random generator (SplitMix64).
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
