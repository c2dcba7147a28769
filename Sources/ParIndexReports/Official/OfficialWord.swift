import ParIndexCore

/// The decree's blocks of an official document (Nghị định 30/2020/NĐ-CP, Phụ lục I) as Word
/// tables and paragraphs: the header with the bodies, the national title and the date, the title of
/// an appendix, and the signature block.
enum OfficialWord {
    /// The header: on the left the governing body, the issuing body in bold with a short rule
    /// under it and the number; on the right the national title, the motto with a rule under it and
    /// the place and date in italics.
    static func header(_ lines: IssuerLines, width: Double) -> WordTable {
        let left = min(75, width * 0.4)
        var body = WordParagraph(lines.issuingBody, alignment: .center, bold: true, size: 13)
        body.ruleBelow = true
        body.leftIndent = left * 0.3
        body.rightIndent = left * 0.3
        var number = WordParagraph(lines.number, alignment: .center, size: 13)
        number.spaceBefore = 6
        var motto = WordParagraph([WordRun(lines.motto, bold: true, underline: true)], alignment: .center, size: 14)
        motto.spaceAfter = 0
        var date = WordParagraph(lines.placeDate, alignment: .center, italic: true, size: 14)
        date.spaceBefore = 6
        let row = WordTable.Row([
            WordTable.Cell([WordParagraph(lines.governingBody, alignment: .center, size: 13), body, number]),
            WordTable.Cell([WordParagraph(lines.nationalTitle, alignment: .center, bold: true, size: 13), motto, date]),
        ])
        return WordTable(columns: [left, width - left], rows: [row], borders: false)
    }

    /// The title of an appendix: "PHỤ LỤC", the subject in bold and the link to the decision.
    static func appendixTitle(_ subject: String, lines: IssuerLines, language: Language) -> [WordParagraph] {
        var title = WordParagraph(language == .vi ? "PHỤ LỤC" : "APPENDIX", alignment: .center, bold: true, size: 14)
        title.spaceBefore = 12
        title.keepWithNext = true
        var subjectLine = WordParagraph(subject, alignment: .center, bold: true, size: 14)
        subjectLine.keepWithNext = true
        var link = WordParagraph(lines.appendixLink, alignment: .center, italic: true, size: 14)
        link.spaceAfter = 12
        link.keepWithNext = true
        return [title, subjectLine, link]
    }

    /// The title of a document that is not an appendix ("PHIẾU CHẤM ĐIỂM"): the kind and the subject.
    static func documentTitle(_ kind: String, subject: String) -> [WordParagraph] {
        var title = WordParagraph(kind, alignment: .center, bold: true, size: 14)
        title.spaceBefore = 12
        title.keepWithNext = true
        var subjectLine = WordParagraph(subject, alignment: .center, bold: true, size: 14)
        subjectLine.spaceAfter = 12
        subjectLine.keepWithNext = true
        return [title, subjectLine]
    }

    /// The end of the document: on the left "Nơi nhận:" and the recipients, on the right the signer.
    static func signature(_ lines: IssuerLines, width: Double) -> WordTable {
        let left = width * 0.45
        var heading = WordParagraph([WordRun(lines.recipientsHeading, bold: true, italic: true)], size: 12)
        heading.spaceBefore = 6
        let recipients = lines.recipients.map { WordParagraph($0, size: 11) }
        var signer: [WordParagraph] = []
        if let authority = lines.signerAuthority { signer.append(WordParagraph(authority, alignment: .center, bold: true, size: 14)) }
        signer.append(WordParagraph(lines.signerTitle, alignment: .center, bold: true, size: 14))
        var name = WordParagraph(lines.signerName, alignment: .center, bold: true, size: 14)
        name.spaceBefore = 64  // room for the signature and the seal
        signer.append(name)
        signer[0].spaceBefore = 6
        var row = WordTable.Row([WordTable.Cell([heading] + recipients), WordTable.Cell(signer)])
        row.keepTogether = true
        return WordTable(columns: [left, width - left], rows: [row], borders: false)
    }

    /// Two signature columns side by side (the unit's head and the council's), each with a title
    /// and a dotted name.
    static func twoSignatures(left: [String], right: [String], width: Double, language: Language) -> WordTable {
        func column(_ titles: [String]) -> WordTable.Cell {
            var paragraphs = titles.map { WordParagraph($0, alignment: .center, bold: true, size: 13) }
            var hint = WordParagraph(
                language == .vi ? "(Ký, ghi rõ họ tên)" : "(Signature and full name)", alignment: .center, italic: true, size: 12)
            hint.spaceAfter = 56
            paragraphs.append(hint)
            paragraphs.append(WordParagraph(IssuerLines.dots + IssuerLines.dots + IssuerLines.dots, alignment: .center, size: 13))
            return WordTable.Cell(paragraphs)
        }
        var row = WordTable.Row([column(left), column(right)])
        row.keepTogether = true
        return WordTable(columns: [width / 2, width / 2], rows: [row], borders: false)
    }
}
