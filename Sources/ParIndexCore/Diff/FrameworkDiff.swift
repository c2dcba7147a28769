import Foundation

/// What changed between two versions of a framework: nodes added, removed, moved or renamed
/// (matched by id, then by title), maxima, rules (tiers, targets, documents), facts, metrics,
/// components, bands, bonus and penalty.
public struct FrameworkDiff: Sendable {
    /// The old framework's id, title and years.
    public var old: Side
    /// The new framework's id, title and years.
    public var new: Side
    /// The changes, framework first, then components, bands, nodes in tree order, facts, metrics,
    /// bonus and penalty.
    public var changes: [FrameworkChange]
    /// The new id of each old node that has a counterpart (matched by id or by title).
    public var nodeMapping: [String: String]

    /// One framework of the comparison.
    public struct Side: Sendable, Hashable {
        /// Its id.
        public var id: String
        /// Its title.
        public var title: LocalizedText
        /// Its first year.
        public var firstYear: Int
        /// Its last year.
        public var lastYear: Int
        /// Its maximum.
        public var maximum: ExactDecimal
    }

    /// The changes from `old` to `new`.
    public init(old: Framework, new: Framework) {
        func side(_ f: Framework) -> Side { Side(id: f.id, title: f.title, firstYear: f.firstYear, lastYear: f.lastYear, maximum: f.maximum) }
        self.old = side(old)
        self.new = side(new)
        var builder = Builder()
        builder.framework(old, new)
        builder.components(old.components, new.components)
        builder.bands(old.bands, new.bands)
        builder.nodes(old, new)
        builder.facts(old.facts, new.facts)
        builder.metrics(old.metrics, new.metrics)
        builder.adjustments(old.adjustments, new.adjustments)
        changes = builder.changes
        nodeMapping = builder.mapping
    }

    /// Whether the frameworks are the same in everything the diff compares.
    public var isEmpty: Bool { changes.isEmpty }

    /// The changes of `kind`.
    public func changes(_ kind: FrameworkChange.Kind) -> [FrameworkChange] { changes.filter { $0.kind == kind } }
}

/// A number as the criteria table writes it in `language`: `1,5` or `1.5`.
func diffNumber(_ value: ExactDecimal, _ language: Language) -> String {
    language == .vi ? TableNumber.format(value) : value.exactText
}

private struct Builder {
    var changes: [FrameworkChange] = []
    var mapping: [String: String] = [:]

    mutating func add(
        _ kind: FrameworkChange.Kind, _ subject: String, before: String? = nil, after: String? = nil, vi: String, en: String, leaves: Set<String> = []
    ) {
        changes.append(
            FrameworkChange(kind: kind, subject: subject, before: before, after: after, text: LocalizedText(vi: vi, en: en), leaves: leaves))
    }

    mutating func framework(_ a: Framework, _ b: Framework) {
        if a.id != b.id {
            add(.framework, "id", before: a.id, after: b.id, vi: "mã bộ tiêu chí: \(a.id) → \(b.id)", en: "framework id: \(a.id) → \(b.id)")
        }
        if a.title.vi != b.title.vi {
            add(
                .framework, "title", before: a.title.vi, after: b.title.vi, vi: "tên: \"\(a.title.vi)\" → \"\(b.title.vi)\"",
                en: "title: \"\(a.title.text(.en))\" → \"\(b.title.text(.en))\"")
        }
        if a.firstYear != b.firstYear || a.lastYear != b.lastYear {
            let x = "\(a.firstYear)–\(a.lastYear)"
            let y = "\(b.firstYear)–\(b.lastYear)"
            add(.framework, "years", before: x, after: y, vi: "năm áp dụng: \(x) → \(y)", en: "years: \(x) → \(y)")
        }
        if a.unitKinds != b.unitKinds {
            let x = a.unitKinds.map(\.rawValue).joined(separator: ", ")
            let y = b.unitKinds.map(\.rawValue).joined(separator: ", ")
            add(.framework, "unitKinds", before: x, after: y, vi: "loại đơn vị: \(x) → \(y)", en: "unit kinds: \(x) → \(y)")
        }
        if a.maximum != b.maximum {
            let (x, y) = (a.maximum, b.maximum)
            add(
                .framework, "maximum", before: x.exactText, after: y.exactText, vi: "tổng điểm tối đa: \(diffNumber(x, .vi)) → \(diffNumber(y, .vi))",
                en: "total maximum: \(diffNumber(x, .en)) → \(diffNumber(y, .en))")
        }
        if a.rounding != b.rounding {
            let x = a.rounding.leafPoints.map(String.init) ?? "—"
            let y = b.rounding.leafPoints.map(String.init) ?? "—"
            add(
                .framework, "rounding", before: x, after: y, vi: "làm tròn điểm tiêu chí thành phần: \(x) → \(y) chữ số",
                en: "leaf rounding: \(x) → \(y) decimals")
        }
    }

