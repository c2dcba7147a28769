import Foundation

/// The `Cách chấm` (scoring) column of a criteria table: a rule written in a few Vietnamese words.
///
/// | written | rule |
/// | --- | --- |
/// | `trực tiếp` | points given by the appraisal council (`direct`, `appraisal`) |
/// | `điều tra` | survey points (`direct`, `survey`) |
/// | `tài liệu` · `tài liệu; thiếu: theo tỷ lệ` · `tài liệu; thiếu: 50%` | `evidence`, the documents in `Tài liệu kiểm chứng` |
/// | `có/không: FACT` | `boolean` |
/// | `tỷ lệ: METRIC mục tiêu 80` | `ratio` (target 100 when left out) |
/// | `bậc: METRIC; ≥95: 1,5; 80–<95: 0,75; <80: 0` | `tiers` over a metric; `bậc: dữ kiện FACT; …` over a fact |
/// | `đếm: DONE / TOTAL` · `đếm: DONE / 4` · `…; đủ hết` | `count`, proportional or all |
/// | `phương án: FACT; A: 100%; B: 60%` | `ordinal` |
/// | `khảo sát; A = survey.a: 100%; B = survey.b: 60%; tổng thể: tthc.resolved; sai số: 5%` | `survey`, from the count of respondents per answer |
/// | `hạn: FACT trước 15/02; FACT đến 31/12 năm trước; FACT trước 15 tháng thứ 2 quý 1; chậm: 50%; không gửi: 0%; từng mục` | `deadline` |
///
/// `tỷ lệ`, `bậc` and `đếm` take `; không phát sinh: đủ điểm` (or `0 điểm`, `không áp dụng`)
/// for what a zero denominator earns.
enum RuleText {
    /// Facts and metrics the rule may name, to tell a metric from a fact.
    struct Names {
        var facts: Set<String>
        var metrics: Set<String>
    }

