#!/usr/bin/env python3
"""Writes Criteria/xa-2025.json: communes and wards after the 2025 reorganisation.

Adapted on the pattern of a provincial commune index (Hà Tĩnh 52/2019/QĐ-UBND, cấp xã: 9 fields,
34 criteria, 70 appraised + 30 survey; par-index.md §4). Most leaves are the department leaves of
so-seeds (each quoting its seed plan) carried over to a commune; the one-stop KPIs are the commune
rows of 766 (qd766.md §2). Every number is adapted: no official commune table is in the reference.
"""
import copy
import json
from decimal import Decimal

from common import FROM_RECORDS, D, ROOT, T, fact, leaf, leaves_of, metric, node, prov, ratio, write

SEEDS = json.load(open(f"{ROOT}/Criteria/so-seeds.json", encoding="utf-8"), parse_float=Decimal)
REF766 = "tài liệu tham khảo qd766.md §2"
HATINH = "Hà Tĩnh 52/2019/QĐ-UBND, bộ chỉ số cấp xã (9 lĩnh vực, 34 tiêu chí, 70 điểm thẩm định + 30 điểm điều tra; tài liệu tham khảo par-index.md §4)"

seed_facts = {f["id"]: f for f in SEEDS["facts"]}
seed_metrics = {m["id"]: m for m in SEEDS["metrics"]}
seed_leaves = {n["id"]: n for f in SEEDS["fields"] for n in leaves_of(f)}

facts, metrics = [], []
fact_ids, metric_ids = set(), set()
RECORDS = {}


def commune_text(t):
    def fix(s):
        for a, b in (("lãnh đạo Sở", "lãnh đạo UBND xã"), (" và các phòng, đơn vị thuộc Sở", ""), ("của cơ quan Sở", "của UBND xã"), ("với cơ quan Sở", "với UBND xã"),
                     ("giao Sở chủ trì", "giao UBND xã chủ trì"), ("cho Sở", "cho UBND xã"), ("của Sở", "của UBND xã"),
                     ("the department's", "the commune's"), ("the department", "the commune"), ("department", "commune")):
            s = s.replace(a, b)
        return s
    if isinstance(t, str):
        return fix(t)
    return {k: fix(v) for k, v in t.items()}


def add_fact(f, records=None):
    if f["id"] in fact_ids:
        return
    f = copy.deepcopy(f)
    f["title"] = commune_text(f["title"])
    if records and FROM_RECORDS:
        f["fromRecords"] = records
    facts.append(f)
    fact_ids.add(f["id"])
    if records:
        RECORDS[f["id"]] = records


def add_metric(m):
    if m["id"] in metric_ids:
        return
    for fid in m["numerator"] + m["denominator"]:
        if fid in seed_facts:
            add_fact(seed_facts[fid])
    m = copy.deepcopy(m)
    m["title"] = commune_text(m["title"])
    metrics.append(m)
    metric_ids.add(m["id"])


def from_seed(nid, sid, mx=None, title=None, rule=None):
    s = copy.deepcopy(seed_leaves[sid])
    r = rule or s["rule"]
    if r["kind"] == "tiers" and mx is not None and D(mx) != s["max"]:
        raise SystemExit(f"{sid}: tiers carry absolute points; keep the maximum {s['max']}")
    for key in ("fact", "done", "total"):
        if key in r:
            add_fact(seed_facts[r[key]])
    for it in r.get("items", []):
        add_fact(seed_facts[it["fact"]])
    if "metric" in r:
        add_metric(seed_metrics[r["metric"]])
    p = s["provenance"]
    source = f"Điều chỉnh cho cấp xã từ so-seeds, tiêu chí {sid} ({p['source']}); điểm tối đa theo khung cấp xã của ParIndex"
    n = {"id": nid, "title": commune_text(title or s["title"]), "max": D(mx if mx is not None else s["max"]),
         "provenance": prov("adapted", source, p.get("quote"))}
    if "documents" in s:
        n["documents"] = [dict(d, title=commune_text(d["title"])) for d in s["documents"]]
    n["rule"] = r
    return n


