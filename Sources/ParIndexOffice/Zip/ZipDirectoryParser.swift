/// Reads and checks the end-of-central-directory record, the central directory and the local
/// headers of a ZIP archive (see ``ZipReader``).
struct ZipDirectoryParser {
    let bytes: [UInt8]
    let file: String
    let limits: ZipLimits

    private static let endSignature: UInt32 = 0x0605_4b50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4b50
    private static let centralSignature: UInt32 = 0x0201_4b50
    private static let localSignature: UInt32 = 0x0403_4b50

    private func fail(_ reason: OfficeErrorReason) -> OfficeError { OfficeError(file: file, reason: reason) }

    private func uint16(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }

    private func uint32(_ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }

    /// The offset of the end-of-central-directory record.
    private func findEnd() throws(OfficeError) -> Int {
        guard bytes.count >= 22 else { throw fail(.truncatedArchive("end of central directory not found")) }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var offset = bytes.count - 22
        while offset >= lowest {
            if uint32(offset) == Self.endSignature && offset + 22 + uint16(offset + 20) <= bytes.count { return offset }
            offset -= 1
        }
        throw fail(.truncatedArchive("end of central directory not found"))
    }

    mutating func parse() throws(OfficeError) -> [ZipEntry] {
        let end = try findEnd()
        if end >= 20 && uint32(end - 20) == Self.zip64LocatorSignature { throw fail(.zip64) }
        let disk = uint16(end + 4)
        let directoryDisk = uint16(end + 6)
        let countOnDisk = uint16(end + 8)
        let count = uint16(end + 10)
        let directorySize = Int(uint32(end + 12))
        let directoryOffset = Int(uint32(end + 16))
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF { throw fail(.zip64) }
        guard disk == 0, directoryDisk == 0, countOnDisk == count else { throw fail(.truncatedArchive("multi-disk archive")) }
        guard count <= limits.maximumEntries else { throw fail(.tooManyEntries(count: count, limit: limits.maximumEntries)) }
        guard directoryOffset + directorySize <= end else { throw fail(.truncatedArchive("central directory outside the file")) }
        var entries: [ZipEntry] = []
        entries.reserveCapacity(count)
        var seen = Set<String>()
        var offset = directoryOffset
        var total = 0
        for _ in 0..<count {
            let entry = try centralEntry(at: &offset, directoryEnd: directoryOffset + directorySize)
            guard seen.insert(entry.name).inserted else { throw fail(.duplicateEntry(name: entry.name)) }
            total += entry.uncompressedSize
            guard total <= limits.maximumTotalSize else { throw fail(.archiveTooLarge(size: total, limit: limits.maximumTotalSize)) }
            entries.append(entry)
        }
        guard offset == directoryOffset + directorySize else { throw fail(.truncatedArchive("central directory size does not match")) }
        try checkNoOverlap(entries, directoryOffset: directoryOffset)
        return entries
    }

