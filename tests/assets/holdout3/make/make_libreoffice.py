#!/usr/bin/env python3
"""LibreOffice conversions with sources and export filters the other corpora do not use:
python3 make_libreoffice.py

  .txt  -> .docx  'MS Word 2007 XML'            libreoffice/intention-txt-hengfachuen.docx
  .csv  -> .xlsx  'Calc MS Excel 2007 XML'      libreoffice/result-csv-missing-results-taiwai.xlsx
  .html -> .xlsx  (Calc HTML import)            libreoffice/intention-html-calc-decline-fotan.xlsx
  .html -> .dotx  'MS Word 2007 XML Template'   libreoffice/intention-template-kausaichau.dotx
  .fodt -> .docx  'Office Open XML Text'        libreoffice/intention-ooxml-filter-bad-email-wongchukhang.docx
  .html -> .docx  'MS Word 2007 XML'            bad/circular-notice-hds-23-1109.docx (the seed notice)

Needs soffice (LibreOffice 7.4). Uses its own profile folder so it never touches a running instance.
"""
import html
import json
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.normpath(os.path.join(HERE, "..", ".."))
REPO = os.path.normpath(os.path.join(ASSETS, "..", ".."))
DATA = json.load(open(os.path.join(HERE, "cases.json"), encoding="utf-8"))
SERVICES = DATA["services"]
NAMES = DATA["service_names"]
REF = DATA["ref"]
ITITLE = DATA["intention_title"]
RTITLE = DATA["result_title"]


def raw(file):
    return next(c for c in DATA["cases"] if c["file"] == file)["raw"]


def h(s):
    return html.escape(s, quote=True)


def convert(src, target_file, convert_to, infilter=None):
    out_dir = tempfile.mkdtemp(prefix="h3lo-out-")
    profile = "file://" + os.path.join(tempfile.gettempdir(), "h3lo-profile")
    cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", convert_to, "--outdir", out_dir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    produced = [os.path.join(out_dir, n) for n in os.listdir(out_dir)]
    if len(produced) != 1:
        raise RuntimeError(f"soffice produced {produced} for {src}")
    dest = os.path.join(ASSETS, target_file)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    shutil.move(produced[0], dest)
    shutil.rmtree(out_dir)


