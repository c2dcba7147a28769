import Foundation

/// A record file read in chunks of `CSVRecordReader.chunkSize` bytes, for the streaming readers:
/// opening it and reading it fail with a `RecordFileError` that names the file.
struct RecordFileChunks {
    private let handle: FileHandle
    private let file: String

    /// Opens `url` (named `file` in messages); a file that cannot be opened is reported as missing.
    init(_ url: URL, file: String) throws(RecordFileError) {
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw RecordFileError(
                RecordProblem(
                    file: file, line: 0, kind: .malformedFile, message: LocalizedText(vi: "không đọc được tệp", en: "cannot read the file")),
                missing: true)
        }
        self.handle = handle
        self.file = file
    }

    /// The next chunk, empty at the end of the file; a read error names `line`, the line reached.
    func next(line: Int) throws(RecordFileError) -> Data {
        do { return try handle.read(upToCount: CSVRecordReader.chunkSize) ?? Data() } catch {
            throw RecordFileError(
                RecordProblem(
                    file: file, line: line, kind: .malformedFile,
                    message: LocalizedText(vi: "lỗi đọc tệp: \(error.localizedDescription)", en: "read error: \(error.localizedDescription)")))
        }
    }

    /// Closes the file.
    func close() { try? handle.close() }
}