    private func centralEntry(at offset: inout Int, directoryEnd: Int) throws(OfficeError) -> ZipEntry {
        guard offset + 46 <= directoryEnd, uint32(offset) == Self.centralSignature else {
            throw fail(.truncatedArchive("damaged central directory"))
        }
        let flags = uint16(offset + 8)
        let method = uint16(offset + 10)
        let crc = uint32(offset + 16)
        let compressed = uint32(offset + 20)
        let uncompressed = uint32(offset + 24)
        let nameLength = uint16(offset + 28)
        let extraLength = uint16(offset + 30)
        let commentLength = uint16(offset + 32)
        let localOffset = uint32(offset + 42)
        let nameStart = offset + 46
        let next = nameStart + nameLength + extraLength + commentLength
        guard next <= directoryEnd else { throw fail(.truncatedArchive("damaged central directory")) }
        let nameBytes = Array(bytes[nameStart..<nameStart + nameLength])
        let name = try checkedName(nameBytes)
        offset = next
        if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF { throw fail(.zip64) }
        if flags & 0x41 != 0 || method == 99 { throw fail(.encryptedEntry(name: name)) }
        guard method == 0 || method == 8 else { throw fail(.unsupportedCompression(name: name, method: method)) }
        let compressedSize = Int(compressed)
        let uncompressedSize = Int(uncompressed)
        guard uncompressedSize <= limits.maximumEntrySize else {
            throw fail(.entryTooLarge(name: name, size: uncompressedSize, limit: limits.maximumEntrySize))
        }
        if uncompressedSize > limits.ratioFloor && uncompressedSize > compressedSize * limits.maximumRatio {
            throw fail(.compressionRatioTooHigh(name: name, ratio: uncompressedSize / max(compressedSize, 1), limit: limits.maximumRatio))
        }
        if method == 0 && compressedSize != uncompressedSize { throw fail(.sizeMismatch(name: name)) }
        let dataOffset = try checkLocalHeader(
            at: Int(localOffset), nameBytes: nameBytes, name: name, flags: flags, method: method, crc: crc,
            sizes: (compressedSize, uncompressedSize))
        return ZipEntry(
            name: name, method: method, crc32: crc, compressedSize: compressedSize, uncompressedSize: uncompressedSize,
            dataOffset: dataOffset)
    }

    /// The name, if it is valid UTF-8 and cannot point outside the archive.
    private func checkedName(_ nameBytes: [UInt8]) throws(OfficeError) -> String {
        guard let name = String(validating: nameBytes, as: UTF8.self) else {
            throw fail(.unsafeEntryName(name: String(decoding: nameBytes, as: UTF8.self)))
        }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        let unsafe =
            name.isEmpty || name.hasPrefix("/") || name.contains("\\") || name.contains("\0")
            || components.contains("..") || components.contains(".")
            || (components.first.map { $0.count >= 2 && $0.dropFirst().first == ":" } ?? false)
            || components.dropLast().contains("")
        if unsafe { throw fail(.unsafeEntryName(name: name)) }
        return name
    }

    /// Checks the local header against the directory; returns where the entry's data begin.
    private func checkLocalHeader(
        at offset: Int, nameBytes: [UInt8], name: String, flags: Int, method: Int, crc: UInt32, sizes: (Int, Int)
    ) throws(OfficeError) -> Int {
        guard offset + 30 <= bytes.count, uint32(offset) == Self.localSignature else { throw fail(.localHeaderMismatch(name: name)) }
        let localFlags = uint16(offset + 6)
        let localMethod = uint16(offset + 8)
        let nameLength = uint16(offset + 26)
        let extraLength = uint16(offset + 28)
        guard localMethod == method, localFlags & 0x41 == flags & 0x41, nameLength == nameBytes.count,
            offset + 30 + nameLength <= bytes.count, Array(bytes[offset + 30..<offset + 30 + nameLength]) == nameBytes
        else { throw fail(.localHeaderMismatch(name: name)) }
        if localFlags & 0x08 == 0 {
            // Without a data descriptor the local header carries the CRC and sizes itself.
            guard uint32(offset + 14) == crc, Int(uint32(offset + 18)) == sizes.0, Int(uint32(offset + 22)) == sizes.1 else {
                throw fail(.localHeaderMismatch(name: name))
            }
        }
        let dataOffset = offset + 30 + nameLength + extraLength
        guard dataOffset + sizes.0 <= bytes.count else { throw fail(.truncatedArchive("entry \(name) ends after the file")) }
        return dataOffset
    }

    /// Entries whose data overlap (a way of building zip bombs) are refused.
    private func checkNoOverlap(_ entries: [ZipEntry], directoryOffset: Int) throws(OfficeError) {
        let ordered = entries.sorted { $0.dataOffset < $1.dataOffset }
        var previousEnd = 0
        for entry in ordered {
            guard entry.dataOffset >= previousEnd else { throw fail(.localHeaderMismatch(name: entry.name)) }
            previousEnd = entry.dataOffset + entry.compressedSize
        }
        guard previousEnd <= directoryOffset else { throw fail(.truncatedArchive("entry data overlap the central directory")) }
    }
}
