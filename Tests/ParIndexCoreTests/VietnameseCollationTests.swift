import Foundation
import ParIndexTestSupport
import Testing

@testable import ParIndexCore

@Suite("Vietnamese collation")
struct VietnameseCollationTests {
    /// Pairs whose first name comes before the second.
    static let pairs: [(String, String)] = [
        ("Sở Tài chính", "Sở Thông tin và Truyền thông"),
        ("Dân tộc", "Đài Phát thanh"),
        ("Đài Phát thanh", "Giáo dục"),
        ("Đài", "Zeta"),
        ("Dz", "Đa"),
        ("An", "Ăn"),
        ("Ăn", "Ân"),
        ("Ân", "Bàn"),
        ("Ê", "Fa"),
        ("Fa", "Ga"),
        ("Ích", "Jo"),
        ("Jo", "Kê"),
        ("Ồ", "Ơ"),
        ("Ợ", "Pa"),
        ("Uy", "Ưng"),
        ("Vy", "Wa"),
        ("Wa", "Xa"),
        ("Ỹ", "Za"),
        ("ma", "mà"),
        ("Sở 2", "Sở 10"),
        ("Sở 9", "Sở A"),
        ("Sở 007", "Sở 8"),
        ("Sở Y tế", "Sở Yte"),
        ("Sở", "Sở Y tế"),
        ("Ban A", "BanA"),
        ("sở y tế", "Sở Y tế"),
        ("Sở Y tế", "SỞ Y TẾ"),
        ("Mã", "ma cà rồng"),
        ("Trung tâm", "Trung-tâm Z"),
        ("Œ", "Ωmega"),
        ("Zulu", "Ωmega"),
    ]

    @Test(arguments: pairs) func pairIsOrdered(_ first: String, _ second: String) {
        #expect(VietnameseCollation.compare(first, second) < 0, "\(first) < \(second)")
        #expect(VietnameseCollation.compare(second, first) > 0, "\(second) > \(first)")
        #expect(VietnameseCollation.areInIncreasingOrder(first, second))
        #expect(!VietnameseCollation.areInIncreasingOrder(second, first))
    }

    /// Lists in their expected order; each is sorted from a few shuffles.
    static let lists: [[String]] = [
        ["ma", "mà", "mả", "mã", "má", "mạ"],
        ["ma", "Ma", "mà", "Mà"],
        [
            "a", "á", "ă", "ắ", "â", "ấ", "b", "c", "d", "đ", "e", "é", "ê", "ế", "f", "g", "h", "i", "í", "j", "k", "l", "m", "n", "o", "ó", "ô",
            "ố", "ơ", "ớ", "p", "q", "r", "s", "t", "u", "ú", "ư", "ứ", "v", "w", "x", "y", "ý", "z",
        ],
        [
            "Ban Dân tộc", "Ban Quản lý Khu kinh tế", "Đài Phát thanh và Truyền hình", "Sở Công Thương", "Sở Giáo dục và Đào tạo",
            "Sở Nội vụ", "Sở Tài chính", "Sở Thông tin và Truyền thông", "Sở Tư pháp", "Sở Xây dựng", "Sở Y tế", "Thanh tra tỉnh",
            "Văn phòng UBND tỉnh", "Zeta Software",
        ],
        ["Phường 1", "Phường 2", "Phường 3", "Phường 10", "Phường 11", "Phường 20", "Phường An Hòa", "Phường Đông"],
        ["Xã 1", "Xã 1 B", "Xã 1A", "Xã 1B", "Xã 02", "Xã 2", "Xã 10"],
    ]

    @Test func listsSortInVietnameseOrder() {
        var rng = SplitMix64(seed: 7)
        for list in Self.lists {
            for _ in 0..<5 {
                let sorted = list.shuffled(using: &rng).sorted(by: VietnameseCollation.areInIncreasingOrder)
                #expect(sorted == list)
            }
        }
    }

