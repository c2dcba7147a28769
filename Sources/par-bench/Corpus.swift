import Foundation

/// The synthetic submissions of one run, as files in a folder and as one NDJSON file.
struct Corpus {
    var count: Int
    var folder: URL
    var files: [String]
    var ndjson: URL
    var bytes: Int
    var ndjsonBytes: Int

    static func make(count: Int, in folder: URL, synthetic: SyntheticSubmissions) throws -> Corpus {
        let filesFolder = folder.appendingPathComponent("files")
        try FileManager.default.createDirectory(at: filesFolder, withIntermediateDirectories: true)
        var ndjson = Data()
        var files: [String] = []
        var bytes = 0
        for n in 0..<count {
            let data = synthetic.submission(n)
            let url = filesFolder.appendingPathComponent("unit-\(n).json")
            try data.write(to: url)
            files.append(url.path)
            bytes += data.count
            ndjson.append(data)
            ndjson.append(UInt8(ascii: "\n"))
        }
        let ndjsonURL = folder.appendingPathComponent("all.ndjson")
        try ndjson.write(to: ndjsonURL)
        return Corpus(count: count, folder: folder, files: files, ndjson: ndjsonURL, bytes: bytes, ndjsonBytes: ndjson.count)
    }
}
