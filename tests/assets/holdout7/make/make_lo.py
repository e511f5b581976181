#!/usr/bin/env python3
"""Writes tests/assets/holdout7/libreoffice/: a zh-HK HTML form and a flat ODS with a zh-HK date style, saved by
LibreOffice (soffice --headless --convert-to docx|xlsx). Needs libreoffice-writer-nogui and libreoffice-calc-nogui."""
import os
import shutil
import subprocess
import tempfile
from people import FIRMS, ZH, CODES, INT_TITLE, RES_TITLE, INT_ZH, RES_ZH

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "libreoffice"))
TD = "<td>{}</td>".format


def convert(src, fmt, name, filt=None):
    tmp = tempfile.mkdtemp()
    target = fmt if not filt else f"{fmt}:{filt}"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", target,
                    "--outdir", tmp, src], check=True, capture_output=True)
    os.makedirs(OUT, exist_ok=True)
    made = os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + "." + fmt)
    shutil.copy(made, os.path.join(OUT, name))
    shutil.rmtree(tmp)


def table(rows):
    return '<table border="1" cellpadding="4">' + "".join("<tr>" + "".join(TD(c) for c in r) + "</tr>" for r in rows) + "</table>"


def intention_html(tmp):
    name, sid, contact, phone, email, sig = FIRMS["tinshuiwai2"]
    body = ("<p>編號：HDS/23/1109</p>" +
            table([["公司名稱：", name], ["用戶編號：", sid], ["聯絡人：", contact], ["電話：", phone], ["電郵：", email],
                   ["參與：", "是"]]) + "<p>測試服務：</p>" +
            table([["<b>服務</b>", "<b>系統</b>", "<b>選擇</b>"]] + [[c, ZH[c], "✓" if c in ("OTP-C", "OMD-CC") else ""] for c in CODES]) +
            "<p></p>" + table([["授權人姓名：", sig], ["日期：", "2023年11月23日（星期四）"]]))
    html = ('<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>意向書</title>'
            '<style>body{font-family:"PMingLiU","新細明體",serif}</style></head><body>'
            f'<h3 style="text-align:center">{INT_ZH}</h3><p style="text-align:center">{INT_TITLE}</p>{body}</body></html>')
    p = os.path.join(tmp, "tinshuiwai2.html")
    open(p, "w", encoding="utf-8").write(html)
    convert(p, "docx", "intention-html-zh-hk-chinese-values-tinshuiwai.docx", "MS Word 2007 XML")


def fods_cell(v):
    if v is None:
        return "<table:table-cell/>"
    if isinstance(v, tuple):   # (iso date, shown)
        return (f'<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="{v[0]}" calcext:value-type="date">'
                f"<text:p>{v[1]}</text:p></table:table-cell>")
    return f'<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>{v}</text:p></table:table-cell>'


def result_fods(tmp):
    name, sid, contact, phone, email, sig = FIRMS["lokmachau"]
    rows = [[RES_ZH + " " + RES_TITLE], ["編號 Ref. No.:", "HDS/23/1109"], [], ["公司名稱 Subscriber Name", name],
            ["用戶編號 HSN Subscriber ID", sid], ["聯絡人 Contact Person", contact], ["電話 Telephone", phone], ["電郵 Email", email],
            ["演習日期 Practice Session Date", ("2023-11-25", "2023年11月25日")], [], ["服務 Service", "結果 Result"],
            ["OTP-C", "成功"], ["OTP-CSC", "不成功"], ["OMD-C", "未測試"], ["OMD-CC", "成功"], [],
            ["備註 Issues Encountered", "OTP-CSC 登入後備網關失敗，已聯絡系統供應商。"], ["授權人姓名 Name of Authorised Signatory", sig],
            ["日期 Date", ("2023-11-27", "2023年11月27日")]]
    xml = ('<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3" '
           'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:automatic-styles>'
           '<number:date-style style:name="N84" number:language="zh" number:country="HK"><number:year number:style="long"/>'
           '<number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text>'
           '</number:date-style>'
           '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N84"/>'
           '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="3in"/></style:style>'
           '</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="結果表格">'
           '<table:table-column table:style-name="co1" table:number-columns-repeated="2"/>' +
           "".join("<table:table-row>" + ("".join(fods_cell(v) for v in r) if r else "<table:table-cell/>") + "</table:table-row>"
                   for r in rows) +
           "</table:table></office:spreadsheet></office:body></office:document>")
    p = os.path.join(tmp, "lokmachau.fods")
    open(p, "w", encoding="utf-8").write(xml)
    convert(p, "xlsx", "result-fods-zh-hk-date-style-chinese-words-lokmachau.xlsx", "Calc MS Excel 2007 XML")


if __name__ == "__main__":
    t = tempfile.mkdtemp()
    intention_html(t)
    result_fods(t)
    shutil.rmtree(t)
