/// Writes a ranking as one self-contained HTML page. (Being written.)
public enum RankingHTML {
    /// The page.
    public static func render(_ ranking: Ranking, language: Language) -> String { "" }
}
