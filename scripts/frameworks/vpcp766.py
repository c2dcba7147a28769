#!/usr/bin/env python3
"""Writes Criteria/vpcp-766-tinh.json and Criteria/vpcp-766-xa.json, and the fromRecords
annotations (`fromRecords`) on the facts that dossier records fill.

Source of every number: ../shared/reference/qd766.md §1 (the decision's five groups, confirmed by
the cited pages) and §2 (the portal's rows and point conversions, from VPCP's formula sheet as
extracted by the public project ChippedTopaz/qd766: adapted, not the decision's text).
"""
from common import FROM_RECORDS, D, T, fact, leaf, leaves_of, metric, node, prov, ratio, write

REF = "tài liệu tham khảo qd766.md"
DECISION = "766/QĐ-TTg ngày 23/06/2022 (5 nhóm chỉ số, 100 điểm; theo sonoivu.namdinh.gov.vn, cchc.soctrang.gov.vn)"
SHEET = ("bảng công thức của VPCP 'Công thức 766.xlsx' (bản 2026, trích trong dự án công khai ChippedTopaz/qd766, "
         "docs/metrics.m0.json; " + REF + " §2)")
FIT = ("cách quy đổi điểm khớp với Cổng DVCQG trong phạm vi 0,015 điểm (dự án ChippedTopaz/qd766 khớp trên 37 phản hồi, "
       "Phú Thọ 2026; không phải công thức pháp lý; " + REF + " §2)")
COMMUNE_FULL = ("cấp xã được điểm tối đa cho tiêu chí không áp dụng (ChippedTopaz/qd766, docs/API_CONTRACT_M0.md; "
                + REF + " §2)")


def official_group(vi):
    return prov("official", f"{DECISION}: nhóm '{vi}'")


def row(n, code, extra=""):
    code_text = f", mã {code}" if code else ""
    return f"dòng {n} của {SHEET}{code_text}{extra}"


