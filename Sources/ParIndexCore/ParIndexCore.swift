/// ParIndexCore: PAR INDEX criteria as data, submission validation and exact scoring.
public enum ParIndexCore {
    /// The library version.
    public static let version = "0.1.0"
}
