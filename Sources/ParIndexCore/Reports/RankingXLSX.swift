import Foundation

/// Writes a ranking as an Excel workbook (.xlsx). (Being written.)
public enum RankingXLSX {
    /// The workbook bytes.
    public static func encode(_ ranking: Ranking, language: Language) -> Data { Data() }
}
