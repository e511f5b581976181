#!/usr/bin/env python3
"""LibreOffice files of holdout12: HTML (a form retyped in a web editor), .fodt and .fods sources converted by
`soffice --headless --convert-to`. Also the legacy .doc/.xls of bad/ (saved by LibreOffice, renamed .docx/.xlsx)."""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
TITLE_A = "Appendix A – Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network"
TITLE_B = "Appendix B – Result Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network"

CSS = "<style>td{border:1px solid #000;padding:3px;vertical-align:top} table{border-collapse:collapse}</style>"


def html(body):
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>form</title>{CSS}</head><body>{body}</body></html>'


WANCHAI = html(f"""
<table style="width:100%"><tr>
<td style="width:25%"><b>WAN CHAI SECURITIES</b><br>灣仔證券<br>18/F Hopewell Centre</td>
<td>
<p><b>{TITLE_A}</b></p>
<table>
<tr><td>Ref. No. 編號</td><td>HDS/23/1109</td></tr>
<tr><td>Subscriber Name 公司名稱</td><td>Wan Chai Securities Limited</td></tr>
<tr><td>HSN Subscriber ID 用戶編號</td><td>HSN0401</td></tr>
<tr><td>Contact Person 聯絡人</td><td>Chan Ka Yan</td></tr>
<tr><td>Telephone 電話</td><td>2528 3311</td></tr>
<tr><td>Email 電郵</td><td>ky.chan@wcsec.com.hk</td></tr>
<tr><td>We will participate in PS2 using HSN 參與</td><td>■ Yes 是 &nbsp; □ No 否</td></tr>
<tr><td>Services to be verified</td><td>
  <table>
  <tr><td>Service</td><td>Tick</td></tr>
  <tr><td>OTP-C</td><td>√</td></tr>
  <tr><td>OTP-CSC</td><td></td></tr>
  <tr><td>OMD-C</td><td>√</td></tr>
  <tr><td>OMD-CC</td><td></td></tr>
  </table>
</td></tr>
<tr><td>Name of Authorised Signatory 授權人姓名</td><td>Lam Tak Wing</td></tr>
<tr><td>Date 日期</td><td>22.11.2023</td></tr>
</table>
</td></tr></table>
""")

TSIMSHATSUI = html(f"""
<p><b>{TITLE_A}</b></p>
<p>Ref. No.: HDS/23/1109</p>
<table style="width:100%"><tr><td>
<p><b>Notes on completion</b></p>
<p>1. Enter your HSN Subscriber ID (e.g. HSN0000) and your company name as registered (e.g. ABC Securities Limited).</p>
<p>2. Give a contact person who will be available on 25 November 2023 (e.g. Chan Tai Man, 2211 0000, taiman.chan@abc.com.hk).</p>
<p>3. Tick ☒ the services you will verify.</p>
<p>4. Return this form to HKEX Hosting Services – Service Desk (hsservicedesk@hkex.com.hk) on or before 24 Nov 2023. Enquiry: (852) 2211 6080.</p>
</td></tr></table>
<p></p>
<table style="width:100%">
<tr><td>Subscriber Name</td><td>Harbour View Securities Ltd</td></tr>
<tr><td>HSN Subscriber ID</td><td>HSN0566</td></tr>
<tr><td>Contact Person</td><td>Kwok Man Yee</td></tr>
<tr><td>Telephone</td><td>2730 6611</td></tr>
<tr><td>Email</td><td>my.kwok@hvsec.com.hk</td></tr>
<tr><td>Participation in PS2 using HSN</td><td>☒ Yes &nbsp; ☐ No</td></tr>
<tr><td>Services to be verified</td><td>☒ OTP-C &nbsp; ☒ OTP-CSC &nbsp; ☒ OMD-C &nbsp; ☒ OMD-CC</td></tr>
<tr><td>Name of Authorised Signatory</td><td>Kwok Man Yee</td></tr>
<tr><td>Date</td><td>Nov 22, 2023</td></tr>
</table>
""")

