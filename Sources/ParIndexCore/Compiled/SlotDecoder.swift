/// Reads submissions straight from their bytes into ``SubmissionSlots``, for batches.
///
/// It accepts only what the full validation (``Scorer/validate(data:file:)``) accepts, with the
/// same values, and only in the plain forms real files use. For anything else (an error, an
/// escape in a name, a number with an exponent, a string that needs normalising) it answers
/// `nil`, and the caller runs the full validation, which explains the problem or accepts the
/// file. Keep one decoder per thread: it reuses its buffers.
public struct SlotDecoder {
    private let frameworks: [CompiledFramework]
    private var current = 0
    private var seen: [UInt32] = []
    private var generation: UInt32 = 0

    /// A decoder for submissions to any of `frameworks`.
    public init(frameworks: [CompiledFramework]) {
        self.frameworks = frameworks
    }

    /// The submission in `bytes`, with the framework it names; `nil` when the full validation
    /// must decide. With `details`, the strings a scorecard shows (document numbers, reasons,
    /// claimed points) are kept in ``SubmissionSlots``, as the full path keeps them.
    public mutating func decode(_ bytes: UnsafeRawBufferPointer, file: String, details: Bool = false) -> (CompiledFramework, SubmissionSlots)? {
        guard !frameworks.isEmpty, bytes.count <= SubmissionSchema.maximumFileBytes, let start = bytes.baseAddress else { return nil }
        let base = start.assumingMemoryBound(to: UInt8.self)
        var tried = -1
        while true {
            switch decode(base, bytes.count, file: file, framework: frameworks[current], details: details) {
            case .decoded(let slots): return (frameworks[current], slots)
            case .framework(let id):
                guard let index = frameworks.firstIndex(where: { $0.idBytes.elementsEqual(id.utf8) }), index != current, tried < 0 else { return nil }
                tried = current
                current = index
            case .refused(let sawFramework):
                // Keys before "framework" were read with the wrong framework: look for its name.
                guard !sawFramework, tried < 0, frameworks.count > 1, let id = Self.namedFramework(base, bytes.count),
                    let index = frameworks.firstIndex(where: { $0.idBytes.elementsEqual(id) }), index != current
                else { return nil }
                tried = current
                current = index
            }
        }
    }

    /// The bytes after the first `"framework"` key, if it names something: only a guess, which
    /// the decoding confirms.
    private static func namedFramework(_ base: UnsafePointer<UInt8>, _ count: Int) -> [UInt8]? {
        let key = Array("\"\(TopKey.framework.name)\"".utf8)
        var start = 0
        while start + key.count <= count {
            var matches = true
            for k in 0..<key.count where base[start + k] != key[k] {
                matches = false
                break
            }
            if matches {
                var cursor = ByteCursor(base: base, end: count, position: start + key.count)
                guard cursor.consume(UInt8(ascii: ":")), let id = cursor.plainString() else { return nil }
                return Array(id)
            }
            start += 1
        }
        return nil
    }

    private enum Outcome {
        case decoded(SubmissionSlots)
        /// The submission names another framework than the one tried.
        case framework(String)
        /// Refused, before or after the key that names the framework was read.
        case refused(sawFramework: Bool)
    }

    /// Marks `slot` seen; `false` when it was seen already in this document (a duplicate key).
    @inline(__always)
    private mutating func firstTime(_ slot: Int) -> Bool {
        if seen[slot] == generation { return false }
        seen[slot] = generation
        return true
    }

    private mutating func decode(_ base: UnsafePointer<UInt8>, _ count: Int, file: String, framework f: CompiledFramework, details: Bool) -> Outcome {
        var state = DecodeState()
        if details { state.details = SubmissionDetails(documents: f.documentCount, leaves: f.leafCount) }
        guard let slots = decode(base, count, file: file, framework: f, &state) else {
            if let other = state.otherFramework { return .framework(other) }
            return .refused(sawFramework: state.topKeys & TopKey.framework.bit != 0)
        }
        return .decoded(slots)
    }

