#!/usr/bin/env python3
"""holdout17 oracle, written by hand from shared/spec/forms.md, cli.md, docs/cli.md, issue 9 s3 and the notice,
before any file existed. Writes ../expected.json (paths relative to tests/assets)."""
import json, os

ALL = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
S, U, N = "successful", "unsuccessful", "not_tested"
REF = "HDS/23/1109"
E = []


def form(file, kind, status, fields, problems, producer, idioms, note):
    f = {"circular_ref": REF}
    f.update({k: v for k, v in fields.items() if v is not None})
    E.append({"file": "holdout17/" + file, "form": kind, "status": status, "fields": f, "problems": problems,
              "producer": producer, "idioms": idioms, "note": note})


def other(file, status, problems, producer, note):
    E.append({"file": "holdout17/" + file, "form": None, "status": status, "fields": {}, "problems": problems,
              "producer": producer, "idioms": [], "note": note})


def who(name, sid, contact, phone, email, signatory=None, date=None):
    return {"subscriber_name": name, "subscriber_id": sid, "contact_name": contact, "contact_phone": phone,
            "contact_email": email, "signatory_name": signatory, "signed_date": date}


# ---------------- Word intention ----------------
form("word/intention-bilingual-ballot-table-kwaichung.docx", "intention", "complete",
     {**who("Kwai Chung Capital Markets Ltd", "HSN0731", "Ho Wing Sze", "+852 3188 2240", "ws.ho@kccm.com.hk",
            "Leung Chi Keung", "2023-11-20"), "participate": True, "services": ["OTP-C", "OMD-C"]},
     [], "python-docx", ["table", "chinese-english-labels", "tick-char-ballot-x"],
     "Bilingual table labels '公司名稱 Company Name' etc.; ☒ We will participate ☐ will not; ☒ OTP-C ☐ OTP-CSC ☒ OMD-C ☐ OMD-CC; date 20/11/2023")
form("word/intention-struck-will-not-fanling.docx", "intention", "complete",
     {**who("Fanling Brokerage Co. Ltd", "HSN0913", "Tse Mei Ling", "2670 1188", "ml.tse@fanlingbrokerage.hk",
            "Tse Kwok Wah", "2023-11-21"), "participate": True, "services": ALL},
     [], "handxml-word2019", ["paragraphs", "struck-choice", "tick-char-ballot-check"],
     "'We will / will not participate' with 'will not' struck (w:strike): participates; ☑ beside all four; '21 November 2023'")
form("word/intention-w14-content-controls-admiralty.docx", "intention", "complete",
     {**who("Admiralty Pacific Securities Limited", "HSN0386", "Chow Ka Yan", "(852) 2529 7001", "ky.chow@admpacific.com",
            "Fung Tak Ming", "2023-11-22"), "participate": True, "services": ["OTP-CSC", "OMD-CC"]},
     [], "handxml-word2019", ["table", "w14-checkbox", "sdt-alias-only", "date-control"],
     "Word 2019 content controls: plain-text controls for the values, w14 check boxes (will participate checked, will not unchecked; OTP-CSC and OMD-CC checked), date picker 2023-11-22 shown as 22/11/2023")
form("word/intention-cover-page-declines-tsimshatsui.docx", "intention", "complete",
     {**who("TST Harbour Investments Ltd", "HSN0158", "Lam Hoi Ching", "2366 0909", "hc.lam@tstharbour.com.hk",
            "Lam Po Shan", "2023-11-23"), "participate": False},
     [], "python-docx", ["paragraphs", "label-colon-value", "cover-page", "yes-no-typed", "participate-false"],
     "Page 1 a covering letter, page break, the form on page 2 as 'Label: value' paragraphs; 'Participation in PS2: No'; services lines left empty")
