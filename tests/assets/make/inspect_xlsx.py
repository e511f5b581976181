"""Dump the cells of an .xlsx as the file stores them (for reviewing the corpus by eye).

python3 inspect_xlsx.py FILE.xlsx...   prints cell, type, number format and value; merges;
defined names; the workbook's date system.  Standard library only.
"""
import re
import sys
import zipfile
from xml.etree import ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def text_of(el):
    return "".join(t.text or "" for t in el.iter("{%s}t" % NS["m"]))


def dump(path):
    z = zipfile.ZipFile(path)
    names = z.namelist()
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    pr = wb.find("m:workbookPr", NS)
    d1904 = pr is not None and pr.get("date1904") in ("1", "true")
    print(f"== {path}  date1904={d1904}")
    for dn in wb.iter("{%s}definedName" % NS["m"]):
        print(f"   definedName {dn.get('name')} = {dn.text}")
    sst = []
    if "xl/sharedStrings.xml" in names:
        sst = [text_of(si) for si in ET.fromstring(z.read("xl/sharedStrings.xml"))
               .findall("m:si", NS)]
    fmts = {}
    xfs = []
    if "xl/styles.xml" in names:
        st = ET.fromstring(z.read("xl/styles.xml"))
        for nf in st.iter("{%s}numFmt" % NS["m"]):
            fmts[int(nf.get("numFmtId"))] = nf.get("formatCode")
        cx = st.find("m:cellXfs", NS)
        if cx is not None:
            xfs = [int(x.get("numFmtId", "0")) for x in cx.findall("m:xf", NS)]
    sheets = sorted(n for n in names if re.match(r"xl/worksheets/sheet\d+\.xml$", n))
    for sh in sheets:
        root = ET.fromstring(z.read(sh))
        for c in root.iter("{%s}c" % NS["m"]):
            t = c.get("t", "n")
            v = c.find("m:v", NS)
            if t == "inlineStr":
                val = text_of(c.find("m:is", NS))
            elif v is None:
                continue
            elif t == "s":
                val = sst[int(v.text)]
            else:
                val = v.text
            s = int(c.get("s", "0"))
            fid = xfs[s] if s < len(xfs) else 0
            fmt = fmts.get(fid, f"builtin:{fid}") if fid else ""
            print(f"   {c.get('r'):6} {t:9} {fmt:22} {val!r}")
        for m in root.iter("{%s}mergeCell" % NS["m"]):
            print(f"   merge {m.get('ref')}")


if __name__ == "__main__":
    for a in sys.argv[1:]:
        dump(a)