def onrec(figure):
    return {"figure": figure, "definition": "vpcp-766"}


# ---------------------------------------------------------------- one-stop KPIs (the commune rows of 766)
for fid, vi, en, figure in (
    ("dossier.received", "Số hồ sơ tiếp nhận trong kỳ", "Dossiers received in the period", "received"),
    ("dossier.onTime", "Số hồ sơ giải quyết đúng hạn (trước hạn, đúng hạn; đang xử lý trong hạn) theo định nghĩa vpcp-766",
     "Dossiers handled on time (early, on time; in progress within time) under the vpcp-766 definition", "onTime"),
    ("dossier.onTimeDenominator", "Số hồ sơ tiếp nhận và xử lý trong kỳ (mẫu số tỷ lệ đúng hạn vpcp-766)",
     "Dossiers received and processed in the period (denominator of the vpcp-766 on-time rate)", "onTimeDenominator"),
    ("dossier.completedLate", "Số hồ sơ giải quyết trễ hạn", "Dossiers completed late", "completedLate"),
    ("dossier.lateWithApology", "Số hồ sơ trễ hạn có văn bản xin lỗi", "Late dossiers with an apology letter", "lateWithApology"),
    ("dossier.online", "Số hồ sơ nộp trực tuyến", "Dossiers submitted online", "online"),
    ("dossier.direct", "Số hồ sơ nộp trực tiếp", "Dossiers submitted in person", "direct"),
    ("dossier.postal", "Số hồ sơ nộp qua bưu chính công ích", "Dossiers submitted by public postal service", "postal"),
    ("dossier.completed", "Số hồ sơ đã giải quyết xong", "Dossiers completed", "completed"),
    ("dossier.electronicResult", "Số hồ sơ có kết quả giải quyết điện tử", "Dossiers with an electronic result", "electronicResult"),
    ("dossier.digitised", "Số hồ sơ được số hóa thành phần hồ sơ", "Dossiers whose components were digitised", "digitised"),
    ("dossier.paidOnline", "Số hồ sơ được thanh toán trực tuyến", "Dossiers paid online", "paidOnline"),
    ("dossier.withFees", "Số hồ sơ có nghĩa vụ tài chính (phí, lệ phí)", "Dossiers with a financial obligation (fees)", "withFees"),
):
    add_fact(fact(fid, vi, en), onrec(figure))
for fid, vi, en, ftype in (
    ("dossier.synced", "Số hồ sơ đồng bộ trạng thái theo thời gian thực với Cổng DVCQG",
     "Dossiers synchronised in real time with the national portal", "count"),
    ("public.updatedOnTime", "Số TTHC được cập nhật, công khai đúng hạn", "Procedures updated and made public on time", "count"),
    ("public.toUpdate", "Số TTHC phải cập nhật, công khai trong kỳ", "Procedures to update and make public", "count"),
    ("public.complete", "Số TTHC công khai đầy đủ các bộ phận tạo thành", "Procedures published with every part", "count"),
    ("public.procedures", "Số TTHC được công khai tại UBND xã", "Procedures made public by the commune", "count"),
    ("certifiedCopy.electronic", "UBND xã thực hiện chứng thực bản sao điện tử từ bản chính",
     "The commune issues electronic certified copies", "boolean"),
    ("reuse.componentsReplaced", "Số thành phần hồ sơ được cắt giảm, thay thế dựa trên dữ liệu", "Components replaced by data", "count"),
    ("reuse.components", "Số thành phần hồ sơ phải nộp", "Dossier components required", "count"),
    ("reuse.digitisedShared", "Số hồ sơ số hóa có kết nối, chia sẻ dữ liệu để tái sử dụng", "Digitised dossiers shared for reuse", "count"),
):
    add_fact(fact(fid, vi, en, ftype))
