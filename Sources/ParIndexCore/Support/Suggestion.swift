import Foundation

/// "Did you mean": the known id closest to one that was mistyped, by edit distance.
///
/// ```swift
/// Suggestion.closest(to: "tthc.onTme", among: ["tthc.onTime", "tthc.late"])  // "tthc.onTime"
/// ```
public enum Suggestion {
    /// The candidate nearest to `typed`: equal once case, accents and separators are set aside,
    /// else at the smallest edit distance (insertions, deletions, substitutions and swaps of two
    /// neighbours each count 1) when that distance is small for the length (at most 1 for ids of
    /// up to 4 characters, 2 up to 12, 3 beyond); `nil` when none is that close. Ties go to the
    /// first candidate.
    public static func closest(to typed: String, among candidates: [String]) -> String? {
        let folded = fold(typed)
        if let same = candidates.first(where: { fold($0) == folded && $0 != typed }) { return same }
        let limit = typed.count <= 4 ? 1 : typed.count <= 12 ? 2 : 3
        var best: (String, Int)?
        let typedScalars = Array(folded.unicodeScalars)
        for candidate in candidates where candidate != typed {
            let other = Array(fold(candidate).unicodeScalars)
            guard abs(other.count - typedScalars.count) <= limit else { continue }
            let d = distance(typedScalars, other, limit: limit)
            if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }

    /// Lower case, without accents (đ as d) and without spaces, so that `Đúng hạn` and
    /// `dung han` are the same.
    public static func fold(_ text: String) -> String {
        let lowered = text.lowercased().replacingOccurrences(of: "đ", with: "d")
        return String(
            String.UnicodeScalarView(
                lowered.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                    !(0x300...0x36F).contains($0.value) && $0 != " "
                }))
    }

    /// The optimal-string-alignment distance of two scalar arrays, stopping early above `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previous2[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return rowMinimum }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

extension Suggestion {
    /// The "did you mean" part of a diagnostic (its `suggestion` argument): `; có phải
    /// "tthc.onTime" (Số hồ sơ …)?`, or empty text when no candidate is close.
    static func argument(_ typed: String, among candidates: [String], title: (String) -> LocalizedText? = { _ in nil }) -> DiagnosticArgument {
        guard let match = closest(to: typed, among: candidates) else { return .text(LocalizedText(vi: "", en: "")) }
        let named = title(match)
        let vi = named.map { " (\($0.vi))" } ?? ""
        let en = named.map { " (\($0.text(.en)))" } ?? ""
        return .text(LocalizedText(vi: "; có phải \(JSONWriter.quoted(match))\(vi)?", en: "; did you mean \(JSONWriter.quoted(match))\(en)?"))
    }
}
