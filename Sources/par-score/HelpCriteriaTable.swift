import ParIndexCore

/// The help of `criteria import`, `criteria export` and `criteria diff`.
extension Help {
    static func criteriaImport(_ language: Language) -> String {
        language == .vi
            ? """
            TỔNG QUAN: Nhập bộ tiêu chí từ bảng (phụ lục của quyết định) gõ trong Excel, lưu dạng CSV UTF-8
            (dấu phân cách , hoặc ;) hoặc xlsx. Mỗi dòng một tiêu chí: Mã (1, 1.1, 1.1.1), Nội dung,
            Điểm tối đa; tùy chọn: Thành phần, Cách chấm, Tài liệu kiểm chứng, Nguồn, Trạng thái,
            Trích dẫn, Nội dung (en). Bảng khai báo (trang thứ hai, hoặc tệp TABLE.khai-bao.csv bên cạnh,
            hoặc --declarations) khai báo dữ kiện, chỉ số, thành phần, xếp loại, điểm thưởng, điểm trừ.
            Mọi lỗi nêu dòng và cột; kết quả được kiểm tra (lint) rồi mới ghi, ghi trọn vẹn hoặc không ghi.

            CÁCH DÙNG: par-score criteria import TABLE.csv|TABLE.xlsx --id ID --title TEXT --unit-kind KIND
                                  --years FROM-TO [--source TEXT] [--declarations FILE.csv] --out FRAMEWORK.json

            CÁCH CHẤM:
              trực tiếp                              điểm do hội đồng thẩm định cho
              điều tra                               điểm điều tra xã hội học
              tài liệu [; thiếu: theo tỷ lệ|50%]     đủ tài liệu ở cột Tài liệu kiểm chứng (mã: tên; …)
              có/không: FACT                         dữ kiện có/không
              tỷ lệ: METRIC [mục tiêu 80]            điểm = tối đa × tỷ lệ ÷ mục tiêu
              bậc: METRIC; ≥95: 1,5; 80–<95: 0,75; <80: 0     (bậc: dữ kiện FACT; … cho số lượng)
              đếm: DONE / TOTAL [; đủ hết]           (hoặc DONE / 4)
              phương án: FACT; A: 100%; B: 60%; …
              khảo sát; A = COUNT_A: 100%; B = COUNT_B: 60%; … [; tổng thể: FACT] [; sai số: 5%]
              hạn: FACT trước 15/02; FACT đến 31/12 năm trước; FACT trước 15 tháng thứ 2 quý 1
                   [; chậm: 50%] [; không gửi: 0%] [; từng mục]
              tỷ lệ, bậc, đếm: thêm "; không phát sinh: đủ điểm" (hoặc 0 điểm, không áp dụng)

            Định dạng bảng: bài DocC "The criteria table format".

            \(exitCodesVi)

            """
            : """
            OVERVIEW: Import a framework from a table (a decision's appendix) typed in Excel, saved as CSV
            UTF-8 (separated by , or ;) or xlsx. One row per criterion: Mã/Code (1, 1.1, 1.1.1), Nội
            dung/Title, Điểm tối đa/Max points; optional: Thành phần/Component, Cách chấm/Scoring,
            Tài liệu kiểm chứng/Documents, Nguồn/Source, Trạng thái/Status, Trích dẫn/Quote, Title (en).
            The declarations (the second sheet, or TABLE.khai-bao.csv beside the table, or
            --declarations) declare facts, metrics, components, bands, bonus and penalty. Every problem
            names its row and column; the result is linted before it is written, whole or not at all.

            USAGE: par-score criteria import TABLE.csv|TABLE.xlsx --id ID --title TEXT --unit-kind KIND
                              --years FROM-TO [--source TEXT] [--declarations FILE.csv] --out FRAMEWORK.json

            The scoring vocabulary is Vietnamese (see the Vietnamese help: --lang vi) and the DocC
            article "The criteria table format".

            \(exitCodesEn)

            """
    }

    static func criteriaExport(_ language: Language) -> String {
        language == .vi
            ? """
            TỔNG QUAN: Viết bộ tiêu chí ra bảng: csv (TABLE.csv và bảng khai báo TABLE.khai-bao.csv, UTF-8
            có BOM, dấu ;) hoặc xlsx (hai trang: Tiêu chí, Khai báo). "criteria import" đọc lại được đúng
            bộ tiêu chí đó. docx: phụ lục kèm theo quyết định ban hành bộ tiêu chí (thể thức Nghị định
            30/2020/NĐ-CP), với tiêu đề của cơ quan ban hành theo --issuer.

            CÁCH DÙNG: par-score criteria export ID|FILE.json --format csv|xlsx|docx --out FILE [--issuer FILE]
                                                [--criteria PATH] [--lang vi|en]

            \(exitCodesVi)

            """
            : """
            OVERVIEW: Write a framework as a table: csv (TABLE.csv and the declarations TABLE.khai-bao.csv,
            UTF-8 with BOM, ; separated) or xlsx (two sheets). "criteria import" reads it back to the same
            framework. --lang en writes English column headings. docx: the appendix of the decision that
            issues the framework (Decree 30/2020/NĐ-CP layout), with the issuer's header from --issuer.

            USAGE: par-score criteria export ID|FILE.json --format csv|xlsx|docx --out FILE [--issuer FILE]
                                            [--criteria PATH] [--lang vi|en]

            \(exitCodesEn)

            """
    }

    static func criteriaDiff(_ language: Language) -> String {
        language == .vi
            ? """
            TỔNG QUAN: So sánh hai bộ tiêu chí: tiêu chí thêm, bỏ, chuyển chỗ hoặc đổi tên (ghép theo mã và
            theo nội dung), điểm tối đa thay đổi, cách chấm thay đổi (bậc, mục tiêu, tài liệu), dữ kiện thêm
            hoặc bỏ, thành phần và xếp loại thay đổi. --rescore FOLDER chấm các bản kê khai trong thư mục
            theo cả hai bộ và in chỉ số, thứ hạng trước và sau của từng đơn vị, cùng những thay đổi đã làm
            đơn vị đó lên hoặc xuống.

            CÁCH DÙNG: par-score criteria diff OLD NEW [--rescore FOLDER] [--format text|md|json] [--criteria PATH] [--lang vi|en]
              OLD, NEW   mã bộ tiêu chí hoặc tệp .json

            \(exitCodesVi)

            """
            : """
            OVERVIEW: Compare two frameworks: nodes added, removed, moved or renamed (matched by id and by
            title), maxima changed, rules changed (tiers, targets, documents), facts added or dropped,
            components and bands changed. --rescore FOLDER scores the folder's submissions under both and
            prints each unit's index and rank before and after, and the changes that moved it.

            USAGE: par-score criteria diff OLD NEW [--rescore FOLDER] [--format text|md|json] [--criteria PATH] [--lang vi|en]
              OLD, NEW   framework ids or .json files

            \(exitCodesEn)

            """
    }
}
