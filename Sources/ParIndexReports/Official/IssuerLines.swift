import ParIndexCore

/// The lines of an official document's header, appendix link and signature block, written from an
/// ``IssuerProfile`` in the State's format (Nghị định 30/2020/NĐ-CP): every value the profile
/// lacks is a dotted line, never a made-up value.
///
/// ```swift
/// let lines = IssuerLines(.blank, language: .vi)
/// lines.number      // "Số: ……/……"
/// lines.placeDate   // "……, ngày …… tháng …… năm ……"
/// ```
public struct IssuerLines: Sendable, Hashable {
    /// What a missing value prints as.
    public static let dots = "……"

    /// The governing body, in capitals ("UBND TỈNH ĐẮK NÔNG"), or dots.
    public let governingBody: String
    /// The issuing body, in capitals ("SỞ NỘI VỤ"), or dots.
    public let issuingBody: String
    /// "Số: 125/QĐ-SNV", with dots for what is missing.
    public let number: String
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (or its English form).
    public let nationalTitle: String
    /// "Độc lập - Tự do - Hạnh phúc" (or its English form).
    public let motto: String
    /// "Đắk Nông, ngày 15 tháng 01 năm 2027", with dots for what is missing.
    public let placeDate: String
    /// "(Kèm theo Quyết định số 125/QĐ-SNV ngày 15/01/2027 của Sở Nội vụ)", with dots for what is missing.
    public let appendixLink: String
    /// The signer's authority ("KT. GIÁM ĐỐC"), or nothing when the profile has none.
    public let signerAuthority: String?
    /// The signer's title ("PHÓ GIÁM ĐỐC"), or dots.
    public let signerTitle: String
    /// The signer's name, or dots.
    public let signerName: String
    /// "Nơi nhận:".
    public let recipientsHeading: String
    /// The recipients, each prefixed with "- "; one dotted line when there are none.
    public let recipients: [String]

    /// The lines of `profile` in `language`.
    public init(_ profile: IssuerProfile, language: Language) {
        let vi = language == .vi
        let dots = Self.dots
        governingBody = profile.governingBody ?? dots
        issuingBody = profile.issuingBody ?? dots
        let symbol = profile.documentSymbol ?? dots
        let documentNumber = (profile.documentNumber ?? dots) + "/" + symbol
        number = (vi ? "Số: " : "No.: ") + documentNumber
        nationalTitle = vi ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" : "SOCIALIST REPUBLIC OF VIET NAM"
        motto = vi ? "Độc lập - Tự do - Hạnh phúc" : "Independence - Freedom - Happiness"
        placeDate = (profile.place ?? dots) + ", " + Self.longDate(profile.date, language: language)
        let shortDate = profile.date.map(Self.shortDate) ?? dots
        let body = profile.issuingBodyInText ?? profile.issuingBody ?? dots
        appendixLink =
            vi
            ? "(Kèm theo Quyết định số \(documentNumber) ngày \(shortDate) của \(body))"
            : "(Attached to Decision No. \(documentNumber) of \(shortDate) of \(body))"
        signerAuthority = profile.signerAuthority
        signerTitle = profile.signerTitle ?? dots
        signerName = profile.signerName ?? dots
        recipientsHeading = vi ? "Nơi nhận:" : "Recipients:"
        recipients = profile.recipients.isEmpty ? ["- " + dots] : profile.recipients.map { "- " + $0 }
    }

    /// "ngày 15 tháng 01 năm 2027": the decree writes a day below 10 and a month below 3 with a
    /// leading zero.
    static func longDate(_ date: CalendarDate?, language: Language) -> String {
        guard let date else { return language == .vi ? "ngày \(dots) tháng \(dots) năm \(dots)" : "\(dots) \(dots) \(dots)" }
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 3 ? "0\(date.month)" : "\(date.month)"
        return language == .vi ? "ngày \(day) tháng \(month) năm \(date.year)" : "\(day)/\(month)/\(date.year)"
    }

    /// "15/01/2027".
    static func shortDate(_ date: CalendarDate) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return "\(day)/\(month)/\(date.year)"
    }
}