for m in (
    metric("dossier.onTimeRate", "Tỷ lệ hồ sơ giải quyết đúng hạn (vpcp-766)", "On-time rate (vpcp-766)",
           "dossier.onTime", "dossier.onTimeDenominator"),
    metric("dossier.apologyRate", "Tỷ lệ hồ sơ trễ hạn có văn bản xin lỗi", "Share of late dossiers with an apology",
           "dossier.lateWithApology", "dossier.completedLate"),
    metric("dossier.onlineShare", "Tỷ lệ hồ sơ nộp trực tuyến", "Online share of dossiers",
           "dossier.online", ["dossier.online", "dossier.direct", "dossier.postal"]),
    metric("dossier.electronicResultRate", "Tỷ lệ hồ sơ có kết quả giải quyết điện tử", "Share with an electronic result",
           "dossier.electronicResult", "dossier.completed"),
    metric("dossier.digitisedRate", "Tỷ lệ hồ sơ số hóa thành phần hồ sơ", "Share of dossiers digitised", "dossier.digitised", "dossier.received"),
    metric("dossier.paidOnlineRate", "Tỷ lệ hồ sơ thanh toán trực tuyến", "Share of dossiers paid online", "dossier.paidOnline", "dossier.withFees"),
    metric("dossier.syncRate", "Tỷ lệ hồ sơ đồng bộ với Cổng DVCQG", "Share of dossiers synchronised", "dossier.synced", "dossier.received"),
    metric("public.updatedRate", "Tỷ lệ TTHC được cập nhật, công khai đúng hạn", "Share updated on time", "public.updatedOnTime", "public.toUpdate"),
    metric("public.completeRate", "Tỷ lệ TTHC công khai đầy đủ các bộ phận tạo thành", "Share published in full", "public.complete", "public.procedures"),
    metric("reuse.replacedRate", "Tỷ lệ thành phần hồ sơ cắt giảm, thay thế dựa trên dữ liệu", "Share of components replaced",
           "reuse.componentsReplaced", "reuse.components"),
    metric("reuse.sharedRate", "Tỷ lệ hồ sơ số hóa có kết nối, chia sẻ để tái sử dụng", "Share of digitised dossiers shared",
           "reuse.digitisedShared", "dossier.digitised"),
):
    metrics.append(m)
    metric_ids.add(m["id"])


def kpi(nid, vi, en, mx, row_text, quote, rule):
    return leaf(nid, vi, en, mx, prov("adapted", f"Chỉ tiêu một cửa theo {row_text} ({REF766}; bộ tiêu chí vpcp-766-xa); "
                                      "điểm tối đa và cách chấm trong khung cấp xã là điều chỉnh của ParIndex", quote), rule)


seed_ontime = copy.deepcopy(seed_leaves["3.3.1"]["rule"])
seed_ontime["metric"] = "dossier.onTimeRate"
ontime = leaf("4.1.1", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (định nghĩa vpcp-766)", "On-time rate of dossiers (vpcp-766 definition)", 4,
              prov("adapted", "Điểm tối đa 4 và bậc điểm theo so-seeds, tiêu chí 3.3.1 (" + seed_leaves["3.3.1"]["provenance"]["source"] + "); tỷ lệ "
                   "đúng hạn tính theo định nghĩa vpcp-766 (dòng 5 của bảng công thức 766, " + REF766 + " và §3) để điểm CCHC của xã "
                   "và điểm 766 dùng cùng một con số; tỉnh dùng báo cáo một cửa của mình thì đặt định nghĩa completed-only",
                   seed_leaves["3.3.1"]["provenance"]["quote"]), seed_ontime)

