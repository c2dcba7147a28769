import ParIndexOffice
import Testing

@Suite struct NumberTextTests {
    @Test(arguments: [
        ("1240", "1240"), ("41.830,5", "41830.5"), ("41,830.5", "41830.5"), ("1.240.000", "1240000"), ("1,240,000", "1240000"),
        ("41830,5", "41830.5"), ("41830.5", "41830.5"), ("1 240", "1240"), ("1\u{00A0}240 000", "1240000"), (" 12 ", "12"),
        ("-3,25", "-3.25"), ("1.234.567,89", "1234567.89"), ("0,5", "0.5"), ("1234.567", "1234.567"),
    ])
    func unambiguous(text: String, literal: String) {
        #expect(NumberText.read(text) == .number(literal))
    }

    @Test func ambiguous() {
        #expect(NumberText.read("1.240") == .ambiguous(thousands: "1240", decimal: "1.240"))
        #expect(NumberText.read("1,240") == .ambiguous(thousands: "1240", decimal: "1.240"))
    }

    @Test func percentagesAndOthers() {
        #expect(NumberText.read("96,5%") == .percentage("96.5"))
        #expect(NumberText.read("96.5 %") == .percentage("96.5"))
        for text in ["abc", "", "1.2.3,4,5", "12 34", "1,2.3", "--1", "1e3", "1.24.5", ",5"] {
            #expect(NumberText.read(text) == .notANumber, "\(text)")
        }
    }
}

@Suite struct XMLPullReaderTests {
    static func events(_ xml: String) throws(OfficeError) -> [XMLEvent] {
        var reader = XMLPullReader(bytes: Array(xml.utf8), file: "f.xlsx", part: "p.xml")
        var events: [XMLEvent] = []
        while let event = try reader.next() { events.append(event) }
        return events
    }

    @Test func readsElementsAttributesAndReferences() throws {
        let events = try Self.events(#"<?xml version="1.0"?><!-- c --><a x="1" y='&lt;&#x41;'><b/>t&amp;&#233;<![CDATA[<raw>]]></a>"#)
        #expect(events.count == 6)
        guard case .start(let tag) = events[0] else {
            Issue.record("no start")
            return
        }
        #expect(tag.attribute("y") == "<A")
        #expect(events[3] == .text("t&é"))
        #expect(events[4] == .text("<raw>"))
    }

    @Test(arguments: [
        "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", "<a>&x;</a>", "<a><b></a>", "<a x=1/>", "<a x=\"1\" x=\"2\"/>", "<a/><b/>",
        "<a>&#0;</a>", "<a>\u{01}</a>", "<a", "", "text", "<a>&amp</a>",
    ])
    func refused(_ xml: String) {
        #expect(throws: OfficeError.self) { try Self.events(xml) }
    }

    @Test func depthLimit() {
        let deep = String(repeating: "<a>", count: 65) + String(repeating: "</a>", count: 65)
        #expect(throws: OfficeError(file: "f.xlsx", part: "p.xml", reason: .xmlTooDeep(limit: 64))) { try Self.events(deep) }
        let fine = String(repeating: "<a>", count: 64) + String(repeating: "</a>", count: 64)
        #expect(throws: Never.self) { try Self.events(fine) }
    }

    @Test func doctypeIsNeverExpanded() {
        #expect(throws: OfficeError(file: "f.xlsx", part: "p.xml", reason: .xmlDoctype)) {
            try Self.events("<?xml version=\"1.0\"?><!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a/>")
        }
    }
}
