import Foundation

/// Reads plan and progress files (see <doc:PlanFormat>) through the same JSON parser and
/// diagnostics as submissions: every problem names the file and the JSON path.
///
/// ```swift
/// let plan = try PlanJSON.plan(from: data, file: "plan.json")
/// let progress = try PlanJSON.progress(from: other, file: "2020-h1.json", plan: plan)
/// ```
public enum PlanJSON {
    /// Reads and validates a plan.
    public static func plan(from data: Data, file: String) throws(DiagnosticError) -> Plan {
        let root = try DocumentLoader.parse(data, file: file)
        let sink = DiagnosticSink(file: file)
        guard let plan = PlanDecoder(sink: sink).decode(root) else { throw DiagnosticError(sink.diagnostics) }
        return plan
    }

    /// Reads and validates a progress report on `plan`.
    public static func progress(from data: Data, file: String, plan: Plan) throws(DiagnosticError) -> PlanProgress {
        let root = try DocumentLoader.parse(data, file: file)
        let sink = DiagnosticSink(file: file)
        guard let progress = PlanProgressDecoder(sink: sink, plan: plan).decode(root) else { throw DiagnosticError(sink.diagnostics) }
        return progress
    }

    /// Reads a plan file from disk (`66` when it is missing, in the CLI's terms: ``DiagnosticError/Kind/missingInput``).
    public static func plan(contentsOf url: URL) throws(DiagnosticError) -> Plan {
        try plan(from: try FileReading.read(url), file: url.relativePath)
    }

    /// Reads a progress file from disk.
    public static func progress(contentsOf url: URL, plan: Plan) throws(DiagnosticError) -> PlanProgress {
        try progress(from: try FileReading.read(url), file: url.relativePath, plan: plan)
    }

    /// The `kind` a JSON file names (`plan` or `progress`), or `nil` when it names none or is not JSON.
    public static func kind(of data: Data) -> String? {
        guard data.count <= DocumentLoader.maximumFileBytes, case .object(let object)? = try? JSONParser.parse(data),
            case .string(let kind)? = object["kind"]
        else { return nil }
        return kind
    }
}
