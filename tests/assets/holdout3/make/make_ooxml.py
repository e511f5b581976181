#!/usr/bin/env python3
"""Hand-written OOXML for idioms that real software writes: python3 make_ooxml.py

Writes, from cases.json:
  ../strict/    ISO/IEC 29500 Strict .docx and .xlsx (purl.oclc.org namespaces and relationship types)
  ../google/    Google Sheets and Google Docs export idioms
  ../apple/     Apple Pages and Numbers export idioms
  ../wps/       WPS Spreadsheets idioms
  ../wordxml3/  Word 2007/2010 idioms: customXml, tracked changes, smart tags, complex fields,
                Chinese-only labels, a form split over two tables, full-width labels, no-break spaces
  ../sheetxml/  Excel 365 idioms: phonetic runs, rich text, cover sheet, hidden row, error cells, merges
  ../bad/       result-malformed-xml.docx, flat-opc-renamed.docx, intention-crc-damaged.xlsx
Standard library only. Deterministic (fixed timestamps).
"""
import json
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = json.load(open(os.path.join(HERE, "cases.json"), encoding="utf-8"))
SERVICES = DATA["services"]
NAMES = DATA["service_names"]
REF = DATA["ref"]
ITITLE = DATA["intention_title"]
RTITLE = DATA["result_title"]
ZH_NAMES = {"OTP-C": "領航星交易平台－證券市場", "OTP-CSC": "領航星交易平台－中華通",
            "OMD-C": "領航星市場數據平台－證券市場", "OMD-CC": "領航星市場數據平台－中華通"}
FIXED = (2023, 11, 24, 9, 30, 0)


def raw(file):
    return next(c for c in DATA["cases"] if c["file"] == file)["raw"]


def e(s):
    return escape(s, {'"': "&quot;"})


def write_zip(file, parts):
    path = os.path.join(ASSETS, file)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return path


XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
T_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
S_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
CT_MAIN_DOC = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_STYLES_DOC = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
CT_WB = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
CT_WS = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CT_SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
CT_XSTYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml"


def content_types(overrides):
    return (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides) + "</Types>")


def rels(items):
    return (XML + f'<Relationships xmlns="{PKG_REL}">'
            + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in items) + "</Relationships>")


def core(creator, title="", created="2023-11-24T01:30:00Z"):
    return (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{e(title)}</dc:title><dc:creator>{e(creator)}</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>')


def app(application, version=""):
    return (XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Application>{e(application)}</Application>' + (f"<AppVersion>{version}</AppVersion>" if version else "")
            + "</Properties>")


# =========================================================================================== Word helpers
W_T = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_S = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def t(text):
    return f'<w:t xml:space="preserve">{e(text)}</w:t>'


def run(text, rpr=""):
    return f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}{t(text)}</w:r>"


def para(inner, ppr=""):
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{inner}</w:p>"


def cell(inner_paras, width=4680, tcpr_extra="", wtype="dxa"):
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="{wtype}"/>{tcpr_extra}</w:tcPr>{inner_paras}</w:tc>'


def table(rows, widths, tblpr_extra="", tblw='<w:tblW w:w="0" w:type="auto"/>'):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    borders = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>')
    return f"<w:tbl><w:tblPr>{tblpr_extra}{tblw}{borders}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def row(*cells):
    return "<w:tr>" + "".join(cells) + "</w:tr>"


SECT = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'


def styles_docx(ns=W_T, font="Calibri", extra=""):
    return (XML + f'<w:styles xmlns:w="{ns}"><w:docDefaults><w:rPrDefault><w:rPr>'
            f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="PMingLiU" w:cs="{font}"/><w:sz w:val="22"/>'
            '<w:lang w:val="en-HK" w:eastAsia="zh-HK"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
            + extra + "</w:styles>")


def docx_package(file, body, *, ns_decl, creator, application, strict=False, styles=None, extra_parts=(),
                 doc_rels_extra=(), conformance=""):
    rel = S_REL if strict else T_REL
    document = (XML + f'<w:document {ns_decl}{conformance}><w:body>{body}{SECT}</w:body></w:document>')
    parts = [
        ("[Content_Types].xml", content_types([("/word/document.xml", CT_MAIN_DOC), ("/word/styles.xml", CT_STYLES_DOC),
                                               ("/docProps/core.xml", CT_CORE), ("/docProps/app.xml", CT_APP)]
                                              + [(p, ct) for p, ct, _ in extra_parts if ct])),
        ("_rels/.rels", rels([("rId1", f"{rel}/officeDocument", "word/document.xml"),
                              ("rId2", CORE_REL, "docProps/core.xml"),
                              ("rId3", f"{rel}/extendedProperties", "docProps/app.xml")])),
        ("word/_rels/document.xml.rels", rels([("rId1", f"{rel}/styles", "styles.xml")] + list(doc_rels_extra))),
        ("word/document.xml", document),
        ("word/styles.xml", styles or styles_docx(W_S if strict else W_T)),
        ("docProps/core.xml", core(creator)),
        ("docProps/app.xml", app(application)),
    ] + [(p.lstrip("/"), data) for p, _, data in extra_parts]
    return write_zip(file, parts)


# =========================================================================================== Sheet helpers
X_T = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
X_S = "http://purl.oclc.org/ooxml/spreadsheetml/main"


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class SST:
    def __init__(self):
        self.items = []  # raw <si> inner xml

    def add(self, text=None, si=None):
        inner = si if si is not None else f'<t xml:space="preserve">{e(text)}</t>'
        if inner in self.items:
            return self.items.index(inner)
        self.items.append(inner)
        return len(self.items) - 1

    def xml(self, ns=X_T):
        return (XML + f'<sst xmlns="{ns}" count="{len(self.items)}" uniqueCount="{len(self.items)}">'
                + "".join(f"<si>{i}</si>" for i in self.items) + "</sst>")


def c_s(ref, idx, s=0):
    return f'<c r="{ref}"{f" s={chr(34)}{s}{chr(34)}" if s else ""} t="s"><v>{idx}</v></c>'


def c_n(ref, v, s=0):
    return f'<c r="{ref}"{f" s={chr(34)}{s}{chr(34)}" if s else ""}><v>{v}</v></c>'


def c_b(ref, v, s=0):
    return f'<c r="{ref}"{f" s={chr(34)}{s}{chr(34)}" if s else ""} t="b"><v>{1 if v else 0}</v></c>'


def c_str(ref, formula, cached, s=0):
    return f'<c r="{ref}"{f" s={chr(34)}{s}{chr(34)}" if s else ""} t="str"><f>{e(formula)}</f><v>{e(cached)}</v></c>'


