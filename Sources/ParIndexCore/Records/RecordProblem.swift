/// A record that could not be read or that breaks the identities of a dossier: named by file and
/// line, left out of every figure and counted as left out.
public struct RecordProblem: Sendable, Hashable {
    /// Why a record is left out, or why a file is refused.
    public enum Kind: String, Sendable {
        /// A date that is in none of the accepted forms, or not a real date.
        case badDate
        /// A value that is not what the column holds (a count, 0/1, 1–3).
        case badValue
        /// `TrangThaiHoSo` is missing or not a known value.
        case unknownState
        /// `DonViXuLy` is missing.
        case missingUnit
        /// `NgayTiepNhan` is missing.
        case missingReceived
        /// Processing ended before the dossier was received.
        case finishedBeforeReceived
        /// The due date is before receipt.
        case dueBeforeReceived
        /// A completed, refused or stopped dossier without any end date.
        case endedWithoutDate
        /// A supplement answered before it was asked for.
        case supplementBeforeRequest
        /// The file itself is malformed (CSV quoting, JSON syntax, encoding, header): it is refused.
        case malformedFile
    }

    /// The file.
    public var file: String
    /// The 1-based line (or row); 0 for the whole file.
    public var line: Int
    /// The kind.
    public var kind: Kind
    /// The dossier's `MaHoSo`, when known.
    public var recordID: String?
    /// What is wrong, in Vietnamese then in English.
    public var message: LocalizedText

    /// A problem.
    public init(file: String, line: Int, kind: Kind, recordID: String? = nil, message: LocalizedText) {
        self.file = file
        self.line = line
        self.kind = kind
        self.recordID = recordID
        self.message = message
    }

    /// `file:line: MaHoSo …: message` in `language`.
    public func text(_ language: Language) -> String {
        let place = line > 0 ? "\(file):\(line)" : file
        let id = recordID.map { language == .vi ? " hồ sơ \($0):" : " dossier \($0):" } ?? ""
        return "\(place):\(id) \(message.text(language))"
    }
}

/// A file that cannot be read as records at all (structure, encoding, header): refused whole.
public struct RecordFileError: Error, Sendable {
    /// The problem, with the line where reading stopped.
    public var problem: RecordProblem
    /// Whether the file is missing or unreadable (exit 66) rather than malformed (exit 65).
    public var missing: Bool

    /// An error.
    public init(_ problem: RecordProblem, missing: Bool = false) {
        self.problem = problem
        self.missing = missing
    }
}
