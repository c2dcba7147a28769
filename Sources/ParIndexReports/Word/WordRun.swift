/// A run of text in a Word paragraph: the text and its character formatting, or a field.
package struct WordRun: Sendable, Hashable {
    /// What the run holds.
    package enum Content: Sendable, Hashable {
        /// Text; line feeds become line breaks.
        case text(String)
        /// The current page number (field `PAGE`).
        case pageNumber
        /// The number of pages (field `NUMPAGES`).
        case pageCount
    }

    /// The text or field.
    package var content: Content
    /// Bold.
    package var bold = false
    /// Italic.
    package var italic = false
    /// A single underline.
    package var underline = false
    /// The size in points; `nil` for the paragraph's.
    package var size: Double?

    /// A run of `text`.
    package init(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, size: Double? = nil) {
        self.content = .text(text)
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.size = size
    }

    /// A run holding a field.
    package init(field: Content, bold: Bool = false, size: Double? = nil) {
        self.content = field
        self.bold = bold
        self.size = size
    }

    /// The `w:r` element (or the `w:fldSimple` holding it).
    var xml: String {
        var properties = ""
        if bold { properties += "<w:b/><w:bCs/>" }
        if italic { properties += "<w:i/><w:iCs/>" }
        if underline { properties += #"<w:u w:val="single"/>"# }
        if let size {
            let half = Int((size * 2).rounded())
            properties += #"<w:sz w:val="\#(half)"/><w:szCs w:val="\#(half)"/>"#
        }
        let runProperties = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
        switch content {
        case .text(let text):
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                #"<w:t xml:space="preserve">\#(XMLText.escape(String($0)))</w:t>"#
            }
            return "<w:r>\(runProperties)\(lines.joined(separator: "<w:br/>"))</w:r>"
        case .pageNumber:
            return #"<w:fldSimple w:instr=" PAGE "><w:r>\#(runProperties)<w:t>1</w:t></w:r></w:fldSimple>"#
        case .pageCount:
            return #"<w:fldSimple w:instr=" NUMPAGES "><w:r>\#(runProperties)<w:t>1</w:t></w:r></w:fldSimple>"#
        }
    }
}