form("word/intention-simplified-html-missing-contact-huanan.docx", "intention", "incomplete",
     {**who("华南证券（香港）有限公司", "HSN0577", None, "2890 3311", "it@huanan-sec.com.hk", None, "2023-11-22"),
      "participate": True, "services": ["OTP-C", "OTP-CSC"]},
     ["missing:contact_name"], "libreoffice", ["html-source", "chinese-labels-only", "chinese-text-values"],
     "Simplified Chinese labels only (公司名称, 用户编号, 联络人, 电话, 电邮, 参与, 服务, 日期); 联络人 left empty; ☑ 参与 ☐ 不参与; ☑ OTP-C ☑ OTP-CSC; 日期 2023年11月22日")
form("word/intention-both-choices-ticked-yaumatei.docx", "intention", "incomplete",
     {**who("Yau Ma Tei Securities Ltd", "HSN0264", "Kwok Siu Man", "2780 4455", "sm.kwok@ymtsec.com.hk"),
      "services": ["OTP-C"]},
     ["ambiguous:participate"], "handxml-google", ["paragraphs", "tick-char-ballot-x"],
     "Google Docs export: ☒ We will participate AND ☒ We will not participate; ☒ OTP-C only. Participation in doubt; the OTP-C tick is on the file so services stays")
form("word/intention-npm-docx-yes-no-column-tungchung.docx", "intention", "complete",
     {**who("Tung Chung Trading Ltd", "HSN0619", "Siu Wai Lun", "9012 7788", "wl.siu@tctrading.hk",
            "Siu Wai Lun", "2023-11-21"), "participate": True, "services": ["OTP-C", "OMD-C", "OMD-CC"]},
     [], "npm-docx", ["table", "yes-no-typed"],
     "npm docx: 'Will you participate in PS2 using HSN?' YES; service table with a Yes/No column: Yes, No, Yes, Yes; date 'Nov 21, 2023'")

# ---------------- Excel intention ----------------
form("excel/intention-vertical-x-cells-sheungshui.xlsx", "intention", "complete",
     {**who("Sheung Shui Securities Co Ltd", "HSN0455", "Pang Yuk Ying", "2671 5050", "yy.pang@sssec.com.hk",
            "Pang Chi Wai", "2023-11-20"), "participate": True, "services": ["OTP-C", "OMD-CC"]},
     [], "openpyxl", ["value-right", "tick-x-cell", "date-serial"],
     "Label / value columns; X beside 'We will participate'; X beside OTP-C and OMD-CC; date a real Excel date shown dd/mm/yyyy")
form("excel/intention-exceljs-horizontal-booleans-tseungkwano.xlsx", "intention", "complete",
     {**who("Tseung Kwan O Capital Ltd", "HSN0702", "Wong Hiu Tung", "3705 6612", "ht.wong@tkocap.com", None, "2023-11-22"),
      "participate": True, "services": ["OTP-C", "OTP-CSC"]},
     [], "exceljs", ["horizontal-grid", "boolean-cells", "date-as-text"],
     "One header row of labels, one answer row beneath; Participate TRUE; OTP-C TRUE, OTP-CSC TRUE, OMD-C FALSE, OMD-CC FALSE; date '2023-11-22' text")
form("excel/intention-with-blank-appendixB-sheet-lamtin.xlsx", "intention", "complete",
     {**who("Lam Tin Asset Management Ltd", "HSN0580", "Cheung Ming Fai", "2772 0033", "mf.cheung@lamtinam.com.hk",
            "Cheung Ming Fai", "2023-11-22"), "participate": True, "services": ALL},
     [], "openpyxl", ["value-right", "tick-check-cell", "two-forms-one-workbook"],
     "Sheet 'Appendix A' filled (Yes; ✓ all four; '22 Nov 2023'), sheet 'Appendix B' the blank result template carried along: the file answers the intention form")
form("excel/intention-fods-email-no-at-tokwawan.xlsx", "intention", "incomplete",
     {**who("To Kwa Wan Securities Ltd", "HSN0349", "Ip Sau Ling", "2715 8899", None, None, "2023-11-23"),
      "participate": True, "services": ["OMD-C", "OMD-CC"]},
     ["invalid:contact_email"], "libreoffice", ["fods-source", "invalid-email", "yes-no-typed"],
     "E-mail typed 'sl.ip.tkwsec.com.hk' (no @); Participate Y; Y beside OMD-C and OMD-CC, N beside the others; date 23-11-2023")