BLANK_RESULT = html(f"""
<p><b>{TITLE_B}</b></p>
<p>Ref. No.: HDS/23/1109</p>
<table style="width:100%">
<tr><td>Subscriber Name</td><td></td></tr>
<tr><td>HSN Subscriber ID</td><td></td></tr>
<tr><td>Contact Person</td><td></td></tr>
<tr><td>Telephone</td><td></td></tr>
<tr><td>Email</td><td></td></tr>
<tr><td>Practice Session Date</td><td></td></tr>
</table>
<p></p>
<table style="width:100%">
<tr><td>Service</td><td>Successful</td><td>Unsuccessful</td><td>Not tested</td></tr>
<tr><td>OTP-C</td><td>☐</td><td>☐</td><td>☐</td></tr>
<tr><td>OTP-CSC</td><td>☐</td><td>☐</td><td>☐</td></tr>
<tr><td>OMD-C</td><td>☐</td><td>☐</td><td>☐</td></tr>
<tr><td>OMD-CC</td><td>☐</td><td>☐</td><td>☐</td></tr>
</table>
<p>Issues Encountered:</p>
<p>Name of Authorised Signatory: ____________________</p>
<p>Date: ____________________</p>
""")

FAX = html("""
<p><b>FAX</b></p>
<table style="width:100%">
<tr><td>To</td><td>HKEX Hosting Services – Service Desk</td><td>Fax</td><td>(852) 2462 0722</td></tr>
<tr><td>From</td><td>Lantau Securities Limited – IT Department</td><td>Fax</td><td>2988 1001</td></tr>
<tr><td>Tel</td><td>2988 1000</td><td>Email</td><td>it@lantausec.com.hk</td></tr>
<tr><td>Date</td><td>23/11/2023</td><td>Pages (incl. this page)</td><td>2</td></tr>
<tr><td>Re</td><td colspan="3">Appendix A – Intention Form (HDS/23/1109)</td></tr>
</table>
<p>☒ Urgent &nbsp; ☐ For Review &nbsp; ☐ Please Comment &nbsp; ☐ Please Reply</p>
<p>Comments: Please find our completed form on the following page. Kindly confirm receipt.</p>
<p>If you do not receive all pages, please call 2988 1000.</p>
<p>CONFIDENTIALITY NOTICE: This facsimile is intended only for the addressee.</p>
""")

LEGACY_DOC = html(f"""
<p><b>{TITLE_A}</b></p><p>Ref. No.: HDS/23/1109</p>
<table><tr><td>Subscriber Name</td><td>Discovery Bay Securities Limited</td></tr>
<tr><td>HSN Subscriber ID</td><td>HSN0901</td></tr>
<tr><td>Contact Person</td><td>Ko Wai Lun</td></tr>
<tr><td>Telephone</td><td>2987 0011</td></tr>
<tr><td>Email</td><td>wl.ko@dbsec.com.hk</td></tr>
<tr><td>Participation</td><td>☒ Yes ☐ No</td></tr>
<tr><td>Services</td><td>☒ OTP-C ☐ OTP-CSC ☒ OMD-C ☐ OMD-CC</td></tr></table>
""")

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
"""


def fodt(master, body, auto=""):
    return (FODT_HEAD + """<office:styles><style:style style:name="Standard" style:family="paragraph"/></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="1cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="1cm"/></style:footer-style></style:page-layout>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
""" + auto + """</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">""" + master +
            """</style:master-page></office:master-styles>
<office:body><office:text>""" + body + "</office:text></office:body></office:document>")


def p(t):
    return f"<text:p>{t}</text:p>"


def row(*cells):
    return "<table:table-row>" + "".join(f"<table:table-cell office:value-type=\"string\">{p(c)}</table:table-cell>" for c in cells) + "</table:table-row>"


def ttable(name, ncols, rows):
    return (f'<table:table table:name="{name}">' + f'<table:table-column table:number-columns-repeated="{ncols}"/>' +
            "".join(row(*r) for r in rows) + "</table:table>")


