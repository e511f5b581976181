#!/usr/bin/env python3
"""holdout13 files that LibreOffice writes: HTML and .fodt -> docx, .fods -> xlsx, HTML -> pdf / doc for bad files.
Needs soffice. Run from anywhere; writes into ../word, ../excel, ../lookalikes, ../bad."""
import os, shutil, subprocess, tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
TMP = tempfile.mkdtemp(prefix="h13lo-")


def convert(src_name, text, fmt, dest, infilter=None):
    src = os.path.join(TMP, src_name)
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(text)
    cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{TMP}/profile"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", fmt, "--outdir", TMP, src]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    produced = os.path.join(TMP, os.path.splitext(src_name)[0] + "." + fmt.split(":")[0])
    os.makedirs(os.path.dirname(os.path.join(OUT, dest)), exist_ok=True)
    shutil.move(produced, os.path.join(OUT, dest))


def html(body, title="form"):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<style>td{{border:1px solid #444;padding:3px}} table{{border-collapse:collapse}}</style></head><body>{body}</body></html>"""


# ---- intention, own table, paraphrased labels, ☑/☐ before the choice
convert("intention-html-rows-tsuenwan.html", html("""
<p><b>TSUEN WAN SECURITIES LIMITED</b><br>荃灣證券有限公司</p>
<h3>Reply to HKEX Hosting Services – Practice Session 2 (PS2) on 25 Nov 2023</h3>
<p>Circular: HDS/23/1109</p>
<table>
<tr><td>Name of Company</td><td>Tsuen Wan Securities Limited</td></tr>
<tr><td>HSN Code</td><td>HSN0311</td></tr>
<tr><td>Person to contact</td><td>Ho Wing Sze</td></tr>
<tr><td>Direct line</td><td>(852) 2614 7720</td></tr>
<tr><td>Mail</td><td>ws.ho@twsec.com.hk</td></tr>
<tr><td>Joining PS2 via HSN?</td><td>☑ Yes &nbsp;&nbsp; ☐ No</td></tr>
<tr><td>Systems we will verify</td><td>☑ OTP-C<br>☐ OTP-CSC<br>☑ OMD-C<br>☐ OMD-CC</td></tr>
<tr><td>Authorised by</td><td>Tang Kwok Leung</td></tr>
<tr><td>Date</td><td>22 Nov 2023</td></tr>
</table>
<p><i>Please return to hsservicedesk@hkex.com.hk on or before 24 Nov 2023.</i></p>
"""), "docx:MS Word 2007 XML", "word/intention-html-rows-tsuenwan.docx")

# ---- intention, paragraphs, the sender deleted the option that does not apply
convert("intention-html-paragraphs-decline-shatin.html", html("""
<p style="text-align:right">Our ref: STFS/IT/2023/118</p>
<p><b>Appendix A – Intention Form</b> (Ref: HDS/23/1109)</p>
<p>To: HKEX Hosting Services – Service Desk</p>
<p>Company: Sha Tin Futures &amp; Securities Co.</p>
<p>Subscriber ID: HSN0452</p>
<p>We will not participate in PS2 using HSN.</p>
<p>Contact: Cheung Mei Ling</p>
<p>Tel: +852 2691 0088</p>
<p>E-mail: meiling.cheung@shatinfs.com</p>
<p>Signed by: Cheung Mei Ling</p>
<p>Date: 2023-11-21</p>
"""), "docx:MS Word 2007 XML", "word/intention-html-paragraphs-decline-shatin.docx")

# ---- result, struck choices, e-mail empty
convert("result-html-struck-missing-email-stanley.html", html("""
<p><b>Appendix B – Result Form</b> &nbsp; HDS/23/1109</p>
<table>
<tr><td>Subscriber name</td><td>Stanley Investment Services</td></tr>
<tr><td>Subscriber ID</td><td>HSN0199</td></tr>
<tr><td>Contact person</td><td>Mak Ho Yin</td></tr>
<tr><td>Telephone</td><td>2813 4141</td></tr>
<tr><td>Email</td><td></td></tr>
</table>
<p>Result (delete as appropriate):</p>
<table>
<tr><td>OTP-C</td><td>Successful / <s>Unsuccessful</s></td></tr>
<tr><td>OTP-CSC</td><td><s>Successful</s> / Unsuccessful</td></tr>
<tr><td>OMD-C</td><td>Successful / <s>Unsuccessful</s></td></tr>
<tr><td>OMD-CC</td><td>Successful / Unsuccessful</td></tr>
</table>
"""), "docx:MS Word 2007 XML", "word/result-html-struck-missing-email-stanley.docx")

# ---- result in .fodt: words typed, footer noise
FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:footer><text:p>Kwun Tong Securities Ltd · 18/F Millennium City · Confidential · Page 1</text:p></style:footer>
</style:master-page></office:master-styles>
<office:automatic-styles><style:page-layout style:name="pm1"/></office:automatic-styles>
<office:body><office:text>%s</office:text></office:body></office:document>"""


def row(*cells):
    return "<table:table-row>" + "".join(f"<table:table-cell office:value-type=\"string\"><text:p>{escape(c)}</text:p></table:table-cell>" for c in cells) + "</table:table-row>"


def ttable(name, ncol, rows):
    return f'<table:table table:name="{name}">' + f'<table:table-column table:number-columns-repeated="{ncol}"/>' + "".join(row(*r) for r in rows) + "</table:table>"


body = ("<text:p>KTS  |  KWUN TONG SECURITIES</text:p><text:p>Result Form – Practice Session (PS2), circular HDS/23/1109</text:p>"
        + ttable("Details", 2, [("Subscriber Name", "Kwun Tong Securities Ltd"), ("Subscriber ID", "HSN0387"),
                                ("Contact Person", "Chan Tsz Kin"), ("Tel. No.", "(852) 2341-8800"), ("Email", "tk.chan@ktsec.com.hk"),
                                ("Practice Session Date", "25/11/2023")])
        + "<text:p>Results</text:p>"
        + ttable("Results", 2, [("System", "Outcome"), ("OTP-C", "Successful"), ("OTP-CSC", "Successful"), ("OMD-C", "Fail"), ("OMD-CC", "Not tested")])
        + "<text:p>Problems found: OMD-C feed B dropped at 10:42 and reconnected after 3 minutes.</text:p>"
        + ttable("Sign", 2, [("Authorised Signatory", "Leung Pui Man"), ("Date", "26/11/2023")]))
convert("result-fodt-words-kwuntong.fodt", FODT % body, "docx:MS Word 2007 XML", "word/result-fodt-words-kwuntong.docx")

# ---- spreadsheets in .fods
FODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet></office:body></office:document>"""


def srow(*cells):
    out = []
    for c in cells:
        if c is None or c == "":
            out.append("<table:table-cell/>")
        else:
            out.append(f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>')
    return "<table:table-row>" + "".join(out) + "</table:table-row>"


def fods(src, sheet, rows, dest):
    convert(src, FODS % (sheet, "".join(srow(*r) for r in rows)), "xlsx:Calc MS Excel 2007 XML", dest)


fods("intention-fods-chinese-tsimshatsui.fods", "意向表", [
    ("附件A 意向表格", ""), ("編號", "HDS/23/1109"), ("", ""),
    ("公司名稱", "尖沙咀證券有限公司"), ("用戶編號", "HSN0633"), ("聯絡人", "陳家樂"), ("電話", "2366 8181"),
    ("電郵", "kl.chan@tstsec.com.hk"), ("參與", "是"), ("服務", ""),
    ("OTP-C", "✔"), ("OTP-CSC", "✔"), ("OMD-C", "✔"), ("OMD-CC", ""),
    ("授權人姓名", "黃志強"), ("日期", "20-11-2023")], "excel/intention-fods-chinese-tsimshatsui.xlsx")

fods("intention-fods-no-services-hunghom.fods", "Intention", [
    ("Intention Form – PS2 using HSN", ""), ("Circular Ref", "HDS/23/1109"),
    ("Subscriber Name", "Hung Hom Securities Limited"), ("Subscriber ID", "HSN0477"), ("Contact Name", "Yu Chi Wai"),
    ("Phone", "2333 5151"), ("Email", "cw.yu@hhsec.com.hk"), ("Participate in PS2 (Yes/No)", "Yes"),
    ("Services to be verified (mark X)", ""), ("OTP-C", ""), ("OTP-CSC", ""), ("OMD-C", ""), ("OMD-CC", ""),
    ("Date", "22/11/2023")], "excel/intention-fods-no-services-hunghom.xlsx")

fods("result-fods-verified-no-result-lamtin.fods", "Result", [
    ("Result Form (Appendix B)", "", ""), ("Ref. No.", "HDS/23/1109", ""),
    ("Subscriber Name", "Lam Tin Securities Ltd", ""), ("Subscriber ID", "HSN0561", ""), ("Contact Person", "Kan Wing Yee", ""),
    ("Tel", "2727 3434", ""), ("Email", "wy.kan@ltsec.com.hk", ""), ("", "", ""),
    ("Service", "Verified?", "Result"), ("OTP-C", "Yes", "Successful"), ("OTP-CSC", "No", ""), ("OMD-C", "Yes", ""),
    ("OMD-CC", "No", ""), ("", "", ""), ("Date", "26/11/2023", "")], "excel/result-fods-verified-no-result-lamtin.xlsx")

fods("result-fods-onecell-tuenmun.fods", "Sheet1", [
    ("TUEN MUN CAPITAL LTD — internal copy",), ("Result Form for Using HSN to participate Practice Session",),
    ("Ref. No.: HDS/23/1109",), ("Company Name: Tuen Mun Capital Ltd",), ("Subscriber ID: hsn0733",),
    ("Contact Person: Ma Kwok Wah",), ("Tel: 2455 6767",), ("Email: kw.ma@tmcap.com.hk",),
    ("Practice Session Date: 25 Nov 2023",), ("OTP-C: Successful",), ("OTP-CSC: Successful",), ("OMD-C: Successful",),
    ("OMD-CC: Unsuccessful",), ("Date: 27 Nov 2023",)], "excel/result-fods-onecell-tuenmun.xlsx")

# ---- look-alikes
convert("meeting-agenda.html", html("""
<h2>IT Operations – Weekly Meeting Agenda</h2><p>Date: 20 November 2023, 10:00, Room 12A</p>
<ol><li>HKEX circular HDS/23/1109: Practice Session PS2 on Saturday 25 Nov 2023</li>
<li>Failover of OTP-C, OTP-CSC, OMD-C and OMD-CC to the backup site – who is on site?</li>
<li>Intention form due 24 Nov, result form due 27 Nov – owner: Ivy Chan</li>
<li>AOB: replacement of Wan Chai router</li></ol>
<table><tr><td>Attendees</td><td>Ivy Chan, Patrick Ho, Jason Lee</td></tr><tr><td>Minutes by</td><td>Jason Lee</td></tr></table>
"""), "docx:MS Word 2007 XML", "lookalikes/meeting-agenda.docx")

fods("staff-rota.fods", "Rota", [
    ("Weekend rota – PS2 failover test", "", "", ""), ("Date", "Shift", "Staff", "Mobile"),
    ("25/11/2023", "07:00-13:00", "Patrick Ho", "9188 2211"), ("25/11/2023", "13:00-19:00", "Ivy Chan", "6123 4499"),
    ("26/11/2023", "on call", "Jason Lee", "9456 7788"), ("", "", "", ""),
    ("Systems watched", "OTP-C, OTP-CSC, OMD-C, OMD-CC", "", ""), ("Escalation", "hsservicedesk@hkex.com.hk / (852) 2211 6080", "", "")],
    "lookalikes/staff-rota.xlsx")

# ---- bad: a PDF printout named .docx, a Word 97 file named .docx
PRINT = html("<p>Appendix A – Intention Form (printed)</p><p>Subscriber ID: HSN0311</p><p>We will participate.</p>")
convert("scan-named.html", PRINT, "pdf:writer_web_pdf_Export", "bad/scan-named.docx")
convert("old-word-renamed.html", PRINT, "doc:MS Word 97", "bad/old-word-renamed.docx")
shutil.rmtree(TMP, ignore_errors=True)
print("libreoffice files written")
