import ParIndexCore

extension JSONWriter {
    /// Writes a diagnostic's `path`, `code` and `message` (in `language`) as members of the open
    /// object, in that order, as every JSON result does.
    mutating func diagnostic(_ diagnostic: Diagnostic, language: Language) {
        string("path", diagnostic.place?.text(language) ?? diagnostic.path.description)
        string("code", diagnostic.code.rawValue)
        string("message", diagnostic.message.text(language))
    }
}
