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

    /// Appends a row.
    mutating func append(_ row: [XLSXCell]) { rows.append(row) }
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
        for index in sheets.indices {
            let name = Self.uniqueName(sheets[index].name, index: index, used: &used)
            xml += #"<sheet name="\#(XMLText.escape(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return xml + "</sheets></workbook>"
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
        + #"<fonts count="3">"#
        + #"<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="13"/><name val="Calibri"/><family val="2"/></font>"#
        + "</fonts>"
        + #"<fills count="3">"#
        + #"<fill><patternFill patternType="none"/></fill>"#
        + #"<fill><patternFill patternType="gray125"/></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>"#
        + "</fills>"
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="5">"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>"#
        + #"<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + "</cellXfs>"
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    private static func worksheet(_ sheet: XLSXSheet) -> String {
        var xml = header
        xml += #"<worksheet xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
        if sheet.frozenRows > 0 {
            let top = "A\(sheet.frozenRows + 1)"
            xml +=
                #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="\#(sheet.frozenRows)" topLeftCell="\#(top)" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="\#(top)" sqref="\#(top)"/></sheetView></sheetViews>"#
        }
        let widths = columnWidths(sheet.rows)
        if !widths.isEmpty {
            xml += "<cols>"
            for (offset, width) in widths.enumerated() {
                xml += #"<col min="\#(offset + 1)" max="\#(offset + 1)" width="\#(width)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowOffset, row) in sheet.rows.enumerated() where row.contains(where: { !$0.isEmpty }) {
            xml += #"<row r="\#(rowOffset + 1)">"#
            for (columnOffset, cell) in row.enumerated() {
                xml += cellXML(cell, reference: columnName(columnOffset) + String(rowOffset + 1))
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    private static func cellXML(_ cell: XLSXCell, reference: String) -> String {
        switch cell {
        case .empty:
            return ""
        case .text(let text, let style):
            let styleAttribute = style == .plain ? "" : #" s="\#(style.rawValue)""#
            let clipped = text.count > maximumCellLength ? String(text.prefix(maximumCellLength)) : text
            return #"<c r="\#(reference)"\#(styleAttribute) t="inlineStr"><is><t xml:space="preserve">\#(XMLText.escape(clipped))</t></is></c>"#
        case .number(let value):
            return #"<c r="\#(reference)" s="\#(XLSXStyle.decimal.rawValue)"><v>\#(value.rounded(scale: 4).exactText)</v></c>"#
        case .integer(let value):
            return #"<c r="\#(reference)" s="\#(XLSXStyle.integer.rawValue)"><v>\#(value)</v></c>"#
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
    private static func columnName(_ offset: Int) -> String {
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
