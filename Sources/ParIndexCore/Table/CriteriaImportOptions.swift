import Foundation

/// What the command line says about a framework imported from a table; each value, when given,
/// takes the place of the declarations sheet's.
public struct CriteriaImportOptions: Sendable {
    /// The framework's id (`--id`).
    public var id: String?
    /// The title (`--title`).
    public var title: String?
    /// The kinds of unit (`--unit-kind`).
    public var unitKinds: [UnitKind]?
    /// The years, both inclusive (`--years FROM-TO`).
    public var years: (Int, Int)?
    /// Where the framework comes from (`--source`), an adapted source unless the table says otherwise.
    public var source: String?

    /// Options; `nil` leaves a value to the declarations sheet.
    public init(id: String? = nil, title: String? = nil, unitKinds: [UnitKind]? = nil, years: (Int, Int)? = nil, source: String? = nil) {
        self.id = id
        self.title = title
        self.unitKinds = unitKinds
        self.years = years
        self.source = source
    }

    /// `2024-2030`, `2024–2030` or `2024`.
    public static func years(_ text: String) -> (Int, Int)? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let from = Int(parts[0]), let to = Int(parts[parts.count - 1]),
            SubmissionSchema.yearRange.contains(from), SubmissionSchema.yearRange.contains(to), from <= to
        else { return nil }
        return (from, to)
    }

    /// `so`, `so,xa` or `so; xa`.
    public static func unitKinds(_ text: String) -> [UnitKind]? {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }
        let kinds = parts.compactMap(UnitKind.init(rawValue:))
        return kinds.count == parts.count && !kinds.isEmpty ? kinds : nil
    }
}
