import ParIndexCore

/// The help texts, in Vietnamese (default) and English, laid out OVERVIEW / USAGE / OPTIONS.
enum Help {
    static let exitCodesVi = """
        MÃ THOÁT:
          0   thành công
          1   xếp hạng xong nhưng có tệp bị loại, kể cả khi mọi tệp bị loại (mỗi tệp được nêu tên)
          64  sai cú pháp lệnh
          65  dữ liệu không hợp lệ (bản kê khai hoặc bộ tiêu chí)
          66  không tìm thấy hoặc không đọc được tệp đầu vào
          70  lỗi nội bộ (xin báo lỗi)
          73  không ghi được tệp kết quả
          130 bị ngắt (Ctrl-C); không để lại tệp dở dang
        """
    static let exitCodesEn = """
        EXIT CODES:
          0   success
          1   ranking done, but files were refused, even every file (each is named)
          64  usage error
          65  invalid data (submission or criteria)
          66  an input file is missing or unreadable
          70  internal error (please report it)
          73  an output file could not be written
          130 interrupted (Ctrl-C); no partial output is left
        """

    static func general(_ language: Language) -> String {
        language == .vi
            ? """
            TỔNG QUAN: par-score chấm điểm Chỉ số cải cách hành chính (PAR INDEX) của một đơn vị từ bản
            kê khai (agency.json) theo bộ tiêu chí dạng dữ liệu, giải thích từng điểm, và xếp hạng cả tỉnh.

            CÁCH DÙNG:
              par-score AGENCY.json [--criteria PATH] [--format text|json|docx|html] [--issuer FILE] [--strict] [--lang vi|en] [--out FILE]
              par-score validate PATH... [--strict] [--criteria PATH]
              par-score rank PATH... [--format text|json|csv|xlsx|md|html|docx] [--summary] [--issuer FILE] [--out FILE] [--previous PATH...]
              par-score criteria list [--criteria PATH] [--format text|json]
              par-score criteria show ID|FILE [--format text|md|json] [--out FILE]
              par-score criteria lint FILE...
              par-score criteria import TABLE.csv|TABLE.xlsx --id ID --title TEXT --unit-kind KIND --years FROM-TO --out FILE.json
              par-score criteria export ID --format csv|xlsx|docx --out FILE
              par-score criteria diff OLD NEW [--rescore FOLDER] [--format text|md|json]
              par-score template --framework ID [--year YEAR] [--format json|md|xlsx] [--out FILE]
              par-score convert FORM.xlsx --to json --out agency.json · convert agency.json --to xlsx --out form.xlsx
              par-score plan status PLAN.json [--progress FILE...] [--as-of DATE] [--format text|json|md|xlsx|html]
              par-score plan status FOLDER...
              par-score plan facts PLAN.json --progress FILE... --framework ID [--merge agency.json] [--overwrite]
              par-score kpi RECORDS... --period 2024|2024-Q1|2024-03 [--definition ID] [--format text|json|csv|xlsx]
              par-score --version

            Bản kê khai có thể là tệp Excel (.xlsx) theo biểu mẫu của "template --format xlsx": chấm điểm,
            validate và rank đọc được trực tiếp.
            Dùng "-" thay tên tệp để đọc từ đầu vào chuẩn. Thêm --help sau một lệnh để xem chi tiết.
            Bộ tiêu chí được tìm theo thứ tự: --criteria, biến PAR_CRITERIA, thư mục Criteria/ hiện tại,
            thư mục Criteria/ cạnh hoặc phía trên tệp chạy.

            \(exitCodesVi)

            """
            : """
            OVERVIEW: par-score scores a unit's PAR INDEX (Chỉ số cải cách hành chính) from its submission
            (agency.json) against a framework held as data, explains every point, and ranks a province.

            USAGE:
              par-score AGENCY.json [--criteria PATH] [--format text|json|docx|html] [--issuer FILE] [--strict] [--lang vi|en] [--out FILE]
              par-score validate PATH... [--strict] [--criteria PATH]
              par-score rank PATH... [--format text|json|csv|xlsx|md|html|docx] [--summary] [--issuer FILE] [--out FILE] [--previous PATH...]
              par-score criteria list [--criteria PATH] [--format text|json]
              par-score criteria show ID|FILE [--format text|md|json] [--out FILE]
              par-score criteria lint FILE...
              par-score criteria import TABLE.csv|TABLE.xlsx --id ID --title TEXT --unit-kind KIND --years FROM-TO --out FILE.json
              par-score criteria export ID --format csv|xlsx|docx --out FILE
              par-score criteria diff OLD NEW [--rescore FOLDER] [--format text|md|json]
              par-score template --framework ID [--year YEAR] [--format json|md|xlsx] [--out FILE]
              par-score convert FORM.xlsx --to json --out agency.json · convert agency.json --to xlsx --out form.xlsx
              par-score plan status PLAN.json [--progress FILE...] [--as-of DATE] [--format text|json|md|xlsx|html]
              par-score plan status FOLDER...
              par-score plan facts PLAN.json --progress FILE... --framework ID [--merge agency.json] [--overwrite]
              par-score kpi RECORDS... --period 2024|2024-Q1|2024-03 [--definition ID] [--format text|json|csv|xlsx]
              par-score --version

            A submission may be an Excel form (.xlsx) as "template --format xlsx" writes it: scoring,
            validate and rank read it directly.
            Use "-" as a file name to read standard input. Add --help after a command for details.
            Criteria are looked for in this order: --criteria, $PAR_CRITERIA, ./Criteria, then Criteria/
            beside or above the executable.

            \(exitCodesEn)

            """
    }

