import Foundation

/// Vietnamese alphabetical order of names, as used to list units that share a rank.
///
/// Names are compared level by level; a level is looked at only when all earlier levels are equal:
///
/// 1. **Letters, digits and spaces.** Letters in the order of the Vietnamese alphabet,
///    `a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y`, with the Latin letters of
///    loanwords and foreign names where they fall in the Latin alphabet: `f` after `ê`, `j` after
///    `i`, `w` after `v`, `z` after `y`. Upper and lower case are the same letter here. A run of
///    ASCII digits is one number, compared by value (`Sở 2` before `Sở 10`), and numbers come
///    before letters. A run of white space counts as one space, which comes before any digit or
///    letter (`Sở Y tế` before `Sở Yte`); white space at either end is ignored until level 4.
///    Other letters (other scripts) come after `z`, by code point. Punctuation and symbols are
///    ignored.
/// 2. **Tones**, syllable by syllable (a syllable is a run of letters): no tone, huyền (`à`),
///    hỏi (`ả`), ngã (`ã`), sắc (`á`), nặng (`ạ`): `ma < mà < mả < mã < má < mạ`. This is the
///    order of Vietnamese dictionaries (Hoàng Phê, *Từ điển tiếng Việt*, Viện Ngôn ngữ học) and the
///    secondary order of CLDR's Vietnamese collation (grave < hook above < tilde < acute < dot below, in the rules ICU ships). Because the
///    tone counts once for its syllable, `Hoà` and `Hòa` (old and new placement of the mark) are
///    equal at this level and the next; CLDR, which weighs marks letter by letter, tells them apart.
/// 3. **Case**, letter by letter: lower case before upper case, as in the Unicode default.
/// 4. **The UTF-8 bytes of the NFC form**, so that the order is total: two names compare equal
///    exactly when they are canonically equivalent (`==` on `String`).
///
/// The comparison works on NFC and on NFD input alike: a name holding anything other than
/// Latin letters, the Vietnamese letters and ASCII is first put in NFC, so the key depends only
/// on the name's canonical form. The 134 precomposed Vietnamese letters are read from a table;
/// other Latin letters with marks (`ç`, `ö`, `ñ`) count as their base letter, their marks other
/// than Vietnamese ones being ignored until level 4. `Ð` (U+00D0, the Icelandic eth, which looks
/// the same and is sometimes typed in its place) is `Đ`.
///
/// For sorting many names, ``CollationKeys`` computes each key once; comparing two keys is one
/// `memcmp`.
package enum VietnameseCollation {
    /// Whether `a` comes before `b` in Vietnamese alphabetical order.
    package static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        compare(a, b) < 0
    }

    /// A negative number when `a` comes first, zero when the names are canonically equivalent,
    /// a positive number when `b` comes first.
    package static func compare(_ a: String, _ b: String) -> Int {
        let x = key(a)
        let y = key(b)
        return x.withUnsafeBufferPointer { p in y.withUnsafeBufferPointer { q in compareKeys(p, q) } }
    }

    /// The sort key of `name`: keys compare byte by byte (shorter first) in the order of their names.
    package static func key(_ name: String) -> [UInt8] {
        let builder = KeyBuilder()
        var key: [UInt8] = []
        builder.append(name, to: &key)
        return key
    }

    /// The order of two keys: memcmp, then the shorter first.
    @inline(__always)
    static func compareKeys(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        let common = Swift.min(x.count, y.count)
        if common > 0, let p = x.baseAddress, let q = y.baseAddress {
            let c = memcmp(p, q, common)
            if c != 0 { return Int(c) }
        }
        return x.count - y.count
    }

    // MARK: Weights

    /// Level-1 bytes. Every element of a key starts with a byte of its own, so keys can be compared
    /// byte by byte: the end of a level (0) before a space, a space before a number, a number
    /// before a letter, a letter before a letter of another script.
    enum Weight {
        /// The end of a level.
        static let end: UInt8 = 0x00
        /// One space (a run of white space).
        static let space: UInt8 = 0x01
        /// A number: this byte, its count of significant digits (as many 0xFF as whole 255s, then
        /// the rest), then its digits.
        static let number: UInt8 = 0x02
        /// The first letter, `a`; the others follow in ``alphabet`` order.
        static let firstLetter: UInt8 = 0x10
        /// A letter of another script: this byte, then its code point in three bytes.
        static let otherLetter: UInt8 = 0xF0
        /// Level 3: a lower-case letter.
        static let lower: UInt8 = 0x01
        /// Level 3: an upper-case letter.
        static let upper: UInt8 = 0x02
    }

    /// The letters of level 1, in order: the 29 letters of the Vietnamese alphabet and f, j, w, z.
    static let alphabet: [Character] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "ô", "ơ", "p", "q",
        "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]

    /// The level-1 weight of `letter` (lower case, one of ``alphabet``).
    static func weight(_ letter: Character) -> UInt8 {
        guard let position = alphabet.firstIndex(of: letter) else { return 0 }
        return Weight.firstLetter + UInt8(position)
    }

    /// Tones in dictionary order; a tone's level-2 byte is its position + 1 (0 ends the level).
    enum Tone: UInt8, CaseIterable, Comparable {
        /// No tone mark (thanh ngang).
        case none = 0
        /// Huyền, grave accent, U+0300.
        case huyen
        /// Hỏi, hook above, U+0309.
        case hoi
        /// Ngã, tilde, U+0303.
        case nga
        /// Sắc, acute accent, U+0301.
        case sac
        /// Nặng, dot below, U+0323.
        case nang

        /// Dictionary order.
        static func < (a: Tone, b: Tone) -> Bool { a.rawValue < b.rawValue }

        /// The tone a combining mark writes, if it writes one (U+0340 and U+0341 are old
        /// spellings of the grave and acute accents).
        init?(mark: UInt32) {
            switch mark {
            case 0x300, 0x340: self = .huyen
            case 0x309: self = .hoi
            case 0x303: self = .nga
            case 0x301, 0x341: self = .sac
            case 0x323: self = .nang
            default: return nil
            }
        }
    }

    /// The precomposed Vietnamese letters: for each vowel, its lower-case forms with the tones in
    /// ``Tone`` order, then the same in upper case. With `đ Đ` these are the 134 letters outside
    /// ASCII (12 vowels × 6 tones × 2 cases, less the 12 plain ASCII vowels, plus đ and Đ).
    static let precomposed: [(vowel: Character, lower: String, upper: String)] = [
        ("a", "aàảãáạ", "AÀẢÃÁẠ"), ("ă", "ăằẳẵắặ", "ĂẰẲẴẮẶ"), ("â", "âầẩẫấậ", "ÂẦẨẪẤẬ"),
        ("e", "eèẻẽéẹ", "EÈẺẼÉẸ"), ("ê", "êềểễếệ", "ÊỀỂỄẾỆ"), ("i", "iìỉĩíị", "IÌỈĨÍỊ"),
        ("o", "oòỏõóọ", "OÒỎÕÓỌ"), ("ô", "ôồổỗốộ", "ÔỒỔỖỐỘ"), ("ơ", "ơờởỡớợ", "ƠỜỞỠỚỢ"),
        ("u", "uùủũúụ", "UÙỦŨÚỤ"), ("ư", "ưừửữứự", "ƯỪỬỮỨỰ"), ("y", "yỳỷỹýỵ", "YỲỶỸÝỴ"),
    ]

    /// A letter of the table: level-1 weight in the low byte, tone in bits 8–10, upper case in
    /// bit 11; 0 for a code point that is not a known letter.
    typealias Entry = UInt16

    /// Packs a letter.
    static func entry(weight: UInt8, tone: Tone, upper: Bool) -> Entry {
        Entry(weight) | Entry(tone.rawValue) << 8 | (upper ? 1 << 11 : 0)
    }

    /// Letters below U+0250 (ASCII, Latin-1, Latin Extended-A and -B) and in U+1E00–U+1EFF (Latin
    /// Extended Additional, where most Vietnamese letters are), indexed by code point.
    static let letters: (low: [Entry], additional: [Entry]) = {
        var low = [Entry](repeating: 0, count: 0x250)
        var additional = [Entry](repeating: 0, count: 0x100)
        func set(_ scalar: Unicode.Scalar, _ value: Entry) {
            let v = Int(scalar.value)
            if v < 0x250 { low[v] = value } else if v >= 0x1E00 && v < 0x1F00 { additional[v - 0x1E00] = value }
        }
        // Other Latin letters with marks: their base letter, the Vietnamese marks they carry
        // applied as in a name written with combining marks.
        for v in Array(0xC0..<0x250) + Array(0x1E00..<0x1F00) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let parts = Array(String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard parts.count > 1, let base = parts.first, base.isASCII, base.properties.isAlphabetic else { continue }
            var letter = Character(String(base).lowercased())
            var tone = Tone.none
            for mark in parts.dropFirst() {
                if let modified = modified(letter, by: mark.value) { letter = modified }
                if let t = Tone(mark: mark.value) { tone = Swift.max(tone, t) }
            }
            set(scalar, entry(weight: weight(letter), tone: tone, upper: base.properties.isUppercase))
        }
        for (scalar, upper) in [("a", false), ("A", true)] as [(Unicode.Scalar, Bool)] {
            for offset in 0..<26 {
                guard let s = Unicode.Scalar(scalar.value + UInt32(offset)) else { continue }
                set(s, entry(weight: weight(Character(String(s).lowercased())), tone: .none, upper: upper))
            }
        }
        for (vowel, lower, upper) in precomposed {
            for (tone, (l, u)) in zip(Tone.allCases, zip(lower.unicodeScalars, upper.unicodeScalars)) {
                set(l, entry(weight: weight(vowel), tone: tone, upper: false))
                set(u, entry(weight: weight(vowel), tone: tone, upper: true))
            }
        }
        set("đ", entry(weight: weight("đ"), tone: .none, upper: false))
        set("Đ", entry(weight: weight("đ"), tone: .none, upper: true))
        set("\u{D0}", entry(weight: weight("đ"), tone: .none, upper: true))
        return (low, additional)
    }()

    /// The letter `letter` becomes with the combining `mark` (breve, circumflex, horn), if any.
    static func modified(_ letter: Character, by mark: UInt32) -> Character? {
        switch (letter, mark) {
        case ("a", 0x306): "ă"
        case ("a", 0x302): "â"
        case ("e", 0x302): "ê"
        case ("o", 0x302): "ô"
        // The horn is applied before the circumflex in canonical order: it wins over it.
        case ("o", 0x31B), ("ô", 0x31B): "ơ"
        case ("u", 0x31B): "ư"
        default: nil
        }
    }

    /// ``modified(_:by:)`` on level-1 weights.
    static func modified(weight w: UInt8, by mark: UInt32) -> UInt8? {
        let index = Int(w) - Int(Weight.firstLetter)
        guard index >= 0, index < alphabet.count, let letter = modified(alphabet[index], by: mark) else { return nil }
        return weight(letter)
    }

    // MARK: Keys

    /// Builds keys.
    struct KeyBuilder {
        /// ``VietnameseCollation/letters``, read once.
        private let low = VietnameseCollation.letters.low
        /// ``VietnameseCollation/letters``, read once.
        private let additional = VietnameseCollation.letters.additional

        /// A builder.
        init() {}

        /// Appends the key of `name` to `key`.
        func append(_ name: String, to key: inout [UInt8]) {
            var name = name
            name.makeContiguousUTF8()
            let done = name.utf8.withContiguousStorageIfAvailable { appendKey($0, to: &key, stopOnNonNFC: true) } ?? false
            if done { return }
            // Not known to be NFC: the key of the NFC form.
            var nfc = name.precomposedStringWithCanonicalMapping
            nfc.makeContiguousUTF8()
            _ = nfc.utf8.withContiguousStorageIfAvailable { appendKey($0, to: &key, stopOnNonNFC: false) }
        }

        /// Appends the key of the UTF-8 name `bytes` to `key`. Returns false, and appends nothing,
        /// when `stopOnNonNFC` and the name holds a code point that may not be NFC.
        private func appendKey(_ bytes: UnsafeBufferPointer<UInt8>, to key: inout [UInt8], stopOnNonNFC: Bool) -> Bool {
            let n = bytes.count
            // Level 1 takes at most 4 bytes an input byte (see `Levels`), levels 2 and 3 one.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 6 * n + 16) { scratch -> Bool in
                guard let base = scratch.baseAddress else { return false }
                var levels = Levels(level1: base, level2: base + 4 * n + 8, level3: base + 5 * n + 12)
                var i = 0
                while i < n {
                    let b0 = bytes[i]
                    if b0 < 0x80 {
                        if b0 >= 0x30 && b0 <= 0x39 {
                            // A number: its significant digits.
                            var j = i
                            while j < n && bytes[j] == 0x30 { j += 1 }
                            let first = j
                            while j < n && bytes[j] >= 0x30 && bytes[j] <= 0x39 { j += 1 }
                            levels.number(UnsafeBufferPointer(rebasing: bytes[first..<j]))
                            i = j
                            continue
                        }
                        let entry = low[Int(b0)]
                        if entry != 0 {
                            levels.letter(entry)
                        } else {
                            levels.other(whiteSpace: b0 == 0x20 || (b0 >= 0x09 && b0 <= 0x0D))
                        }
                        i += 1
                        continue
                    }
                    let scalar: UInt32
                    if b0 < 0xE0, i + 1 < n {
                        scalar = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0, i + 2 < n {
                        scalar = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else if i + 3 < n {
                        scalar =
                            UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    } else {
                        // Not reached for a String's UTF-8; ignored.
                        i += 1
                        continue
                    }
                    let entry: Entry
                    if scalar < 0x250 {
                        entry = low[Int(scalar)]
                    } else if scalar >= 0x1E00 && scalar < 0x1F00 {
                        entry = additional[Int(scalar - 0x1E00)]
                    } else {
                        // Every code point below U+0300 or in U+1E00–U+1EFF is NFC whatever surrounds it.
                        if stopOnNonNFC && scalar >= 0x300 { return false }
                        entry = 0
                    }
                    if entry != 0 {
                        levels.letter(entry)
                    } else if scalar >= 0x300 && scalar < 0x370 {
                        levels.mark(scalar)
                    } else if let s = Unicode.Scalar(scalar) {
                        if s.properties.isAlphabetic && !s.properties.isWhitespace {
                            levels.otherLetter(scalar)
                        } else {
                            levels.other(whiteSpace: s.properties.isWhitespace)
                        }
                    }
                }
                levels.endSyllable()
                key.append(contentsOf: UnsafeBufferPointer(start: levels.level1, count: levels.count1))
                key.append(Weight.end)
                key.append(contentsOf: UnsafeBufferPointer(start: levels.level2, count: levels.count2))
                key.append(Weight.end)
                key.append(contentsOf: UnsafeBufferPointer(start: levels.level3, count: levels.count3))
                key.append(Weight.end)
                key.append(contentsOf: bytes)
                return true
            }
        }
    }

    /// Levels 1 to 3 of one key, written into scratch memory.
    ///
    /// Level 1 takes at most 4 bytes an input byte: a space needs a white-space byte of its own,
    /// a letter takes 1 byte for 1 or more, a letter of another script 4 for 2 or more, and a
    /// number of d input digits at most 3 + d. Level 2 takes at most one byte a letter, and so
    /// does level 3.
    struct Levels {
        /// Level 1.
        let level1: UnsafeMutablePointer<UInt8>
        /// Level 2: one tone a syllable.
        let level2: UnsafeMutablePointer<UInt8>
        /// Level 3: one case a letter.
        let level3: UnsafeMutablePointer<UInt8>
        /// The bytes written to level 1.
        var count1 = 0
        /// The bytes written to level 2.
        var count2 = 0
        /// The bytes written to level 3.
        var count3 = 0
        /// Whether a level-1 element was written.
        var started = false
        /// Whether white space was seen since the last element.
        var pendingSpace = false
        /// The level-2 byte of the syllable being read (its tone + 1); 0 outside a syllable.
        var syllableTone: UInt8 = 0
        /// Where the weight of the last letter is in level 1 while combining marks may follow it; -1 if none.
        var lastLetter = -1

        /// Levels written at these addresses.
        init(level1: UnsafeMutablePointer<UInt8>, level2: UnsafeMutablePointer<UInt8>, level3: UnsafeMutablePointer<UInt8>) {
            self.level1 = level1
            self.level2 = level2
            self.level3 = level3
        }

        /// Writes the space before an element, if white space came before it.
        @inline(__always)
        mutating func startElement() {
            if pendingSpace {
                level1[count1] = Weight.space
                count1 += 1
                pendingSpace = false
            }
            started = true
        }

        /// Writes the tone of the syllable being read, if any, to level 2.
        @inline(__always)
        mutating func endSyllable() {
            if syllableTone != 0 {
                level2[count2] = syllableTone
                count2 += 1
                syllableTone = 0
            }
        }

        /// A letter of the table.
        @inline(__always)
        mutating func letter(_ entry: Entry) {
            startElement()
            lastLetter = count1
            level1[count1] = UInt8(truncatingIfNeeded: entry)
            count1 += 1
            level3[count3] = entry & 1 << 11 != 0 ? Weight.upper : Weight.lower
            count3 += 1
            let tone = (UInt8(truncatingIfNeeded: entry >> 8) & 7) + 1
            if tone > syllableTone { syllableTone = tone }
        }

        /// A combining mark: it changes the letter before it, or is ignored.
        mutating func mark(_ scalar: UInt32) {
            guard lastLetter >= 0 else { return }
            if let w = VietnameseCollation.modified(weight: level1[lastLetter], by: scalar) { level1[lastLetter] = w }
            if let tone = Tone(mark: scalar), tone.rawValue + 1 > syllableTone { syllableTone = tone.rawValue + 1 }
        }

        /// A letter of another script: by code point, part of the syllable.
        mutating func otherLetter(_ scalar: UInt32) {
            startElement()
            level1[count1] = Weight.otherLetter
            level1[count1 + 1] = UInt8(truncatingIfNeeded: scalar >> 16)
            level1[count1 + 2] = UInt8(truncatingIfNeeded: scalar >> 8)
            level1[count1 + 3] = UInt8(truncatingIfNeeded: scalar)
            count1 += 4
            lastLetter = -1
            if syllableTone == 0 { syllableTone = Tone.none.rawValue + 1 }
        }

        /// White space, or punctuation and symbols (ignored): either ends a syllable.
        @inline(__always)
        mutating func other(whiteSpace: Bool) {
            endSyllable()
            lastLetter = -1
            if whiteSpace && started { pendingSpace = true }
        }

        /// A number, from its significant digits (none for zero).
        mutating func number(_ digits: UnsafeBufferPointer<UInt8>) {
            endSyllable()
            lastLetter = -1
            startElement()
            level1[count1] = Weight.number
            count1 += 1
            var length = digits.count
            while length >= 255 {
                level1[count1] = 0xFF
                count1 += 1
                length -= 255
            }
            level1[count1] = UInt8(length)
            count1 += 1
            for digit in digits {
                level1[count1] = digit
                count1 += 1
            }
        }
    }
}

