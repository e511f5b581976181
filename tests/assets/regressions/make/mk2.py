import zipfile
exec(open("mk.py").read().split("head = ")[0])
def docx_raw(path, body):
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
    ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", ct); z.writestr("_rels/.rels", rels); z.writestr("word/document.xml", doc)
P = lambda t: f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
paras = ["Appendix B - Result Form for Using HSN to participate Practice Session",
 "Subscriber Name: Acme Securities Ltd", "HSN Subscriber ID: HSN0427", "Contact Person: Chan Tai Man",
 "Telephone: 2211 6080", "Email: tm.chan@acme.com.hk",
 "OTP-C: Successful", "OTP-CSC: Successful", "OMD-C: Successful", "OMD-CC: Successful"]
# tracked deletion inside a field instruction (date field)
field = ('<w:p><w:r><w:t xml:space="preserve">Date: </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
  '<w:r><w:instrText xml:space="preserve"> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r>'
  '<w:del w:id="1" w:author="a" w:date="2023-11-20T00:00:00Z"><w:r><w:delInstrText xml:space="preserve">\\* MERGEFORMAT </w:delInstrText></w:r></w:del>'
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>20/11/2023</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
docx_raw("c.docx", "".join(P(p) for p in paras) + field)
# field instruction spanning two paragraphs (second paragraph has pPr)
field2 = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> QUOTE "a</w:instrText></w:r></w:p>'
  '<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:instrText xml:space="preserve">b" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>ab</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
docx_raw("d.docx", "".join(P(p) for p in paras) + field2)