    static func score(_ language: Language) -> String {
        language == .vi
            ? """
            TỔNG QUAN: Chấm điểm một bản kê khai và in phiếu điểm.

            CÁCH DÙNG: par-score AGENCY.json [--criteria PATH] [--format text|json|docx|html] [--issuer FILE]
                                         [--lang vi|en] [--out FILE]

            ĐỐI SỐ:
              AGENCY.json          bản kê khai của đơn vị ("-" để đọc đầu vào chuẩn)

            TÙY CHỌN:
              --criteria PATH      thư mục hoặc tệp bộ tiêu chí (mặc định: Criteria/)
              --format FORMAT      text: phiếu điểm dạng văn bản (mặc định); json: kết quả JSON ổn định;
                                   docx: phiếu chấm điểm Word (mọi tiêu chí với điểm tối đa, tự chấm, hội
                                   đồng thẩm định, điểm đạt, giải thích và tài liệu kiểm chứng; chữ ký);
                                   html: phiếu chấm điểm in được (A4); docx ra màn hình cần --out
              --issuer FILE        hồ sơ cơ quan ban hành (JSON): cơ quan, số, ngày, người ký, nơi nhận;
                                   giá trị không có in thành dòng chấm (……). Ví dụ:
                                   Examples/issuer/so-noi-vu-dak-nong.issuer.json
              --lang vi|en         ngôn ngữ (mặc định: vi)
              --out FILE           ghi vào tệp (ghi trọn vẹn hoặc không ghi) thay vì đầu ra chuẩn
              --strict             thiếu dữ kiện làm mất điểm là lỗi (mã 65), không in phiếu điểm
              -h, --help           trợ giúp này

            \(exitCodesVi)

            """
            : """
            OVERVIEW: Score one submission and print its scorecard.

            USAGE: par-score AGENCY.json [--criteria PATH] [--format text|json|docx|html] [--issuer FILE]
                                     [--lang vi|en] [--out FILE]

            ARGUMENTS:
              AGENCY.json          the unit's submission ("-" reads standard input)

            OPTIONS:
              --criteria PATH      criteria folder or file (default: Criteria/)
              --format FORMAT      text: a text scorecard (default); json: the stable JSON result;
                                   docx: the Word appraisal record (every criterion with its maximum, the
                                   claimed score, the council's, the final points, the explanation and the
                                   evidence; signatures); html: a printable (A4) scorecard; docx to a
                                   terminal needs --out
              --issuer FILE        the issuer profile (JSON): bodies, number, date, signer, recipients;
                                   what it lacks prints as a dotted line (……). Example:
                                   Examples/issuer/so-noi-vu-dak-nong.issuer.json
              --lang vi|en         language (default: vi)
              --out FILE           write to a file (whole or not at all) instead of standard output
              --strict             a missing fact that costs points is an error (65); no scorecard
              -h, --help           this help

            \(exitCodesEn)

            """
    }

