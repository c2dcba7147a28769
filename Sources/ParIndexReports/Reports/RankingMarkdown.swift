import ParIndexCore

/// Writes a ranking as Markdown tables, for pasting into a report.
public enum RankingMarkdown {
    /// The ranking as Markdown, ending with a newline.
    public static func render(_ ranking: Ranking, language: Language) -> String {
        var out: [String] = []
        let vi = language == .vi
        for table in ranking.tables {
            let columns = RankingColumns(table: table, language: language)
            out.append(
                "## " + (vi ? "Xếp hạng Chỉ số CCHC năm \(table.year) — " : "PAR INDEX ranking \(table.year) — ") + escape(table.heading(language)))
            out.append("")
            out.append(escape(table.frameworkTitle.text(language)))
            out.append("")
            out.append("| " + columns.headings.map(escape).joined(separator: " | ") + " |")
            out.append("|" + columns.numeric.map { $0 ? " ---: " : " --- " }.joined(separator: "|") + "|")
            for entry in table.entries {
                out.append("| " + columns.cells(entry).map(escape).joined(separator: " | ") + " |")
            }
            out.append("")
            out += columns.summary().map { "- " + escape($0) }
            out.append("")
        }
        if ranking.failedFileCount > 0 {
            out.append(vi ? "## Tệp bị loại" : "## Refused files")
            out.append("")
            for failure in ranking.failures { out.append("- " + escape(failure.text(language))) }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|", "\\", "*", "_", "`", "[", "]", "<", ">": result += "\\" + String(character)
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
