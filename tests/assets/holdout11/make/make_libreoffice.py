#!/usr/bin/env python3
"""holdout11: forms and look-alikes saved by LibreOffice (soffice --headless --convert-to) from sources a
person would have: an HTML page pasted from a PDF, a flat ODT (.fodt) with a letterhead page header, a
flat ODS (.fods) workbook. Writes the sources to a temp folder and the converted files under ../libreoffice
and ../notforms. Run with any python3; needs soffice."""
import html
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
E = html.escape


def h_table(rows, border=1):
    out = [f'<table border="{border}" cellpadding="4" cellspacing="0">']
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def h_doc(body):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>form</title></head><body>\n'
            + body + "\n</body></html>\n")


# ---------- .fodt ----------
FODT_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls/>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="10.5pt" style:font-name="Arial"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" fo:color="#1f3864"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin="2cm"/><style:header-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">%HEADER%</style:master-page>
</office:master-styles>
<office:body><office:text>
'''
FODT_TAIL = '</office:text></office:body></office:document>\n'


def o_p(text, style="Standard"):
    return f'<text:p text:style-name="{style}">{E(text)}</text:p>'


def o_tabs(label, value):
    return f'<text:p text:style-name="Standard">{E(label)}<text:tab/>{E(value)}</text:p>'


def o_table(rows, name="T"):
    cols = max(len(r) for r in rows)
    out = [f'<table:table table:name="{name}" table:style-name="Tbl"><table:table-column table:number-columns-repeated="{cols}"/>']
    for r in rows:
        out.append("<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="Cell" office:value-type="string"><text:p>{E(c)}</text:p></table:table-cell>'
            for c in r) + "</table:table-row>")
    out.append("</table:table>")
    return "\n".join(out)


def fodt(body, header=None):
    hdr = ""
    if header:
        hdr = "<style:header>" + "".join(o_p(t, "Head") for t in header) + "</style:header>"
    return FODT_HEAD.replace("%HEADER%", hdr) + body + FODT_TAIL


# ---------- .fods ----------
FODS_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N_dmy"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <style:style style:name="cdate" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_dmy"/>
 <style:style style:name="cbold" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
'''
FODS_TAIL = '</office:spreadsheet></office:body></office:document>\n'


