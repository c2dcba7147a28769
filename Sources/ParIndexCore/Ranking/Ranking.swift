import Foundation

/// The ranking of many units: one table per kind of unit, framework and year, and the files
/// that were refused.
public struct Ranking: Sendable, Equatable {
    /// The tables, ordered by unit kind, then framework id, then year (newest first).
    public var tables: [RankingTable]
    /// Why each refused file was left out (errors only).
    public var failures: [Diagnostic]
    /// The number of files refused.
    public var failedFileCount: Int
    /// Warnings about the ranking as a whole: files left out for a newer one (`--prefer newer`),
    /// units without a previous result to compare with.
    public var notices: [Diagnostic] = []

    /// Every ranked unit of every table.
    public var entries: [RankedUnit] { tables.flatMap(\.entries) }

    /// Every refused file once, in the order of ``failures``, with its errors: what the reports
    /// list under "Tệp bị loại / Refused files".
    ///
    /// A file's own errors may be capped (``BatchScorer`` keeps at most 20 a file), but every file
    /// that has a failure is here.
    public var refusedFiles: [RefusedFile] {
        var order: [String] = []
        var errors: [String: [Diagnostic]] = [:]
        for failure in failures {
            if errors[failure.file] == nil { order.append(failure.file) }
            errors[failure.file, default: []].append(failure)
        }
        return order.compactMap { file in errors[file].flatMap { RefusedFile(file: file, errors: $0) } }
    }
}

/// A file that was refused and left out of a ranking, with the errors kept of it.
public struct RefusedFile: Sendable, Equatable {
    /// The file (or `FILE.ndjson:LINE`), as the errors name it.
    public var file: String
    /// Its first error: what a report shows on the file's one line.
    public var firstError: Diagnostic
    /// Every error kept of the file, the first one included.
    public var errors: [Diagnostic]

    /// A refused file from its errors; `nil` when there are none.
    public init?(file: String, errors: [Diagnostic]) {
        guard let first = errors.first else { return nil }
        (self.file, self.firstError, self.errors) = (file, first, errors)
    }
}

/// One ranking table: units of one kind, scored with one framework, for one year.
public struct RankingTable: Sendable, Equatable {
    /// The kind of unit.
    public var unitKind: UnitKind
    /// The framework's id.
    public var frameworkID: String
    /// The framework's title.
    public var frameworkTitle: LocalizedText
    /// The year.
    public var year: Int
    /// Display rounding of the framework.
    public var display: DisplaySettings
    /// The framework's components, shown as columns when there are several.
    public var components: [ColumnHeading]
    /// The framework's fields, for per-field columns and the heat map.
    public var fields: [ColumnHeading]
    /// The framework's bands, highest first.
    public var bands: [ColumnHeading]
    /// The units with an index, in rank order.
    public var entries: [RankedUnit]
    /// The units to which nothing applies: no index, no band, no rank (không xếp loại), by name.
    /// They are listed apart and left out of the statistics.
    public var unrated: [UnitResult] = []
    /// Summary figures.
    public var statistics: TableStatistics
    /// The frameworks, other than this table's, that last year's results (`--previous`) were
    /// scored under: their changes compare indices of different frameworks, and the heading says so.
    public var previousFrameworks: [String] = []

    /// The note on last year's results scored under another framework; `nil` when there are none.
    public func previousFrameworkNote(_ language: Language) -> String? {
        guard !previousFrameworks.isEmpty else { return nil }
        let others = previousFrameworks.joined(separator: ", ")
        return language == .vi
            ? "Năm trước chấm theo bộ tiêu chí khác (\(others)), năm nay theo \(frameworkID): thay đổi chỉ số và thứ hạng so sánh hai bộ tiêu chí khác nhau (xem: par-score criteria diff \(others) \(frameworkID))"
            : "Last year was scored under another framework (\(others)), this year under \(frameworkID): the changes of index and rank compare two different frameworks (see: par-score criteria diff \(others) \(frameworkID))"
    }

