/// The ParIndex library: PAR INDEX criteria as data, submission validation and exact scoring.
///
/// Named `ParIndex`, not after the module, so that `ParIndexCore.Unit` names the module's ``Unit``
/// where Foundation's `Unit` is also visible.
public enum ParIndex {
    /// The library version.
    public static let version = "0.1.0"
}
