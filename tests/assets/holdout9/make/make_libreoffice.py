#!/usr/bin/env python3
"""Forms and look-alikes written the way a LibreOffice user makes them: an HTML page or a flat ODF file typed from the
notice, then saved as Word or Excel by LibreOffice 7.4 (soffice --headless --convert-to). Also the bad files a
LibreOffice user can send: a password-protected .docx (encrypted by encrypt.js), a Word 97 .doc renamed .docx, RTF and ODT named .docx.
Usage: python3 make_libreoffice.py OUTDIR"""
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else sys.exit(__doc__)
WORK = tempfile.mkdtemp(prefix="h9-lo-")
PROFILE = "file://" + os.path.join(WORK, "profile")


def soffice(src, convert_to, outdir, infilter=None):
    cmd = ["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--norestore"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", convert_to, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)


def convert(name, text, ext, target, rel, infilter=None, filt=None):
    """write text as WORK/name.ext, convert to target (docx|xlsx|doc|rtf|odt), move to OUT/rel"""
    src = os.path.join(WORK, name + "." + ext)
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(text)
    outdir = os.path.join(WORK, "out-" + name)
    os.makedirs(outdir, exist_ok=True)
    soffice(src, target + (":" + filt if filt else ""), outdir, infilter)
    made = os.path.join(outdir, name + "." + target)
    dest = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    shutil.move(made, dest)
    print(rel)


HTML_HEAD = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:Arial;font-size:10pt}} table{{border-collapse:collapse;width:100%}}
td,th{{border:1px solid #000;padding:3pt;vertical-align:top}} h1{{font-size:13pt;text-align:center}}</style></head><body>"""


def html(title, body):
    return HTML_HEAD.format(title=escape(title)) + body + "</body></html>"


def rows(pairs):
    return "".join(f"<tr><td>{escape(k)}</td><td>{v}</td></tr>" for k, v in pairs)


# ---------------------------------------------------------------- HTML -> docx
ABERDEEN = [("Subscriber Name 公司名稱", "Aberdeen Harbour Securities Ltd"), ("HSN Subscriber ID 用戶編號", "HSN0574"),
            ("Contact Person 聯絡人", "Lai Wing Kei"), ("Telephone 電話", "2873 6600"),
            ("Email 電郵", "wingkei.lai@ahsec.com.hk")]

INTENTION_ABERDEEN = html("Intention Form", f"""
<h1>Appendix A – Intention Form 附件A – 意向表格</h1>
<p style="text-align:center">Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network</p>
<p>Ref. No.: HDS/23/1109</p>
<table>{rows(ABERDEEN)}
<tr><td>Participation 參與</td><td>☒ Yes 是 &nbsp;&nbsp; ☐ No 否</td></tr></table>
<p><b>Services to be verified 擬驗證系統</b></p>
<table><tr><th>Tick</th><th>Service</th><th>System</th></tr>
<tr><td>☒</td><td>OTP-C</td><td>Orion Trading Platform – Securities Market</td></tr>
<tr><td>☒</td><td>OTP-CSC</td><td>Orion Trading Platform – China Stock Connect</td></tr>
<tr><td>☒</td><td>OMD-C</td><td>Orion Market Data – Securities Market</td></tr>
<tr><td>☐</td><td>OMD-CC</td><td>Orion Market Data – China Connect</td></tr></table>
<p></p>
<table>{rows([("Name of Authorised Signatory 授權人姓名", "Lai Wing Kei"), ("Signature 簽署", ""), ("Date 日期", "23-11-2023")])}</table>
""")

RESULT_ABERDEEN = html("Result Form", f"""
<h1>Appendix B – Result Form 附件B – 結果表格</h1>
<p style="text-align:center">Result Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network</p>
<p>Ref. No.: HDS/23/1109</p>
<table>{rows(ABERDEEN + [("Practice Session Date 演習日期", "25-11-2023")])}</table>
<p><b>Result 結果</b> (Successful / Unsuccessful / Not tested)</p>
<table><tr><th>Service</th><th>Result</th></tr>
<tr><td>OTP-C</td><td>Successful</td></tr><tr><td>OTP-CSC</td><td>Successful</td></tr>
<tr><td>OMD-C</td><td>Unsuccessful</td></tr><tr><td>OMD-CC</td><td></td></tr></table>
<p></p>
<table>{rows([("Issues Encountered 備註", "OMD-C: recovery took 4 minutes after failover."),
              ("Name of Authorised Signatory 授權人姓名", "Lai Wing Kei"), ("Date 日期", "27-11-2023")])}</table>
""")

STRUCK_YUENLONG = html("Intention Form", f"""
<h1>Appendix A – Intention Form</h1>
<p>Ref. No.: HDS/23/1109</p>
<table>{rows([("Subscriber Name", "Yuen Long Securities Company Limited"), ("Subscriber ID", "HSN3031"),
              ("Contact Person", "Tang Chi Wai"), ("Tel. No.", "2479 1188"), ("Email", "cw.tang@ylsec.com.hk")])}</table>
<p>We <s>will</s> / will not* participate in PS2 using HSN.</p>
<p>Services to be verified (if participating):</p>
<table><tr><td>☐</td><td>OTP-C</td></tr><tr><td>☐</td><td>OTP-CSC</td></tr><tr><td>☐</td><td>OMD-C</td></tr><tr><td>☐</td><td>OMD-CC</td></tr></table>
<p><i>* Please delete as appropriate</i></p>
<table>{rows([("Name of Authorised Signatory", "Tang Chi Wai"), ("Date", "22/11/23")])}</table>
""")

BLANK_INTENTION = html("Intention Form", f"""
<h1>Appendix A – Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network for Hosting Services Subscribers</h1>
<p>Ref. No.: HDS/23/1109</p>
<p>Please complete and return to HKEX Hosting Services – Service Desk on or before 24 Nov 2023.</p>
<table>{rows([("Subscriber Name", ""), ("HSN Subscriber ID", ""), ("Contact Person", ""), ("Telephone", ""), ("Email", "")])}</table>
<p>☐ We will participate in PS2 using HSN</p>
<p>☐ We will not participate in PS2</p>
<p>Services to be verified:</p>
<table><tr><td>☐</td><td>OTP-C</td></tr><tr><td>☐</td><td>OTP-CSC</td></tr><tr><td>☐</td><td>OMD-C</td></tr><tr><td>☐</td><td>OMD-CC</td></tr></table>
<p>Name of Authorised Signatory: ____________________</p>
<p>Signature: ____________________ &nbsp; Date: ____/____/________</p>
""")

LETTER = html("Letter", """
<p><b>Tsuen Wan Securities Limited</b><br>18/F, Tsuen Wan Plaza, Tsuen Wan, New Territories<br>Tel: 2416 3030</p>
<p>Our ref: TW/OPS/2311-07<br>Your ref: HDS/23/1109</p>
<p>27 November 2023</p>
<p>HKEX Hosting Services Limited<br>Service Desk<br>By email: hsservicedesk@hkex.com.hk</p>
<p>Dear Sir/Madam,</p>
<p><b>Result of Practice Session (PS2) for Firmware Upgrade of HKEX Backbone Network</b></p>
<p>We refer to your notice HDS/23/1109. We took part in the practice session on 25 November 2023 and are pleased to
inform you that our connections to OTP-C and OMD-C were verified successfully after the failover. We did not test
OTP-CSC or OMD-CC.</p>
<p>We will send the Result Form separately. Should you have any questions, please contact the undersigned at 2416 3031.</p>
<p>Yours faithfully,</p>
<p><br>Lee Wai Man<br>Head of IT Operations</p>
""")

# ---------------------------------------------------------------- flat ODF text -> docx
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Sans CJK TC" svg:font-family="'Noto Sans CJK TC'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:automatic-styles>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
</office:automatic-styles><office:body><office:text>
"""
FODT_TAIL = "</office:text></office:body></office:document>\n"


def tp(text, style=None):
    st = f' text:style-name="{style}"' if style else ""
    return f"<text:p{st}>{escape(text)}</text:p>"


def ttable(rows_, cols):
    out = [f'<table:table table:name="T{id(rows_) % 10000}" table:style-name="Tbl"><table:table-column table:number-columns-repeated="{cols}"/>']
    for r in rows_:
        out.append("<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="Cell" office:value-type="string">{tp(c)}</table:table-cell>' for c in r)
            + "</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


CHAIWAN_INTENTION = FODT_HEAD + "".join([
    tp("附件A – 意向表格", "Title"),
    tp("使用HSN參與香港交易所骨幹網絡韌體升級演習意向表格", "Title"),
    tp("編號：HDS/23/1109"),
    tp("公司名稱：柴灣證券有限公司"),
    tp("用戶編號：HSN2718"),
    tp("聯絡人：黃美玲"),
    tp("電話：2558 3344"),
    tp("電郵：meiling.wong@cwsec.com.hk"),
    tp(""),
    tp("參與：是"),
    tp("擬驗證系統："),
    tp("☑ OTP-C"), tp("☐ OTP-CSC"), tp("☑ OMD-C"), tp("☐ OMD-CC"),
    tp(""),
    tp("授權人姓名：陳志明"),
    tp("簽署：__________"),
    tp("日期：2023年11月22日"),
]) + FODT_TAIL

CHAIWAN_RESULT = FODT_HEAD + "".join([
    tp("附件B – 結果表格 Appendix B – Result Form", "Title"),
    tp("編號 Ref. No.: HDS/23/1109"),
    ttable([["公司名稱 Subscriber Name", "柴灣證券有限公司"], ["用戶編號 Subscriber ID", "HSN2718"],
            ["聯絡人 Contact Person", "黃美玲"], ["電話 Telephone", "2558 3344"], ["電郵 Email", "meiling.wong@cwsec.com.hk"],
            ["演習日期 Practice Session Date", "25.11.2023"]], 2),
    tp(""),
    ttable([["系統 System", "成功 Successful", "不成功 Unsuccessful", "未測試 Not tested"],
            ["OTP-C", "✓", "", ""], ["OTP-CSC", "", "", ""], ["OMD-C", "", "✓", ""], ["OMD-CC", "", "", ""]], 4),
    tp(""),
    ttable([["備註 Issues Encountered", "OMD-C 在切換後沒有收到數據"], ["授權人姓名 Name of Authorised Signatory", "陳志明"],
            ["日期 Date", "27.11.2023"]], 2),
]) + FODT_TAIL

MINUTES = FODT_HEAD + "".join([
    tp("Meeting Minutes", "Title"),
    ttable([["Meeting Title", ""], ["Date", ""], ["Time", ""], ["Location", ""], ["Chairperson", ""], ["Minute Taker", ""]], 2),
    tp(""),
    tp("Attendees"),
    ttable([["Name", "Company", "Phone", "Email"], ["", "", "", ""], ["", "", "", ""]], 4),
    tp(""),
    tp("Agenda"),
    tp("1. Review of previous action items"), tp("2. Practice session arrangements"), tp("3. Any other business"),
    tp(""),
    tp("Action Items"),
    ttable([["Done", "Action", "Owner", "Due Date"], ["☐", "", "", ""], ["☐", "", "", ""], ["☐", "", "", ""]], 4),
    tp(""),
    tp("Next meeting: ____________"),
    tp("Approved by: ____________   Date: ____________"),
]) + FODT_TAIL

# ---------------------------------------------------------------- flat ODF spreadsheet -> xlsx
FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N37"/>
<style:style style:name="ce2" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles><office:body><office:spreadsheet>
"""
FODS_TAIL = "</office:spreadsheet></office:body></office:document>\n"


def sc(v):
    if v is None or v == "":
        return "<table:table-cell/>"
    if isinstance(v, tuple) and v[0] == "date":
        return (f'<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="{v[1]}">'
                f"<text:p>{v[2]}</text:p></table:table-cell>")
    if isinstance(v, tuple) and v[0] == "bold":
        return f'<table:table-cell table:style-name="ce2" office:value-type="string"><text:p>{escape(v[1])}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'


def sheet(name, rows_, cols):
    out = [f'<table:table table:name="{name}"><table:table-column table:style-name="co1" table:number-columns-repeated="{cols}"/>']
    for r in rows_:
        out.append("<table:table-row>" + "".join(sc(c) for c in r) + "</table:table-row>")
    return "".join(out) + "</table:table>"


LOKFU_INTENTION = FODS_HEAD + sheet("Intention Form", [
    [("bold", "Appendix A – Intention Form for Using HSN to participate Practice Session")],
    ["Ref. No.: HDS/23/1109"],
    [],
    ["Subscriber Name", "Lok Fu Securities Limited"],
    ["Subscriber ID", "HSN2650"],
    ["Contact Person", "Yip Chun Hei"],
    ["Telephone", "2338 7000"],
    ["Email", "chunhei.yip@lokfusec.com.hk"],
    [],
    ["Participate in PS2 (Yes/No)", "Yes"],
    [],
    [("bold", "Services to be verified (mark X)")],
    ["OTP-C", "X"],
    ["OTP-CSC", ""],
    ["OMD-C", "X"],
    ["OMD-CC", "X"],
    [],
    ["Name of Authorised Signatory", "Yip Chun Hei"],
    ["Date", ("date", "2023-11-22", "22/11/2023")],
], 2) + FODS_TAIL

LOKFU_RESULT = FODS_HEAD + sheet("Result Form", [
    [("bold", "Appendix B – Result Form for Using HSN to participate Practice Session")],
    ["Ref. No.: HDS/23/1109"],
    [],
    ["Subscriber Name", "Subscriber ID", "Contact Person", "Telephone", "Email"],
    ["Lok Fu Securities Limited", "HSN2650", "Yip Chun Hei", "2338 7000", "chunhei.yip@lokfusec.com.hk"],
    [],
    ["Practice Session Date"],
    [("date", "2023-11-25", "25/11/2023")],
    [],
    [("bold", "Service"), ("bold", "Successful"), ("bold", "Unsuccessful"), ("bold", "Not tested")],
    ["OTP-C", "✓", "", ""],
    ["OTP-CSC", "", "", ""],
    ["OMD-C", "✓", "", ""],
    ["OMD-CC", "", "✓", ""],
    [],
    ["Name of Authorised Signatory", "Date"],
    ["Yip Chun Hei", ("date", "2023-11-27", "27/11/2023")],
], 5) + FODS_TAIL


def main():
    word = "docx:MS Word 2007 XML"
    convert("intention-html-aberdeen", INTENTION_ABERDEEN, "html", "docx", "libreoffice/intention-html-aberdeen.docx", "HTML (StarWriter)", "MS Word 2007 XML")
    convert("result-html-aberdeen", RESULT_ABERDEEN, "html", "docx", "libreoffice/result-html-aberdeen.docx", "HTML (StarWriter)", "MS Word 2007 XML")
    convert("intention-struck-yuenlong", STRUCK_YUENLONG, "html", "docx", "libreoffice/intention-struck-yuenlong.docx", "HTML (StarWriter)", "MS Word 2007 XML")
    convert("intention-blank-template", BLANK_INTENTION, "html", "docx", "libreoffice/intention-blank-template.docx", "HTML (StarWriter)", "MS Word 2007 XML")
    convert("letter-result", LETTER, "html", "docx", "lookalike/letter-result.docx", "HTML (StarWriter)", "MS Word 2007 XML")
    convert("intention-fodt-chinese-chaiwan", CHAIWAN_INTENTION, "fodt", "docx", "libreoffice/intention-fodt-chinese-chaiwan.docx", filt="MS Word 2007 XML")
    convert("result-fodt-ticks-chaiwan", CHAIWAN_RESULT, "fodt", "docx", "libreoffice/result-fodt-ticks-chaiwan.docx", filt="MS Word 2007 XML")
    convert("minutes-template", MINUTES, "fodt", "docx", "lookalike/minutes-template.docx", filt="MS Word 2007 XML")
    convert("intention-calc-lokfu", LOKFU_INTENTION, "fods", "xlsx", "libreoffice/intention-calc-lokfu.xlsx", filt="Calc MS Excel 2007 XML")
    convert("result-calc-labels-above-lokfu", LOKFU_RESULT, "fods", "xlsx", "libreoffice/result-calc-labels-above-lokfu.xlsx", filt="Calc MS Excel 2007 XML")
    # Bad files, each from a readable form of this corpus.
    # LibreOffice 7.4 stores no password-protected .docx from the command line or UNO here (the filter ignores the
    # password or fails with an I/O error), so the LibreOffice-made form is encrypted the way Word does it by encrypt.js.
    subprocess.run(["node", os.path.join(os.path.dirname(os.path.abspath(__file__)), "encrypt.js"),
                    os.path.join(OUT, "libreoffice", "intention-fodt-chinese-chaiwan.docx"),
                    os.path.join(OUT, "bad", "encrypted.docx"), "hsn2023"], check=True, timeout=120)
    print("bad/encrypted.docx")
    convert("word97", STRUCK_YUENLONG, "html", "doc", "bad/saved-as-word97.doc", "HTML (StarWriter)", "MS Word 97")
    convert("rtf", RESULT_ABERDEEN, "html", "rtf", "bad/rtf-named-docx.rtf", "HTML (StarWriter)", "Rich Text Format")
    convert("odt", CHAIWAN_RESULT, "fodt", "odt", "bad/odt-named-docx.odt", filt="writer8")
    for stem in ("saved-as-word97", "rtf-named-docx", "odt-named-docx"):
        src = [f for f in os.listdir(os.path.join(OUT, "bad")) if f.startswith(stem + ".") and not f.endswith(".docx")][0]
        os.replace(os.path.join(OUT, "bad", src), os.path.join(OUT, "bad", stem + ".docx"))
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
