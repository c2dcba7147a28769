/// The figures `par-score kpi` counts per unit and period (the vocabulary a framework's
/// `fromRecords` names). See <doc:KPIDefinitions>.
public enum KPIFigure: Int, Sendable, CaseIterable {
    /// Received in the period (`NgayTiepNhan` in it).
    case received
    /// Received before the period and not ended before it.
    case carriedOver
    /// Completed (xong or trả kết quả) in the period.
    case completed
    /// Completed before the due day.
    case completedEarly
    /// Completed on time (not early).
    case completedOnTime
    /// Completed late.
    case completedLate
    /// The numerator of the definition's on-time rate.
    case onTime
    /// The denominator of the definition's on-time rate.
    case onTimeDenominator
    /// In progress at the end of the period, within the due date.
    case inProgressWithinDue
    /// In progress at the end of the period, past the due date.
    case inProgressOverdue
    /// Withdrawn in the period.
    case withdrawn
    /// Returned without a result in the period (refused or stopped).
    case returned
    /// Refused in the period.
    case refused
    /// Stopped in the period.
    case stopped
    /// Received online (`KenhThucHien` 2).
    case online
    /// Received directly (1).
    case direct
    /// Received by public postal service (3).
    case postal
    /// Completed with an electronic result.
    case electronicResult
    /// Received with digitised components.
    case digitised
    /// Received and paid online.
    case paidOnline
    /// Received with fees.
    case withFees
    /// Completed late with an apology letter.
    case lateWithApology
    /// Completed, but without a due date or statutory time to judge it by.
    case completedWithoutDue
    /// In progress at the end of the period, without a due date or statutory time.
    case inProgressWithoutDue

    /// The name used in JSON, CSV and `fromRecords`.
    public var name: String { Self.names[rawValue] }

    private static let names = [
        "received", "carriedOver", "completed", "completedEarly", "completedOnTime", "completedLate", "onTime", "onTimeDenominator",
        "inProgressWithinDue", "inProgressOverdue", "withdrawn", "returned", "refused", "stopped", "online", "direct", "postal",
        "electronicResult", "digitised", "paidOnline", "withFees", "lateWithApology", "completedWithoutDue", "inProgressWithoutDue",
    ]

    /// The figure of a name.
    public init?(name: String) {
        guard let index = Self.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: index)
    }

    /// The title.
    public var title: LocalizedText {
        switch self {
        case .received: LocalizedText(vi: "Tiếp nhận trong kỳ", en: "Received in the period")
        case .carriedOver: LocalizedText(vi: "Kỳ trước chuyển qua", en: "Carried over")
        case .completed: LocalizedText(vi: "Đã giải quyết", en: "Completed")
        case .completedEarly: LocalizedText(vi: "Giải quyết trước hạn", en: "Completed early")
        case .completedOnTime: LocalizedText(vi: "Giải quyết đúng hạn", en: "Completed on time")
        case .completedLate: LocalizedText(vi: "Giải quyết trễ hạn", en: "Completed late")
        case .onTime: LocalizedText(vi: "Đúng hạn (tử số)", en: "On time (numerator)")
        case .onTimeDenominator: LocalizedText(vi: "Hồ sơ được tính (mẫu số)", en: "Counted (denominator)")
        case .inProgressWithinDue: LocalizedText(vi: "Đang giải quyết trong hạn", en: "In progress within due date")
        case .inProgressOverdue: LocalizedText(vi: "Đang giải quyết quá hạn", en: "In progress past due date")
        case .withdrawn: LocalizedText(vi: "Rút hồ sơ", en: "Withdrawn")
        case .returned: LocalizedText(vi: "Trả lại (từ chối, dừng)", en: "Returned (refused, stopped)")
        case .refused: LocalizedText(vi: "Từ chối", en: "Refused")
        case .stopped: LocalizedText(vi: "Dừng xử lý", en: "Stopped")
        case .online: LocalizedText(vi: "Tiếp nhận trực tuyến", en: "Received online")
        case .direct: LocalizedText(vi: "Tiếp nhận trực tiếp", en: "Received directly")
        case .postal: LocalizedText(vi: "Tiếp nhận qua bưu chính công ích", en: "Received by post")
        case .electronicResult: LocalizedText(vi: "Có kết quả điện tử", en: "With electronic result")
        case .digitised: LocalizedText(vi: "Có thành phần số hóa", en: "With digitised components")
        case .paidOnline: LocalizedText(vi: "Thanh toán trực tuyến", en: "Paid online")
        case .withFees: LocalizedText(vi: "Có phí, lệ phí", en: "With fees")
        case .lateWithApology: LocalizedText(vi: "Trễ hạn có thư xin lỗi", en: "Late with apology letter")
        case .completedWithoutDue: LocalizedText(vi: "Đã giải quyết, không có hạn để so", en: "Completed, no due date to judge by")
        case .inProgressWithoutDue: LocalizedText(vi: "Đang giải quyết, không có hạn để so", en: "In progress, no due date to judge by")
        }
    }
}

/// A rate the report shows: numerator and denominator figures.
public struct KPIRate: Sendable, Hashable {
    /// The name in JSON and CSV.
    public var name: String
    /// The title.
    public var title: LocalizedText
    /// The numerator.
    public var numerator: KPIFigure
    /// The denominator.
    public var denominator: KPIFigure

    /// Every rate, the definition's on-time rate first.
    public static let all: [KPIRate] = [
        KPIRate(
            name: "onTimeRate", title: LocalizedText(vi: "Tỷ lệ đúng hạn", en: "On-time rate"), numerator: .onTime, denominator: .onTimeDenominator),
        KPIRate(
            name: "onlineRate", title: LocalizedText(vi: "Tỷ lệ tiếp nhận trực tuyến", en: "Online share"), numerator: .online, denominator: .received
        ),
        KPIRate(
            name: "electronicResultRate", title: LocalizedText(vi: "Tỷ lệ có kết quả điện tử", en: "Electronic result share"),
            numerator: .electronicResult,
            denominator: .completed),
        KPIRate(
            name: "digitisedRate", title: LocalizedText(vi: "Tỷ lệ số hóa", en: "Digitised share"), numerator: .digitised, denominator: .received),
        KPIRate(
            name: "paidOnlineRate", title: LocalizedText(vi: "Tỷ lệ thanh toán trực tuyến", en: "Paid online share"), numerator: .paidOnline,
            denominator: .withFees),
        KPIRate(
            name: "apologyRate", title: LocalizedText(vi: "Tỷ lệ trễ hạn có thư xin lỗi", en: "Apology share of late"), numerator: .lateWithApology,
            denominator: .completedLate),
    ]
}
