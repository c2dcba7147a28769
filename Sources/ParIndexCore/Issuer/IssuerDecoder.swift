/// Reads and validates an issuer profile, reporting every problem with its JSON path. See
/// <doc:IssuerProfileFormat>.
struct IssuerDecoder {
    let sink: DiagnosticSink
    private var reader: ValueReader { ValueReader(sink: sink) }

    /// The keys of the top-level object.
    static let topKeys = ["formatVersion", "governingBody", "issuingBody", "issuingBodyInText", "document", "place", "signer", "recipients"]
    /// The longest line a profile may hold.
    static let maximumLineLength = 200
    /// The most recipients a profile may list.
    static let maximumRecipients = 40

    func decode(_ root: JSONValue) -> IssuerProfile? {
        let path = JSONPath()
        guard let object = reader.object(root, path, allowed: Self.topKeys) else { return nil }
        if let version = reader.member(object, "formatVersion", path, required: false) {
            _ = reader.integer(version, path.appending("formatVersion"), in: 1...IssuerProfile.supportedFormatVersion)
        }
        var profile = IssuerProfile()
        profile.governingBody = line(object, "governingBody", path)
        profile.issuingBody = line(object, "issuingBody", path)
        profile.issuingBodyInText = line(object, "issuingBodyInText", path)
        profile.place = line(object, "place", path)
        if let value = present(object, "document"),
            let document = reader.object(value, path.appending("document"), allowed: ["number", "symbol", "date"])
        {
            let documentPath = path.appending("document")
            profile.documentNumber = line(document, "number", documentPath)
            profile.documentSymbol = line(document, "symbol", documentPath)
            if let date = present(document, "date") { profile.date = reader.date(date, documentPath.appending("date")) }
        }
        if let value = present(object, "signer"),
            let signer = reader.object(value, path.appending("signer"), allowed: ["authority", "title", "name"])
        {
            let signerPath = path.appending("signer")
            profile.signerAuthority = line(signer, "authority", signerPath)
            profile.signerTitle = line(signer, "title", signerPath)
            profile.signerName = line(signer, "name", signerPath)
        }
        if let value = present(object, "recipients"), let list = reader.array(value, path.appending("recipients")) {
            let listPath = path.appending("recipients")
            if list.count > Self.maximumRecipients {
                sink.error(.issuerTooManyRecipients, listPath, ["count": .value(list.count), "limit": .value(Self.maximumRecipients)])
            } else {
                profile.recipients = list.enumerated().compactMap { offset, item in
                    reader.string(item, listPath.appending(index: offset), maxLength: Self.maximumLineLength)
                }
            }
        }
        return sink.hasErrors ? nil : profile
    }

    /// The value at `key`, unless it is missing or `null`.
    private func present(_ object: JSONObject, _ key: String) -> JSONValue? {
        guard let value = object[key], value != .null else { return nil }
        return value
    }

    /// An optional one-line text; an empty string is an error (leave the key out to print a blank).
    private func line(_ object: JSONObject, _ key: String, _ path: JSONPath) -> String? {
        guard let value = present(object, key) else { return nil }
        return reader.string(value, path.appending(key), maxLength: Self.maximumLineLength)
    }
}