    private mutating func decode(
        _ base: UnsafePointer<UInt8>, _ count: Int, file: String, framework f: CompiledFramework, _ state: inout DecodeState
    ) -> SubmissionSlots? {
        // Duplicate detection: facts, then five sections of leaves, then documents.
        let seenCount = f.factCount + 5 * f.leafCount + f.documentCount
        if seen.count != seenCount { seen = [UInt32](repeating: 0, count: seenCount) }
        generation &+= 1
        if generation == 0 {
            seen = [UInt32](repeating: 0, count: seenCount)
            generation = 1
        }
        var cursor = ByteCursor(base: base, end: count, position: 0)
        if count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { cursor.position = 3 }
        var values = [Int64](repeating: SubmissionSlots.absent, count: f.slotCount)
        for slot in f.documentBase..<f.appraisalBase { values[slot] = 0 }
        guard cursor.beginObject() == true else { return nil }
        repeat {
            guard let key = cursor.key(), let top = TopKey.matching(key), state.topKeys & top.bit == 0 else { return nil }
            state.topKeys |= top.bit
            switch top {
            case .formatVersion:
                guard cursor.number(wholeOnly: true) == Int64(Submission.supportedFormatVersion) * ExactDecimal.scale else { return nil }
            case .framework:
                guard let id = cursor.plainString() else { return nil }
                guard id.equals(f.idBytes) else {
                    let name = String(decoding: id, as: UTF8.self)
                    if ValueReader.isIdentifier(name) { state.otherFramework = name }
                    return nil
                }
            case .year:
                guard let raw = cursor.number(wholeOnly: true) else { return nil }
                let year = Int(raw / ExactDecimal.scale)
                guard SubmissionSchema.yearRange.contains(year), (f.framework.firstYear...f.framework.lastYear).contains(year) else { return nil }
                state.year = year
            case .unit:
                guard let unit = decodeUnit(&cursor, f) else { return nil }
                state.unit = unit
            case .facts:
                guard decodeFacts(&cursor, f, &values, &state) else { return nil }
            case .evidence:
                guard decodeEvidence(&cursor, f, &values, &state) else { return nil }
            case .notApplicable, .claimed, .appraisal, .direct:
                guard decodeLeafSection(top, &cursor, f, &values, &state) else { return nil }
            case .factSources:
                return nil  // Rare: the validating decoder reads it.
            }
            guard let more = cursor.nextMember() else { return nil }
            if !more { break }
        } while true
        guard cursor.atEnd(), state.topKeys & (TopKey.formatVersion.bit | TopKey.framework.bit) == TopKey.formatVersion.bit | TopKey.framework.bit,
            let year = state.year, let unit = state.unit
        else { return nil }
        // The checks that need the year or every fact.
        let window = SubmissionSchema.dateWindow(around: year)
        let earliest = Self.packed(window.lowerBound)
        let latest = Self.packed(window.upperBound)
        if state.hasDates, state.earliestDate < earliest || state.latestDate > latest { return nil }
        for check in f.partChecks {
            guard let part = Self.sum(check.numerator, f, values), let whole = Self.sum(check.denominator, f, values) else { continue }
            if part > whole { return nil }
        }
        let conflict = values.withUnsafeBufferPointer { all in
            (0..<f.leafCount).contains { SubmissionSlots.bit(all, f.notApplicableBase, $0) && all[f.appraisalBase + $0] != SubmissionSlots.absent }
        }
        if conflict { return nil }
        return SubmissionSlots(unit: unit, year: year, file: file, values: values, details: state.details)
    }

    /// A date as ``ByteCursor/date()`` reads it: `YYYYMMDD`.
    private static func packed(_ date: CalendarDate) -> Int64 {
        Int64(date.year) * 10_000 + Int64(date.month) * 100 + Int64(date.day)
    }

    private static func sum(_ range: Range<Int>, _ f: CompiledFramework, _ values: [Int64]) -> ExactDecimal? {
        var total: ExactDecimal = 0
        for slot in f.metricFacts[range] {
            guard slot >= 0, values[slot] != SubmissionSlots.absent else { return nil }
            total += ExactDecimal(raw: values[slot])
        }
        return total
    }