def c_err(ref, formula, err, s=0):
    return f'<c r="{ref}"{f" s={chr(34)}{s}{chr(34)}" if s else ""} t="e"><f>{e(formula)}</f><v>{err}</v></c>'


def c_d(ref, iso, s=0):
    return f'<c r="{ref}"{f" s={chr(34)}{s}{chr(34)}" if s else ""} t="d"><v>{iso}</v></c>'


def sheet_xml(rows, ns=X_T, before="", after="", hidden_rows=(), ns_extra="", row_attrs=""):
    """rows: {rownum: [cell xml, ...]}"""
    out = []
    for r in sorted(rows):
        h = ' hidden="1"' if r in hidden_rows else ""
        out.append(f'<row r="{r}"{h}{row_attrs}>' + "".join(rows[r]) + "</row>")
    return (XML + f'<worksheet xmlns="{ns}" xmlns:r="{S_REL if ns == X_S else T_REL}"{ns_extra}>{before}'
            f'<sheetData>{"".join(out)}</sheetData>{after}</worksheet>')


def xstyles(numfmts, cellxfs, fonts=('<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',), ns=X_T):
    """cellxfs: list of (numFmtId, fontId)"""
    nf = "".join(f'<numFmt numFmtId="{i}" formatCode="{e(c)}"/>' for i, c in numfmts)
    xfs = "".join(f'<xf numFmtId="{n}" fontId="{f}" fillId="0" borderId="0" xfId="0"'
                  f'{" applyNumberFormat=" + chr(34) + "1" + chr(34) if n else ""}{" applyFont=" + chr(34) + "1" + chr(34) if f else ""}/>'
                  for n, f in cellxfs)
    return (XML + f'<styleSheet xmlns="{ns}">' + (f'<numFmts count="{len(numfmts)}">{nf}</numFmts>' if numfmts else "")
            + f'<fonts count="{len(fonts)}">{"".join(fonts)}</fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(cellxfs)}">{xfs}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def xlsx_package(file, sheets, sst, styles, *, creator, application, strict=False, workbook_extra="",
                 workbook_attrs="", extra_parts=(), defined_names=""):
    """sheets: list of (name, xml, state)"""
    ns = X_S if strict else X_T
    rel = S_REL if strict else T_REL
    sheet_el = "".join(
        f'<sheet name="{e(n)}" sheetId="{i + 1}"{f" state={chr(34)}{st}{chr(34)}" if st else ""} r:id="rId{i + 1}"/>'
        for i, (n, _, st) in enumerate(sheets))
    workbook = (XML + f'<workbook xmlns="{ns}" xmlns:r="{rel}"{workbook_attrs}>{workbook_extra}'
                f'<sheets>{sheet_el}</sheets>{defined_names}</workbook>')
    n = len(sheets)
    wb_rels = [(f"rId{i + 1}", f"{rel}/worksheet", f"worksheets/sheet{i + 1}.xml") for i in range(n)]
    wb_rels += [(f"rId{n + 1}", f"{rel}/styles", "styles.xml"), (f"rId{n + 2}", f"{rel}/sharedStrings", "sharedStrings.xml")]
    overrides = [("/xl/workbook.xml", CT_WB), ("/xl/styles.xml", CT_XSTYLES), ("/xl/sharedStrings.xml", CT_SST),
                 ("/docProps/core.xml", CT_CORE), ("/docProps/app.xml", CT_APP)]
    overrides += [(f"/xl/worksheets/sheet{i + 1}.xml", CT_WS) for i in range(n)]
    overrides += [(p, ct) for p, ct, _ in extra_parts if ct]
    parts = [
        ("[Content_Types].xml", content_types(overrides)),
        ("_rels/.rels", rels([("rId1", f"{rel}/officeDocument", "xl/workbook.xml"), ("rId2", CORE_REL, "docProps/core.xml"),
                              ("rId3", f"{rel}/extendedProperties", "docProps/app.xml")]
                             + ([("rId4", f"{T_REL}/custom-properties", "docProps/custom.xml")]
                                if any(p == "/docProps/custom.xml" for p, _, _ in extra_parts) else []))),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", rels(wb_rels)),
        ("xl/styles.xml", styles),
        ("xl/sharedStrings.xml", sst.xml(ns)),
        ("docProps/core.xml", core(creator)),
        ("docProps/app.xml", app(application)),
    ] + [(f"xl/worksheets/sheet{i + 1}.xml", x) for i, (_, x, _) in enumerate(sheets)] \
      + [(p.lstrip("/"), d) for p, _, d in extra_parts]
    return write_zip(file, parts)


