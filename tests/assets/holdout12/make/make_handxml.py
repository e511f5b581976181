#!/usr/bin/env python3
"""OOXML written by hand (python zipfile) for holdout12: structures the libraries above do not write -- Google Docs /
Google Sheets exports, WPS symbol-font boxes, Word's DrawingML text box with its VML fallback, drop-down and date
content controls with a comment, mail-merge fields, literal placeholder text."""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
TITLE_A = "Appendix A – Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network"
TITLE_B = "Appendix B – Result Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network"

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def path(rel):
    p = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def docx(rel, body, extra_parts=None, extra_ns="", rpr=""):
    """extra_parts: {name: (content_type, relationship type or None, xml)}"""
    extra_parts = extra_parts or {}
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          f'<Override PartName="/word/document.xml" ContentType="{CT_MAIN}"/>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', f'<Relationships xmlns="{REL.replace("officeDocument/2006/relationships", "package/2006/relationships")}">']
    top_rels = []
    for i, (name, (ctype, rtype, _)) in enumerate(extra_parts.items()):
        ct.append(f'<Override PartName="/{name}" ContentType="{ctype}"/>')
        if rtype and name.startswith("word/"):
            rels.append(f'<Relationship Id="rIdX{i}" Type="{rtype}" Target="{name[5:]}"/>')
        elif rtype:
            top_rels.append(f'<Relationship Id="rIdT{i}" Type="{rtype}" Target="{name}"/>')
    ct.append("</Types>")
    rels.append("</Relationships>")
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS} {extra_ns}><w:body>{body}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
           'w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path(rel), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "".join(ct))
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>' + "".join(top_rels) +
                   "</Relationships>")
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", "".join(rels))
        for name, (_, _, xml) in extra_parts.items():
            z.writestr(name, xml)
    print("wrote", rel)


def r(text, rpr=""):
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(*runs, ppr=""):
    inner = "".join(x if x.startswith("<") else r(x) for x in runs)
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{inner}</w:p>'


def tc(*paras, w=4500):
    inner = "".join(x if x.startswith("<w:p") or x.startswith("<w:tbl") else p(x) for x in paras) or "<w:p/>"
    return f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{inner}</w:tc>'


def tbl(rows, widths=None):
    n = max(len(x) for x in rows)
    widths = widths or [9000 // n] * n
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = "".join("<w:tr>" + "".join(c if c.startswith("<w:tc>") else tc(c, w=widths[i]) for i, c in enumerate(row)) + "</w:tr>" for row in rows)
    return ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
            '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/>'
            f'<w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>')


# ------------------------------------------------------------------ Google Docs checklist
GD_RPR = '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
GD_PPR = '<w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/>'


def gd(text):
    return p(r(text, GD_RPR), ppr=GD_PPR)


