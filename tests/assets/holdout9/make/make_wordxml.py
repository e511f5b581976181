#!/usr/bin/env python3
"""WordprocessingML written by hand, the way Word 2016-365 saves what a subscriber's staff typed into a form they
built themselves from the notice: Wingdings check marks (w:sym), Word's own check box and date picker content
controls, legacy form fields (FORMTEXT / FORMCHECKBOX), tracked changes, a page header, a signature block.
Only the standard library (zipfile). Usage: python3 make_wordxml.py OUTDIR"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else sys.exit(__doc__)

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"')
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
SERVICES = [("OTP-C", "Orion Trading Platform – Securities Market"), ("OTP-CSC", "Orion Trading Platform – China Stock Connect"),
            ("OMD-C", "Orion Market Data – Securities Market"), ("OMD-CC", "Orion Market Data – China Connect")]

_n = [100]


def nid():
    _n[0] += 1
    return _n[0]


def r(text, rpr=""):
    pr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    sp = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<w:r>{pr}<w:t{sp}>{escape(text)}</w:t></w:r>"


def p(*runs, ppr=""):
    pp = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{pp}{''.join(x if x.startswith('<') else r(x) for x in runs)}</w:p>"


def title(text):
    return p(r(text, '<w:b/><w:sz w:val="28"/>'), ppr='<w:jc w:val="center"/>')


def tc(content, w=2400, span=1):
    if isinstance(content, str) and not content.startswith("<w:p"):
        content = p(content) if content else "<w:p/>"
    gs = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{gs}</w:tcPr>{content}</w:tc>'


def tbl(rows, widths):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = "".join("<w:tr>" + "".join(c if c.startswith("<w:tc>") else tc(c, widths[min(i, len(widths) - 1)])
                                      for i, c in enumerate(row)) + "</w:tr>" for row in rows)
    borders = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>')


def kv(pairs, widths=(3600, 5400)):
    return tbl([[k, v] for k, v in pairs], list(widths))


def wing(checked):
    """a Wingdings check box glyph as Word inserts it from Insert > Symbol"""
    return f'<w:r><w:sym w:font="Wingdings" w:char="{"F0FE" if checked else "F0A8"}"/></w:r>'


def w14box(checked, tag=None):
    """Word's own check box content control: the glyph is plain text in MS Gothic"""
    t = f'<w:tag w:val="{tag}"/>' if tag else ""
    glyph = "☒" if checked else "☐"
    return (f'<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            f'<w:id w:val="{nid() * 7919}"/>{t}<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            '</w14:checkbox></w:sdtPr><w:sdtContent>'
            f'<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
            f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


def datectl(iso, shown, fmt):
    return (f'<w:sdt><w:sdtPr><w:id w:val="{nid() * 104729}"/><w:date w:fullDate="{iso}T00:00:00Z">'
            f'<w:dateFormat w:val="{fmt}"/><w:lid w:val="en-HK"/><w:storeMappedDataAs w:val="dateTime"/>'
            f'<w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent>{r(shown)}</w:sdtContent></w:sdt>')


def formtext(value, name):
    i = nid()
    return (f'<w:bookmarkStart w:id="{i}" w:name="{name}"/>'
            f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
            '<w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{r(value)}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            f'<w:bookmarkEnd w:id="{i}"/>')


def formcheck(checked, name):
    i = nid()
    state = '<w:checked/>' if checked else '<w:default w:val="0"/>'
    return (f'<w:bookmarkStart w:id="{i}" w:name="{name}"/>'
            f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            f'<w:bookmarkEnd w:id="{i}"/>')


def ins(inner, author="Mok Tsz Yan"):
    return f'<w:ins w:id="{nid()}" w:author="{author}" w:date="2023-11-24T09:12:00Z">{inner}</w:ins>'


def dele(text, author="Mok Tsz Yan"):
    return (f'<w:del w:id="{nid()}" w:author="{author}" w:date="2023-11-24T09:12:00Z">'
            f'<w:r><w:delText>{escape(text)}</w:delText></w:r></w:del>')


def save(rel, body, header=None, creator="User"):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
    sect_hdr = ""
    parts = {}
    if header:
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        parts["word/header1.xml"] = XML + f"<w:hdr {W_NS}>{header}</w:hdr>"
        sect_hdr = '<w:headerReference w:type="default" r:id="rId3"/>'
    sect = (f'<w:sectPr>{sect_hdr}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
            'w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    parts.update({
        "[Content_Types].xml": XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(ct) + "</Types>",
        "_rels/.rels": XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>',
        "word/_rels/document.xml.rels": XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels) + "</Relationships>",
        "word/document.xml": XML + f"<w:document {W_NS}><w:body>{body}{sect}</w:body></w:document>",
        "word/styles.xml": XML + f'<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" '
        'w:eastAsia="PMingLiU" w:hAnsi="Calibri"/><w:sz w:val="21"/><w:lang w:val="en-GB" w:eastAsia="zh-HK"/></w:rPr>'
        '</w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '<w:pPr><w:spacing w:after="60"/></w:pPr></w:style></w:styles>',
        "word/settings.xml": XML + f'<w:settings {W_NS}><w:zoom w:percent="110"/><w:defaultTabStop w:val="720"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '</w:settings>',
        "docProps/core.xml": XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>{escape(creator)}</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-20T01:00:00Z</dcterms:created></cp:coreProperties>',
        "docProps/app.xml": XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>',
    })
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "word/document.xml"] + sorted(
                k for k in parts if k not in ("[Content_Types].xml", "_rels/.rels", "word/document.xml")):
            z.writestr(name, parts[name])
    print(rel)


