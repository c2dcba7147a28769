import Foundation
import ParIndexCore

/// `--issuer FILE`: the issuer profile of the printed reports (see <doc:IssuerProfileFormat> in
/// ParIndexCore), blank when the option is not given.
enum IssuerOption {
    /// The profile named by `--issuer`, or ``IssuerProfile/blank``.
    static func profile(_ args: Arguments) throws -> IssuerProfile {
        guard let path = args.value("--issuer") else { return .blank }
        return try IssuerJSON.profile(contentsOf: URL(fileURLWithPath: path))
    }
}
