import Foundation
import ParIndexCore

/// Deterministic synthetic submissions made from the bundled examples: each copy gets its own
/// unit id and name, and its part-facts (numerators that are never a whole) are lowered by a
/// pseudo-random share, so every copy is valid and scores differently.
///
/// Each example is serialised once (sorted keys, compact) with placeholders where the copies
/// differ; a copy is the template's pieces with its own values in between.
struct SyntheticSubmissions {
    private struct Template {
        /// Text pieces; between piece k and k + 1 comes value k.
        var pieces: [[UInt8]]
        /// What goes between the pieces: the unit id, the name, then each part fact.
        var holes: [Hole]
    }

    private enum Hole {
        case unitID
        case unitName
        case part(Int)
    }

    private let templates: [Template]

    init(examples: URL, framework: Framework) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".json") }.sorted()
        let wholes = Set(framework.metrics.flatMap(\.denominator))
        let parts = framework.metrics.flatMap(\.numerator).filter { !wholes.contains($0) }
        templates = try names.compactMap { name in
            guard var object = try JSONSerialization.jsonObject(with: Data(contentsOf: examples.appendingPathComponent(name))) as? [String: Any],
                (object["framework"] as? String) == framework.id
            else { return nil }
            var unit = object["unit"] as? [String: Any] ?? [:]
            unit["id"] = "@@HOLE-ID@@"
            unit["name"] = "@@HOLE-NAME@@"
            object["unit"] = unit
            var facts = object["facts"] as? [String: Any] ?? [:]
            for key in parts {
                guard let value = facts[key] as? Int, value > 0 else { continue }
                facts[key] = "@@HOLE-PART-\(value)@@"
            }
            object["facts"] = facts
            let text = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
            return Self.template(text)
        }
    }

    /// Cuts serialised text at its placeholders.
    private static func template(_ text: String) -> Template {
        var pieces: [[UInt8]] = []
        var holes: [Hole] = []
        var rest = Substring(text)
        while let open = rest.range(of: "\"@@HOLE-") {
            pieces.append(Array(rest[..<open.lowerBound].utf8))
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "@@\"") else { break }
            let name = after[..<close.lowerBound]
            switch name {
            case "ID": holes.append(.unitID)
            case "NAME": holes.append(.unitName)
            default: holes.append(.part(Int(name.dropFirst("PART-".count)) ?? 0))
            }
            rest = after[close.upperBound...]
        }
        pieces.append(Array(rest.utf8))
        return Template(pieces: pieces, holes: holes)
    }

    /// The n-th submission as compact JSON bytes (no line breaks, so it can be a line of NDJSON).
    func submission(_ n: Int) -> Data {
        var random = SplitMix64(seed: UInt64(n) &* 0x9E37_79B9 &+ 17)
        let template = templates[n % templates.count]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8_192)
        for (index, piece) in template.pieces.enumerated() {
            bytes += piece
            guard index < template.holes.count else { continue }
            switch template.holes[index] {
            case .unitID: bytes += "\"unit-\(n)\"".utf8
            case .unitName: bytes += "\"Đơn vị thử nghiệm số \(n)\"".utf8
            case .part(let value): bytes += String(value - Int(random.next() % UInt64(value / 5 + 1))).utf8
            }
        }
        return Data(bytes)
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
