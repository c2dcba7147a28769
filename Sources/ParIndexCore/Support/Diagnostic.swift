/// A problem found in a data file: where it is, what it is, and how bad.
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
    /// The file.
    public var file: String
    /// The JSON path of the value.
    public var path: JSONPath
    /// The line and column, for syntax errors.
    public var location: (line: Int, column: Int)? {
        get { line.map { ($0, column ?? 1) } }
        set {
            line = newValue?.line
            column = newValue?.column
        }
    }
    private var line: Int?
    private var column: Int?
    /// What is wrong, in both languages.
    public var message: LocalizedText

    /// A diagnostic.
    public init(_ severity: Severity, file: String, path: JSONPath, _ message: LocalizedText) {
        self.severity = severity
        self.file = file
        self.path = path
        self.message = message
    }

    /// The diagnostic as one line: `file:line:col: path: message` in a language.
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
        return "\(head): \(label): \(path): \(message.text(language))"
    }

    /// The diagnostic in English.
    public var description: String { text(.en) }

    /// Whether two diagnostics say the same thing at the same place.
    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        a.severity == b.severity && a.file == b.file && a.path == b.path && a.message == b.message
            && a.line == b.line && a.column == b.column
    }

    /// Hashes the file, the path and the message.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(path)
        hasher.combine(message)
    }
}

/// Diagnostics that stop a file from being used.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// The problems, errors first.
    public var diagnostics: [Diagnostic]
    /// What kind of failure this is, for the exit status.
    public var kind: Kind

    /// What went wrong, broadly.
    public enum Kind: Sendable {
        /// The data is invalid (exit 65).
        case invalidData
        /// A file could not be read (exit 66).
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

    func error(_ path: JSONPath, _ vi: String, _ en: String) {
        diagnostics.append(Diagnostic(.error, file: file, path: path, LocalizedText(vi: vi, en: en)))
    }

    func warning(_ path: JSONPath, _ vi: String, _ en: String) {
        diagnostics.append(Diagnostic(.warning, file: file, path: path, LocalizedText(vi: vi, en: en)))
    }
}