    private func decodeUnit(_ cursor: inout ByteCursor, _ f: CompiledFramework) -> Unit? {
        guard cursor.beginObject() == true else { return nil }
        var id: String?
        var name: String?
        var kind: UnitKind?
        var province: String?
        repeat {
            guard let key = cursor.key() else { return nil }
            switch SubmissionSchema.UnitKey.matching(key) {
            case .id? where id == nil:
                guard let text = cursor.text(maxLength: SubmissionSchema.maximumIDLength, keep: true), text.plain else { return nil }
                let value = String(decoding: text.bytes, as: UTF8.self)
                guard ValueReader.isIdentifier(value) else { return nil }
                id = value
            case .name? where name == nil:
                guard let text = cursor.text(maxLength: SubmissionSchema.maximumUnitNameLength, keep: true), text.plain else { return nil }
                name = String(decoding: text.bytes, as: UTF8.self)
            case .province? where province == nil:
                guard let text = cursor.text(maxLength: SubmissionSchema.maximumProvinceLength, keep: true), text.plain else { return nil }
                province = String(decoding: text.bytes, as: UTF8.self)
            case .kind? where kind == nil:
                guard let text = cursor.plainString(), let match = f.unitKindBytes.first(where: { text.equals($0.bytes) }) else { return nil }
                kind = match.kind
            default:
                return nil
            }
            guard let more = cursor.nextMember() else { return nil }
            if !more { break }
        } while true
        guard let id, let name, let kind else { return nil }
        return Unit(id: id, name: name, kind: kind, province: province)
    }

    private mutating func decodeFacts(_ cursor: inout ByteCursor, _ f: CompiledFramework, _ values: inout [Int64], _ state: inout DecodeState) -> Bool
    {
        guard let hasMembers = cursor.beginObject() else { return false }
        guard hasMembers else { return true }
        repeat {
            guard let key = cursor.key(), let slot = f.factTable.value(of: key), firstTime(slot) else { return false }
            if !cursor.null() {
                switch f.factTypes[slot] {
                case .count:
                    guard let raw = cursor.number(wholeOnly: true), raw <= Int64(SubmissionSchema.maximumCount) * ExactDecimal.scale else {
                        return false
                    }
                    values[slot] = raw
                case .amount:
                    guard let raw = cursor.number() else { return false }
                    values[slot] = raw
                case .date:
                    guard let date = cursor.date() else { return false }
                    state.noteDate(date)
                    values[slot] = date
                case .boolean:
                    guard let flag = cursor.bool() else { return false }
                    values[slot] = flag ? 1 : 0
                case .answer:
                    guard let text = cursor.plainString(), let option = f.factOptions[slot].firstIndex(where: { text.equals($0) }),
                        f.answerIsUsable[slot][option]
                    else { return false }
                    values[slot] = Int64(option)
                }
            }
            guard let more = cursor.nextMember() else { return false }
            if !more { return true }
        } while true
    }

    private mutating func decodeEvidence(_ cursor: inout ByteCursor, _ f: CompiledFramework, _ values: inout [Int64], _ state: inout DecodeState)
        -> Bool
    {
        guard let hasMembers = cursor.beginObject() else { return false }
        guard hasMembers else { return true }
        let documentSeen = f.factCount + 5 * f.leafCount
        repeat {
            guard let key = cursor.key(), let leaf = f.leafTable.value(of: key), firstTime(f.factCount + leaf) else { return false }
            if !cursor.null() {
                guard let hasDocuments = cursor.beginObject() else { return false }
                if hasDocuments {
                    let table = f.leafDocuments[leaf]
                    repeat {
                        guard let docKey = cursor.key(), let document = table.value(of: docKey) else { return false }
                        let index = f.leafDocumentBase[leaf] + document
                        guard firstTime(documentSeen + index) else { return false }
                        if !cursor.null() {
                            guard decodeDocument(&cursor, &state, index) else { return false }
                            SubmissionSlots.setBit(&values, f.documentBase, index)
                        }
                        guard let more = cursor.nextMember() else { return false }
                        if !more { break }
                    } while true
                }
            }
            guard let more = cursor.nextMember() else { return false }
            if !more { return true }
        } while true
    }

    /// One bit per required key of a document (``SubmissionSchema/DocumentKey``).
    private static let requiredDocumentKeys = SubmissionSchema.DocumentKey.allCases.filter(\.isRequired).reduce(0) { $0 | 1 << $1.rawValue }

