/// A problem found in a data file, as data: what kind of problem (a ``DiagnosticCode``), where it
/// is (file, line and column, JSON path), the values it is about (``arguments``) and how bad.
///
/// The sentences users read are not stored: ``message`` and ``text(_:)`` render them from the one
/// table of wordings (see <doc:Diagnostics>), so that programs can match ``code`` and every code
/// reads the same wherever it is reported.
///
/// ```swift
/// let diagnostic = Diagnostic(
///     .error, code: .valueMissingKey, file: "agency.json", path: JSONPath(keys: "unit"),
///     arguments: ["key": "name"])
/// diagnostic.text(.en)  // agency.json: error: unit: missing required key "name"
/// ```
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad a problem is.
    public enum Severity: String, Sendable, Hashable {
        /// The file cannot be used.
        case error
        /// The file can be used; something may be wrong.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// What kind of problem this is: stable across versions and languages.
    public var code: DiagnosticCode
    /// The file.
    public var file: String
    /// The JSON path of the value.
    public var path: JSONPath
    /// The 1-based line, for syntax errors.
    public var line: Int?
    /// The 1-based column (in characters), for syntax errors.
    public var column: Int?
    /// The values the problem is about, by the names of the code's wording.
    public var arguments: [String: DiagnosticArgument]
    /// Where the value is, when the file is not JSON: a workbook's sheet and cell and what it
    /// holds (`Số liệu!D12 (tthc.onTime — Số hồ sơ giải quyết đúng hạn)`). Shown instead of ``path``.
    public var place: LocalizedText?

    /// The line and column, for syntax errors.
    public var location: (line: Int, column: Int)? {
        get { line.map { ($0, column ?? 1) } }
        set {
            line = newValue?.line
            column = newValue?.column
        }
    }

    /// What is wrong, in both languages, rendered from the wording of ``code``.
    public var message: LocalizedText {
        LocalizedText(vi: DiagnosticMessages.render(code, arguments, .vi), en: DiagnosticMessages.render(code, arguments, .en))
    }

    /// A diagnostic of a kind, with the values its wording names.
    public init(
        _ severity: Severity, code: DiagnosticCode, file: String, path: JSONPath, line: Int? = nil, column: Int? = nil,
        arguments: [String: DiagnosticArgument] = [:]
    ) {
        self.severity = severity
        self.code = code
        self.file = file
        self.path = path
        self.line = line
        self.column = column
        self.arguments = arguments
    }

    /// A diagnostic with a free text and the code ``DiagnosticCode/freeText``, for code that has
    /// not yet been given a code of its own.
    @available(*, deprecated, message: "give the problem a DiagnosticCode and use init(_:code:file:path:arguments:)")
    public init(_ severity: Severity, file: String, path: JSONPath, _ message: LocalizedText) {
        self.init(severity, code: .freeText, file: file, path: path, arguments: ["text": .text(message)])
    }

    /// The diagnostic as one line: `file:line:col: error: path: message` in a language.
    public func text(_ language: Language) -> String {
        var head = file
        if let line { head += ":\(line):\(column ?? 1)" }
        let label: String
        switch (severity, language) {
        case (.error, .vi): label = "lỗi"
        case (.error, .en): label = "error"
        case (.warning, .vi): label = "cảnh báo"
        case (.warning, .en): label = "warning"
        }
        let shownPlace = place?.text(language) ?? path.description
        return "\(head): \(label): \(shownPlace): \(DiagnosticMessages.render(code, arguments, language))"
    }

    /// The diagnostic in English.
    public var description: String { text(.en) }
}

/// A value named in a diagnostic: a plain string (an id, a number, a path) or a text in both
/// languages (a title, a type name).
public enum DiagnosticArgument: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The same in every language.
    case string(String)
    /// A text in Vietnamese and English.
    case text(LocalizedText)

    /// A plain string argument.
    public init(stringLiteral value: String) {
        self = .string(value)
    }

    /// A plain string argument built by interpolation.
    public init(stringInterpolation: DefaultStringInterpolation) {
        self = .string(String(stringInterpolation: stringInterpolation))
    }

    /// A plain string argument from any value, such as a number.
    public static func value(_ value: some CustomStringConvertible) -> DiagnosticArgument {
        .string(value.description)
    }

    /// The argument in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case .string(let string): string
        case .text(let text): text.text(language)
        }
    }

    /// The argument in Vietnamese.
    public var description: String { text(.vi) }
}

/// Diagnostics that stop a file from being used.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// The problems, errors first.
    public var diagnostics: [Diagnostic]
    /// What kind of failure this is; the caller chooses what it means (for example an exit status).
    public var kind: Kind

    /// What went wrong, broadly.
    public enum Kind: Sendable {
        /// The data is invalid.
        case invalidData
        /// A file could not be read.
        case missingInput
    }

    /// An error with its diagnostics.
    public init(_ diagnostics: [Diagnostic], kind: Kind = .invalidData) {
        self.diagnostics = diagnostics
        self.kind = kind
    }

    /// The diagnostics in English, one a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Collects diagnostics while a file is read.
final class DiagnosticSink {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func error(_ code: DiagnosticCode, _ path: JSONPath, _ arguments: [String: DiagnosticArgument] = [:]) {
        diagnostics.append(Diagnostic(.error, code: code, file: file, path: path, arguments: arguments))
    }

    func warning(_ code: DiagnosticCode, _ path: JSONPath, _ arguments: [String: DiagnosticArgument] = [:]) {
        diagnostics.append(Diagnostic(.warning, code: code, file: file, path: path, arguments: arguments))
    }
}
