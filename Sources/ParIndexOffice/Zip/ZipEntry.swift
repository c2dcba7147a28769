/// One file of a ZIP archive, as its central directory describes it.
public struct ZipEntry: Sendable, Equatable {
    /// The entry's path inside the archive (forward slashes, never `..`, never absolute).
    public var name: String
    /// The compression method: 0 stored, 8 DEFLATE.
    public var method: Int
    /// The CRC-32 of the decompressed contents.
    public var crc32: UInt32
    /// The size of the stored (compressed) data, in bytes.
    public var compressedSize: Int
    /// The size of the decompressed contents, in bytes.
    public var uncompressedSize: Int
    /// Where the data begins in the archive (after the local header).
    var dataOffset: Int

    /// Whether the entry is a folder (its name ends with a slash).
    public var isDirectory: Bool { name.hasSuffix("/") }
}
