#!/usr/bin/env python3
"""Writes every file of tests/assets/holdout8 except encrypted/ (make_encrypted.js) and the LibreOffice conversions
(make_lo.py). Values come from cases.FORMS (the oracle), people from people.py. Run with /usr/bin/python3
(Debian python3-openpyxl 3.0.9, python3-pil)."""
import base64
import hashlib
import io
import os
import re
import struct
import zipfile

import openpyxl
from openpyxl.styles import Border, PatternFill, Side
from PIL import Image, ImageDraw

import ooxml8 as ox
from cases import FORMS
from people import P, SERVICES, SYSTEMS, WORD

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TMP = "/tmp/holdout8-make"
os.makedirs(TMP, exist_ok=True)


def write(rel, data):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
    assert len(data) < 1_000_000, rel
    print(f"{len(data):8d}  {rel}")


# filled forms inside rejected files (not in the oracle's FORMS, which lists only what must be read)
INSIDE = {"macro/intention-vba-part-other-name-tsimshatsui.docx": ("intention", "tsimshatsui", {"participate": True, "services": ["OTP-C", "OMD-C"]})}


def body_for(rel):
    form, who, c = FORMS[rel] if rel in FORMS else INSIDE[rel]
    if form == "intention":
        return ox.intention_body(who, c["participate"], c["services"])
    return ox.result_body(who, c["results"], c["issues"], c["session"])


def docx(rel, **kw):
    return ox.zip_bytes(ox.docx_parts(body_for(rel), **kw))


# ------------------------------------------------------------------ workbooks (openpyxl)
def workbook(rel, who=None, form=None, content=None):
    if rel in FORMS:
        form, who, content = FORMS[rel]
    q = P[who]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Form"
    rows = [["Ref. No.", "HDS/23/1109"], ["Appendix A" if form == "intention" else "Appendix B"],
            ["Intention Form for Using HSN to participate Practice Session" if form == "intention" else
             "Result Form for Using HSN to participate Practice Session"], [],
            ["Subscriber Name", q["name"]], ["HSN Subscriber ID", q["sid"]], ["Contact Person", q["contact"]],
            ["Telephone", q["phone"]], ["Email", q["email"]], []]
    if form == "intention":
        rows += [["We will participate in PS2 using HSN", "Yes" if content["participate"] else "No"], [],
                 ["Service", "Tick (X)", "System"]]
        rows += [[s, "X" if s in (content["services"] or []) else None, SYSTEMS[s]] for s in SERVICES]
    else:
        d = content["session"].split("-")
        rows += [["Practice Session Date", f"{d[2]}/{d[1]}/{d[0]}"], [], ["Service", "Result", "System"]]
        rows += [[s, WORD[content["results"][s]] if s in content["results"] else None, SYSTEMS[s]] for s in SERVICES]
        rows += [[], ["Issues Encountered", content["issues"] or None]]
    d = q["date"].split("-")
    rows += [[], ["Name of Authorised Signatory", q["sign"]], ["Date", f"{d[2]}/{d[1]}/{d[0]}"]]
    for r in rows:
        ws.append(r)
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["B"].width = 44
    return wb


def wb_bytes(wb):
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


