/// Why a DEFLATE stream (RFC 1951) was refused by ``Inflater``.
public enum InflateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The stream ends before its last block does.
    case truncated
    /// A block type 3 (reserved).
    case invalidBlockType
    /// A stored block whose length and its complement disagree.
    case storedLengthMismatch
    /// A Huffman code description that is over-subscribed, incomplete or otherwise impossible.
    case invalidCodeLengths
    /// A code that the block's tables do not define (also length codes 286–287, distance codes 30–31).
    case invalidCode
    /// A back-reference to before the start of the output.
    case distanceTooFarBack
    /// The output would be larger than the limit the caller set.
    case outputTooLarge(limit: Int)

    /// The reason in English, for logs.
    public var description: String {
        switch self {
        case .truncated: "the compressed data ends early"
        case .invalidBlockType: "a block of the reserved type 3"
        case .storedLengthMismatch: "a stored block whose length does not match its complement"
        case .invalidCodeLengths: "an impossible Huffman code description"
        case .invalidCode: "an undefined Huffman code"
        case .distanceTooFarBack: "a back-reference before the start of the data"
        case .outputTooLarge(let limit): "more than \(limit) bytes of output"
        }
    }
}