    mutating func components(_ a: [Component], _ b: [Component]) {
        for c in a where !b.contains(where: { $0.id == c.id }) {
            add(
                .componentRemoved, c.id, before: c.max.exactText, vi: "bỏ thành phần \(c.id) (\(c.title.vi), \(diffNumber(c.max, .vi)) điểm)",
                en: "component \(c.id) removed (\(c.title.text(.en)), \(diffNumber(c.max, .en)) points)")
        }
        for c in b {
            guard let o = a.first(where: { $0.id == c.id }) else {
                add(
                    .componentAdded, c.id, after: c.max.exactText, vi: "thêm thành phần \(c.id) (\(c.title.vi), \(diffNumber(c.max, .vi)) điểm)",
                    en: "component \(c.id) added (\(c.title.text(.en)), \(diffNumber(c.max, .en)) points)")
                continue
            }
            if o.max != c.max {
                add(
                    .componentChanged, c.id, before: o.max.exactText, after: c.max.exactText,
                    vi: "thành phần \(c.id) (\(c.title.vi)): tối đa \(diffNumber(o.max, .vi)) → \(diffNumber(c.max, .vi))",
                    en: "component \(c.id) (\(c.title.text(.en))): maximum \(diffNumber(o.max, .en)) → \(diffNumber(c.max, .en))")
            }
            if o.title.vi != c.title.vi {
                add(
                    .componentChanged, c.id, before: o.title.vi, after: c.title.vi,
                    vi: "thành phần \(c.id): tên \"\(o.title.vi)\" → \"\(c.title.vi)\"",
                    en: "component \(c.id): title \"\(o.title.text(.en))\" → \"\(c.title.text(.en))\"")
            }
        }
    }

    mutating func bands(_ a: [Band], _ b: [Band]) {
        func threshold(_ band: Band, _ language: Language) -> String { (band.lowerInclusive ? "≥ " : "> ") + diffNumber(band.lower, language) }
        for band in a where !b.contains(where: { $0.id == band.id }) {
            add(
                .bandRemoved, band.id, before: threshold(band, .en), vi: "bỏ mức xếp loại \(band.label.vi) (\(threshold(band, .vi)))",
                en: "band \(band.label.text(.en)) removed (\(threshold(band, .en)))")
        }
        for band in b {
            guard let o = a.first(where: { $0.id == band.id }) else {
                add(
                    .bandAdded, band.id, after: threshold(band, .en), vi: "thêm mức xếp loại \(band.label.vi) (\(threshold(band, .vi)))",
                    en: "band \(band.label.text(.en)) added (\(threshold(band, .en)))")
                continue
            }
            if o.lower != band.lower || o.lowerInclusive != band.lowerInclusive {
                add(
                    .bandChanged, band.id, before: threshold(o, .en), after: threshold(band, .en),
                    vi: "mức xếp loại \(band.label.vi): ngưỡng \(threshold(o, .vi)) → \(threshold(band, .vi))",
                    en: "band \(band.label.text(.en)): threshold \(threshold(o, .en)) → \(threshold(band, .en))")
            }
            if o.label.vi != band.label.vi {
                add(
                    .bandChanged, band.id, before: o.label.vi, after: band.label.vi,
                    vi: "mức xếp loại \(band.id): tên \"\(o.label.vi)\" → \"\(band.label.vi)\"",
                    en: "band \(band.id): label \"\(o.label.text(.en))\" → \"\(band.label.text(.en))\"")
            }
        }
    }