form("excel/intention-sheetjs-trad-chinese-shamshuipo.xlsx", "intention", "complete",
     {**who("深水埗證券有限公司", "HSN0821", "麥志強", "2386 1122", "cc.mak@sspsec.com.hk", None, "2023-11-21"),
      "participate": True, "services": ["OTP-C", "OTP-CSC"]},
     [], "sheetjs", ["chinese-labels-only", "chinese-text-values", "tick-check-cell", "str-cells"],
     "Traditional Chinese labels only (公司名稱, 用戶編號, 聯絡人, 電話, 電郵, 參與, 日期); 參與 是; ✓ beside OTP-C and OTP-CSC; 日期 2023/11/21")
form("excel/intention-lowercase-id-N-declines-ngauchiwan.xlsx", "intention", "complete",
     {**who("Ngau Chi Wan Brokers Ltd", "HSN0733", "Chu Wing Yee", "2751 6060", "wy.chu@ncwbrokers.com.hk",
            "Chu Wing Yee", "2023-11-23"), "participate": False},
     [], "openpyxl", ["lowercase-id", "yes-no-typed", "participate-false", "no-services"],
     "Id typed 'hsn0733'; 'Participate (Y/N)' N; service cells blank; date 23/11/2023 typed as text")

# ---------------- Word result ----------------
form("word/result-ballot-grid-saiwanho.docx", "result", "complete",
     {**who("Sai Wan Ho Securities Ltd", "HSN0492", "Ng Ka Lok", "2569 4411", "kl.ng@swhsec.com.hk", "Ng Wai Man", "2023-11-27"),
      "session_date": "2023-11-25", "results": {"OTP-C": S, "OTP-CSC": U, "OMD-C": S, "OMD-CC": N},
      "issues": "OTP-CSC gateway could not log on to the backup site after 10:15."},
     [], "python-docx", ["result-tick-table", "tick-char-ballot-x"],
     "Service rows × Successful/Unsuccessful/Not tested with ☒/☐")
form("word/result-highlighted-choice-central.docx", "result", "complete",
     {**who("Central Harbour Finance Ltd", "HSN0105", "Au Yeung Siu Fan", "2840 1234", "sf.auyeung@chfin.com.hk",
            "Lo Man Kit", "2023-11-26"), "session_date": "2023-11-25",
      "results": {"OTP-C": S, "OTP-CSC": S, "OMD-C": S, "OMD-CC": U},
      "issues": "OMD-CC multicast feed not received at the backup site."},
     [], "handxml-word2019", ["highlighted-choice", "table"],
     "Each row prints 'Successful / Unsuccessful / Not tested'; the chosen word is highlighted yellow (w:highlight), the others plain")
form("word/result-wps-struck-unchosen-kowloonbay.docx", "result", "complete",
     {**who("Kowloon Bay Equities Ltd", "HSN0677", "Tam Chi Hang", "2756 3030", "ch.tam@klbequities.com", None, "2023-11-27"),
      "session_date": "2023-11-25", "results": {"OTP-C": S, "OMD-C": U}},
     [], "handxml-wps", ["struck-choice", "table"],
     "WPS-style: rows 'Successful / Unsuccessful / Not tested'; OTP-C and OMD-C have the two unchosen words struck; OTP-CSC and OMD-CC rows left untouched (not verified)")
form("word/result-pages-label-lines-missing-phone-mawan.docx", "result", "incomplete",
     {**who("Ma Wan Securities Ltd", "HSN0938", "Yeung Tsz Ching", None, "tc.yeung@mawansec.com.hk"),
      "session_date": "2023-11-25", "results": {"OTP-C": S, "OTP-CSC": S, "OMD-C": U, "OMD-CC": S}},
     ["missing:contact_phone"], "handxml-pages", ["paragraphs", "label-colon-value", "word-pass", "word-fail"],
     "Pages-style paragraphs 'Label: value'; 'Telephone:' left empty; 'OTP-C: Pass', 'OTP-CSC: Pass', 'OMD-C: Fail', 'OMD-CC: Pass'; session 2023-11-25")
