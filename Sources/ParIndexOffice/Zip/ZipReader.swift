import Foundation

/// A strict reader of ZIP archives (PKWARE APPNOTE 6.3), as Office files use them.
///
/// ```swift
/// let archive = try ZipReader(data: data, file: "form.xlsx")
/// let xml = try archive.contents(of: "xl/workbook.xml")
/// ```
///
/// Opening the archive reads the end-of-central-directory record and the central directory and
/// checks every entry before anything is decompressed: the ``ZipLimits`` (count, sizes, ratio),
/// safe names (no `..` component, no absolute path or drive letter, no backslash, no NUL, valid
/// UTF-8, no duplicates), no encryption, methods stored or DEFLATE only, local headers that agree
/// with the directory, and entry data that lie inside the archive without overlapping. ZIP64 and
/// multi-disk archives are refused. ``contents(of:)`` decompresses one entry, never past its
/// recorded size, and checks its size and CRC-32. Every failure is an ``OfficeError``.
public struct ZipReader: Sendable {
    /// The file name used in errors.
    public let file: String
    /// The entries, in central directory order.
    public let entries: [ZipEntry]
    private let bytes: [UInt8]
    private let index: [String: Int]

    /// Opens the archive in `data`, named `file` in errors.
    public init(data: Data, file: String, limits: ZipLimits = .default) throws(OfficeError) {
        try self.init(bytes: [UInt8](data), file: file, limits: limits)
    }

    /// Opens the archive in `bytes`, named `file` in errors.
    public init(bytes: [UInt8], file: String, limits: ZipLimits = .default) throws(OfficeError) {
        self.file = file
        self.bytes = bytes
        var parser = ZipDirectoryParser(bytes: bytes, file: file, limits: limits)
        entries = try parser.parse()
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() { index[entry.name] = position }
        self.index = index
    }

    /// Whether the archive has an entry named `name`.
    public func contains(_ name: String) -> Bool { index[name] != nil }

    /// The entry named `name`, if any.
    public func entry(named name: String) -> ZipEntry? { index[name].map { entries[$0] } }

    /// The decompressed contents of the entry `name`, checked against its size and CRC-32.
    public func contents(of name: String) throws(OfficeError) -> [UInt8] {
        guard let position = index[name] else { throw OfficeError(file: file, reason: .missingPart(name: name)) }
        let entry = entries[position]
        let start = entry.dataOffset
        let end = start + entry.compressedSize
        let output: [UInt8]
        if entry.method == 0 {
            output = Array(bytes[start..<end])
        } else {
            do {
                let result = try Inflater.inflateWithCount(Array(bytes[start..<end]), maximumOutput: entry.uncompressedSize)
                output = result.bytes
            } catch .outputTooLarge {
                throw OfficeError(file: file, part: name, reason: .sizeMismatch(name: name))
            } catch {
                throw OfficeError(file: file, part: name, reason: .damagedCompressedData(name: name, detail: error.description))
            }
        }
        guard output.count == entry.uncompressedSize else {
            throw OfficeError(file: file, part: name, reason: .sizeMismatch(name: name))
        }
        guard CRC32.checksum(output) == entry.crc32 else {
            throw OfficeError(file: file, part: name, reason: .checksumMismatch(name: name))
        }
        return output
    }
}