    static func validate(_ language: Language) -> String {
        language == .vi
            ? """
            TỔNG QUAN: Kiểm tra bản kê khai theo bộ tiêu chí mà không in phiếu điểm. Mỗi lỗi nêu tệp,
            đường dẫn JSON, tên và mã dữ kiện, giá trị và cách sửa (ví dụ "dùng dấu chấm thập phân:
            41830.5", "nhập số hồ sơ, không nhập tỷ lệ phần trăm", "có phải "tthc.onTime"?"). Dữ kiện
            còn thiếu làm mất điểm là cảnh báo, kèm số điểm bị mất và dòng tổng cộng.

            CÁCH DÙNG: par-score validate PATH... [--strict] [--criteria PATH] [--lang vi|en]

            ĐỐI SỐ:
              PATH                 tệp .json, hoặc thư mục (tìm mọi tệp .json bên trong, như rank)

            TÙY CHỌN:
              --strict             thiếu dữ kiện làm mất điểm là lỗi (mã 65)
              --criteria PATH      thư mục hoặc tệp bộ tiêu chí (mặc định: Criteria/)
              --lang vi|en         ngôn ngữ (mặc định: vi)

            \(exitCodesVi)

            """
            : """
            OVERVIEW: Check submissions against their framework without scoring. Each problem names the
            file, the JSON path, the fact by title and code, the value and how to fix it ("use a decimal
            point: 41830.5", "enter the count, not the percentage", "did you mean "tthc.onTime"?"). A
            missing fact that costs points is a warning, with the points lost and a summary line.

            USAGE: par-score validate PATH... [--strict] [--criteria PATH] [--lang vi|en]

            ARGUMENTS:
              PATH                 a .json file, or a folder (every .json file in it, as rank finds them)

            OPTIONS:
              --strict             a missing fact that costs points is an error (65)
              --criteria PATH      criteria folder or file (default: Criteria/)
              --lang vi|en         language (default: vi)

            \(exitCodesEn)

            """
    }

    static func criteria(_ language: Language) -> String {
        language == .vi
            ? """
            TỔNG QUAN: Liệt kê, xem, kiểm tra, nhập từ bảng, xuất ra bảng hoặc so sánh bộ tiêu chí.

            CÁCH DÙNG:
              par-score criteria list [--criteria PATH] [--format text|json]
              par-score criteria show ID|FILE [--format text|md|json] [--lang vi|en] [--out FILE]
              par-score criteria lint FILE... [--lang vi|en]
              par-score criteria import TABLE.csv|TABLE.xlsx ... (xem: par-score criteria import --help)
              par-score criteria export ID --format csv|xlsx|docx --out FILE
              par-score criteria diff OLD NEW [--rescore FOLDER] [--format text|md|json]

            show in cây tiêu chí với điểm tối đa, cách chấm từng tiêu chí thành phần bằng lời ("≥ 95 % →
            4 điểm; 80–95 % → 2 điểm; < 80 % → 0"), các dữ kiện cần nhập (tên, kiểu, đơn vị), tài liệu
            kiểm chứng, trường hợp không phát sinh, thành phần điểm và xếp loại. --format json cho cổng
            thông tin dựng biểu mẫu (tên song ngữ, ràng buộc nhập liệu, vị trí trong bản kê khai).

            lint kiểm tra: tổng điểm con bằng điểm cha, thành phần điểm, mã trùng, dữ kiện và chỉ số được
            khai báo, bậc điểm không hở không chồng, xếp loại phủ 0–100, nguồn gốc của mọi nút.

            \(exitCodesVi)

            """
            : """
            OVERVIEW: List, show, check, import from a table, export as a table, or compare criteria frameworks.

            USAGE:
              par-score criteria list [--criteria PATH] [--format text|json]
              par-score criteria show ID|FILE [--format text|md|json] [--lang vi|en] [--out FILE]
              par-score criteria lint FILE... [--lang vi|en]
              par-score criteria import TABLE.csv|TABLE.xlsx ... (see: par-score criteria import --help)
              par-score criteria export ID --format csv|xlsx|docx --out FILE
              par-score criteria diff OLD NEW [--rescore FOLDER] [--format text|md|json]

            show prints the tree with its maxima, each sub-criterion's rule in words ("≥ 95 % → 4
            points; 80–95 % → 2 points; < 80 % → 0"), the facts to enter (title, type, unit), the
            evidence documents, what happens when nothing arose, the components and the bands.
            --format json is for a portal that builds its form (titles in both languages, input
            constraints, the place of each value in a submission).

            lint checks: children adding up to their parent, components, duplicate ids, declared facts
            and metrics, tiers without gaps or overlaps, bands covering 0–100, provenance on every node.

            \(exitCodesEn)

            """
    }

