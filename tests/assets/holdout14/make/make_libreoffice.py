#!/usr/bin/env python3
"""LibreOffice 7.4 producers of holdout14 (soffice --headless --convert-to): HTML -> docx for a result form and the
meeting minutes, HTML -> Word 97 .doc renamed .docx for a bad file."""
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
RES_TITLE = "Result Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network"
INT_TITLE = ("Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone "
             "Network for Hosting Services Subscribers")
TO_DESK = ("To: HKEX Hosting Services Limited – Service Desk (Email: hsservicedesk@hkex.com.hk; "
           "Tel: (852) 2211 6080; Fax: (852) 2462 0722)")


def table(rows):
    return "<table border='1' cellpadding='4'>%s</table>" % "".join(
        "<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in row) for row in rows)


LAMMA = ("<html><head><meta charset='utf-8'></head><body><p><b>Appendix B</b></p><p><b>%s</b></p>"
         "<p>Ref. No.: HDS/23/1109</p><p>%s</p>%s<p>Practice Session Date: 25 Nov 2023</p>%s"
         "<p>Issues Encountered / Remarks: OMD-C channel 2 gap at 10:30.</p></body></html>") % (
    RES_TITLE, TO_DESK,
    table([["Subscriber Name", "Lamma Island Brokerage Limited"], ["HSN Subscriber ID", "HSN04271"],
           ["Contact Person", "Chau Mei Ling"], ["Telephone", "2982 1212"], ["Email", "ml.chau@lammabrokerage.com"]]),
    table([["Service", "Result"], ["OTP-C", "Pass"], ["OTP-CSC", "Pass"], ["OMD-C", "Fail"], ["OMD-CC", "Pass"]]))

MINUTES = ("<html><head><meta charset='utf-8'></head><body><h2>Minutes – IT steering meeting</h2>"
           "<p>Date: 20/11/2023, 10:00–11:00, Room 12A</p>"
           "<p>Attendees: Fong Ka Chun (chair), Leung Yan Ting, Kwok Siu Lun, Mui Hoi Yan</p>"
           "<h3>1. HKEX circular HDS/23/1109 – PS2 on 25 Nov 2023</h3>"
           "<p>Decision: we will participate in PS2 using HSN and verify OTP-C, OTP-CSC, OMD-C and OMD-CC. "
           "Leung Yan Ting to fill in the Intention Form and return it to the HKEX service desk by 24 Nov.</p>"
           "<h3>2. Action items</h3>%s<p>Next meeting: 27/11/2023 to review the result form.</p></body></html>") % table(
    [["Action", "Owner", "Phone", "Email", "Due"],
     ["Return Intention Form", "Leung Yan Ting", "2541 7788", "yt.leung@sheungwanfin.com.hk", "24/11/2023"],
     ["Book weekend staff", "Kwok Siu Lun", "2541 7789", "sl.kwok@sheungwanfin.com.hk", "22/11/2023"]])

WORD97 = ("<html><head><meta charset='utf-8'></head><body><p><b>Appendix A</b></p><p><b>%s</b></p>"
          "<p>Ref. No.: HDS/23/1109</p>%s<p>☒ We will participate in PS2 using HSN</p>"
          "<p>☐ We will not participate in PS2 using HSN</p><p>☒ OTP-C</p><p>☐ OTP-CSC</p><p>☒ OMD-C</p><p>☐ OMD-CC</p>"
          "<p>Date: 21/11/2023</p></body></html>") % (INT_TITLE, table(
    [["Subscriber Name", "Tai Koo Securities Limited"], ["HSN Subscriber ID", "HSN3566"], ["Contact Person", "Hung Man Yee"],
     ["Telephone", "2884 5566"], ["Email", "my.hung@taikoosec.com"]]))


def convert(html, fmt, dest):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src.html")
        open(src, "w", encoding="utf-8").write(html)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/profile" % tmp,
                        "--convert-to", fmt, "--outdir", tmp, src], check=True, capture_output=True, timeout=180)
        ext = fmt.split(":")[0]
        shutil.copy(os.path.join(tmp, "src." + ext), dest)


if __name__ == "__main__":
    convert(LAMMA, 'docx:MS Word 2007 XML', os.path.join(OUT, "word", "result-lo-html-bad-id-lamma.docx"))
    convert(MINUTES, 'docx:MS Word 2007 XML', os.path.join(OUT, "lookalikes", "meeting-minutes.docx"))
    convert(WORD97, 'doc:MS Word 97', os.path.join(OUT, "bad", "word97-renamed.docx"))
