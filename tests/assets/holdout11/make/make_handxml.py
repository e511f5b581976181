#!/usr/bin/env python3
"""holdout11: OOXML written by hand with zipfile, the way Word and Excel themselves lay parts out (w14 check box
content controls showing their glyph in MS Gothic, comments, a date picker, runs split mid-word, tabs and no-break
spaces; a workbook with inline strings only, one with shared strings). Writes ../handxml/* and
../notforms/ps2-oncall-roster.docx. Any python3."""
import os
import zipfile
from xml.sax.saxutils import escape as E

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
     'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"')
FIXED_TIME = (2023, 11, 23, 9, 30, 0)


def write_zip(rel, parts):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(zipfile.ZipInfo(name, FIXED_TIME), data, zipfile.ZIP_DEFLATED)
    print("wrote", rel)


# ---------- Word ----------
def r(text, font=None, bold=False):
    rpr = ""
    if font or bold:
        rpr = "<w:rPr>" + (f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>' if font else "") + ("<w:b/>" if bold else "") + "</w:rPr>"
    parts = text.split("\t")
    inner = '<w:tab/>'.join(f'<w:t xml:space="preserve">{E(t)}</w:t>' for t in parts)
    return f"<w:r>{rpr}{inner}</w:r>"


def p(*runs, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    body = "".join(x if x.startswith("<") else r(x) for x in runs)
    return f"<w:p>{ppr}{body}</w:p>"


_ids = iter(range(1001, 99999))


def checkbox(checked, alias=None):
    al = f'<w:alias w:val="{E(alias)}"/>' if alias else ""
    glyph = "☒" if checked else "☐"
    return (f'<w:sdt><w:sdtPr>{al}<w:id w:val="{next(_ids)}"/>'
            f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            f'</w14:checkbox></w:sdtPr><w:sdtContent>{r(glyph, "MS Gothic")}</w:sdtContent></w:sdt>')


def date_control(iso, shown):
    return ('<w:sdt><w:sdtPr><w:alias w:val="Date"/><w:id w:val="77001"/>'
            f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-HK"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
            f'<w:sdtContent>{r(shown)}</w:sdtContent></w:sdt>')


def tc(content, width=4500):
    paras = content if isinstance(content, list) else [content]
    inner = "".join(x if x.startswith("<w:p>") or x.startswith("<w:p ") else p(x) for x in paras)
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{inner}</w:tc>'


def tbl(rows, widths=None):
    n = max(len(x) for x in rows)
    widths = widths or [9000 // n] * n
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = "".join("<w:tr>" + "".join(tc(c, widths[i]) for i, c in enumerate(row)) + "</w:tr>" for row in rows)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
            '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
            f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>')


STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="PMingLiU"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')


def docx(rel, body, comments=None):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          + ('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' if comments else "")
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             + ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' if comments else "")
             + '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>HSN Admin</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-20T09:00:00Z</dcterms:created></cp:coreProperties>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>')
    parts = {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": doc, "word/_rels/document.xml.rels": drels,
             "word/styles.xml": STYLES, "docProps/core.xml": core}
    if comments:
        parts["word/comments.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W}>'
                                      + "".join(f'<w:comment w:id="{i}" w:author="{E(a)}" w:date="2023-11-20T10:00:00Z" w:initials="KL">{p(t)}</w:comment>'
                                                for i, (a, t) in enumerate(comments)) + '</w:comments>')
    write_zip(rel, parts)


INTENTION = "Appendix A – Intention Form for Using HSN to participate Practice Session"
RESULT = "Appendix B – Result Form for Using HSN to participate Practice Session"


def word_files():
    comment_start = '<w:commentRangeStart w:id="0"/>'
    comment_end = '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
    body = (p(INTENTION, style="Title") + p("Ref. No.: HDS/23/1109")
            + tbl([["Subscriber Name", "Hung Hom Securities Ltd"], ["Subscriber ID", "HSN2268"], ["Contact Person", "Kwan Lok Yi"],
                   ["Telephone", "2765 4321"], ["Email", "ly.kwan@hhsec.com.hk"]], [3500, 5500])
            + p("")
            + tbl([["We will participate in PS2 using HSN",
                    p(checkbox(True, "Yes"), " Yes     ", checkbox(False, "No"), " No")]], [5500, 3500])
            + p("")
            + tbl([["Service", "Tick"],
                   ["OTP-C", p(checkbox(True, "OTP-C"))], ["OTP-CSC", p(checkbox(False, "OTP-CSC"))],
                   ["OMD-C", p(checkbox(False, "OMD-C"))],
                   [p(comment_start, "OMD-CC", comment_end), p(checkbox(True, "OMD-CC"))]], [5500, 3500])
            + p("")
            + tbl([["Date", p(date_control("2023-11-20", "20/11/2023"))]], [3500, 5500]))
    docx("handxml/intention-comments-sdt-hunghom.docx", body,
         comments=[("Kwan Lok Yi", "Please double-check OMD-C and OMD-CC with our vendor - KL")])

    body = (p(RESULT, style="Title") + p("Ref. No.: HDS/23/1109")
            + tbl([["Subscriber Name", "Ho Man Tin Capital Ltd"], ["Subscriber ID", "HSN2379"], ["Contact Person", "Lee Chi Fung"],
                   ["Telephone", "2714 5566"], ["Email", "cf.lee@hmtcap.com.hk"], ["Practice Session Date", "25/11/2023"]], [3500, 5500])
            + p("")
            + tbl([["Service", "Successful", "Unsuccessful", "Not tested"],
                   ["OTP-C", p(r("☒", "MS Gothic")), p(r("☐", "MS Gothic")), p(r("☐", "MS Gothic"))],
                   ["OTP-CSC", p(r("☒", "MS Gothic")), p(r("☐", "MS Gothic")), p(r("☐", "MS Gothic"))],
                   ["OMD-C", p(r("☒", "MS Gothic")), p(r("☒", "MS Gothic")), p(r("☐", "MS Gothic"))],
                   ["OMD-CC", p(r("☐", "MS Gothic")), p(r("☐", "MS Gothic")), p(r("☒", "MS Gothic"))]], [3000, 2000, 2000, 2000]))
    docx("handxml/result-both-ticked-homantin.docx", body)

    body = (p(INTENTION, style="Title")
            + p("Subscr", "iber Name:\t", "Sheung Shui Securities ", "Ltd")
            + p("Subscr", "iber ID:\t", "HSN", "2480")
            + p("Contact Per", "son:\t", "Wan Hoi ", "Yan")
            + p("Tele", "phone:\t", "2670 ", "1818")
            + p("Em", "ail:\t", "hy.wan@", "sssec.com.hk")
            + p("")
            + p("We will partici", "pate in PS2 using HSN:   ", r("☒", "MS Gothic"), " Yes    ", r("☐", "MS Gothic"), " No")
            + p("Services to be verified: see attached list")
            + p(r("☐", "MS Gothic"), " OTP-C    ", r("☐", "MS Gothic"), " OTP-CSC    ", r("☐", "MS Gothic"), " OMD-C    ", r("☐", "MS Gothic"), " OMD-CC")
            + p("")
            + p("Date:\t23/11/2023"))
    docx("handxml/intention-see-attached-sheungshui.docx", body)

    nb = "\u00a0"
    body = (p(RESULT, style="Title")
            + p(f"Subscriber Name:\tYau{nb}Ma{nb}Tei Securities{nb}Ltd")
            + p("Subscriber ID:\t", "HSN2591")
            + p(f"Contact Person:\tMr.{nb}Cheung{nb}Siu{nb}Fai")
            + p(f"Telephone:\t2385{nb}7000")
            + p("Email:\t", "sf.cheung@", "ymtsec.com.hk")
            + p("Practice Session Date:\t", "25", "th November 2023")
            + p("")
            + p(r("Results:", bold=True))
            + p("OTP-C\t\tSuccessful")
            + p("OTP-CSC\t\tSuccessful")
            + p("OMD-C\t\tUnsuccessful")
            + p("OMD-CC\t\tNot tested"))
    docx("handxml/result-nbsp-tabs-yaumatei.docx", body)

    body = (p("PS2 weekend on-call roster (internal)", style="Title")
            + p("Practice session: Saturday 25/11/2023. Bring your staff card; the backup site needs it.")
            + tbl([["Name", "Mobile", "Systems", "Time"],
                   ["Chan Tai Man", "9123 4567", "OTP-C, OTP-CSC", "08:30 – 12:00"],
                   ["Lee Siu Ming", "9876 5432", "OMD-C, OMD-CC", "08:30 – 12:00"],
                   ["Wong Ka Yan", "6123 9988", "Network (HSN primary / backup)", "08:00 – 13:00"]], [2500, 2000, 3000, 1500])
            + p("Escalation: IT Manager Ho Wing Kei, tel 2553 1001, email wk.ho@harbourfront.example.hk")
            + p("Report results to the Service Desk on the Result Form by Monday."))
    docx("notforms/ps2-oncall-roster.docx", body)


# ---------- Excel ----------
def col(n):
    s = ""
    n += 1
    while n:
        n, m = divmod(n - 1, 26)
        s = chr(65 + m) + s
    return s


def xlsx(rel, sheet_name, rows, shared=False):
    """rows: list of lists; a cell is str, int/float, ('d', serial) for a date with numFmt 14, or None."""
    sst, index = [], {}
    xml_rows = []
    for ri, row in enumerate(rows, start=1):
        cells = []
        for ci, v in enumerate(row or []):
            ref = f"{col(ci)}{ri}"
            if v is None or v == "":
                continue
            if isinstance(v, tuple):
                cells.append(f'<c r="{ref}" s="1"><v>{v[1]}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif shared:
                if v not in index:
                    index[v] = len(sst)
                    sst.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{index[v]}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{E(v)}</t></is></c>')
        if cells:
            xml_rows.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<cols><col min="1" max="1" width="40" customWidth="1"/><col min="2" max="5" width="18" customWidth="1"/></cols>'
             f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' if shared else "")
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{E(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             + ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' if shared else "")
             + '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
              '<cellXfs count="2"><xf/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')
    parts = {"[Content_Types].xml": ct, "_rels/.rels": rels, "xl/workbook.xml": wb, "xl/_rels/workbook.xml.rels": wrels,
             "xl/worksheets/sheet1.xml": sheet, "xl/styles.xml": styles}
    if shared:
        parts["xl/sharedStrings.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                         f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(sst)}" uniqueCount="{len(sst)}">'
                                         + "".join(f'<si><t xml:space="preserve">{E(s)}</t></si>' for s in sst) + "</sst>")
    write_zip(rel, parts)


def excel_files():
    xlsx("handxml/result-inline-strings-fanling.xlsx", "Sheet1", [
        [RESULT], None,
        ["Subscriber Name", "Fanling Securities Ltd"], ["Subscriber ID", "HSN4157"], ["Contact Person", "Tang Ho Yin"],
        ["Telephone", "2675 9999"], ["Email", "hy.tang@flsec.com.hk"], ["Practice Session Date", ("d", 45255)], None,
        ["Service", "Result"], ["OTP-C", "Successful"], ["OTP-CSC", "Successful"], ["OMD-C", "Not tested"], ["OMD-CC", "Not tested"],
    ])
    xlsx("handxml/intention-glyph-cells-taipo.xlsx", "Intention", [
        [INTENTION], None,
        ["Subscriber Name", "Tai Po Securities Ltd"], ["Subscriber ID", "HSN4268"], ["Contact Person", "Chung Wai Yin"],
        ["Telephone", "2665 0303"], ["Email", "wy.chung@tpsec.com.hk"],
        ["Participate in PS2 using HSN", "☑ Yes", "☐ No"],
        ["Services to be verified", "☑ OTP-C", "☐ OTP-CSC", "☑ OMD-C", "☐ OMD-CC"],
        ["Date", "23/11/2023"],
    ], shared=True)


if __name__ == "__main__":
    word_files()
    excel_files()
