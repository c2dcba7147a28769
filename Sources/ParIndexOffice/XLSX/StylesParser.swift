/// Reads `xl/styles.xml`: the number format of each cell style.
enum StylesParser {
    static func parse(_ xml: XMLPullReader) throws(OfficeError) -> NumberFormats {
        var reader = xml
        var custom: [Int: String] = [:]
        var styleIDs: [Int] = []
        var inCellStyles = false
        while let event = try reader.next() {
            switch event {
            case .start(let tag):
                switch tag.localName {
                case "numFmt":
                    if let id = tag.attribute("numFmtId").flatMap({ Int($0) }), let code = tag.attribute("formatCode") { custom[id] = code }
                case "cellXfs": inCellStyles = true
                case "xf" where inCellStyles:
                    styleIDs.append(tag.attribute("numFmtId").flatMap { Int($0) } ?? 0)
                default: break
                }
            case .end(let name):
                if XMLStartTag.localName(name) == "cellXfs" { inCellStyles = false }
            case .text: break
            }
        }
        var formats = NumberFormats()
        for id in styleIDs {
            let code = custom[id] ?? NumberFormats.builtIn[id]
            formats.styleFormats.append(code)
            formats.styleIsDate.append(custom[id].map(NumberFormats.isDateCode) ?? NumberFormats.isBuiltInDate(id))
        }
        return formats
    }
}
