#!/usr/bin/env python3
"""Writes the two 766 examples (Examples/vpcp-766-*.json). Synthetic values: a fictional province
"Minh Họa (ví dụ)", never a real result."""
import json
from common import ROOT


def sub(framework, unit, facts, not_applicable=None):
    s = {"formatVersion": 1, "framework": framework, "year": 2025, "unit": unit, "facts": facts}
    if not_applicable:
        s["notApplicable"] = not_applicable
    return s


so = sub("vpcp-766-tinh", {"id": "minh-hoa.so-tu-phap", "name": "Sở Tư pháp (ví dụ minh họa)", "kind": "so",
                           "province": "Minh Họa (ví dụ)"}, {
    "publish.onTime": 18, "publish.total": 20,
    "public.updatedOnTime": 45, "public.toUpdate": 50,
    "public.complete": 50, "public.procedures": 50,
    "dossier.synced": 1900, "dossier.received": 2000,
    "dossier.onTime": 1880, "dossier.onTimeDenominator": 2000,
    "online.proceduresOffered": 120, "online.procedures": 150,
    "online.servicesWithDossiers": 60, "online.services": 100,
    "dossier.online": 900, "dossier.direct": 1000, "dossier.postal": 100,
    "dossier.completed": 1850, "dossier.electronicResult": 1665,
    "dossier.digitised": 1600,
    "reuse.componentsReplaced": 30, "reuse.components": 50,
    "reuse.digitisedShared": 800,
    "citizenData.dossiers": 1000, "citizenData.proceduresConnected": 40, "citizenData.procedures": 50,
    "petition.onTime": 0, "petition.handled": 0, "petition.satisfied": 0, "petition.rated": 0,
    "satisfaction.satisfied": 850, "satisfaction.rated": 1000,
    "dossier.paidOnline": 300, "dossier.withFees": 500,
    "payment.feeProceduresIntegrated": 36, "payment.feeProceduresPaidOnline": 20, "payment.feeProcedures": 40,
}, {"3.3": "Tỷ lệ xã, phường chứng thực bản sao điện tử là chỉ số của UBND tỉnh, không của một sở"})

xa = sub("vpcp-766-xa", {"id": "minh-hoa.xa-minh-hoa", "name": "UBND xã Minh Họa (ví dụ minh họa)", "kind": "xa",
                         "province": "Minh Họa (ví dụ)"}, {
    "publish.onTime": 10, "publish.total": 10,
    "public.updatedOnTime": 38, "public.toUpdate": 40,
    "public.complete": 40, "public.procedures": 40,
    "dossier.synced": 480, "dossier.received": 500,
    "dossier.onTime": 485, "dossier.onTimeDenominator": 500,
    "online.proceduresOffered": 100, "online.procedures": 125,
    "dossier.online": 150, "dossier.direct": 340, "dossier.postal": 10,
    "dossier.completed": 490, "dossier.electronicResult": 392,
    "dossier.digitised": 350,
    "certifiedCopy.electronic": True,
    "reuse.componentsReplaced": 10, "reuse.components": 25,
    "reuse.digitisedShared": 140,
    "petition.onTime": 3, "petition.handled": 4, "petition.satisfied": 2, "petition.rated": 3,
    "satisfaction.satisfied": 180, "satisfaction.rated": 200,
    "dossier.paidOnline": 40, "dossier.withFees": 80,
    "payment.feeProceduresIntegrated": 20, "payment.feeProceduresPaidOnline": 10, "payment.feeProcedures": 25,
    "scope.commune": True,
})

for name, s in (("vpcp-766-so-tu-phap-vi-du-2025.json", so), ("vpcp-766-xa-minh-hoa-vi-du-2025.json", xa)):
    with open(f"{ROOT}/Examples/{name}", "w", encoding="utf-8") as f:
        f.write(json.dumps(s, ensure_ascii=False, indent=2) + "\n")
    print("wrote Examples/" + name)
