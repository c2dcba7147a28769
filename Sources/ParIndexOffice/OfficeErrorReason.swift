/// What is wrong with a workbook, with the values the messages name.
public enum OfficeErrorReason: Sendable, Equatable {
    /// Not a ZIP archive (and not an old Excel file either).
    case notAWorkbook
    /// An OLE compound file: an Excel 97–2003 `.xls`, or a password-protected workbook.
    case oldExcelFormat
    /// A macro-enabled workbook (`.xlsm`).
    case macroEnabled
    /// The archive ends early or its directory is damaged.
    case truncatedArchive(String)
    /// A ZIP64 archive (sizes or counts above the 32-bit ZIP limits).
    case zip64
    /// More entries than ``ZipLimits/maximumEntries``.
    case tooManyEntries(count: Int, limit: Int)
    /// An entry name that could escape the archive or is malformed.
    case unsafeEntryName(name: String)
    /// The same entry name twice.
    case duplicateEntry(name: String)
    /// An encrypted entry.
    case encryptedEntry(name: String)
    /// A compression method other than stored (0) and DEFLATE (8).
    case unsupportedCompression(name: String, method: Int)
    /// An entry larger than ``ZipLimits/maximumEntrySize`` once decompressed.
    case entryTooLarge(name: String, size: Int, limit: Int)
    /// All entries together larger than ``ZipLimits/maximumTotalSize``.
    case archiveTooLarge(size: Int, limit: Int)
    /// An entry that decompresses to more than ``ZipLimits/maximumRatio`` times its size.
    case compressionRatioTooHigh(name: String, ratio: Int, limit: Int)
    /// The local header of an entry does not match the central directory.
    case localHeaderMismatch(name: String)
    /// The entry's CRC-32 does not match its contents.
    case checksumMismatch(name: String)
    /// The entry decompresses to a size other than the one recorded.
    case sizeMismatch(name: String)
    /// The entry's DEFLATE data is damaged.
    case damagedCompressedData(name: String, detail: String)
    /// A part the workbook needs is missing.
    case missingPart(name: String)
    /// The XML declares a document type or entities (never expanded).
    case xmlDoctype
    /// An entity reference other than the five predefined ones and character references.
    case xmlUnknownEntity(name: String)
    /// XML nested deeper than ``XMLLimits/maximumDepth``.
    case xmlTooDeep(limit: Int)
    /// A text or attribute longer than ``XMLLimits/maximumTextBytes``.
    case xmlTextTooLong(limit: Int)
    /// Malformed XML, at a line.
    case xmlSyntax(line: Int, detail: String)
    /// A cell text longer than Excel's 32,767 characters.
    case cellTextTooLong(length: Int, limit: Int)
    /// A formula cell without a cached value.
    case formulaWithoutValue(formula: String)
    /// A shared-string index that the table does not have.
    case badSharedString(index: String)
    /// A cell reference that is not `A1` style or is out of Excel's range.
    case badCellReference(String)
    /// A cell's value that does not fit its type (`<v>abc</v>` in a number cell).
    case badCellValue(value: String, type: String)
    /// A date serial number that is no date (negative, 60 in the 1900 system, after 9999).
    case badDate(serial: String)
    /// No worksheet in the workbook.
    case noSheets
    /// A free message for callers that validate cells (see ``OfficeError``).
    case custom(vi: String, en: String)

    private static let resave =
        "mở tệp bằng Excel hoặc LibreOffice Calc rồi lưu lại thành Sổ làm việc Excel (.xlsx)"
    private static let resaveEnglish = "open it in Excel or LibreOffice Calc and save it again as an Excel Workbook (.xlsx)"

