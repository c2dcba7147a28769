/// The keys and limits of a submission file: the one table both submission decoders read.
///
/// The validating decoder (`SubmissionDecoder`, which explains every problem) and the fast byte
/// decoder (``SlotDecoder``, which falls back to the former for anything unusual) take every key
/// name and every limit from here, so that they cannot drift apart. The limits are documented in
/// the "Limits" table of <doc:SubmissionFormat>; a unit test checks that table against these
/// constants.
public enum SubmissionSchema {
    // MARK: Keys

    /// The keys of the top object, in the order a template writes them.
    public enum TopKey: Int, SchemaKey {
        /// `formatVersion`.
        case formatVersion
        /// `framework`.
        case framework
        /// `year`.
        case year
        /// `unit`.
        case unit
        /// `facts`.
        case facts
        /// `evidence`.
        case evidence
        /// `notApplicable`.
        case notApplicable
        /// `claimed`.
        case claimed
        /// `appraisal`.
        case appraisal
        /// `direct`.
        case direct
        /// `factSources`: where facts computed from records came from.
        case factSources

        /// The key as written in a file.
        public var literal: StaticString {
            switch self {
            case .formatVersion: "formatVersion"
            case .framework: "framework"
            case .year: "year"
            case .unit: "unit"
            case .facts: "facts"
            case .evidence: "evidence"
            case .notApplicable: "notApplicable"
            case .claimed: "claimed"
            case .appraisal: "appraisal"
            case .direct: "direct"
            case .factSources: "factSources"
            }
        }
    }

    /// `labels`: an optional top-level object of titles, types and units that `par-score
    /// template` writes for people filling the file in. It is not part of the submission: it is
    /// checked to be an object and otherwise skipped (the fast decoder leaves such files to the
    /// validating one).
    public static let labelsKey = "labels"

    /// The keys of `unit`.
    public enum UnitKey: Int, SchemaKey {
        /// `id`, required.
        case id
        /// `name`, required.
        case name
        /// `kind`, required.
        case kind
        /// `province`, optional.
        case province

        /// The key as written in a file.
        public var literal: StaticString {
            switch self {
            case .id: "id"
            case .name: "name"
            case .kind: "kind"
            case .province: "province"
            }
        }
    }

    /// The keys of an evidence document.
    public enum DocumentKey: Int, SchemaKey {
        /// `number`, required.
        case number
        /// `title`, required.
        case title
        /// `date`, optional.
        case date
        /// `link`, optional.
        case link

        /// The key as written in a file.
        public var literal: StaticString {
            switch self {
            case .number: "number"
            case .title: "title"
            case .date: "date"
            case .link: "link"
            }
        }

        /// Whether a document must have this key.
        public var isRequired: Bool { self == .number || self == .title }
    }

    /// The keys of an appraisal correction.
    public enum CorrectionKey: Int, SchemaKey {
        /// `points`, required.
        case points
        /// `reason`, required.
        case reason

        /// The key as written in a file.
        public var literal: StaticString {
            switch self {
            case .points: "points"
            case .reason: "reason"
            }
        }
    }

    // MARK: Limits

    /// The longest id (of the unit, the framework), in characters.
    public static let maximumIDLength = 100
    /// The longest unit name, in characters.
    public static let maximumUnitNameLength = 300
    /// The longest province name, in characters.
    public static let maximumProvinceLength = 300
    /// The longest document number, in characters.
    public static let maximumDocumentNumberLength = 200
    /// The longest document title, in characters.
    public static let maximumDocumentTitleLength = 1000
    /// The longest document link, in characters.
    public static let maximumDocumentLinkLength = 2000
    /// The longest answer to a fact with options, in characters.
    public static let maximumAnswerLength = 100
    /// The longest reason (not applicable, appraisal correction), in characters.
    public static let maximumReasonLength = 2000
    /// The longest of any other text, in characters.
    public static let maximumTextLength = 2000

    /// The format versions a file may name at all (newer than supported ones are refused with
    /// their own message).
    public static let formatVersionRange = 1...1_000_000
    /// The evaluated years a file may give (the framework narrows them further).
    public static let yearRange = 1990...2200
    /// The largest count.
    public static var maximumCount: Int { Fact.maximumCount }
    /// The largest amount or number of points.
    public static var maximumMagnitude: ExactDecimal { ExactDecimal.maximumMagnitude }
    /// ``maximumMagnitude`` as written in messages.
    public static let maximumMagnitudeText = "10^12"
    /// The most decimals of a number.
    public static var maximumDecimals: Int { ExactDecimal.fractionDigits }
    /// The largest file, in bytes.
    public static let maximumFileBytes = 8 << 20
    /// The deepest nesting of arrays and objects.
    public static var maximumDepth: Int { JSONParser.maximumDepth }
    /// The longest string of any kind, in bytes, before its own limit is checked.
    public static var maximumStringBytes: Int { JSONParser.maximumStringBytes }
    /// The longest number as written, in characters.
    public static var maximumNumberCharacters: Int { JSONParser.maximumNumberCharacters }

    /// The years before and after the evaluated year that dates may fall in.
    public static let dateWindowYears = 1

    /// The dates a fact or a document of a submission for `year` may give: from 1 January of the
    /// year before to 31 December of the year after.
    public static func dateWindow(around year: Int) -> ClosedRange<CalendarDate> {
        CalendarDate(year: year - dateWindowYears, month: 1, day: 1)...CalendarDate(year: year + dateWindowYears, month: 12, day: 31)
    }
}

/// A key of a fixed object of a submission, numbered from 0 in file order.
public protocol SchemaKey: RawRepresentable<Int>, CaseIterable, Hashable, Sendable {
    /// The key as written in a file.
    var literal: StaticString { get }
}

extension SchemaKey {
    /// The key as a string.
    public var name: String { literal.description }

    /// All keys, as strings, in order.
    public static var names: [String] { allCases.map(\.name) }

    /// The key whose bytes are `bytes`, without allocating: for the fast decoder.
    @inline(__always)
    static func matching(_ bytes: UnsafeBufferPointer<UInt8>) -> Self? {
        var raw = 0
        while let key = Self(rawValue: raw) {
            if bytes.equals(key.literal) { return key }
            raw += 1
        }
        return nil
    }
}