SHATIN = fodt(
    f"<style:header>{p(TITLE_B)}{p('Ref. No.: HDS/23/1109')}</style:header>"
    "<style:footer>" + p("Subscriber Name: Sha Tin Capital Limited&#9;HSN Subscriber ID: HSN0522") + "</style:footer>",
    ttable("Contact", 2, [["Contact Person", "Ho Wing Sze"], ["Telephone", "+852 2691 4400"],
                          ["Email", "ws.ho@shatincap.com.hk"], ["Practice Session Date", "25 Nov 2023 (Sat)"]]) +
    p("") +
    ttable("Results", 4, [["Service", "Successful", "Unsuccessful", "Not tested"],
                          ["OTP-C", "☑", "☐", "☐"], ["OTP-CSC", "☑", "☐", "☐"],
                          ["OMD-C", "☐", "☐", "☑"], ["OMD-CC", "☐", "☑", "☐"]]) +
    p("Issues Encountered: OMD-CC multicast feed not received at backup site after 10:30") +
    p("Name of Authorised Signatory: Yeung Chi Ming") + p("Date: 27/11/2023"))

TAIPO = fodt(
    "",
    p(f'<text:span text:style-name="B">{TITLE_A}</text:span>') + p("Ref. No.: HDS/23/1109") +
    p("Subscriber Name: Tai Po Financial Group Limited") + p("HSN Subscriber ID: HSN0533") +
    '<text:p><draw:frame draw:name="ContactBox" text:anchor-type="paragraph" svg:x="9cm" svg:y="0cm" svg:width="7.5cm" svg:height="3cm" draw:z-index="0">'
    '<draw:text-box>' + p("Contact Person: Tse Hoi Lam") + p("Telephone: 2665 1020") +
    p("Email: hl.tse@taipofin.com.hk") + '</draw:text-box></draw:frame>Contact details (see box)</text:p>' +
    p("") + p("") +
    p("Participation in PS2 using HSN: ☒ Yes ☐ No") +
    p("Services to be verified: ☒ OTP-C ☒ OTP-CSC ☐ OMD-C ☐ OMD-CC") +
    p("Name of Authorised Signatory: Tse Hoi Lam") + p("Date: 2023/11/21"))

INVOICE = fodt(
    p("HKEX Hosting Services Limited") + p("Tel: (852) 2211 6080  Email: hsservicedesk@hkex.com.hk"),
    p('<text:span text:style-name="B">INVOICE</text:span>') +
    ttable("Inv", 2, [["Invoice No.", "HS-INV-2023-11-0417"], ["Invoice Date", "30/11/2023"],
                      ["Bill To", "Wan Chai Securities Limited"], ["Subscriber ID", "HSN0401"],
                      ["Attention", "Chan Ka Yan"], ["Payment Due", "30/12/2023"]]) + p("") +
    ttable("Lines", 3, [["Item", "Period", "Amount (HKD)"], ["HSN line rental – OTP-C", "Nov 2023", "12,800.00"],
                        ["HSN line rental – OMD-C", "Nov 2023", "9,600.00"], ["Total", "", "22,400.00"]]) +
    p("Please make cheques payable to HKEX Hosting Services Limited."))

FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>"""


def fods(sheets):
    out = FODS_HEAD
    for name, rows in sheets:
        out += f'<table:table table:name="{name}"><table:table-column table:number-columns-repeated="5"/>'
        for r in rows:
            out += "<table:table-row>"
            for cell in r:
                if cell == "":
                    out += "<table:table-cell/>"
                else:
                    out += f'<table:table-cell office:value-type="string"><text:p>{cell}</text:p></table:table-cell>'
            out += "</table:table-row>"
        out += "</table:table>"
    return out + "</office:spreadsheet></office:body></office:document>"


YUENLONG = fods([("Intention", [
    [TITLE_A], ["Ref. No.", "HDS/23/1109"], [],
    ["Subscriber Name", "Yuen Long Brokerage Co. Ltd"], ["HSN Subscriber ID", "HSN0544"],
    ["Contact Person", "Wong Siu Fong"], ["Telephone", "(852) 2478 9000"], ["Email", "sf.wong@ylbroker.hk"], [],
    ["We will participate in PS2 using HSN", "◉ Yes   ○ No"], [],
    ["Services to be verified"],
    ["●", "OTP-C – Orion Trading Platform – Securities Market"],
    ["○", "OTP-CSC – Orion Trading Platform – China Stock Connect"],
    ["●", "OMD-C – Orion Market Data – Securities Market"],
    ["●", "OMD-CC – Orion Market Data – China Connect"], [],
    ["Name of Authorised Signatory", "Lee Chun Kit"], ["Date", "22-Nov-23"]])])

NGAUTAUKOK = fods([("Result", [
    [TITLE_B], ["編號 Ref. No.", "HDS/23/1109"], [],
    ["公司名稱 Company Name", "牛頭角証券有限公司"], ["用戶編號 HSN Subscriber ID", "HSN0555"],
    ["聯絡人 Contact Person", "梁志偉"], ["電話 Telephone", "3188 2200"], ["電郵 Email", "cw.leung@ntksec.hk"],
    ["演習日期 Practice Session Date", "2023年11月25日"], [],
    ["服務 Service", "結果 Result"], ["OTP-C", "成功"], ["OTP-CSC", "成功"], ["OMD-C", "失敗"], ["OMD-CC", "未測試"], [],
    ["備註 Issues Encountered", "OMD-C 重連失敗 reconnect failed at 10:05"],
    ["授權人姓名 Name of Authorised Signatory", "黃美玲"], ["日期 Date", "2023年11月27日"]])])

LEGACY_XLS = fods([("Result", [
    [TITLE_B], ["Ref. No.", "HDS/23/1109"], ["Subscriber Name", "Discovery Bay Securities Limited"],
    ["HSN Subscriber ID", "HSN0901"], ["Contact Person", "Ko Wai Lun"], ["Telephone", "2987 0011"],
    ["Email", "wl.ko@dbsec.com.hk"], ["Service", "Result"], ["OTP-C", "Successful"], ["OMD-C", "Successful"]])])

# (source name, content, soffice target, output path, input filter)
JOBS = [
    ("wanchai.html", WANCHAI, "docx:MS Word 2007 XML", "libreoffice/intention-nested-layout-wanchai.docx", "HTML (StarWriter)"),
    ("tst.html", TSIMSHATSUI, "docx:MS Word 2007 XML", "libreoffice/intention-instructions-example-tsimshatsui.docx", "HTML (StarWriter)"),
    ("blankb.html", BLANK_RESULT, "docx:MS Word 2007 XML", "libreoffice/result-blank-template.docx", "HTML (StarWriter)"),
    ("fax.html", FAX, "docx:MS Word 2007 XML", "libreoffice/notforms/fax-cover-sheet.docx", "HTML (StarWriter)"),
    ("shatin.fodt", SHATIN, "docx:MS Word 2007 XML", "libreoffice/result-footer-ids-shatin.docx", None),
    ("taipo.fodt", TAIPO, "docx:MS Word 2007 XML", "libreoffice/intention-textbox-contact-taipo.docx", None),
    ("invoice.fodt", INVOICE, "docx:MS Word 2007 XML", "libreoffice/notforms/hosting-invoice.docx", None),
    ("yuenlong.fods", YUENLONG, "xlsx:Calc MS Excel 2007 XML", "libreoffice/intention-radio-glyphs-yuenlong.xlsx", None),
    ("ntk.fods", NGAUTAUKOK, "xlsx:Calc MS Excel 2007 XML", "libreoffice/result-chinese-words-ngautaukok.xlsx", None),
    ("legacy.html", LEGACY_DOC, "doc:MS Word 97", "bad/intention-word97.docx", "HTML (StarWriter)"),
    ("legacy.fods", LEGACY_XLS, "xls:MS Excel 97", "bad/result-excel97.xlsx", None),
]


def main():
    only = set(sys.argv[1:])
    tmp = tempfile.mkdtemp(prefix="h12-lo-")
    profile = "file://" + os.path.join(tmp, "profile")
    for src, content, target, out, infilter in JOBS:
        if only and out not in only:
            continue
        path = os.path.join(tmp, src)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(content)
        cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless"]
        if infilter:
            cmd.append(f"--infilter={infilter}")
        cmd += ["--convert-to", target, "--outdir", tmp, path]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        made = os.path.join(tmp, os.path.splitext(src)[0] + "." + target.split(":")[0])
        dest = os.path.join(OUT, out)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.move(made, dest)
        print("wrote", out)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