    /// What is wrong and how to fix it, in Vietnamese.
    public var vi: String {
        switch self {
        case .notAWorkbook: "không phải tệp Excel .xlsx (không phải tệp ZIP); \(Self.resave)"
        case .oldExcelFormat:
            "tệp Excel 97–2003 (.xls) hoặc tệp đặt mật khẩu; mở bằng Excel, chọn Tệp > Lưu thành > Sổ làm việc Excel (.xlsx), "
                + "bỏ mật khẩu nếu có (hoặc chạy: soffice --headless --convert-to xlsx TỆP.xls)"
        case .macroEnabled:
            "sổ làm việc có macro (.xlsm) không được nhận; mở bằng Excel, chọn Tệp > Lưu thành > Sổ làm việc Excel (.xlsx)"
        case .truncatedArchive(let detail): "tệp bị cắt cụt hoặc hỏng (\(detail)); gửi lại tệp gốc hoặc \(Self.resave)"
        case .zip64: "tệp ZIP64 (quá lớn) không được hỗ trợ; giảm kích thước sổ làm việc"
        case .tooManyEntries(let count, let limit): "tệp có \(count) thành phần, quá giới hạn \(limit); đây không phải biểu mẫu thông thường"
        case .unsafeEntryName(let name): "tên thành phần không an toàn \"\(name)\" (có .., đường dẫn tuyệt đối hoặc dấu \\); tệp bị từ chối"
        case .duplicateEntry(let name): "thành phần \"\(name)\" xuất hiện hai lần; tệp bị từ chối"
        case .encryptedEntry(let name): "thành phần \"\(name)\" được mã hóa; bỏ mật khẩu rồi lưu lại thành .xlsx"
        case .unsupportedCompression(let name, let method):
            "thành phần \"\(name)\" nén theo phương pháp \(method) không được hỗ trợ; \(Self.resave)"
        case .entryTooLarge(let name, let size, let limit):
            "thành phần \"\(name)\" giải nén ra \(size) byte, quá giới hạn \(limit) byte"
        case .archiveTooLarge(let size, let limit): "tệp giải nén ra \(size) byte, quá giới hạn \(limit) byte"
        case .compressionRatioTooHigh(let name, let ratio, let limit):
            "thành phần \"\(name)\" có tỷ lệ nén \(ratio):1, quá giới hạn \(limit):1 (nghi là bom nén); tệp bị từ chối"
        case .localHeaderMismatch(let name): "thành phần \"\(name)\" có tiêu đề không khớp với danh mục; tệp bị hỏng, \(Self.resave)"
        case .checksumMismatch(let name): "thành phần \"\(name)\" sai mã kiểm tra CRC; tệp bị hỏng, gửi lại tệp gốc"
        case .sizeMismatch(let name): "thành phần \"\(name)\" có kích thước không khớp; tệp bị hỏng, gửi lại tệp gốc"
        case .damagedCompressedData(let name, let detail): "dữ liệu nén của \"\(name)\" bị hỏng (\(detail)); gửi lại tệp gốc"
        case .missingPart(let name): "thiếu thành phần \"\(name)\" của sổ làm việc; \(Self.resave)"
        case .xmlDoctype: "XML có khai báo DOCTYPE hoặc ENTITY, không được nhận; \(Self.resave)"
        case .xmlUnknownEntity(let name): "XML dùng thực thể không xác định &\(name);"
        case .xmlTooDeep(let limit): "XML lồng sâu quá \(limit) cấp; tệp bị từ chối"
        case .xmlTextTooLong(let limit): "XML có đoạn văn bản dài quá \(limit) byte; tệp bị từ chối"
        case .xmlSyntax(let line, let detail): "XML sai cú pháp ở dòng \(line): \(detail); \(Self.resave)"
        case .cellTextTooLong(let length, let limit): "ô có \(length) ký tự, quá giới hạn \(limit) ký tự của Excel; rút gọn nội dung ô"
        case .formulaWithoutValue(let formula):
            "công thức =\(formula) chưa có giá trị đã tính; mở tệp bằng Excel hoặc LibreOffice, để bảng tính tự tính rồi lưu lại tệp sau khi tính toán"
        case .badSharedString(let index): "ô trỏ tới chuỗi dùng chung số \(index) không tồn tại; tệp bị hỏng, \(Self.resave)"
        case .badCellReference(let text): "địa chỉ ô \"\(text)\" không hợp lệ"
        case .badCellValue(let value, let type): "giá trị \"\(value)\" không đúng kiểu ô \(type)"
        case .badDate(let serial): "số ngày \(serial) không phải một ngày hợp lệ; nhập ngày dạng ngày/tháng/năm"
        case .noSheets: "sổ làm việc không có trang tính nào"
        case .custom(let vi, _): vi
        }
    }