def serial(y, m, d):
    import datetime
    return (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days


# =========================================================================================== Strict docx
def strict_docx():
    f = "holdout3/strict/intention-strict-cheungshawan.docx"
    r = raw(f)
    ns = f'xmlns:w="{W_S}" xmlns:r="{S_REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' \
         'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"'
    B = "<w:b/>"
    rows = [row(cell(para(run(lbl, B)), "45%", wtype="pct"), cell(para(run(val)), "55%", wtype="pct"))
            for lbl, val in [("Subscriber Name", r["name"]), ("HSN Subscriber ID", r["id"]),
                             ("Contact Person", r["contact"]), ("Telephone", r["phone"]), ("Email", r["email"])]]
    svc = [row(cell(para(run(r["ticks"][s])), "10%", wtype="pct"), cell(para(run(f"{s} – {NAMES[s]}")), "90%", wtype="pct"))
           for s in SERVICES]
    tbl_w = '<w:tblW w:w="100%" w:type="pct"/>'
    body = (para(run(ITITLE, B + '<w:sz w:val="28"/>'))
            + para(run("Ref. No. 編號: " + REF))
            + table(rows, [4000, 5000], tblw=tbl_w)
            + para(run("☒ We will participate in PS2 using HSN    ☐ We will not participate in PS2 using HSN"))
            + para(run("Services to be verified", B))
            + table(svc, [900, 8100], tblw=tbl_w)
            + para(run("Name of Authorised Signatory: ", B) + run(r["signatory"]))
            + para(run("Date: ", B) + run(r["signed"])))
    settings = (XML + f'<w:settings xmlns:w="{W_S}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="0.5in"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>')
    docx_package(f, body, ns_decl=ns, creator="Wan Chi Ho", application="Microsoft Office Word", strict=True,
                 conformance=' w:conformance="strict"',
                 extra_parts=[("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml", settings)],
                 doc_rels_extra=[("rId2", f"{S_REL}/settings", "settings.xml")])


# =========================================================================================== Strict xlsx
def strict_xlsx():
    f = "holdout3/strict/result-strict-laichikok.xlsx"
    r = raw(f)
    sst = SST()
    rows = {1: [c_s("A1", sst.add(RTITLE), 1)], 2: [c_s("A2", sst.add("Ref. No.")), c_s("B2", sst.add(REF))]}
    n = 4
    for lbl, key in [("Subscriber Name", "name"), ("HSN Subscriber ID", "id"), ("Contact Person", "contact"),
                     ("Telephone", "phone"), ("Email", "email")]:
        rows[n] = [c_s(f"A{n}", sst.add(lbl)), c_s(f"B{n}", sst.add(r[key]))]
        n += 1
    rows[n] = [c_s(f"A{n}", sst.add("Practice Session Date")), c_d(f"B{n}", r["session"], 2)]
    n += 2
    rows[n] = [c_s(f"A{n}", sst.add("Service"), 1), c_s(f"B{n}", sst.add("Result"), 1)]
    n += 1
    for s in SERVICES:
        rows[n] = [c_s(f"A{n}", sst.add(f"{s} – {NAMES[s]}")), c_s(f"B{n}", sst.add(r["words"][s]))]
        n += 1
    n += 1
    rows[n] = [c_s(f"A{n}", sst.add("Issues Encountered")), c_s(f"B{n}", sst.add(r["issues"]))]
    n += 1
    rows[n] = [c_s(f"A{n}", sst.add("Name of Authorised Signatory")), c_s(f"B{n}", sst.add(r["signatory"]))]
    n += 1
    rows[n] = [c_s(f"A{n}", sst.add("Date")), c_d(f"B{n}", r["signed"], 2)]
    cols = '<cols><col min="1" max="1" width="52" customWidth="1"/><col min="2" max="2" width="40" customWidth="1"/></cols>'
    sheet = sheet_xml(rows, ns=X_S, before='<dimension ref="A1:B22"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
                      '<sheetFormatPr defaultRowHeight="15"/>' + cols)
    styles = xstyles([(164, "dd/mm/yyyy")], [(0, 0), (0, 1), (164, 0)],
                     fonts=('<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
                            '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'), ns=X_S)
    xlsx_package(f, [("Result", sheet, None)], sst, styles, creator="Mok Sin Yee", application="Microsoft Excel",
                 strict=True, workbook_attrs=' conformance="strict"',
                 workbook_extra='<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
                                '<workbookPr dateCompatibility="0"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>')


# =========================================================================================== Google Sheets
def google_sheets():
    f = "holdout3/google/intention-gsheets-meifoo.xlsx"
    r = raw(f)
    sst = SST()
    GF = '<rFont val="Arial"/><sz val="10.0"/><color rgb="FF000000"/>'

    def rich(en, zh):
        return sst.add(si=f'<r><rPr><b/>{GF}</rPr><t>{e(en)}</t></r><r><rPr>{GF}</rPr><t xml:space="preserve"> {e(zh)}</t></r>')

    rows = {1: [c_s("A1", sst.add(ITITLE), 1)], 2: [c_s("A2", sst.add("Ref. No.")), c_s("B2", sst.add(REF))]}
    items = [("Subscriber Name", "公司名稱", c_s("B4", sst.add(r["name"]), 2)),
             ("HSN Subscriber ID", "用戶編號", c_str("B5", f'UPPER("{r["id"]}")', r["id"].upper(), 2)),
             ("Contact Person", "聯絡人", c_s("B6", sst.add(r["contact"]), 2)),
             ("Telephone", "電話", c_s("B7", sst.add(r["phone"]), 2)),
             ("Email", "電郵", c_s("B8", sst.add(r["email"]), 2)),
             ("Participate in PS2 using HSN?", "參與", c_s("B9", sst.add(r["participate"]), 2))]
    for i, (en, zh, val) in enumerate(items):
        rows[4 + i] = [c_s(f"A{4 + i}", rich(en, zh)), val]
    rows[11] = [c_s("A11", sst.add("Services to be verified"), 1), c_s("B11", sst.add("Tick"), 1),
                c_s("C11", sst.add("System"), 1)]
    for i, s in enumerate(SERVICES):
        n = 12 + i
        code = s + (" " if s == "OMD-CC" else "")  # a stray space breaks the VLOOKUP: #N/A
        desc = (c_err(f"C{n}", f"VLOOKUP(A{n},Lists!A:B,2,FALSE)", "#N/A", 2) if s == "OMD-CC"
                else c_str(f"C{n}", f"VLOOKUP(A{n},Lists!A:B,2,FALSE)", NAMES[s], 2))
        rows[n] = [c_s(f"A{n}", sst.add(code), 2), c_b(f"B{n}", r["bools"][s], 2), desc]
    rows[17] = [c_s("A17", rich("Name of Authorised Signatory", "授權人姓名")), c_s("B17", sst.add(r["signatory"]), 2)]
    rows[18] = [c_s("A18", rich("Date", "日期")), c_n("B18", r["signed"], 3)]
    before = ('<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr>'
              '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
              '<sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/>'
              '<cols><col customWidth="1" min="1" max="1" width="38.0"/><col customWidth="1" min="2" max="2" width="36.0"/>'
              '<col customWidth="1" min="3" max="3" width="44.0"/></cols>')
    after = ('<dataValidations><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="B9">'
             '<formula1>"Yes,No"</formula1></dataValidation>'
             '<dataValidation type="list" allowBlank="1" sqref="B12:B15"><formula1>"TRUE,FALSE"</formula1></dataValidation>'
             '</dataValidations><drawing r:id="rId1"/>')
    after = after.replace('<drawing r:id="rId1"/>', "")
    form = sheet_xml(rows, before=before, after=after)
    lists = {i + 1: [c_s(f"A{i + 1}", sst.add(s)), c_s(f"B{i + 1}", sst.add(NAMES[s]))] for i, s in enumerate(SERVICES)}
    lists_xml = sheet_xml(lists, before='<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr>')
    styles = xstyles([(164, "d mmm yyyy")], [(0, 0), (0, 1), (0, 0), (164, 0)],
                     fonts=('<font><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>',
                            '<font><b/><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>'))
    xlsx_package(f, [("Form", form, "visible"), ("Lists", lists_xml, "visible")], sst, styles,
                 creator="", application="",
                 workbook_extra='<workbookPr/>', defined_names="<definedNames/><calcPr/>")


# =========================================================================================== Google Docs
GDOCS_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml" '
            'mc:Ignorable="w14"')


