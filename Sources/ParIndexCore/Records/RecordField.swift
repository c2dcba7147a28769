/// The columns of a flat dossier record (CSV, xlsx) and the keys of an NDJSON record that the
/// KPIs read. Other columns and keys are ignored. See <doc:DossierRecords>.
public enum RecordField: Int, Sendable, CaseIterable {
    /// `MaHoSo`, text.
    case id
    /// `DonViXuLy`, text.
    case unit
    /// `KenhThucHien`: 1, 2 or 3.
    case channel
    /// `NgayTiepNhan`, date.
    case received
    /// `NgayHenTra`, date.
    case due
    /// `NgayKetThucXuLy`, date.
    case finished
    /// `NgayTra`, date.
    case returnedAt
    /// `NgayTuChoi`, date.
    case refusedAt
    /// `TrangThaiHoSo`.
    case state
    /// `DuocThanhToanTrucTuyen`: 0, 1 or 2.
    case paidOnline
    /// `HoSoCoThanhPhanSoHoa`: 0/1.
    case digitised
    /// `SoNgayQuyDinh`: working days.
    case statutoryDays
    /// `CoThuXinLoi`: 0/1 (not in the national record).
    case apology
    /// `SoLanYeuCauBoSung`: count (flattened `DanhSachHoSoBoSung`).
    case supplementRequests
    /// `SoNgayChoBoSung`: days, decimals allowed (flattened `DanhSachHoSoBoSung`).
    case supplementDays
    /// `NgayYeuCauBoSung`: the last request (flattened).
    case lastSupplementRequest
    /// `NgayHoanThanhBoSung`: the answer to the last request (flattened).
    case lastSupplementCompletion
    /// `CoLePhi`: 0/1 (flattened `DanhSachLePhi`).
    case withFees
    /// `CoKetQuaDienTu`: 0/1 (flattened `DanhSachGiayToKetQua`).
    case electronicResult

    /// The canonical column or key name.
    public var name: String {
        switch self {
        case .id: "MaHoSo"
        case .unit: "DonViXuLy"
        case .channel: "KenhThucHien"
        case .received: "NgayTiepNhan"
        case .due: "NgayHenTra"
        case .finished: "NgayKetThucXuLy"
        case .returnedAt: "NgayTra"
        case .refusedAt: "NgayTuChoi"
        case .state: "TrangThaiHoSo"
        case .paidOnline: "DuocThanhToanTrucTuyen"
        case .digitised: "HoSoCoThanhPhanSoHoa"
        case .statutoryDays: "SoNgayQuyDinh"
        case .apology: "CoThuXinLoi"
        case .supplementRequests: "SoLanYeuCauBoSung"
        case .supplementDays: "SoNgayChoBoSung"
        case .lastSupplementRequest: "NgayYeuCauBoSung"
        case .lastSupplementCompletion: "NgayHoanThanhBoSung"
        case .withFees: "CoLePhi"
        case .electronicResult: "CoKetQuaDienTu"
        }
    }

    /// The field of a canonical name.
    public init?(name: String) {
        guard let field = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = field
    }

    /// The columns a flat file must have.
    public static let required: [RecordField] = [.unit, .state, .received]
}

/// A table from byte strings to small integers, filled as it reads (units) or fixed (states):
/// finds a key in a buffer without making a `String`.
public struct ByteInterner: Sendable {
    private var bytes: [UInt8] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var values: [Int32] = []
    private var buckets: [Int32] = Array(repeating: -1, count: 64)

    /// An empty table.
    public init() {}

    /// The number of keys.
    public var count: Int { starts.count }

    /// The key of entry `index`, decoded as UTF-8.
    public func key(_ index: Int) -> String {
        String(decoding: bytes[starts[index]..<starts[index] + lengths[index]], as: UTF8.self)
    }

    /// The value of entry `index`.
    public func value(_ index: Int) -> Int32 { values[index] }

    @inline(__always)
    private static func hash(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        guard let base = b.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = start
        while i + 8 <= end {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01b3
            h ^= h >> 29
            i += 8
        }
        while i < end {
            h = (h ^ UInt64(b[i])) &* 0x100_0000_01b3
            i += 1
        }
        return h ^ (h >> 32)
    }

    /// Whether `length` bytes at `a` and `b` are equal, eight at a time.
    @inline(__always)
    private static func same(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ length: Int) -> Bool {
        var i = 0
        while i + 8 <= length {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        while i < length {
            if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
            i += 1
        }
        return true
    }

    /// The entry index of `b[start..<end]`, or nil.
    @inline(__always)
    public func find(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard let base = b.baseAddress else { return nil }
        let mask = buckets.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(b, start, end)) & mask
        let length = end - start
        return bytes.withUnsafeBytes { stored -> Int? in
            while true {
                let entry = Int(buckets[slot])
                if entry < 0 { return nil }
                if lengths[entry] == length {
                    // No bytes stored at all means every key so far is empty.
                    guard let storedBase = stored.baseAddress else { return length == 0 ? entry : nil }
                    if Self.same(storedBase + starts[entry], UnsafeRawPointer(base + start), length) { return entry }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The entry index of `b[start..<end]`, added with `value` when new.
    public mutating func intern(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, value: Int32) -> Int {
        if let found = find(b, start, end) { return found }
        if (starts.count + 1) * 2 > buckets.count { grow() }
        let index = starts.count
        starts.append(bytes.count)
        lengths.append(end - start)
        values.append(value)
        for i in start..<end { bytes.append(b[i]) }
        place(index, Self.hash(b, start, end))
        return index
    }

    /// Adds a Swift string key.
    public mutating func intern(_ key: String, value: Int32) {
        var copy = Array(key.utf8)
        _ = copy.withUnsafeMutableBufferPointer { intern(UnsafeBufferPointer($0), 0, $0.count, value: value) }
    }

    private mutating func place(_ index: Int, _ hash: UInt64) {
        let mask = buckets.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while buckets[slot] >= 0 { slot = (slot + 1) & mask }
        buckets[slot] = Int32(index)
    }

    private mutating func grow() {
        buckets = Array(repeating: -1, count: buckets.count * 2)
        for index in 0..<starts.count {
            let h = bytes.withUnsafeBufferPointer { Self.hash($0, starts[index], starts[index] + lengths[index]) }
            place(index, h)
        }
    }
}
