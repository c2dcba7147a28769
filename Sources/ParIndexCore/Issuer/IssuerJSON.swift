import Foundation

/// Reads issuer profiles (see <doc:IssuerProfileFormat>) through the same JSON parser and
/// diagnostics as submissions: every problem names the file and the JSON path.
///
/// ```swift
/// let issuer = try IssuerJSON.profile(from: data, file: "issuer.json")
/// ```
public enum IssuerJSON {
    /// Reads and validates a profile.
    public static func profile(from data: Data, file: String) throws(DiagnosticError) -> IssuerProfile {
        let root = try DocumentLoader.parse(data, file: file)
        let sink = DiagnosticSink(file: file)
        guard let profile = IssuerDecoder(sink: sink).decode(root) else { throw DiagnosticError(sink.diagnostics) }
        return profile
    }

    /// Reads a profile from disk (``DiagnosticError/Kind/missingInput`` when the file is missing).
    public static func profile(contentsOf url: URL) throws(DiagnosticError) -> IssuerProfile {
        try profile(from: try FileReading.read(url), file: url.relativePath)
    }
}
