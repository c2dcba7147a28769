import Foundation

/// The fixed parts of a .docx package around `word/document.xml`: content types, relationships,
/// styles (Times New Roman), settings, core properties and the two page headers.
enum WordPackage {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// The relationship id of the header with the page number.
    static let headerID = "rIdHeaderNumber"
    /// The relationship id of the empty header of a numberless first page.
    static let firstHeaderID = "rIdHeaderFirst"

    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    /// The package as ZIP bytes.
    static func archive(document: String, fontSize: Double, title: String, languageTag: String) -> Data {
        var zip = ZipArchive()
        zip.add(path: "[Content_Types].xml", bytes: Data(contentTypes.utf8))
        zip.add(path: "_rels/.rels", bytes: Data(packageRelationships.utf8))
        zip.add(path: "docProps/core.xml", bytes: Data(core(title: title, languageTag: languageTag).utf8))
        zip.add(path: "word/document.xml", bytes: Data(document.utf8))
        zip.add(path: "word/_rels/document.xml.rels", bytes: Data(documentRelationships.utf8))
        zip.add(path: "word/styles.xml", bytes: Data(styles(fontSize: fontSize, languageTag: languageTag).utf8))
        zip.add(path: "word/settings.xml", bytes: Data(settings.utf8))
        zip.add(path: "word/header1.xml", bytes: Data(header(numbered: true, fontSize: fontSize).utf8))
        zip.add(path: "word/header2.xml", bytes: Data(header(numbered: false, fontSize: fontSize).utf8))
        return zip.data
    }

    static let contentTypes =
        declaration
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
        + #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
        + #"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#
        + #"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#
        + #"<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#
        + #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        + "</Types>"

    static let packageRelationships =
        declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + "</Relationships>"

    static let documentRelationships =
        declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        + #"<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>"#
        + #"<Relationship Id="\#(headerID)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>"#
        + #"<Relationship Id="\#(firstHeaderID)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>"#
        + "</Relationships>"

    static let settings =
        declaration + #"<w:settings xmlns:w="\#(wordNamespace)"><w:defaultTabStop w:val="720"/><w:compat/></w:settings>"#

    /// Times New Roman at `fontSize` for everything, single spacing, no space after paragraphs.
    static func styles(fontSize: Double, languageTag: String) -> String {
        let half = Int((fontSize * 2).rounded())
        let fonts = #"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>"#
        return declaration
            + #"<w:styles xmlns:w="\#(wordNamespace)"><w:docDefaults><w:rPrDefault><w:rPr>\#(fonts)"#
            + #"<w:sz w:val="\#(half)"/><w:szCs w:val="\#(half)"/><w:lang w:val="\#(languageTag)"/></w:rPr></w:rPrDefault>"#
            + #"<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
            + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#
            + #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>"#
            + #"<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
            + "</w:styles>"
    }

    /// The page header: the page number centred (the decree: 13–14 pt, in the top margin), or
    /// nothing on a numberless first page.
    static func header(numbered: Bool, fontSize: Double) -> String {
        var paragraph = WordParagraph(numbered ? [WordRun(field: .pageNumber)] : [], alignment: .center, size: fontSize)
        paragraph.spaceAfter = 0
        return declaration + #"<w:hdr xmlns:w="\#(wordNamespace)" xmlns:r="\#(relationshipNamespace)">\#(paragraph.xml())</w:hdr>"#
    }

    /// The core properties: the title and language only (no date, so that the bytes stay the same).
    static func core(title: String, languageTag: String) -> String {
        declaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">"#
            + "<dc:title>\(XMLText.escape(title))</dc:title><dc:language>\(languageTag)</dc:language><dc:creator>par-score</dc:creator>"
            + "</cp:coreProperties>"
    }
}
