import ParIndexCore

/// Writes a ranking as aligned text for a terminal (Vietnamese diacritics count as one column
/// each once normalised to NFC).
public enum RankingText {
    /// The ranking as text, ending with a newline.
    public static func render(_ ranking: Ranking, language: Language) -> String {
        var out: [String] = []
        let vi = language == .vi
        for table in ranking.tables {
            let columns = RankingColumns(table: table, language: language)
            out.append(table.title(language))
            out.append(table.frameworkTitle.text(language))
            if let note = table.previousFrameworkNote(language) { out.append((vi ? "Lưu ý: " : "Note: ") + note) }
            // Names longer than the column are cut keeping what tells them apart.
            let rows = table.entries.map { entry in
                var cells = columns.cells(entry)
                cells[1] = columns.names.short(entry.result.unit, limit: 40)
                return cells
            }
            let headings = columns.headings
            var widths = headings.map(\.count)
            for row in rows {
                for (i, cell) in row.enumerated() { widths[i] = Swift.max(widths[i], cell.count) }
            }
            widths[1] = Swift.min(widths[1], 40)
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { i, cell in
                    columns.numeric[i] ? TextLayout.right(cell, widths[i]) : TextLayout.left(cell, widths[i])
                }.joined(separator: "  ").trimmingTrailingSpaces()
            }
            out.append(line(headings))
            out.append(String(repeating: "─", count: widths.reduce(0, +) + 2 * (widths.count - 1)))
            for row in rows { out.append(line(row)) }
            out.append("")
            let unrated = columns.unratedLines()
            if let heading = unrated.first {
                out.append(heading)
                out += unrated.dropFirst().map { "  " + $0 }
                out.append("")
            }
            out += columns.summary()
            out.append("")
        }
        if ranking.tables.isEmpty {
            out.append(vi ? "Không có đơn vị nào được xếp hạng." : "No unit was ranked.")
            out.append("")
        }
        let refused = ranking.refusedFiles
        if ranking.failedFileCount > 0 || !refused.isEmpty {
            let count = max(ranking.failedFileCount, refused.count)
            out.append(vi ? "TỆP BỊ LOẠI (\(count)):" : "REFUSED FILES (\(count)):")
            // One line per file, its first error; the file's other errors indented below it.
            for file in refused {
                out.append("  " + file.firstError.text(language))
                for error in file.errors.dropFirst() { out.append("      " + error.text(language)) }
            }
            out.append("")
        }
        // Files left out for a newer file of the same unit (--prefer newer).
        let leftOut = ranking.notices.filter { $0.code == .batchSupersededUnit }
        if !leftOut.isEmpty {
            out.append(vi ? "TỆP KHÔNG XẾP HẠNG VÌ CÓ TỆP MỚI HƠN (\(leftOut.count)):" : "FILES LEFT OUT FOR A NEWER ONE (\(leftOut.count)):")
            for notice in leftOut { out.append("  " + notice.text(language)) }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}

extension String {
    /// The string without spaces at its end.
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