    /// The rule written in `text`, or what is wrong with it, in both languages.
    static func parse(_ text: String, names: Names) -> Result<Rule, RuleTextError> {
        let clauses = text.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let head = clauses.first, !head.isEmpty else { return .failure(.empty) }
        let (keyword, argument) = split(head)
        let rest = Array(clauses.dropFirst())
        switch normalized(keyword) {
        case "trực tiếp", "direct", "appraisal":
            guard argument == nil, rest.isEmpty else { return .failure(.extra(head)) }
            return .success(.direct(source: .appraisal))
        case "điều tra", "survey":
            guard argument == nil, rest.isEmpty else { return .failure(.extra(head)) }
            return .success(.direct(source: .survey))
        case "tài liệu", "evidence":
            guard argument == nil else { return .failure(.extra(head)) }
            var incomplete = IncompleteEvidence.zero
            for clause in rest {
                let (key, value) = split(clause)
                guard normalized(key) == "thiếu", let value else { return .failure(.unknownClause(clause)) }
                if normalized(value) == "theo tỷ lệ" {
                    incomplete = .proportional
                } else if let p = TableNumber.parsePercent(value) {
                    incomplete = p == 0 ? .zero : .percent(p)
                } else {
                    return .failure(.badPercent(value))
                }
            }
            return .success(.evidence(incomplete: incomplete))
        case "có/không", "boolean":
            guard let fact = argument.flatMap(identifier), rest.isEmpty else { return .failure(.needsID(head)) }
            return .success(.boolean(fact: fact))
        case "tỷ lệ", "ratio":
            guard let argument else { return .failure(.needsID(head)) }
            var parts = argument.components(separatedBy: " mục tiêu ")
            var target = ExactDecimal(100)
            var when = WhenUndefined.notApplicable
            if parts.count == 2 {
                guard let t = TableNumber.parsePercent(parts[1]), t > 0 else { return .failure(.badPercent(parts[1])) }
                target = t
                parts.removeLast()
            }
            guard parts.count == 1, let metric = identifier(parts[0]) else { return .failure(.needsID(head)) }
            for clause in rest {
                let (key, value) = split(clause)
                if normalized(key) == "mục tiêu", let value, let t = TableNumber.parsePercent(value), t > 0 {
                    target = t
                } else if let w = whenUndefined(clause) {
                    when = w
                } else {
                    return .failure(.unknownClause(clause))
                }
            }
            return .success(.ratio(metric: metric, target: target, whenUndefined: when))
        case "bậc", "tiers":
            guard let argument else { return .failure(.needsID(head)) }
            let source: ValueSource
            if argument.hasPrefix("dữ kiện ") {
                guard let id = identifier(String(argument.dropFirst("dữ kiện ".count))) else { return .failure(.needsID(head)) }
                source = .fact(id)
            } else {
                guard let id = identifier(argument) else { return .failure(.needsID(head)) }
                source = names.metrics.contains(id) || !names.facts.contains(id) ? .metric(id) : .fact(id)
            }
            var tiers: [Tier] = []
            var when = WhenUndefined.notApplicable
            for clause in rest {
                if let w = whenUndefined(clause) {
                    when = w
                    continue
                }
                guard let colon = clause.lastIndex(of: ":") else { return .failure(.badTier(clause)) }
                let bounds = clause[..<colon].trimmingCharacters(in: .whitespaces)
                guard let points = TableNumber.parse(String(clause[clause.index(after: colon)...])), var tier = self.bounds(bounds) else {
                    return .failure(.badTier(clause))
                }
                tier.points = points
                tiers.append(tier)
            }
            guard !tiers.isEmpty else { return .failure(.noTiers) }
            return .success(.tiers(source: source, tiers: tiers, whenUndefined: when))
        case "đếm", "count":
            guard let argument else { return .failure(.needsID(head)) }
            let sides = argument.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard sides.count == 2, let done = identifier(sides[0]) else { return .failure(.badCount(argument)) }
            let total: CountTotal
            if sides[1].hasPrefix("dữ kiện "), let id = identifier(String(sides[1].dropFirst("dữ kiện ".count))) {
                total = .fact(id)
            } else if sides[1].allSatisfy(\.isNumber) {
                guard let n = TableNumber.integer(sides[1], in: 1...1_000_000) else { return .failure(.badCount(argument)) }
                total = .required(n)
            } else if let id = identifier(sides[1]) {
                total = .fact(id)
            } else {
                return .failure(.badCount(argument))
            }
            var mode = CountMode.proportional
            var when = WhenUndefined.notApplicable
            for clause in rest {
                if normalized(clause) == "đủ hết" {
                    mode = .all
                } else if let w = whenUndefined(clause) {
                    when = w
                } else {
                    return .failure(.unknownClause(clause))
                }
            }
            return .success(.count(done: done, of: total, mode: mode, whenUndefined: when))
        case "phương án", "ordinal":
            guard let fact = argument.flatMap(identifier) else { return .failure(.needsID(head)) }
            var options: [OrdinalOption] = []
            for clause in rest {
                guard let colon = clause.lastIndex(of: ":") else { return .failure(.badOption(clause)) }
                let answer = clause[..<colon].trimmingCharacters(in: .whitespaces)
                guard !answer.isEmpty, let p = TableNumber.parsePercent(String(clause[clause.index(after: colon)...])) else {
                    return .failure(.badOption(clause))
                }
                options.append(OrdinalOption(answer: answer, percent: p))
            }
            guard !options.isEmpty else { return .failure(.badOption(head)) }
            return .success(.ordinal(fact: fact, options: options))
        case "khảo sát", "respondents":
            guard argument == nil else { return .failure(.extra(head)) }
            var options: [SurveyOption] = []
            var population: String?
            var margin = ExactDecimal(5)
            var when = WhenUndefined.notApplicable
            for clause in rest {
                let (key, value) = split(clause)
                switch (normalized(key), value) {
                case ("tổng thể", .some(let v)):
                    guard let id = identifier(v) else { return .failure(.needsID(clause)) }
                    population = id
                case ("sai số", .some(let v)):
                    guard let p = TableNumber.parsePercent(v), p > 0, p <= 50 else { return .failure(.badPercent(v)) }
                    margin = p
                default:
                    if let w = whenUndefined(clause) {
                        when = w
                        continue
                    }
                    // ANSWER = COUNT_FACT: PERCENT
                    guard let colon = clause.lastIndex(of: ":"), let p = TableNumber.parsePercent(String(clause[clause.index(after: colon)...]))
                    else {
                        return .failure(.badOption(clause))
                    }
                    let left = clause[..<colon]
                    guard let equals = left.lastIndex(of: "="), let count = identifier(String(left[left.index(after: equals)...])) else {
                        return .failure(.badOption(clause))
                    }
                    let answer = left[..<equals].trimmingCharacters(in: .whitespaces)
                    guard !answer.isEmpty else { return .failure(.badOption(clause)) }
                    options.append(SurveyOption(answer: answer, count: count, percent: p))
                }
            }
            guard !options.isEmpty else { return .failure(.badOption(head)) }
            return .success(.survey(options: options, population: population, margin: margin, whenUndefined: when))
        case "hạn", "deadline":
            var items: [DeadlineItem] = []
            var mode = DeadlineMode.all
            var late = ExactDecimal.zero
            var missing = ExactDecimal.zero
            for clause in (argument.map { [$0] } ?? []) + rest {
                let (key, value) = split(clause)
                switch (normalized(key), value) {
                case ("chậm", .some(let v)):
                    guard let p = TableNumber.parsePercent(v) else { return .failure(.badPercent(v)) }
                    late = p
                case ("không gửi", .some(let v)):
                    guard let p = TableNumber.parsePercent(v) else { return .failure(.badPercent(v)) }
                    missing = p
                case ("từng mục", nil):
                    mode = .perItem
                default:
                    guard let item = deadlineItem(clause) else { return .failure(.badDeadline(clause)) }
                    items.append(item)
                }
            }
            guard !items.isEmpty else { return .failure(.badDeadline(head)) }
            return .success(.deadline(items: items, mode: mode, latePercent: late, missingPercent: missing))
        default:
            return .failure(.unknownKind(keyword))
        }
    }