def rezip(data, edit):
    """Rewrites a zip: edit(dict name->bytes) -> dict."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    parts = {n: zin.read(n) for n in zin.namelist()}
    return ox.zip_bytes(edit(parts))


def sub(parts, name, old, new, count=1):
    s = parts[name].decode("utf-8")
    assert old in s, (name, old)
    parts[name] = s.replace(old, new, count).encode("utf-8")


VBA = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff" + b"\x00" * 482 + \
      "Attribute VB_Name = \"ThisDocument\"\r\nSub AutoOpen()\r\n  MsgBox \"PS2\"\r\nEnd Sub\r\n".encode("ascii")


def sha512_hash(password, salt, spin=100000):
    h = hashlib.sha512(salt + password.encode("utf-16-le")).digest()
    for i in range(spin):
        h = hashlib.sha512(h + struct.pack("<I", i)).digest()
    return base64.b64encode(h).decode()


SALT = bytes(range(16))
HASH = sha512_hash("hsn2023", SALT)
SALT64 = base64.b64encode(SALT).decode()


# ------------------------------------------------------------------ templates
def templates():
    rel = "templates/intention-filled-dotx-shatin.dotx"
    write(rel, docx(rel, main_ct="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"))
    rel = "templates/result-filled-xltx-fotan.xltx"
    wb = workbook(rel)
    wb.template = True
    data = wb_bytes(wb)
    assert b"template.main+xml" in zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml")
    write(rel, data)


# ------------------------------------------------------------------ macro
def macro():
    rel = "macro/intention-filled-dotm-taipo.dotm"
    form, who, c = "intention", "taipo", {"participate": True, "services": ["OTP-C", "OMD-CC"]}
    write(rel, ox.zip_bytes(ox.docx_parts(ox.intention_body(who, c["participate"], c["services"]),
          main_ct="application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
          extra_ct={"/word/vbaProject.bin": "application/vnd.ms-office.vbaProject"},
          extra_doc_rels=[("rId9", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin")],
          extra_parts={"word/vbaProject.bin": VBA})))

    def to_macro(main_ct, wb):
        def edit(parts):
            ct = parts["[Content_Types].xml"].decode()
            ct = re.sub(r'(PartName="/xl/workbook.xml" ContentType=")[^"]+"', r'\g<1>' + main_ct + '"', ct)
            ct = ct.replace("</Types>", '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
            parts["[Content_Types].xml"] = ct.encode()
            sub(parts, "xl/_rels/workbook.xml.rels", "</Relationships>",
                '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
            parts["xl/vbaProject.bin"] = VBA
            return parts
        data = rezip(wb_bytes(wb), edit)
        assert main_ct.encode() in zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml")
        return data

    write("macro/result-filled-xltm-sheungshui.xltm",
          to_macro("application/vnd.ms-excel.sheet.macroEnabledTemplate.main+xml",
                   workbook("x", "sheungshui", "result", {"results": {"OTP-C": "successful", "OMD-C": "successful"}, "issues": "Nil", "session": "2023-11-25"})))
    write("macro/ps2-helper-addin.xlam",
          to_macro("application/vnd.ms-excel.addin.macroEnabled.main+xml",
                   workbook("x", "kowloonbay", "intention", {"participate": True, "services": ["OTP-C"]})))
    rel = "macro/intention-vba-part-other-name-tsimshatsui.docx"
    write(rel, docx(rel, extra_ct={"/word/extras/ps2helper.dat": "application/vnd.ms-office.vbaProject"},
                    extra_doc_rels=[("rId9", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "extras/ps2helper.dat")],
                    extra_parts={"word/extras/ps2helper.dat": VBA}))
    rel = "macro/intention-customui-ribbon-only-mongkok.docx"
    ui = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<customUI xmlns="http://schemas.microsoft.com/office/2009/07/customui">'
          '<ribbon><tabs><tab id="tabHSN" label="HSN PS2"><group id="grpForm" label="Form"><button id="btnCheck" label="Check form" '
          'size="large" onAction="CheckForm" imageMso="AcceptInvitation"/><button id="btnSend" label="Send to HKEX" '
          'onAction="SendForm" imageMso="FileSendAsAttachment"/></group></tab></tabs></ribbon></customUI>')
    write(rel, docx(rel, extra_root_rels=[("rId9", "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility", "customUI/customUI14.xml")],
                    extra_parts={"customUI/customUI14.xml": ui}))


# ------------------------------------------------------------------ protection
def protection():
    rel = "protection/intention-restrict-editing-forms-wanchai.docx"
    st = ox.settings_xml(f'<w:documentProtection w:edit="forms" w:enforcement="1" w:algorithmName="SHA-512" w:hashValue="{HASH}" '
                         f'w:saltValue="{SALT64}" w:spinCount="100000"/>')
    write(rel, docx(rel, settings=st))
    rel = "protection/result-mark-as-final-causewaybay.docx"
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" '
              'pid="2" name="_MarkAsFinal"><vt:bool>true</vt:bool></property></Properties>')
    write(rel, docx(rel, settings=ox.settings_xml('<w:writeProtection w:recommended="1"/>'), core_extra="<cp:contentStatus>Final</cp:contentStatus>",
                    extra_ct={"/docProps/custom.xml": "application/vnd.openxmlformats-officedocument.custom-properties+xml"},
                    extra_root_rels=[("rId9", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", "docProps/custom.xml")],
                    extra_parts={"docProps/custom.xml": custom}))
    rel = "protection/intention-sheet-and-workbook-protection-northpoint.xlsx"

    def edit(parts):
        sub(parts, "xl/worksheets/sheet1.xml", "<pageMargins",
            f'<sheetProtection algorithmName="SHA-512" hashValue="{HASH}" saltValue="{SALT64}" spinCount="100000" sheet="1" objects="1" scenarios="1" '
            'formatCells="0" selectLockedCells="0"/><pageMargins')
        sub(parts, "xl/workbook.xml", "<bookViews>",
            f'<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="{HASH}" workbookSaltValue="{SALT64}" '
            'workbookSpinCount="100000" lockStructure="1"/><bookViews>')
        return parts
    write(rel, rezip(wb_bytes(workbook(rel)), edit))


# ------------------------------------------------------------------ signatures
SIG_ROOT = "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin"
SIG = "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature"
SIG_CT = {"/_xmlsignatures/origin.sigs": "application/vnd.openxmlformats-package.digital-signature-origin",
          "/_xmlsignatures/sig1.xml": "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"}


def sig_xml(part, data):
    dig = base64.b64encode(hashlib.sha256(data).digest()).decode()
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="idPackageSignature">'
            '<SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>'
            '<SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>'
            '<Reference Type="http://www.w3.org/2000/09/xmldsig#Object" URI="#idPackageObject"><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>'
            f'<DigestValue>{dig}</DigestValue></Reference></SignedInfo><SignatureValue>{base64.b64encode(hashlib.sha512(data).digest()*4).decode()}</SignatureValue>'
            '<KeyInfo><X509Data><X509Certificate>MIIBszCCAVmgAwIBAgIUHSN8ZmFrZWNlcnQ=</X509Certificate></X509Data></KeyInfo>'
            '<Object Id="idPackageObject"><Manifest><Reference URI="' + part + '?ContentType=application/xml">'
            f'<DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{dig}</DigestValue></Reference></Manifest>'
            '<SignatureProperties><SignatureProperty Id="idSignatureTime" Target="#idPackageSignature"><mdssi:SignatureTime '
            'xmlns:mdssi="http://schemas.openxmlformats.org/package/2006/digital-signature"><mdssi:Format>YYYY-MM-DDThh:mm:ssTZD</mdssi:Format>'
            '<mdssi:Value>2023-11-27T03:12:40Z</mdssi:Value></mdssi:SignatureTime></SignatureProperty></SignatureProperties></Object></Signature>')


def sign(parts, main):
    ct = parts["[Content_Types].xml"].decode()
    ct = ct.replace("</Types>", "".join(f'<Override PartName="{k}" ContentType="{v}"/>' for k, v in SIG_CT.items()) + "</Types>")
    if 'Extension="sigs"' not in ct:
        ct = ct.replace("<Default ", '<Default Extension="sigs" ContentType="application/vnd.openxmlformats-package.digital-signature-origin"/><Default ', 1)
    parts["[Content_Types].xml"] = ct.encode()
    sub(parts, "_rels/.rels", "</Relationships>", f'<Relationship Id="rIdSig" Type="{SIG_ROOT}" Target="_xmlsignatures/origin.sigs"/></Relationships>')
    parts["_xmlsignatures/origin.sigs"] = b""
    parts["_xmlsignatures/_rels/origin.sigs.rels"] = ox.rels([("rId1", SIG, "sig1.xml")]).encode()
    parts["_xmlsignatures/sig1.xml"] = sig_xml("/" + main, parts[main]).encode()
    return parts


def signatures():
    rel = "signature/result-xml-signature-hunghom.docx"
    write(rel, ox.zip_bytes(sign(ox.docx_parts(body_for(rel)), "word/document.xml")))
    rel = "signature/intention-xml-signature-tokwawan.xlsx"
    write(rel, rezip(wb_bytes(workbook(rel)), lambda parts: sign(parts, "xl/workbook.xml")))


# ------------------------------------------------------------------ extensions
def extensions():
    rel = "extension/intention-xlsx-content-named-docx-yaumatei.docx"
    write(rel, wb_bytes(workbook(rel)))
    for rel in ("extension/result-docx-content-named-xlsx-jordan.xlsx", "extension/intention-no-extension-taikoktsui",
                "extension/result-upper-case-extension-shamshuipo.DOCX", "extension/intention-double-extension-cheungshawan.docx.xlsx",
                "extension/intention-docx-content-named-doc-laichikok.doc"):
        write(rel, docx(rel))


# ------------------------------------------------------------------ formats written here (LibreOffice ones: make_lo.py)
def varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        out += bytes([b | (0x80 if n else 0)])
        if not n:
            return out


def rec(t, data=b""):
    return varint(t) + varint(len(data)) + data


def wstr(s):
    return struct.pack("<I", len(s)) + s.encode("utf-16-le")


def xlsb(who, results, issues):
    q = P[who]
    wbk = rec(0x83) + rec(0x8F) + rec(0x9C, struct.pack("<II", 0, 1) + wstr("rId1") + wstr("Form")) + rec(0x90) + rec(0x84)
    rows = [["Ref. No.", "HDS/23/1109"], ["Appendix B"], ["Result Form for Using HSN to participate Practice Session"],
            ["Subscriber Name", q["name"]], ["HSN Subscriber ID", q["sid"]], ["Contact Person", q["contact"]],
            ["Telephone", q["phone"]], ["Email", q["email"]], ["Practice Session Date", "25/11/2023"], ["Service", "Result"]]
    rows += [[s, WORD[results[s]]] for s in SERVICES if s in results]
    rows += [["Issues Encountered", issues], ["Name of Authorised Signatory", q["sign"]], ["Date", "27/11/2023"]]
    sh = rec(0x81) + rec(0x91)
    for r, row in enumerate(rows):
        sh += rec(0x00, struct.pack("<IIHBBBI", r, 0, 300, 0, 0, 0, 0))
        for c, v in enumerate(row):
            sh += rec(0x06, struct.pack("<II", c, 0) + wstr(v))
    sh += rec(0x92) + rec(0x82)
    ct = ox.content_types({"/xl/workbook.bin": "application/vnd.ms-excel.sheet.binary.macroEnabled.main",
                           "/xl/worksheets/sheet1.bin": "application/vnd.ms-excel.worksheet"},
                          {"bin": "application/vnd.ms-excel.sheet.binary.macroEnabled.main"})
    return ox.zip_bytes({"[Content_Types].xml": ct.encode(),
                         "_rels/.rels": ox.rels([("rId1", ox.RT + "/officeDocument", "xl/workbook.bin")]).encode(),
                         "xl/_rels/workbook.bin.rels": ox.rels([("rId1", ox.RT + "/worksheet", "worksheets/sheet1.bin")]).encode(),
                         "xl/workbook.bin": wbk, "xl/worksheets/sheet1.bin": sh})


def html_result(who, results, issues):
    q = P[who]
    rows = [("Subscriber Name", q["name"]), ("HSN Subscriber ID", q["sid"]), ("Contact Person", q["contact"]), ("Telephone", q["phone"]),
            ("Email", q["email"]), ("Practice Session Date", "25/11/2023")]
    rows += [(s, WORD[results[s]]) for s in SERVICES if s in results]
    rows += [("Issues Encountered", issues), ("Name of Authorised Signatory", q["sign"]), ("Date", "27/11/2023")]
    tr = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta charset="utf-8"><meta name="ProgId" content="Excel.Sheet">'
            '<meta name="Generator" content="Microsoft Excel 15"></head><body><table><tr><td>Ref. No.</td><td>HDS/23/1109</td></tr>'
            '<tr><td colspan="2">Appendix B – Result Form for Using HSN to participate Practice Session</td></tr>'
            f'{tr}</table></body></html>').encode("utf-8")


def slide_text_pptx(lines):
    P_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
    paras = "".join(f'<a:p><a:r><a:rPr lang="en-GB" sz="1400"/><a:t>{ox.escape(t)}</a:t></a:r></a:p>' for t in lines)
    slide = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld {P_NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/>'
             '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/><p:sp><p:nvSpPr><p:cNvPr id="2" name="Form"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
             '<p:spPr><a:xfrm><a:off x="457200" y="457200"/><a:ext cx="8229600" cy="5943600"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
             f'<p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>')
    pres = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:presentation {P_NS}><p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst>'
            '<p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>')
    ct = ox.content_types({"/ppt/presentation.xml": "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                           "/ppt/slides/slide1.xml": "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"})
    return ox.zip_bytes({"[Content_Types].xml": ct.encode(), "_rels/.rels": ox.rels([("rId1", ox.RT + "/officeDocument", "ppt/presentation.xml")]).encode(),
                         "ppt/presentation.xml": pres.encode(), "ppt/_rels/presentation.xml.rels": ox.rels([("rId2", ox.RT + "/slide", "slides/slide1.xml")]).encode(),
                         "ppt/slides/slide1.xml": slide.encode()})


def vsdx(lines):
    V = 'xmlns="http://schemas.microsoft.com/office/visio/2012/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    shapes = "".join(f'<Shape ID="{i + 1}" Type="Shape"><Cell N="PinX" V="4.25"/><Cell N="PinY" V="{10 - i * 0.4:.1f}"/><Cell N="Width" V="7"/>'
                     f'<Cell N="Height" V="0.35"/><Text>{ox.escape(t)}</Text></Shape>' for i, t in enumerate(lines))
    page = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<PageContents {V}><Shapes>{shapes}</Shapes></PageContents>'
    pages = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Pages {V}><Page ID="0" Name="Page-1"><Rel r:id="rId1"/></Page></Pages>'
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<VisioDocument {V}><DocumentSettings/></VisioDocument>'
    ct = ox.content_types({"/visio/document.xml": "application/vnd.ms-visio.drawing.main+xml", "/visio/pages/pages.xml": "application/vnd.ms-visio.pages+xml",
                           "/visio/pages/page1.xml": "application/vnd.ms-visio.page+xml"})
    return ox.zip_bytes({"[Content_Types].xml": ct.encode(),
                         "_rels/.rels": ox.rels([("rId1", "http://schemas.microsoft.com/visio/2010/relationships/document", "visio/document.xml")]).encode(),
                         "visio/document.xml": doc.encode(),
                         "visio/_rels/document.xml.rels": ox.rels([("rId1", "http://schemas.microsoft.com/visio/2010/relationships/pages", "pages/pages.xml")]).encode(),
                         "visio/pages/pages.xml": pages.encode(),
                         "visio/pages/_rels/pages.xml.rels": ox.rels([("rId1", "http://schemas.microsoft.com/visio/2010/relationships/page", "page1.xml")]).encode(),
                         "visio/pages/page1.xml": page.encode()})


def intention_lines(who, services):
    q = P[who]
    return (["Ref. No.: HDS/23/1109", "Appendix A – Intention Form for Using HSN to participate Practice Session",
             f"Subscriber Name: {q['name']}", f"HSN Subscriber ID: {q['sid']}", f"Contact Person: {q['contact']}",
             f"Telephone: {q['phone']}", f"Email: {q['email']}", "We will participate in PS2 using HSN: \u2612 Yes \u2610 No"]
            + [(ox.X if s in services else ox.O) + " " + s for s in SERVICES]
            + [f"Name of Authorised Signatory: {q['sign']}", f"Date: {ox.dmy(q['date'])}"])


def formats():
    write("formats/result-binary-workbook-tsingyi.xlsb", xlsb("tsingyi", {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "not_tested"}, "Nil"))
    write("formats/result-html-named-xlsx-yuenlong.xlsx", html_result("yuenlong", {s: "successful" for s in SERVICES}, "Nil"))
    write("formats/intention-slides-stanley.pptx", slide_text_pptx(intention_lines("stanley", ["OTP-C", "OMD-C"])))
    write("formats/intention-drawing-repulsebay.vsdx", vsdx(intention_lines("repulsebay", ["OTP-C"])))
    a = ox.zip_bytes(ox.docx_parts(ox.intention_body("tseungkwano", True, ["OTP-C", "OTP-CSC"])))
    b = wb_bytes(workbook("x", "tseungkwano", "result", {"results": {"OTP-C": "successful", "OTP-CSC": "successful"}, "issues": "Nil", "session": "2023-11-25"}))
    write("formats/two-forms-tseungkwano.zip", ox.zip_bytes({"HSN8343 Intention Form.docx": a, "HSN8343 Result Form.xlsx": b}))
    # 7z: signature, version 0.4, start-header CRC, next header offset/size/CRC, then bytes (an archive of the docx, not decodable)
    import zlib
    payload = zlib.compress(ox.zip_bytes(ox.docx_parts(ox.intention_body("mawan", True, ["OTP-C", "OMD-C"]))), 9)
    nh = b"\x01\x04\x06\x00\x01\x09" + varint(len(payload)) + b"\x00\x07\x0b\x01\x00\x01\x21\x21\x01\x00\x0c" + varint(len(payload)) + b"\x00\x00"
    start = struct.pack("<QQI", len(payload), len(nh), zlib.crc32(nh))
    write("formats/intention-7z-archive-named-docx-mawan.docx", b"7z\xbc\xaf\x27\x1c\x00\x04" + struct.pack("<I", zlib.crc32(start)) + start + payload + nh)
    payload = zlib.compress(wb_bytes(workbook("x", "discoverybay", "result", {"results": {s: "successful" for s in SERVICES}, "issues": "Nil", "session": "2023-11-25"})), 9)
    write("formats/result-rar-archive-named-xlsx-discoverybay.xlsx", b"Rar!\x1a\x07\x01\x00" + struct.pack("<I", 0x0B5A3E7F) + b"\x0a\x01\x05\x06\x00\x05\x01\x01\x80\x80\x00" + payload)


# ------------------------------------------------------------------ broken packages
def broken():
    e = io.BytesIO()
    zipfile.ZipFile(e, "w").close()
    write("broken/empty-zip-named-docx.docx", e.getvalue())
    write("broken/content-types-only.docx", ox.zip_bytes({"[Content_Types].xml": ox.content_types({"/word/document.xml": ox.DOC_CT}).encode()}))
    parts = ox.docx_parts(ox.intention_body("kowloontong", True, ["OTP-C"]), settings=ox.settings_xml())
    del parts["word/document.xml"]
    write("broken/main-part-missing.docx", ox.zip_bytes(parts))
    parts = ox.docx_parts(ox.intention_body("wongtaisin", True, ["OTP-C", "OMD-C"]))
    parts["word/document.xml"] = parts["word/document.xml"][: len(parts["word/document.xml"]) * 55 // 100]
    write("broken/document-xml-truncated.docx", ox.zip_bytes(parts))


# ------------------------------------------------------------------ XML encodings and hostile XML
def xml():
    rel = "xml/intention-utf16-document-xml-happyvalley.docx"
    parts = ox.docx_parts(body_for(rel))
    s = parts["word/document.xml"].decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    parts["word/document.xml"] = b"\xff\xfe" + s.encode("utf-16-le")
    write(rel, ox.zip_bytes(parts))
    rel = "xml/result-utf8-bom-parts-aberdeen.docx"
    parts = ox.docx_parts(body_for(rel))
    for k in parts:
        if k.endswith(".xml") or k.endswith(".rels"):
            parts[k] = b"\xef\xbb\xbf" + parts[k]
    write(rel, ox.zip_bytes(parts))
    # DOCTYPE with internal entities (a small chain) and an external entity
    q = P["stanley"]
    body = ox.intention_body("stanley", True, ["OTP-C", "OMD-C"]).replace(ox.escape(q["name"]), "&firm;").replace(q["contact"], "&contact;")
    doc = ox.document(body).replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [\n<!ENTITY a "Stanley ">\n<!ENTITY b "&a;Market ">\n'
        '<!ENTITY firm "&b;Securities Limited">\n<!ENTITY l0 "ha">\n<!ENTITY l1 "&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;">\n'
        '<!ENTITY l2 "&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;">\n<!ENTITY l3 "&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;">\n'
        '<!ENTITY contact SYSTEM "file:///etc/hostname">\n]>\n')
    doc = doc.replace("<w:body>", '<w:body><w:p><w:r><w:t>&l3;</w:t></w:r></w:p>', 1)
    write("xml/intention-doctype-entities-stanley.docx", ox.zip_bytes(ox.docx_parts("", document_xml=doc)))
    form, who, c = "result", "repulsebay", {"results": {s: "successful" for s in SERVICES}, "issues": "Nil", "session": "2023-11-25"}
    depth = 100000
    bomb = "<w:sdt><w:sdtPr/><w:sdtContent>" * depth + "<w:p/>" + "</w:sdtContent></w:sdt>" * depth
    body = ox.result_body(who, c["results"], c["issues"], c["session"]) + bomb
    write("xml/result-nested-elements-bomb-repulsebay.docx", ox.zip_bytes(ox.docx_parts(body)))


# ------------------------------------------------------------------ embedded / picture
def form_png(lines, size=(1240, 900)):
    im = Image.new("L", size, 255)
    d = ImageDraw.Draw(im)
    y = 30
    for t in lines:
        d.text((40, y), t.replace("\u2612", "[X]").replace("\u2610", "[ ]").replace("–", "-"), fill=0)
        d.line((40, y + 22, size[0] - 40, y + 22), fill=160)
        y += 40
    b = io.BytesIO()
    im.save(b, "PNG", optimize=True)
    return b.getvalue()


def drawing(rid, cx=5943600, cy=4313000):
    return ('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:docPr id="1" name="Picture 1"/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="scan.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>') % (cx, cy, rid, cx, cy)


WP = ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def embedded():
    png = form_png(intention_lines("wongtaisin", ["OTP-C", "OMD-C"]))
    doc = ox.document(drawing("rIdImg"), WP)
    write("embedded/form-as-picture-only-wongtaisin.docx",
          ox.zip_bytes(ox.docx_parts("", document_xml=doc, defaults={"png": "image/png"},
                                     extra_doc_rels=[("rIdImg", ox.RT + "/image", "media/image1.png")], extra_parts={"word/media/image1.png": png})))
    q = P["kowloontong"]
    wb = wb_bytes(workbook("x", "kowloontong", "intention", {"participate": True, "services": ["OTP-C", "OTP-CSC"]}))
    preview = form_png(intention_lines("kowloontong", ["OTP-C", "OTP-CSC"]), (900, 640))
    obj = ('<w:p><w:r><w:object w:dxaOrig="9000" w:dyaOrig="6400"><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:450pt;height:320pt" o:ole="">'
           '<v:imagedata r:id="rIdImg" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" '
           'DrawAspect="Content" ObjectID="_1762231845" r:id="rIdOle"/></w:object></w:r></w:p>')
    letter = "".join(ox.p(t) for t in [
        q["name"], "12/F, Kowloon Tong Centre, 9 Cornwall Street, Kowloon Tong, Kowloon", "", "21 November 2023", "",
        "HKEX Hosting Services Service Desk", "Hong Kong Exchanges and Clearing Limited", "",
        "Dear Sir or Madam,", "Circular HDS/23/1109 – Practice Session (PS2) on 25 November 2023",
        "Please find our Intention Form embedded below. Kindly contact the undersigned should you need anything further.", ""]) + obj + \
        "".join(ox.p(t) for t in ["", "Yours faithfully,", "", q["sign"], "Operations Manager"])
    write("embedded/covering-letter-embedded-workbook-kowloontong.docx",
          ox.zip_bytes(ox.docx_parts("", document_xml=ox.document(letter, WP), defaults={"png": "image/png"},
                                     extra_ct={"/word/embeddings/Microsoft_Excel_Worksheet.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
                                     extra_doc_rels=[("rIdImg", ox.RT + "/image", "media/image1.png"),
                                                     ("rIdOle", ox.RT + "/package", "embeddings/Microsoft_Excel_Worksheet.xlsx")],
                                     extra_parts={"word/media/image1.png": preview, "word/embeddings/Microsoft_Excel_Worksheet.xlsx": wb})))


# ------------------------------------------------------------------ huge
APPENDIX = ("Clause {n}. In the event of a disruption at the primary site, the duty officer on shift {s} shall follow checklist "
            "{c}-{n} and record each step in the operations log kept at desk {d}; staff on the standby roster shall confirm "
            "their availability within {m} minutes and escalate any delay to the head of operations.")


def huge():
    rel = "huge/result-5000-empty-styled-rows-chaiwan.xlsx"
    wb = workbook(rel)
    ws = wb.active
    thin = Side(style="thin", color="999999")
    fill = PatternFill("solid", fgColor="F2F2F2")
    for r in range(ws.max_row + 1, ws.max_row + 5001):
        for c in (1, 2, 3):
            cell = ws.cell(row=r, column=c)
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            cell.fill = fill
    write(rel, wb_bytes(wb))
    rel = "huge/intention-300-page-appendix-siusaiwan.docx"
    out = [ox.p("", br_page=True), ox.p("Appendix – Internal Business Continuity Procedures (for internal use)", True)]
    n = 0
    for page in range(300):
        for k in range(9):
            n += 1
            out.append(ox.p(APPENDIX.format(n=n, s=n % 3 + 1, c="BCP" if n % 2 else "DR", d=n % 17 + 1, m=n % 25 + 5)))
        out.append(ox.p("", br_page=True))
    write(rel, ox.zip_bytes(ox.docx_parts(body_for(rel) + "".join(out))))


def encrypted_sources():
    """Plain sources for make_encrypted.js, in /tmp (not committed)."""
    srcs = {"kowloonbay.docx": ox.zip_bytes(ox.docx_parts(ox.intention_body("kowloonbay", True, ["OTP-C", "OMD-C"]))),
            "kwuntong.xlsx": wb_bytes(workbook("x", "kwuntong", "result", {"results": {s: "successful" for s in SERVICES}, "issues": "Nil", "session": "2023-11-25"})),
            "lamtin.xlsx": wb_bytes(workbook("x", "lamtin", "result", {"results": {"OTP-C": "successful", "OMD-C": "not_tested"}, "issues": "Nil", "session": "2023-11-25"}))}
    for k, v in srcs.items():
        with open(os.path.join(TMP, k), "wb") as fh:
            fh.write(v)


if __name__ == "__main__":
    encrypted_sources()
    templates()
    macro()
    protection()
    signatures()
    extensions()
    formats()
    broken()
    xml()
    embedded()
    huge()