    /// The label of the band `id`.
    public func bandLabel(_ id: String?) -> LocalizedText? {
        guard let id else { return nil }
        return bands.first { $0.id == id }?.title
    }

    /// A short heading: `Sở, ban, ngành — so-seeds — 2020`.
    public func heading(_ language: Language) -> String {
        let base = "\(unitKind.label(language)) — \(frameworkID) — \(year)"
        guard !previousFrameworks.isEmpty else { return base }
        let others = previousFrameworks.joined(separator: ", ")
        return base + (language == .vi ? " (so với năm trước theo \(others))" : " (compared with last year under \(others))")
    }
}

/// A column: an id, a title and a maximum.
public struct ColumnHeading: Sendable, Hashable {
    /// The id.
    public var id: String
    /// The title.
    public var title: LocalizedText
    /// The maximum points, if any.
    public var maximum: ExactDecimal?
}

/// A unit with its rank.
public struct RankedUnit: Sendable, Equatable {
    /// 1 for the first; units tied at the displayed precision share a rank (1, 2, 2, 4).
    public var rank: Int
    /// The unit's result.
    public var result: UnitResult
    /// Last year's result, when `--previous` gave one for the same unit id.
    public var previous: PreviousResult?

    /// A ranked unit.
    public init(rank: Int, result: UnitResult, previous: PreviousResult?) {
        self.rank = rank
        self.result = result
        self.previous = previous
    }

    /// The unit's whole scorecard, when it was computed (HTML reports, `--scorecards`).
    public var scorecard: Scorecard? { result.scorecard }

    /// The field sub-index (points ÷ applicable maximum × 100) of field `id`; `nil` when nothing in it applies.
    public func fieldIndex(_ id: String) -> ExactDecimal? { result.fieldIndex(id) }

    /// The points of component `id`.
    public func componentPoints(_ id: String) -> ExactDecimal? { result.componentPoints(id) }
}

/// A unit's result in the previous ranking, and the change since.
public struct PreviousResult: Sendable, Hashable {
    /// Last year's index.
    public var index: ExactDecimal
    /// Last year's rank in its table.
    public var rank: Int
    /// This year's index − last year's.
    public var indexChange: ExactDecimal
    /// Last year's rank − this year's: positive when the unit moved up.
    public var rankChange: Int
}

/// Summary figures of a table.
public struct TableStatistics: Sendable, Equatable {
    /// How many units are in each band, in band order (highest first), zeros included.
    public var bandCounts: [(band: ColumnHeading, count: Int)]
    /// The mean index; `nil` when no unit of the table has one.
    public var mean: ExactDecimal?
    /// The median index; `nil` when no unit of the table has one.
    public var median: ExactDecimal?
    /// The lowest index; `nil` when no unit of the table has one.
    public var lowest: ExactDecimal?
    /// The highest index; `nil` when no unit of the table has one.
    public var highest: ExactDecimal?
    /// Per field: the average sub-index and the best units (several when tied at display precision).
    public var fields: [FieldStatistics]

    /// Equal when every figure is.
    public static func == (a: TableStatistics, b: TableStatistics) -> Bool {
        a.bandCounts.elementsEqual(b.bandCounts) { $0.band == $1.band && $0.count == $1.count } && a.mean == b.mean
            && a.median == b.median && a.lowest == b.lowest && a.highest == b.highest && a.fields == b.fields
    }
}

/// The average and the best of one field across a table.
public struct FieldStatistics: Sendable, Equatable {
    /// The field.
    public var field: ColumnHeading
    /// The average sub-index over the units where the field applies (computed from the
    /// sub-indices rounded to 12 decimals: a descriptive figure, never a decision).
    public var average: ExactDecimal?
    /// The best sub-index.
    public var best: ExactDecimal?
    /// The names of the units with the best sub-index.
    public var bestUnits: [String]
}