def google_docs():
    f = "holdout3/google/result-gdocs-tsingyi.docx"
    r = raw(f)
    pid = [0]
    rdk = [0]

    def gp(inner, ppr='<w:spacing w:line="276" w:lineRule="auto"/>'):
        pid[0] += 1
        return (f'<w:p w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" '
                f'w:rsidRPr="00000000" w14:paraId="{pid[0]:08X}"><w:pPr>{ppr}<w:rPr/></w:pPr>{inner}</w:p>')

    def gr(text, bold=False):
        return (f'<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:rPr>{"<w:b w:val=" + chr(34) + "1" + chr(34) + "/>" if bold else ""}'
                f'<w:rtl w:val="0"/></w:rPr>{t(text)}</w:r>')

    def goog(inner):
        rdk[0] += 1
        return f'<w:sdt><w:sdtPr><w:tag w:val="goog_rdk_{rdk[0] - 1}"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'

    def gcell(inner, w="4680.0"):
        return (f'<w:tc><w:tcPr><w:shd w:fill="auto" w:val="clear"/><w:tcMar><w:top w:w="100.0" w:type="dxa"/>'
                f'<w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/>'
                f'</w:tcMar><w:vAlign w:val="top"/></w:tcPr>{inner}</w:tc>')

    def gtable(rows_, cols):
        grid = "".join(f'<w:gridCol w:w="{c}"/>' for c in cols)
        return (f'<w:tbl><w:tblPr><w:tblStyle w:val="Table{gtable.n}"/><w:tblW w:w="9360.0" w:type="dxa"/>'
                '<w:jc w:val="left"/><w:tblBorders><w:top w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
                '<w:left w:color="000000" w:space="0" w:sz="8" w:val="single"/><w:bottom w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
                '<w:right w:color="000000" w:space="0" w:sz="8" w:val="single"/><w:insideH w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
                '<w:insideV w:color="000000" w:space="0" w:sz="8" w:val="single"/></w:tblBorders><w:tblLayout w:type="fixed"/>'
                f'<w:tblLook w:val="0600"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows_)}</w:tbl>')
    gtable.n = 1

    cell_p = '<w:widowControl w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/>'
    details = []
    for i, (lbl, key) in enumerate([("Subscriber Name", "name"), ("HSN Subscriber ID", "id"), ("Contact Person", "contact"),
                                    ("Telephone", "phone"), ("Email", "email"), ("Practice Session Date", "session")]):
        lab = gr(lbl, True)
        if i == 0:
            lab = '<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="_gjdgxs" w:id="0"/><w:bookmarkEnd w:id="0"/>' + lab
        details.append(f'<w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>')
        details[-1] = "<w:tr>" + details[-1] + gcell(gp(lab, cell_p)) + gcell(gp(gr(r[key]), cell_p)) + "</w:tr>"
    t1 = gtable(details, [4680, 4680])
    gtable.n = 2
    res = ["<w:tr>" + gcell(gp(gr("Service", True), cell_p)) + gcell(gp(gr("Result", True), cell_p)) + "</w:tr>"]
    for s in SERVICES:
        if s == "OTP-C":
            ins = ('<w:ins w:author="Lui Chun Kit" w:id="0" w:date="2023-11-27T02:15:00Z">'
                   '<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:rPr><w:rtl w:val="0"/></w:rPr>'
                   f'{t(r["words"][s])}</w:r></w:ins>')
            dele = ('<w:del w:author="Lui Chun Kit" w:id="1" w:date="2023-11-27T02:15:00Z">'
                    '<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:rPr><w:rtl w:val="0"/></w:rPr>'
                    '<w:delText xml:space="preserve">Unsuccessful</w:delText></w:r></w:del>')
            val = goog(ins) + goog(dele)
        else:
            val = gr(r["words"][s])
        res.append("<w:tr>" + gcell(gp(gr(f"{s} – {NAMES[s]}"), cell_p)) + gcell(gp(val, cell_p)) + "</w:tr>")
    t2 = gtable(res, [5760, 3600])
    body = (gp(gr("HKEX Hosting Services Limited")) + gp(gr(RTITLE, True), '<w:pStyle w:val="Title"/>')
            + gp(gr(f"Ref. No.: {REF}")) + t1 + gp("") + gp(gr("Verification Result", True)) + t2 + gp("")
            + gp(gr("Name of Authorised Signatory: ", True) + gr(r["signatory"]))
            + gp(gr("Date: ", True) + gr(r["signed"])))
    styles = styles_docx(font="Arial", extra='<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
                                             '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="32"/></w:rPr></w:style>'
                                             '<w:style w:type="table" w:styleId="Table1"><w:name w:val="Table1"/></w:style>'
                                             '<w:style w:type="table" w:styleId="Table2"><w:name w:val="Table2"/></w:style>')
    docx_package(f, body, ns_decl=GDOCS_NS, creator="", application="", styles=styles)


