#!/usr/bin/env python3
"""The source files for bad/: a filled result workbook (openpyxl) to be encrypted, a filled intention form (python-docx)
to be saved as .odt by LibreOffice, and the zip holding a form. Args: TMPDIR."""
import os, sys, zipfile
import docx, openpyxl
tmp = sys.argv[1]
OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bad"))
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Appendix B"
for row in [["Appendix B – Result Form for Using HSN to participate Practice Session"], ["Ref. No.: HDS/23/1109"],
            ["Subscriber Name", "Lok Ma Chau Securities Limited"], ["HSN Subscriber ID", "HSN0666"],
            ["Contact Person", "Ling Ka Yee"], ["Telephone", "2480 1234"], ["E-mail Address", "ky.ling@lmcsec.com.hk"],
            ["Service", "Result"], ["OTP-C", "Successful"], ["OMD-C", "Successful"]]:
    ws.append(row)
wb.save(os.path.join(tmp, "encrypted-result-src.xlsx"))
d = docx.Document()
d.add_paragraph("Appendix A – Intention Form for Using HSN to participate Practice Session")
d.add_paragraph("Ref. No.: HDS/23/1109")
t = d.add_table(rows=0, cols=2)
for l, v in [("Subscriber Name", "Sheung Shui Securities Limited"), ("HSN Subscriber ID", "HSN0777"),
             ("Contact Person", "Yu Chi Kin"), ("Telephone", "2670 5555"), ("E-mail Address", "ck.yu@sssec.com.hk")]:
    c = t.add_row().cells
    c[0].text, c[1].text = l, v
d.add_paragraph("☒ We will participate in PS2 using HSN")
d.add_paragraph("☐ We will not participate in PS2 using HSN")
d.add_paragraph("☒ OTP-C   ☐ OTP-CSC   ☒ OMD-C   ☐ OMD-CC")
d.save(os.path.join(tmp, "odt-renamed.docx"))
d.save(os.path.join(tmp, "intention-sheungshui.docx"))
with zipfile.ZipFile(os.path.join(OUT, "intention-form.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.write(os.path.join(tmp, "intention-sheungshui.docx"), "intention-sheungshui.docx")
