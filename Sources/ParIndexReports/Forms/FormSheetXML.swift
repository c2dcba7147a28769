import Foundation
import ParIndexCore

/// The look and protection of a form cell; the raw value is the index in the form's `cellXfs`.
enum FormStyle: Int, Sendable {
    /// Plain, locked.
    case plain = 0
    /// Column header: bold on a blue fill, wrapped, bordered, locked.
    case header = 1
    /// A label: wrapped, top-aligned, bordered, locked.
    case label = 2
    /// An input cell: unlocked, on a light yellow fill, wrapped, bordered.
    case input = 3
    /// A date input: unlocked, shown `dd/mm/yyyy`.
    case inputDate = 4
    /// A heading above the header row, bold and larger, locked.
    case heading = 5
    /// A cell that must not be filled: grey, locked.
    case unused = 6
    /// A number label (a maximum), locked, shown with up to 4 decimals.
    case labelNumber = 7
}

/// A form cell: its value as SpreadsheetML stores it, and its style.
enum FormCellValue: Sendable, Equatable {
    case empty
    case text(String)
    /// A number literal (`1240`, `41830.5`).
    case number(String)
    /// A date serial number in the 1900 system.
    case date(Int)
}

/// A cell of a form sheet.
struct FormCell: Sendable {
    var value: FormCellValue
    var style: FormStyle

    static func label(_ text: String) -> FormCell { FormCell(value: .text(text), style: .label) }
    static func header(_ text: String) -> FormCell { FormCell(value: .text(text), style: .header) }
    static let emptyInput = FormCell(value: .empty, style: .input)
}

/// A data validation rule on some cells.
struct FormValidation: Sendable {
    enum Kind: Sendable {
        case whole(minimum: String, maximum: String)
        case decimal(minimum: String, maximum: String)
        case date(minimum: Int, maximum: Int)
        case list([String])
    }

    var kind: Kind
    /// The cells, `D2 D5:D9`.
    var cells: [CellRange]
    /// The error shown when a value is refused.
    var error: String
    /// The hint shown when the cell is selected.
    var prompt: String?
}

/// A rectangle of cells, `D2` or `D2:D9`.
struct CellRange: Sendable {
    var column: Int
    var firstRow: Int
    var lastRow: Int

    var text: String {
        let letters = Self.columnName(column)
        return firstRow == lastRow ? "\(letters)\(firstRow)" : "\(letters)\(firstRow):\(letters)\(lastRow)"
    }

