import Foundation

/// Reads every unit's plan and progress files found under folders (searched recursively): a file
/// whose `kind` is `plan` is a plan, `progress` a progress report, paired with the plan of the same
/// unit and year. Other JSON files are left alone.
public enum PlanFolder {
    /// What was read: a status per plan (by plan file), and the files refused with their problems.
    public struct Contents: Sendable {
        /// One status per plan, in file order.
        public var statuses: [PlanStatus]
        /// The problems of files left out.
        public var refused: [Diagnostic]
    }

    /// Reads the plans and progress files under `paths`, each plan's status as of `asOf`.
    public static func read(_ paths: [String], asOf: CalendarDate? = nil) -> Contents {
        let (files, missing) = BatchScorer.collectFiles(paths, plans: true)
        var refused = missing
        var plans: [Plan] = []
        var progressData: [(file: String, data: Data)] = []
        for file in files {
            let data: Data
            do {
                data = try FileReading.read(URL(fileURLWithPath: file))
            } catch {
                refused += error.diagnostics
                continue
            }
            let name = URL(fileURLWithPath: file).lastPathComponent
            switch PlanJSON.kind(of: data) ?? (name.hasSuffix(".plan.json") ? "plan" : name.hasSuffix(".progress.json") ? "progress" : nil) {
            case "plan":
                do { plans.append(try PlanJSON.plan(from: data, file: file)) } catch { refused += error.diagnostics }
            case "progress": progressData.append((file, data))
            default: continue
            }
        }
        var progress: [Int: [PlanProgress]] = [:]
        for (file, data) in progressData {
            guard let (unit, year) = key(of: data) else {
                // Not readable far enough to pair it: a syntax error, or no unit and year to pair by.
                do {
                    _ = try DocumentLoader.parse(data, file: file)
                    refused.append(
                        Diagnostic(.error, code: .progressNoPlan, file: file, path: JSONPath(keys: "unit"), arguments: ["unit": "?", "year": "?"]))
                } catch {
                    refused += error.diagnostics
                }
                continue
            }
            guard let index = plans.firstIndex(where: { $0.unit.id == unit && $0.year == year }) else {
                refused.append(
                    Diagnostic(
                        .error, code: .progressNoPlan, file: file, path: JSONPath(keys: "unit"),
                        arguments: ["unit": .string(unit), "year": .value(year)]))
                continue
            }
            do { progress[index, default: []].append(try PlanJSON.progress(from: data, file: file, plan: plans[index])) } catch {
                refused += error.diagnostics
            }
        }
        let statuses = plans.enumerated().map { PlanStatus(plan: $1, progress: progress[$0] ?? [], asOf: asOf) }
        return Contents(statuses: statuses, refused: refused)
    }

    /// Whether a file name is that of a plan or progress file (`*.plan.json`, `*.progress.json`),
    /// which `rank` leaves out of the folders it searches.
    public static func isPlanFileName(_ name: String) -> Bool {
        name.hasSuffix(".plan.json") || name.hasSuffix(".progress.json")
    }

    /// The `unit` and `year` a progress file names.
    static func key(of data: Data) -> (String, Int)? {
        guard case .object(let object)? = try? JSONParser.parse(data), case .string(let unit)? = object["unit"],
            case .number(let year)? = object["year"], let whole = Int(year)
        else { return nil }
        return (unit, whole)
    }
}