    /// The text of `rule`, which ``parse(_:names:)`` reads back to the same rule.
    static func format(_ rule: Rule) -> String {
        func when(_ w: WhenUndefined) -> String {
            switch w {
            case .notApplicable: ""
            case .full: "; không phát sinh: đủ điểm"
            case .zero: "; không phát sinh: 0 điểm"
            }
        }
        switch rule {
        case .direct(.appraisal): return "trực tiếp"
        case .direct(.survey): return "điều tra"
        case .evidence(.zero): return "tài liệu"
        case .evidence(.proportional): return "tài liệu; thiếu: theo tỷ lệ"
        case .evidence(.percent(let p)): return "tài liệu; thiếu: " + TableNumber.percent(p)
        case .boolean(let fact): return "có/không: " + fact
        case .ratio(let metric, let target, let w):
            return "tỷ lệ: " + metric + (target == 100 ? "" : " mục tiêu " + TableNumber.format(target)) + when(w)
        case .tiers(let source, let tiers, let w):
            let head: String
            switch source {
            case .metric(let id): head = "bậc: " + id
            case .fact(let id): head = "bậc: dữ kiện " + id
            }
            return ([head] + tiers.map { boundsText($0) + ": " + TableNumber.format($0.points) }).joined(separator: "; ") + when(w)
        case .count(let done, let total, let mode, let w):
            let whole: String
            switch total {
            case .required(let n): whole = String(n)
            case .fact(let id): whole = id.allSatisfy(\.isNumber) ? "dữ kiện " + id : id
            }
            return "đếm: \(done) / \(whole)" + (mode == .all ? "; đủ hết" : "") + when(w)
        case .ordinal(let fact, let options):
            return (["phương án: " + fact] + options.map { $0.answer + ": " + TableNumber.percent($0.percent) }).joined(separator: "; ")
        case .survey(let options, let population, let margin, let w):
            var parts = ["khảo sát"] + options.map { "\($0.answer) = \($0.count): " + TableNumber.percent($0.percent) }
            if let population { parts.append("tổng thể: " + population) }
            if margin != 5 { parts.append("sai số: " + TableNumber.percent(margin)) }
            return parts.joined(separator: "; ") + when(w)
        case .deadline(let items, let mode, let late, let missing):
            var parts = items.map { item -> String in
                let due = item.due
                var text = item.fact + (due.inclusive ? " đến " : " trước ")
                if let q = due.quarter {
                    text += "\(due.day) tháng thứ \(due.month - (q - 1) * 3) quý \(q)"
                } else {
                    text += String(format: "%02d/%02d", due.day, due.month)
                }
                if due.yearOffset == -1 { text += " năm trước" }
                if due.yearOffset == 1 { text += " năm sau" }
                return text
            }
            parts[0] = "hạn: " + parts[0]
            if late != 0 { parts.append("chậm: " + TableNumber.percent(late)) }
            if missing != 0 { parts.append("không gửi: " + TableNumber.percent(missing)) }
            if mode == .perItem { parts.append("từng mục") }
            return parts.joined(separator: "; ")
        }
    }

