import Foundation
import ParIndexCore

/// The look of a worksheet cell; the raw value is the index in `styles.xml`'s `cellXfs`.
enum XLSXStyle: Int, Sendable {
    /// Default text or number.
    case plain = 0
    /// Bold on a light fill: column headers.
    case header = 1
    /// Bold and larger: the heading above a table.
    case heading = 2
    /// A decimal shown with two decimals (`0.00`).
    case decimal = 3
    /// An integer (`0`).
    case integer = 4
    /// Text wrapped within its column, top-aligned: long names.
    case wrapped = 5
    /// Italic: a line under the title (the framework, a note).
    case note = 6

    /// What is added to a style's index for the same style framed by thin borders (the cells of a table).
    static let framedOffset = 7
}

extension XLSXCell {
    /// The style of a text cell; `nil` for other cells.
    var style: XLSXStyle? {
        if case .text(_, let style) = self { return style }
        return nil
    }
}

/// A worksheet cell.
enum XLSXCell: Sendable {
    /// Nothing.
    case empty
    /// Text, stored inline.
    case text(String, XLSXStyle = .plain)
    /// A decimal, stored as a number rounded to four decimals and shown with two.
    case number(ExactDecimal)
    /// An integer.
    case integer(Int)

    /// Text, or nothing when `text` is `nil`.
    static func optionalText(_ text: String?) -> XLSXCell { text.map { .text($0) } ?? .empty }

    /// A decimal, or nothing when `value` is `nil`.
    static func optionalNumber(_ value: ExactDecimal?) -> XLSXCell { value.map { .number($0) } ?? .empty }
}

/// A worksheet: a name and rows of cells from column A.
struct XLSXSheet: Sendable {
    /// The tab name; cut to 31 characters, `[]:*?/\` replaced.
    var name: String
    /// The rows, from row 1; an empty row is left blank.
    var rows: [[XLSXCell]] = []
    /// Rows kept in view when scrolling (0 for none).
    var frozenRows = 0
    /// Columns kept in view when scrolling (0 for none).
    var frozenColumns = 0
    /// The rows printed at the top of every page (1-based), as the defined name
    /// `_xlnm.Print_Titles`: the header row of the table.
    var printTitleRows: ClosedRange<Int>?
    /// The columns printed at the left of every page (1-based), when the sheet is printed more
    /// than one page wide.
    var printTitleColumns: ClosedRange<Int>?
    /// Column widths in characters; columns past the list (or all, when empty) are measured.
    var widths: [Double] = []
    /// How many pages wide the sheet is printed (0: as many as needed).
    var pagesWide = 1
    /// The printed page header and footer.
    var page = XLSXPageText()

    /// Appends a row.
    mutating func append(_ row: [XLSXCell]) { rows.append(row) }
}

/// The text of a printed page's header and footer, in three parts each (left, centre, right),
/// in plain text: ``XLSXWorkbook`` writes the codes (`&L`, `&C`, `&R`, fonts), doubles every `&`
/// and cuts a header that would pass Excel's 255 characters.
struct XLSXPageText: Sendable {
    /// The header's left part: the issuing body, or the title of the report.
    var left = ""
    /// The header's centre, with its codes as they are (`&P` the page, `&N` the pages): the
    /// page number ("Trang &P/&N").
    var center = ""
    /// The header's right part: the appendix line.
    var right = ""
    /// The footer's centre.
    var footer = ""
}

/// Writes worksheets as an Office Open XML workbook (.xlsx).
struct XLSXWorkbook: Sendable {
    /// The sheets, in tab order.
    var sheets: [XLSXSheet]

    /// Excel's limit on the characters of a cell.
    private static let maximumCellLength = 32_767