fields = [
    node("1", "Công tác chỉ đạo, điều hành cải cách hành chính", "Direction and management of administrative reform",
         prov("adapted", f"Lĩnh vực theo mẫu {HATINH}; điểm tối đa là điều chỉnh"), [
             node("1.1", "Kế hoạch cải cách hành chính năm", "Annual PAR plan", prov("adapted", "so-seeds, tiêu chí 1.1 (cấp sở), điều chỉnh cho cấp xã"),
                  [from_seed("1.1.1", "1.1.1"), from_seed("1.1.2", "1.1.2"), from_seed("1.1.3", "1.1.3")]),
             node("1.2", "Thực hiện chế độ báo cáo CCHC định kỳ", "Periodic PAR reports", prov("adapted", "so-seeds, tiêu chí 1.2, điều chỉnh cho cấp xã"),
                  [from_seed("1.2.1", "1.2.1"), from_seed("1.2.2", "1.2.2")]),
             node("1.3", "Kiểm tra, tuyên truyền cải cách hành chính", "PAR inspection and communication",
                  prov("adapted", "so-seeds, tiêu chí 1.3 và 1.4, điều chỉnh cho cấp xã"),
                  [from_seed("1.3.1", "1.3.2"), from_seed("1.3.2", "1.4.2")]),
         ], component="appraised", mx="10.5"),
    node("2", "Cải cách thể chế", "Institutional reform", prov("adapted", f"Lĩnh vực theo mẫu {HATINH}; điểm tối đa là điều chỉnh"), [
        node("2.1", "Theo dõi thi hành pháp luật; rà soát, hệ thống hóa văn bản", "Law enforcement monitoring; review of legal documents",
             prov("adapted", "so-seeds, tiêu chí 2.2 và 2.3, điều chỉnh cho cấp xã"),
             [from_seed("2.1.1", "2.2.1"), from_seed("2.1.2", "2.3.1"), from_seed("2.1.3", "2.3.2")]),
    ], component="appraised", mx="3.5"),
    node("3", "Cải cách thủ tục hành chính", "Administrative procedure reform", prov("adapted", f"Lĩnh vực theo mẫu {HATINH}; điểm tối đa là điều chỉnh"), [
        node("3.1", "Kiểm soát, rà soát, đơn giản hóa TTHC", "Control and simplification of procedures",
             prov("adapted", "so-seeds, tiêu chí 3.1, điều chỉnh cho cấp xã"), [from_seed("3.1.1", "3.1.1"), from_seed("3.1.2", "3.1.2")]),
        node("3.2", "Công khai TTHC", "Publication of procedures", prov("adapted", f"dòng 2 và 3 của bảng công thức 766 ({REF766}), áp dụng cho cấp xã"), [
            kpi("3.2.1", "Tỷ lệ TTHC được cập nhật, công khai đúng hạn", "Share of procedures updated and made public on time", "1.5",
                "dòng 2 (PUBLIC_UPDATE_ON_TIME)", "Tỷ lệ TTHC được cập nhật, công khai đúng hạn", ratio("public.updatedRate")),
            kpi("3.2.2", "Tỷ lệ TTHC công khai đầy đủ các bộ phận tạo thành", "Share of procedures published with every part", 1,
                "dòng 3 (PUBLIC_CONTENT_FULL)", "Tỷ lệ TTHC công khai đầy đủ các bộ phận tạo thành", ratio("public.completeRate")),
        ]),
        node("3.3", "Tiếp nhận, xử lý phản ánh, kiến nghị", "Handling citizen feedback", prov("adapted", "so-seeds, tiêu chí 3.3.3, điều chỉnh cho cấp xã"),
             [from_seed("3.3.1", "3.3.3")]),
    ], component="appraised", mx="7"),
    node("4", "Thực hiện cơ chế một cửa, một cửa liên thông", "The one-stop mechanism",
         prov("adapted", f"Lĩnh vực theo mẫu {HATINH} (cấp xã có 9 lĩnh vực); nội dung là các chỉ tiêu của Bộ phận Một cửa cấp xã "
              f"theo các dòng cấp xã của 766 ({REF766}); điểm tối đa là điều chỉnh"), [
        node("4.1", "Kết quả giải quyết hồ sơ TTHC", "Results of handling dossiers", prov("adapted", f"dòng 5 của bảng công thức 766 ({REF766}); so-seeds 3.3–3.4"), [
            ontime,
            kpi("4.1.2", "Tỷ lệ hồ sơ trễ hạn có văn bản xin lỗi", "Share of late dossiers with an apology letter", "1.5",
                "cột 'quá hạn đã / chưa có thư xin lỗi' của báo cáo tổng hợp một cửa (qd766.md §4) và chỉ tiêu 100 % của các kế hoạch "
                "mẫu (par-index.md §5)", "quá hạn đã / chưa có thư xin lỗi", ratio("dossier.apologyRate", 100, "full")),
            from_seed("4.1.3", "3.4.1"),
        ]),
        node("4.2", "Tiếp nhận trực tuyến, số hóa và thanh toán trực tuyến", "Online submission, digitisation and online payment",
             prov("adapted", f"các dòng 4, 10, 11, 12, 24 của bảng công thức 766 ({REF766})"), [
            kpi("4.2.1", "Tỷ lệ hồ sơ nộp trực tuyến (mục tiêu 50 %)", "Online share of dossiers (target 50 %)", 2,
                "dòng 10 và cách quy đổi min(6, 6C ÷ 50 %): từ 50 % được điểm tối đa", "hồ sơ theo hình thức nộp", ratio("dossier.onlineShare", 50)),
            kpi("4.2.2", "Tỷ lệ hồ sơ có kết quả giải quyết điện tử", "Share of dossiers with an electronic result", 2,
                "dòng 11 (ORIGINAL_RESULT_AVAILABLE)", "Hồ sơ có kết quả giải quyết điện tử", ratio("dossier.electronicResultRate")),
            kpi("4.2.3", "Tỷ lệ hồ sơ số hóa thành phần hồ sơ", "Share of dossiers with digitised components", "1.5",
                "dòng 12 (SO_HOA_GIAY_TO_GIAI_QUYET)", "Hồ sơ số hóa thành phần hồ sơ", ratio("dossier.digitisedRate")),
            kpi("4.2.4", "Tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến", "Share of fee-bearing dossiers paid online", "1.5",
                "dòng 24 (thành phần A: hồ sơ thanh toán trực tuyến ÷ hồ sơ có nghĩa vụ tài chính)", "Tỷ lệ hồ sơ thanh toán trực tuyến",
                ratio("dossier.paidOnlineRate")),
            kpi("4.2.5", "Tỷ lệ hồ sơ đồng bộ trạng thái với Cổng DVCQG", "Share of dossiers synchronised with the national portal", 1,
                "dòng 4 (DOSSIER_SYNC)", "Tỷ lệ hồ sơ đồng bộ trạng thái theo thời gian thực với DVCQG", ratio("dossier.syncRate")),
        ]),
    ], component="appraised", mx="15"),
    node("5", "Cải cách tổ chức bộ máy", "Organisational reform", prov("adapted", f"Lĩnh vực theo mẫu {HATINH}; điểm tối đa là điều chỉnh"), [
        node("5.1", "Tổ chức bộ máy, biên chế và phân cấp sau sắp xếp năm 2025", "Organisation, staffing and decentralisation after the 2025 reorganisation",
             prov("adapted", "so-seeds, tiêu chí 4.1 và 4.2, điều chỉnh cho xã, phường sau sắp xếp (không còn cấp huyện từ 01/07/2025, par-index.md §4)"),
             [from_seed("5.1.1", "4.1.1"), from_seed("5.1.2", "4.1.2"), from_seed("5.1.3", "4.2.1"), from_seed("5.1.4", "4.2.2")]),
    ], component="appraised", mx="6"),
    node("6", "Cải cách chế độ công vụ", "Civil service reform", prov("adapted", f"Lĩnh vực theo mẫu {HATINH}; điểm tối đa là điều chỉnh"), [
        node("6.1", "Bố trí cán bộ, công chức theo vị trí việc làm", "Staff placed per job position", prov("adapted", "so-seeds, tiêu chí 5.1"),
             [from_seed("6.1.1", "5.1.1")]),
        node("6.2", "Đào tạo, bồi dưỡng cán bộ, công chức", "Training of staff", prov("adapted", "so-seeds, tiêu chí 5.2"),
             [from_seed("6.2.1", "5.2.1"), from_seed("6.2.2", "5.2.2")]),
        node("6.3", "Tuyển dụng và chuyển đổi vị trí công tác", "Recruitment and rotation", prov("adapted", "so-seeds, tiêu chí 5.3"),
             [from_seed("6.3.1", "5.3.1"), from_seed("6.3.2", "5.3.2")]),
    ], component="appraised", mx="9"),
    node("7", "Cải cách tài chính công", "Public finance reform", prov("adapted", f"Lĩnh vực theo mẫu {HATINH}; điểm tối đa là điều chỉnh"), [
        node("7.1", "Quản lý tài chính, ngân sách xã", "Commune finance and budget", prov("adapted", "so-seeds, tiêu chí 6.1–6.3"),
             [from_seed("7.1.1", "6.1.1"), from_seed("7.1.2", "6.2.1"), from_seed("7.1.3", "6.3.1")]),
    ], component="appraised", mx="5"),
    node("8", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "E-government and digital government",
         prov("adapted", f"Lĩnh vực theo mẫu {HATINH}; điểm tối đa là điều chỉnh"), [
        node("8.1", "Ứng dụng CNTT trong nội bộ UBND xã", "IT inside the commune office", prov("adapted", "so-seeds, tiêu chí 7.1"),
             [from_seed("8.1.1", "7.1.1"), from_seed("8.1.2", "7.1.2"), from_seed("8.1.3", "7.1.3")]),
        node("8.2", "Dịch vụ công trực tuyến, ISO và Trang thông tin điện tử", "Online services, ISO and website",
             prov("adapted", "so-seeds, tiêu chí 7.2.1 và 7.3"),
             [from_seed("8.2.1", "7.2.1"), from_seed("8.2.2", "7.3.1"), from_seed("8.2.3", "7.3.2")]),
        node("8.3", "Số hóa, kết nối và tái sử dụng dữ liệu", "Digitisation, connection and reuse of data",
             prov("adapted", f"các dòng 13, 14, 15 của bảng công thức 766 ({REF766}), áp dụng cho cấp xã"), [
            kpi("8.3.1", "UBND xã thực hiện chứng thực bản sao điện tử từ bản chính", "The commune issues electronic certified copies", 1,
                "dòng 13 (ELECTRONIC_CERTIFIED_COPY; ở cấp tỉnh là tỷ lệ xã, phường thực hiện, với một xã là có/không)",
                "Chứng thực bản sao điện tử từ bản chính", {"kind": "boolean", "fact": "certifiedCopy.electronic"}),
            kpi("8.3.2", "Tỷ lệ thành phần hồ sơ được cắt giảm, thay thế dựa trên dữ liệu (mục tiêu 80 %)",
                "Share of components replaced by data (target 80 %)", 1, "dòng 14 (REUSED_DIGITIZED_DATA; min(2, 2 × tỷ lệ ÷ 80 %))",
                "Thành phần hồ sơ cắt giảm, thay thế dựa trên dữ liệu", ratio("reuse.replacedRate", 80)),
            kpi("8.3.3", "Tỷ lệ hồ sơ số hóa có kết nối, chia sẻ dữ liệu để tái sử dụng", "Share of digitised dossiers shared for reuse", 1,
                "dòng 15 (SYNCED_WITH_DVCQG_PERSONAL_STORAGE)", "Số hóa có kết nối, chia sẻ dữ liệu để tái sử dụng", ratio("reuse.sharedRate")),
        ]),
    ], component="appraised", mx="14"),
]