    static func template(_ language: Language) -> String {
        language == .vi
            ? """
            TỔNG QUAN: In một bản kê khai trống liệt kê mọi dữ kiện và tài liệu mà bộ tiêu chí cần.
            Giá trị null nghĩa là chưa điền. Cuối tệp, phần "labels" ghi tên, kiểu và đơn vị của từng
            mục để người điền đọc; par-score bỏ qua phần này khi chấm. --format md in phiếu kê khai để
            in ra giấy (dữ kiện, tài liệu kiểm chứng từng tiêu chí, ô trống để điền).

            CÁCH DÙNG: par-score template --framework ID [--year YEAR] [--format json|md|xlsx] [--lang vi|en]
                         [--criteria PATH] [--out FILE]

            Với --format xlsx: biểu mẫu Excel để điền (trang Đơn vị, Số liệu, Minh chứng, Không áp dụng,
            Tự chấm, Thẩm định), có kiểm tra dữ liệu, khóa cột nhãn, in vừa khổ A4.

            \(exitCodesVi)

            """
            : """
            OVERVIEW: Print an empty submission listing every fact and document the framework needs.
            A null value means "not filled in yet". At its end, "labels" gives the title, type and unit
            of each entry for the person filling it in; par-score skips it when scoring. --format md
            prints a checklist to print (facts, the evidence of each sub-criterion, blanks to fill).

            USAGE: par-score template --framework ID [--year YEAR] [--format json|md|xlsx] [--lang vi|en]
                     [--criteria PATH] [--out FILE]

            With --format xlsx: an Excel form to fill in (sheets Unit, Facts, Evidence, Not applicable,
            Self-assessment, Appraisal), with data validation, locked label columns, printing on A4.

            \(exitCodesEn)

            """
    }

    static func convert(_ language: Language) -> String {
        language == .vi
            ? """
            TỔNG QUAN: Chuyển bản kê khai giữa tệp Excel (biểu mẫu của "template --format xlsx") và tệp
            JSON. Bản kê khai được kiểm tra như khi chấm điểm; lỗi nêu trang và ô (Số liệu!D12).

            CÁCH DÙNG:
              par-score convert FORM.xlsx --to json [--out agency.json] [--criteria PATH]
              par-score convert agency.json --to xlsx --out form.xlsx [--lang vi|en] [--criteria PATH]

            \(exitCodesVi)

            """
            : """
            OVERVIEW: Convert a submission between an Excel form (as "template --format xlsx" writes it)
            and a JSON file. The submission is checked as scoring checks it; errors name the sheet and
            cell (Facts!D12).

            USAGE:
              par-score convert FORM.xlsx --to json [--out agency.json] [--criteria PATH]
              par-score convert agency.json --to xlsx --out form.xlsx [--lang vi|en] [--criteria PATH]

            \(exitCodesEn)

            """
    }