def build(scope):
    commune = scope == "X"
    facts, metrics = [], []

    def F(fid, vi, en, ftype="count", records=None):
        extra = {"fromRecords": records} if records and FROM_RECORDS else {}
        facts.append(fact(fid, vi, en, ftype, **extra))
        if records:
            RECORDS[scope][fid] = records

    def M(mid, vi, en, num, den):
        metrics.append(metric(mid, vi, en, num, den))

    def onrec(figure):
        return {"figure": figure, "definition": "vpcp-766"}

    # ---------------------------------------------------------------- facts
    F("publish.onTime", "Số TTHC công bố đúng hạn trong kỳ", "Procedures published on time in the period")
    F("publish.total", "Tổng số TTHC đã công bố trong kỳ", "Procedures published in the period")
    F("public.updatedOnTime", "Số TTHC được cập nhật, công khai đúng hạn", "Procedures updated and made public on time")
    F("public.toUpdate", "Số TTHC phải cập nhật, công khai trong kỳ", "Procedures to update and make public in the period")
    F("public.complete", "Số TTHC công khai đầy đủ các bộ phận tạo thành", "Procedures published with every constituent part")
    F("public.procedures", "Số TTHC được công khai", "Procedures made public")
    F("dossier.synced", "Số hồ sơ đồng bộ trạng thái theo thời gian thực với Cổng DVCQG",
      "Dossiers whose status is synchronised in real time with the National Public Service Portal")
    F("dossier.received", "Số hồ sơ tiếp nhận trong kỳ", "Dossiers received in the period", records=onrec("received"))
    F("dossier.onTime", "Số hồ sơ xử lý đúng hạn (trước hạn, đúng hạn; đang xử lý trong hạn) theo định nghĩa vpcp-766",
      "Dossiers handled on time (early, on time; in progress within time) under the vpcp-766 definition",
      records=onrec("onTime"))
    F("dossier.onTimeDenominator", "Số hồ sơ tiếp nhận và xử lý trong kỳ (mẫu số tỷ lệ đúng hạn vpcp-766)",
      "Dossiers received and processed in the period (denominator of the vpcp-766 on-time rate)",
      records=onrec("onTimeDenominator"))
    F("online.proceduresOffered", "Số TTHC cung cấp dịch vụ công trực tuyến (một phần hoặc toàn trình)",
      "Procedures offered online (partly or fully)")
    F("online.procedures", "Số TTHC thuộc thẩm quyền giải quyết", "Procedures under the unit's authority")
    if not commune:
        F("online.servicesWithDossiers", "Số dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến",
          "Online services that received online dossiers")
        F("online.services", "Số dịch vụ công trực tuyến được cung cấp", "Online services offered")
    F("dossier.online", "Số hồ sơ nộp trực tuyến", "Dossiers submitted online", records=onrec("online"))
    F("dossier.direct", "Số hồ sơ nộp trực tiếp", "Dossiers submitted in person", records=onrec("direct"))
    F("dossier.postal", "Số hồ sơ nộp qua bưu chính công ích", "Dossiers submitted by public postal service",
      records=onrec("postal"))
    F("dossier.completed", "Số hồ sơ đã giải quyết xong trong kỳ", "Dossiers completed in the period",
      records=onrec("completed"))
    F("dossier.electronicResult", "Số hồ sơ có kết quả giải quyết điện tử", "Dossiers with an electronic result",
      records=onrec("electronicResult"))
    F("dossier.digitised", "Số hồ sơ được số hóa thành phần hồ sơ", "Dossiers whose components were digitised",
      records=onrec("digitised"))
    if commune:
        F("certifiedCopy.electronic", "UBND xã thực hiện chứng thực bản sao điện tử từ bản chính",
          "The commune issues electronic certified copies from originals", "boolean")
    else:
        F("certifiedCopy.communesIssuing", "Số xã, phường thực hiện chứng thực bản sao điện tử từ bản chính",
          "Communes that issue electronic certified copies from originals")
        F("certifiedCopy.communes", "Tổng số xã, phường", "Communes and wards")
    F("reuse.componentsReplaced", "Số thành phần hồ sơ được cắt giảm, thay thế dựa trên dữ liệu",
      "Dossier components cut or replaced by data")
    F("reuse.components", "Số thành phần hồ sơ phải nộp", "Dossier components required")
    F("reuse.digitisedShared", "Số hồ sơ số hóa có kết nối, chia sẻ dữ liệu (kho dữ liệu cá nhân trên Cổng DVCQG) để tái sử dụng",
      "Digitised dossiers shared (personal data store on the national portal) for reuse")
    if not commune:
        F("citizenData.dossiers", "Số hồ sơ sử dụng dữ liệu dân cư", "Dossiers using population data")
        F("citizenData.proceduresConnected", "Số TTHC kết nối, chia sẻ dữ liệu dân cư",
          "Procedures connected to population data")
        F("citizenData.procedures", "Số TTHC cần kết nối dữ liệu dân cư", "Procedures that need population data")
    F("petition.onTime", "Số phản ánh, kiến nghị (PAKN) xử lý đúng hạn", "Petitions handled on time")
    F("petition.handled", "Số PAKN phải xử lý trong kỳ", "Petitions to handle in the period")
    F("petition.satisfied", "Số đánh giá hài lòng về xử lý PAKN", "Satisfied ratings of petition handling")
    F("petition.rated", "Số đánh giá về xử lý PAKN", "Ratings of petition handling")
    F("satisfaction.satisfied", "Số đánh giá hài lòng trong tiếp nhận, giải quyết TTHC",
      "Satisfied ratings of receiving and handling dossiers")
    F("satisfaction.rated", "Số đánh giá trong tiếp nhận, giải quyết TTHC", "Ratings of receiving and handling dossiers")
    F("dossier.paidOnline", "Số hồ sơ được thanh toán trực tuyến", "Dossiers paid online", records=onrec("paidOnline"))
    F("dossier.withFees", "Số hồ sơ có nghĩa vụ tài chính (phí, lệ phí)", "Dossiers with a financial obligation (fees)",
      records=onrec("withFees"))
    F("payment.feeProceduresIntegrated", "Số TTHC có phí, lệ phí được tích hợp thanh toán trực tuyến (thành phần B)",
      "Procedures with fees integrated with online payment (part B)")
    F("payment.feeProceduresPaidOnline", "Số TTHC có phí, lệ phí phát sinh thanh toán trực tuyến (thành phần C)",
      "Procedures with fees that received online payments (part C)")
    F("payment.feeProcedures", "Số TTHC có phí, lệ phí", "Procedures with fees")
    if commune:
        F("scope.commune", "Đơn vị là UBND xã, phường (tiêu chí không áp dụng cho cấp xã được điểm tối đa)",
          "The unit is a commune or ward (criteria that do not apply to communes earn their maximum)", "boolean")

    M("publish.onTimeRate", "Tỷ lệ TTHC công bố đúng hạn", "Share of procedures published on time", "publish.onTime", "publish.total")
    M("public.updatedRate", "Tỷ lệ TTHC được cập nhật, công khai đúng hạn", "Share of procedures updated on time",
      "public.updatedOnTime", "public.toUpdate")
    M("public.completeRate", "Tỷ lệ TTHC công khai đầy đủ các bộ phận tạo thành", "Share of procedures published in full",
      "public.complete", "public.procedures")
    M("dossier.syncRate", "Tỷ lệ hồ sơ đồng bộ trạng thái với Cổng DVCQG", "Share of dossiers synchronised",
      "dossier.synced", "dossier.received")
    M("dossier.onTimeRate", "Tỷ lệ hồ sơ xử lý đúng hạn (vpcp-766)", "On-time rate (vpcp-766)",
      "dossier.onTime", "dossier.onTimeDenominator")
    M("online.procedureRate", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến (A)", "Share of procedures offered online (A)",
      "online.proceduresOffered", "online.procedures")
    if not commune:
        M("online.serviceUseRate", "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ (B)",
          "Share of online services that received dossiers (B)", "online.servicesWithDossiers", "online.services")
    M("dossier.onlineShare", "Tỷ lệ hồ sơ nộp trực tuyến theo hình thức nộp (C)", "Online share of dossiers by channel (C)",
      "dossier.online", ["dossier.online", "dossier.direct", "dossier.postal"])
    M("dossier.electronicResultRate", "Tỷ lệ hồ sơ có kết quả giải quyết điện tử", "Share of dossiers with an electronic result",
      "dossier.electronicResult", "dossier.completed")
    M("dossier.digitisedRate", "Tỷ lệ hồ sơ số hóa thành phần hồ sơ", "Share of dossiers digitised",
      "dossier.digitised", "dossier.received")
    if not commune:
        M("certifiedCopy.rate", "Tỷ lệ xã, phường chứng thực bản sao điện tử", "Share of communes issuing electronic copies",
          "certifiedCopy.communesIssuing", "certifiedCopy.communes")
    M("reuse.replacedRate", "Tỷ lệ thành phần hồ sơ cắt giảm, thay thế dựa trên dữ liệu", "Share of components replaced by data",
      "reuse.componentsReplaced", "reuse.components")
    M("reuse.sharedRate", "Tỷ lệ hồ sơ số hóa có kết nối, chia sẻ để tái sử dụng", "Share of digitised dossiers shared for reuse",
      "reuse.digitisedShared", "dossier.digitised")
    if not commune:
        M("citizenData.dossierRate", "Tỷ lệ hồ sơ sử dụng dữ liệu dân cư", "Share of dossiers using population data",
          "citizenData.dossiers", "dossier.received")
        M("citizenData.procedureRate", "Tỷ lệ TTHC kết nối, chia sẻ dữ liệu dân cư", "Share of procedures connected to population data",
          "citizenData.proceduresConnected", "citizenData.procedures")
    M("petition.onTimeRate", "Tỷ lệ PAKN xử lý đúng hạn", "Share of petitions handled on time", "petition.onTime", "petition.handled")
    M("petition.satisfactionRate", "Tỷ lệ hài lòng trong xử lý PAKN", "Satisfaction with petition handling",
      "petition.satisfied", "petition.rated")
    M("satisfaction.rate", "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", "Satisfaction with dossier handling",
      "satisfaction.satisfied", "satisfaction.rated")
    M("payment.dossierRate", "Tỷ lệ hồ sơ thanh toán trực tuyến (A)", "Share of dossiers paid online (A)",
      "dossier.paidOnline", "dossier.withFees")
    M("payment.integratedRate", "Tỷ lệ TTHC có phí tích hợp thanh toán trực tuyến (B)", "Share of fee procedures integrated (B)",
      "payment.feeProceduresIntegrated", "payment.feeProcedures")
    M("payment.usedRate", "Tỷ lệ TTHC có phí phát sinh thanh toán trực tuyến (C)", "Share of fee procedures paid online (C)",
      "payment.feeProceduresPaidOnline", "payment.feeProcedures")

    def full_for_commune(nid, vi, en, mx, n, code, extra=""):
        return leaf(nid, vi + " (không áp dụng cho cấp xã: được điểm tối đa)", en + " (does not apply to communes: full points)",
                    mx, prov("adapted", f"{row(n, code, extra)}: điểm tối đa {mx}; phạm vi chỉ cấp tỉnh (T). {COMMUNE_FULL}. ParIndex thể hiện quy tắc này "
                             "bằng một dữ kiện có/không 'scope.commune' (đơn vị là UBND xã, phường): có → điểm tối đa; "
                             "bộ tiêu chí chưa có loại quy tắc 'điểm tối đa cố định'.",
                             "cấp xã được điểm tối đa cho tiêu chí không áp dụng"),
                    {"kind": "boolean", "fact": "scope.commune"})

    # ---------------------------------------------------------------- 1. Công khai, minh bạch (18)
    g1 = [
        leaf("1.1", "Tỷ lệ TTHC công bố đúng hạn", "Share of procedures published on time", 6,
             prov("adapted", f"{row(1, 'PUBLISH_ON_TIME')}: điểm tối đa 6; công thức được báo chí dẫn từ 766/QĐ-TTg "
                  f"(aita.gov.vn, baocaotaichinh.vn); quy đổi điểm = 6 × tỷ lệ theo {FIT}",
                  "Tỷ lệ TTHC công bố đúng hạn = Số TTHC công bố đúng hạn / Tổng số thủ tục đã công bố trong kỳ × 100%"),
             ratio("publish.onTimeRate")),
        leaf("1.2", "Tỷ lệ TTHC được cập nhật, công khai đúng hạn", "Share of procedures updated and made public on time", 4,
             prov("adapted", f"{row(2, 'PUBLIC_UPDATE_ON_TIME')}: điểm tối đa 4, khớp với mức '4 trên 18' của 766/QĐ-TTg "
                  f"do báo chí dẫn (aita.gov.vn, baocaotaichinh.vn); quy đổi điểm = 4 × tỷ lệ theo {FIT}",
                  "Tỷ lệ TTHC được cập nhật, công khai đúng hạn"),
             ratio("public.updatedRate")),
        leaf("1.3", "Tỷ lệ TTHC công khai đầy đủ các bộ phận tạo thành", "Share of procedures published with every part", 2,
             prov("adapted", f"{row(3, 'PUBLIC_CONTENT_FULL')}: điểm tối đa 2; quy đổi điểm = 2 × tỷ lệ theo {FIT}",
                  "Tỷ lệ TTHC công khai đầy đủ các bộ phận tạo thành"),
             ratio("public.completeRate")),
        leaf("1.4", "Tỷ lệ hồ sơ đồng bộ trạng thái theo thời gian thực với Cổng DVCQG",
             "Share of dossiers synchronised in real time with the national portal", 6,
             prov("adapted", f"{row(4, 'DOSSIER_SYNC')}: điểm tối đa 6; quy đổi điểm = 6 × tỷ lệ theo {FIT}; mẫu số "
                  "(hồ sơ tiếp nhận trong kỳ) là lựa chọn của ParIndex, tài liệu tham khảo không nêu mẫu số",
                  "Tỷ lệ hồ sơ đồng bộ trạng thái theo thời gian thực với DVCQG"),
             ratio("dossier.syncRate")),
    ]
    # ---------------------------------------------------------------- 2. Tiến độ, kết quả giải quyết (20)
    g2 = [
        leaf("2.1", "Tỷ lệ hồ sơ xử lý đúng hạn (trước hạn, đúng hạn)", "Share of dossiers handled on time (early, on time)", 20,
             prov("adapted", f"{row(5, None)}: điểm tối đa 20 (báo chí dẫn 766/QĐ-TTg: 'on-time processing up to 20'); "
                  f"quy đổi điểm = 20 × số hồ sơ đúng hạn ÷ số hồ sơ tiếp nhận theo {FIT}; hồ sơ đúng hạn theo quy tắc "
                  f"chỉ số 2.1 của VPCP ({REF} §3, định nghĩa vpcp-766)",
                  "Tỷ lệ hồ sơ xử lý đúng hạn (trước hạn, đúng hạn)"),
             ratio("dossier.onTimeRate")),
    ]
    # ---------------------------------------------------------------- 3. Số hóa hồ sơ (22)
    g3 = [
        leaf("3.1", "Tỷ lệ hồ sơ có kết quả giải quyết điện tử", "Share of dossiers with an electronic result", 6,
             prov("adapted", f"{row(11, 'ORIGINAL_RESULT_AVAILABLE')}: điểm tối đa 6; quy đổi min(6, 6 × tỷ lệ) theo {FIT}; "
                  "mẫu số (hồ sơ đã giải quyết xong) là lựa chọn của ParIndex, tài liệu tham khảo không nêu mẫu số",
                  "Hồ sơ có kết quả giải quyết điện tử"),
             ratio("dossier.electronicResultRate")),
        leaf("3.2", "Tỷ lệ hồ sơ số hóa thành phần hồ sơ", "Share of dossiers with digitised components", 4,
             prov("adapted", f"{row(12, 'SO_HOA_GIAY_TO_GIAI_QUYET')}: điểm tối đa 4; quy đổi min(4, 4 × tỷ lệ) theo {FIT}; "
                  "mẫu số (hồ sơ tiếp nhận) là lựa chọn của ParIndex",
                  "Hồ sơ số hóa thành phần hồ sơ"),
             ratio("dossier.digitisedRate")),
    ]
    if commune:
        g3.append(leaf("3.3", "UBND xã thực hiện chứng thực bản sao điện tử từ bản chính",
                       "The commune issues electronic certified copies from originals", 2,
                       prov("adapted", f"{row(13, 'ELECTRONIC_CERTIFIED_COPY')}: điểm tối đa 2; ở cấp tỉnh chỉ số là tỷ lệ xã, "
                            "phường thực hiện; với một xã tỷ lệ này là 0 % hoặc 100 %, nên ParIndex dùng dữ kiện có/không (điều chỉnh)",
                            "Chứng thực bản sao điện tử từ bản chính"),
                       {"kind": "boolean", "fact": "certifiedCopy.electronic"}))
    else:
        g3.append(leaf("3.3", "Tỷ lệ xã, phường thực hiện chứng thực bản sao điện tử từ bản chính",
                       "Share of communes issuing electronic certified copies", 2,
                       prov("adapted", f"{row(13, 'ELECTRONIC_CERTIFIED_COPY')}: điểm tối đa 2; quy đổi min(2, 2 × tỷ lệ) theo {FIT}",
                            "Chứng thực bản sao điện tử từ bản chính"),
                       ratio("certifiedCopy.rate")))
    g3 += [
        leaf("3.4", "Tỷ lệ thành phần hồ sơ được cắt giảm, thay thế dựa trên dữ liệu", "Share of components replaced by data", 2,
             prov("adapted", f"{row(14, 'REUSED_DIGITIZED_DATA')}: điểm tối đa 2; quy đổi min(2, 2 × tỷ lệ ÷ 80 %) theo {FIT}",
                  "Thành phần hồ sơ cắt giảm, thay thế dựa trên dữ liệu"),
             ratio("reuse.replacedRate", 80)),
        leaf("3.5", "Tỷ lệ hồ sơ số hóa có kết nối, chia sẻ dữ liệu để tái sử dụng", "Share of digitised dossiers shared for reuse", 4,
             prov("adapted", f"{row(15, 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE')}: điểm tối đa 4; quy đổi min(4, 4 × tỷ lệ) theo {FIT}; "
                  "mẫu số (hồ sơ được số hóa) là lựa chọn của ParIndex",
                  "Số hóa có kết nối, chia sẻ dữ liệu để tái sử dụng"),
             ratio("reuse.sharedRate")),
    ]
    if commune:
        g3 += [full_for_commune("3.6", "Hồ sơ sử dụng dữ liệu dân cư", "Dossiers using population data", 2, 16,
                                "CITIZEN_DATA_CONNECTED_DOSSIER"),
               full_for_commune("3.7", "TTHC kết nối, chia sẻ dữ liệu dân cư", "Procedures connected to population data", 2, 17,
                                "CITIZEN_DATA_CONNECTED_FORMALITY")]
    else:
        g3 += [
            leaf("3.6", "Tỷ lệ hồ sơ sử dụng dữ liệu dân cư", "Share of dossiers using population data", 2,
                 prov("adapted", f"{row(16, 'CITIZEN_DATA_CONNECTED_DOSSIER')}: điểm tối đa 2, chỉ cấp tỉnh; quy đổi "
                      f"min(2, 2 × tỷ lệ) theo {FIT}; mẫu số (hồ sơ tiếp nhận) là lựa chọn của ParIndex",
                      "Hồ sơ sử dụng dữ liệu dân cư"),
                 ratio("citizenData.dossierRate")),
            leaf("3.7", "Tỷ lệ TTHC kết nối, chia sẻ dữ liệu dân cư", "Share of procedures connected to population data", 2,
                 prov("adapted", f"{row(17, 'CITIZEN_DATA_CONNECTED_FORMALITY')}: điểm tối đa 2, chỉ cấp tỉnh; quy đổi "
                      f"min(2, 2 × tỷ lệ) theo {FIT}",
                      "TTHC kết nối, chia sẻ dữ liệu dân cư"),
                 ratio("citizenData.procedureRate")),
        ]
    # ---------------------------------------------------------------- 4. Cung cấp dịch vụ trực tuyến (22 = 12 + 10)
    dvctt_conflict = ("Mâu thuẫn trong tài liệu tham khảo: bảng công thức ghi 12 điểm cho dòng 6 (hồ sơ DVCTT toàn trình / hồ sơ "
                      "của TTHC đủ điều kiện toàn trình, chỉ cấp tỉnh) và không ghi điểm cho các dòng 7–10; cách quy đổi khớp "
                      "với Cổng lại tính 12 điểm = min(2, 2A ÷ 80 %) + 4B + min(6, 6C ÷ 50 %) từ các dòng 7–10. ParIndex theo "
                      "cách quy đổi (A, B, C)")
    g41 = [
        leaf("4.1.1", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến (A)", "Share of procedures offered online (A)", 2,
             prov("adapted", f"dòng 7 của {SHEET} (không ghi điểm); 2 điểm theo {FIT}: min(2, 2A ÷ 80 %); VPCP: từ 80 % được "
                  "điểm tối đa của 3.1", "TTHC cung cấp DVCTT"),
             ratio("online.procedureRate", 80)),
    ]
    if commune:
        g41.append(full_for_commune("4.1.2", "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ (B)",
                                    "Share of online services that received dossiers (B)", 4, "8–9", None,
                                    " (không ghi điểm; 4 điểm = 4B theo cách quy đổi khớp với Cổng)"))
    else:
        g41.append(leaf("4.1.2", "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ (B)",
                        "Share of online services that received dossiers (B)", 4,
                        prov("adapted", f"dòng 8–9 của {SHEET} (không ghi điểm); điểm tối đa 4 theo {FIT}: 4B",
                             "DVCTT chủ động"),
                        ratio("online.serviceUseRate")))
    g41.append(leaf("4.1.3", "Tỷ lệ hồ sơ nộp trực tuyến theo hình thức nộp (C)", "Online share of dossiers by channel (C)", 6,
                    prov("adapted", f"dòng 10 của {SHEET} (không ghi điểm); 6 điểm theo {FIT}: min(6, 6C ÷ 50 %); VPCP: từ 50 % "
                         "được điểm tối đa của 3.3", "hồ sơ theo hình thức nộp"),
                    ratio("dossier.onlineShare", 50)))
    g42 = [
        leaf("4.2.1", "Tỷ lệ hồ sơ thanh toán trực tuyến (A)", "Share of dossiers paid online (A)", 6,
             prov("adapted", f"dòng 24 của {SHEET} (nhóm Thanh toán trực tuyến 10 điểm); 6A theo {FIT}; khi không có hồ sơ có "
                  "nghĩa vụ tài chính, tài liệu tham khảo không nói gì: tiêu chí được loại khỏi điểm tối đa (mặc định của ParIndex)",
                  "Tỷ lệ hồ sơ thanh toán trực tuyến"),
             ratio("payment.dossierRate")),
        leaf("4.2.2", "Tỷ lệ TTHC có phí, lệ phí tích hợp thanh toán trực tuyến (B)", "Share of fee procedures integrated (B)", 2,
             prov("adapted", f"dòng 24 của {SHEET}; điểm tối đa 2: min(2, 2,5B) theo {FIT} (= min(2, 2B ÷ 80 %)); định nghĩa chính xác của B "
                  "chưa có trong tài liệu tham khảo ('B và C là tỷ lệ TTHC có phí')", "Tỷ lệ hồ sơ thanh toán trực tuyến"),
             ratio("payment.integratedRate", 80)),
        leaf("4.2.3", "Tỷ lệ TTHC có phí, lệ phí phát sinh thanh toán trực tuyến (C)", "Share of fee procedures paid online (C)", 2,
             prov("adapted", f"dòng 24 của {SHEET}; điểm tối đa 2 (điều chỉnh): cách quy đổi khớp với Cổng ghi 2,5C không có mức trần, tức 6 + 2 + 2,5 = 10,5 "
                  "> 10 điểm của nhóm: mâu thuẫn; ParIndex giới hạn phần này ở 2 điểm (min(2, 2,5C), trùng với công thức khi "
                  "C ≤ 80 %); định nghĩa chính xác của C chưa có trong tài liệu tham khảo", "Tỷ lệ hồ sơ thanh toán trực tuyến"),
             ratio("payment.usedRate", 80)),
    ]
    g4 = [
        node("4.1", "Dịch vụ công trực tuyến", "Online public services",
             prov("adapted", f"nhóm CLGQ 12 điểm của Cổng DVCQG ({REF} §1: nhóm 22 điểm của quyết định hiển thị thành "
                  f"'Dịch vụ công trực tuyến 12' + 'Thanh toán trực tuyến 10'). {dvctt_conflict}"
                  + ("; với cấp xã, dòng 6 (và 8, 9) không áp dụng: theo cách đọc bảng, xã được trọn 12 điểm; ParIndex chỉ cho "
                     "điểm tối đa phần B (dòng 8–9) và chấm A, C (dòng 7, 10 áp dụng cho cấp xã)" if commune else "")),
             g41, mx=12),
        node("4.2", "Thanh toán trực tuyến", "Online payment",
             prov("adapted", f"nhóm TTTT 10 điểm của Cổng DVCQG ({REF} §1–2); quy đổi 6A + min(2; 2,5B) + 2,5C theo {FIT}"),
             g42, mx=10),
    ]
    # ---------------------------------------------------------------- 5. Mức độ hài lòng (18)
    row22_conflict = ("Mâu thuẫn trong tài liệu tham khảo: cách quy đổi khớp với Cổng cho 6 điểm (trọn) khi không có PAKN "
                      "(mẫu số 0); lời văn của bảng công thức nói khi không có PAKN thì điểm của dòng 22 được chia cho dòng 21 "
                      "và dòng 23. ParIndex theo cách quy đổi (whenUndefined: full); cách chia điểm không biểu diễn được bằng "
                      "các loại quy tắc hiện có")
    g5 = [
        leaf("5.1", "Tỷ lệ PAKN xử lý đúng hạn", "Share of petitions handled on time", 6,
             prov("adapted", f"{row(21, 'PETITION_PROCESSING_ON_TIME')}: điểm tối đa 6; không có PAKN → 6, ngược lại 6 × tỷ lệ "
                  f"theo {FIT}; thời hạn xử lý PAKN theo {REF} §3", "Tỷ lệ PAKN xử lý đúng hạn"),
             ratio("petition.onTimeRate", 100, "full")),
        leaf("5.2", "Tỷ lệ hài lòng trong xử lý PAKN", "Satisfaction with petition handling", 6,
             prov("adapted", f"{row(22, 'PETITION_HANDLING_SATISFACTION')}: điểm tối đa 6; không có PAKN → 6, ngược lại 6 × tỷ lệ "
                  f"theo {FIT}. {row22_conflict}", "Tỷ lệ hài lòng trong xử lý PAKN"),
             ratio("petition.satisfactionRate", 100, "full")),
        leaf("5.3", "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", "Satisfaction with receiving and handling dossiers", 6,
             prov("adapted", f"{row(23, 'DOSSIER_RECEIVING_SATISFACTION')}: điểm tối đa 6, khớp với mức 'tối đa 6 trên 18' của "
                  f"766/QĐ-TTg do báo chí dẫn (aita.gov.vn, baocaotaichinh.vn); mẫu số 0 → 0, ngược lại min(6, 6 × tỷ lệ ÷ 90 %) "
                  f"theo {FIT}; VPCP: từ 90 % được điểm tối đa của 5.4", "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC"),
             ratio("satisfaction.rate", 90, "zero")),
    ]
    fields = [
        node("1", "Công khai, minh bạch", "Openness and transparency", official_group("công khai, minh bạch 18"), g1, mx=18),
        node("2", "Tiến độ, kết quả giải quyết", "Progress and results of handling", official_group("tiến độ, kết quả giải quyết 20"), g2, mx=20),
        node("3", "Số hóa hồ sơ", "Digitisation of dossiers", official_group("số hóa hồ sơ 22"), g3, mx=22),
        node("4", "Cung cấp dịch vụ trực tuyến", "Online service provision", official_group("cung cấp dịch vụ trực tuyến 22"), g4, mx=22),
        node("5", "Mức độ hài lòng", "Satisfaction", official_group("mức độ hài lòng 18"), g5, mx=18),
    ]
    return facts, metrics, fields


