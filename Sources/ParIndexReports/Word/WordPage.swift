/// The page setup of a section: A4, portrait or landscape, with the margins of Nghị định
/// 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right 15 mm).
package struct WordPage: Sendable, Hashable {
    /// Landscape (297 × 210 mm) instead of portrait.
    package var landscape: Bool
    /// Margins in millimetres.
    package var top = 20.0, bottom = 20.0, left = 30.0, right = 15.0
    /// Whether the section's first page shows no page number (the decree's first page).
    package var numberlessFirstPage: Bool

    /// A4 portrait or landscape with the decree's margins.
    package init(landscape: Bool = false, numberlessFirstPage: Bool = false) {
        self.landscape = landscape
        self.numberlessFirstPage = numberlessFirstPage
    }

    /// The width between the margins, in millimetres.
    package var textWidth: Double { (landscape ? 297 : 210) - left - right }

    /// The `w:sectPr` element, with the page-number header `header` (and the empty `firstHeader`
    /// on a numberless first page).
    func xml(header: String, firstHeader: String) -> String {
        let (width, height) = landscape ? (16838, 11906) : (11906, 16838)
        var out = "<w:sectPr>"
        out += #"<w:headerReference w:type="default" r:id="\#(header)"/>"#
        if numberlessFirstPage { out += #"<w:headerReference w:type="first" r:id="\#(firstHeader)"/>"# }
        out += #"<w:type w:val="nextPage"/>"#
        out += #"<w:pgSz w:w="\#(width)" w:h="\#(height)"\#(landscape ? #" w:orient="landscape""# : "")/>"#
        out +=
            #"<w:pgMar w:top="\#(WordUnits.twips(mm: top))" w:right="\#(WordUnits.twips(mm: right))" w:bottom="\#(WordUnits.twips(mm: bottom))" w:left="\#(WordUnits.twips(mm: left))" w:header="\#(WordUnits.twips(mm: 10))" w:footer="\#(WordUnits.twips(mm: 10))" w:gutter="0"/>"#
        if numberlessFirstPage { out += "<w:titlePg/>" }
        return out + "</w:sectPr>"
    }
}