def gd_item(text, checked):
    return p(r(text, GD_RPR), ppr=f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{2 if checked else 1}"/></w:numPr>' + GD_PPR)


def numbering():
    def abstract(i, glyph):
        return (f'<w:abstractNum w:abstractNumId="{i}"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                f'<w:lvlText w:val="{glyph}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
                '<w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:u w:val="none"/></w:rPr></w:lvl></w:abstractNum>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            + abstract(0, "☐") + abstract(1, "☑") +
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')


def hengfachuen():
    body = ('<w:bookmarkStart w:colFirst="0" w:colLast="0" w:id="0" w:name="_gjdgxs"/><w:bookmarkEnd w:id="0"/>' +
            p(r(TITLE_A, GD_RPR + "<w:b/>"), ppr=GD_PPR) + gd("Ref. No.: HDS/23/1109") + gd("") +
            gd("Subscriber Name: Heng Fa Chuen Capital Limited") + gd("HSN Subscriber ID: HSN0776") +
            gd("Contact Person: Ip Sum Yi") + gd("Telephone: 2556 9900") + gd("Email: sy.ip@hfccap.com") + gd("") +
            gd("Participation:") + gd_item("We will participate in PS2 using HSN", True) +
            gd_item("We will not participate in PS2 using HSN", False) + gd("") +
            gd("Services to be verified:") + gd_item("OTP-C", True) + gd_item("OTP-CSC", False) +
            gd_item("OMD-C", True) + gd_item("OMD-CC", True) + gd("") +
            gd("Name of Authorised Signatory: Ip Sum Yi") + gd("Date: 21 Nov 2023"))
    docx("handxml/intention-googledocs-checklist-hengfachuen.docx", body, {
        "word/numbering.xml": ("application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
                               f"{REL}/numbering", numbering())})


# ------------------------------------------------------------------ WPS: Wingdings 2 letters as boxes
WPS_NS = 'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData"'
WD2 = '<w:rFonts w:hint="default" w:ascii="Wingdings 2" w:hAnsi="Wingdings 2" w:eastAsia="Wingdings 2"/>'
ZH = '<w:rFonts w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>'


def wbox(checked, label):
    return p(r("R" if checked else "£", WD2), r(" " + label, ZH))


def wingkwong():
    body = (p(r(TITLE_A, "<w:b/>" + ZH)) + p(r("編號 Ref. No.: HDS/23/1109", ZH)) +
            tbl([["公司名稱 Subscriber Name", "Wing Kwong Securities Limited"], ["用戶編號 HSN Subscriber ID", "HSN0798"],
                 ["聯絡人 Contact Person", "Yuen Pak Hei"], ["電話 Telephone", "2545 1188"], ["電郵 Email", "ph.yuen@wksec.com.hk"],
                 ["參與 We will participate in PS2 using HSN", tc(wbox(True, "Yes 是"), wbox(False, "No 否"))],
                 ["服務 Services to be verified", tc(wbox(True, "OTP-C"), wbox(True, "OTP-CSC"), wbox(False, "OMD-C"), wbox(True, "OMD-CC"))],
                 ["授權人姓名 Name of Authorised Signatory", "Yuen Pak Hei"], ["日期 Date", "22/11/2023"]], [4000, 5000]))
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
              '<vt:lpwstr>1033-11.2.0.11516</vt:lpwstr></property></Properties>')
    docx("handxml/intention-wps-wingdings2-wingkwong.docx", body, {
        "docProps/custom.xml": ("application/vnd.openxmlformats-officedocument.custom-properties+xml",
                                f"{REL}/custom-properties", custom)}, extra_ns=WPS_NS)


# ------------------------------------------------------------------ Word text box with its VML fallback
def cyberport():
    inner = (p("Participation in PS2 using HSN: ☒ Yes ☐ No") + p("Services to be verified:") +
             p("☒ OTP-C") + p("☐ OTP-CSC") + p("☒ OMD-C") + p("☐ OMD-CC"))
    shape = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
             '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
             '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3200400</wp:posOffset></wp:positionH>'
             '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2743200" cy="1600200"/>'
             '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/>'
             '<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
             '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2743200" cy="1600200"/></a:xfrm>'
             '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>' + inner +
             '</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"/></wps:wsp></a:graphicData></a:graphic>'
             '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>'
             '<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:252pt;margin-top:0;width:216pt;height:126pt;z-index:251659264">'
             '<v:textbox><w:txbxContent>' + inner + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    body = (p(r(TITLE_A, "<w:b/>")) + p("Ref. No.: HDS/23/1109") + f"<w:p>{shape}{r('Subscriber Name: Cyberport Trading Limited')}</w:p>" +
            p("HSN Subscriber ID: HSN0810") + p("Contact Person: Ma Hoi Yan") + p("Telephone: 3166 0000") +
            p("Email: hy.ma@cyberporttrading.com") + p("") + p("") + p("") +
            p("Name of Authorised Signatory: Ma Hoi Yan") + p("Date: 23/11/2023"))
    docx("handxml/intention-textbox-alternatecontent-cyberport.docx", body)


# ------------------------------------------------------------------ drop-down and date content controls, a comment
SDT_IDS = iter(range(1001, 2000))


def dropdown(value, placeholder=False, cid=None):
    items = "".join(f'<w:listItem w:displayText="{x}" w:value="{x}"/>' for x in ["Successful", "Unsuccessful", "Not tested"])
    plc = '<w:showingPlcHdr/>' if placeholder else ""
    text = "Choose an item." if placeholder else value
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else ""
    cs = f'<w:commentRangeStart w:id="{cid}"/>' if cid is not None else ""
    ce = (f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>'
          if cid is not None else "")
    return ('<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr><w:p>' + cs +
            f'<w:sdt><w:sdtPr><w:alias w:val="Result"/><w:tag w:val="result"/><w:id w:val="{next(SDT_IDS)}"/>{plc}'
            f'<w:dropDownList><w:listItem w:displayText="Choose an item." w:value=""/>{items}</w:dropDownList></w:sdtPr>'
            f'<w:sdtContent><w:r>{rpr}<w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>' + ce + '</w:p></w:tc>')


def happyvalley():
    date_sdt = ('<w:p><w:r><w:t xml:space="preserve">Date: </w:t></w:r><w:sdt><w:sdtPr><w:alias w:val="Date"/><w:id w:val="77"/>'
                '<w:date w:fullDate="2023-11-27T00:00:00Z"><w:dateFormat w:val="dddd, d MMMM yyyy"/><w:lid w:val="en-GB"/>'
                '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
                '<w:sdtContent><w:r><w:t>Monday, 27 November 2023</w:t></w:r></w:sdtContent></w:sdt></w:p>')
    body = (p(r(TITLE_B, "<w:b/>")) + p("Ref. No.: HDS/23/1109") +
            tbl([["Subscriber Name", "Happy Valley Securities Limited"], ["HSN Subscriber ID", "HSN0821"],
                 ["Contact Person", "Cheng Wai Yee"], ["Telephone", "2838 4545"], ["Email", "wy.cheng@hvsec.com.hk"],
                 ["Practice Session Date", "25/11/2023"]]) + p("") +
            tbl([["Service", "Result"], ["OTP-C", dropdown("Successful")], ["OTP-CSC", dropdown("", placeholder=True)],
                 ["OMD-C", dropdown("Not tested")], ["OMD-CC", dropdown("Successful", cid=0)]]) + p("") +
            p("Issues Encountered:") + p("Name of Authorised Signatory: Cheng Wai Yee") + date_sdt)
    comments = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:comment w:id="0" w:author="Alan Wu" w:date="2023-11-27T09:12:00Z" w:initials="AW"><w:p><w:r>'
                '<w:t>I think OMD-CC failed? Please check the log before sending.</w:t></w:r></w:p></w:comment></w:comments>')
    docx("handxml/result-dropdown-sdt-happyvalley.docx", body, {
        "word/comments.xml": ("application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                              f"{REL}/comments", comments)})


# ------------------------------------------------------------------ mail merge fields
def merge(code, result):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {escape(code)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:rPr><w:noProof/></w:rPr><w:t>{escape(result)}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def simple(code, result):
    return f'<w:fldSimple w:instr=" {escape(code)} "><w:r><w:rPr><w:noProof/></w:rPr><w:t>{escape(result)}</w:t></w:r></w:fldSimple>'


def kowloontong():
    body = (p(r(TITLE_A, "<w:b/>")) + p("Ref. No.: HDS/23/1109") +
            p(r("Subscriber Name: "), merge("MERGEFIELD Company_Name", "Kowloon Tong Securities Limited")) +
            p(r("HSN Subscriber ID: "), simple("MERGEFIELD HSN_ID", "HSN0832")) +
            p(r("Contact Person: "), merge("MERGEFIELD Contact_Person", "Leung Hoi Ying")) +
            p(r("Telephone: "), merge('MERGEFIELD "Tel_No"', "2338 7070")) +
            p(r("Email: "), simple("MERGEFIELD Email", "hy.leung@ktongsec.com.hk")) +
            p("Participation in PS2 using HSN: ☒ Yes ☐ No") +
            p("Services to be verified: ☒ OTP-C ☒ OTP-CSC ☒ OMD-C ☒ OMD-CC") +
            p(r("Name of Authorised Signatory: "), merge("MERGEFIELD Signatory", "Leung Hoi Ying")) +
            p(r("Date: "), merge('DATE \\@ "d MMMM yyyy"', "21 November 2023")))
    docx("handxml/intention-mailmerge-fields-kowloontong.docx", body)


# ------------------------------------------------------------------ blank form with literal placeholder text
def placeholder_blank():
    grey = '<w:color w:val="808080"/>'
    body = (p(r(TITLE_A, "<w:b/>")) + p("Ref. No.: HDS/23/1109") +
            tbl([["Subscriber Name", p(r("[Company Name]", grey))], ["HSN Subscriber ID", p(r("HSN________", grey))],
                 ["Contact Person", p(r("Click or tap here to enter text.", grey))],
                 ["Telephone", p(r("Click or tap here to enter text.", grey))],
                 ["Email", p(r("Click or tap here to enter text.", grey))],
                 ["We will participate in PS2 using HSN", "☐ Yes   ☐ No"],
                 ["Services to be verified", "☐ OTP-C   ☐ OTP-CSC   ☐ OMD-C   ☐ OMD-CC"],
                 ["Name of Authorised Signatory", "________________________"], ["Date", p(r("DD/MM/YYYY", grey))]]))
    docx("handxml/intention-placeholder-text-blank.docx", body)


def visitor():
    body = (p(r("HKEX Data Centre – Visitor Registration Form", "<w:b/>")) +
            p("Please complete and return 2 working days before the visit.") +
            tbl([["Visitor Name", "Chow Ho Yin"], ["Company", "Tsing Yi Securities Limited"], ["HSN Subscriber ID", "HSN0632"],
                 ["Mobile", "9345 6789"], ["Email", "hy.chow@tysec.com.hk"], ["HKID (first 4 characters)", "A123"],
                 ["Date of visit", "25/11/2023"], ["Time", "08:30 – 13:00"],
                 ["Purpose of visit", "☒ Practice Session support   ☐ Equipment installation   ☐ Maintenance"],
                 ["Escort required", "☐ Yes   ☒ No"]]) +
            p("Signature of visitor: ____________   Date: 21/11/2023"))
    docx("handxml/notforms/visitor-registration.docx", body)


# ------------------------------------------------------------------ xlsx by hand
def xlsx(rel, rows, styles_fonts=None, cell_style=None, extra_sheet_xml="", validations="", google=False):
    """rows: list of lists of (value) where value is str | int/float | bool | ("n", serial, style) | ("s", text, style)."""
    strings, index = [], {}

    def si(t):
        if t not in index:
            index[t] = len(strings)
            strings.append(t)
        return index[t]

    out_rows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = chr(65 + ci) + str(ri)
            style = ""
            if isinstance(v, tuple):
                kind, v, st = v
                style = f' s="{st}"'
            if v is None or v == "":
                if style:
                    cells.append(f'<c r="{ref}"{style}/>')
                continue
            if isinstance(v, bool):
                cells.append(f'<c r="{ref}"{style} t="b"><v>{int(v)}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"{style}><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}"{style} t="s"><v>{si(v)}</v></c>')
        out_rows.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {ns}>'
             + ('<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr>' if google else "") +
             '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr customHeight="1" defaultColWidth="14.43" defaultRowHeight="15.0"/>'
             '<cols><col customWidth="1" min="1" max="1" width="40"/></cols>'
             f'<sheetData>{"".join(out_rows)}</sheetData>{validations}{extra_sheet_xml}</worksheet>')
    sst = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    fonts = styles_fonts or ['<font><sz val="10.0"/><name val="Arial"/></font>']
    xfs = cell_style or ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="d/m/yyyy"/></numFmts>'
              f'<fonts count="{len(fonts)}">{"".join(fonts)}</fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="lightGray"/></fill></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0"/></cellStyleXfs>'
              f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs><cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles></styleSheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><sheets><sheet state="visible" name="Sheet1" sheetId="1" r:id="rId3"/></sheets>'
          '<definedNames/><calcPr/></workbook>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
             f'<Relationship Id="rId3" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default ContentType="application/xml" Extension="xml"/><Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml" PartName="/xl/worksheets/sheet1.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" PartName="/xl/sharedStrings.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" PartName="/xl/styles.xml"/>'
          '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" PartName="/xl/workbook.xml"/></Types>')
    with zipfile.ZipFile(path(rel), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", wrels)
        z.writestr("xl/styles.xml", styles)
        z.writestr("xl/sharedStrings.xml", sst)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    print("wrote", rel)


def shamtseng():
    D = lambda serial: ("n", serial, 1)  # 45255 = 2023-11-25, 45257 = 2023-11-27
    rows = [[TITLE_B], ["Ref. No.", "HDS/23/1109"], [], ["Subscriber Name", "Sham Tseng Securities Limited"],
            ["HSN Subscriber ID", "HSN0787"], ["Contact Person", "Lui Ka Ming"], ["Telephone", "2491 0707"],
            ["Email", "km.lui@stsec.hk"], ["Practice Session Date", D(45255)], [],
            ["Service", "Successful", "Unsuccessful", "Not tested"],
            ["OTP-C", True, False, False], ["OTP-CSC", False, False, False], ["OMD-C", False, True, False], ["OMD-CC", False, False, True], [],
            ["Issues Encountered", "OMD-C snapshot channel gap after failover"], ["Name of Authorised Signatory", "Lui Ka Ming"],
            ["Date", D(45257)]]
    validations = ('<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="B12:D15">'
                   '<formula1>"TRUE,FALSE"</formula1></dataValidation></dataValidations>')
    xlsx("handxml/result-googlesheets-checkboxes-shamtseng.xlsx", rows,
         cell_style=['<xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" applyFont="1"/>',
                     '<xf borderId="0" fillId="0" fontId="0" numFmtId="164" xfId="0" applyAlignment="1" applyFont="1" applyNumberFormat="1"/>'],
         validations=validations, google=True)


def leitung():
    M = lambda v: ("s", v, 1)
    rows = [[TITLE_B], ["Ref. No.", "HDS/23/1109"], [], ["Subscriber Name", "Lei Tung Capital Limited"],
            ["HSN Subscriber ID", "HSN0809"], ["Contact Person", "Poon Yee Man"], ["Telephone", "2552 3131"],
            ["Email", "ym.poon@leitungcap.com"], ["Practice Session Date", "25 November 2023"], [],
            ["Service", "Successful", "Unsuccessful", "Not tested"],
            ["OTP-C", M("P"), M(""), M("")], ["OTP-CSC", M("P"), M(""), M("")], ["OMD-C", M(""), M("P"), M("")],
            ["OMD-CC", M("P"), M(""), M("")], [],
            ["Issues Encountered", "OMD-C line B down 09:40-09:55"], ["Name of Authorised Signatory", "Poon Yee Man"],
            ["Date", "27/11/2023"]]
    xlsx("handxml/result-wingdings2-cells-leitung.xlsx", rows,
         styles_fonts=['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
                       '<font><sz val="12"/><name val="Wingdings 2"/><family val="1"/><charset val="2"/></font>'],
         cell_style=['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
                     '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>'])


for f in [hengfachuen, wingkwong, cyberport, happyvalley, kowloontong, placeholder_blank, visitor, shamtseng, leitung]:
    f()
