import Foundation

/// The print setup of every worksheet: A4 landscape, fitted to the page width, the margins of the
/// State's document format (Nghị định 30/2020/NĐ-CP: top and bottom 20–25 mm, left 30–35 mm,
/// right 15–20 mm), centred, and the page header and footer.
enum XLSXPrint {
    /// Margins in inches: top 25 mm (room for the page header), bottom 20 mm, left 30 mm, right 15 mm.
    static let margins = (left: 1.1811, right: 0.5906, top: 0.9843, bottom: 0.7874, header: 0.3150, footer: 0.3150)

    /// Excel's limit on the characters of a header or footer, codes included.
    static let maximumHeaderLength = 255

    /// The elements after `sheetData`, in the schema's order: print options, margins, page setup,
    /// header and footer.
    static func setup(_ sheet: XLSXSheet) -> String {
        let m = margins
        // Tables are framed by cell borders; grid lines would also box the title rows.
        var xml = #"<printOptions horizontalCentered="1"/>"#
        xml +=
            #"<pageMargins left="\#(number(m.left))" right="\#(number(m.right))" top="\#(number(m.top))" bottom="\#(number(m.bottom))" header="\#(number(m.header))" footer="\#(number(m.footer))"/>"#
        // paperSize 9 is A4; fitToHeight 0: as many pages down as the rows need.
        xml += #"<pageSetup paperSize="9" orientation="landscape" pageOrder="overThenDown" fitToWidth="\#(sheet.pagesWide)" fitToHeight="0"/>"#
        let header = headerText(sheet.page)
        let footer = sheet.page.footer.isEmpty ? "" : "&C" + font(10) + escapeCodes(sheet.page.footer)
        if !header.isEmpty || !footer.isEmpty {
            xml += "<headerFooter>"
            if !header.isEmpty { xml += "<oddHeader>\(XMLText.escape(header))</oddHeader>" }
            if !footer.isEmpty { xml += "<oddFooter>\(XMLText.escape(footer))</oddFooter>" }
            xml += "</headerFooter>"
        }
        return xml
    }

    /// The header codes of `page`, cut (the left and right parts first) to Excel's limit.
    static func headerText(_ page: XLSXPageText) -> String {
        func build(_ left: String, _ right: String) -> String {
            var text = ""
            if !left.isEmpty { text += "&L" + font(9) + escapeCodes(left) }
            if !page.center.isEmpty { text += "&C" + font(10) + page.center }
            if !right.isEmpty { text += "&R" + italicFont(9) + escapeCodes(right) }
            return text
        }
        var left = page.left
        var right = page.right
        var text = build(left, right)
        while text.count > maximumHeaderLength && (left.count > 10 || right.count > 10) {
            if right.count >= left.count {
                right = String(right.prefix(right.count - 10)) + "…"
            } else {
                left = String(left.prefix(left.count - 10)) + "…"
            }
            text = build(left, right)
        }
        return text
    }

    /// `&` is a code in headers: a literal one is written twice.
    static func escapeCodes(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&&")
    }

    private static func font(_ size: Int) -> String { "&\"Times New Roman,Regular\"&\(size)" }

    private static func italicFont(_ size: Int) -> String { "&\"Times New Roman,Italic\"&\(size)" }

    /// A width or margin with at most four decimals, always the same text for the same value.
    static func number(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded()
        let whole = Int(scaled) / 10_000
        var fraction = Int(scaled) % 10_000
        guard fraction != 0 else { return String(whole) }
        var digits = 4
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let text = String(fraction)
        return "\(whole)." + String(repeating: "0", count: digits - text.count) + text
    }
}
