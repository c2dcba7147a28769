/// The languages of labels and messages.
public enum Language: String, Sendable, CaseIterable, Codable {
    /// Vietnamese, the default.
    case vi
    /// English.
    case en
}

/// A text in Vietnamese with an optional English version.
///
/// In data files it is written as a plain string (Vietnamese) or as `{ "vi": "…", "en": "…" }`.
public struct LocalizedText: Sendable, Hashable {
    /// The Vietnamese text.
    public var vi: String
    /// The English text, if any.
    public var en: String?

    /// A text in both languages.
    public init(vi: String, en: String? = nil) {
        self.vi = vi
        self.en = en
    }

    /// The text in `language`, falling back to Vietnamese.
    public func text(_ language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en ?? vi
        }
    }
}
