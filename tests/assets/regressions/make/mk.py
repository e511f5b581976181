import zipfile, sys
def docx(path, paras):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paras)
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
    ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", ct); z.writestr("_rels/.rels", rels); z.writestr("word/document.xml", doc)
head = ["Appendix B - Result Form for Using HSN to participate Practice Session",
 "Subscriber Name: Acme Securities Ltd", "HSN Subscriber ID: HSN0427", "Contact Person: Chan Tai Man",
 "Telephone: 2211 6080", "Email: tm.chan@acme.com.hk",
 "OTP-C: Successful", "OTP-CSC: Successful", "OMD-C: Successful", "OMD-CC: Successful"]
docx("a.docx", head + ["Issues Encountered:", "N/A"])
docx("b.docx", head + ["Issues Encountered: N/A"])