    static func plan(_ language: Language) -> String {
        language == .vi
            ? """
            TỔNG QUAN: Theo dõi Kế hoạch CCHC năm của đơn vị. "plan status" cho biết tình hình thực hiện
            theo lĩnh vực và theo đơn vị chủ trì (hoàn thành đúng hạn, chậm, quá hạn, chưa đến hạn), các
            nhiệm vụ có nguy cơ chậm (đến hạn trong 30 ngày mà chưa triển khai), kinh phí đã dùng và các tài
            liệu kiểm chứng có thể trích dẫn. Với một hay nhiều THƯ MỤC: bảng của cả tỉnh (các đơn vị theo
            tỷ lệ hoàn thành, nhiệm vụ quá hạn theo đơn vị). "plan facts" điền các dữ kiện mà kế hoạch xác
            định (theo khai báo planMeasures của bộ tiêu chí) và tài liệu kiểm chứng vào bản kê khai.

            CÁCH DÙNG:
              par-score plan status PLAN.json [--progress FILE...] [--as-of YYYY-MM-DD]
                                    [--format text|json|md|xlsx|html] [--out FILE] [--lang vi|en]
              par-score plan status FOLDER... [--as-of YYYY-MM-DD] [--format …] [--out FILE]
              par-score plan facts PLAN.json --progress FILE... --framework ID [--as-of YYYY-MM-DD]
                                   [--merge agency.json] [--overwrite] [--out FILE] [--criteria PATH]

            TÙY CHỌN:
              --progress FILE   báo cáo tiến độ (quý, 6 tháng, năm); báo cáo sau thay báo cáo trước
              --as-of DATE      ngày tính tình hình (mặc định: ngày của báo cáo mới nhất); báo cáo có
                                ngày sau DATE bị bỏ qua; hạn ngày D: đến hết ngày D chưa quá hạn
              --merge FILE      bản kê khai đã có; giá trị đã nhập được giữ, trừ khi có --overwrite
                                (mọi khác biệt đều được báo)
              --out FILE        ghi vào tệp (ghi trọn vẹn hoặc không ghi); xlsx ra màn hình cần --out

            Định dạng tệp kế hoạch và báo cáo tiến độ: bài "Plan and progress formats" (DocC).
            Thư mục: tệp lỗi được nêu tên và bỏ ra, bảng vẫn được in (mã thoát 1).

            \(exitCodesVi)

            """
            : """
            OVERVIEW: Track a unit's annual PAR plan. "plan status" shows completion by section and by
            unit in charge (done on time, done late, overdue, not yet due), the tasks at risk (due within
            30 days and not started), the budget spent and the documents the self-assessment can cite.
            Given FOLDERs: the province's table (units by completion rate, overdue tasks by unit).
            "plan facts" fills the facts a plan determines (as the framework's planMeasures declare) and
            the evidence documents into a submission.

            USAGE:
              par-score plan status PLAN.json [--progress FILE...] [--as-of YYYY-MM-DD]
                                    [--format text|json|md|xlsx|html] [--out FILE] [--lang vi|en]
              par-score plan status FOLDER... [--as-of YYYY-MM-DD] [--format …] [--out FILE]
              par-score plan facts PLAN.json --progress FILE... --framework ID [--as-of YYYY-MM-DD]
                                   [--merge agency.json] [--overwrite] [--out FILE] [--criteria PATH]

            OPTIONS:
              --progress FILE   a progress report (quarter, six months, year); later ones replace earlier
              --as-of DATE      the date of the status (default: the latest report's); reports dated
                                after DATE are left out; due on day D: not overdue until D has passed
              --merge FILE      an existing submission; typed values are kept unless --overwrite
                                (every difference is reported)
              --out FILE        write to a file (whole or not at all); xlsx to a terminal needs --out

            File formats: the DocC article "Plan and progress formats".
            Folders: invalid files are named and left out, the table is still printed (exit status 1).

            \(exitCodesEn)

            """
    }

