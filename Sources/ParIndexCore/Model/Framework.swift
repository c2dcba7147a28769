import Foundation

/// A criteria framework: the tree of fields, criteria and sub-criteria, loaded from a JSON file
/// in `Criteria/`. See <doc:CriteriaFormat>.
public struct Framework: Sendable {
    /// The newest criteria format version this library reads.
    public static let supportedFormatVersion = 1

    /// The format version of the file.
    public var formatVersion: Int
    /// The id that submissions name.
    public var id: String
    /// The title.
    public var title: LocalizedText
    /// The legal basis (decisions).
    public var legalBasis: [String]
    /// The kinds of unit the framework applies to.
    public var unitKinds: [UnitKind]
    /// The first year the framework is valid for.
    public var firstYear: Int
    /// The last year the framework is valid for.
    public var lastYear: Int
    /// Where the framework comes from.
    public var provenance: Provenance
    /// How numbers are rounded for display.
    public var display: DisplaySettings
    /// Rounding that a province's rules require before summing; none by default.
    public var rounding = RoundingPolicy()
    /// The published parts of the maximum (appraised, survey, …).
    public var components: [Component]
    /// The raw facts a submission reports.
    public let facts: [Fact]
    /// The ratios of facts that rules read.
    public let metrics: [Metric]
    /// The classification bands, highest first.
    public var bands: [Band]
    /// The fields (lĩnh vực), the roots of the tree.
    public let fields: [Node]
    /// Bonus and penalty sections.
    public var adjustments: [AdjustmentSection]
    /// The file it was read from, for messages.
    public var file: String
    /// Which facts a unit's PAR plan and its progress determine (see <doc:PlanFormat>).
    public var planMeasures: [PlanMeasure] = []
    /// Lookups built when the framework is loaded.
    let lookup: FrameworkLookup

    /// A framework; the loader builds these from files (see ``DocumentLoader``).
    public init(
        formatVersion: Int, id: String, title: LocalizedText, legalBasis: [String], unitKinds: [UnitKind], firstYear: Int,
        lastYear: Int, provenance: Provenance, display: DisplaySettings, components: [Component], facts: [Fact], metrics: [Metric],
        bands: [Band], fields: [Node], adjustments: [AdjustmentSection], file: String
    ) {
        self.formatVersion = formatVersion
        self.id = id
        self.title = title
        self.legalBasis = legalBasis
        self.unitKinds = unitKinds
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.provenance = provenance
        self.display = display
        self.components = components
        self.facts = facts
        self.metrics = metrics
        self.bands = bands
        self.fields = fields
        self.adjustments = adjustments
        self.file = file
        self.lookup = FrameworkLookup(facts: facts, metrics: metrics, fields: fields)
    }

    /// The sum of the fields' maxima.
    public var maximum: ExactDecimal { fields.reduce(0) { $0 + $1.max } }

    /// Every leaf in tree order.
    public var leaves: [Node] { lookup.leafList }

    /// The leaf with `id`.
    public func leaf(_ id: String) -> Node? { lookup.leaves[id] }

    /// Whether any node (field, criterion or leaf) has `id`.
    public func hasNode(_ id: String) -> Bool { lookup.nodeIDs.contains(id) }

    /// Every node in tree order, parents before their children.
    public var allNodes: [Node] { fields.flatMap { $0.allNodes } }

    /// The fact with `id`.
    public func fact(_ id: String) -> Fact? { lookup.facts[id] }

    /// The metric with `id`.
    public func metric(_ id: String) -> Metric? { lookup.metrics[id] }

    /// The band of `total` out of `applicable` points, compared exactly (no rounded index).
    public func band(total: ExactDecimal, applicable: ExactDecimal) -> Band? {
        let lowers = bands.map { SlotBand(lower: $0.lower, inclusive: $0.lowerInclusive) }
        return lowers.withUnsafeBufferPointer { Totals.band(total: total, applicable: applicable, $0) }.map { bands[$0] }
    }

    /// The band an index falls in.
    public func band(for index: ExactDecimal) -> Band? {
        bands.first { band in band.lowerInclusive ? index >= band.lower : index > band.lower }
    }
}

/// A kind of unit, as named in frameworks and submissions.
public enum UnitKind: String, Sendable, Hashable, CaseIterable {
    /// Bộ, cơ quan ngang bộ (ministry).
    case bo
    /// Tỉnh, thành phố trực thuộc trung ương (province).
    case tinh
    /// Sở, ban, ngành (provincial department).
    case so
    /// Huyện (district; abolished on 1 July 2025).
    case huyen
    /// Xã, phường (commune, ward).
    case xa

    /// The label of the kind.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.bo, .vi): "Bộ, cơ quan ngang bộ"
        case (.bo, .en): "Ministries"
        case (.tinh, .vi): "Tỉnh, thành phố"
        case (.tinh, .en): "Provinces"
        case (.so, .vi): "Sở, ban, ngành"
        case (.so, .en): "Departments"
        case (.huyen, .vi): "Huyện"
        case (.huyen, .en): "Districts"
        case (.xa, .vi): "Xã, phường"
        case (.xa, .en): "Communes and wards"
        }
    }
}

/// Rounding of numbers for display. Computations are never rounded.
public struct DisplaySettings: Sendable, Hashable {
    /// Decimals shown for points.
    public var pointDecimals: Int = 2
    /// Decimals shown for percentages and the index.
    public var percentDecimals: Int = 2

    /// Default settings: two decimals each.
    public init(pointDecimals: Int = 2, percentDecimals: Int = 2) {
        self.pointDecimals = pointDecimals
        self.percentDecimals = percentDecimals
    }
}

/// Rounding that a framework's own rules require inside the computation, for example "điểm của
/// từng tiêu chí thành phần làm tròn đến 2 chữ số thập phân" before the points are summed.
/// Off by default: then nothing is rounded before display.
public struct RoundingPolicy: Sendable, Hashable {
    /// The decimals each leaf's computed points are rounded to (half away from zero) before they
    /// are summed; `nil` for none. Points given directly (a `direct` leaf's council or survey
    /// points) and the appraisal council's corrections are taken as given.
    public var leafPoints: Int?

    /// A policy; `nil` rounds nothing.
    public init(leafPoints: Int? = nil) {
        self.leafPoints = leafPoints
    }
}

/// A published part of the maximum, for example the appraised part or the survey part.
public struct Component: Sendable, Hashable {
    /// The id leaves name.
    public var id: String
    /// The title.
    public var title: LocalizedText
    /// The maximum, equal to the sum of its leaves' maxima.
    public var max: ExactDecimal
}

/// A classification band of the index.
public struct Band: Sendable, Hashable {
    /// The id.
    public var id: String
    /// The label, for example "Tốt".
    public var label: LocalizedText
    /// The lowest index of the band.
    public var lower: ExactDecimal
    /// Whether an index equal to ``lower`` is in the band.
    public var lowerInclusive: Bool
    /// Where the threshold comes from, if said.
    public var provenance: Provenance?
}
