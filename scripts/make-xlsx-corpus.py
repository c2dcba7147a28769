#!/usr/bin/env python3
"""Writes the hostile workbooks of Tests/Fixtures/corpus-xlsx (small files, deterministic).

Each case is refused by par-score with exit code 65 and a message naming the file; expected.tsv
lists, per file, the exit code and a fragment of the English message (par-score --lang en).
Run: python3 scripts/make-xlsx-corpus.py Tests/Fixtures/corpus-xlsx
"""
import os
import struct
import sys
import zlib

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
MAIN_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


def content_types(main=MAIN_TYPE):
    return ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="%s"/></Types>' % (main, SHEET_TYPE)).encode()


PACKAGE_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s"><Relationship Id="rId1" '
                'Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % (PKG, REL)).encode()
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%s" xmlns:r="%s"><sheets>'
            '<sheet name="Đơn vị" sheetId="1" r:id="rId1"/></sheets></workbook>' % (MAIN, REL)).encode()
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s"><Relationship Id="rId1" '
                 'Type="%s/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % (PKG, REL)).encode()


def sheet(cells):
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="%s"><sheetData><row r="1">%s</row></sheetData></worksheet>'
            % (MAIN, cells)).encode()


def parts(sheet_xml=None, workbook=WORKBOOK, types=None):
    return [("[Content_Types].xml", types or content_types()), ("_rels/.rels", PACKAGE_RELS), ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
            ("xl/worksheets/sheet1.xml", sheet_xml or sheet('<c r="A1" t="inlineStr"><is><t>framework</t></is></c>'))]


def deflate(data):
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def archive(entries, flags=0, corrupt_data=False, declared=None, stored=False):
    """A ZIP of (name, bytes); `declared` maps names to a false uncompressed size."""
    body, directory = b"", b""
    for name, data in entries:
        raw_name = name.encode()
        method = 0 if stored else 8
        payload = data if stored else deflate(data)
        crc = zlib.crc32(data)
        size = (declared or {}).get(name, len(data))
        if corrupt_data and name.endswith("sheet1.xml"):
            payload = payload[:-1] + bytes([payload[-1] ^ 0x01])
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags | 0x800, method, 0, 0x21, crc, len(payload), size, len(raw_name), 0)
        offset = len(body)
        body += local + raw_name + payload
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags | 0x800, method, 0, 0x21, crc, len(payload), size,
                                 len(raw_name), 0, 0, 0, 0, 0, offset) + raw_name
    count = len(entries)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count & 0xFFFF, count & 0xFFFF, len(directory), len(body), 0)
    return body + directory + end


def main(folder):
    os.makedirs(folder, exist_ok=True)
    cases = []

    def write(name, data, fragment, code=65):
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(data)
        cases.append((name, code, fragment))

    base = archive(parts())
    # A sheet of 70 MB of spaces: above the 64 MiB entry limit, refused before decompression.
    write("zip-bomb-size.xlsx", archive(parts(sheet_xml=b" " * (70 << 20))), "above the limit of 67108864 bytes")
    # 20 MB of zeros in 20 kB: a ratio of 1000:1.
    write("zip-bomb-ratio.xlsx", archive(parts() + [("xl/media/zeros.bin", bytes(20 << 20))]), "compression ratio")
    # A directory that declares 1 kB for a part that inflates to 20 MB.
    write("zip-bomb-declared-size.xlsx", archive(parts(sheet_xml=sheet("<c/>" * (5 << 20))), declared={"xl/worksheets/sheet1.xml": 1024}),
          "has the wrong size")
    write("many-entries.xlsx", archive([("%x" % index, b"") for index in range(2000)], stored=True), "2000 entries")
    write("dotdot-name.xlsx", archive(parts() + [("xl/../../evil.xml", b"x")]), "unsafe entry name")
    write("absolute-name.xlsx", archive(parts() + [("/etc/cron.d/evil", b"x")]), "unsafe entry name")
    write("backslash-name.xlsx", archive(parts() + [("xl\\evil.xml", b"x")]), "unsafe entry name")
    write("truncated.xlsx", base[: len(base) // 2], "truncated or damaged")
    write("bad-crc.xlsx", archive(parts(), corrupt_data=True, stored=True), "fails its CRC check")
    write("encrypted-entry.xlsx", archive(parts(), flags=1), "is encrypted")
    laughs = ('<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><workbook xmlns="%s"><sheets><sheet name="&c;"/></sheets></workbook>' % MAIN)
    write("doctype-entities.xlsx", archive(parts(workbook=laughs.encode())), "DOCTYPE")
    write("undefined-entity.xlsx", archive(parts(sheet_xml=sheet('<c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c>'))), "undefined entity")
    write("deep-nesting.xlsx", archive(parts(sheet_xml=b"<worksheet>" + b"<a>" * 100000 + b"</a>" * 100000 + b"</worksheet>")),
          "nested deeper than 64")
    write("huge-cell.xlsx", archive(parts(sheet_xml=sheet('<c r="D2" t="inlineStr"><is><t>%s</t></is></c>' % ("a" * 10_000_000)))),
          "10000000 characters")
    write("formula-without-value.xlsx", archive(parts(sheet_xml=sheet('<c r="D12"><f>SUM(A1:A3)</f></c>'))), "save the file again")
    macro_types = content_types(main="application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    write("macros.xlsm", archive(parts(types=macro_types) + [("xl/vbaProject.bin", b"\x00" * 64)]), "Save As > Excel Workbook")
    write("old-binary.xls", bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504), "soffice --headless --convert-to xlsx")
    write("not-a-zip.xlsx", b"Name,Value\ntthc.onTime,1240\n", "not a ZIP archive")
    zip64_end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    write("zip64.xlsx", b"PK\x03\x04" + bytes(26) + zip64_end, "ZIP64")
    write("empty.xlsx", b"", "not a ZIP archive")
    with open(os.path.join(folder, "expected.tsv"), "w", encoding="utf-8") as handle:
        handle.write("# file\texit code\tfragment of the English message (par-score --lang en FILE)\n")
        for name, code, fragment in cases:
            handle.write("%s\t%d\t%s\n" % (name, code, fragment))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "Tests/Fixtures/corpus-xlsx")
