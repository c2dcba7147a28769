/// Who issues a printed report, as the State's document format (Nghị định 30/2020/NĐ-CP) asks for
/// it: the bodies in the top-left corner, the number and date of the decision the ranking is an
/// appendix of, and the signer. See <doc:IssuerProfileFormat>.
///
/// Every field is optional: a report prints a dotted line where a value is missing and never
/// invents one.
///
/// ```swift
/// let issuer = IssuerProfile(issuingBody: "SỞ NỘI VỤ", documentSymbol: "QĐ-SNV")
/// issuer.documentNumber  // nil: printed as "Số: ……/QĐ-SNV"
/// ```
public struct IssuerProfile: Sendable, Hashable {
    /// The version of the issuer profile format this build reads.
    public static let supportedFormatVersion = 1

    /// The body the issuer belongs to, in capitals: "UBND TỈNH ĐẮK NÔNG".
    public var governingBody: String?
    /// The body that issues the document, in capitals: "SỞ NỘI VỤ".
    public var issuingBody: String?
    /// The issuing body as running text writes it, for the appendix line "(Kèm theo Quyết định
    /// số … của Sở Nội vụ)"; without it the line repeats ``issuingBody``.
    public var issuingBodyInText: String?
    /// The number of the decision: "125".
    public var documentNumber: String?
    /// The symbol after the number: "QĐ-SNV".
    public var documentSymbol: String?
    /// The place written before the date: "Đắk Nông".
    public var place: String?
    /// The date of the decision.
    public var date: CalendarDate?
    /// The signer's authority above the title: "KT. GIÁM ĐỐC" (empty when the head signs).
    public var signerAuthority: String?
    /// The signer's title: "PHÓ GIÁM ĐỐC".
    public var signerTitle: String?
    /// The signer's full name.
    public var signerName: String?
    /// The recipients ("Nơi nhận"), one line each.
    public var recipients: [String]

    /// A profile; every value not given stays blank.
    public init(
        governingBody: String? = nil, issuingBody: String? = nil, issuingBodyInText: String? = nil, documentNumber: String? = nil,
        documentSymbol: String? = nil,
        place: String? = nil, date: CalendarDate? = nil, signerAuthority: String? = nil, signerTitle: String? = nil,
        signerName: String? = nil, recipients: [String] = []
    ) {
        self.governingBody = governingBody
        self.issuingBody = issuingBody
        self.issuingBodyInText = issuingBodyInText
        self.documentNumber = documentNumber
        self.documentSymbol = documentSymbol
        self.place = place
        self.date = date
        self.signerAuthority = signerAuthority
        self.signerTitle = signerTitle
        self.signerName = signerName
        self.recipients = recipients
    }

    /// A profile with every value blank: what reports use without `--issuer`.
    public static let blank = IssuerProfile()
}
