/// A Word table: fixed column widths, thin borders, an optional header row repeated on every page.
package struct WordTable: Sendable, Hashable {
    /// One cell.
    package struct Cell: Sendable, Hashable {
        /// The paragraphs (at least one is written).
        package var paragraphs: [WordParagraph]
        /// How many grid columns it spans.
        package var span = 1
        /// A background colour, `RRGGBB`.
        package var fill: String?

        /// A cell of paragraphs.
        package init(_ paragraphs: [WordParagraph], span: Int = 1, fill: String? = nil) {
            self.paragraphs = paragraphs
            self.span = span
            self.fill = fill
        }

        /// A cell of one paragraph of `text`.
        package init(
            _ text: String, alignment: WordParagraph.Alignment = .left, bold: Bool = false, italic: Bool = false, span: Int = 1,
            fill: String? = nil
        ) {
            self.init([WordParagraph(text, alignment: alignment, bold: bold, italic: italic)], span: span, fill: fill)
        }
    }

    /// One row.
    package struct Row: Sendable, Hashable {
        /// The cells; their spans add up to the number of columns.
        package var cells: [Cell]
        /// Repeated at the top of every page (only the rows at the top of the table).
        package var isHeader = false
        /// Not split across pages.
        package var keepTogether = true

        /// A row of cells.
        package init(_ cells: [Cell], isHeader: Bool = false) {
            self.cells = cells
            self.isHeader = isHeader
        }
    }

    /// Column widths, in millimetres.
    package var columns: [Double]
    /// The rows, header rows first.
    package var rows: [Row]
    /// Whether the cells have borders (the header and signature blocks have none).
    package var borders = true
    /// The size of the text, in points; `nil` for the document's.
    package var size: Double?

    /// A table with `columns` widths in millimetres.
    package init(columns: [Double], rows: [Row] = [], borders: Bool = true, size: Double? = nil) {
        self.columns = columns
        self.rows = rows
        self.borders = borders
        self.size = size
    }

    /// The `w:tbl` element.
    var xml: String {
        var out = "<w:tbl><w:tblPr>"
        let total = columns.reduce(0) { $0 + WordUnits.twips(mm: $1) }
        out += #"<w:tblW w:w="\#(total)" w:type="dxa"/><w:jc w:val="center"/>"#
        let line = borders ? #"w:val="single" w:sz="4" w:space="0" w:color="000000""# : #"w:val="nil""#
        out += "<w:tblBorders>"
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] { out += "<w:\(edge) \(line)/>" }
        out += "</w:tblBorders>"
        out += #"<w:tblLayout w:type="fixed"/>"#
        let padding = borders ? 57 : 0
        out += #"<w:tblCellMar><w:left w:w="\#(padding)" w:type="dxa"/><w:right w:w="\#(padding)" w:type="dxa"/></w:tblCellMar>"#
        out += "</w:tblPr><w:tblGrid>"
        for width in columns { out += #"<w:gridCol w:w="\#(WordUnits.twips(mm: width))"/>"# }
        out += "</w:tblGrid>"
        for row in rows {
            out += "<w:tr><w:trPr>"
            if row.keepTogether { out += "<w:cantSplit/>" }
            if row.isHeader { out += "<w:tblHeader/>" }
            out += "</w:trPr>"
            var column = 0
            for cell in row.cells {
                let span = max(1, cell.span)
                let width = columns[min(column, columns.count - 1)..<min(column + span, columns.count)].reduce(0) {
                    $0 + WordUnits.twips(mm: $1)
                }
                column += span
                out += #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/>"#
                if span > 1 { out += #"<w:gridSpan w:val="\#(span)"/>"# }
                if let fill = cell.fill { out += #"<w:shd w:val="clear" w:color="auto" w:fill="\#(fill)"/>"# }
                out += borders ? #"<w:vAlign w:val="center"/></w:tcPr>"# : #"<w:vAlign w:val="top"/></w:tcPr>"#
                let paragraphs = cell.paragraphs.isEmpty ? [WordParagraph.empty] : cell.paragraphs
                for paragraph in paragraphs {
                    var sized = paragraph
                    if sized.size == nil { sized.size = size }
                    out += sized.xml()
                }
                out += "</w:tc>"
            }
            out += "</w:tr>"
        }
        return out + "</w:tbl>"
    }
}