def main():
    tmp = tempfile.mkdtemp(prefix="h3lo-src-")

    # ---------------------------------------------------------------- plain text reply -> docx
    f = "holdout3/libreoffice/intention-txt-hengfachuen.docx"
    r = raw(f)
    lines = [ITITLE, f"Ref. No.: {REF}", "",
             f"Subscriber Name: {r['name']}", f"HSN Subscriber ID: {r['id']}", f"Contact Person: {r['contact']}",
             f"Telephone: {r['phone']}", f"Email: {r['email']}", "",
             f"Participation: {r['participate']}", "", "Services to be verified:"]
    lines += [f"  {r['ticks'][s]} {s} - {NAMES[s]}" for s in SERVICES]
    lines += ["", f"Name of Authorised Signatory: {r['signatory']}", f"Date: {r['signed']}", ""]
    src = os.path.join(tmp, "intention-hengfachuen.txt")
    open(src, "w", encoding="utf-8").write("\n".join(lines))
    convert(src, f, "docx:MS Word 2007 XML", "Text (encoded):UTF8,LF,Liberation Mono,en-US")

    # ---------------------------------------------------------------- CSV -> xlsx
    f = "holdout3/libreoffice/result-csv-missing-results-taiwai.xlsx"
    r = raw(f)
    import csv
    src = os.path.join(tmp, "result-taiwai.csv")
    with open(src, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([RTITLE, ""])
        w.writerow(["Ref. No.", REF])
        w.writerow(["Subscriber Name", r["name"]])
        w.writerow(["HSN Subscriber ID", r["id"]])
        w.writerow(["Contact Person", r["contact"]])
        w.writerow(["Telephone", r["phone"]])
        w.writerow(["Email", r["email"]])
        w.writerow(["Practice Session Date", r["session"]])
        w.writerow(["Service", "Result (Successful / Unsuccessful / Not tested)"])
        for s in SERVICES:
            w.writerow([f"{s} - {NAMES[s]}", ""])
        w.writerow(["Issues Encountered", ""])
        w.writerow(["Name of Authorised Signatory", r["signatory"]])
        w.writerow(["Date", r["signed"]])
    convert(src, f, "xlsx:Calc MS Excel 2007 XML", "CSV:44,34,76,1,,1033")

    # ---------------------------------------------------------------- HTML table -> Calc -> xlsx
    f = "holdout3/libreoffice/intention-html-calc-decline-fotan.xlsx"
    r = raw(f)
    tr = lambda a, b="": f"<tr><td>{h(a)}</td><td>{h(b)}</td></tr>"
    body = (f"<table border='1'><tr><td colspan='2'><b>{h(ITITLE)}</b></td></tr>" + tr("Ref. No.", REF)
            + tr("Subscriber Name", r["name"]) + tr("HSN Subscriber ID", r["id"]) + tr("Contact Person", r["contact"])
            + tr("Telephone", r["phone"]) + tr("Email", r["email"])
            + tr("Will you participate in PS2 using HSN?", r["participate"])
            + tr("Services to be verified (tick)")
            + "".join(tr(f"{s} – {NAMES[s]}") for s in SERVICES)
            + tr("Name of Authorised Signatory", r["signatory"]) + tr("Date", r["signed"]) + "</table>")
    src = os.path.join(tmp, "intention-fotan.html")
    open(src, "w", encoding="utf-8").write(f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>")
    convert(src, f, "xlsx:Calc MS Excel 2007 XML", "HTML (StarCalc)")

    # ---------------------------------------------------------------- HTML -> Word template (.dotx)
    f = "holdout3/libreoffice/intention-template-kausaichau.dotx"
    r = raw(f)
    rows = "".join(f"<tr><td><b>{h(a)}</b></td><td>{h(b)}</td></tr>" for a, b in [
        ("Subscriber Name 公司名稱", r["name"]), ("HSN Subscriber ID 用戶編號", r["id"]),
        ("Contact Person 聯絡人", r["contact"]), ("Telephone 電話", r["phone"]), ("Email 電郵", r["email"])])
    svc = "".join(f"<p>{r['ticks'][s]} {h(s)} – {h(NAMES[s])}</p>" for s in SERVICES)
    doc = (f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><p><b>{h(ITITLE)}</b></p>"
           f"<p>Ref. No. 編號: {REF}</p><table border='1'>{rows}</table>"
           "<p>☒ We will participate in PS2 using HSN</p><p>☐ We will not participate in PS2 using HSN</p>"
           f"<p><b>Services to be verified</b></p>{svc}"
           f"<table border='1'><tr><td><b>Name of Authorised Signatory 授權人姓名</b></td><td>{h(r['signatory'])}</td></tr>"
           f"<tr><td><b>Date 日期</b></td><td>{h(r['signed'])}</td></tr></table></body></html>")
    src = os.path.join(tmp, "intention-kausaichau.html")
    open(src, "w", encoding="utf-8").write(doc)
    convert(src, f, "dotx:MS Word 2007 XML Template", "HTML (StarWriter)")

    # ---------------------------------------------------------------- .fodt -> 'Office Open XML Text'
    f = "holdout3/libreoffice/intention-ooxml-filter-bad-email-wongchukhang.docx"
    r = raw(f)

    def cellp(text):
        return f"<table:table-cell office:value-type='string'><text:p>{h(text)}</text:p></table:table-cell>"

    trs = "".join(f"<table:table-row>{cellp(a)}{cellp(b)}</table:table-row>" for a, b in [
        ("Subscriber Name", r["name"]), ("HSN Subscriber ID", r["id"]), ("Contact Person", r["contact"]),
        ("Telephone", r["phone"]), ("Email", r["email"]), ("Will you participate in PS2 using HSN?", r["participate"])])
    svc_rows = "".join(f"<table:table-row>{cellp(s + ' – ' + NAMES[s])}{cellp(r['ticks'][s])}</table:table-row>"
                       for s in SERVICES)
    fodt = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:p>{h(ITITLE)}</text:p>
<text:p>Ref. No.: {REF}</text:p>
<table:table table:name="Details"><table:table-column table:number-columns-repeated="2"/>{trs}</table:table>
<text:p>Services to be verified (mark X)</text:p>
<table:table table:name="Services"><table:table-column table:number-columns-repeated="2"/>{svc_rows}</table:table>
<text:p>Name of Authorised Signatory: {h(r['signatory'])}</text:p>
<text:p>Date: {h(r['signed'])}</text:p>
</office:text></office:body></office:document>"""
    src = os.path.join(tmp, "intention-wongchukhang.fodt")
    open(src, "w", encoding="utf-8").write(fodt)
    convert(src, f, "docx:Office Open XML Text")

    # ---------------------------------------------------------------- the circular itself -> docx
    seed = os.path.join(REPO, "..", "shared", "seed", "notice-HDS-23-1109.txt")
    if not os.path.exists(seed):
        seed = "/work/shared/seed/notice-HDS-23-1109.txt"
    paras = []
    for line in open(seed, encoding="utf-8").read().splitlines():
        s = line.strip()
        if not s or set(s) <= set("-\t "):
            continue
        s = s.replace("**", "").replace("*", "")
        import re
        s = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", s).replace("\\(", "(").replace("\\)", ")")
        paras.append(f"<p>{h(s)}</p>")
    src = os.path.join(tmp, "notice-HDS-23-1109.html")
    open(src, "w", encoding="utf-8").write("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
                                            + "".join(paras) + "</body></html>")
    convert(src, "holdout3/bad/circular-notice-hds-23-1109.docx", "docx:MS Word 2007 XML", "HTML (StarWriter)")
    shutil.rmtree(tmp)
    print("libreoffice conversions done")


if __name__ == "__main__":
    main()