def s_cell(v):
    if v is None or v == "":
        return "<table:table-cell/>"
    if isinstance(v, tuple) and v[0] == "date":
        return f'<table:table-cell table:style-name="cdate" office:value-type="date" office:date-value="{v[1]}"><text:p>{v[2]}</text:p></table:table-cell>'
    if isinstance(v, tuple) and v[0] == "bold":
        return f'<table:table-cell table:style-name="cbold" office:value-type="string"><text:p>{E(v[1])}</text:p></table:table-cell>'
    if isinstance(v, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{E(v)}</text:p></table:table-cell>'


def s_sheet(name, rows):
    out = [f'<table:table table:name="{E(name)}"><table:table-column table:style-name="co1" table:number-columns-repeated="4"/>']
    for r in rows:
        out.append("<table:table-row>" + "".join(s_cell(c) for c in (r or [None])) + "</table:table-row>")
    out.append("</table:table>")
    return "\n".join(out)


def fods(*sheets):
    return FODS_HEAD + "\n".join(s_sheet(n, r) for n, r in sheets) + FODS_TAIL


# ---------- the documents ----------
def docs():
    d = {}
    # A clerk retyped Appendix A from the PDF into a web form / HTML and saved it as Word.
    d["libreoffice/intention-retyped-kwuntong.docx"] = ("html", h_doc(
        "<p><b>HKEX Hosting Services Limited</b></p>"
        "<p><b>Appendix A - Intention Form for using HSN to participate in Practice Session</b><br>(Ref: HDS/23/1109)</p>"
        + h_table([["Name of Subscriber", "Kwun Tong Securities Limited"], ["HSN Subscriber ID", "HSN0314"],
                   ["Contact Person", "Leung Chi Keung"], ["Tel. No.", "2343 8821"], ["E-mail", "ck.leung@ktsec.com.hk"]])
        + "<p>We will participate in PS2 using HSN (Y/N): <b>Y</b></p>"
        + "<p>Please indicate the systems you will verify:</p>"
        + h_table([["<b>System</b>", "<b>Participate (Y/N)</b>"], ["OTP-C", "Y"], ["OTP-CSC", "N"], ["OMD-C", "Y"], ["OMD-CC", "N"]])
        + "<p>&nbsp;</p><p>Authorised Signatory: Ho Man Kit</p><p>Date: 21/11/2023</p>"))

    # Bilingual answer, Chinese label first, a .fodt made in LibreOffice Writer.
    d["libreoffice/intention-bilingual-shatin.docx"] = ("fodt", fodt(
        o_p("附錄A – 意向表格", "Title")
        + o_p("Appendix A – Intention Form for Using HSN to participate Practice Session", "Title")
        + o_p("編號 Ref. No.: HDS/23/1109")
        + o_table([["公司名稱 Company Name", "沙田證券有限公司"], ["用戶編號 Subscriber ID", "HSN0452"],
                   ["聯絡人 Contact Person", "黃小明"], ["電話 Telephone", "2688 1234"], ["電郵 Email", "xm.wong@shatinsec.com.hk"],
                   ["參與 Participation", "✔ 參與 Yes    ☐ 不參與 No"],
                   ["服務 Services", "☑ OTP-C    ☑ OTP-CSC    ☐ OMD-C    ☐ OMD-CC"],
                   ["授權人姓名 Authorised Signatory", "陳志強"], ["日期 Date", "2023年11月22日"]])))

    d["libreoffice/result-words-tsuenwan.docx"] = ("html", h_doc(
        "<p align=center><b>Appendix B – Result Form for Using HSN to participate Practice Session</b></p>"
        "<p>Ref. No.: HDS/23/1109</p>"
        + h_table([["Subscriber Name", "Tsuen Wan Brokerage Co. Ltd"], ["Subscriber ID", "HSN0507"],
                   ["Contact Person", "Tam Wai Ling"], ["Telephone", "2414 7000 ext. 23"], ["Email", "wl.tam@twbrokerage.hk"],
                   ["Practice Session Date", "25/11/2023"]])
        + "<p>Verification result:</p>"
        + h_table([["<b>System</b>", "<b>Result</b>", "<b>Remarks</b>"],
                   ["Orion Trading Platform – Securities Market (OTP-C)", "Pass", "Failover observed 09:31"],
                   ["Orion Trading Platform – China Stock Connect (OTP-CSC)", "Fail", "Could not log on to the backup gateway"],
                   ["Orion Market Data – Securities Market (OMD-C)", "N/A", "We take OMD-C from a vendor"],
                   ["Orion Market Data – China Connect (OMD-CC)", "—", ""]])
        + "<p>Issues Encountered: OTP-CSC session to the backup site failed at 10:35; vendor reset the router, not retested.</p>"
        + "<p>Name of Authorised Signatory: Tam Wai Ling<br>Date: 27 Nov 2023</p>"))

    d["libreoffice/intention-decline-causewaybay.docx"] = ("fodt", fodt(
        o_p("Appendix A – Intention Form for Using HSN to participate Practice Session", "Title")
        + o_p("")
        + o_tabs("Subscriber Name:", "Causeway Bay Investments Ltd")
        + o_tabs("Subscriber ID:", "HSN0623")
        + o_tabs("Contact Person:", "Ms. Chow Mei Ling")
        + o_tabs("Tel:", "(852) 2890 4455")
        + o_tabs("Email:", "ml.chow@cbinv.com.hk")
        + o_p("")
        + o_p("Will you participate in PS2 using HSN?      Yes ☐      No ☒")
        + o_table([["Services to be verified", "Tick"], ["OTP-C", "N/A"], ["OTP-CSC", "N/A"], ["OMD-C", "N/A"], ["OMD-CC", "N/A"]])
        + o_p("Remarks: our HSN line is being relocated; we will join the next session.")
        + o_tabs("Date:", "20-11-2023")))

    d["libreoffice/result-letterhead-wanchai.docx"] = ("fodt", fodt(
        o_p("Your ref: HDS/23/1109      Our ref: WCC/IT/2023/118")
        + o_p("Appendix B – Result Form for Using HSN to participate Practice Session", "Title")
        + o_p("Ref. No.: HDS/23/1109")
        + o_table([["Subscriber Name", "Wan Chai Capital Limited"], ["HSN Subscriber ID", "HSN0719"], ["Contact Person", "Kwok Ho Yin"],
                   ["Contact Number", "2511 0238"], ["Email Address", "hy.kwok@wcc.com.hk"], ["Practice Session Date", "25 November 2023"]], "T1")
        + o_p("")
        + o_table([["Service", "Successful", "Unsuccessful", "Not tested"], ["OTP-C", "☒", "☐", "☐"], ["OTP-CSC", "☒", "☐", "☐"],
                   ["OMD-C", "☐", "☐", "☒"], ["OMD-CC", "☐", "☐", "☒"]], "T2")
        + o_p("")
        + o_table([["Issues Encountered", "Nil"], ["Authorised Signatory", "Kwok Ho Yin"], ["Date", "25/11/2023"]], "T3"),
        header=["WAN CHAI CAPITAL LIMITED  灣仔資本有限公司",
                "18/F, Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong",
                "Tel: 2511 0000   Fax: 2511 0001   Email: info@wcc.com.hk"]))

    d["libreoffice/intention-noyear-mongkok.docx"] = ("html", h_doc(
        "<h3>APPENDIX A - INTENTION FORM</h3><p>for Using HSN to participate Practice Session (PS2, 25 Nov 2023)</p>"
        "<p>Company Name: Mong Kok Futures &amp; Securities Ltd</p><p>Subscriber ID: hsn2217</p>"
        "<p>Contact Person: Fung Ka Wai</p><p>Phone: 2781 3300</p><p>Email: kw.fung@mkfs.com.hk</p>"
        "<p>Participation: ✔ Yes &nbsp; ☐ No</p>"
        "<p>Systems to connect: ✔ OTP-C &nbsp; ✔ OMD-C &nbsp; ☐ OTP-CSC &nbsp; ☐ OMD-CC</p>"
        "<p>Date: 21 Nov (Tue)</p>"))

    d["libreoffice/intention-revised-late-yuenlong.xlsx"] = ("fods", fods(("Intention", [
        [("bold", "Appendix A – Intention Form for Using HSN to participate Practice Session")],
        ["REVISED – supersedes the form sent on 20/11/2023"],
        None,
        ["Ref. No.", "HDS/23/1109"],
        ["Subscriber Name", "Yuen Long Securities Co. Ltd"],
        ["Subscriber ID", "HSN0835"],
        ["Contact Person", "Yip Siu Lung"],
        ["Telephone", "+852 2475 1188"],
        ["Email", "sl.yip@ylsec.com.hk"],
        ["Participate in PS2 using HSN", "Yes"],
        None,
        [("bold", "Service"), ("bold", "Tick")],
        ["OTP-C", "✓"], ["OTP-CSC", "✓"], ["OMD-C", "✓"], ["OMD-CC", None],
        None,
        ["Authorised Signatory", "Lam Kwok Wah"],
        ["Date", ("date", "2023-11-28", "28/11/2023")]])))

    d["libreoffice/result-ok-ng-tuenmun.xlsx"] = ("fods", fods(("PS2 Result", [
        ["HKEX Hosting Services – PS2"],
        [("bold", "Appendix B – Result Form")],
        None,
        ["Company Name", "Tuen Mun Securities Ltd"],
        ["Subscriber Code", "HSN0941"],
        ["Contact Name", "Cheng Hoi Ting"],
        ["Tel No.", "2450 6060"],
        ["E-mail", "ht.cheng@tmsec.com.hk"],
        ["Session Date", ("date", "2023-11-25", "25/11/2023")],
        None,
        [("bold", "System"), ("bold", "Result (OK/NG)"), ("bold", "Time checked")],
        ["OTP-C", "OK", "09:30"], ["OTP-CSC", "OK", "09:45"], ["OMD-C", "NG", "10:05"], ["OMD-CC", "OK", "10:10"],
        None,
        ["Remarks", "OMD-C multicast feed not received from the backup site until 10:40."]])))

    # ----- look-alikes -----
    notice = open(os.path.join(HERE, "circular-text.txt"), encoding="utf-8").read().strip().split("\n\n")
    d["notforms/hkex-circular-no-form.docx"] = ("html", h_doc("".join(f"<p>{E(p)}</p>" for p in notice)))

    d["notforms/purchase-order.xlsx"] = ("fods", fods(("PO", [
        [("bold", "PURCHASE ORDER")],
        ["PO No.", "PO-2023-1187"],
        ["Date", ("date", "2023-11-21", "21/11/2023")],
        ["Vendor", "Pacific Link Telecom Ltd"],
        ["Attention", "Mr. Sze Chun Wai"],
        ["Tel", "2100 8000"],
        ["Email", "sales@pacificlink.example.hk"],
        None,
        [("bold", "Item"), ("bold", "Description"), ("bold", "Qty"), ("bold", "Amount (HKD)")],
        [1, "HSN access circuit upgrade 10M to 100M (primary site)", 1, 18000],
        [2, "HSN access circuit upgrade 10M to 100M (backup site)", 1, 18000],
        [3, "On-site engineer, Saturday 25/11/2023", 4, 6400],
        None,
        ["Total", None, None, 42400],
        ["Approved by", "Finance Manager"]])))
    return d


def main():
    if not shutil.which("soffice"):
        sys.exit("soffice not found (apt-get install -y libreoffice-writer libreoffice-calc)")
    tmp = tempfile.mkdtemp(prefix="h11lo-")
    profile = "file://" + os.path.join(tmp, "profile")
    for rel, (kind, text) in docs().items():
        base = os.path.splitext(os.path.basename(rel))[0]
        src = os.path.join(tmp, base + "." + kind)
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(text)
        ext = os.path.splitext(rel)[1][1:]
        filt = {"docx": "docx:MS Word 2007 XML", "xlsx": "xlsx:Calc MS Excel 2007 XML"}[ext]
        args = ["soffice", f"-env:UserInstallation={profile}", "--headless"]
        if kind == "html":
            args += ["--infilter=HTML (StarWriter)"]
        args += ["--convert-to", filt, "--outdir", tmp, src]
        subprocess.run(args, check=True, capture_output=True, timeout=180)
        out = os.path.join(ROOT, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        shutil.move(os.path.join(tmp, base + "." + ext), out)
        print("wrote", rel)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
