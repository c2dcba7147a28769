import Foundation
import ParIndexCore

/// Writes a ranking as stable JSON (see the result formats in `ParIndexCore`).
public enum RankingJSON {
    /// The ranking as JSON text, ending with a newline. With `includeScorecards`, each unit
    /// carries its whole scorecard, when the ranking has it (`RankedUnit.scorecard`).
    public static func encode(_ ranking: Ranking, language: Language, includeScorecards: Bool = false) -> String {
        String(decoding: encodedBytes(ranking, language: language, includeScorecards: includeScorecards), as: UTF8.self)
    }

    /// The same as ``encode(_:language:includeScorecards:)``, as UTF-8 bytes.
    public static func encodedBytes(_ ranking: Ranking, language: Language, includeScorecards: Bool = false) -> [UInt8] {
        writer(ranking, language: language, includeScorecards: includeScorecards, blockSize: 2_000).bytes
    }

    /// The same as ``encode(_:language:includeScorecards:)``, as UTF-8 bytes copied once.
    public static func encodedData(_ ranking: Ranking, language: Language, includeScorecards: Bool = false) -> Data {
        writer(ranking, language: language, includeScorecards: includeScorecards, blockSize: 2_000).data
    }

    /// The bytes, with units written in parallel blocks of `blockSize`.
    static func encodedBytes(_ ranking: Ranking, language: Language, includeScorecards: Bool, blockSize: Int) -> [UInt8] {
        writer(ranking, language: language, includeScorecards: includeScorecards, blockSize: blockSize).bytes
    }

