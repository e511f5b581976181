#!/usr/bin/python3
"""Writes the files of tests/assets/holdout4 that come from Debian's tools and Python libraries:
pandoc (markdown / HTML -> docx), AbiWord (HTML -> docx), Gnumeric's ssconvert (CSV / HTML -> xlsx,
and its own .gnumeric format), python-docx, openpyxl and XlsxWriter.

Run with Debian's /usr/bin/python3 (python3-docx, python3-openpyxl, python3-xlsxwriter), after
`python3 cases.py`. Values come from cases.json, so the files and the oracle cannot drift apart."""
import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = json.load(open(os.path.join(HERE, "cases.json"), encoding="utf-8"))
REF = DATA["ref"]
SVC = DATA["services"]
NAMES = DATA["service_names"]
IT, RT = DATA["intention_title"], DATA["result_title"]
WORK = tempfile.mkdtemp(prefix="holdout4-")


def raw(file):
    return next(c["raw"] for c in DATA["cases"] if c["file"] == "holdout4/" + file)


def out(file):
    p = os.path.join(ASSETS, "holdout4", file)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def tmp(name, text):
    p = os.path.join(WORK, name)
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(text)
    return p


def svc_label(code):
    return f"{code} – {NAMES[code]}"


def d(v):
    return dt.datetime(*v)


# ------------------------------------------------------------------------------------------ pandoc
def pandoc(src, fmt, file):
    subprocess.run(["pandoc", "-f", fmt, "-t", "docx", "-o", out(file), src], check=True)