# =========================================================================================== Apple Pages
def pages_docx():
    f = "holdout3/apple/intention-pages-mawan.docx"
    r = raw(f)
    HN = '<w:rFonts w:ascii="Helvetica Neue" w:hAnsi="Helvetica Neue" w:cs="Arial Unicode MS" w:eastAsia="Arial Unicode MS"/>'

    def pr(text, extra=""):
        return f'<w:r><w:rPr>{HN}{extra}<w:rtl w:val="0"/><w:lang w:val="en-US"/></w:rPr>{t(text)}</w:r>'

    def pp(inner, style="Body"):
        return f'<w:p><w:pPr><w:pStyle w:val="{style}"/><w:bidi w:val="0"/></w:pPr>{inner}</w:p>'

    def pc(inner, w):
        return (f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{w}"/><w:shd w:val="clear" w:color="auto" w:fill="auto"/>'
                '<w:tcMar><w:top w:type="dxa" w:w="80"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="80"/>'
                f'<w:right w:type="dxa" w:w="80"/></w:tcMar></w:tcPr>{inner}</w:tc>')

    def ptable(rows_, widths):
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        return ('<w:tbl><w:tblPr><w:tblW w:w="9638" w:type="dxa"/><w:jc w:val="left"/><w:tblInd w:w="108" w:type="dxa"/>'
                '<w:shd w:val="clear" w:color="auto" w:fill="auto"/><w:tblLayout w:type="fixed"/>'
                '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
                f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows_)}</w:tbl>')

    B = "<w:b w:val=\"1\"/><w:bCs w:val=\"1\"/>"
    email = ('<w:r><w:rPr>' + HN + '<w:rtl w:val="0"/></w:rPr><w:fldChar w:fldCharType="begin" w:fldLock="0"/></w:r>'
             f'<w:r><w:rPr>{HN}<w:rtl w:val="0"/></w:rPr><w:instrText xml:space="preserve"> HYPERLINK "mailto:{e(r["email"])}"</w:instrText></w:r>'
             '<w:r><w:rPr>' + HN + '<w:rtl w:val="0"/></w:rPr><w:fldChar w:fldCharType="separate" w:fldLock="0"/></w:r>'
             f'<w:r><w:rPr><w:rStyle w:val="Hyperlink.0"/>{HN}<w:rtl w:val="0"/><w:lang w:val="en-US"/></w:rPr>{t(r["email"])}</w:r>'
             '<w:r><w:rPr>' + HN + '<w:rtl w:val="0"/></w:rPr><w:fldChar w:fldCharType="end" w:fldLock="0"/></w:r>')
    rows_ = []
    for lbl, key in [("Subscriber Name", "name"), ("HSN Subscriber ID", "id"), ("Contact Person", "contact"),
                     ("Telephone", "phone"), ("Email", None)]:
        val = email if key is None else pr(r[key])
        rows_.append("<w:tr><w:trPr><w:trHeight w:val=\"300\" w:hRule=\"atLeast\"/></w:trPr>"
                     + pc(pp(pr(lbl, B), "Table Style 2"), 3600) + pc(pp(val, "Table Style 2"), 6038) + "</w:tr>")
    svc = ["<w:tr>" + pc(pp(pr(r["ticks"][s]), "Table Style 2"), 600) + pc(pp(pr(f"{s} – {NAMES[s]}"), "Table Style 2"), 9038)
           + "</w:tr>" for s in SERVICES]
    body = (pp(pr(ITITLE, B), "Title") + pp(pr(f"Ref. No.: {REF}"))
            + ptable(rows_, [3600, 6038]) + pp("")
            + pp(pr("☑ Yes, we will participate in PS2 using HSN"))
            + pp(pr("☐ No, we will not participate in PS2 using HSN"))
            + pp(pr("Services to be verified", B)) + ptable(svc, [600, 9038]) + pp("")
            + pp(pr("Name of Authorised Signatory:", B) + f'<w:r><w:rPr>{HN}<w:rtl w:val="0"/></w:rPr><w:tab/></w:r>' + pr(r["signatory"]))
            + pp(pr("Date:", B) + f'<w:r><w:rPr>{HN}<w:rtl w:val="0"/></w:rPr><w:tab/></w:r>' + pr(r["signed"])))
    styles = styles_docx(font="Helvetica Neue", extra=(
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Body"><w:name w:val="Body"/><w:next w:val="Body"/></w:style>'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Title"><w:name w:val="Title"/></w:style>'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Table Style 2"><w:name w:val="Table Style 2"/></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="Hyperlink.0"><w:name w:val="Hyperlink.0"/>'
        '<w:rPr><w:u w:val="single"/></w:rPr></w:style>'))
    ns = (f'xmlns:w="{W_T}" xmlns:r="{T_REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14 wp14"')
    docx_package(f, body, ns_decl=ns, creator="Au Yeung Ka Ho", application="Pages", styles=styles)


# =========================================================================================== Apple Numbers
def numbers_xlsx():
    f = "holdout3/apple/result-numbers-two-tables-pengchau.xlsx"
    r = raw(f)
    sst = SST()
    summary = {1: [c_s("A1", sst.add("This document was exported from Numbers.  Each table was converted to an Excel worksheet. "
                                     "All other objects on each Numbers sheet were placed on separate worksheets. "
                                     "Please be aware that formula calculations may differ in Excel."))],
               3: [c_s("A3", sst.add("Numbers Sheet Name"), 1), c_s("B3", sst.add("Numbers Table Name"), 1),
                   c_s("C3", sst.add("Excel Worksheet Name"), 1)],
               4: [c_s("A4", sst.add("Form")), c_s("B4", sst.add("Details")), c_s("C4", sst.add("Form - Details"))],
               5: [c_s("A5", sst.add("Form")), c_s("B5", sst.add("Results")), c_s("C5", sst.add("Form - Results"))]}
    s_xml = sheet_xml(summary, before='<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>',
                      after='<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>')
    det = {1: [c_s("A1", sst.add("Details"), 2), c_s("B1", sst.add(""), 2)],
           2: [c_s("A2", sst.add(RTITLE), 1), c_s("B2", sst.add(""), 1)],
           3: [c_s("A3", sst.add("Ref. No.")), c_s("B3", sst.add(REF))]}
    n = 4
    for lbl, key in [("Subscriber Name", "name"), ("HSN Subscriber ID", "id"), ("Contact Person", "contact"),
                     ("Telephone", "phone"), ("Email", "email"), ("Name of Authorised Signatory", "signatory")]:
        det[n] = [c_s(f"A{n}", sst.add(lbl)), c_s(f"B{n}", sst.add(r[key]))]
        n += 1
    det[n] = [c_s(f"A{n}", sst.add("Date")), c_n(f"B{n}", serial(*r["signed"]), 3)]
    d_xml = sheet_xml(det, before='<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>'
                                  '<cols><col min="1" max="1" width="34" customWidth="1"/><col min="2" max="2" width="40" customWidth="1"/></cols>',
                      after='<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A2:B2"/></mergeCells>')
    res = {1: [c_s("A1", sst.add("Results"), 2)] + [c_s(f"{col_letter(i)}1", sst.add(""), 2) for i in range(1, 4)],
           2: [c_s("A2", sst.add("Service"), 1), c_s("B2", sst.add("Successful"), 1), c_s("C2", sst.add("Unsuccessful"), 1),
               c_s("D2", sst.add("Not tested"), 1)]}
    n = 3
    for s in SERVICES:
        v = r["bools"][s]
        res[n] = [c_s(f"A{n}", sst.add(s)), c_b(f"B{n}", v == "successful"), c_b(f"C{n}", v == "unsuccessful"),
                  c_b(f"D{n}", v == "not_tested")]
        n += 1
    res[n] = [c_s(f"A{n}", sst.add("Practice Session Date")), c_n(f"B{n}", serial(*r["session"]), 3)]
    n += 1
    res[n] = [c_s(f"A{n}", sst.add("Issues Encountered")), c_s(f"B{n}", sst.add(r["issues"]))]
    r_xml = sheet_xml(res, before='<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>',
                      after='<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>')
    HN = '<font><sz val="10"/><color indexed="8"/><name val="Helvetica Neue"/></font>'
    styles = xstyles([(59, 'd/m/yyyy')], [(0, 0), (0, 1), (0, 2), (59, 0)],
                     fonts=(HN, '<font><b val="1"/><sz val="10"/><color indexed="8"/><name val="Helvetica Neue"/></font>',
                            '<font><sz val="12"/><color indexed="8"/><name val="Helvetica Neue"/></font>'))
    xlsx_package(f, [("Export Summary", s_xml, None), ("Form - Details", d_xml, None), ("Form - Results", r_xml, None)],
                 sst, styles, creator="", application="Microsoft Macintosh Excel",
                 workbook_extra='<workbookPr date1904="0" showInkAnnotation="0" autoCompressPictures="0"/>'
                                '<bookViews><workbookView xWindow="0" yWindow="40" windowWidth="15960" windowHeight="18080" tabRatio="500" activeTab="1"/></bookViews>')