    static func rank(_ language: Language) -> String {
        language == .vi
            ? """
            TỔNG QUAN: Chấm và xếp hạng nhiều đơn vị. Mỗi PATH là một tệp kê khai hoặc một thư mục (tìm
            đệ quy các tệp .json, trừ tệp kế hoạch *.plan.json, *.progress.json và hồ sơ cơ quan ban hành
            *.issuer.json). Đơn vị khác loại (sở, xã, …) hoặc khác bộ tiêu chí được xếp ở bảng riêng.
            Tệp lỗi được nêu tên và bỏ ra; các đơn vị khác vẫn được xếp hạng (mã thoát 1).

            CÁCH DÙNG: par-score rank PATH... [--criteria PATH] [--format text|json|csv|xlsx|md|html|docx]
                                          [--summary] [--issuer FILE] [--out FILE] [--previous PATH...]
                                          [--ndjson FILE] [--lang vi|en] [--prefer refuse|newer]
                                          [--lineage FILE] [--csv-dialect default|vi]

            TÙY CHỌN:
              --format FORMAT      text (mặc định), json, csv (UTF-8 có BOM cho Excel), xlsx (sẵn để in: A4
                                   ngang, mỗi bảng một trang tính, điểm từng tiêu chí), md, html,
                                   docx (phụ lục của quyết định công bố kết quả, theo Nghị định 30/2020/NĐ-CP)
              --summary            (html) báo cáo tóm tắt một trang A4 cho lãnh đạo: biểu đồ, xếp loại, đơn
                                   vị dẫn đầu và cuối bảng, thay đổi so với năm trước (khi có --previous)
              --issuer FILE        hồ sơ cơ quan ban hành (JSON) cho tiêu đề, số, ngày, người ký, nơi nhận
              --out FILE           ghi vào tệp (ghi trọn vẹn hoặc không ghi); xlsx, docx ra màn hình cần --out
              --previous PATH      bản kê khai năm trước, để tính thay đổi chỉ số và thứ hạng
              --ndjson FILE        đọc thêm các bản kê khai, mỗi dòng một đối tượng JSON ("-": đầu vào chuẩn)
              --scorecards         (json) kèm phiếu điểm đầy đủ của từng đơn vị
              --prefer refuse|newer  hai tệp cùng đơn vị, bộ tiêu chí và năm: refuse (mặc định) loại cả
                                   hai và nêu tên; newer xếp hạng tệp mới hơn (thời điểm sửa tệp; dòng
                                   sau của cùng tệp NDJSON) và nêu tên tệp kia
              --lineage FILE       tệp JSON mã đơn vị cũ → mới (đổi tên, hợp nhất, chia tách) để so với
                                   --previous; đơn vị hợp nhất so với trung bình cộng chỉ số các đơn vị cũ
              --issuer FILE        (xlsx) hồ sơ cơ quan ban hành (JSON): cơ quan chủ quản, cơ quan ban hành và
                                   dòng "Kèm theo Quyết định số …" in ở đầu trang
              --csv-dialect default|vi  (csv) default: dấu phẩy, dấu chấm thập phân; vi: cho Excel đặt
                                   tiếng Việt: dấu chấm phẩy, dấu phẩy thập phân (cả hai: BOM UTF-8, CRLF)

            QUY TẮC ĐỒNG HẠNG: xếp theo chỉ số giảm dần; các đơn vị có chỉ số bằng nhau khi làm tròn
            để hiển thị thì cùng hạng (1, 2, 2, 4), liệt kê theo tên rồi theo mã đơn vị. Tên được so
            theo thứ tự chữ cái tiếng Việt, không phân biệt hoa thường: a ă â b c d đ e ê g h i k l m n
            o ô ơ p q r s t u ư v x y (f, j, w, z theo bảng chữ cái La-tinh); dấu cách trước chữ số,
            chữ số trước chữ cái, dãy chữ số so theo giá trị (Phường 2 trước Phường 10), dấu câu bỏ
            qua; tên giống nhau về chữ cái thì so dấu thanh: không dấu, huyền, hỏi, ngã, sắc, nặng;
            rồi chữ thường trước chữ hoa. Chỉ số được tính chính xác và chỉ làm tròn một lần để hiển
            thị (50,0049928… là 50,00). Đơn vị không có tiêu chí nào áp dụng thì không xếp loại, được
            liệt kê riêng, không có hạng và không tính vào thống kê.

            MỖI ĐƠN VỊ MỘT LẦN: một đơn vị không bao giờ được xếp hạng hai lần. Đơn vị năm nay không
            có kết quả năm trước (theo mã hoặc theo --lineage) được nêu trong một cảnh báo.

            \(exitCodesVi)

            """
            : """
            OVERVIEW: Score and rank many units. Each PATH is a submission file or a folder (searched
            recursively for .json files, except plan files *.plan.json and *.progress.json and issuer
            profiles *.issuer.json). Units of different kinds (sở, xã, …) or frameworks are ranked in
            separate tables. Refused files are named and left out; every other unit is ranked (exit 1).

            USAGE: par-score rank PATH... [--criteria PATH] [--format text|json|csv|xlsx|md|html|docx]
                                      [--summary] [--issuer FILE] [--out FILE] [--previous PATH...]
                                      [--ndjson FILE] [--lang vi|en] [--prefer refuse|newer]
                                      [--lineage FILE] [--csv-dialect default|vi]

            OPTIONS:
              --format FORMAT      text (default), json, csv (UTF-8 with BOM for Excel), xlsx (print-ready:
                                   A4 landscape, one sheet per table, every sub-criterion), md, html,
                                   docx (the appendix of the decision publishing the results, Decree 30/2020)
              --summary            (html) a one-page A4 brief for leaders: chart, bands, top and bottom
                                   units, changes since last year (with --previous)
              --issuer FILE        the issuer profile (JSON) for the header, number, date, signer, recipients
              --out FILE           write to a file (whole or not at all); xlsx and docx to a terminal need it
              --previous PATH      last year's submissions, for the change of index and rank
              --ndjson FILE        also read submissions, one JSON object a line ("-": standard input)
              --scorecards         (json) include each unit's whole scorecard
              --prefer refuse|newer  two files for the same unit, framework and year: refuse (default)
                                   refuses and names both; newer ranks the newer one (file modification
                                   time; the later line of one NDJSON file) and names the other
              --lineage FILE       JSON file of old unit id → new id (renamed, merged, split) for
                                   --previous; a merged unit is compared with the mean of its units' indices
              --issuer FILE        (xlsx) issuer profile (JSON): the governing and issuing bodies and the
                                   line "Kèm theo Quyết định số …" printed in the page header
              --csv-dialect default|vi  (csv) default: comma, decimal point; vi: for Excel set to
                                   Vietnamese: semicolon, decimal comma (both: UTF-8 BOM, CRLF)

            TIE RULE: by index, descending; units whose indices are equal at the displayed precision
            share a rank (1, 2, 2, 4) and are listed by name, then by unit id. Names compare in
            Vietnamese alphabetical order, case aside: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t
            u ư v x y (f, j, w, z where they fall in the Latin alphabet); a space before digits, digits
            before letters, a run of digits by value (Phường 2 before Phường 10), punctuation ignored;
            names equal in letters compare by tone: none, huyền, hỏi, ngã, sắc, nặng; then lower case
            before upper case. Indices are exact and rounded once, for display (50.0049928… is 50.00).
            A unit to which nothing applies is not rated: listed apart, without rank, out of the
            statistics.

            ONE UNIT, ONCE: a unit is never ranked twice. A unit of this year without a previous
            result (by id or through --lineage) is named in a warning.

            \(exitCodesEn)

            """
    }