    /// The bounds of a tier as written: `≥95`, `>95`, `<80`, `≤80`, `80–<95`, `>80–≤95`.
    static func boundsText(_ tier: Tier) -> String {
        let low = TableNumber.format(tier.lower)
        guard let upper = tier.upper else { return (tier.lowerInclusive ? "≥" : ">") + low }
        let high = (tier.upperInclusive ? "≤" : "<") + TableNumber.format(upper)
        if tier.lower == 0 && tier.lowerInclusive { return high }
        return (tier.lowerInclusive ? low : ">" + low) + "–" + high
    }

    /// A tier's bounds (points 0) from their text.
    static func bounds(_ text: String) -> Tier? {
        let t = text.replacingOccurrences(of: ">=", with: "≥").replacingOccurrences(of: "<=", with: "≤").replacingOccurrences(of: " ", with: "")
        func number(_ s: Substring) -> ExactDecimal? {
            var s = s
            if s.hasSuffix("%") { s.removeLast() }
            return TableNumber.parse(String(s))
        }
        // A range: LOW–HIGH (en dash, or a hyphen).
        if let dash = t.firstIndex(where: { $0 == "–" || $0 == "-" }), dash != t.startIndex {
            var low = t[..<dash]
            var high = t[t.index(after: dash)...]
            var lowInclusive = true
            if low.first == ">" {
                lowInclusive = false
                low = low.dropFirst()
            } else if low.first == "≥" {
                low = low.dropFirst()
            }
            let highInclusive: Bool
            switch high.first {
            case "<": highInclusive = false
            case "≤": highInclusive = true
            default: return nil
            }
            high = high.dropFirst()
            guard let l = number(low), let h = number(high) else { return nil }
            return Tier(lower: l, lowerInclusive: lowInclusive, upper: h, upperInclusive: highInclusive, points: 0)
        }
        guard let first = t.first, let value = number(t.dropFirst()) else { return nil }
        switch first {
        case "≥": return Tier(lower: value, lowerInclusive: true, upper: nil, upperInclusive: false, points: 0)
        case ">": return Tier(lower: value, lowerInclusive: false, upper: nil, upperInclusive: false, points: 0)
        case "<": return Tier(lower: 0, lowerInclusive: true, upper: value, upperInclusive: false, points: 0)
        case "≤": return Tier(lower: 0, lowerInclusive: true, upper: value, upperInclusive: true, points: 0)
        default: return nil
        }
    }

    /// `FACT trước|đến DD/MM [năm trước|năm sau]` or `FACT trước|đến D tháng thứ K quý Q [năm …]`.
    static func deadlineItem(_ clause: String) -> DeadlineItem? {
        var words = clause.split(separator: " ").map(String.init)
        guard words.count >= 3, let fact = identifier(words[0]) else { return nil }
        let inclusive: Bool
        switch words[1] {
        case "đến": inclusive = true
        case "trước": inclusive = false
        default: return nil
        }
        words.removeFirst(2)
        var offset = 0
        if words.count >= 2, words[words.count - 2] == "năm" {
            switch words[words.count - 1] {
            case "trước": offset = -1
            case "sau": offset = 1
            default: return nil
            }
            words.removeLast(2)
        }
        if words.count == 1 {
            let parts = words[0].split(separator: "/")
            guard parts.count == 2, let day = TableNumber.integer(String(parts[0]), in: 1...31),
                let month = TableNumber.integer(String(parts[1]), in: 1...12), day <= CalendarDate.daysIn(month: month, year: 2001)
            else { return nil }
            return DeadlineItem(fact: fact, due: DueDate(month: month, day: day, yearOffset: offset, inclusive: inclusive, quarter: nil))
        }
        guard words.count == 6, words[1] == "tháng", words[2] == "thứ", words[4] == "quý",
            let day = TableNumber.integer(words[0], in: 1...31), let k = TableNumber.integer(words[3], in: 1...3),
            let q = TableNumber.integer(words[5], in: 1...4)
        else { return nil }
        let month = (q - 1) * 3 + k
        guard day <= CalendarDate.daysIn(month: month, year: 2001) else { return nil }
        return DeadlineItem(fact: fact, due: DueDate(month: month, day: day, yearOffset: offset, inclusive: inclusive, quarter: q))
    }