    /// A title as compared when matching nodes: NFC, lower case, spaces collapsed.
    static func key(_ title: LocalizedText) -> String {
        title.vi.precomposedStringWithCanonicalMapping.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    mutating func nodes(_ a: Framework, _ b: Framework) {
        let oldNodes = a.allNodes
        let newNodes = b.allNodes
        var oldParent: [String: String] = [:]
        var newParent: [String: String] = [:]
        for node in oldNodes { for child in node.children { oldParent[child.id] = node.id } }
        for node in newNodes { for child in node.children { newParent[child.id] = node.id } }
        let oldByID = Dictionary(oldNodes.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        // 1. Same id and same title; 2. a title unique on both sides among the rest (moved or
        // renumbered); 3. same id among the rest (renamed).
        var pairs: [String: Node] = [:]  // new id → old node
        var usedOld: Set<String> = []
        for node in newNodes {
            if let o = oldByID[node.id], Self.key(o.title) == Self.key(node.title) {
                pairs[node.id] = o
                usedOld.insert(o.id)
            }
        }
        let restOld = oldNodes.filter { !usedOld.contains($0.id) }
        let restNew = newNodes.filter { pairs[$0.id] == nil }
        var oldByTitle: [String: [Node]] = [:]
        for node in restOld { oldByTitle[Self.key(node.title), default: []].append(node) }
        var newTitleCount: [String: Int] = [:]
        for node in restNew { newTitleCount[Self.key(node.title), default: 0] += 1 }
        for node in restNew {
            let k = Self.key(node.title)
            if let candidates = oldByTitle[k], candidates.count == 1, newTitleCount[k] == 1 {
                pairs[node.id] = candidates[0]
                usedOld.insert(candidates[0].id)
            }
        }
        for node in newNodes where pairs[node.id] == nil {
            if let o = oldByID[node.id], !usedOld.contains(o.id) {
                pairs[node.id] = o
                usedOld.insert(o.id)
            }
        }
        let matchedOld = Set(pairs.values.map(\.id))
        for (newID, old) in pairs { mapping[old.id] = newID }

        for node in newNodes {
            let leaves = Set(node.leaves.map(\.id))
            guard let o = pairs[node.id] else {
                let what = node.isLeaf ? "tiêu chí thành phần" : "tiêu chí"
                add(
                    .nodeAdded, node.id, after: node.max.exactText,
                    vi: "thêm \(what) \(node.id) \"\(node.title.vi)\" (\(diffNumber(node.max, .vi)) điểm)",
                    en: "added \(node.isLeaf ? "leaf" : "criterion") \(node.id) \"\(node.title.text(.en))\" (\(diffNumber(node.max, .en)) points)",
                    leaves: leaves)
                continue
            }
            let affected = leaves.union(o.leaves.map(\.id))
            let label = o.id == node.id ? node.id : "\(o.id) → \(node.id)"
            if o.id != node.id || oldParent[o.id].flatMap({ mapping[$0] ?? $0 }) != newParent[node.id] {
                let from = oldParent[o.id] ?? "—"
                let to = newParent[node.id] ?? "—"
                add(
                    .nodeMoved, node.id, before: o.id, after: node.id,
                    vi: "chuyển \(o.id) \"\(node.title.vi)\" thành \(node.id) (tiêu chí cha \(from) → \(to))",
                    en: "moved \(o.id) \"\(node.title.text(.en))\" to \(node.id) (parent \(from) → \(to))", leaves: affected)
            }
            if o.title.vi != node.title.vi {
                add(
                    .nodeRenamed, node.id, before: o.title.vi, after: node.title.vi, vi: "đổi tên \(label): \"\(o.title.vi)\" → \"\(node.title.vi)\"",
                    en: "renamed \(label): \"\(o.title.text(.en))\" → \"\(node.title.text(.en))\"", leaves: affected)
            }
            if o.max != node.max {
                add(
                    .maximumChanged, node.id, before: o.max.exactText, after: node.max.exactText,
                    vi: "điểm tối đa của \(label) \"\(node.title.vi)\": \(diffNumber(o.max, .vi)) → \(diffNumber(node.max, .vi))",
                    en: "maximum of \(label) \"\(node.title.text(.en))\": \(diffNumber(o.max, .en)) → \(diffNumber(node.max, .en))", leaves: affected)
            }
            if o.component != node.component {
                let x = o.component ?? "—"
                let y = node.component ?? "—"
                add(
                    .nodeComponentChanged, node.id, before: x, after: y, vi: "thành phần của \(label): \(x) → \(y)",
                    en: "component of \(label): \(x) → \(y)", leaves: affected)
            }
            if o.provenance.status != node.provenance.status {
                let x = o.provenance.status.rawValue
                let y = node.provenance.status.rawValue
                add(
                    .provenanceChanged, node.id, before: x, after: y,
                    vi:
                        "nguồn của \(label): \(o.provenance.status == .official ? "chính thức" : "phỏng theo") → \(node.provenance.status == .official ? "chính thức" : "phỏng theo")",
                    en: "provenance of \(label): \(x) → \(y)")
            }
            switch (o.rule, node.rule) {
            case (.some(let x), .some(let y)) where x != y:
                let before = RuleText.format(x)
                let after = RuleText.format(y)
                add(
                    .ruleChanged, node.id, before: before, after: after,
                    vi: "cách chấm của \(label) (\(Self.ruleWords(x, y, .vi))): \(before) → \(after)",
                    en: "rule of \(label) (\(Self.ruleWords(x, y, .en))): \(before) → \(after)", leaves: affected)
            case (.some, nil):
                add(
                    .ruleChanged, node.id, vi: "\(label) trước là tiêu chí thành phần, nay có tiêu chí con",
                    en: "\(label) was a leaf and now has children", leaves: affected)
            case (nil, .some(let y)):
                add(
                    .ruleChanged, node.id, after: RuleText.format(y), vi: "\(label) trước có tiêu chí con, nay chấm trực tiếp: \(RuleText.format(y))",
                    en: "\(label) had children and is now a leaf: \(RuleText.format(y))", leaves: affected)
            default: break
            }
            let oldDocs = Set(o.documents.map(\.id))
            let newDocs = Set(node.documents.map(\.id))
            let added = node.documents.filter { !oldDocs.contains($0.id) }
            let removed = o.documents.filter { !newDocs.contains($0.id) }
            if !added.isEmpty || !removed.isEmpty {
                var vi: [String] = []
                var en: [String] = []
                if !added.isEmpty {
                    vi.append("thêm " + added.map { "\($0.id) (\($0.title.vi))" }.joined(separator: ", "))
                    en.append("added " + added.map { "\($0.id) (\($0.title.text(.en)))" }.joined(separator: ", "))
                }
                if !removed.isEmpty {
                    vi.append("bỏ " + removed.map { "\($0.id) (\($0.title.vi))" }.joined(separator: ", "))
                    en.append("removed " + removed.map { "\($0.id) (\($0.title.text(.en)))" }.joined(separator: ", "))
                }
                add(
                    .documentsChanged, node.id, before: o.documents.map(\.id).joined(separator: "; "),
                    after: node.documents.map(\.id).joined(separator: "; "),
                    vi: "tài liệu kiểm chứng của \(label): " + vi.joined(separator: "; "),
                    en: "evidence documents of \(label): " + en.joined(separator: "; "),
                    leaves: affected)
            }
        }
        for node in oldNodes where !matchedOld.contains(node.id) {
            let what = node.isLeaf ? "tiêu chí thành phần" : "tiêu chí"
            add(
                .nodeRemoved, node.id, before: node.max.exactText,
                vi: "bỏ \(what) \(node.id) \"\(node.title.vi)\" (\(diffNumber(node.max, .vi)) điểm)",
                en: "removed \(node.isLeaf ? "leaf" : "criterion") \(node.id) \"\(node.title.text(.en))\" (\(diffNumber(node.max, .en)) points)",
                leaves: Set(node.leaves.map(\.id)))
        }
    }

    /// What differs between two rules, in a few words.
    static func ruleWords(_ a: Rule, _ b: Rule, _ language: Language) -> String {
        let vi = language == .vi
        if a.kindName != b.kindName { return vi ? "đổi loại \(a.kindName) → \(b.kindName)" : "kind \(a.kindName) → \(b.kindName)" }
        switch (a, b) {
        case (.tiers(let s1, let t1, let w1), .tiers(let s2, let t2, let w2)):
            var parts: [String] = []
            if s1 != s2 { parts.append(vi ? "chỉ số \(s1.id) → \(s2.id)" : "reads \(s1.id) → \(s2.id)") }
            if t1 != t2 { parts.append(vi ? "bậc điểm" : "tiers") }
            if w1 != w2 { parts.append(vi ? "khi không phát sinh" : "when nothing arose") }
            return parts.joined(separator: ", ")
        case (.ratio(let m1, let x1, _), .ratio(let m2, let x2, _)):
            if m1 != m2 { return vi ? "chỉ số \(m1) → \(m2)" : "metric \(m1) → \(m2)" }
            if x1 != x2 {
                return vi ? "mục tiêu \(diffNumber(x1, .vi)) → \(diffNumber(x2, .vi))" : "target \(diffNumber(x1, .en)) → \(diffNumber(x2, .en))"
            }
            return vi ? "khi không phát sinh" : "when nothing arose"
        case (.direct, .direct): return vi ? "nguồn điểm" : "who gives the points"
        case (.deadline, .deadline): return vi ? "hạn" : "deadlines"
        case (.ordinal, .ordinal): return vi ? "phương án" : "options"
        case (.count, .count): return vi ? "số cần đạt" : "what is counted"
        case (.evidence, .evidence): return vi ? "khi thiếu tài liệu" : "partial evidence"
        default: return vi ? "dữ kiện" : "fact"
        }
    }

    mutating func facts(_ a: [Fact], _ b: [Fact]) {
        for f in b {
            guard let o = a.first(where: { $0.id == f.id }) else {
                add(
                    .factAdded, f.id, after: f.type.rawValue, vi: "thêm dữ kiện \(f.id) \"\(f.title.vi)\" (\(f.type.rawValue))",
                    en: "fact \(f.id) \"\(f.title.text(.en))\" added (\(f.type.rawValue))")
                continue
            }
            if o.type != f.type || o.options != f.options {
                let x = o.type.rawValue + (o.options.isEmpty ? "" : " [" + o.options.joined(separator: ", ") + "]")
                let y = f.type.rawValue + (f.options.isEmpty ? "" : " [" + f.options.joined(separator: ", ") + "]")
                add(.factChanged, f.id, before: x, after: y, vi: "dữ kiện \(f.id): \(x) → \(y)", en: "fact \(f.id): \(x) → \(y)")
            }
        }
        for f in a where !b.contains(where: { $0.id == f.id }) {
            add(
                .factRemoved, f.id, before: f.type.rawValue, vi: "bỏ dữ kiện \(f.id) \"\(f.title.vi)\"",
                en: "fact \(f.id) \"\(f.title.text(.en))\" dropped")
        }
    }

    mutating func metrics(_ a: [Metric], _ b: [Metric]) {
        func formula(_ m: Metric) -> String { m.numerator.joined(separator: " + ") + " / " + m.denominator.joined(separator: " + ") }
        for m in b {
            guard let o = a.first(where: { $0.id == m.id }) else {
                add(.metricAdded, m.id, after: formula(m), vi: "thêm chỉ số \(m.id) = \(formula(m))", en: "metric \(m.id) = \(formula(m)) added")
                continue
            }
            if o.numerator != m.numerator || o.denominator != m.denominator {
                add(
                    .metricChanged, m.id, before: formula(o), after: formula(m), vi: "chỉ số \(m.id): \(formula(o)) → \(formula(m))",
                    en: "metric \(m.id): \(formula(o)) → \(formula(m))")
            }
        }
        for m in a where !b.contains(where: { $0.id == m.id }) {
            add(.metricRemoved, m.id, before: formula(m), vi: "bỏ chỉ số \(m.id)", en: "metric \(m.id) dropped")
        }
    }

    mutating func adjustments(_ a: [AdjustmentSection], _ b: [AdjustmentSection]) {
        func describe(_ s: AdjustmentSection) -> String { "\(s.kind.rawValue) \(s.id) cap \(s.cap.exactText)" }
        for s in b {
            guard let o = a.first(where: { $0.id == s.id }) else {
                add(
                    .adjustmentChanged, s.id, after: describe(s),
                    vi: "thêm mục \(s.kind == .bonus ? "điểm thưởng" : "điểm trừ") \(s.id) (tối đa \(diffNumber(s.cap, .vi)))",
                    en: "\(s.kind.rawValue) section \(s.id) added (cap \(diffNumber(s.cap, .en)))")
                continue
            }
            if o.cap != s.cap {
                add(
                    .adjustmentChanged, s.id, before: o.cap.exactText, after: s.cap.exactText,
                    vi: "mục \(s.id): tối đa \(diffNumber(o.cap, .vi)) → \(diffNumber(s.cap, .vi))",
                    en: "section \(s.id): cap \(diffNumber(o.cap, .en)) → \(diffNumber(s.cap, .en))")
            }
            for item in s.items {
                guard let oi = o.items.first(where: { $0.id == item.id }) else {
                    add(.adjustmentChanged, item.id, vi: "thêm \(item.id) \"\(item.title.vi)\"", en: "added \(item.id) \"\(item.title.text(.en))\"")
                    continue
                }
                if oi.perOccurrence != item.perOccurrence || oi.cap != item.cap || oi.fact != item.fact {
                    let x = "\(oi.fact) × \(oi.perOccurrence.exactText), cap \(oi.cap.exactText)"
                    let y = "\(item.fact) × \(item.perOccurrence.exactText), cap \(item.cap.exactText)"
                    add(.adjustmentChanged, item.id, before: x, after: y, vi: "\(item.id): \(x) → \(y)", en: "\(item.id): \(x) → \(y)")
                }
            }
            for item in o.items where !s.items.contains(where: { $0.id == item.id }) {
                add(.adjustmentChanged, item.id, vi: "bỏ \(item.id) \"\(item.title.vi)\"", en: "removed \(item.id) \"\(item.title.text(.en))\"")
            }
        }
        for s in a where !b.contains(where: { $0.id == s.id }) {
            add(.adjustmentChanged, s.id, before: describe(s), vi: "bỏ mục \(s.id)", en: "section \(s.id) removed")
        }
    }
}