SURVEY = (f"30 điểm điều tra xã hội học theo mẫu {HATINH}; chia thành các nhóm và câu hỏi, và điểm tối đa của từng nhóm, câu hỏi là điều chỉnh của ParIndex. Chấm "
          "theo số người trả lời từng phương án (quy tắc survey: điểm tối đa × Σ(số người × tỷ lệ của phương án) ÷ (100 × tổng số người), thang "
          "A = 100 %, B = 60 %, C = 20 %, D = 0 % của mẫu phiếu điều tra, par-index.md §4); xã chỉ nhận điểm điều tra đã tổng hợp thì nhập điểm trực tiếp")
# The SIPAS questions (9.1) are asked of the people whose dossiers were resolved: the sample is
# checked against N = dossiers completed (n = N ÷ (1 + N·e²), e = 5 %). The questionnaires of
# officials and of the impact (9.2, 9.3) have no population fact in this framework: not checked.
SAMPLE = "; cỡ mẫu cần thiết n = N ÷ (1 + N·e²), N = số hồ sơ đã giải quyết xong, e = 5 % (cỡ mẫu nhỏ hơn được cảnh báo)"
SCALE = (("A", 100), ("B", 60), ("C", 20), ("D", 0))


def survey(nid, vi, en, mx, quote, extra=""):
    population = "dossier.completed" if nid.startswith("9.1.") else None
    options = []
    for answer, percent in SCALE:
        fid = f"survey.{nid}.{answer.lower()}"
        add_fact({"id": fid, "title": T(f"Câu {nid} ({vi}): số người trả lời mức {answer}", f"Question {nid} ({en}): respondents answering {answer}"),
                  "type": "count"})
        options.append({"answer": answer, "count": fid, "percent": percent})
    rule = {"kind": "survey"}
    if population:
        rule["population"] = population
        rule["margin"] = 5
    rule["options"] = options
    return leaf(nid, vi, en, mx, prov("adapted", SURVEY + (SAMPLE if population else "") + extra, quote), rule)