    @Test func numbersAndSpaces() {
        // A space comes before a digit, a digit before a letter; numbers by value.
        let expected = ["Xã 1 B", "Xã 1A", "Xã 1B", "Xã 2", "Xã 10", "Xã A"]
        #expect(expected.reversed().sorted(by: VietnameseCollation.areInIncreasingOrder) == expected)
        // Runs of white space are one space; white space at the ends is ignored until the last level.
        #expect(VietnameseCollation.key("Sở  Y   tế").prefix(8) == VietnameseCollation.key("Sở Y tế").prefix(8))
        #expect(abs(VietnameseCollation.compare(" Sở Y tế ", "Sở Y tế")) > 0)
        #expect(VietnameseCollation.compare("Sở Y tế", "Sở Y tế\u{A0}x") < 0)
        // Punctuation is ignored at the first level: "Bà Rịa - Vũng Tàu" and "Bà Rịa Vũng Tàu" are next to each other.
        let provinces = ["Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu A", "Bắc Giang"]
        #expect(provinces.sorted(by: VietnameseCollation.areInIncreasingOrder).last == "Bắc Giang")
        #expect(provinces.sorted(by: VietnameseCollation.areInIncreasingOrder).first?.hasPrefix("Bà Rịa") == true)
        // Very long numbers still compare by value.
        let long = String(repeating: "9", count: 300)
        #expect(VietnameseCollation.compare("Số \(long)", "Số 1\(long)") < 0)
        #expect(VietnameseCollation.compare("Số 1\(String(repeating: "0", count: 254))", "Số \(String(repeating: "9", count: 254))") > 0)
    }

    @Test func caseIsTheThirdLevel() {
        #expect(VietnameseCollation.compare("sở y tế", "Sở Y Tế") < 0)
        #expect(VietnameseCollation.compare("SỞ Y TỀ", "sở y tế") < 0)  // tone before case
        #expect(VietnameseCollation.compare("đa", "Đa") < 0)
        #expect(VietnameseCollation.compare("Đa", "đà") < 0)
        #expect(VietnameseCollation.compare("ĐÀ", "đb") < 0)  // letters before tone and case
    }

    /// Every precomposed Vietnamese letter, decomposed, has the same key: the NFD form of a name
    /// is the same name.
    @Test func nfdInputEqualsNFCInput() {
        for (_, lower, upper) in VietnameseCollation.precomposed {
            for letter in lower + upper {
                let nfc = String(letter)
                let nfd = nfc.decomposedStringWithCanonicalMapping
                #expect(VietnameseCollation.key(nfd) == VietnameseCollation.key(nfc), "\(nfc)")
                #expect(VietnameseCollation.compare(nfd, nfc) == 0)
            }
        }
        for name in ["Sở Thông tin và Truyền thông", "Đài Phát thanh", "Phường Hòa Khánh Bắc", "Xã Ea Tu", "Ợ ỷ ữ", "Ç'est ça"] {
            let nfd = name.decomposedStringWithCanonicalMapping
            #expect(VietnameseCollation.compare(nfd, name) == 0, "\(name)")
            // Marks in a non-canonical order: the same name too.
            let reordered = name.replacingOccurrences(of: "ợ", with: "o\u{323}\u{31B}").replacingOccurrences(of: "Ợ", with: "O\u{31B}\u{323}")
            #expect(VietnameseCollation.compare(reordered, name) == 0, "\(name)")
        }
        #expect(VietnameseCollation.compare("e\u{302}\u{301}", "ế") == 0)
        #expect(VietnameseCollation.compare("Thanh Hoá", "Thanh Hóa") != 0)
        // Levels 1 to 3 (10 + 3 + 9 bytes) are the same: the tone counts once for its syllable.
        #expect(VietnameseCollation.key("Thanh Hoá").prefix(22) == VietnameseCollation.key("Thanh Hóa").prefix(22))
        #expect(VietnameseCollation.key("Thanh Hoá") != VietnameseCollation.key("Thanh Hóa"))
    }