    static func kpi(_ language: Language) -> String {
        language == .vi
            ? """
            TỔNG QUAN: Tính các chỉ số giải quyết TTHC từ danh sách hồ sơ của hệ thống một cửa (mỗi hồ sơ
            một dòng): tiếp nhận, kỳ trước chuyển qua, giải quyết trước hạn / đúng hạn / trễ hạn, đang giải
            quyết trong hạn / quá hạn, rút, trả lại, trực tuyến, kết quả điện tử, số hóa, thanh toán trực
            tuyến, thư xin lỗi; mỗi tỷ lệ kèm tử số và mẫu số, theo một CÁCH TÍNH có tên (Definitions/), và
            giải thích khác biệt với các cách tính khác. Bản ghi sai (kết thúc trước khi tiếp nhận, hẹn trả
            trước ngày tiếp nhận, trạng thái lạ…) được nêu tên tệp, dòng và bỏ ra, không tính.

            CÁCH DÙNG:
              par-score kpi RECORDS... --period 2024|2024-Q1|2024-03 [--definition ID] [--mapping FILE]
                            [--format text|json|csv|xlsx] [--out FILE] [--verdicts FILE.csv]
              par-score kpi RECORDS... --period 2024 --merge agency.json --out agency-2024.json [--overwrite] [--unit TÊN]

            TÙY CHỌN:
              RECORDS              tệp .csv (RFC 4180, UTF-8) hoặc .ndjson/.jsonl, tên trường như bản ghi đồng bộ
                                   DVCQG (MaHoSo, DonViXuLy, NgayTiepNhan, NgayHenTra, TrangThaiHoSo…)
              --period P           năm 2024, quý 2024-Q1 hoặc tháng 2024-03
              --definition ID      cách tính (mặc định vpcp-766; có completed-only)
              --compare ID         so với cách tính khác (mặc định: mọi cách tính còn lại); --no-compare để bỏ
              --definitions PATH   thư mục cách tính (mặc định Definitions/, như --criteria)
              --mapping FILE       tệp ánh xạ tên cột, giá trị trạng thái, kênh, dạng ngày của tệp xuất khác
              --verdicts FILE.csv  từng hồ sơ với kết luận và lý do ("quá hạn: 2 lần yêu cầu bổ sung")
              --merge agency.json  bản tự đánh giá mới: điền các dữ kiện có fromRecords; giá trị nhập tay khác
                                   được liệt kê và giữ nguyên, trừ khi có --overwrite; ghi factSources
              --unit TÊN           DonViXuLy của đơn vị (mặc định: mã hoặc tên đơn vị trong bản tự đánh giá)

            \(exitCodesVi)

            """
            : """
            OVERVIEW: Computes the dossier KPIs from a one-stop system's dossier list (one dossier a record):
            received, carried over, completed early / on time / late, in progress within / past due,
            withdrawn, returned, online, electronic result, digitised, paid online, apology letters; every
            rate with its numerator and denominator, under a NAMED DEFINITION (Definitions/), and explains
            the difference from the other definitions. Faulty records (finished before received, due before
            receipt, unknown state …) are named with file and line and left out of every figure.

            USAGE:
              par-score kpi RECORDS... --period 2024|2024-Q1|2024-03 [--definition ID] [--mapping FILE]
                            [--format text|json|csv|xlsx] [--out FILE] [--verdicts FILE.csv]
              par-score kpi RECORDS... --period 2024 --merge agency.json --out agency-2024.json [--overwrite] [--unit NAME]

            OPTIONS:
              RECORDS              .csv (RFC 4180, UTF-8) or .ndjson/.jsonl files, with the field names of the
                                   national sync record (MaHoSo, DonViXuLy, NgayTiepNhan, NgayHenTra, TrangThaiHoSo …)
              --period P           a year 2024, a quarter 2024-Q1 or a month 2024-03
              --definition ID      the definition (default vpcp-766; also completed-only)
              --compare ID         compare with another definition (default: every other one); --no-compare for none
              --definitions PATH   the definitions folder (default Definitions/, found like --criteria)
              --mapping FILE       renames another export's columns, status values, channels and date forms
              --verdicts FILE.csv  each dossier with its verdict and reason ("quá hạn: 2 lần yêu cầu bổ sung")
              --merge agency.json  a new submission: facts with fromRecords filled; differing typed values are
                                   listed and kept unless --overwrite; factSources written
              --unit NAME          the unit's DonViXuLy (default: the submission's unit id or name)

            \(exitCodesEn)

            """
    }
}