# =========================================================================================== WPS Spreadsheets
def wps_xlsx():
    f = "holdout3/wps/intention-wps-chinese-saiyingpun.xlsx"
    r = raw(f)
    sst = SST()
    rows = {1: [c_s("A1", sst.add("附件A – 使用HSN參與演習意向表格"), 1)],
            2: [c_s("A2", sst.add("編號："), 0), c_s("B2", sst.add(REF))]}
    n = 4
    for lbl, key in [("公司名稱：", "name"), ("用戶編號：", "id"), ("聯絡人：", "contact"), ("電話：", "phone"),
                     ("電郵：", "email"), ("參與：", "participate")]:
        rows[n] = [c_s(f"A{n}", sst.add(lbl)), c_s(f"B{n}", sst.add(r[key]), 2)]
        n += 1
    n += 1
    rows[n] = [c_s(f"A{n}", sst.add("驗證服務（請剔選）"), 1)]
    n += 1
    for s in SERVICES:
        rows[n] = [c_s(f"A{n}", sst.add(s)), c_s(f"B{n}", sst.add(ZH_NAMES[s]))]
        if r["ticks"][s]:
            rows[n].append(c_s(f"C{n}", sst.add(r["ticks"][s]), 3))
        n += 1
    n += 1
    rows[n] = [c_s(f"A{n}", sst.add("授權人姓名：")), c_s(f"B{n}", sst.add(r["signatory"]), 2)]
    n += 1
    rows[n] = [c_s(f"A{n}", sst.add("日期：")), c_n(f"B{n}", serial(*r["signed"]), 4)]
    before = ('<sheetPr/><dimension ref="A1:C18"/><sheetViews><sheetView tabSelected="1" workbookViewId="0">'
              '<selection activeCell="B4" sqref="B4"/></sheetView></sheetViews>'
              '<sheetFormatPr defaultColWidth="9" defaultRowHeight="13.5" outlineLevelCol="2"/>'
              '<cols><col min="1" max="1" width="22.25" customWidth="1"/><col min="2" max="2" width="36.5" customWidth="1"/></cols>')
    after = ('<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
             '<headerFooter/>')
    sheet = sheet_xml(rows, before=before, after=after, row_attrs="", ns_extra=' xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
                      'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" '
                      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                      'xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"')
    fonts = ('<font><sz val="11"/><color theme="1"/><name val="宋体"/><charset val="134"/><scheme val="minor"/></font>',
             '<font><b/><sz val="14"/><color theme="1"/><name val="宋体"/><charset val="134"/><scheme val="minor"/></font>',
             '<font><sz val="11"/><color rgb="FF000000"/><name val="Segoe UI Symbol"/><charset val="134"/></font>')
    styles = xstyles([(176, 'yyyy"年"m"月"d"日"')], [(0, 0), (0, 1), (49, 0), (0, 2), (176, 0)], fonts=fonts)
    custom = (XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
              '<vt:lpwstr>2052-12.1.0.15712</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
              '<vt:lpwstr>6B3F1E2D9C8A4F0E8D7C6B5A49382716_12</vt:lpwstr></property></Properties>')
    xlsx_package(f, [("Sheet1", sheet, None)], sst, styles, creator="WPS_1700000000", application="WPS 表格",
                 workbook_extra='<fileVersion appName="xl" lastEdited="3" lowestEdited="5" rupBuild="9302"/>'
                                '<workbookPr/><bookViews><workbookView windowWidth="28800" windowHeight="12540"/></bookViews>',
                 defined_names='<calcPr calcId="144525"/>',
                 extra_parts=[("/docProps/custom.xml", CT_CUSTOM, custom)])


# =========================================================================================== Word 2007/2010 idioms
W2010_NS = (f'xmlns:w="{W_T}" xmlns:r="{T_REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" mc:Ignorable="w14"')


def cxml(element, inner, uri="urn:kaitaksec:hsn-forms"):
    return f'<w:customXml w:uri="{uri}" w:element="{element}">{inner}</w:customXml>'


