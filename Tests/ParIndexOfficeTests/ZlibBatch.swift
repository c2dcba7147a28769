import Foundation

/// Deterministic batches of DEFLATE streams made by Python's zlib, read from one run of python3.
enum ZlibBatch {
    /// A stream zlib wrote, and the bytes it holds.
    struct Case {
        var original: [UInt8]
        var compressed: [UInt8]
        var label: String
    }

    /// A damaged stream and what zlib made of it.
    struct Mutant {
        enum Verdict: UInt8 {
            case accepted = 0
            case refused = 1
            case unfinished = 2
        }
        var input: [UInt8]
        var verdict: Verdict
        var output: [UInt8]
    }

    /// The root of the repository (for real files to compress).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Writes `count` cases: levels 0–9 and -1, five strategies, window sizes 9–15, flushes
    /// between pieces (so streams have several blocks of mixed types), and data that is random,
    /// repetitive, text or taken from the repository's files.
    static let generator = """
        import os, random, struct, sys, zlib
        count, root = int(sys.argv[1]), sys.argv[2]
        rng = random.Random(20261202)
        real = []
        for folder in ("Criteria", "Sources/ParIndexCore/Support", "Examples", "Sources/ParIndexOffice/XML"):
            path = os.path.join(root, folder)
            if os.path.isdir(path):
                for name in sorted(os.listdir(path)):
                    full = os.path.join(path, name)
                    if os.path.isfile(full):
                        with open(full, "rb") as handle:
                            real.append(handle.read())
        words = "chỉ số cải cách hành chính sở nội vụ tỉnh hồ sơ thủ tục giải quyết đúng hạn the of and data 0 1 2 <c r=\\"A1\\"><v>12</v></c>".split(" ")
        def data(kind, size):
            if kind == 0:
                return rng.getrandbits(8 * size).to_bytes(size, "little") if size else b""
            if kind == 1:
                unit = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 9)))
                return (unit * (size // len(unit) + 1))[:size]
            if kind == 2:
                out, length = [], 0
                while length < size:
                    word = rng.choice(words)
                    out.append(word)
                    length += len(word.encode()) + 1
                return " ".join(out).encode()[:size]
            if kind == 3 and real:
                blob = rng.choice(real)
                start = rng.randint(0, max(0, len(blob) - 1))
                return blob[start:start + size]
            alphabet = bytes(rng.sample(range(256), rng.randint(2, 6)))
            return bytes(rng.choices(alphabet, k=size))
        strategies = [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED]
        out = sys.stdout.buffer
        for index in range(count):
            size = rng.choice([0, 1, 2, 3, rng.randint(4, 64), rng.randint(64, 1024), rng.randint(1024, 4096)])
            if index % 50 == 0:
                size = rng.randint(20000, 70000)
            kind = rng.randint(0, 4)
            level = rng.choice([-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
            strategy = rng.choice(strategies)
            wbits = -rng.randint(9, 15)
            original = data(kind, size)
            compressor = zlib.compressobj(level, zlib.DEFLATED, wbits, rng.randint(1, 9), strategy)
            pieces = []
            cut = 0
            while cut < len(original):
                step = rng.randint(1, max(1, len(original) // 2 + 1))
                pieces.append(compressor.compress(original[cut:cut + step]))
                if rng.random() < 0.3:
                    pieces.append(compressor.flush(rng.choice([zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH])))
                cut += step
            pieces.append(compressor.flush())
            compressed = b"".join(pieces)
            label = ("k%d l%d s%d w%d" % (kind, level, strategy, -wbits)).encode()
            out.write(struct.pack("<III", len(label), len(original), len(compressed)) + label + original + compressed)
        """

    /// Writes `count` damaged streams (bit flips, cut ends, random bytes) with zlib's verdict.
    static let mutator = """
        import random, struct, sys, zlib
        count = int(sys.argv[1])
        rng = random.Random(1951)
        out = sys.stdout.buffer
        for index in range(count):
            size = rng.randint(0, 3000)
            base = bytes(rng.choice(b"aaaabbbcc dd\\n0123<>") for _ in range(size))
            stream = bytearray(zlib.compressobj(rng.choice([0, 1, 6, 9]), zlib.DEFLATED, -15, 8,
                                                 rng.choice([0, 1, 2, 3, 4])).compress(base))
            stream += zlib.compressobj(6, zlib.DEFLATED, -15).flush() if not stream else b""
            mode = index % 4
            if mode == 0 and stream:
                for _ in range(rng.randint(1, 4)):
                    position = rng.randrange(len(stream))
                    stream[position] ^= 1 << rng.randrange(8)
            elif mode == 1:
                stream = stream[:rng.randint(0, len(stream))]
            elif mode == 2:
                stream = bytearray(rng.getrandbits(8) for _ in range(rng.randint(0, 64)))
            else:
                if stream:
                    stream[rng.randrange(len(stream))] = rng.getrandbits(8)
            decompressor = zlib.decompressobj(-15)
            try:
                result = decompressor.decompress(bytes(stream), 1 << 22)
                verdict = 0 if decompressor.eof else 2
            except zlib.error:
                result, verdict = b"", 1
            out.write(struct.pack("<BII", verdict, len(result), len(stream)) + result + bytes(stream))
        """

    /// `count` cases from the generator, or nil when python3 is missing.
    static func cases(_ count: Int) -> [Case]? {
        guard let data = PythonTool.run(generator, arguments: [String(count), repositoryRoot.path]) else { return nil }
        var reader = BinaryReader(bytes: [UInt8](data))
        var cases: [Case] = []
        while !reader.atEnd {
            let labelLength = reader.uint32()
            let originalLength = reader.uint32()
            let compressedLength = reader.uint32()
            let label = String(decoding: reader.take(labelLength), as: UTF8.self)
            cases.append(Case(original: reader.take(originalLength), compressed: reader.take(compressedLength), label: label))
        }
        return cases
    }

    /// `count` damaged streams, or nil when python3 is missing.
    static func mutants(_ count: Int) -> [Mutant]? {
        guard let data = PythonTool.run(mutator, arguments: [String(count)]) else { return nil }
        var reader = BinaryReader(bytes: [UInt8](data))
        var mutants: [Mutant] = []
        while !reader.atEnd {
            let verdict = Mutant.Verdict(rawValue: reader.take(1).first ?? 1) ?? .refused
            let outputLength = reader.uint32()
            let inputLength = reader.uint32()
            let output = reader.take(outputLength)
            mutants.append(Mutant(input: reader.take(inputLength), verdict: verdict, output: output))
        }
        return mutants
    }
}

/// Little-endian fields of a byte array, for the batches above.
struct BinaryReader {
    let bytes: [UInt8]
    var position = 0

    var atEnd: Bool { position >= bytes.count }

    mutating func take(_ count: Int) -> [UInt8] {
        let end = min(bytes.count, position + count)
        defer { position = end }
        return Array(bytes[position..<end])
    }

    mutating func uint32() -> Int {
        take(4).reversed().reduce(0) { $0 << 8 | Int($1) }
    }
}