RECORDS = {"T": {}, "X": {}}

MISSING = ("Không có trong tài liệu tham khảo, nên không mã hóa: ngưỡng xếp loại (tốt, khá…) của 766 [không tìm thấy], "
           "nên bộ tiêu chí chỉ có một thang 'Chưa xếp loại'; các dòng 18–20 (cắt giảm TTHC; tham vấn; hài lòng trong thực hiện TTHC) "
           "có 0 điểm trong bảng công thức (chỉ theo dõi) và không là tiêu chí ở đây; định nghĩa chính xác của mẫu số một số "
           "dòng (ghi rõ ở từng tiêu chí).")


def framework(scope):
    facts, metrics, fields = build(scope)
    commune = scope == "X"
    ident = "vpcp-766-xa" if commune else "vpcp-766-tinh"
    level_vi = "xã, phường" if commune else "tỉnh và sở, ban, ngành"
    level_en = "communes and wards" if commune else "provinces and their departments"
    scope_note = ("Phạm vi cấp xã (X): các dòng 6, 8, 9, 16, 17 không áp dụng và xã được điểm tối đa "
                  "(thể hiện bằng dữ kiện 'scope.commune' = true). " if commune else
                  "Phạm vi cấp tỉnh (T), dùng cho UBND tỉnh và từng sở, ban, ngành. ")
    return {
        "formatVersion": 1,
        "id": ident,
        "title": T(f"Bộ chỉ số phục vụ người dân, doanh nghiệp theo thời gian thực (766/QĐ-TTg), cấp {level_vi}",
                   f"Real-time public service index (766/QĐ-TTg), {level_en}"),
        "legalBasis": [
            "766/QĐ-TTg ngày 23/06/2022 của Thủ tướng Chính phủ (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ "
            "người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công theo thời gian thực trên môi trường điện tử)",
            "Bảng công thức 'Công thức 766.xlsx' của Văn phòng Chính phủ (bản 2026, trích trong dự án công khai ChippedTopaz/qd766; "
            "cách làm của VPCP, không phải lời văn của quyết định)",
        ],
        "unitKinds": ["xa"] if commune else ["tinh", "so"],
        "years": {"from": 2022, "to": 2030},
        "provenance": prov("adapted", (
            f"Khung theo {REF}: 5 nhóm và điểm tối đa của nhóm theo 766/QĐ-TTg (chính thức: 18, 20, 22, 22, 18); các dòng "
            "chỉ số, điểm tối đa từng dòng và cách quy đổi điểm theo bảng công thức của VPCP và cách quy đổi khớp với Cổng "
            "DVCQG (điều chỉnh, ghi nguồn ở từng tiêu chí). " + scope_note +
            "Số liệu hồ sơ (tiếp nhận, đúng hạn, trực tuyến, kết quả điện tử, số hóa, thanh toán) lấy được từ dữ liệu hồ sơ "
            "theo định nghĩa vpcp-766; các dữ kiện khác (công bố, công khai, PAKN, đánh giá hài lòng) nhập tay. "
            "Mâu thuẫn trong tài liệu tham khảo được ghi ở tiêu chí 4.1, 4.2.3 và 5.2. Năm áp dụng đến 2030 là lựa chọn của "
            "ParIndex (quyết định không nêu năm kết thúc). " + MISSING)),
        "display": {"pointDecimals": 2, "percentDecimals": 2},
        "facts": facts,
        "metrics": metrics,
        "bands": [{
            "id": "chua-xep-loai",
            "label": T("Chưa xếp loại (ngưỡng xếp loại của 766 chưa có)", "Not classified (the 766 thresholds are not known)"),
            "lower": D(0), "lowerInclusive": True,
            "provenance": prov("adapted", "Ngưỡng xếp loại của chỉ số 766 (ví dụ 'xếp loại tốt', bencat.binhduong.gov.vn) không "
                               "có trong tài liệu tham khảo; định dạng bộ tiêu chí cần ít nhất một thang từ 0, nên ParIndex "
                               "dùng một thang duy nhất, không xếp loại"),
        }],
        "fields": fields,
    }


if __name__ == "__main__":
    tinh = framework("T")
    xa = framework("X")
    write("Criteria/vpcp-766-tinh.json", tinh)
    write("Criteria/vpcp-766-xa.json", xa)
    print("leaves:", sum(1 for f in tinh["fields"] for _ in leaves_of(f)), sum(1 for f in xa["fields"] for _ in leaves_of(f)))
    # The facts filled from dossier records carry their `fromRecords` key in the frameworks themselves.