def pandoc_tsimshatsui():
    f = "pandoc/intention-pipe-table-tsimshatsui.docx"
    r = raw(f)
    rows = [("Subscriber Name", r["name"]), ("HSN Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
            ("Telephone", r["phone"]), ("Email", r["email"]), ("Participation", r["participate"])]
    md = [f"# {IT}", "", f"Ref. No.: {REF}", "", "| Item | Details |", "|------|---------|"]
    md += [f"| {a} | {b} |" for a, b in rows]
    md += ["", "Services to be verified:", "", "| Service | Selected |", "|---------|:--------:|"]
    md += [f"| {svc_label(s)} | {r['ticks'][s]} |" for s in SVC]
    md += ["", "| Item | Details |", "|------|---------|",
           f"| Name of Authorised Signatory | {r['signatory']} |", f"| Date | {r['signed']} |", ""]
    pandoc(tmp("tst.md", "\n".join(md)), "markdown", f)


def grid_table(rows, widths):
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    head = "+" + "+".join("=" * (w + 2) for w in widths) + "+"
    outl = [line]
    for i, row in enumerate(rows):
        height = max(len(c) for c in row)
        for k in range(height):
            outl.append("|" + "|".join(" " + (c[k] if k < len(c) else "").ljust(w) + " " for c, w in zip(row, widths)) + "|")
        outl.append(head if i == 0 else line)
    return outl


def pandoc_mongkok():
    f = "pandoc/result-grid-table-mongkok.docx"
    r = raw(f)
    md = [f"# {RT}", "", f"**Ref. No.:** {REF}", ""]
    for a, b in [("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
                 ("Telephone", r["phone"]), ("Email", r["email"]), ("Practice Session Date", r["session"])]:
        md += [f"**{a}:** {b}", ""]
    rows = [[["Service"], ["Result"]]]
    for s in SVC:
        rows.append([[s, "", NAMES[s].replace("–", "-")], [r["words"][s]]])
    md += grid_table(rows, [46, 14]) + [""]
    md += [f"**Issues Encountered:** {r['issues']}", "", f"**Name of Authorised Signatory:** {r['signatory']}", "",
           f"**Date:** {r['signed']}", ""]
    pandoc(tmp("mk.md", "\n".join(md)), "markdown", f)


def pandoc_kwaichung():
    f = "pandoc/intention-chinese-labels-kwaichung.docx"
    r = raw(f)
    md = [f"# 附錄A 參與演習意向表 {IT}", "", f"編號：{REF}", "", f"公司名稱：{r['name']}", "", f"用戶編號：{r['id']}", "",
          f"聯絡人：{r['contact']}", "", f"電話：{r['phone']}", "", f"電郵：{r['email']}", "",
          f"參與：{r['participate']}", "", "服務："]
    for s in SVC:
        md += ["", f"{r['ticks'][s]} {svc_label(s)}"]
    md += ["", f"授權人姓名：{r['signatory']}", "", f"日期：{r['signed']}", ""]
    pandoc(tmp("kc.md", "\n".join(md)), "markdown", f)


def pandoc_saikung():
    f = "pandoc/intention-struck-decline-saikung.docx"
    r = raw(f)
    md = [f"# {IT}", "", f"Ref. No.: {REF}", ""]
    for a, b in [("Name of Subscriber", r["name"]), ("Subscriber Code", r["id"]), ("Contact Name", r["contact"]),
                 ("Tel. No.", r["phone"]), ("E-mail Address", r["email"])]:
        md += [f"{a}: {b}", ""]
    md += ["We ~~will~~ / will not participate in PS2 using HSN", "", "Services to be verified:", ""]
    for s in SVC:
        md += [f"☐ {svc_label(s)}", ""]
    md += [f"Authorised Person: {r['signatory']}", "", f"Date: {r['signed']}", ""]
    pandoc(tmp("sk.md", "\n".join(md)), "markdown", f)


def pandoc_leiyuemun():
    f = "pandoc/result-definition-list-leiyuemun.docx"
    r = raw(f)
    md = [f"# {RT}", "", f"Ref. No.: {REF}", ""]
    for a, b in [("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
                 ("Telephone", r["phone"]), ("Email", r["email"]), ("Practice Session Date", r["session"])]:
        md += [a, f":   {b}", ""]
    md += ["## Results", ""]
    for s in SVC:
        md += [s, f":   {r['words'][s]}", ""]
    md += ["Name of Authorised Signatory", f":   {r['signatory']}", "", "Date", f":   {r['signed']}", ""]
    pandoc(tmp("lym.md", "\n".join(md)), "markdown", f)


def pandoc_ngautaukok():
    f = "pandoc/intention-html-missing-email-ngautaukok.docx"
    r = raw(f)
    rows = [("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
            ("Telephone", r["phone"]), ("Email", r["email"]),
            ("We will / will not participate in PS2 using HSN", r["participate"])]
    h = [f"<html><head><meta charset='utf-8'><title>Intention Form</title></head><body><h1>{IT}</h1>",
         f"<p>Ref. No.: {REF}</p><table border='1'>"]
    h += [f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows]
    h += ["</table><p>Services to be verified:</p><table border='1'><tr><th>Service</th><th>Tick</th></tr>"]
    h += [f"<tr><td>{svc_label(s)}</td><td>{r['ticks'][s]}</td></tr>" for s in SVC]
    h += ["</table><table border='1'>", f"<tr><th>Name of Authorised Signatory</th><td>{r['signatory']}</td></tr>",
          f"<tr><th>Date</th><td>{r['signed']}</td></tr></table></body></html>"]
    pandoc(tmp("ntk.html", "\n".join(h)), "html", f)


def pandoc_meeting_note():
    md = """# PS2 preparation – internal meeting note

Date: 17 November 2023

Attendees: Operations (Chan Tai Wing), IT Infrastructure (Lee Mei Ling), Compliance

## Background

HKEX Hosting Services circular HDS/23/1109 announces a second optional Practice Session (PS2) on
Saturday 25 November 2023 for the firmware upgrade of the HKEX backbone network. The session simulates
the failover of OTP-C, OTP-CSC, OMD-C and OMD-CC to the backup site.

## Decisions

- We will take part with the OTP-C and OMD-C lines; OTP-CSC and OMD-CC are not used by us.
- IT to send the intention form to hsservicedesk@hkex.com.hk before 24 Nov 2023.
- The service desk hotline is (852) 2211 6080.

## Actions

| Owner | Action | Due |
|-------|--------|-----|
| Lee Mei Ling | Fill in Appendix A and send it | 22/11/2023 |
| Chan Tai Wing | Arrange weekend staff | 23/11/2023 |
| Lee Mei Ling | Send Appendix B after the session | 27/11/2023 |
"""
    pandoc(tmp("note.md", md), "markdown", "pandoc/meeting-note-ps2.docx")


# ------------------------------------------------------------------------------------------ AbiWord
def abiword(html, file):
    src = tmp(os.path.basename(file).replace(".docx", ".html"), html)
    dst = out(file)
    subprocess.run(["abiword", f"--to=docx", f"--to-name={dst}", src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def html_doc(title, body):
    return (f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>{title}</title>"
            f"</head><body><h2>{title}</h2><p>Ref. No.: {REF}</p>{body}</body></html>")


def table(rows):
    return "<table border='1'>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"


def abiword_yautong():
    f = "abiword/intention-x-against-box-yautong.docx"
    r = raw(f)
    body = table([("Company Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
                  ("Tel. No.", r["phone"]), ("E-mail", r["email"])])
    body += "<p>Participation (put X in the box):</p>"
    body += table([(r["participate"]["will"], "We will participate in PS2 using HSN"),
                   (r["participate"]["will_not"], "We will not participate in PS2 using HSN")])
    body += "<p>Services to be verified:</p>" + table([(r["ticks"][s], svc_label(s)) for s in SVC])
    body += "<p></p>" + table([("Name of Authorised Signatory", r["signatory"]), ("Date", r["signed"])])
    abiword(html_doc(IT, body), f)


def abiword_lamtin():
    f = "abiword/result-paragraphs-heavycheck-lamtin.docx"
    r = raw(f)
    body = "".join(f"<p>{a}: {b}</p>" for a, b in [
        ("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
        ("Telephone", r["phone"]), ("Email", r["email"]), ("Practice Session Date", r["session"])])
    cols = ["successful", "unsuccessful", "not_tested"]
    rows = [("Service", "Successful", "Unsuccessful", "Not tested")]
    rows += [(svc_label(s),) + tuple("✔" if r["grid"][s] == c else "" for c in cols) for s in SVC]
    body += table(rows)
    body += "".join(f"<p>{a}: {b}</p>" for a, b in [
        ("Issues Encountered", r["issues"]), ("Name of Authorised Signatory", r["signatory"]), ("Date", r["signed"])])
    abiword(html_doc(RT, body), f)


def abiword_tiukengleng():
    f = "abiword/intention-bad-email-tiukengleng.docx"
    r = raw(f)
    body = table([("Subscriber Name", r["name"]), ("HSN Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
                  ("Telephone", r["phone"]), ("Email", r["email"]),
                  ("Will you participate in PS2 using HSN?", r["participate"])])
    body += "<p>Services to be verified:</p>" + table([(svc_label(s), r["ticks"][s]) for s in SVC])
    body += "<p></p>" + table([("Name of Authorised Signatory", r["signatory"]), ("Date", r["signed"])])
    abiword(html_doc(IT, body), f)


def abiword_taihang():
    f = "abiword/intention-struck-will-not-taihang.docx"
    r = raw(f)
    body = "".join(f"<p>{a}: {b}</p>" for a, b in [
        ("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
        ("Telephone", r["phone"]), ("Email", r["email"])])
    body += "<p>We will / <s>will not</s> participate in PS2 using HSN</p><p>Services to be verified:</p>"
    body += "".join(f"<p>{r['ticks'][s]} {svc_label(s)}</p>" for s in SVC)
    body += f"<p>Name of Authorised Signatory: {r['signatory']}</p><p>Date: {r['signed']}</p>"
    abiword(html_doc(IT, body), f)


# ------------------------------------------------------------------------------------------ Gnumeric
def ssconvert(src, file, extra=()):
    subprocess.run(["ssconvert", *extra, src, out(file)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def csv_line(*cells):
    return ",".join('"' + c.replace('"', '""') + '"' if ("," in c or '"' in c) else c for c in cells)


def gnumeric_hanghau_csv():
    r = raw("gnumeric/intention-csv-yes-no-hanghau.xlsx")
    lines = [csv_line(IT), csv_line("Ref. No.", REF), "", csv_line("Subscriber Name", r["name"]),
             csv_line("HSN Subscriber ID", r["id"]), csv_line("Contact Person", r["contact"]),
             csv_line("Telephone", r["phone"]), csv_line("Email", r["email"]), csv_line("Participation", r["participate"]),
             "", csv_line("Services to be verified", "Yes/No")]
    lines += [csv_line(svc_label(s), r["svc"][s]) for s in SVC]
    lines += ["", csv_line("Name of Authorised Signatory", r["signatory"]), csv_line("Date", r["signed"])]
    return tmp("hanghau.csv", "\n".join(lines) + "\n")


def gnumeric_hanghau():
    ssconvert(gnumeric_hanghau_csv(), "gnumeric/intention-csv-yes-no-hanghau.xlsx")


def gnumeric_polam():
    f = "gnumeric/result-html-words-polam.xlsx"
    r = raw(f)
    rows = [("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
            ("Telephone", r["phone"]), ("Email", r["email"]), ("Practice Session Date", r["session"]),
            ("", ""), ("Service", "Result")]
    rows += [(svc_label(s), r["words"][s]) for s in SVC]
    rows += [("", ""), ("Remarks", r["issues"]), ("Name of Authorised Signatory", r["signatory"]), ("Date", r["signed"])]
    h = (f"<html><head><meta charset='utf-8'></head><body><table><tr><td>{RT}</td></tr><tr><td>Ref. No.</td><td>{REF}</td></tr>"
         + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table></body></html>")
    ssconvert(tmp("polam.html", h), f, ["--import-type=Gnumeric_html:html"])


def gnumeric_shekkipmei():
    f = "gnumeric/intention-booleans-bad-id-shekkipmei.xlsx"
    r = raw(f)
    lines = [csv_line(IT), csv_line("Ref. No.", REF), csv_line("Subscriber Name", r["name"]),
             csv_line("Subscriber ID", r["id"]), csv_line("Contact Person", r["contact"]),
             csv_line("Telephone", r["phone"]), csv_line("Email", r["email"]),
             csv_line("We will participate in PS2 using HSN", r["participate"]), csv_line("Services to be verified")]
    lines += [csv_line(svc_label(s), r["svc"][s]) for s in SVC]
    lines += [csv_line("Name of Authorised Signatory", r["signatory"]), csv_line("Date", r["signed"])]
    ssconvert(tmp("skm.csv", "\n".join(lines) + "\n"), f)


def gnumeric_tiuwan():
    f = "gnumeric/result-csv-no-name-yes-cells-tiuwan.xlsx"
    r = raw(f)
    cols = ["successful", "unsuccessful", "not_tested"]
    lines = [csv_line(RT), csv_line("Ref. No.", REF), csv_line("Subscriber Name", r["name"]),
             csv_line("Subscriber ID", r["id"]), csv_line("Contact Person", r["contact"]),
             csv_line("Telephone", r["phone"]), csv_line("Email", r["email"]),
             csv_line("Practice Session Date", r["session"]), "",
             csv_line("Service", "Successful", "Unsuccessful", "Not tested")]
    lines += [csv_line(svc_label(s), *["X" if r["grid"][s] == c else "" for c in cols]) for s in SVC]
    lines += ["", csv_line("Name of Authorised Signatory", r["signatory"]), csv_line("Date", r["signed"])]
    ssconvert(tmp("tiuwan.csv", "\n".join(lines) + "\n"), f)


def gnumeric_native_named_xlsx():
    src = gnumeric_hanghau_csv()
    dst = os.path.join(WORK, "hanghau.gnumeric")
    subprocess.run(["ssconvert", src, dst], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(dst, out("bad/gnumeric-native-named.xlsx"))


# ------------------------------------------------------------------------------------------ python-docx
def python_docx():
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def new(title):
        doc = docx.Document()
        doc.add_heading(title, level=1)
        doc.add_paragraph(f"Ref. No.: {REF}")
        return doc

    def kv_table(doc, rows):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in rows:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = a, b
        return t

    # Lai King: Chinese + English labels, ☑ column, '☑ Yes    ☐ No'
    f = "python-docx/intention-ballot-check-laiking.docx"
    r = raw(f)
    doc = new(IT)
    kv_table(doc, [("公司名稱 Subscriber Name", r["name"]), ("用戶編號 HSN Subscriber ID", r["id"]),
                   ("聯絡人 Contact Person", r["contact"]), ("電話 Telephone", r["phone"]), ("電郵 Email", r["email"]),
                   ("參與 Participation", r["participate"])])
    doc.add_paragraph("Services to be verified:")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Service", "Tick"
    for s in SVC:
        c = t.add_row().cells
        c[0].text, c[1].text = svc_label(s), r["ticks"][s]
    doc.add_paragraph()
    kv_table(doc, [("授權人姓名 Name of Authorised Signatory", r["signatory"]), ("日期 Date", r["signed"])])
    doc.save(out(f))

    # Kwai Fong: ✓ grid, date picker control for the signature date
    f = "python-docx/result-tick-grid-date-control-kwaifong.docx"
    r = raw(f)
    doc = new(RT)
    kv_table(doc, [("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
                   ("Telephone", r["phone"]), ("Email", r["email"]), ("Practice Session Date", r["session"])])
    doc.add_paragraph("Results:")
    cols = ["successful", "unsuccessful", "not_tested"]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Service", "Successful", "Unsuccessful", "Not tested"]):
        t.rows[0].cells[i].text = h
    for s in SVC:
        c = t.add_row().cells
        c[0].text = svc_label(s)
        for i, col in enumerate(cols):
            c[i + 1].text = "✓" if r["grid"][s] == col else ""
    doc.add_paragraph("Issues Encountered:")
    doc.add_paragraph(r["issues"])
    t = kv_table(doc, [("Name of Authorised Signatory", r["signatory"]), ("Date", "")])
    cell = t.rows[1].cells[1]
    p = cell.paragraphs[0]._p
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias"); alias.set(qn("w:val"), "Date"); pr.append(alias)
    tag = OxmlElement("w:tag"); tag.set(qn("w:val"), "SignDate"); pr.append(tag)
    date = OxmlElement("w:date"); date.set(qn("w:fullDate"), "2023-11-27T00:00:00Z")
    for name, val in [("w:dateFormat", "dd/MM/yyyy"), ("w:lid", "en-HK"), ("w:storeMappedDataAs", "dateTime"),
                      ("w:calendar", "gregorian")]:
        e = OxmlElement(name); e.set(qn("w:val"), val); date.append(e)
    pr.append(date)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r"); text = OxmlElement("w:t"); text.text = r["signed"]; run.append(text)
    content.append(run)
    sdt.append(content)
    p.append(sdt)
    doc.save(out(f))

    # So Kwun Wat: one-column table, 'Label: value' in each cell, abbreviations, services on one line
    f = "python-docx/intention-same-paragraph-abbrev-sokwunwat.docx"
    r = raw(f)
    doc = new(IT)
    t = doc.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    for line in [f"Co. Name: {r['name']}", f"HSN Subscriber ID - {r['id']}", f"Contact: {r['contact']}",
                 f"Tel.: {r['phone']}", f"E-mail: {r['email']}", f"Participation: {r['participate']}",
                 f"Services to be verified: {r['line']}", f"Auth. Signatory: {r['signatory']}", f"Date: {r['signed']}"]:
        t.add_row().cells[0].text = line
    doc.save(out(f))

    # Tai Lam: x in the tick column, telephone empty
    f = "python-docx/intention-missing-phone-tailam.docx"
    r = raw(f)
    doc = new(IT)
    kv_table(doc, [("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
                   ("Telephone", r["phone"]), ("Email", r["email"]), ("Participation", r["participate"])])
    doc.add_paragraph("Services to be verified (mark with x):")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for s in SVC:
        c = t.add_row().cells
        c[0].text, c[1].text = r["ticks"][s], svc_label(s)
    doc.add_paragraph()
    kv_table(doc, [("Name of Authorised Signatory", r["signatory"]), ("Date", r["signed"])])
    doc.save(out(f))

    # Siu Lek Yuen: 'Label' <w:br/> value in one cell, two fields per row, ☒/☐ grid
    f = "python-docx/result-label-break-value-siulekyuen.docx"
    r = raw(f)
    doc = new(RT)
    pairs = [("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
             ("Telephone", r["phone"]), ("Email", r["email"]), ("Practice Session Date", r["session"])]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for i in range(0, len(pairs), 2):
        cells = t.add_row().cells
        for cell, (a, b) in zip(cells, pairs[i:i + 2]):
            p = cell.paragraphs[0]
            p.add_run(a).bold = True
            run = p.add_run()
            run.add_break()
            run.add_text(b)
    doc.add_paragraph("Results:")
    cols = ["successful", "unsuccessful", "not_tested"]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Service", "Successful", "Unsuccessful", "Not tested"]):
        t.rows[0].cells[i].text = h
    for s in SVC:
        c = t.add_row().cells
        c[0].text = svc_label(s)
        for i, col in enumerate(cols):
            c[i + 1].text = "☒" if r["grid"][s] == col else "☐"
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    cells = t.add_row().cells
    for cell, (a, b) in zip(cells, [("Issues Encountered", r["issues"]), ("Name of Authorised Signatory", r["signatory"])]):
        p = cell.paragraphs[0]
        p.add_run(a).bold = True
        run = p.add_run()
        run.add_break()
        run.add_text(b)
    cells = t.add_row().cells
    p = cells[0].paragraphs[0]
    p.add_run("Date").bold = True
    run = p.add_run()
    run.add_break()
    run.add_text(r["signed"])
    doc.save(out(f))

    # Ping Shan: struck result words
    f = "python-docx/result-struck-words-pingshan.docx"
    r = raw(f)
    doc = new(RT)
    kv_table(doc, [("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
                   ("Telephone", r["phone"]), ("Email", r["email"]), ("Practice Session Date", r["session"])])
    doc.add_paragraph("Results (delete where inapplicable):")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Service", "Result"
    for s in SVC:
        c = t.add_row().cells
        c[0].text = svc_label(s)
        p = c[1].paragraphs[0]
        words = ["Successful", "Unsuccessful", "Not tested"]
        for i, w in enumerate(words):
            run = p.add_run(w)
            run.font.strike = w != r["keep"][s]
            if i < 2:
                p.add_run(" / ")
    doc.add_paragraph()
    kv_table(doc, [("Name of Authorised Signatory", r["signatory"]), ("Date", r["signed"])])
    doc.save(out(f))


# ------------------------------------------------------------------------------------------ openpyxl
def openpyxl_files():
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    def base(title, rows):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Form"
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(["Ref. No.", REF])
        for row in rows:
            ws.append(list(row))
        ws.column_dimensions["A"].width = 48
        ws.column_dimensions["B"].width = 36
        return wb, ws

    def date_cells(ws, fmt):
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, dt.datetime):
                    c.number_format = fmt

    f = "openpyxl/intention-booleans-kamtin.xlsx"
    r = raw(f)
    wb, ws = base(IT, [("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
                       ("Telephone", r["phone"]), ("Email", r["email"]),
                       ("We will participate in PS2 using HSN", r["participate"]), ("Services to be verified", None)]
                + [(svc_label(s), r["svc"][s]) for s in SVC]
                + [("Name of Authorised Signatory", r["signatory"]), ("Date", d(r["signed"]))])
    date_cells(ws, "dd/mm/yyyy")
    wb.save(out(f))

    f = "openpyxl/result-1904-words-shataukok.xlsx"
    r = raw(f)
    wb, ws = base(RT, [("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
                       ("Telephone", r["phone"]), ("Email", r["email"]), ("Practice Session Date", d(r["session"])),
                       (None, None), ("Service", "Result")]
                + [(svc_label(s), r["words"][s]) for s in SVC]
                + [(None, None), ("Name of Authorised Signatory", r["signatory"]), ("Date", d(r["signed"]))])
    wb.epoch = CALENDAR_MAC_1904
    date_cells(ws, "d mmm yyyy")
    wb.save(out(f))
    # a truncated copy: the first 60 % of the bytes, no central directory
    data = open(out(f), "rb").read()
    with open(out("bad/result-truncated.xlsx"), "wb") as fh:
        fh.write(data[: len(data) * 6 // 10])

    f = "openpyxl/intention-one-cell-bilingual-taio.xlsx"
    r = raw(f)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Appendix A"
    ws.append([IT])
    ws.append([f"編號 Ref. No.：{REF}"])
    for a, b in [("公司名稱 Company Name", r["name"]), ("用戶編號 Subscriber ID", r["id"]),
                 ("聯絡人 Contact Person", r["contact"]), ("電話 Telephone", r["phone"]), ("電郵 Email", r["email"]),
                 ("參與 Participation", r["participate"])]:
        ws.append([f"{a}：{b}"])
    ws.append(["Services to be verified (✓)"])
    for s in SVC:
        ws.append([svc_label(s), r["ticks"][s] or None])
    ws.append([f"授權人姓名 Name of Authorised Signatory：{r['signatory']}"])
    ws.append([f"日期 Date：{r['signed']}"])
    ws.column_dimensions["A"].width = 70
    wb.save(out(f))

    f = "openpyxl/result-bad-id-missing-email-laufaushan.xlsx"
    r = raw(f)
    cols = ["successful", "unsuccessful", "not_tested"]
    wb, ws = base(RT, [("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
                       ("Telephone", r["phone"]), ("Email", r["email"] or None), ("Practice Session Date", r["session"]),
                       (None,), ("Service", "Successful", "Unsuccessful", "Not tested")]
                + [(svc_label(s),) + tuple("X" if r["grid"][s] == c else None for c in cols) for s in SVC]
                + [(None,), ("Name of Authorised Signatory", r["signatory"]), ("Date", r["signed"])])
    wb.save(out(f))

    f = "openpyxl/result-lowercase-words-hyperlink-taikoktsui.xlsx"
    r = raw(f)
    wb, ws = base(RT, [("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
                       ("Telephone", r["phone"]), ("Email", r["email"]), ("Practice Session Date", r["session"]),
                       (None, None), ("Service", "Result")]
                + [(s, r["words"][s]) for s in SVC]
                + [(None, None), ("Issues Encountered", r["issues"]), ("Name of Authorised Signatory", r["signatory"]),
                   ("Date", r["signed"])])
    ws["B7"].hyperlink = "mailto:" + r["email"]
    ws["B7"].style = "Hyperlink"
    wb.save(out(f))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Call tree"
    ws.append(["PS2 call tree – HKEX circular HDS/23/1109 – Saturday 25 Nov 2023"])
    ws.append(["Name", "Role", "Mobile", "Email"])
    for row in [("Chan Tai Wing", "Operations lead", "9123 4567", "taiwing.chan@example-broker.hk"),
                ("Lee Mei Ling", "IT infrastructure", "9234 5678", "meiling.lee@example-broker.hk"),
                ("Ho Ka Fai", "Network", "9345 6789", "kafai.ho@example-broker.hk"),
                ("Wong Sze Man", "Dealing desk", "9456 7890", "szeman.wong@example-broker.hk"),
                ("Yip Chun Kit", "Market data", "9567 8901", "chunkit.yip@example-broker.hk"),
                ("Lam Wai Yee", "Compliance", "9678 9012", "waiyee.lam@example-broker.hk")]:
        ws.append(list(row))
    wb.save(out("bad/call-tree-openpyxl.xlsx"))


# ------------------------------------------------------------------------------------------ XlsxWriter
def xlsxwriter_files():
    import xlsxwriter

    f = "xlsxwriter/intention-value-below-kowloonbay.xlsx"
    r = raw(f)
    wb = xlsxwriter.Workbook(out(f))
    ws = wb.add_worksheet("Intention")
    wrap = wb.add_format({"text_wrap": True, "bold": True, "valign": "top", "border": 1})
    cell = wb.add_format({"border": 1})
    datef = wb.add_format({"num_format": "d mmm yyyy", "border": 1, "align": "left"})
    ws.merge_range("A1:F1", IT, wb.add_format({"bold": True, "font_size": 13}))
    ws.write("A2", f"Ref. No.: {REF}")
    labels = [("公司名稱\nCompany Name", r["name"]), ("用戶編號\nSubscriber ID", r["id"]), ("聯絡人\nContact Person", r["contact"]),
              ("電話\nTelephone", r["phone"]), ("電郵\nEmail", r["email"]), ("參與\nParticipation", r["participate"])]
    for i, (a, b) in enumerate(labels):
        ws.write(3, i, a, wrap)
        ws.write(4, i, b, cell)
    ws.write(6, 0, "Services to be verified", wb.add_format({"bold": True}))
    for i, s in enumerate(SVC):
        ws.write(7, i, s, wrap)
        ws.write(8, i, r["ticks"][s], cell)
    ws.write(10, 0, "授權人姓名\nName of Authorised Signatory", wrap)
    ws.write(10, 1, "日期\nDate", wrap)
    ws.write(11, 0, r["signatory"], cell)
    ws.write_datetime(11, 1, d(r["signed"]), datef)
    ws.set_column(0, 5, 26)
    ws.set_row(3, 32)
    ws.set_row(10, 32)
    wb.close()

    f = "xlsxwriter/result-1904-rich-labels-sanpokong.xlsx"
    r = raw(f)
    wb = xlsxwriter.Workbook(out(f), {"date_1904": True})
    ws = wb.add_worksheet("Result")
    bold = wb.add_format({"bold": True})
    grey = wb.add_format({"font_color": "#808080"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "align": "left"})
    ws.write("A1", RT, wb.add_format({"bold": True, "font_size": 13}))
    ws.write_rich_string("A2", bold, "Ref. No. ", grey, "編號")
    ws.write("B2", REF)
    rows = [("Subscriber Name ", "公司名稱", r["name"]), ("Subscriber ID ", "用戶編號", r["id"]),
            ("Contact Person ", "聯絡人", r["contact"]), ("Telephone ", "電話", r["phone"]), ("Email ", "電郵", r["email"])]
    row = 2
    for en, zh, v in rows:
        ws.write_rich_string(row, 0, bold, en, grey, zh)
        ws.write(row, 1, v)
        row += 1
    ws.write_rich_string(row, 0, bold, "Practice Session Date ", grey, "演習日期")
    ws.write_datetime(row, 1, d(r["session"]), datef)
    row += 2
    ws.write_rich_string(row, 0, bold, "Service ", grey, "服務")
    ws.write_rich_string(row, 1, bold, "Result ", grey, "結果")
    row += 1
    for s in SVC:
        ws.write(row, 0, svc_label(s))
        ws.write(row, 1, r["words"][s])
        row += 1
    row += 1
    ws.write_rich_string(row, 0, bold, "Issues Encountered ", grey, "備註")
    ws.write(row, 1, r["issues"])
    row += 1
    ws.write_rich_string(row, 0, bold, "Name of Authorised Signatory ", grey, "授權人姓名")
    ws.write(row, 1, r["signatory"])
    row += 1
    ws.write_rich_string(row, 0, bold, "Date ", grey, "日期")
    ws.write_datetime(row, 1, d(r["signed"]), datef)
    ws.set_column(0, 0, 50)
    ws.set_column(1, 1, 34)
    wb.close()

    def intention_sheet(wb, r, participate_label="Will you participate in PS2 using HSN?"):
        ws = wb.add_worksheet("Form")
        ws.write("A1", IT, wb.add_format({"bold": True}))
        ws.write("A2", "Ref. No.")
        ws.write("B2", REF)
        rows = [("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
                ("Telephone", r["phone"]), ("Email", r["email"]), (participate_label, r["participate"])]
        for i, (a, b) in enumerate(rows):
            ws.write(3 + i, 0, a)
            ws.write(3 + i, 1, b)
        ws.data_validation(8, 1, 8, 1, {"validate": "list", "source": ["Yes", "No"]})
        ws.write(10, 0, "Services to be verified")
        ws.write(10, 1, "Tick (✓)")
        for i, s in enumerate(SVC):
            ws.write(11 + i, 0, svc_label(s))
            if r.get("ticks", {}).get(s):
                ws.write(11 + i, 1, r["ticks"][s])
        ws.write(16, 0, "Name of Authorised Signatory")
        ws.write(16, 1, r["signatory"])
        ws.write(17, 0, "Date")
        ws.write_string(17, 1, r["signed"])
        ws.set_column(0, 0, 50)
        ws.set_column(1, 1, 34)
        return ws

    f = "xlsxwriter/intention-decline-tszwanshan.xlsx"
    wb = xlsxwriter.Workbook(out(f))
    intention_sheet(wb, raw(f))
    wb.close()

    f = "xlsxwriter/result-x-grid-text-dates-shekho.xlsx"
    r = raw(f)
    wb = xlsxwriter.Workbook(out(f))
    ws = wb.add_worksheet("Appendix B")
    ws.write("A1", RT, wb.add_format({"bold": True}))
    ws.write("A2", "編號 Ref. No.")
    ws.write("B2", REF)
    rows = [("公司名稱 Subscriber Name", r["name"]), ("用戶編號 Subscriber ID", r["id"]),
            ("聯絡人 Contact Person", r["contact"]), ("電話 Telephone", r["phone"]), ("電郵 Email", r["email"]),
            ("演習日期 Practice Session Date", r["session"])]
    for i, (a, b) in enumerate(rows):
        ws.write_string(2 + i, 0, a)
        ws.write_string(2 + i, 1, b)
    for i, h in enumerate(["Service", "Successful", "Unsuccessful", "Not tested"]):
        ws.write(9, i, h)
    marks = {"OTP-C": "X", "OMD-C": "x", "OMD-CC": "X"}
    cols = ["successful", "unsuccessful", "not_tested"]
    for j, s in enumerate(SVC):
        ws.write(10 + j, 0, svc_label(s))
        for i, c in enumerate(cols):
            if r["grid"][s] == c:
                ws.write(10 + j, 1 + i, marks[s])
    ws.write(15, 0, "備註 Issues Encountered")
    ws.write(15, 1, r["issues"], wb.add_format({"text_wrap": True}))
    ws.write(16, 0, "授權人姓名 Name of Authorised Signatory")
    ws.write(16, 1, r["signatory"])
    ws.write(17, 0, "日期 Date")
    ws.write_string(17, 1, r["signed"])
    ws.set_column(0, 0, 50)
    ws.set_column(1, 3, 16)
    wb.close()

    f = "xlsxwriter/intention-text-booleans-datetime-lokmachau.xlsx"
    r = raw(f)
    wb = xlsxwriter.Workbook(out(f))
    ws = wb.add_worksheet("Form")
    text = wb.add_format({"num_format": "@"})
    ws.write("A1", IT, wb.add_format({"bold": True}))
    ws.write("A2", "Ref. No.")
    ws.write("B2", REF)
    rows = [("Subscriber Name", r["name"]), ("Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
            ("Telephone", r["phone"]), ("Email", r["email"]), ("Participate in PS2 using HSN", r["participate"])]
    for i, (a, b) in enumerate(rows):
        ws.write(3 + i, 0, a)
        ws.write_string(3 + i, 1, b, text)
    ws.write(10, 0, "Services to be verified")
    for i, s in enumerate(SVC):
        ws.write(11 + i, 0, svc_label(s))
        ws.write_string(11 + i, 1, r["svc"][s], text)
    ws.write(16, 0, "Name of Authorised Signatory")
    ws.write(16, 1, r["signatory"])
    ws.write(17, 0, "Date")
    ws.write_datetime(17, 1, dt.datetime(*r["signed"]), wb.add_format({"num_format": "dd/mm/yyyy hh:mm", "align": "left"}))
    ws.set_column(0, 0, 50)
    ws.set_column(1, 1, 34)
    wb.close()

    # a filled intention form carrying a VBA project, named .xlsx
    vba = os.path.join(WORK, "vbaProject.bin")
    with open(vba, "wb") as fh:  # an OLE compound-file header and padding: never opened by a reader
        fh.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900") + bytes(488))
    f = out("bad/intention-vba-project.xlsx")
    tmpx = os.path.join(WORK, "vba.xlsm")
    wb = xlsxwriter.Workbook(tmpx)
    r = {"name": "Hang Hau Brokers Limited", "id": "HSN3105", "contact": "Chu Wing Sze", "phone": "+852 2719 3306",
         "email": "wingsze.chu@hanghaubrokers.com", "participate": "Yes", "ticks": {"OTP-C": "✓", "OMD-C": "✓"},
         "signatory": "Chu Tak Wing", "signed": "23/11/2023"}
    intention_sheet(wb, r)
    wb.add_vba_project(vba)
    wb.close()
    shutil.copy(tmpx, f)


if __name__ == "__main__":
    import sys
    only = sys.argv[1:]
    steps = [pandoc_tsimshatsui, pandoc_mongkok, pandoc_kwaichung, pandoc_saikung, pandoc_leiyuemun,
             pandoc_ngautaukok, pandoc_meeting_note, abiword_yautong, abiword_lamtin, abiword_tiukengleng, abiword_taihang,
             gnumeric_hanghau, gnumeric_polam, gnumeric_shekkipmei, gnumeric_tiuwan, gnumeric_native_named_xlsx,
             python_docx, openpyxl_files, xlsxwriter_files]
    for step in steps:
        if not only or step.__name__ in only:
            step()
    shutil.rmtree(WORK)
    print("python/pandoc/abiword/gnumeric generators done")
