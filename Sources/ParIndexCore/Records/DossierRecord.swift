/// The state of a dossier, the canonical values of `TrangThaiHoSo`. See <doc:DossierRecords>.
public enum DossierState: UInt8, Sendable, CaseIterable {
    /// `DA_TIEP_NHAN`: received.
    case received
    /// `DANG_XU_LY`: in progress.
    case inProgress
    /// `CHO_BO_SUNG`: waiting for the citizen's supplement.
    case waitingForSupplement
    /// `DA_XU_LY_XONG`: done.
    case done
    /// `DA_TRA_KET_QUA`: result returned.
    case resultReturned
    /// `TU_CHOI`: refused.
    case refused
    /// `DUNG_XU_LY`: stopped.
    case stopped
    /// `RUT_HO_SO`: withdrawn at the citizen's request.
    case withdrawn

    /// The canonical value written in records.
    public var code: String {
        switch self {
        case .received: "DA_TIEP_NHAN"
        case .inProgress: "DANG_XU_LY"
        case .waitingForSupplement: "CHO_BO_SUNG"
        case .done: "DA_XU_LY_XONG"
        case .resultReturned: "DA_TRA_KET_QUA"
        case .refused: "TU_CHOI"
        case .stopped: "DUNG_XU_LY"
        case .withdrawn: "RUT_HO_SO"
        }
    }

    /// The state of a canonical value, or nil.
    public init?(code: String) {
        guard let state = Self.allCases.first(where: { $0.code == code }) else { return nil }
        self = state
    }

    /// Whether the dossier was completed with a result (xong or trả kết quả).
    public var isCompleted: Bool { self == .done || self == .resultReturned }

    /// Whether processing has ended (completed, refused, stopped or withdrawn).
    public var isEnded: Bool { isCompleted || self == .refused || self == .stopped || self == .withdrawn }
}

/// How a dossier was handed in, `KenhThucHien`: 1 direct, 2 online, 3 public postal service.
public enum DossierChannel: UInt8, Sendable {
    /// Not given.
    case unknown = 0
    /// 1: trực tiếp.
    case direct = 1
    /// 2: trực tuyến.
    case online = 2
    /// 3: bưu chính công ích.
    case postal = 3
}

/// One dossier, as read from a record (NDJSON line, CSV or xlsx row). Units are interned to small
/// integers so that a million records make no `String` per field. See <doc:DossierRecords>.
public struct DossierRecord: Sendable {
    /// The index of `DonViXuLy` in the reader's unit table, or -1 when missing.
    public var unit: Int32 = -1
    /// Where `MaHoSo` lies in the line or row buffer (start, end), for messages and verdicts.
    public var idRange: (Int, Int) = (0, 0)
    /// The channel.
    public var channel: DossierChannel = .unknown
    /// `TrangThaiHoSo`, or nil when missing or unknown (then `stateUnknown` is set).
    public var state: DossierState?
    /// Whether `TrangThaiHoSo` was given but is not a known value.
    public var stateUnknown = false
    /// `NgayTiepNhan`.
    public var received: RecordTime?
    /// `NgayHenTra`.
    public var due: RecordTime?
    /// `NgayKetThucXuLy`: when processing ended (done, or the end of a refused/stopped/withdrawn dossier).
    public var finished: RecordTime?
    /// `NgayTra`: when the result was handed back.
    public var returnedAt: RecordTime?
    /// `NgayTuChoi`: when it was refused.
    public var refusedAt: RecordTime?
    /// `DuocThanhToanTrucTuyen` is 1 or 2.
    public var paidOnline = false
    /// `HoSoCoThanhPhanSoHoa` is 1 (true).
    public var digitised = false
    /// `DanhSachLePhi` has an entry with `Gia` > 0, or `CoLePhi` is 1.
    public var withFees = false
    /// `DanhSachGiayToKetQua` has an entry with `DuongDanTepTinKetQua`, or `CoKetQuaDienTu` is 1.
    public var electronicResult = false
    /// `CoThuXinLoi` is 1: an apology letter was sent for lateness.
    public var apology = false
    /// The number of supplement requests (entries of `DanhSachHoSoBoSung`, or `SoLanYeuCauBoSung`).
    public var supplementRequests: Int32 = 0
    /// Seconds the dossier waited for answered supplements (completion − request, summed), or
    /// `SoNgayChoBoSung` × 86 400.
    public var supplementSeconds: Int64 = 0
    /// The request date of a supplement the citizen has not answered.
    public var pendingSupplementSince: RecordTime?
    /// `NgayHoanThanhBoSung` of a flat record: the answer to the last request, until ``normalise()``.
    public var lastSupplementCompletion: RecordTime?
    /// The statutory time in working days (`SoNgayQuyDinh`), for dossiers without a due date.
    public var statutoryDays: Int32?
    /// The 1-based line (NDJSON, CSV) or row (xlsx) it came from.
    public var line: Int = 0

    /// An empty record.
    public init() {}

    /// Completes a flat record's supplement columns: a last request with its answer and no
    /// `SoNgayChoBoSung` waited completion − request; a last request without answer is pending;
    /// a request date counts as at least one request.
    public mutating func normalise() {
        guard let request = pendingSupplementSince else { return }
        if supplementRequests == 0 { supplementRequests = 1 }
        if let done = lastSupplementCompletion {
            if supplementSeconds == 0 && done.seconds > request.seconds { supplementSeconds = done.seconds - request.seconds }
            pendingSupplementSince = nil
        }
    }
}