    private static func whenUndefined(_ clause: String) -> WhenUndefined? {
        let (key, value) = split(clause)
        guard normalized(key) == "không phát sinh", let value else { return nil }
        switch normalized(value) {
        case "đủ điểm": return .full
        case "0 điểm": return .zero
        case "không áp dụng": return .notApplicable
        default: return nil
        }
    }

    /// `keyword: argument` split at the first colon.
    private static func split(_ clause: String) -> (String, String?) {
        guard let colon = clause.firstIndex(of: ":") else { return (clause, nil) }
        let value = clause[clause.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return (clause[..<colon].trimmingCharacters(in: .whitespaces), value.isEmpty ? nil : value)
    }

    static func normalized(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.lowercased().split(separator: " ").joined(separator: " ")
    }

    static func identifier(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return ValueReader.isIdentifier(t) ? t : nil
    }
}

/// What is wrong with a `Cách chấm` cell.
enum RuleTextError: Error, Equatable {
    case empty
    case unknownKind(String)
    case extra(String)
    case needsID(String)
    case unknownClause(String)
    case badPercent(String)
    case badTier(String)
    case noTiers
    case badCount(String)
    case badOption(String)
    case badDeadline(String)

    var message: LocalizedText {
        let kinds =
            "trực tiếp, điều tra, tài liệu, có/không: FACT, tỷ lệ: METRIC, bậc: METRIC; ≥95: 1,5; …, đếm: DONE / TOTAL, phương án: FACT; A: 100%; …, hạn: FACT trước 15/02"
        switch self {
        case .empty:
            return LocalizedText(vi: "tiêu chí thành phần cần Cách chấm (một trong: \(kinds))", en: "a leaf needs a scoring rule (one of: \(kinds))")
        case .unknownKind(let k):
            return LocalizedText(
                vi: "cách chấm không hợp lệ \"\(k)\" (cần một trong: \(kinds))", en: "unknown scoring \"\(k)\" (expected one of: \(kinds))")
        case .extra(let t): return LocalizedText(vi: "thừa nội dung trong \"\(t)\"", en: "unexpected text in \"\(t)\"")
        case .needsID(let t):
            return LocalizedText(
                vi: "\"\(t)\" cần mã dữ kiện hoặc chỉ số hợp lệ (chữ, số, . _ -), ví dụ \"tỷ lệ: tthc.onTimeRate\"",
                en: "\"\(t)\" needs a valid fact or metric id (letters, digits, . _ -), for example \"tỷ lệ: tthc.onTimeRate\"")
        case .unknownClause(let t): return LocalizedText(vi: "không hiểu \"\(t)\"", en: "cannot read \"\(t)\"")
        case .badPercent(let t):
            return LocalizedText(vi: "\"\(t)\" không phải tỷ lệ phần trăm từ 0 đến 100", en: "\"\(t)\" is not a percent from 0 to 100")
        case .badTier(let t):
            return LocalizedText(
                vi: "bậc \"\(t)\" không hợp lệ (ví dụ ≥95: 1,5 hoặc 80–<95: 0,75 hoặc <80: 0)",
                en: "invalid tier \"\(t)\" (for example ≥95: 1,5 or 80–<95: 0,75 or <80: 0)")
        case .noTiers:
            return LocalizedText(
                vi: "cần ít nhất một bậc (ví dụ \"bậc: METRIC; ≥95: 1,5; <95: 0\")",
                en: "at least one tier is needed (for example \"bậc: METRIC; ≥95: 1,5; <95: 0\")")
        case .badCount(let t):
            return LocalizedText(vi: "\"\(t)\" cần dạng DONE / TOTAL hoặc DONE / 4", en: "\"\(t)\" should read DONE / TOTAL or DONE / 4")
        case .badOption(let t):
            return LocalizedText(vi: "phương án \"\(t)\" cần dạng A: 100%", en: "option \"\(t)\" should read A: 100%")
        case .badDeadline(let t):
            return LocalizedText(
                vi: "hạn \"\(t)\" cần dạng FACT trước 15/02, FACT đến 31/12 năm trước hoặc FACT trước 15 tháng thứ 2 quý 1",
                en: "deadline \"\(t)\" should read FACT trước 15/02, FACT đến 31/12 năm trước or FACT trước 15 tháng thứ 2 quý 1")
        }
    }
}