    /// `{ "number", "title", "date"?, "link"? }`.
    private func decodeDocument(_ cursor: inout ByteCursor, _ state: inout DecodeState, _ index: Int) -> Bool {
        guard cursor.beginObject() == true else { return false }
        var keys = 0
        repeat {
            guard let key = cursor.key(), let documentKey = SubmissionSchema.DocumentKey.matching(key) else { return false }
            switch documentKey {
            case .number:
                if state.details != nil {
                    guard let number = cursor.keptText(maxLength: SubmissionSchema.maximumDocumentNumberLength) else { return false }
                    state.details?.documentNumbers[index] = number
                } else {
                    guard cursor.text(maxLength: SubmissionSchema.maximumDocumentNumberLength) != nil else { return false }
                }
            case .title: guard cursor.text(maxLength: SubmissionSchema.maximumDocumentTitleLength) != nil else { return false }
            case .date:
                guard let date = cursor.date() else { return false }
                state.noteDate(date)
            case .link: guard cursor.text(maxLength: SubmissionSchema.maximumDocumentLinkLength) != nil else { return false }
            }
            let bit = 1 << documentKey.rawValue
            guard keys & bit == 0 else { return false }
            keys |= bit
            guard let more = cursor.nextMember() else { return false }
            if !more { break }
        } while true
        return keys & Self.requiredDocumentKeys == Self.requiredDocumentKeys
    }

    /// `notApplicable`, `claimed`, `appraisal` or `direct`: an object keyed by leaf id.
    private mutating func decodeLeafSection(
        _ section: TopKey, _ cursor: inout ByteCursor, _ f: CompiledFramework, _ values: inout [Int64], _ state: inout DecodeState
    ) -> Bool {
        guard let hasMembers = cursor.beginObject() else { return false }
        guard hasMembers else { return true }
        let seenBase = f.factCount + f.leafCount * (section.rawValue - TopKey.evidence.rawValue)
        repeat {
            guard let key = cursor.key(), let leaf = f.leafTable.value(of: key), firstTime(seenBase + leaf) else { return false }
            if !cursor.null() {
                let max = f.leafMax[leaf].raw
                switch section {
                case .notApplicable:
                    if state.details != nil {
                        guard let reason = cursor.keptText(maxLength: SubmissionSchema.maximumReasonLength) else { return false }
                        state.details?.notApplicableReasons[leaf] = reason
                    } else {
                        guard cursor.text(maxLength: SubmissionSchema.maximumReasonLength) != nil else { return false }
                    }
                    SubmissionSlots.setBit(&values, f.notApplicableBase, leaf)
                case .claimed:
                    guard let points = cursor.number(), points <= max else { return false }
                    state.details?.claimed[leaf] = ExactDecimal(raw: points)
                case .direct:
                    guard f.leafRules[leaf].acceptsDirectPoints, let points = cursor.number(), points <= max else { return false }
                    values[f.directBase + leaf] = points
                default:
                    guard let (points, reason) = decodeCorrection(&cursor, keep: state.details != nil), points <= max else { return false }
                    values[f.appraisalBase + leaf] = points
                    state.details?.appraisalReasons[leaf] = reason
                }
            }
            guard let more = cursor.nextMember() else { return false }
            if !more { return true }
        } while true
    }

    /// `{ "points", "reason" }`: the points, and the reason when `keep` asks.
    private func decodeCorrection(_ cursor: inout ByteCursor, keep: Bool) -> (Int64, String?)? {
        guard cursor.beginObject() == true else { return nil }
        var points: Int64?
        var reason = false
        var kept: String?
        repeat {
            guard let key = cursor.key() else { return nil }
            switch SubmissionSchema.CorrectionKey.matching(key) {
            case .points? where points == nil:
                guard let value = cursor.number() else { return nil }
                points = value
            case .reason? where !reason:
                if keep {
                    guard let text = cursor.keptText(maxLength: SubmissionSchema.maximumReasonLength) else { return nil }
                    kept = text
                } else {
                    guard cursor.text(maxLength: SubmissionSchema.maximumReasonLength) != nil else { return nil }
                }
                reason = true
            default:
                return nil
            }
            guard let more = cursor.nextMember() else { return nil }
            if !more { break }
        } while true
        guard reason, let points else { return nil }
        return (points, kept)
    }
}

/// What one document has shown so far.
private struct DecodeState {
    var topKeys = 0
    var otherFramework: String?
    var year: Int?
    var unit: Unit?
    var hasDates = false
    var earliestDate = Int64.max
    var latestDate = Int64.min
    /// The strings kept for a scorecard, when asked for.
    var details: SubmissionDetails?

    mutating func noteDate(_ date: Int64) {
        hasDates = true
        earliestDate = Swift.min(earliestDate, date)
        latestDate = Swift.max(latestDate, date)
    }
}

/// The keys of a submission's top object.
private typealias TopKey = SubmissionSchema.TopKey

extension SubmissionSchema.TopKey {
    /// The bit of this key in ``DecodeState/topKeys``.
    fileprivate var bit: Int { 1 << rawValue }
}
