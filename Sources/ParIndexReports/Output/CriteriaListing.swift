import ParIndexCore

/// Lists the frameworks of a catalog for `par-score criteria list`.
public enum CriteriaListing {
    /// A table: id, unit kinds, years, fields, leaves, maximum, title.
    public static func text(_ catalog: CriteriaCatalog, language: Language) -> String {
        let vi = language == .vi
        var lines = [
            TextLayout.left(vi ? "Mã" : "Id", 18) + TextLayout.left(vi ? "Loại" : "Kinds", 8) + TextLayout.left(vi ? "Năm" : "Years", 11)
                + TextLayout.right(vi ? "LV" : "Fields", 7) + TextLayout.right(vi ? "TCTP" : "Leaves", 7) + TextLayout.right(vi ? "Tối đa" : "Max", 8)
                + "  " + (vi ? "Tên" : "Title")
        ]
        for f in catalog.frameworks {
            lines.append(
                TextLayout.left(f.id, 18) + TextLayout.left(f.unitKinds.map(\.rawValue).joined(separator: ","), 8)
                    + TextLayout.left("\(f.firstYear)–\(f.lastYear)", 11) + TextLayout.right(String(f.fields.count), 7)
                    + TextLayout.right(String(f.leaves.count), 7) + TextLayout.right(f.maximum.exactText, 8) + "  " + f.title.text(language))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same as a JSON array.
    public static func json(_ catalog: CriteriaCatalog, language: Language) -> String {
        var w = JSONWriter()
        w.beginArray()
        for f in catalog.frameworks {
            w.beginObject()
            w.string("id", f.id)
            w.string("title", f.title.text(language))
            w.beginArray("unitKinds")
            for kind in f.unitKinds { w.string(nil, kind.rawValue) }
            w.endArray()
            w.number("firstYear", f.firstYear)
            w.number("lastYear", f.lastYear)
            w.number("fields", f.fields.count)
            w.number("leaves", f.leaves.count)
            w.number("max", f.maximum)
            w.string("provenance", f.provenance.status.rawValue)
            w.string("file", f.file)
            w.endObject()
        }
        w.endArray()
        return w.text + "\n"
    }
}
