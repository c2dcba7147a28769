import Foundation
import ParIndexCore

/// The colours of the HTML report: bands and the heat map scale.
enum HTMLColor {
    /// Band colours by position, highest band first: green, blue, amber, orange, red.
    static let bandPalette = ["#2e7d32", "#1565c0", "#f2a900", "#ef6c00", "#c62828"]

    /// The colour of a unit without a band.
    static let noBand = "#9e9e9e"

    /// The colour of the band at `position` (0 = highest) of `count` bands, spread over the
    /// palette so that the highest band is green and the lowest red whatever their number.
    static func band(position: Int?, of count: Int) -> String {
        guard let position, position >= 0 else { return noBand }
        guard count > 1 else { return bandPalette[0] }
        let last = bandPalette.count - 1
        let spread = (position * last * 2 + (count - 1)) / (2 * (count - 1))  // rounded position × last ÷ (count − 1)
        return bandPalette[min(max(spread, 0), last)]
    }

    /// The position of band `id` in `table`'s bands.
    static func bandPosition(_ id: String?, in table: RankingTable) -> Int? {
        guard let id else { return nil }
        return table.bands.firstIndex { $0.id == id }
    }

    /// The colour of the band of `card` in `table`.
    static func band(of card: UnitResult, in table: RankingTable) -> String {
        band(position: bandPosition(card.bandID, in: table), of: table.bands.count)
    }

    private static let red = (248.0, 105.0, 107.0)
    private static let yellow = (255.0, 235.0, 132.0)
    private static let green = (99.0, 190.0, 123.0)

    /// A background for a percentage: red at 0 %, yellow at 50 %, green at 100 %.
    static func heat(_ percent: ExactDecimal) -> String {
        let value = min(max(HTMLNumber.double(percent), 0), 100) / 100
        let (from, to, t) = value < 0.5 ? (red, yellow, value * 2) : (yellow, green, (value - 0.5) * 2)
        let r = from.0 + (to.0 - from.0) * t
        let g = from.1 + (to.1 - from.1) * t
        let b = from.2 + (to.2 - from.2) * t
        return "#" + hex(r) + hex(g) + hex(b)
    }

    private static func hex(_ channel: Double) -> String {
        let value = Int(channel.rounded())
        let clamped = min(max(value, 0), 255)
        let digits = Array("0123456789abcdef")
        return String(digits[clamped / 16]) + String(digits[clamped % 16])
    }
}

/// Numbers for SVG geometry.
enum HTMLNumber {
    /// A decimal as a double, for drawing only.
    static func double(_ value: ExactDecimal) -> Double {
        value.doubleValue
    }

    /// A coordinate with at most one decimal, locale-independent: `12`, `12.5`.
    static func svg(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        let whole = magnitude / 10
        let fraction = magnitude % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