form("word/result-html-service-twice-tinshuiwai.docx", "result", "incomplete",
     {**who("Tin Shui Wai Securities Ltd", "HSN0266", "Lau Kin Wah", "2448 7070", "kw.lau@tswsec.com.hk", None, "2023-11-27"),
      "session_date": "2023-11-25"},
     ["ambiguous:results"], "libreoffice", ["html-source", "result-word"],
     "Service | Result table: OTP-C Successful, OTP-CSC Successful, OMD-C Unsuccessful, then OTP-CSC again Unsuccessful: two results for one service (docs/cli.md ambiguous)")
form("word/result-npm-docx-chinese-words-fotan.docx", "result", "complete",
     {**who("Fo Tan Securities Limited", "HSN0514", "Chan Siu Ming", "2691 8080", "sm.chan@fotansec.com.hk", None, "2023-11-27"),
      "session_date": "2023-11-25", "results": {"OTP-C": S, "OTP-CSC": U, "OMD-C": S, "OMD-CC": N},
      "issues": "OTP-CSC 連線逾時"},
     [], "npm-docx", ["chinese-english-labels", "result-word", "chinese-text-values"],
     "Bilingual labels; results written in Chinese: 成功, 失敗, 成功, 未測試; 演習日期 2023年11月25日; 備註 'OTP-CSC 連線逾時'")
form("word/result-all-na-apleichau.docx", "result", "complete",
     {**who("Ap Lei Chau Investments Ltd", "HSN0871", "Ko Pui Shan", "2873 5566", "ps.ko@alcinv.com.hk", "Ko Pui Shan", "2023-11-27"),
      "results": {c: N for c in ALL}, "issues": "Staff unavailable on 25 Nov; did not take part."},
     [], "python-docx", ["table", "word-na"],
     "Result column 'N/A' for all four; session date left blank")

# ---------------- Excel result ----------------
form("excel/result-vertical-words-serial-taiwai.xlsx", "result", "complete",
     {**who("Tai Wai Securities Ltd", "HSN0623", "Mok Chun Yin", "2605 4433", "cy.mok@taiwaisec.com.hk", "Mok Kwok Leung", "2023-11-27"),
      "session_date": "2023-11-25", "results": {"OTP-C": S, "OTP-CSC": S, "OMD-C": U, "OMD-CC": S}, "issues": "Nil"},
     [], "openpyxl", ["value-right", "result-word", "date-serial"],
     "Label/value column; Successful, Successful, Unsuccessful, Successful; session and signing dates real Excel dates; issues 'Nil' kept")
form("excel/result-exceljs-horizontal-ok-failed-shekkipmei.xlsx", "result", "complete",
     {**who("Shek Kip Mei Capital Ltd", "HSN0308", "Wan Lok Yi", "2777 9191", "ly.wan@skmcap.com", None, "2023-11-26"),
      "session_date": "2023-11-25", "results": {"OTP-C": S, "OTP-CSC": S, "OMD-C": U, "OMD-CC": N}},
     [], "exceljs", ["horizontal-grid", "word-ok", "word-failed", "word-na"],
     "Services across columns, a 'Result' row beneath: OK, OK, Failed, N/A")
form("excel/result-sheetjs-check-grid-missing-email-lokfu.xlsx", "result", "incomplete",
     {**who("Lok Fu Brokerage Ltd", "HSN0446", "Kan Ho Yin", "2338 6262", None, None, None),
      "session_date": "2023-11-25", "results": {"OTP-C": S, "OTP-CSC": S, "OMD-C": S, "OMD-CC": N}},
     ["missing:contact_email"], "sheetjs", ["result-tick-table", "tick-check-cell", "empty-required"],
     "✓ grid Successful/Unsuccessful/Not tested; e-mail cell empty; session '25/11/2023' text")