    /// The table of precomposed letters agrees with Unicode's decompositions.
    @Test func tableAgreesWithUnicode() {
        let marks: [VietnameseCollation.Tone: Unicode.Scalar] = [
            .huyen: "\u{300}", .hoi: "\u{309}", .nga: "\u{303}", .sac: "\u{301}", .nang: "\u{323}",
        ]
        let vowelMarks: [Character: String] = [
            "a": "a", "ă": "a\u{306}", "â": "a\u{302}", "e": "e", "ê": "e\u{302}", "i": "i", "o": "o", "ô": "o\u{302}", "ơ": "o\u{31B}",
            "u": "u", "ư": "u\u{31B}", "y": "y",
        ]
        var count = 0
        for (vowel, lower, upper) in VietnameseCollation.precomposed {
            #expect(lower.count == 6 && upper.count == 6)
            for (tone, (l, u)) in zip(VietnameseCollation.Tone.allCases, zip(lower, upper)) {
                var expected = vowelMarks[vowel] ?? ""
                if let mark = marks[tone] { expected.unicodeScalars.append(mark) }
                #expect(String(l).decomposedStringWithCanonicalMapping == expected.decomposedStringWithCanonicalMapping, "\(l)")
                #expect(String(u) == String(l).uppercased(), "\(u)")
                #expect(String(l).unicodeScalars.count == 1 && String(u).unicodeScalars.count == 1)
                for letter in [l, u] where !letter.isASCII { count += 1 }
            }
        }
        #expect(count + 2 == 134)  // with đ and Đ
    }

    @Test func otherLatinLettersCountAsTheirBase() {
        #expect(VietnameseCollation.compare("Çà", "Ca") > 0)
        #expect(VietnameseCollation.compare("Çà", "Cb") < 0)
        #expect(VietnameseCollation.compare("Ñha", "Nhb") < 0)
        #expect(VietnameseCollation.compare("\u{D0}à", "Đà") != 0)
        #expect(VietnameseCollation.compare("\u{D0}à", "Đb") < 0)
        #expect(VietnameseCollation.compare("\u{D0}à", "Đa") > 0)
    }

