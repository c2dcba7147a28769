/// The exit statuses of par-score, documented in the README and in `par-score --help`.
enum ExitCode: Int32 {
    /// Success.
    case ok = 0
    /// A batch ran, but some input files were refused and left out.
    case partial = 1
    /// The command line is wrong.
    case usage = 64
    /// An input file (submission or criteria) is invalid.
    case invalidData = 65
    /// An input file is missing or unreadable.
    case noInput = 66
    /// An internal error: a bug; please report it.
    case software = 70
    /// An output file could not be written.
    case cannotCreate = 73
    /// Interrupted (Ctrl-C); no partial output was left.
    case interrupted = 130
}