def survey_from_seed(nid, sid, mx, vi=None, en=None):
    s = seed_leaves[sid]
    title = commune_text(s["title"])
    return survey(nid, vi or title["vi"], en or title.get("en", ""), mx, s["provenance"].get("quote"),
                  f"; nội dung theo so-seeds, tiêu chí {sid} ({s['provenance']['source']})")


fields.append(node("9", "Điều tra xã hội học", "Sociological survey", prov("adapted", SURVEY), [
    node("9.1", "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của UBND xã", "Satisfaction of citizens and organisations",
         prov("adapted", SURVEY + "; các nội dung SIPAS theo so-seeds, tiêu chí 8.3"), [
        survey_from_seed("9.1.1", "8.3.1", 3), survey_from_seed("9.1.2", "8.3.2", 3), survey_from_seed("9.1.3", "8.3.3", 3),
        survey_from_seed("9.1.4", "8.3.4", 3),
        survey("9.1.5", "Hài lòng về tiếp nhận, xử lý phản ánh, kiến nghị", "Satisfaction with the handling of feedback", 3,
               "Tỷ lệ hài lòng trong xử lý PAKN", f"; nội dung theo dòng 22 của bảng công thức 766 ({REF766})"),
    ]),
    node("9.2", "Đánh giá của cán bộ, công chức và đại biểu HĐND xã", "Assessment by commune officials and council members",
         prov("adapted", SURVEY + "; nội dung theo so-seeds, tiêu chí 8.2 (ở đó chấm theo một câu trả lời)"), [
        survey_from_seed("9.2.1", "8.2.1", "2.5"), survey_from_seed("9.2.2", "8.2.2", "2.5"), survey_from_seed("9.2.3", "8.2.3", "2.5"),
        survey_from_seed("9.2.4", "8.2.4", "2.5"),
    ]),
    node("9.3", "Tác động của cải cách hành chính", "Impact of administrative reform",
         prov("adapted", SURVEY + "; tên lĩnh vực 'Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH' của 2948/QĐ-BNV (par-index.md §2)"), [
        survey("9.3.1", "Tác động của CCHC đến người dân, tổ chức trên địa bàn xã", "Impact on citizens and organisations in the commune",
               "2.5", "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH"),
        survey("9.3.2", "Tác động của CCHC đến phát triển kinh tế - xã hội của xã", "Impact on the commune's socio-economic development",
               "2.5", "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH"),
    ]),
], component="survey", mx="30"))

