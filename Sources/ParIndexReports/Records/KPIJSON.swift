import Foundation
import ParIndexCore

/// Writes a `KPIReport` as JSON. Each unit's entry has `unit`, `onTime` and `denominator` (the
/// on-time rate of the definition used), every figure, every rate with numerator, denominator and
/// exact percentage, and the on-time rate under the compared definitions (see the DossierRecords article of ParIndexCore).
public enum KPIJSON {
    /// The version of this JSON layout.
    public static let formatVersion = 1

    /// The JSON text.
    public static func encode(_ report: KPIReport, language: Language) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.number("kpiFormatVersion", formatVersion)
        w.string("period", report.period.label)
        w.string("periodStart", RecordTime(seconds: report.period.start, hasTime: false).iso)
        w.string("periodEnd", RecordTime(seconds: report.period.end, hasTime: false).iso)
        w.beginObject("definition")
        w.string("id", report.definition.id)
        w.number("version", report.definition.version)
        w.string("title", report.definition.title.text(language))
        w.endObject()
        w.beginArray("compared")
        for other in report.others {
            w.beginObject()
            w.string("id", other.id)
            w.number("version", other.version)
            w.endObject()
        }
        w.endArray()
        w.beginArray("files")
        for file in report.files { w.string(nil, file) }
        w.endArray()
        w.number("recordsRead", report.recordsRead)
        w.number("leftOut", report.leftOutCount)
        w.beginObject("leftOutByKind")
        for (kind, count) in report.leftOut.sorted(by: { $0.key.rawValue < $1.key.rawValue }) { w.number(kind.rawValue, count) }
        w.endObject()
        w.beginArray("units")
        for unit in report.units { entry(&w, unit, report) }
        w.endArray()
        w.beginObject("total")
        body(&w, report.total, report)
        w.endObject()
        w.beginArray("differences")
        for (index, other) in report.others.enumerated() {
            for difference in KPIAggregator.Difference.allCases {
                for (pair, count) in report.differences[index][difference.rawValue].enumerated() where count > 0 {
                    w.beginObject()
                    w.string("definition", other.id)
                    w.string("cause", "\(difference)")
                    w.string("standing", Self.standing(pair / 3 - 1))
                    w.string("standingUnderOther", Self.standing(pair % 3 - 1))
                    w.number("dossiers", count)
                    w.string("explanation", report.explain(difference, pair: pair, count: count, other: other, language))
                    w.endObject()
                }
            }
        }
        w.endArray()
        w.beginArray("problems")
        for p in report.problems {
            w.beginObject()
            w.string("file", p.file)
            w.number("line", p.line)
            w.string("kind", p.kind.rawValue)
            w.string("recordID", p.recordID)
            w.string("message", p.message.text(language))
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text + "\n"
    }

    private static func standing(_ value: Int) -> String { value == 1 ? "onTime" : (value == -1 ? "late" : "notCounted") }

    private static func entry(_ w: inout JSONWriter, _ u: KPIReport.UnitFigures, _ report: KPIReport) {
        w.beginObject()
        w.string("unit", u.unit)
        body(&w, u, report)
        w.endObject()
    }

    private static func body(_ w: inout JSONWriter, _ u: KPIReport.UnitFigures, _ report: KPIReport) {
        w.number("onTime", u.count(.onTime))
        w.number("denominator", u.count(.onTimeDenominator))
        w.beginObject("figures")
        for figure in KPIFigure.allCases { w.number(figure.name, u.count(figure)) }
        w.endObject()
        w.beginObject("rates")
        for rate in KPIRate.all { self.rate(&w, rate.name, u.rate(rate)) }
        w.endObject()
        w.beginObject("compared")
        for (index, other) in report.others.enumerated() { self.rate(&w, other.id, u.others[index].rate) }
        w.endObject()
    }

    private static func rate(_ w: inout JSONWriter, _ key: String, _ r: KPIReport.Rate) {
        w.beginObject(key)
        w.number("numerator", r.numerator)
        w.number("denominator", r.denominator)
        if let percent = r.percent {
            w.number("percent", percent.rounded(scale: 2))
            w.string("percentExact", percent.exactText)
        } else {
            w.null("percent")
        }
        w.endObject()
    }
}
