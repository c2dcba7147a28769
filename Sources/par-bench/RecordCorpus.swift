import Foundation
import ParIndexTestSupport

/// A deterministic set of dossier records (CSV and NDJSON with the same dossiers) for timing
/// `par-score kpi`: `count` records over 30 units in 2024, ISO dates, written in 4 MB blocks.
struct RecordCorpus {
    var csv: URL
    var ndjson: URL
    var count: Int
    var csvBytes: Int
    var ndjsonBytes: Int

    static let units = (1...30).map { "Phòng Văn hóa – Xã hội số \($0 < 10 ? "0" : "")\($0)" }

    static func make(count: Int, in folder: URL) throws -> RecordCorpus {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csv = folder.appendingPathComponent("ho-so.csv")
        let ndjson = folder.appendingPathComponent("ho-so.ndjson")
        FileManager.default.createFile(atPath: csv.path, contents: nil)
        FileManager.default.createFile(atPath: ndjson.path, contents: nil)
        let csvHandle = try FileHandle(forWritingTo: csv)
        let ndjsonHandle = try FileHandle(forWritingTo: ndjson)
        defer {
            try? csvHandle.close()
            try? ndjsonHandle.close()
        }
        var a: [UInt8] = []
        var b: [UInt8] = []
        a.reserveCapacity(1 << 22 + 4096)
        b.reserveCapacity(1 << 22 + 4096)
        a += Array(
            "MaHoSo,DonViXuLy,MaTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,NgayTra,TrangThaiHoSo,DuocThanhToanTrucTuyen,HoSoCoThanhPhanSoHoa,SoLanYeuCauBoSung,SoNgayChoBoSung,CoLePhi,CoKetQuaDienTu\n"
                .utf8)
        var random = SplitMix64(seed: 766)
        let unitBytes = units.map { Array($0.utf8) }
        let states = ["DA_XU_LY_XONG", "DA_TRA_KET_QUA", "DA_TRA_KET_QUA", "DA_TRA_KET_QUA", "DANG_XU_LY", "TU_CHOI", "RUT_HO_SO", "CHO_BO_SUNG"].map
        {
            Array($0.utf8)
        }
        let start = Int64(RecordClock.days(2024, 1, 1)) * 86_400
        var csvBytes = 0
        var ndjsonBytes = 0
        for index in 0..<count {
            let unit = Int(random.next() % 30)
            let received = start + Int64(random.next() % (350 * 86_400))
            let due = (received / 86_400 + 3 + Int64(random.next() % 12)) * 86_400 + 17 * 3600
            let state = Int(random.next() % UInt64(states.count))
            let completed = state < 4
            let ends = completed || state == 5 || state == 6
            let late = random.next() % 100 < 8
            let finished = late ? due + 60 + Int64(random.next() % (3 * 86_400)) : received + Int64(random.next() % UInt64(max(3600, due - received)))
            let supplements = random.next() % 20 == 0 ? 1 + Int(random.next() % 2) : 0
            let channel = 1 + Int(random.next() % 3)
            let fees = random.next() % 3 == 0
            let paid = fees && random.next() % 2 == 0
            let digitised = random.next() % 2 == 0
            let eresult = completed && random.next() % 2 == 0
            let id = Array("HS-\(index + 1)".utf8)
            // CSV
            a += id
            a.append(0x2C)
            a += unitBytes[unit]
            a += Array(",1.00\(index % 9),\(channel),".utf8)
            RecordClock.iso(received, into: &a)
            a.append(0x2C)
            RecordClock.iso(due, into: &a)
            a.append(0x2C)
            if ends { RecordClock.iso(finished, into: &a) }
            a.append(0x2C)
            if state == 1 || state == 2 || state == 3 { RecordClock.iso(finished + 3600, into: &a) }
            a.append(0x2C)
            a += states[state]
            a += Array(
                ",\(paid ? 1 : 0),\(digitised ? 1 : 0),\(supplements == 0 ? "" : String(supplements)),\(supplements == 0 ? "" : "1"),\(fees ? 1 : 0),\(eresult ? 1 : 0)\n"
                    .utf8)
            // NDJSON
            b += Array("{\"MaHoSo\":\"".utf8)
            b += id
            b += Array("\",\"DonViXuLy\":\"".utf8)
            b += unitBytes[unit]
            b += Array("\",\"MaTTHC\":\"1.00\(index % 9)\",\"KenhThucHien\":\(channel),\"NgayTiepNhan\":\"".utf8)
            RecordClock.iso(received, into: &b)
            b += Array("\",\"NgayHenTra\":\"".utf8)
            RecordClock.iso(due, into: &b)
            if ends {
                b += Array("\",\"NgayKetThucXuLy\":\"".utf8)
                RecordClock.iso(finished, into: &b)
            }
            if state == 1 || state == 2 || state == 3 {
                b += Array("\",\"NgayTra\":\"".utf8)
                RecordClock.iso(finished + 3600, into: &b)
            }
            b += Array("\",\"TrangThaiHoSo\":\"".utf8)
            b += states[state]
            b += Array("\",\"DuocThanhToanTrucTuyen\":\(paid ? 1 : 0),\"HoSoCoThanhPhanSoHoa\":\(digitised ? 1 : 0)".utf8)
            if supplements > 0 {
                b += Array(",\"DanhSachHoSoBoSung\":[".utf8)
                for k in 0..<supplements {
                    if k > 0 { b.append(0x2C) }
                    b += Array("{\"NgayYeuCauBoSung\":\"".utf8)
                    RecordClock.iso(received + 3600 * Int64(k + 1), into: &b)
                    b += Array("\",\"NgayHoanThanhBoSung\":\"".utf8)
                    RecordClock.iso(received + 3600 * Int64(k + 1) + 86_400 / Int64(supplements), into: &b)
                    b += Array("\"}".utf8)
                }
                b.append(0x5D)
            }
            b += Array(
                ",\"DanhSachLePhi\":[\(fees ? "{\"Gia\":50000}" : "")],\"DanhSachGiayToKetQua\":[\(eresult ? "{\"DuongDanTepTinKetQua\":\"https://x/kq.pdf\"}" : "")]}\n"
                    .utf8)
            if a.count >= 1 << 22 {
                csvBytes += a.count
                csvHandle.write(Data(a))
                a.removeAll(keepingCapacity: true)
            }
            if b.count >= 1 << 22 {
                ndjsonBytes += b.count
                ndjsonHandle.write(Data(b))
                b.removeAll(keepingCapacity: true)
            }
        }
        csvBytes += a.count
        ndjsonBytes += b.count
        csvHandle.write(Data(a))
        ndjsonHandle.write(Data(b))
        return RecordCorpus(csv: csv, ndjson: ndjson, count: count, csvBytes: csvBytes, ndjsonBytes: ndjsonBytes)
    }
}

/// Local times as seconds, written `yyyy-MM-ddTHH:mm:ss` without `Foundation` dates.
enum RecordClock {
    static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    static func iso(_ seconds: Int64, into out: inout [UInt8]) {
        let z = Int(seconds / 86_400) + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        let within = Int(seconds % 86_400)
        func two(_ v: Int) {
            out.append(UInt8(0x30 + v / 10))
            out.append(UInt8(0x30 + v % 10))
        }
        two(year / 100)
        two(year % 100)
        out.append(0x2D)
        two(month)
        out.append(0x2D)
        two(day)
        out.append(0x54)
        two(within / 3600)
        out.append(0x3A)
        two(within / 60 % 60)
        out.append(0x3A)
        two(within % 60)
    }
}