used_facts = set()
for f in fields:
    for n in leaves_of(f):
        r = n["rule"]
        used_facts.update(r.get(k) for k in ("fact", "done", "total", "population") if r.get(k))
        used_facts.update(o["count"] for o in r.get("options", []) if "count" in o)
        used_facts.update(it["fact"] for it in r.get("items", []))
        if "metric" in r:
            m = next(m for m in metrics if m["id"] == r["metric"])
            used_facts.update(m["numerator"] + m["denominator"])
facts = [f for f in facts if f["id"] in used_facts]
used_metrics = {n["rule"].get("metric") for f in fields for n in leaves_of(f)}
metrics = [m for m in metrics if m["id"] in used_metrics]
leaf_count = sum(1 for f in fields for _ in leaves_of(f))

framework = {
    "formatVersion": 1,
    "id": "xa-2025",
    "title": T("Chỉ số cải cách hành chính cấp xã, phường (sau sắp xếp năm 2025; bộ điều chỉnh)",
               "PAR index of communes and wards (after the 2025 reorganisation; adapted)"),
    "legalBasis": [
        "Hà Tĩnh 52/2019/QĐ-UBND (bộ chỉ số cấp xã: 9 lĩnh vực, 34 tiêu chí, 70 + 30 điểm; mẫu tham khảo)",
        "766/QĐ-TTg ngày 23/06/2022 (các chỉ tiêu một cửa cấp xã; bảng công thức của VPCP)",
        "Các kế hoạch CCHC mẫu (seeds 000–004), qua bộ tiêu chí so-seeds",
    ],
    "unitKinds": ["xa"],
    "years": {"from": 2025, "to": 2030},
    "provenance": prov("adapted", (
        "Bộ tiêu chí điều chỉnh (adapted), không phải văn bản chính thức: cấu trúc 9 lĩnh vực, 70 điểm thẩm định + 30 điểm điều tra "
        f"theo mẫu {HATINH}; từ 01/07/2025 không còn cấp huyện, tỉnh chấm trực tiếp xã, phường (par-index.md §4). Các tiêu chí thành "
        "phần lấy từ so-seeds (mỗi tiêu chí trích kế hoạch CCHC mẫu), điều chỉnh cho cấp xã, và các chỉ tiêu một cửa theo các dòng cấp xã "
        "của 766 (qd766.md §2). Tỷ lệ đúng hạn theo định nghĩa vpcp-766. Không có trong tài liệu tham khảo [không tìm thấy]: bảng "
        "tiêu chí chính thức cấp xã của bất kỳ tỉnh nào sau năm 2025, điểm từng tiêu chí và ngưỡng xếp loại; mọi điểm tối đa ở đây là "
        f"điều chỉnh. Không có điểm thưởng, điểm trừ. {leaf_count} tiêu chí thành phần. Điểm điều tra chấm theo số người trả lời từng "
        "phương án (quy tắc survey), hoặc nhập trực tiếp khi xã chỉ nhận điểm đã tổng hợp.")),
    "display": {"pointDecimals": 2, "percentDecimals": 2},
    "components": [
        {"id": "appraised", "title": T("Điểm thẩm định", "Appraised points"), "max": D(70)},
        {"id": "survey", "title": T("Điểm điều tra xã hội học", "Survey points"), "max": D(30)},
    ],
    "facts": facts,
    "metrics": metrics,
    "bands": SEEDS["bands"],
    "fields": fields,
}

if __name__ == "__main__":
    write("Criteria/xa-2025.json", framework)
    print("leaves:", leaf_count)
    # The facts filled from dossier records carry their `fromRecords` key in the framework itself.
