import ParIndexCore

/// Writes a ranking as Markdown tables, for pasting into a report.
public enum RankingMarkdown {
    /// The ranking as Markdown, ending with a newline.
    public static func render(_ ranking: Ranking, language: Language) -> String {
        var out: [String] = []
        let vi = language == .vi
        for table in ranking.tables {
            let columns = RankingColumns(table: table, language: language)
            out.append("## " + escape(table.title(language)))
            out.append("")
            out.append(escape(table.frameworkTitle.text(language)))
            out.append("")
            if let note = table.previousFrameworkNote(language) {
                out.append("> " + (vi ? "Lưu ý: " : "Note: ") + escape(note))
                out.append("")
            }
            out.append("| " + columns.headings.map(escape).joined(separator: " | ") + " |")
            out.append("|" + columns.numeric.map { $0 ? " ---: " : " --- " }.joined(separator: "|") + "|")
            for entry in table.entries {
                out.append("| " + columns.cells(entry).map(escape).joined(separator: " | ") + " |")
            }
            out.append("")
            let unrated = columns.unratedLines()
            if let heading = unrated.first {
                out.append("**" + escape(heading) + "**")
                out.append("")
                out += unrated.dropFirst().map { "- " + escape($0) }
                out.append("")
            }
            out += columns.summary().map { "- " + escape($0) }
            out.append("")
        }
        let refused = ranking.refusedFiles
        if ranking.failedFileCount > 0 || !refused.isEmpty {
            let count = max(ranking.failedFileCount, refused.count)
            out.append(vi ? "## Tệp bị loại (\(count))" : "## Refused files (\(count))")
            out.append("")
            // One item per file, its first error; the file's other errors below it.
            for file in refused {
                out.append("- " + escape(file.firstError.text(language)))
                for error in file.errors.dropFirst() { out.append("  - " + escape(error.text(language))) }
            }
            out.append("")
        }
        // Files left out for a newer file of the same unit (--prefer newer).
        let leftOut = ranking.notices.filter { $0.code == .batchSupersededUnit }
        if !leftOut.isEmpty {
            out.append(vi ? "## Tệp không xếp hạng vì có tệp mới hơn (\(leftOut.count))" : "## Files left out for a newer one (\(leftOut.count))")
            out.append("")
            for notice in leftOut { out.append("- " + escape(notice.text(language))) }
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
