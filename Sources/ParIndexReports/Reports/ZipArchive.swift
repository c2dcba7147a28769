import Foundation
import ParIndexCore
import ParIndexOffice

/// A ZIP archive with stored (uncompressed) entries, built in memory.
///
/// Every entry carries the same fixed timestamp (1980-01-01 00:00), so the same entries give
/// the same bytes. Sizes must stay below 4 GiB (no ZIP64).
struct ZipArchive: Sendable {
    private struct Entry: Sendable {
        var path: [UInt8]
        var crc: UInt32
        var size: UInt32
        var offset: UInt32
    }

    /// 1980-01-01 in MS-DOS date format: (year − 1980) << 9 | month << 5 | day.
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    /// 00:00:00 in MS-DOS time format.
    private static let dosTime: UInt16 = 0
    /// Version needed to extract: 2.0.
    private static let version: UInt16 = 20
    /// General purpose flag bit 11: names are UTF-8.
    private static let utf8Flag: UInt16 = 1 << 11

    private var entries: [Entry] = []
    private var body = Data()

    /// An empty archive.
    init() {}

    /// Adds a file at `path` (forward slashes, no leading slash) with contents `bytes`.
    mutating func add(path: String, bytes: Data) {
        let name = Array(path.utf8)
        let entry = Entry(
            path: name,
            crc: CRC32.checksum(bytes),
            size: UInt32(truncatingIfNeeded: bytes.count),
            offset: UInt32(truncatingIfNeeded: body.count))
        body.append(uint32: 0x0403_4b50)
        body.append(uint16: Self.version)
        body.append(uint16: Self.utf8Flag)
        body.append(uint16: 0)  // method: stored
        body.append(uint16: Self.dosTime)
        body.append(uint16: Self.dosDate)
        body.append(uint32: entry.crc)
        body.append(uint32: entry.size)  // compressed size
        body.append(uint32: entry.size)  // uncompressed size
        body.append(uint16: UInt16(truncatingIfNeeded: name.count))
        body.append(uint16: 0)  // extra field length
        body.append(contentsOf: name)
        body.append(bytes)
        entries.append(entry)
    }

    /// The archive: the entries, the central directory and the end-of-central-directory record.
    var data: Data {
        var result = body
        let directoryStart = UInt32(truncatingIfNeeded: result.count)
        for entry in entries {
            result.append(uint32: 0x0201_4b50)
            result.append(uint16: Self.version)  // made by
            result.append(uint16: Self.version)  // needed to extract
            result.append(uint16: Self.utf8Flag)
            result.append(uint16: 0)  // method: stored
            result.append(uint16: Self.dosTime)
            result.append(uint16: Self.dosDate)
            result.append(uint32: entry.crc)
            result.append(uint32: entry.size)
            result.append(uint32: entry.size)
            result.append(uint16: UInt16(truncatingIfNeeded: entry.path.count))
            result.append(uint16: 0)  // extra field length
            result.append(uint16: 0)  // comment length
            result.append(uint16: 0)  // disk number
            result.append(uint16: 0)  // internal attributes
            result.append(uint32: 0)  // external attributes
            result.append(uint32: entry.offset)
            result.append(contentsOf: entry.path)
        }
        let directorySize = UInt32(truncatingIfNeeded: result.count) &- directoryStart
        let count = UInt16(truncatingIfNeeded: entries.count)
        result.append(uint32: 0x0605_4b50)
        result.append(uint16: 0)  // this disk
        result.append(uint16: 0)  // disk with the directory
        result.append(uint16: count)
        result.append(uint16: count)
        result.append(uint32: directorySize)
        result.append(uint32: directoryStart)
        result.append(uint16: 0)  // comment length
        return result
    }
}

extension Data {
    /// Appends `value` little-endian.
    fileprivate mutating func append(uint16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    /// Appends `value` little-endian.
    fileprivate mutating func append(uint32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