    /// What is wrong and how to fix it, in English.
    public var en: String {
        switch self {
        case .notAWorkbook: "not an Excel .xlsx file (not a ZIP archive); \(Self.resaveEnglish)"
        case .oldExcelFormat:
            "an Excel 97–2003 file (.xls) or a password-protected workbook; open it in Excel, choose File > Save As > "
                + "Excel Workbook (.xlsx), removing any password (or run: soffice --headless --convert-to xlsx FILE.xls)"
        case .macroEnabled: "macro-enabled workbooks (.xlsm) are refused; open it in Excel and choose File > Save As > Excel Workbook (.xlsx)"
        case .truncatedArchive(let detail): "the file is truncated or damaged (\(detail)); send the original again or \(Self.resaveEnglish)"
        case .zip64: "ZIP64 archives (too large) are not supported; make the workbook smaller"
        case .tooManyEntries(let count, let limit): "the archive has \(count) entries, above the limit of \(limit); this is not a form"
        case .unsafeEntryName(let name): "unsafe entry name \"\(name)\" (.., an absolute path or a backslash); the file is refused"
        case .duplicateEntry(let name): "entry \"\(name)\" appears twice; the file is refused"
        case .encryptedEntry(let name): "entry \"\(name)\" is encrypted; remove the password and save as .xlsx again"
        case .unsupportedCompression(let name, let method):
            "entry \"\(name)\" uses compression method \(method), which is not supported; \(Self.resaveEnglish)"
        case .entryTooLarge(let name, let size, let limit):
            "entry \"\(name)\" decompresses to \(size) bytes, above the limit of \(limit) bytes"
        case .archiveTooLarge(let size, let limit): "the file decompresses to \(size) bytes, above the limit of \(limit) bytes"
        case .compressionRatioTooHigh(let name, let ratio, let limit):
            "entry \"\(name)\" has a compression ratio of \(ratio):1, above the limit of \(limit):1 (a zip bomb?); the file is refused"
        case .localHeaderMismatch(let name):
            "the local header of \"\(name)\" does not match the directory; the file is damaged, \(Self.resaveEnglish)"
        case .checksumMismatch(let name): "entry \"\(name)\" fails its CRC check; the file is damaged, send the original again"
        case .sizeMismatch(let name): "entry \"\(name)\" has the wrong size; the file is damaged, send the original again"
        case .damagedCompressedData(let name, let detail): "the compressed data of \"\(name)\" is damaged (\(detail)); send the original again"
        case .missingPart(let name): "the workbook part \"\(name)\" is missing; \(Self.resaveEnglish)"
        case .xmlDoctype: "the XML declares a DOCTYPE or ENTITY, which is refused; \(Self.resaveEnglish)"
        case .xmlUnknownEntity(let name): "the XML uses the undefined entity &\(name);"
        case .xmlTooDeep(let limit): "the XML is nested deeper than \(limit) levels; the file is refused"
        case .xmlTextTooLong(let limit): "the XML has a text longer than \(limit) bytes; the file is refused"
        case .xmlSyntax(let line, let detail): "malformed XML at line \(line): \(detail); \(Self.resaveEnglish)"
        case .cellTextTooLong(let length, let limit): "the cell has \(length) characters, above Excel's limit of \(limit); shorten it"
        case .formulaWithoutValue(let formula):
            "the formula =\(formula) has no calculated value; open the file in Excel or LibreOffice, let it calculate, and save the file again"
        case .badSharedString(let index):
            "the cell points to shared string \(index), which does not exist; the file is damaged, \(Self.resaveEnglish)"
        case .badCellReference(let text): "invalid cell reference \"\(text)\""
        case .badCellValue(let value, let type): "the value \"\(value)\" does not fit the cell type \(type)"
        case .badDate(let serial): "the day number \(serial) is not a valid date; type the date as day/month/year"
        case .noSheets: "the workbook has no worksheet"
        case .custom(_, let en): en
        }
    }
}