    static func columnName(_ column: Int) -> String {
        var number = column
        var letters: [Character] = []
        while number > 0 {
            letters.append(Character(Unicode.Scalar(UInt8(65 + (number - 1) % 26))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }
}

/// A sheet of a form workbook: rows of cells from column A, column widths, validations.
struct FormSheet: Sendable {
    var name: String
    /// Widths of columns A, B, … in characters.
    var widths: [Double]
    var rows: [[FormCell]] = []
    /// The header row (printed on every page and kept in view).
    var headerRow = 1
    var validations: [FormValidation] = []
    /// Landscape A4 when true, portrait otherwise.
    var landscape = true

    /// The worksheet XML: frozen header, widths, cells, protection (unlocked inputs), validations, A4 setup.
    var xml: String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
        xml += #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        xml += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
        let top = "A\(headerRow + 1)"
        xml +=
            #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="\#(headerRow)" topLeftCell="\#(top)" activePane="bottomLeft" state="frozen"/>"#
        xml += #"<selection pane="bottomLeft" activeCell="\#(top)" sqref="\#(top)"/></sheetView></sheetViews>"#
        xml += "<cols>"
        for (offset, width) in widths.enumerated() {
            xml += #"<col min="\#(offset + 1)" max="\#(offset + 1)" width="\#(width)" customWidth="1"/>"#
        }
        xml += "</cols><sheetData>"
        for (rowOffset, row) in rows.enumerated() {
            let lines = Self.lines(row, widths: widths)
            xml += lines > 1 ? #"<row r="\#(rowOffset + 1)" ht="\#(lines * 15)" customHeight="1">"# : #"<row r="\#(rowOffset + 1)">"#
            for (columnOffset, cell) in row.enumerated() {
                xml += Self.cellXML(cell, reference: CellRange.columnName(columnOffset + 1) + String(rowOffset + 1))
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        // Locked cells cannot be changed; columns and rows may still be resized. No password.
        xml += #"<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>"#
        if !validations.isEmpty {
            xml += #"<dataValidations count="\#(validations.count)">"#
            for validation in validations { xml += Self.validationXML(validation) }
            xml += "</dataValidations>"
        }
        xml += #"<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>"#
        xml += #"<pageSetup paperSize="9" orientation="\#(landscape ? "landscape" : "portrait")" fitToWidth="1" fitToHeight="0"/>"#
        return xml + "</worksheet>"
    }

    /// The lines the longest wrapped text of a row takes at the columns' widths (at most 8), so
    /// that rows are tall enough in every spreadsheet program and on paper.
    private static func lines(_ row: [FormCell], widths: [Double]) -> Int {
        var most = 1
        for (offset, cell) in row.enumerated() where offset < widths.count {
            guard case .text(let text) = cell.value else { continue }
            let perLine = max(1, Int(widths[offset]) - 1)
            let needed = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { $0 + max(1, ($1.count + perLine - 1) / perLine) }
            most = max(most, min(needed, 8))
        }
        return most
    }

    private static func cellXML(_ cell: FormCell, reference: String) -> String {
        let style = cell.style == .plain ? "" : #" s="\#(cell.style.rawValue)""#
        switch cell.value {
        case .empty: return cell.style == .plain ? "" : #"<c r="\#(reference)"\#(style)/>"#
        case .text(let text):
            return #"<c r="\#(reference)"\#(style) t="inlineStr"><is><t xml:space="preserve">\#(XMLText.escape(text))</t></is></c>"#
        case .number(let literal): return #"<c r="\#(reference)"\#(style)><v>\#(literal)</v></c>"#
        case .date(let serial): return #"<c r="\#(reference)"\#(style)><v>\#(serial)</v></c>"#
        }
    }

    private static func validationXML(_ validation: FormValidation) -> String {
        let cells = validation.cells.map(\.text).joined(separator: " ")
        var attributes: String
        var formulas: String
        switch validation.kind {
        case .whole(let minimum, let maximum):
            attributes = #"type="whole" operator="between""#
            formulas = "<formula1>\(minimum)</formula1><formula2>\(maximum)</formula2>"
        case .decimal(let minimum, let maximum):
            attributes = #"type="decimal" operator="between""#
            formulas = "<formula1>\(minimum)</formula1><formula2>\(maximum)</formula2>"
        case .date(let minimum, let maximum):
            attributes = #"type="date" operator="between""#
            formulas = "<formula1>\(minimum)</formula1><formula2>\(maximum)</formula2>"
        case .list(let options):
            attributes = #"type="list""#
            formulas = "<formula1>\(XMLText.escape("\"" + options.joined(separator: ",") + "\""))</formula1>"
        }
        attributes += #" allowBlank="1" showErrorMessage="1" errorStyle="stop""#
        attributes += #" errorTitle="ParIndex" error="\#(XMLText.escape(String(validation.error.prefix(225))))""#
        if let prompt = validation.prompt {
            attributes += #" showInputMessage="1" prompt="\#(XMLText.escape(String(prompt.prefix(250))))""#
        }
        return #"<dataValidation \#(attributes) sqref="\#(cells)">\#(formulas)</dataValidation>"#
    }
}

/// Writes form sheets as a workbook: styles with locked labels and unlocked inputs, print titles.
struct FormWorkbookWriter {
    var sheets: [FormSheet]

    var data: Data {
        var zip = ZipArchive()
        zip.add(path: "[Content_Types].xml", bytes: Data(contentTypes.utf8))
        zip.add(path: "_rels/.rels", bytes: Data(Self.packageRelationships.utf8))
        zip.add(path: "docProps/app.xml", bytes: Data(Self.application.utf8))
        zip.add(path: "xl/workbook.xml", bytes: Data(workbook.utf8))
        zip.add(path: "xl/_rels/workbook.xml.rels", bytes: Data(relationships.utf8))
        zip.add(path: "xl/styles.xml", bytes: Data(Self.styles.utf8))
        for (offset, sheet) in sheets.enumerated() {
            zip.add(path: "xl/worksheets/sheet\(offset + 1).xml", bytes: Data(sheet.xml.utf8))
        }
        return zip.data
    }

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private var contentTypes: String {
        var xml = Self.header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        xml += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        xml += #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
        for index in sheets.indices {
            xml +=
                #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return xml + "</Types>"
    }

    private static let packageRelationships =
        header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="\#(officeRelationships)/officeDocument" Target="xl/workbook.xml"/>"#
        + #"<Relationship Id="rId2" Type="\#(officeRelationships)/extended-properties" Target="docProps/app.xml"/>"#
        + "</Relationships>"

    private static let application =
        header + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#
        + "<Application>ParIndex</Application></Properties>"

    private var workbook: String {
        var xml = Self.header + #"<workbook xmlns="\#(Self.main)" xmlns:r="\#(Self.officeRelationships)">"#
        xml += #"<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (index, sheet) in sheets.enumerated() {
            xml += #"<sheet name="\#(XMLText.escape(sheet.name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        xml += "</sheets><definedNames>"
        for (index, sheet) in sheets.enumerated() {
            let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
            xml +=
                #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(index)">\#(XMLText.escape(quoted))!$1:$\#(sheet.headerRow)</definedName>"#
        }
        return xml + "</definedNames></workbook>"
    }

    private var relationships: String {
        var xml = Self.header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in sheets.indices {
            xml += #"<Relationship Id="rId\#(index + 1)" Type="\#(Self.officeRelationships)/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheets.count + 1)" Type="\#(Self.officeRelationships)/styles" Target="styles.xml"/>"#
        return xml + "</Relationships>"
    }

    /// Styles in the order of ``FormStyle``.
    private static let styles =
        header + #"<styleSheet xmlns="\#(main)">"#
        + #"<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.####"/></numFmts>"#
        + #"<fonts count="3">"#
        + #"<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="13"/><name val="Calibri"/><family val="2"/></font>"#
        + "</fonts>"
        + #"<fills count="5">"#
        + #"<fill><patternFill patternType="none"/></fill>"#
        + #"<fill><patternFill patternType="gray125"/></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFFFF9DB"/><bgColor indexed="64"/></patternFill></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill>"#
        + "</fills>"
        + #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
        + #"<border><left style="thin"><color rgb="FFB4B4B4"/></left><right style="thin"><color rgb="FFB4B4B4"/></right>"#
        + #"<top style="thin"><color rgb="FFB4B4B4"/></top><bottom style="thin"><color rgb="FFB4B4B4"/></bottom><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="8">"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>"#
        + #"<xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment wrapText="1" vertical="top"/><protection locked="0"/></xf>"#
        + #"<xf numFmtId="164" fontId="0" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top"/><protection locked="0"/></xf>"#
        + #"<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="0" fontId="0" fillId="4" borderId="1" xfId="0" applyFill="1" applyBorder="1"/>"#
        + #"<xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>"#
        + "</cellXfs>"
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"
}