    /// A random Vietnamese name of one to five syllables, sometimes with a number, in NFC or NFD.
    static func randomName(using rng: inout SplitMix64) -> String {
        let initials = [
            "", "b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
        ]
        let vowels = VietnameseCollation.precomposed.map { $0.lower } + ["oa", "uy", "iê", "ươ"]
        let finals = ["", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u"]
        var words: [String] = []
        for _ in 0..<Int.random(in: 1...5, using: &rng) {
            if rng.chance(0.08) {
                words.append(String(Int.random(in: 0...120, using: &rng)))
                continue
            }
            var syllable = rng.pick(initials)
            let vowel = rng.pick(vowels)
            if vowel.count == 6 {
                syllable += String(rng.pick(Array(vowel)))
            } else {
                syllable += vowel
                if rng.chance(0.5) { syllable.unicodeScalars.append(rng.pick(["\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"])) }
            }
            syllable += rng.pick(finals)
            if rng.chance(0.3) { syllable = syllable.prefix(1).uppercased() + syllable.dropFirst() }
            if rng.chance(0.05) { syllable = syllable.uppercased() }
            words.append(syllable)
        }
        let name = words.joined(separator: rng.chance(0.05) ? " - " : " ").precomposedStringWithCanonicalMapping
        return rng.chance(0.1) ? name.decomposedStringWithCanonicalMapping : name
    }

    /// The comparison is a strict total order on random names (up to canonical equivalence), and
    /// sorting gives the same list from any shuffle.
    @Test func strictTotalOrderOnRandomNames() {
        var rng = SplitMix64(seed: 2026)
        var names = (0..<3_000).map { _ in Self.randomName(using: &rng) }
        names += names.prefix(200).map { $0.decomposedStringWithCanonicalMapping }  // canonically equal pairs
        let keys = CollationKeys(names)
        #expect(keys.count == names.count)
        // Keys computed in two halves are the same keys.
        let halves = CollationKeys(names, parallelAbove: 2)
        #expect(halves.count == names.count)
        for i in stride(from: 0, to: names.count, by: 7) {
            let j = (i * 31 + 5) % names.count
            #expect(halves.compare(i, j) == keys.compare(i, j))
        }
        for _ in 0..<20_000 {
            let i = Int.random(in: 0..<names.count, using: &rng)
            let j = Int.random(in: 0..<names.count, using: &rng)
            let k = Int.random(in: 0..<names.count, using: &rng)
            let ij = keys.compare(i, j)
            let ji = keys.compare(j, i)
            #expect(keys.compare(i, i) == 0)
            #expect(ij.signum() == -ji.signum())
            #expect((ij == 0) == (names[i] == names[j]), "\(names[i]) / \(names[j])")
            #expect(ij.signum() == VietnameseCollation.compare(names[i], names[j]).signum())
            if ij < 0 && keys.compare(j, k) < 0 { #expect(keys.compare(i, k) < 0) }
            if ij == 0 { #expect(keys.compare(i, k).signum() == keys.compare(j, k).signum()) }
        }
        let sorted = names.sorted(by: VietnameseCollation.areInIncreasingOrder)
        for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(VietnameseCollation.compare(a, b) <= 0) }
        for _ in 0..<3 {
            let again = Array(names.indices).shuffled(using: &rng).sorted { keys.compare($0, $1) < 0 }.map { names[$0] }
            // Equal names may be NFC and NFD spellings in either order; as strings the lists are equal.
            #expect(again == sorted)
        }
    }

    // MARK: Ranking

    /// A result of the ranking fixture, with the given id, name and displayed index.
    func result(_ id: String, _ name: String, index: ExactDecimal, base: UnitResult) -> UnitResult {
        var result = base
        result.unit.id = id
        result.unit.name = name
        result.file = "\(id).json"
        result.index = index
        result.indexRounded = index
        return result
    }

    /// Units with the same displayed index are listed in Vietnamese order; the unit id decides
    /// between equal names.
    @Test func tiesAreListedInVietnameseOrder() throws {
        let leaves = Fixtures.leaf("1.1", max: "100", rule: #"{ "kind": "direct", "source": "appraisal" }"#)
        let framework = try Fixtures.framework(Fixtures.miniFramework(leaves: "[\(leaves)]", fieldMax: "100"))
        let base = try Fixtures.score(Fixtures.submission(#""direct": { "1.1": 50 }"#), with: framework).result
        let results = [
            result("u1", "Sở Thông tin và Truyền thông", index: 80, base: base),
            result("u2", "Zeta", index: 80, base: base),
            result("u3", "Sở Tài chính", index: 80, base: base),
            result("u4", "Đài Phát thanh", index: 80, base: base),
            result("u9", "Sở Y tế", index: 80, base: base),
            result("u5", "Sở Y tế", index: 80, base: base),
            result("u6", "Ban Dân tộc", index: 90, base: base),
            result("u7", "Sở 10", index: 80, base: base),
            result("u8", "Sở 2", index: 80, base: base),
        ]
        let catalog = CriteriaCatalog(frameworks: [framework])
        let expected = ["u6", "u4", "u8", "u7", "u3", "u1", "u5", "u9", "u2"]
        var rng = SplitMix64(seed: 3)
        for _ in 0..<5 {
            let table = try #require(Ranker().rank(results: results.shuffled(using: &rng), frameworks: catalog).tables.first)
            #expect(table.entries.map(\.result.unit.id) == expected)
            #expect(table.entries.map(\.rank) == [1, 2, 2, 2, 2, 2, 2, 2, 2])
        }
        #expect(results.sorted(by: Ranker.ranksBefore).map(\.unit.id) == expected)
    }

    /// Tables sorted in two halves give the order of one sort, names in Vietnamese order.
    @Test func halvesMergeInVietnameseOrder() throws {
        let leaves = Fixtures.leaf("1.1", max: "100", rule: #"{ "kind": "direct", "source": "appraisal" }"#)
        let framework = try Fixtures.framework(Fixtures.miniFramework(leaves: "[\(leaves)]", fieldMax: "100"))
        let base = try Fixtures.score(Fixtures.submission(#""direct": { "1.1": 50 }"#), with: framework).result
        var rng = SplitMix64(seed: 4)
        let results = (0..<600).map { n in
            result("u\(n % 550)", Self.randomName(using: &rng), index: ExactDecimal(Int.random(in: 0..<4, using: &rng)), base: base)
        }
        let members = Array(results.indices)
        let whole = Ranker.sorted(members, of: results, parallelAbove: .max)
        #expect(Ranker.sorted(members, of: results, parallelAbove: 2) == whole)
        #expect(whole.map { results[$0] }.map(\.unit.id) == results.sorted(by: Ranker.ranksBefore).map(\.unit.id))
    }
}
