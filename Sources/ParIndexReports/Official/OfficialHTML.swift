import ParIndexCore

/// The decree's blocks of an official document (Nghị định 30/2020/NĐ-CP) in HTML, and the print
/// style that goes with them: A4 with the decree's margins, Times New Roman, the page number
/// centred in the top margin from the second page on (CSS `@page` margin boxes, which Chromium
/// prints since version 131).
enum OfficialHTML {
    /// The print style, placed after the report's own style sheet so that it wins.
    static let css = """
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font-family: "Times New Roman", "Liberation Serif", Tinos, serif; font-size: 13pt; } }
        @page :first { @top-center { content: none; } }
        body, svg.chart text { font-family: "Times New Roman", "Liberation Serif", Tinos, serif; }
        body { font-size: 11pt; }
        main { width: 210mm; padding: 20mm 15mm 20mm 30mm; }
        .official { display: grid; grid-template-columns: 40% 60%; margin: 0 0 6mm; text-align: center; font-size: 12.5pt; line-height: 1.3; }
        .official .body { font-weight: 700; }
        .official .rule { width: 35%; margin: 0.6mm auto 1.6mm; border-top: 0.3mm solid #000; }
        .official .nation { font-weight: 700; white-space: nowrap; }
        .official .motto { font-weight: 700; display: inline-block; border-bottom: 0.3mm solid #000; padding-bottom: 0.3mm; font-size: 13.5pt; }
        .official .date { font-style: italic; margin-top: 2mm; font-size: 13.5pt; }
        .doc-title { text-align: center; margin: 4mm 0 5mm; font-size: 14pt; line-height: 1.35; }
        .doc-title b { display: block; }
        .doc-title i { display: block; }
        .signature { display: grid; grid-template-columns: 45% 55%; margin-top: 8mm; break-inside: avoid; page-break-inside: avoid; }
        .signature .to { font-size: 11pt; }
        .signature .to b { font-style: italic; font-size: 12pt; }
        .signature .to div { margin-left: 0; }
        .signature .signer { text-align: center; font-weight: 700; font-size: 13.5pt; }
        .signature .signer .name { margin-top: 24mm; }
        .signature .signer .hint { font-weight: 400; font-style: italic; font-size: 11pt; }
        figure { break-inside: avoid; page-break-inside: avoid; }
        figcaption { break-after: avoid; page-break-after: avoid; }
        h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
        @media print { main { padding: 0; } }
        """

    /// The header: bodies and number on the left, national title, motto and date on the right.
    static func header(_ lines: IssuerLines, context c: HTMLContext) -> String {
        "<header class=\"official\"><div><div>\(c.esc(lines.governingBody))</div><div class=\"body\">\(c.esc(lines.issuingBody))</div>"
            + "<div class=\"rule\"></div><div>\(c.esc(lines.number))</div></div>"
            + "<div><div class=\"nation\">\(c.esc(lines.nationalTitle))</div><div class=\"motto\">\(c.esc(lines.motto))</div>"
            + "<div class=\"date\">\(c.esc(lines.placeDate))</div></div></header>"
    }

    /// "PHỤ LỤC", the subject and the link to the decision.
    static func appendixTitle(_ subject: String, lines: IssuerLines, context c: HTMLContext) -> String {
        "<div class=\"doc-title\"><b>\(c.t("PHỤ LỤC", "APPENDIX"))</b><b>\(c.esc(subject))</b><i>\(c.esc(lines.appendixLink))</i></div>"
    }

    /// The title of a document that is not an appendix.
    static func documentTitle(_ kind: String, subject: String, context c: HTMLContext) -> String {
        "<div class=\"doc-title\"><b>\(c.esc(kind))</b><b>\(c.esc(subject))</b></div>"
    }

    /// The recipients on the left and the signer on the right.
    static func signature(_ lines: IssuerLines, context c: HTMLContext) -> String {
        var out = "<footer class=\"signature\"><div class=\"to\"><b>\(c.esc(lines.recipientsHeading))</b>"
        for recipient in lines.recipients { out += "<div>\(c.esc(recipient))</div>" }
        out += "</div><div class=\"signer\">"
        if let authority = lines.signerAuthority { out += "<div>\(c.esc(authority))</div>" }
        out += "<div>\(c.esc(lines.signerTitle))</div><div class=\"name\">\(c.esc(lines.signerName))</div></div></footer>"
        return out
    }

    /// Two signature columns side by side, each with titles and a dotted name.
    static func twoSignatures(left: [String], right: [String], context c: HTMLContext) -> String {
        func column(_ titles: [String]) -> String {
            "<div class=\"signer\">" + titles.map { "<div>\(c.esc($0))</div>" }.joined()
                + "<div class=\"hint\">\(c.t("(Ký, ghi rõ họ tên)", "(Signature and full name)"))</div>"
                + "<div class=\"name\">\(IssuerLines.dots)\(IssuerLines.dots)\(IssuerLines.dots)</div></div>"
        }
        return "<footer class=\"signature\" style=\"grid-template-columns: 50% 50%\">\(column(left))\(column(right))</footer>"
    }

    /// The file name of `path`, without its folders: reports name files, never print paths.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