/// The collation keys of many names in one buffer, for sorting: key `i` is computed once, and
/// comparing two keys is one `memcmp`.
package struct CollationKeys: Sendable {
    /// Every key, one after another.
    private var bytes: [UInt8] = []
    /// Where each key ends in ``bytes``; key `i` starts where key `i - 1` ends.
    private var ends: [Int] = []

    /// The keys of `names`, in their order.
    package init<Names: Sequence<String>>(_ names: Names) {
        let builder = VietnameseCollation.KeyBuilder()
        ends.reserveCapacity(names.underestimatedCount)
        for name in names {
            builder.append(name, to: &bytes)
            ends.append(bytes.count)
        }
    }

    /// The keys of `names`, in their order; computed in two halves on two cores when there are
    /// `parallelAbove` names or more.
    package init(_ names: [String], parallelAbove: Int) {
        guard names.count >= parallelAbove, names.count >= 2 else {
            self.init(names)
            return
        }
        let middle = names.count / 2
        let halves = BatchScorer.parallelMap(count: 2, state: {}) { _, half in
            CollationKeys(half == 0 ? names[..<middle] : names[middle...])
        }
        var ends = halves[0].ends
        ends.reserveCapacity(names.count)
        let offset = halves[0].bytes.count
        for end in halves[1].ends { ends.append(offset + end) }
        self.init(bytes: halves[0].bytes + halves[1].bytes, ends: ends)
    }

    /// Keys already computed.
    private init(bytes: [UInt8], ends: [Int]) {
        self.bytes = bytes
        self.ends = ends
    }

    /// The number of keys.
    package var count: Int { ends.count }

    /// A negative number when name `i` comes before name `j`, zero when they are canonically
    /// equivalent, a positive number when `j` comes first.
    @inline(__always)
    package func compare(_ i: Int, _ j: Int) -> Int {
        bytes.withUnsafeBufferPointer { all in
            let x = UnsafeBufferPointer(rebasing: all[(i == 0 ? 0 : ends[i - 1])..<ends[i]])
            let y = UnsafeBufferPointer(rebasing: all[(j == 0 ? 0 : ends[j - 1])..<ends[j]])
            return VietnameseCollation.compareKeys(x, y)
        }
    }
}
