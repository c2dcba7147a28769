import Foundation
import Testing

@testable import ParIndexCore
@testable import ParIndexReports

@Suite("WordprocessingML writer")
struct WordDocumentTests {
    @Test func textIsEscapedAndLineFeedsBreak() {
        let paragraph = WordParagraph("a < b & c\nd", bold: true)
        let xml = paragraph.xml()
        #expect(xml.contains(#"<w:t xml:space="preserve">a &lt; b &amp; c</w:t><w:br/><w:t xml:space="preserve">d</w:t>"#))
        #expect(xml.contains("<w:b/>"))
    }

    @Test func headerRowsRepeatAndRowsDoNotSplit() {
        var table = WordTable(columns: [10, 20])
        table.rows.append(WordTable.Row([.init("Hạng"), .init("Đơn vị")], isHeader: true))
        table.rows.append(WordTable.Row([.init("1"), .init("Sở Y tế")]))
        let xml = table.xml
        #expect(xml.components(separatedBy: "<w:tblHeader/>").count == 2, "only the header row repeats")
        #expect(xml.components(separatedBy: "<w:cantSplit/>").count == 3)
        #expect(xml.contains(#"<w:gridCol w:w="567"/><w:gridCol w:w="1134"/>"#), "10 mm and 20 mm in twips")
    }

    @Test func sectionsCarryTheDecreeMarginsAndOrientation() {
        var document = WordDocument(page: WordPage(numberlessFirstPage: true))
        document.append(WordParagraph("PHỤ LỤC"))
        document.startSection(WordPage(landscape: true))
        document.append(WordParagraph("Bảng"))
        let xml = document.documentXML
        #expect(xml.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#), "A4 portrait first")
        #expect(xml.contains(#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#), "then A4 landscape")
        #expect(xml.contains(#"w:top="1134" w:right="850" w:bottom="1134" w:left="1701""#), "20, 15, 20, 30 mm")
        #expect(xml.components(separatedBy: "<w:titlePg/>").count == 2, "only the first page is unnumbered")
        #expect(WordPackage.header(numbered: true, fontSize: 13).contains(#"w:instr=" PAGE ""#))
    }

    @Test func theSameDocumentGivesTheSameBytes() {
        func make() -> Data {
            var document = WordDocument(title: "t")
            document.append(WordParagraph("x"))
            return document.data
        }
        #expect(make() == make())
        #expect(make().starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func controlCharactersAreDropped() {
        let xml = WordParagraph("a\u{0001}b").xml()
        #expect(xml.contains(">ab<"))
    }
}
