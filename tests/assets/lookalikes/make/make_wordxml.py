"""Writes the Word look-alikes as WordprocessingML by hand, the way Word lays a template out: the
labels in a table, tick boxes as w14 check box content controls. Usage: python3 make_wordxml.py"""
import os, zipfile
from xml.sax.saxutils import escape
from documents import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "wordxml")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def run(text):
    out = []
    for ch in text:
        if ch in "☐☒":
            # A check box content control, as Word inserts it from the Developer tab.
            on = "1" if ch == "☒" else "0"
            out.append(f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{on}"/></w14:checkbox></w:sdtPr>'
                       f'<w:sdtContent><w:r><w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')
        else:
            out.append(f'<w:r><w:t xml:space="preserve">{escape(ch)}</w:t></w:r>')
    return "".join(out)


def p(text):
    return f"<w:p>{run(text)}</w:p>"


def table(rows):
    return "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def document(doc):
    body = [p(doc["title"]), table(doc["rows"])]
    if doc.get("table"):
        body.append(table(doc["table"]))
    body.extend(p(a) for a in doc.get("after", []))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:w14="{W14}">'
            f'<w:body>{"".join(body)}<w:sectPr/></w:body></w:document>')


def main():
    os.makedirs(OUT, exist_ok=True)
    for doc in DOCS:
        if doc["kind"] != "docx":
            continue
        with zipfile.ZipFile(os.path.join(OUT, doc["name"] + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
            z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
            z.writestr("word/document.xml", document(doc))


if __name__ == "__main__":
    main()
