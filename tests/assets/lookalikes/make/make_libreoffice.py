"""Writes each look-alike as HTML and has LibreOffice convert it (soffice --convert-to docx|xlsx),
as people save a web page or an old template. Usage: python3 make_libreoffice.py (needs soffice)."""
import html, os, subprocess, sys, tempfile
from documents import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "libreoffice")


def page(doc):
    e = html.escape
    parts = [f"<html><head><meta charset='utf-8'><title>{e(doc['title'])}</title></head><body>", f"<h1>{e(doc['title'])}</h1>"]
    if doc["kind"] == "xlsx":
        # A spreadsheet is one table: title, label rows, the grid, the closing lines.
        parts.append("<table>")
        parts.append(f"<tr><td>{e(doc['title'])}</td></tr>")
        for row in doc["rows"] + [[]] + doc.get("table", []) + [[]] + [[a] for a in doc.get("after", [])]:
            parts.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
        parts.append("</table>")
    else:
        parts.append("<table>" + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in doc["rows"]) + "</table>")
        if doc.get("table"):
            parts.append("<table border='1'>" + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in doc["table"]) + "</table>")
        parts.extend(f"<p>{e(a)}</p>" for a in doc.get("after", []))
    parts.append("</body></html>")
    return "".join(parts)


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for doc in DOCS:
            source = os.path.join(tmp, doc["name"] + ".html")
            with open(source, "w", encoding="utf-8") as f:
                f.write(page(doc))
            target = "docx:MS Word 2007 XML" if doc["kind"] == "docx" else "xlsx:Calc MS Excel 2007 XML"
            infilter = [] if doc["kind"] == "docx" else ["--infilter=calc_HTML_WebQuery"]
            subprocess.run(["soffice", "--headless", *infilter, "--convert-to", target, "--outdir", OUT, source],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print("libreoffice/" + doc["name"] + "." + doc["kind"], file=sys.stderr)


if __name__ == "__main__":
    main()
