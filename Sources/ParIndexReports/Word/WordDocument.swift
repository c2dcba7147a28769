import Foundation

/// A Word document (.docx, WordprocessingML) written by hand: paragraphs, tables and sections
/// with their page setup, Times New Roman, page numbers by a `PAGE` field centred in the top
/// margin. See <doc:WordDocuments>.
///
/// ```swift
/// var document = WordDocument(page: WordPage(numberlessFirstPage: true))
/// document.append(WordParagraph("PHỤ LỤC", alignment: .center, bold: true))
/// document.append(WordTable(columns: [20, 140], rows: [WordTable.Row([.init("1"), .init("Sở Y tế")])]))
/// document.startSection(WordPage(landscape: true))
/// let bytes = document.data
/// ```
///
/// The same calls give the same bytes: the ZIP entries carry a fixed date and no part holds the
/// time of writing.
package struct WordDocument: Sendable {
    /// The body text size, in points (the decree: 13–14).
    package var fontSize: Double
    /// The document title, in the core properties.
    package var title: String
    /// The language of the text: `vi-VN` or `en-GB`.
    package var languageTag: String

    private var body: [String] = []
    private var page: WordPage

    /// An empty document whose first section has `page`.
    package init(page: WordPage = WordPage(), fontSize: Double = 13, title: String = "", languageTag: String = "vi-VN") {
        self.page = page
        self.fontSize = fontSize
        self.title = title
        self.languageTag = languageTag
    }

    /// The page setup of the current section.
    package var currentPage: WordPage { page }

    /// Appends a paragraph.
    package mutating func append(_ paragraph: WordParagraph) {
        body.append(paragraph.xml())
    }

    /// Appends a table, followed by an empty paragraph of 2 pt so that two tables never merge.
    package mutating func append(_ table: WordTable) {
        body.append(table.xml)
        var spacer = WordParagraph.empty
        spacer.size = 2
        body.append(spacer.xml())
    }

    /// Appends a page break.
    package mutating func pageBreak() {
        body.append(#"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#)
    }

    /// Ends the current section and starts a new one, on a new page, with `page`.
    package mutating func startSection(_ next: WordPage) {
        var closing = WordParagraph.empty
        closing.size = 2
        body.append(closing.xml(closing: page.xml(header: WordPackage.headerID, firstHeader: WordPackage.firstHeaderID)))
        page = next
    }

    /// The `word/document.xml` part.
    var documentXML: String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<w:document xmlns:w="\#(WordPackage.wordNamespace)" xmlns:r="\#(WordPackage.relationshipNamespace)"><w:body>"#
        out += body.joined()
        out += page.xml(header: WordPackage.headerID, firstHeader: WordPackage.firstHeaderID)
        return out + "</w:body></w:document>"
    }

    /// The .docx file.
    package var data: Data {
        WordPackage.archive(document: documentXML, fontSize: fontSize, title: title, languageTag: languageTag)
    }
}