TINHAU = [("Subscriber Name", "Tin Hau Securities Limited"), ("HSN Subscriber ID", "HSN1422"), ("Contact Person", "Kong Wai Yin"),
          ("Telephone", "2566 7070"), ("Email", "waiyin.kong@tinhausec.com.hk")]
STANLEY = [("Subscriber Name 公司名稱", "Stanley Financial Services Limited"), ("Subscriber ID 用戶編號", "HSN0931"),
           ("Contact Person 聯絡人", "Chiu Ming Fai"), ("Telephone 電話", "2813 2020"), ("Email 電郵", "mingfai.chiu@stanleyfs.com.hk")]


def main():
    # Wingdings ticks, a date picker, the ref in the page header.
    save("wordxml/intention-wingdings-tinhau.docx", "".join([
        title("Appendix A – Intention Form"),
        p("Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network"),
        kv(TINHAU),
        p(""),
        p("Participation in PS2 on 25 November 2023:"),
        p(wing(True), r(" Yes, we will participate"), r("    "), wing(False), r(" No, we will not participate")),
        p("Services to be verified:"),
        tbl([[p(wing(True)), c, n] for c, n in SERVICES], [700, 1600, 6700]),
        p(""),
        kv([("Name of Authorised Signatory", "Kong Wai Yin"), ("Signature", ""),
            ("Date", p(datectl("2023-11-23", "23/11/2023", "dd/MM/yyyy")))]),
    ]), header=p("Ref. No. 編號 HDS/23/1109") + p("HKEX Hosting Services Limited"), creator="Kong Wai Yin")

    # Word's check box content controls in a results grid, a date picker for the session date.
    grid = [["Service", "Successful", "Unsuccessful", "Not tested"]]
    for c, _ in SERVICES:
        grid.append([c] + [p(w14box(w == "S")) for w in ("S", "U", "N")])
    save("wordxml/result-w14-grid-tinhau.docx", "".join([
        title("Appendix B – Result Form"),
        p("Result Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network"),
        p("Ref. No.: HDS/23/1109"),
        kv(TINHAU + [("Practice Session Date", p(datectl("2023-11-25", "25 November 2023", "d MMMM yyyy")))]),
        p(""),
        tbl(grid, [3000, 2000, 2000, 2000]),
        p(""),
        kv([("Issues Encountered", ""), ("Name of Authorised Signatory", "Kong Wai Yin"), ("Date", "27/11/2023")]),
    ]), creator="Kong Wai Yin")

    # Label and value with a space only; split runs; "[X]" ticks.
    save("wordxml/intention-space-id-repulsebay.docx", "".join([
        title("APPENDIX A – INTENTION FORM"),
        p("Circular ref HDS/23/1109"),
        p(r("HSN Subscri"), r("ber ID "), r("HSN07"), r("18")),
        kv([("Company Name", "Repulse Bay Capital Management Limited"), ("Contact Person", "Pang Hoi Lam"),
            ("Tel", "2812 0303"), ("E-mail", "hoilam.pang@rbcm.com.hk")]),
        p(""),
        p(r("Participation 參與: "), r("Yes", "<w:b/>")),
        p("Services to be verified (mark [X]):"),
        p("[X] OTP-C"), p("[ ] OTP-CSC"), p("[X] OMD-C"), p("[ ] OMD-CC"),
        p(""),
        p("Authorised Signatory: So Yat Fai"),
        p("Date: 23 Nov 2023"),
    ]), creator="Pang Hoi Lam")

    # Doubt: one row with two results ticked.
    marks = {"OTP-C": "S", "OTP-CSC": "N", "OMD-C": "SU", "OMD-CC": "S"}
    save("wordxml/result-both-ticked-row.docx", "".join([
        title("Appendix B – Result Form"),
        p("Ref. No.: HDS/23/1109"),
        kv([("Subscriber Name", "Kennedy Town Securities Limited"), ("Subscriber ID", "HSN2209"), ("Contact Person", "Ip Ka Ming"),
            ("Telephone", "2817 4545"), ("Email", "kaming.ip@ktsec.com.hk"), ("Practice Session Date", "25/11/2023")]),
        p(""),
        tbl([["Service", "Successful", "Unsuccessful", "Not tested"]] +
            [[c] + ["☒" if w in marks[c] else "☐" for w in "SUN"] for c, _ in SERVICES], [3000, 2000, 2000, 2000]),
        p(""),
        kv([("Name of Authorised Signatory", "Ip Ka Ming"), ("Date", "27/11/2023")]),
    ]), creator="Ip Ka Ming")

    # Legacy form fields (Developer > Legacy Tools).
    save("wordxml/intention-legacy-fields-stanley.docx", "".join([
        title("Appendix A – Intention Form 附件A – 意向表格"),
        p("Ref. No.: HDS/23/1109"),
        tbl([[k, p(formtext(v, f"Text{i + 1}"))] for i, (k, v) in enumerate(STANLEY)], [3600, 5400]),
        p(""),
        p(formcheck(True, "Check1"), r(" We will participate in PS2 using HSN")),
        p(formcheck(False, "Check2"), r(" We will not participate in PS2")),
        p("Services to be verified:"),
        tbl([[p(formcheck(c in ("OTP-C", "OMD-C"), f"Check{3 + i}")), c, n] for i, (c, n) in enumerate(SERVICES)],
            [700, 1600, 6700]),
        p(""),
        tbl([["Name of Authorised Signatory 授權人姓名", p(formtext("Chiu Ming Fai", "Text6"))],
             ["Date 日期", p(formtext("Nov 23, 2023", "Text7"))]], [3600, 5400]),
    ]), creator="Chiu Ming Fai")

    # Chinese result words, a signature block with its own Name: line.
    save("wordxml/result-chinese-words-stanley.docx", "".join([
        title("Appendix B – Result Form 附件B – 結果表格"),
        p("Ref. No.: HDS/23/1109"),
        kv(STANLEY + [("Practice Session Date 演習日期", "Sat 25 Nov 2023")]),
        p(""),
        tbl([["Service 系統", "Result 結果"], ["OTP-C", "成功"], ["OTP-CSC", "成功"], ["OMD-C", "失敗"], ["OMD-CC", "未測試"]],
            [4500, 4500]),
        p(""),
        p(r("Authorised Signatory 授權簽署", "<w:b/>")),
        p("Signature: ______________________"),
        p("Name: Ho Wing Chi"),
        p("Title: Responsible Officer"),
        p("Date: 27/11/2023"),
        p("(Company Chop)"),
    ]), creator="Chiu Ming Fai")

    # Tracked changes: the tick moved from No to Yes, service ticks inserted.
    def tracked_box(was, now):
        if was == now:
            return r("☒" if now else "☐")
        return dele("☒" if was else "☐") + ins(r("☒" if now else "☐"))
    save("wordxml/intention-tracked-change-wongchukhang.docx", "".join([
        title("Appendix A – Intention Form"),
        p("Ref. No.: HDS/23/1109"),
        kv([("Subscriber Name", "Wong Chuk Hang Securities Limited"), ("Subscriber ID", "HSN1960"), ("Contact Person", "Mok Tsz Yan"),
            ("Telephone", "2870 1111"), ("Email", "tszyan.mok@wchsec.com.hk")]),
        p(""),
        tbl([[p(tracked_box(False, True)), "Yes, we will participate in PS2 using HSN"],
             [p(tracked_box(True, False)), "No, we will not participate in PS2"]], [700, 8300]),
        p("Services to be verified:"),
        tbl([[p(tracked_box(False, c in ("OTP-C", "OTP-CSC"))), c, n] for c, n in SERVICES], [700, 1600, 6700]),
        p(""),
        kv([("Name of Authorised Signatory", "Mok Tsz Yan"), ("Date", "24/11/2023")]),
    ]), creator="Mok Tsz Yan")

    # Look-alike: a staff leave application form.
    save("lookalike/leave-application.docx", "".join([
        title("Staff Leave Application Form"),
        kv([("Employee Name", "Wong Siu Ling"), ("Staff ID", "E20471"), ("Department", "Operations"),
            ("Contact Phone", "9876 5432"), ("Email", "siuling.wong@example.com.hk")]),
        p(""),
        p("Type of leave:"),
        p("☒ Annual leave   ☐ Sick leave   ☐ Compassionate leave   ☐ No-pay leave"),
        kv([("From", "24/11/2023"), ("To", "27/11/2023"), ("Number of days", "2"), ("Reason", "Family matters")]),
        p(""),
        p("Approved:  ☐ Yes   ☐ No"),
        kv([("Applicant's Signature", ""), ("Date", "20/11/2023"), ("Supervisor", ""), ("Date", "")]),
    ]), creator="HR")

    # Look-alike: another HSN form (contact update), with our generic labels but neither appendix.
    save("lookalike/contact-update-form.docx", "".join([
        title("HSN Subscriber Contact Update Form"),
        p("Please use this form to notify HKEX Hosting Services of changes to your technical contacts."),
        kv([("Subscriber Name", "Sai Ying Pun Securities Limited"), ("HSN Subscriber ID", "HSN3712"),
            ("Contact Person", "Kan Wai Shing"), ("Telephone", "2546 1010"), ("Email", "waishing.kan@sypsec.com.hk")]),
        p(""),
        p("Change type:  ☒ Add contact   ☐ Remove contact   ☐ Update details"),
        p("Effective date: 01/12/2023"),
        kv([("Name of Authorised Signatory", "Kan Wai Shing"), ("Date", "28/11/2023")]),
    ]), creator="Kan Wai Shing")

    # Bad: the Tin Hau intention form cut short, as a broken download leaves it.
    src = os.path.join(OUT, "wordxml", "intention-wingdings-tinhau.docx")
    data = open(src, "rb").read()
    os.makedirs(os.path.join(OUT, "bad"), exist_ok=True)
    with open(os.path.join(OUT, "bad", "truncated.docx"), "wb") as fh:
        fh.write(data[: int(len(data) * 0.6)])
    print("bad/truncated.docx")


if __name__ == "__main__":
    main()
