import Foundation
import ParIndexTestSupport

/// The synthetic submissions of one run, as files in a folder and as one NDJSON file.
struct Corpus {
    var count: Int
    var folder: URL
    var files: [String]
    var ndjson: URL
    var bytes: Int
    var ndjsonBytes: Int

    /// Writes the corpus a submission at a time, so that this process never holds it whole: on
    /// Linux a child spawned later starts with its parent's resident memory counted as its own peak.
    static func make(count: Int, in folder: URL, synthetic: SyntheticSubmissions) throws -> Corpus {
        let filesFolder = folder.appendingPathComponent("files")
        try FileManager.default.createDirectory(at: filesFolder, withIntermediateDirectories: true)
        let ndjsonURL = folder.appendingPathComponent("all.ndjson")
        guard FileManager.default.createFile(atPath: ndjsonURL.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let ndjson = try FileHandle(forWritingTo: ndjsonURL)
        defer { try? ndjson.close() }
        var files: [String] = []
        var bytes = 0
        var pending = Data()
        for n in 0..<count {
            let data = synthetic.submission(n)
            let url = filesFolder.appendingPathComponent("unit-\(n).json")
            try data.write(to: url)
            files.append(url.path)
            bytes += data.count
            pending.append(data)
            pending.append(UInt8(ascii: "\n"))
            if pending.count > 4 << 20 {
                try ndjson.write(contentsOf: pending)
                pending.removeAll(keepingCapacity: true)
            }
        }
        try ndjson.write(contentsOf: pending)
        return Corpus(count: count, folder: folder, files: files, ndjson: ndjsonURL, bytes: bytes, ndjsonBytes: bytes + count)
    }
}