    private static func writer(_ ranking: Ranking, language: Language, includeScorecards: Bool, blockSize: Int) -> JSONWriter {
        var w = JSONWriter()
        w.beginObject()
        w.number("formatVersion", ScorecardJSON.formatVersion)
        w.string("language", language.rawValue)
        w.string("title", RankingTitle.of(ranking, language: language))
        w.beginArray("tables")
        for table in ranking.tables {
            w.beginObject()
            w.string("unitKind", table.unitKind.rawValue)
            w.string("framework", table.frameworkID)
            w.string("frameworkTitle", table.frameworkTitle.text(language))
            w.number("year", table.year)
            w.string("title", table.title(language))
            if !table.previousFrameworks.isEmpty {
                w.beginArray("previousFrameworks")
                for id in table.previousFrameworks { w.string(nil, id) }
                w.endArray()
            }
            w.beginArray("units")
            // Units are written in parallel blocks, each continuing the document where the last ended.
            let entries = table.entries
            let blocks = (entries.count + blockSize - 1) / blockSize
            let start = w
            let parts = BatchScorer.concurrentMap(count: blocks, state: {}) { _, block -> JSONWriter in
                var w = JSONWriter(continuing: start, hasElements: block > 0)
                let members = entries[block * blockSize..<Swift.min(entries.count, (block + 1) * blockSize)]
                if !includeScorecards { w.reserveCapacity(members.count * 1_300) }
                entries.withUnsafeBufferPointer { all in
                    guard let base = all.baseAddress else { return }
                    for index in members.indices {
                        writeUnit(base + index, table: table, language: language, includeScorecards: includeScorecards, into: &w)
                    }
                }
                return w
            }
            for part in parts { w.append(part) }
            w.endArray()
            // Units to which nothing applies: no index, no band, no rank, out of the statistics.
            w.beginArray("unrated")
            let unrated = table.unrated.map { RankedUnit(rank: 0, result: $0, previous: nil) }
            unrated.withUnsafeBufferPointer { all in
                guard let base = all.baseAddress else { return }
                for index in all.indices {
                    writeUnit(base + index, table: table, language: language, includeScorecards: includeScorecards, rated: false, into: &w)
                }
            }
            w.endArray()
            let s = table.statistics
            w.beginObject("statistics")
            w.number("count", table.entries.count)
            w.number("mean", s.mean)
            w.number("median", s.median)
            w.number("lowest", s.lowest)
            w.number("highest", s.highest)
            w.beginArray("bands")
            for (band, count) in s.bandCounts {
                w.beginObject()
                w.string("id", band.id)
                w.string("label", band.title.text(language))
                w.number("count", count)
                w.endObject()
            }
            w.endArray()
            w.beginArray("fields")
            for field in s.fields {
                w.beginObject()
                w.string("id", field.field.id)
                w.string("title", field.field.title.text(language))
                if let average = field.average { w.number("averageIndex", average) } else { w.null("averageIndex") }
                if let best = field.best { w.number("bestIndex", best) } else { w.null("bestIndex") }
                w.beginArray("bestUnits")
                for name in field.bestUnits { w.string(nil, name) }
                w.endArray()
                w.endObject()
            }
            w.endArray()
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.number("failedFiles", ranking.failedFileCount)
        w.beginArray("failures")
        for failure in ranking.failures {
            w.beginObject()
            w.string("file", failure.file)
            w.diagnostic(failure, language: language)
            w.endObject()
        }
        w.endArray()
        w.beginArray("refusedFiles")
        for file in ranking.refusedFiles {
            w.beginObject()
            w.string("file", file.file)
            w.number("errors", file.errors.count)
            w.diagnostic(file.firstError, language: language)
            w.endObject()
        }
        w.endArray()
        w.beginArray("warnings")
        for notice in ranking.notices {
            w.beginObject()
            w.string("file", notice.file)
            w.diagnostic(notice, language: language)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.appendNewline()
        return w
    }

    /// What a unit to which nothing applies is shown as.
    public static let unratedLabel = LocalizedText(vi: "Không xếp loại (không có tiêu chí nào áp dụng)", en: "Not rated (nothing applies)")

    /// One unit, read through a pointer so that the entry is never copied.
    private static func writeUnit(
        _ pointer: UnsafePointer<RankedUnit>, table: RankingTable, language: Language, includeScorecards: Bool, rated: Bool = true,
        into w: inout JSONWriter
    ) {
        w.beginObject()
        if rated { w.number("rank", pointer.pointee.rank) } else { w.null("rank") }
        w.string("id", pointer.pointee.result.unit.id)
        w.string("name", pointer.pointee.result.unit.name)
        w.string("province", pointer.pointee.result.unit.province)
        w.string("file", pointer.pointee.result.file)
        w.number("total", pointer.pointee.result.total)
        w.number("max", pointer.pointee.result.maximum)
        w.number("applicableMax", pointer.pointee.result.applicableMaximum)
        w.number("index", pointer.pointee.result.index)
        w.number("indexRounded", pointer.pointee.result.indexRounded)
        w.string("band", pointer.pointee.result.bandID)
        w.string(
            "bandLabel",
            rated ? table.bandLabel(pointer.pointee.result.bandID)?.text(language) : RankingJSON.unratedLabel.text(language))
        // Maps keyed by id: their exact fractions go in a map of their own, so that every key of
        // `fields` stays a field id.
        let components = pointer.pointee.result.components.map { ($0.id, Optional($0.points)) }
        let fields = pointer.pointee.result.fields
        w.idMap("components", components)
        w.idMap("fields", fields.map { ($0.id, Optional($0.points)) })
        w.idMap("fieldIndices", fields.map { ($0.id, $0.subIndex) })
        if let previous = pointer.pointee.previous {
            w.beginObject("previous")
            w.number("index", previous.index)
            w.number("rank", previous.rank)
            w.number("indexChange", previous.indexChange)
            w.number("rankChange", previous.rankChange)
            w.endObject()
        } else {
            w.null("previous")
        }
        if includeScorecards, let scorecard = pointer.pointee.scorecard {
            ScorecardJSON.write(scorecard, language: language, into: &w, key: "scorecard")
        }
        w.endObject()
    }
}