form("excel/result-fods-short-id-wongchukhang.xlsx", "result", "incomplete",
     {**who("Wong Chuk Hang Securities Ltd", None, "Lee Hoi Yan", "2552 0808", "hy.lee@wchsec.com.hk", None, "2023-11-27"),
      "session_date": "2023-11-25", "results": {c: S for c in ALL}},
     ["invalid:subscriber_id"], "libreoffice", ["fods-source", "invalid-subscriber-id", "word-pass"],
     "Id typed 'HSN655' (three digits); Pass ×4")
form("excel/result-google-sheets-pass-fail-sunnybay.xlsx", "result", "complete",
     {**who("Sunny Bay Trading Co Ltd", "HSN0999", "Hui Ka Wai", "+852 2109 3344", "kw.hui@sunnybaytrading.com", None, None),
      "session_date": "2023-11-25", "results": {"OTP-C": S, "OTP-CSC": S, "OMD-C": S, "OMD-CC": U},
      "issues": "OMD-CC: no data from backup site until 11:02"},
     [], "handxml-google", ["shared-strings", "date-serial", "word-pass", "word-fail"],
     "Hand-written SpreadsheetML in Google Sheets' style; Pass, Pass, Pass, Fail; session date serial 45255")

# ---------------- look-alikes ----------------
form("lookalikes/blank-intention-template.docx", "intention", "incomplete", {},
     ["missing:subscriber_name", "missing:subscriber_id", "missing:contact_name", "missing:contact_phone",
      "missing:contact_email", "missing:participate"], "python-docx", ["template"],
     "The blank Appendix A (pre-printed Ref. No. HDS/23/1109, empty cells, ☐ boxes) mailed back unfilled; holdout14's convention")
other("lookalikes/circular-notice-HDS-23-1109.docx", "unrecognised", ["not_a_form"], "libreoffice",
      "The subscriber notice itself (HTML → docx) sent back, naming the appendices but carrying no form")
other("lookalikes/other-exchange-reply-slip.docx", "unrecognised", ["not_a_form"], "python-docx",
      "Another exchange's BCP-test reply slip: company, contact, tel, e-mail, ☒ will participate")
other("lookalikes/desk-tracker.xlsx", "unrecognised", ["not_a_form"], "openpyxl",
      "A tracker of replies: Subscriber ID, name, intention received, participate, services, result")
other("lookalikes/authorisation-letter.docx", "unrecognised", ["not_a_form"], "npm-docx",
      "A letter naming a new HSN contact person, with subscriber id, phone and e-mail in the prose")
other("lookalikes/hosting-invoice.xlsx", "unrecognised", ["not_a_form"], "exceljs",
      "A hosting invoice: subscriber id, company, rack and line charges")
other("lookalikes/ps2-readiness-checklist.xlsx", "unrecognised", ["not_a_form"], "openpyxl",
      "A subscriber's internal PS2 readiness checklist: step, system, ✓, owner")
other("lookalikes/training-registration.docx", "unrecognised", ["not_a_form"], "handxml-word2019",
      "Registration for a training seminar: company, contact, phone, e-mail, ☒ will attend")

# ---------------- bad ----------------
other("bad/encrypted-intention.docx", "rejected", ["encrypted"], "officecrypto-tool", "A filled intention docx with password hsn17")
other("bad/truncated-result.xlsx", "rejected", ["corrupt"], "python", "A result workbook cut to its first 60% of bytes")
other("bad/word97-renamed.docx", "rejected", ["legacy_format"], "libreoffice", "A Word 97-2003 .doc of the form renamed .docx")
other("bad/macro-result.xlsx", "rejected", ["macro_enabled"], "python", "A result workbook carrying xl/vbaProject.bin and the macroEnabled content type, named .xlsx")

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "expected.json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(E, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(E), "entries")
