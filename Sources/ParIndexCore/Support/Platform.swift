// The only operating-system specific code of ParIndexCore.
#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Musl)
    @preconcurrency import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

package enum Platform {
    /// Renames `from` to `to`, replacing `to` atomically if it exists (POSIX rename(2)).
    /// Returns the error number on failure.
    package static func rename(_ from: String, to: String) -> Int32? {
        if posixRename(from, to) == 0 { return nil }
        return errno
    }

    /// Reads the file at `path` into `buffer` (grown as needed, never shrunk) and returns its size;
    /// `nil` when it cannot be read or is larger than `limit`, so that the caller takes the slow path
    /// that explains why. Three system calls a file: open, read, close. A regular file gives all it
    /// has to one read, so a read that does not fill the buffer is taken as the end; should a file
    /// system stop short, the bytes are not a whole document and the slow path reads them again.
    static func readFile(_ path: String, into buffer: inout [UInt8], limit: Int, folders: OpenFolder? = nil) -> Int? {
        let fd = folders?.open(path) ?? open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if buffer.count < 1 << 16 { buffer = [UInt8](repeating: 0, count: 1 << 16) }
        var total = 0
        while true {
            if total == buffer.count {
                guard buffer.count <= limit else { return nil }
                buffer += [UInt8](repeating: 0, count: buffer.count)
            }
            let n = buffer.withUnsafeMutableBytes { bytes -> Int in
                guard let base = bytes.baseAddress else { return -1 }
                return read(fd, base + total, bytes.count - total)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            total += n
            if n == 0 || total < buffer.count { break }
        }
        return total <= limit ? total : nil
    }

    /// Reads from `fd` until `capacity` bytes or the end; the number of bytes read, or `nil` on an error.
    static func readFully(_ fd: Int32, into buffer: inout [UInt8], offset: Int = 0, capacity: Int) -> Int? {
        var total = 0
        while total < capacity {
            let n = buffer.withUnsafeMutableBytes { bytes -> Int in
                guard let base = bytes.baseAddress else { return -1 }
                return read(fd, base + offset + total, capacity - total)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            total += n
        }
        return total
    }

    /// Opens a file for reading (`-` is standard input); `nil` on failure.
    static func openForReading(_ path: String) -> Int32? {
        if path == "-" { return 0 }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        return fd >= 0 ? fd : nil
    }

    /// The size of the regular file open as `fd`; `nil` for anything else (a pipe, a terminal).
    static func regularFileSize(_ fd: Int32) -> Int? {
        var status = stat()
        guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// The memory page size.
    static var pageSize: Int { Int(sysconf(Int32(_SC_PAGESIZE))) }

    /// Maps `length` bytes of the file open as `fd` from `offset` (a multiple of the page size),
    /// read-only; `nil` when the system refuses.
    static func map(_ fd: Int32, offset: Int, length: Int) -> UnsafeRawBufferPointer? {
        guard length > 0 else { return nil }
        guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, off_t(offset)), address != MAP_FAILED else { return nil }
        return UnsafeRawBufferPointer(start: address, count: length)
    }

    /// Unmaps what ``map(_:offset:length:)`` mapped.
    static func unmap(_ region: UnsafeRawBufferPointer) {
        if let base = region.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), region.count) }
    }

    /// Closes a file opened by ``openForReading(_:)``.
    static func closeFile(_ fd: Int32) {
        if fd != 0 { close(fd) }
    }

    /// The entries of a folder, with whether each is a folder (`nil` when the system does not
    /// say); `nil` when the folder cannot be read.
    static func folderEntries(_ path: String) -> [(name: String, isFolder: Bool?)]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var entries: [(String, Bool?)] = []
        while let entry = readdir(folder) {
            let (name, type) = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { (String(cString: $0), entry.pointee.d_type) }
            }
            if name == "." || name == ".." { continue }
            switch Int32(type) {
            case Int32(DT_DIR): entries.append((name, true))
            case Int32(DT_REG): entries.append((name, false))
            case Int32(DT_LNK), Int32(DT_UNKNOWN): entries.append((name, nil))
            default: continue
            }
        }
        return entries
    }

    /// Whether `path` exists and is neither a regular file nor a folder (a device, a pipe, a socket).
    package static func isSpecialFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let type = status.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    /// When `path` was last modified, in seconds and nanoseconds since 1970; `nil` when it is missing.
    static func modificationTime(_ path: String) -> (seconds: Int64, nanoseconds: Int64)? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        #if canImport(Darwin)
            return (Int64(status.st_mtimespec.tv_sec), Int64(status.st_mtimespec.tv_nsec))
        #else
            return (Int64(status.st_mtim.tv_sec), Int64(status.st_mtim.tv_nsec))
        #endif
    }

    /// Whether `path` is a folder (following links), a file, or missing.
    static func kind(of path: String) -> Bool? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return (status.st_mode & S_IFMT) == S_IFDIR
    }
}

private func posixRename(_ from: String, _ to: String) -> Int32 {
    rename(from, to)
}

/// The folder of the last file read, kept open so that the next file in it is opened by its name
/// alone (openat(2)) instead of by walking its whole path again.
final class OpenFolder {
    private var path = ""
    private var fd: Int32 = -1

    /// Opens the file at `path` for reading; -1 on failure.
    func open(_ file: String) -> Int32 {
        guard let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) else { return systemOpen(file) }
        let folder = String(file[..<slash])
        let name = String(file[file.index(after: slash)...])
        if folder != path || fd < 0 {
            if fd >= 0 { close(fd) }
            path = folder
            fd = folder.isEmpty ? -1 : systemOpen(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd < 0 { return systemOpen(file) }
        }
        return openat(fd, name, O_RDONLY | O_CLOEXEC)
    }

    deinit {
        if fd >= 0 { close(fd) }
    }
}

private func systemOpen(_ path: String, _ flags: Int32 = O_RDONLY | O_CLOEXEC) -> Int32 {
    open(path, flags)
}
