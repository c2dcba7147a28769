/// A Word paragraph: runs with the paragraph's alignment, spacing, indentation and borders.
package struct WordParagraph: Sendable, Hashable {
    /// Horizontal alignment.
    package enum Alignment: String, Sendable, Hashable {
        /// Left.
        case left
        /// Centred.
        case center
        /// Right.
        case right
        /// Justified.
        case both
    }

    /// The runs.
    package var runs: [WordRun]
    /// The alignment.
    package var alignment: Alignment = .left
    /// The default size of the runs, in points; `nil` for the document's.
    package var size: Double?
    /// Space before, in points.
    package var spaceBefore: Double = 0
    /// Space after, in points.
    package var spaceAfter: Double = 0
    /// The indent of the first line, in millimetres.
    package var firstLineIndent: Double = 0
    /// The left indent, in millimetres (also inside a table cell).
    package var leftIndent: Double = 0
    /// The right indent, in millimetres.
    package var rightIndent: Double = 0
    /// Kept on the same page as the next paragraph.
    package var keepWithNext = false
    /// A line under the paragraph (between its indents): the short rule under an issuing body.
    package var ruleBelow = false
    /// Starts on a new page.
    package var pageBreakBefore = false

    /// A paragraph of `runs`.
    package init(_ runs: [WordRun], alignment: Alignment = .left, size: Double? = nil) {
        self.runs = runs
        self.alignment = alignment
        self.size = size
    }

    /// A paragraph of one run of `text`.
    package init(
        _ text: String, alignment: Alignment = .left, bold: Bool = false, italic: Bool = false, size: Double? = nil
    ) {
        self.init([WordRun(text, bold: bold, italic: italic)], alignment: alignment, size: size)
    }

    /// An empty paragraph.
    package static let empty = WordParagraph([])

    /// The `w:p` element; `section` is the section properties it closes, if any.
    func xml(closing section: String? = nil) -> String {
        var properties = ""
        if keepWithNext { properties += "<w:keepNext/>" }
        if pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        if ruleBelow { properties += #"<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>"# }
        properties += #"<w:spacing w:before="\#(Int(spaceBefore * 20))" w:after="\#(Int(spaceAfter * 20))"/>"#
        if leftIndent != 0 || rightIndent != 0 || firstLineIndent != 0 {
            properties +=
                #"<w:ind w:left="\#(WordUnits.twips(mm: leftIndent))" w:right="\#(WordUnits.twips(mm: rightIndent))" w:firstLine="\#(WordUnits.twips(mm: firstLineIndent))"/>"#
        }
        properties += #"<w:jc w:val="\#(alignment.rawValue)"/>"#
        if let size {
            let half = Int((size * 2).rounded())
            properties += #"<w:rPr><w:sz w:val="\#(half)"/><w:szCs w:val="\#(half)"/></w:rPr>"#
        }
        if let section { properties += section }
        let runs = self.runs.map { run -> String in
            guard run.size == nil, let size else { return run.xml }
            var sized = run
            sized.size = size
            return sized.xml
        }
        return "<w:p><w:pPr>\(properties)</w:pPr>\(runs.joined())</w:p>"
    }
}

/// Conversions to Word's units.
enum WordUnits {
    /// Millimetres in twentieths of a point.
    static func twips(mm: Double) -> Int {
        Int((mm * 1440 / 25.4).rounded())
    }
}
