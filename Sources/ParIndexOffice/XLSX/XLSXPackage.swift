/// The parts of an `.xlsx` archive and the relationships between them.
struct XLSXPackage {
    let archive: ZipReader
    let file: String
    let limits: XLSXLimits
    private var cellCount = 0

    init(archive: ZipReader, file: String, limits: XLSXLimits) {
        self.archive = archive
        self.file = file
        self.limits = limits
    }

    private func reader(_ part: String) throws(OfficeError) -> XMLPullReader {
        XMLPullReader(bytes: try archive.contents(of: part), file: file, part: part, limits: limits.xml)
    }

    mutating func workbook() throws(OfficeError) -> Workbook {
        try refuseMacros()
        let workbookPart = try officeDocumentPart()
        guard archive.contains(workbookPart) else { throw OfficeError(file: file, reason: .missingPart(name: workbookPart)) }
        let relationships = try relationships(of: workbookPart)
        let (declared, dateSystem) = try sheetsAndDateSystem(workbookPart)
        let folder = Self.folder(of: workbookPart)
        let sharedStringsPart =
            relationships.values.first { $0.type.hasSuffix("/sharedStrings") }.map { Self.resolve($0.target, from: folder) }
        let stylesPart = relationships.values.first { $0.type.hasSuffix("/styles") }.map { Self.resolve($0.target, from: folder) }
        var sharedStrings: [String] = []
        if let sharedStringsPart, archive.contains(sharedStringsPart) {
            sharedStrings = try SharedStringsParser.parse(try reader(sharedStringsPart), limits: limits)
        }
        var formats = NumberFormats()
        if let stylesPart, archive.contains(stylesPart) { formats = try StylesParser.parse(try reader(stylesPart)) }
        guard declared.count <= limits.maximumSheets else {
            throw OfficeError(file: file, part: workbookPart, reason: .tooManyEntries(count: declared.count, limit: limits.maximumSheets))
        }
        var sheets: [Sheet] = []
        for sheet in declared {
            guard let relationship = relationships[sheet.relationship] else {
                throw OfficeError(file: file, part: workbookPart, reason: .missingPart(name: sheet.relationship))
            }
            // Chart sheets and dialog sheets hold no cells.
            guard relationship.type.hasSuffix("/worksheet") else { continue }
            let part = Self.resolve(relationship.target, from: folder)
            guard archive.contains(part) else { throw OfficeError(file: file, reason: .missingPart(name: part)) }
            var parser = WorksheetParser(
                reader: try reader(part), file: file, sheet: sheet.name, sharedStrings: sharedStrings, formats: formats,
                dateSystem: dateSystem, limits: limits, cellBudget: limits.maximumCells - cellCount)
            let cells = try parser.parse()
            cellCount += cells.count
            sheets.append(Sheet(name: sheet.name, visibility: sheet.visibility, cells: cells))
        }
        guard !sheets.isEmpty else { throw OfficeError(file: file, reason: .noSheets) }
        return Workbook(file: file, sheets: sheets, dateSystem: dateSystem)
    }

    /// Macro-enabled workbooks are refused, by content type and by the VBA project part.
    private func refuseMacros() throws(OfficeError) {
        if archive.entries.contains(where: { $0.name.lowercased().hasSuffix("vbaproject.bin") }) {
            throw OfficeError(file: file, reason: .macroEnabled)
        }
        guard archive.contains("[Content_Types].xml") else { throw OfficeError(file: file, reason: .missingPart(name: "[Content_Types].xml")) }
        var types = try reader("[Content_Types].xml")
        while let event = try types.next() {
            if case .start(let tag) = event, let type = tag.attribute("ContentType"), type.contains("macroEnabled") {
                throw OfficeError(file: file, reason: .macroEnabled)
            }
        }
    }

    /// The workbook part named by the package relationships (usually `xl/workbook.xml`).
    private func officeDocumentPart() throws(OfficeError) -> String {
        guard archive.contains("_rels/.rels") else { return "xl/workbook.xml" }
        let relationships = try parseRelationships("_rels/.rels")
        let document = relationships.values.first { $0.type.hasSuffix("/officeDocument") }
        return document.map { Self.resolve($0.target, from: "") } ?? "xl/workbook.xml"
    }

    private struct Relationship {
        var type: String
        var target: String
    }

    private func relationships(of part: String) throws(OfficeError) -> [String: Relationship] {
        let folder = Self.folder(of: part)
        let name = String(part.dropFirst(folder.count))
        let relationshipsPart = "\(folder)_rels/\(name).rels"
        guard archive.contains(relationshipsPart) else { return [:] }
        return try parseRelationships(relationshipsPart)
    }

    private func parseRelationships(_ part: String) throws(OfficeError) -> [String: Relationship] {
        var result: [String: Relationship] = [:]
        var xml = try reader(part)
        while let event = try xml.next() {
            guard case .start(let tag) = event, tag.localName == "Relationship" else { continue }
            guard let id = tag.attribute("Id"), let target = tag.attribute("Target") else { continue }
            if tag.attribute("TargetMode") == "External" { continue }
            result[id] = Relationship(type: tag.attribute("Type") ?? "", target: target)
        }
        return result
    }

    private struct DeclaredSheet {
        var name: String
        var relationship: String
        var visibility: Sheet.Visibility
    }

    private func sheetsAndDateSystem(_ part: String) throws(OfficeError) -> ([DeclaredSheet], Workbook.DateSystem) {
        var sheets: [DeclaredSheet] = []
        var system = Workbook.DateSystem.from1900
        var xml = try reader(part)
        while let event = try xml.next() {
            guard case .start(let tag) = event else { continue }
            switch tag.localName {
            case "workbookPr":
                if let flag = tag.attribute("date1904"), flag == "1" || flag == "true" { system = .from1904 }
            case "sheet":
                guard let name = tag.attribute("name"), let id = tag.attribute("id") else { continue }
                let visibility = tag.attribute("state").flatMap(Sheet.Visibility.init(rawValue:)) ?? .visible
                sheets.append(DeclaredSheet(name: name, relationship: id, visibility: visibility))
            default: continue
            }
        }
        return (sheets, system)
    }

    /// The folder part of a part name, with its trailing slash (`xl/` for `xl/workbook.xml`).
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// A relationship target resolved against the folder of its source part.
    static func resolve(_ target: String, from folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        var components: [Substring] = []
        for component in joined.split(separator: "/") {
            if component == ".." {
                if !components.isEmpty { components.removeLast() }
            } else if component != "." {
                components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}