    /// The .xlsx bytes: a ZIP archive of the package parts.
    var data: Data {
        var zip = ZipArchive()
        zip.add(path: "[Content_Types].xml", bytes: Data(contentTypes.utf8))
        zip.add(path: "_rels/.rels", bytes: Data(Self.packageRelationships.utf8))
        zip.add(path: "xl/workbook.xml", bytes: Data(workbook.utf8))
        zip.add(path: "xl/_rels/workbook.xml.rels", bytes: Data(workbookRelationships.utf8))
        zip.add(path: "xl/styles.xml", bytes: Data(Self.styles.utf8))
        for (offset, sheet) in sheets.enumerated() {
            zip.add(path: "xl/worksheets/sheet\(offset + 1).xml", bytes: Data(Self.worksheet(sheet).utf8))
        }
        return zip.data
    }

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private var contentTypes: String {
        var xml = Self.header
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        xml += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        for index in sheets.indices {
            xml +=
                #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return xml + "</Types>"
    }

    private static let packageRelationships =
        header
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    private var workbook: String {
        var xml = Self.header
        xml += #"<workbook xmlns="\#(Self.mainNamespace)" xmlns:r="\#(Self.relationshipNamespace)">"#
        xml += #"<bookViews><workbookView/></bookViews><sheets>"#
        var used: Set<String> = []
        var names: [String] = []
        for index in sheets.indices {
            let name = Self.uniqueName(sheets[index].name, index: index, used: &used)
            names.append(name)
            xml += #"<sheet name="\#(XMLText.escape(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        xml += "</sheets>"
        // The rows (and columns) repeated on every printed page.
        var defined: [String] = []
        for (index, sheet) in sheets.enumerated() {
            let quoted = "'" + names[index].replacingOccurrences(of: "'", with: "''") + "'"
            var parts: [String] = []
            if let columns = sheet.printTitleColumns {
                parts.append("\(quoted)!$\(Self.columnName(columns.lowerBound - 1)):$\(Self.columnName(columns.upperBound - 1))")
            }
            if let rows = sheet.printTitleRows { parts.append("\(quoted)!$\(rows.lowerBound):$\(rows.upperBound)") }
            guard !parts.isEmpty else { continue }
            defined.append(
                #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(index)">\#(XMLText.escape(parts.joined(separator: ",")))</definedName>"#)
        }
        if !defined.isEmpty { xml += "<definedNames>" + defined.joined() + "</definedNames>" }
        return xml + "</workbook>"
    }

    private var workbookRelationships: String {
        var xml = Self.header
        xml += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in sheets.indices {
            xml +=
                #"<Relationship Id="rId\#(index + 1)" Type="\#(Self.relationshipNamespace)/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheets.count + 1)" Type="\#(Self.relationshipNamespace)/styles" Target="styles.xml"/>"#
        return xml + "</Relationships>"
    }

    /// Styles in the order of ``XLSXStyle``.
    private static let styles =
        header
        + #"<styleSheet xmlns="\#(mainNamespace)">"#
        + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts>"#
        + #"<fonts count="4">"#
        + #"<font><sz val="11"/><name val="Times New Roman"/><family val="1"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Times New Roman"/><family val="1"/></font>"#
        + #"<font><b/><sz val="14"/><name val="Times New Roman"/><family val="1"/></font>"#
        + #"<font><i/><sz val="11"/><name val="Times New Roman"/><family val="1"/></font>"#
        + "</fonts>"
        + #"<fills count="3">"#
        + #"<fill><patternFill patternType="none"/></fill>"#
        + #"<fill><patternFill patternType="gray125"/></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>"#
        + "</fills>"
        + #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
        + #"<border><left style="thin"><color rgb="FF808080"/></left><right style="thin"><color rgb="FF808080"/></right><top style="thin"><color rgb="FF808080"/></top><bottom style="thin"><color rgb="FF808080"/></bottom><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="14">"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>"#
        + #"<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>"#
        + #"<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" applyBorder="1" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>"#
        + #"<xf numFmtId="0" fontId="1" fillId="2" borderId="1" applyBorder="1" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>"#
        + #"<xf numFmtId="0" fontId="2" fillId="0" borderId="1" applyBorder="1" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="1" applyBorder="1" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>"#
        + #"<xf numFmtId="1" fontId="0" fillId="0" borderId="1" applyBorder="1" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" applyBorder="1" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>"#
        + #"<xf numFmtId="0" fontId="3" fillId="0" borderId="1" applyBorder="1" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf>"#
        + "</cellXfs>"
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    private static func worksheet(_ sheet: XLSXSheet) -> String {
        var xml = header
        xml += #"<worksheet xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
        xml += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
        if sheet.frozenRows > 0 || sheet.frozenColumns > 0 {
            let top = columnName(sheet.frozenColumns) + "\(sheet.frozenRows + 1)"
            let pane = sheet.frozenColumns > 0 ? (sheet.frozenRows > 0 ? "bottomRight" : "topRight") : "bottomLeft"
            let x = sheet.frozenColumns > 0 ? #" xSplit="\#(sheet.frozenColumns)""# : ""
            let y = sheet.frozenRows > 0 ? #" ySplit="\#(sheet.frozenRows)""# : ""
            xml +=
                #"<sheetViews><sheetView workbookViewId="0"><pane\#(x)\#(y) topLeftCell="\#(top)" activePane="\#(pane)" state="frozen"/><selection pane="\#(pane)" activeCell="\#(top)" sqref="\#(top)"/></sheetView></sheetViews>"#
        }
        var widths = columnWidths(sheet.rows).map(Double.init)
        for (offset, width) in sheet.widths.enumerated() {
            if offset < widths.count { widths[offset] = width } else { widths.append(width) }
        }
        if !widths.isEmpty {
            xml += "<cols>"
            for (offset, width) in widths.enumerated() {
                xml += #"<col min="\#(offset + 1)" max="\#(offset + 1)" width="\#(XLSXPrint.number(width))" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        // The table starts at the first header row: from there its cells are framed, empty ones
        // too, as wide as the header.
        let firstHeader = sheet.rows.firstIndex { $0.contains { $0.style == .header } }
        let tableWidth = firstHeader.map { sheet.rows[$0].count } ?? 0
        for (rowOffset, row) in sheet.rows.enumerated() where row.contains(where: { !$0.isEmpty }) {
            let framed = firstHeader.map { rowOffset >= $0 } ?? false && !row.contains { $0.style == .heading || $0.style == .note }
            let height = XLSXRowHeight.points(row, widths: widths)
            xml += #"<row r="\#(rowOffset + 1)""# + (height.map { #" ht="\#(XLSXPrint.number($0))" customHeight="1""# } ?? "") + ">"
            let cells = framed && row.count < tableWidth ? row + [XLSXCell](repeating: .empty, count: tableWidth - row.count) : row
            for (columnOffset, cell) in cells.enumerated() {
                let reference = columnName(columnOffset) + String(rowOffset + 1)
                if framed, case .empty = cell {
                    xml += #"<c r="\#(reference)" s="\#(XLSXStyle.framedOffset)"/>"#
                } else {
                    xml += cellXML(cell, reference: reference, framed: framed)
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        xml += XLSXPrint.setup(sheet)
        return xml + "</worksheet>"
    }

    private static func cellXML(_ cell: XLSXCell, reference: String, framed: Bool) -> String {
        let offset = framed ? XLSXStyle.framedOffset : 0
        switch cell {
        case .empty:
            return ""
        case .text(let text, let style):
            let index = style.rawValue + offset
            let styleAttribute = index == 0 ? "" : #" s="\#(index)""#
            let clipped = text.count > maximumCellLength ? String(text.prefix(maximumCellLength)) : text
            return #"<c r="\#(reference)"\#(styleAttribute) t="inlineStr"><is><t xml:space="preserve">\#(XMLText.escape(clipped))</t></is></c>"#
        case .number(let value):
            return #"<c r="\#(reference)" s="\#(XLSXStyle.decimal.rawValue + offset)"><v>\#(value.rounded(scale: 4).exactText)</v></c>"#
        case .integer(let value):
            return #"<c r="\#(reference)" s="\#(XLSXStyle.integer.rawValue + offset)"><v>\#(value)</v></c>"#
        }
    }

    /// Column widths in characters, from the longest text of each column (headings excluded:
    /// they run over the empty cells to their right), between 6 and 50.
    private static func columnWidths(_ rows: [[XLSXCell]]) -> [Int] {
        var widths: [Int] = []
        for row in rows {
            for (offset, cell) in row.enumerated() {
                let length: Int
                switch cell {
                case .empty: length = 0
                case .text(_, .heading): length = 0
                case .text(let text, .header): length = min(text.count, 24)
                case .text(let text, _): length = text.count
                case .number: length = 8
                case .integer(let value): length = String(value).count
                }
                while widths.count <= offset { widths.append(6) }
                widths[offset] = max(widths[offset], min(length + 2, 50))
            }
        }
        return widths
    }

    /// `A`, …, `Z`, `AA`, … for the column at zero-based `offset`.
    static func columnName(_ offset: Int) -> String {
        var number = offset + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// A valid sheet name: no `[]:*?/\`, at most 31 characters, not blank, unique in the workbook.
    private static func uniqueName(_ proposed: String, index: Int, used: inout Set<String>) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var name = String(proposed.map { forbidden.contains($0) ? "-" : $0 }.prefix(31))
        if name.trimmingCharacters(in: .whitespaces).isEmpty { name = "Sheet\(index + 1)" }
        if used.contains(name.lowercased()) {
            let suffix = " (\(index + 1))"
            name = String(name.prefix(31 - suffix.count)) + suffix
        }
        used.insert(name.lowercased())
        return name
    }
}

extension XLSXCell {
    fileprivate var isEmpty: Bool {
        if case .empty = self { return true }
        return false
    }
}