def customxml_tracked():
    f = "holdout3/wordxml3/intention-customxml-tracked-kaitak.docx"
    r = raw(f)
    B = "<w:b/>"
    A = 'w:author="Chiu Man Kit" w:date="2023-11-22T10:12:00Z"'
    ids = iter(range(10, 100))

    def ins(text):
        return f'<w:ins w:id="{next(ids)}" {A}>{run(text)}</w:ins>'

    def dele(text):
        return f'<w:del w:id="{next(ids)}" {A}><w:r><w:delText xml:space="preserve">{e(text)}</w:delText></w:r></w:del>'

    name_field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                  '<w:r><w:instrText xml:space="preserve"> DOCPROPERTY  Company  \\* MERGEFORMAT </w:instrText></w:r>'
                  f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(r["name"])}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    contact = dele(r["old_contact"]) + ins(r["contact"])
    details = [
        ("companyName", "Subscriber Name", name_field),
        ("subscriberCode", "HSN Subscriber ID", run(r["id"])),
        ("contactPerson", "Contact Person", contact),
        ("telephone", "Telephone", run(r["phone"])),
        ("email", "Email", run(r["email"])),
    ]
    rows_ = [cxml(el, row(cell(para(run(lbl, B)), 3600), cxml("value", cell(para(cxml("text", val)), 5400))))
             for el, lbl, val in details]
    svc_tick = {
        "OTP-C": dele("☐") + ins("☒"),
        "OTP-CSC": dele("☒") + ins("☐"),
        "OMD-C": run("☒"),
        "OMD-CC": run("☐"),
    }
    svc = [cxml("service", row(cell(para(svc_tick[s]), 700), cell(para(run(f"{s} – {NAMES[s]}")), 8300))) for s in SERVICES]
    signatory = ('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
                 f'<w:smartTagPr><w:attr w:name="ProductID" w:val="{e(r["signatory"])}"/></w:smartTagPr>{run(r["signatory"])}</w:smartTag>')
    body = (para(run(ITITLE, B + '<w:sz w:val="28"/>'))
            + para(run("Ref. No.: ") + '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="stockticker">'
                   + run(REF) + "</w:smartTag>")
            + cxml("intentionForm", table(rows_, [3600, 5400]))
            + para(run("☒ We will participate in PS2 using HSN"))
            + para(run("☐ We will not participate in PS2 using HSN"))
            + para(run("Services to be verified (please tick)", B))
            + table(svc, [700, 8300])
            + para(run("Name of Authorised Signatory: ", B) + signatory)
            + para(run("Date: ", B) + run(r["signed"])))
    custom = (XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>')
    docx_package(f, body, ns_decl=W2010_NS, creator="Chiu Man Kit", application="Microsoft Office Word",
                 extra_parts=[("/docProps/custom.xml", CT_CUSTOM, custom)])


def chinese_two_tables():
    f = "holdout3/wordxml3/intention-chinese-two-tables-tokwawan.docx"
    r = raw(f)
    B = "<w:b/>"
    EA = '<w:rFonts w:hint="eastAsia"/>'
    rows1 = [row(cell(para(run(lbl, EA + B)), 2800), cell(para(run(r[key], EA)), 6200))
             for lbl, key in [("公司名稱：", "name"), ("用戶編號：", "id"), ("聯絡人：", "contact"),
                              ("電話：", "phone"), ("電郵：", "email")]]
    rows2 = [row(cell(para(run("☑", EA)), 700), cell(para(run("本公司將使用HSN參與演習", EA)), 8300)),
             row(cell(para(run("☐", EA)), 700), cell(para(run("本公司將不會使用HSN參與演習", EA)), 8300)),
             row(cell(para(run("", EA)), 700), cell(para(run("驗證服務（請剔選）：", EA + B)), 8300))]
    rows2 += [row(cell(para(run(r["ticks"][s], EA)), 700), cell(para(run(f"{s} {ZH_NAMES[s]}", EA)), 8300)) for s in SERVICES]
    body = (para(run("香港交易所設備託管服務有限公司", EA + B))
            + para(run("附件A – 使用HSN參與演習意向表格", EA + B + '<w:sz w:val="28"/>'))
            + para(run("編號：" + REF, EA))
            + table(rows1, [2800, 6200])
            + para(run("參與：", EA + B))
            + table(rows2, [700, 8300])
            + para(run("授權人姓名：", EA + B) + run(r["signatory"], EA))
            + para(run("日期：", EA + B) + run(r["signed"], EA)))
    docx_package(f, body, ns_decl=W2010_NS, creator="麥志強", application="Microsoft Office Word",
                 styles=styles_docx(font="Times New Roman"))


def fullwidth_result():
    f = "holdout3/wordxml3/result-fullwidth-nbsp-cheklapkok.docx"
    r = raw(f)
    B = "<w:b/>"
    lines = [("Subscriber Name：", "name"), ("HSN Subscriber ID：", "id"), ("Ｃｏｎｔａｃｔ　Ｐｅｒｓｏｎ：", "contact"),
             ("Ｔｅｌ：", "phone"), ("Ｅｍａｉｌ：", "email"), ("Practice Session Date：", "session")]
    body = (para(run(RTITLE, B + '<w:sz w:val="28"/>')) + para(run("Ref. No.：" + REF))
            + "".join(para(run(lbl, B) + run(r[key])) for lbl, key in lines)
            + para(run("Verification Result", B)))
    hdr = row(cell(para(run("Service", B)), 3600), cell(para(run("Successful", B)), 1800),
              cell(para(run("Unsuccessful", B)), 1800), cell(para(run("Not tested", B)), 1800))
    grid = [hdr]
    for s in SERVICES:
        v = r["ticks"][s]
        grid.append(row(cell(para(run(s)), 3600), *[cell(para(run("☑" if v == k else "☐")), 1800)
                                                    for k in ("successful", "unsuccessful", "not_tested")]))
    body += table(grid, [3600, 1800, 1800, 1800])
    body += (para(run("Name of Authorised Signatory：", B) + run(r["signatory"]))
             + para(run("Date：", B) + run(r["signed"])))
    docx_package(f, body, ns_decl=W2010_NS, creator="Fong Kin Wai", application="Microsoft Office Word")


# =========================================================================================== Excel 365 idioms
def phonetic_xlsx():
    f = "holdout3/sheetxml/result-phonetic-richtext-siusaiwan.xlsx"
    r = raw(f)
    sst = SST()
    cover = {1: [c_s("A1", sst.add("HKEX Hosting Services – Practice Session PS2 (" + REF + ")"), 1)],
             3: [c_s("A3", sst.add("Please complete the sheet 'Result' and return it to the Service Desk."))],
             4: [c_s("A4", sst.add("Service Desk: hsservicedesk@hkex.com.hk"))],
             5: [c_s("A5", sst.add("Hotline: (852) 2211 6080"))]}
    cover_xml = sheet_xml(cover)
    name_si = ('<r><rPr><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr>'
               '<t xml:space="preserve">Siu Sai Wan </t></r>'
               '<r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr>'
               '<t>Securities</t></r>'
               '<r><rPr><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr>'
               '<t xml:space="preserve"> Limited</t></r><phoneticPr fontId="1"/>')
    contact_si = ('<t>佐藤 健</t><rPh sb="0" eb="2"><t>サトウ</t></rPh><rPh sb="3" eb="4"><t>ケン</t></rPh>'
                  '<phoneticPr fontId="1"/>')
    rows = {1: [c_s("A1", sst.add(RTITLE), 1)],
            2: [c_s("A2", sst.add("Ref. No."), 0), c_s("C2", sst.add(REF))]}
    n = 4
    vals = [("Subscriber Name", c_s("C4", sst.add(si=name_si))),
            ("HSN Subscriber ID", c_s("C5", sst.add(r["id"]))),
            ("Contact Person", c_s("C6", sst.add(si=contact_si))),
            ("Telephone", c_s("C7", sst.add(r["phone"]))),
            ("Email", c_s("C8", sst.add(r["email"]))),
            ("Practice Session Date", c_n("C9", r["session"], 2))]
    merges = []
    for lbl, v in vals:
        rows[n] = [c_s(f"A{n}", sst.add(lbl), 3), c_s(f"B{n}", sst.add(""), 3) if False else f'<c r="B{n}" s="3"/>', v]
        merges.append(f"A{n}:B{n}")
        n += 1
    rows[10] = [c_s("A10", sst.add("Checked by"), 0), c_s("C10", sst.add("IT Operations (internal)"))]
    n = 12
    rows[n] = [c_s(f"A{n}", sst.add("Service"), 1), c_s(f"C{n}", sst.add("Result"), 1), c_s(f"D{n}", sst.add("Score"), 1)]
    merges.append(f"A{n}:B{n}")
    n += 1
    for i, s in enumerate(SERVICES):
        cells = [c_s(f"A{n}", sst.add(s), 3), c_s(f"B{n}", sst.add(NAMES[s])), c_s(f"C{n}", sst.add(r["words"][s]))]
        if i == 1:
            cells.append(c_err(f"D{n}", f"1/COUNTIF(C{n},\"Successful\")", "#DIV/0!"))
        elif i == 3:
            cells.append(c_err(f"D{n}", "#REF!+1", "#REF!"))
        else:
            cells.append(f'<c r="D{n}"><f>IF(C{n}="Successful",1,0)</f><v>1</v></c>')
        rows[n] = cells
        n += 1
    n += 1
    rows[n] = [c_s(f"A{n}", sst.add("Issues Encountered"), 3), f'<c r="B{n}" s="3"/>',
               c_str(f"C{n}", 'CONCATENATE("OMD-CC ","gap fill timed out")', r["issues"])]
    merges.append(f"A{n}:B{n}")
    n += 1
    rows[n] = [c_s(f"A{n}", sst.add("Name of Authorised Signatory"), 3), f'<c r="B{n}" s="3"/>', c_s(f"C{n}", sst.add(si=contact_si))]
    merges.append(f"A{n}:B{n}")
    n += 1
    rows[n] = [c_s(f"A{n}", sst.add("Date"), 3), f'<c r="B{n}" s="3"/>', c_n(f"C{n}", r["signed"], 2)]
    merges.append(f"A{n}:B{n}")
    after = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
    ns_extra = (' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
                'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
                'mc:Ignorable="x14ac xr" xr:uid="{6F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9}"')
    form = sheet_xml(rows, after=after, hidden_rows=(10,), ns_extra=ns_extra,
                     before='<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
                            '<sheetFormatPr defaultRowHeight="18.75" x14ac:dyDescent="0.4"/>'
                            '<cols><col min="1" max="1" width="24" customWidth="1"/><col min="2" max="2" width="40" customWidth="1"/>'
                            '<col min="3" max="3" width="36" customWidth="1"/></cols>')
    fonts = ('<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
             '<font><sz val="6"/><name val="游ゴシック"/><family val="3"/><charset val="128"/><scheme val="minor"/></font>',
             '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>')
    styles = xstyles([], [(0, 0), (0, 2), (14, 0), (0, 2)], fonts=fonts)
    xlsx_package(f, [("Cover", cover_xml, None), ("Result", form, None)], sst, styles, creator="佐藤 健",
                 application="Microsoft Excel",
                 workbook_extra='<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
                                '<workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" yWindow="-120" '
                                'windowWidth="29040" windowHeight="15720" activeTab="1"/></bookViews>')


# =========================================================================================== bad files
def bad_files():
    # a valid zip whose main part stops in the middle of an element
    body = (para(run(RTITLE)) + para(run("Subscriber Name: Lam Tin Securities Limited"))
            + para(run("HSN Subscriber ID: HSN1529")))
    good = XML + f'<w:document {W2010_NS}><w:body>{body}{SECT}</w:body></w:document>'
    cut = good[: good.index("HSN Subscriber ID") + 5]
    write_zip("holdout3/bad/result-malformed-xml.docx", [
        ("[Content_Types].xml", content_types([("/word/document.xml", CT_MAIN_DOC)])),
        ("_rels/.rels", rels([("rId1", f"{T_REL}/officeDocument", "word/document.xml")])),
        ("word/document.xml", cut),
    ])
    # Flat OPC (Word "Word XML Document"), named .docx
    doc = (f'<w:document {W2010_NS}><w:body>' + para(run(ITITLE)) + para(run("Ref. No.: " + REF))
           + "".join(para(run(f"{k}: {v}")) for k, v in [
               ("Subscriber Name", "Lam Tin Securities Limited"), ("HSN Subscriber ID", "HSN1529"),
               ("Contact Person", "Man Hoi Yee"), ("Telephone", "2347 8810"), ("Email", "hoiyee.man@lamtinsec.com.hk"),
               ("We will participate in PS2 using HSN", "Yes")])
           + "".join(para(run(f"☒ {s}")) for s in SERVICES) + SECT + "</w:body></w:document>")
    flat = ('<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
            '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">'
            f'<pkg:xmlData><Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" Type="{T_REL}/officeDocument" '
            'Target="word/document.xml"/></Relationships></pkg:xmlData></pkg:part>'
            f'<pkg:part pkg:name="/word/document.xml" pkg:contentType="{CT_MAIN_DOC}"><pkg:xmlData>{doc}</pkg:xmlData></pkg:part>'
            '</pkg:package>')
    p = os.path.join(ASSETS, "holdout3/bad/flat-opc-renamed.docx")
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(flat)
    # one byte of a form sheet's compressed data flipped
    src = os.path.join(ASSETS, "holdout3/closedxml/intention-cover-sheet-tungchung.xlsx")
    data = bytearray(open(src, "rb").read())
    with zipfile.ZipFile(src) as z:
        info = z.getinfo("xl/worksheets/sheet2.xml")
    name_len = int.from_bytes(data[info.header_offset + 26: info.header_offset + 28], "little")
    extra_len = int.from_bytes(data[info.header_offset + 28: info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    data[start + info.compress_size // 2] ^= 0x5A
    with open(os.path.join(ASSETS, "holdout3/bad/intention-crc-damaged.xlsx"), "wb") as fh:
        fh.write(bytes(data))


if __name__ == "__main__":
    strict_docx()
    strict_xlsx()
    google_sheets()
    google_docs()
    pages_docx()
    numbers_xlsx()
    wps_xlsx()
    customxml_tracked()
    chinese_two_tables()
    fullwidth_result()
    phonetic_xlsx()
    bad_files()
    print("hand-written OOXML done")
