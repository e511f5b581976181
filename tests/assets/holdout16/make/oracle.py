#!/usr/bin/env python3
"""Oracle for holdout16, written by hand from shared/spec/forms.md, cli.md, docs/cli.md and issue 9 s3, before any
file existed. Writes ../expected.json (paths relative to tests/assets). Emphasis: how real people write."""
import json, os

ALL = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
REF = "HDS/23/1109"
E = []


def form(file, kind, producer, fields, problems=(), idioms=(), note=""):
    status = "complete" if not problems else "incomplete"
    E.append({"file": "holdout16/" + file, "form": kind, "status": status, "fields": fields,
              "problems": list(problems), "producer": producer, "idioms": list(idioms), "note": note})


def base(name, sid, contact, phone, email, sign=None, date=None, ref=True):
    f = {}
    if ref:
        f["circular_ref"] = REF
    f.update({"subscriber_name": name, "subscriber_id": sid, "contact_name": contact,
              "contact_phone": phone, "contact_email": email})
    if sign:
        f["signatory_name"] = sign
    if date:
        f["signed_date"] = date
    return f


def drop(f, *keys):
    for k in keys:
        f.pop(k)
    return f


# ---------------- intention (12) ----------------
form("word/intention-abbrev-typed-will-all-chaiwan.docx", "intention", "python-docx",
     dict(base("Chai Wan Securities Ltd", "HSN0427", "Lee Ka Ming", "2345 6789", "km.lee@chaiwansec.com.hk",
               "Wong Siu Fung", "2023-11-22"), participate=True, services=ALL),
     idioms=["abbrev-labels", "typed-will-participate", "services-all"],
     note="Labels 'Subscr. Name', 'Subscr. ID', 'Contact Prsn', 'Tel no.', 'E-mail addr', 'Auth. Signatory', 'Dt.'; "
          "participation typed 'We will participate' (no box); services 'All'")
form("excel/intention-participate-Y-allfour-ext-kwuntong.xlsx", "intention", "openpyxl",
     dict(base("Kwun Tong Capital Limited", "HSN1024", "Chan Mei Ling", "+852 2345 6789 ext. 123",
               "ml.chan@ktcap.com.hk", "Ho Wai Kin", "2023-11-22"), participate=True, services=ALL),
     idioms=["participate-Y", "services-all-four", "phone-ext", "date-ordinal-short"],
     note="'Participate: Y'; services cell 'all four'; phone with 'ext. 123'; date '22nd Nov 2023'")
form("word/intention-trad-chinese-fullwidth-only-two-mongkok.docx", "intention", "python-docx",
     dict(base("旺角證券有限公司", "HSN0518", "陳大文", "2388 1234", "dm.chan@mksec.com.hk",
               "李小明", "2023-11-22"), participate=True, services=["OTP-C", "OMD-C"]),
     idioms=["chinese-labels-only-traditional", "fullwidth-colon", "fullwidth-id", "date-chinese-digits",
             "services-only-list"],
     note="Traditional Chinese labels only with full-width colons (公司名稱：…); id typed full-width 'ＨＳＮ０５１８'; "
          "參與 是; 測試服務 'OTP-C & OMD-C only'; 日期 2023年11月22日")
form("excel/intention-simplified-chinese-ticks-shenzhen.xlsx", "intention", "openpyxl",
     dict(base("深港通证券有限公司", "HSN0733", "王小红", "(852) 2811 2233", "xh.wang@szhk-sec.com",
               "张伟", "2023-11-21"), participate=True, services=["OTP-C", "OTP-CSC", "OMD-CC"]),
     idioms=["chinese-labels-only-simplified", "phone-852-parens", "date-chinese-numerals", "tick-check-cell"],
     note="Simplified Chinese labels only (公司名称, 用户编号, 联络人, 电话, 电邮, 参与, 授权人姓名, 日期); 参与 是; "
          "✓ beside OTP-C, OTP-CSC, OMD-CC; date 二零二三年十一月二十一日")
form("word/intention-mixed-zh-en-except-twonumbers-sheungwan.docx", "intention", "libreoffice",
     dict(base("Sheung Wan Brokerage Co. Ltd", "HSN0902", "Tam Chi Keung", "2345 6789 / 9123 4567",
               "ck.tam@swbroker.com.hk", "Tam Chi Keung", "2023-11-23"), participate=True,
          services=["OTP-C", "OTP-CSC", "OMD-C"]),
     idioms=["chinese-english-labels", "services-except", "phone-two-numbers", "html-source"],
     note="Mixed labels '公司名稱 Company Name' etc.; participation ☒ We will participate 會參與; services "
          "'everything except OMD-CC'; phone '2345 6789 / 9123 4567' kept as written")
form("word/intention-decline-template-ticks-left-tsuenwan.docx", "intention", "python-docx",
     dict(base("Tsuen Wan Investment Ltd", "HSN1350", "Ng Pui Shan", "2490 1188", "ps.ng@twinvest.com.hk",
               "Ng Pui Shan", "2023-11-20"), participate=False, services=ALL),
     idioms=["participate-false", "decline-services-ticked", "tick-char-ballot-x"],
     note="☒ We will not participate; the four service boxes left ☒ from the template. participate false, "
          "services as ticked (complete: services only required when participating)")
form("excel/intention-fullwidth-digits-phone-date-yuenlong.xlsx", "intention", "openpyxl",
     dict(base("Yuen Long Futures & Securities Ltd", "HSN0644", "Lau Kwok Wai", "2478 5566",
               "kw.lau@ylfs.com.hk", "Lau Kwok Wai", "2023-11-23"), participate=True, services=["OTP-C", "OMD-C"]),
     idioms=["fullwidth-digits", "lowercase-id", "tick-check-cell"],
     note="Phone '２４７８ ５５６６' and date '２３/１１/２０２３' typed in full-width digits (folded to ASCII); id 'hsn0644'")
form("word/intention-typos-missing-phone-taikoo.docx", "intention", "python-docx",
     drop(dict(base("Taikoo Shing Securites Ltd", "HSN0277", "Cheung Wing Yan", "x", "wy.cheung@tkssec.com.hk",
                    None, "2023-11-21"), participate=True, services=["OTP-C", "OMD-C"]), "contact_phone"),
     problems=["missing:contact_phone"], idioms=["abbrev-labels", "empty-required", "services-typed-list"],
     note="'Contact Prsn', 'Tel no.' left blank; company name misspelt 'Securites' (kept as written); services typed 'OTP-C, OMD-C'")
form("excel/intention-yes-no-services-blank-aberdeen.xlsx", "intention", "openpyxl",
     dict(base("Aberdeen Harbour Trading Ltd", "HSN1188", "Fung Hoi Man", "2555 0123", "hm.fung@aberdeenht.com.hk",
               "Fung Hoi Man", "2023-11-24"), participate=True),
     problems=["missing:services"], idioms=["yes-no-typed", "no-services"],
     note="'Will you participate? Yes'; the service cells all blank")
form("word/intention-html-weekday-date-tinhau.docx", "intention", "libreoffice",
     dict(base("Tin Hau Securities Company Limited", "HSN0815", "Yip Sze Wan", "+852 3102 8899",
               "sw.yip@tinhausec.com", "Kwok Man Chun", "2023-11-22"), participate=True, services=["OTP-CSC", "OMD-CC"]),
     idioms=["html-source", "yes-no-cells", "date-weekday"],
     note="Services table with a Y/N column: N, Y, N, Y; participation 'Y'; date 'Wed, 22 Nov 2023'")
form("word/intention-email-comma-typo-northpoint.docx", "intention", "python-docx",
     dict(drop(base("North Point Harbour Finance Ltd", "HSN0390", "Kwong Pak Sing", "2561 3300",
                    "x", "Kwong Pak Sing", "2023-11-22"), "contact_email"), participate=True, services=ALL),
     problems=["invalid:contact_email"], idioms=["invalid-email", "tick-char-ballot-x"],
     note="E-mail typed 'ps.kwong@nphf,com.hk' (comma for dot): invalid; ☒ all four")
form("excel/intention-yes-sentence-codes-one-cell-laichikok.xlsx", "intention", "openpyxl",
     dict(base("Lai Chi Kok Asset Management Ltd", "HSN2041", "Mak Tsz Ho", "2742 6611", "th.mak@lckam.com.hk",
               "Mak Tsz Ho", "2023-11-21"), participate=True, services=["OTP-C", "OTP-CSC"]),
     idioms=["yes-sentence", "services-one-cell"],
     note="Participation cell 'Yes, we will participate'; services typed 'OTP-C, OTP-CSC' in one cell")

# ---------------- result (16) ----------------
S, U, N = "successful", "unsuccessful", "not_tested"
form("word/result-prose-one-cell-causewaybay.docx", "result", "python-docx",
     dict(base("Causeway Bay Securities Ltd", "HSN0427", "Lee Ka Ming", "2345 6789", "km.lee@cbsec.com.hk",
               "Wong Siu Fung", "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": S, "OTP-CSC": U, "OMD-C": S, "OMD-CC": N},
          issues="OTP-CSC login rejected after failover; ticket raised with our vendor."),
     idioms=["results-prose"], note="One cell: 'OTP-C and OMD-C passed, OTP-CSC failed, OMD-CC not tested'")
form("excel/result-check-cross-column-wanchai.xlsx", "result", "openpyxl",
     dict(base("Wan Chai Brokers Limited", "HSN0561", "So Wing Kei", "2877 4400", "wk.so@wcbrokers.com.hk",
               "So Wing Kei", "2023-11-26"), session_date="2023-11-25",
          results={"OTP-C": S, "OTP-CSC": U, "OMD-C": S, "OMD-CC": S}),
     idioms=["results-check-cross"],
     note="One column headed 'Result (✓ = pass / ✗ = fail)': ✓ ✗ ✓ ✓. ✗ under that header means failed")
form("excel/result-colour-only-fortress.xlsx", "result", "openpyxl",
     dict(base("Fortress Hill Securities Ltd", "HSN0707", "Chow Ka Yan", "2570 9911", "ky.chow@fhsec.com.hk",
               "Chow Ka Yan", "2023-11-27"), session_date="2023-11-25"),
     problems=["missing:results"], idioms=["results-colour-only"],
     note="Result cells filled green/red with no text: colour alone is no tick and no word, so no result")
form("word/result-pass-fail-both-ticked-hunghom.docx", "result", "python-docx",
     dict(base("Hung Hom Capital Ltd", "HSN1422", "Leung Chi Ho", "2365 7788", "ch.leung@hhcap.com.hk",
               "Leung Chi Ho", "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": S, "OTP-CSC": S, "OMD-CC": U}),
     problems=["ambiguous:results"], idioms=["result-tick-table", "both-ticked", "tick-char-ballot-x"],
     note="Pass / Fail / Not tested grid with ☒; OMD-C ticked under both Pass and Fail (issue 9 s3)")
form("excel/result-verified-no-result-kennedytown.xlsx", "result", "openpyxl",
     dict(base("Kennedy Town Finance Ltd", "HSN0950", "Pang Lok Yi", "2817 3030", "ly.pang@ktfin.com.hk",
               "Pang Lok Yi", "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": S, "OMD-C": S}),
     problems=["missing:results"], idioms=["verified-column", "verified-no-result"],
     note="Columns Verified (Y/N) | Result: OTP-CSC verified Y but result blank (missing:results, issue 9); OMD-CC N")
form("word/result-all-successful-nil-stanley.docx", "result", "python-docx",
     dict(base("Stanley Securities Co Ltd", "HSN0318", "Tse Man Yee", "2813 0022", "my.tse@stanleysec.com.hk",
               "Tse Man Yee", "2023-11-25"), session_date="2023-11-25",
          results={c: S for c in ALL}, issues="Nil"),
     idioms=["results-all-successful", "issues-nil"], note="'Result: All services successful'; issues 'Nil'")
form("excel/result-only-participated-typos-shatin.xlsx", "result", "openpyxl",
     dict(base("Sha Tin Equities Ltd", "HSN1733", "Lam Hiu Tung", "2691 4455", "ht.lam@stequities.com.hk",
               "Lam Hiu Tung", "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": S, "OMD-C": S}, issues="N/A"),
     idioms=["results-subset-rows", "word-typo"], note="Only rows OTP-C 'Sucessful' and OMD-C 'Succesful'; issues 'N/A'")
form("word/result-long-issues-bullets-quarrybay.docx", "result", "python-docx",
     dict(base("Quarry Bay Investment Services Ltd", "HSN0264", "Yeung Ka Chun", "2562 1199",
               "kc.yeung@qbis.com.hk", "Yeung Ka Chun", "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": S, "OTP-CSC": U, "OMD-C": S, "OMD-CC": N},
          issues="During the session we observed the following: OTP-CSC gateway did not reconnect to the backup "
                 "site for 12 minutes. OMD-C recovery feed had a gap of 3 seconds at 10:02. We did not test OMD-CC "
                 "because the line was down for maintenance. Please advise whether a retest is possible."),
     idioms=["issues-multi-paragraph", "issues-bullets", "word-fail-ed", "word-ok-bang"],
     note="Results 'Pass', 'Fail(ed)', 'OK!', 'Not tested'; issues cell: intro paragraph, three List Bullet paragraphs, "
          "closing paragraph (joined with single spaces)")
form("excel/result-casual-words-none-tuenmun.xlsx", "result", "openpyxl",
     dict(base("Tuen Mun Securities Ltd", "HSN1875", "Siu Ka Wai", "2450 2211", "kw.siu@tmsec.com.hk",
               "Siu Ka Wai", "2023-11-26"), session_date="2023-11-25",
          results={"OTP-C": S, "OTP-CSC": S, "OMD-C": S, "OMD-CC": N}, issues="none"),
     idioms=["word-pass-tick", "word-ok-bang", "word-done", "word-not-tested-reason"],
     note="'pass ✓', 'OK!', 'done - no issue', 'not tested - staff shortage'; issues 'none'")
form("word/result-trad-chinese-labels-wongtaisin.docx", "result", "python-docx",
     dict(base("黃大仙證券有限公司", "HSN0588", "何家欣", "2326 8800", "ky.ho@wtssec.com.hk",
               "何家欣", "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": S, "OTP-CSC": N, "OMD-C": S, "OMD-CC": U}, issues="OMD-CC 未能接收數據"),
     idioms=["chinese-labels-only-traditional", "date-chinese-digits"],
     note="Traditional Chinese labels only (編號, 公司名稱, 用戶編號, 聯絡人, 電話, 電郵, 演習日期, 備註, 授權人姓名, 日期); "
          "result words English: Successful / Not tested / Successful / Unsuccessful; 演習日期 2023年11月25日")
form("excel/result-simplified-bilingual-grid-tsingyi.xlsx", "result", "openpyxl",
     dict(base("青衣证券有限公司", "HSN1306", "刘志强", "2434 5678", "zq.liu@tysec.cn",
               "刘志强", "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": S, "OTP-CSC": S, "OMD-C": U, "OMD-CC": S}),
     idioms=["chinese-labels-only-simplified", "date-chinese-numerals", "result-tick-table", "tick-check-cell"],
     note="Simplified labels; grid headers '成功 Successful', '不成功 Unsuccessful', '未测试 Not tested' with ✓; "
          "演习日期 二零二三年十一月二十五日")
form("word/result-html-no-year-session-jordan.docx", "result", "libreoffice",
     dict(base("Jordan Road Securities Ltd", "HSN0466", "Kwan Yuk Ling", "(852) 2730 1100", "yl.kwan@jrsec.com.hk",
               "Kwan Yuk Ling", "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": S, "OTP-CSC": U, "OMD-C": N, "OMD-CC": S}),
     idioms=["html-source", "date-no-year", "word-na"],
     note="Session date '25th Nov' (no year: the circular's 2023); Successful / Unsuccessful / N/A / Successful")
form("excel/result-sat-date-missing-email-saikung.xlsx", "result", "openpyxl",
     drop(dict(base("Sai Kung Capital Markets Ltd", "HSN0119", "Cheng Hok Yin", "2792 6600", "x",
                    "Cheng Hok Yin", "2023-11-27"), session_date="2023-11-25",
               results={c: S for c in ALL}), "contact_email"),
     problems=["missing:contact_email"], idioms=["date-weekday-no-year", "empty-required", "word-pass"],
     note="Session date 'Sat 25/11'; e-mail cell empty; Pass x4")
form("word/result-fullwidth-id-colon-ticks-mongkok.docx", "result", "python-docx",
     dict(base("Mong Kok Trading House Ltd", "HSN0812", "Kong Sau Ying", "2394 7700", "sy.kong@mkth.com.hk",
               "Kong Sau Ying", "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": S, "OTP-CSC": S, "OMD-C": S}),
     idioms=["fullwidth-id", "fullwidth-colon", "fullwidth-digits", "result-tick-table", "tick-char-heavy-check",
             "blank-row"],
     note="'Subscriber ID：ＨＳＮ０８１２'; labels with '：'; session '２５/１１/２０２３'; ✔ grid, OMD-CC row blank")
form("excel/result-html-bad-id-passed-failed-taipo.xlsx", "result", "libreoffice",
     dict(drop(base("Tai Po Securities Ltd", "x", "Choi Ming Fai", "2665 4321", "mf.choi@tpsec.com.hk",
                    "Choi Ming Fai", "2023-11-27"), "subscriber_id"), session_date="2023-11-25",
          results={"OTP-C": S, "OTP-CSC": U, "OMD-C": S, "OMD-CC": S}),
     problems=["invalid:subscriber_id"], idioms=["html-source", "invalid-subscriber-id", "word-passed", "word-failed"],
     note="Id typed 'HSN08l2' (letter l for 1): invalid; Passed / Failed / Passed / Passed")
form("word/result-label-colon-lines-abbrev-lohas.docx", "result", "python-docx",
     dict(base("LOHAS Park Securities Ltd", "HSN1509", "Yau Chun Hei", "2702 3344 ext 21", "ch.yau@lohassec.com.hk",
               "Yau Chun Hei", "2023-11-26"), session_date="2023-11-25",
          results={"OTP-C": S, "OTP-CSC": S, "OMD-C": U, "OMD-CC": N}, issues="OMD-C lost multicast after switch-over"),
     idioms=["label-colon-value", "paragraphs", "abbrev-labels", "word-ok", "word-fail", "word-na"],
     note="Paragraphs 'Subscr. Code: HSN1509', 'Sess. date: 25-11-2023', 'OTP-C – Successful', 'OTP-CSC: OK', "
          "'OMD-C: fail', 'OMD-CC: n/a'")

# ---------------- look-alikes (8) ----------------
for f, p, n in [
    ("lookalikes/ps2-internal-checklist.xlsx", "openpyxl", "Internal PS2 weekend test checklist: step, system (OTP-C...), Pass/Fail, tester, phone"),
    ("lookalikes/it-change-request.docx", "python-docx", "IT change request for the PS2 weekend: requester, phone, e-mail, systems OTP-C/OMD-C"),
    ("lookalikes/meeting-minutes-table.docx", "python-docx", "Minutes in a table: item, discussion (intention form, services), owner, due 24/11/2023"),
    ("lookalikes/email-printed-quoting-form.docx", "python-docx", "An e-mail printed to docx: From/To/Subject 'RE: HDS/23/1109', quotes 'Subscriber ID: HSN0427 ... we will participate'"),
    ("lookalikes/vendor-test-report.docx", "libreoffice", "Vendor's PS2 test report for a client: client, contact, tel, results per service Pass/Fail"),
    ("lookalikes/duty-roster.xlsx", "openpyxl", "Duty roster for 25 Nov 2023: staff, phone, e-mail, system"),
    ("lookalikes/other-circular-registration.docx", "python-docx", "Registration form of another circular (HDS/24/0207 Mock Trading Day): company, id, contact, tel, e-mail, ☒ will register"),
    ("lookalikes/questionnaire.xlsx", "openpyxl", "Service-satisfaction questionnaire: company, contact, e-mail, rating per question"),
]:
    E.append({"file": "holdout16/" + f, "form": None, "status": "unrecognised", "fields": {},
              "problems": ["not_a_form"], "producer": p, "idioms": ["lookalike"], "note": n})

# ---------------- bad (4) ----------------
for f, p, code, n in [
    ("bad/empty.docx", "python", "corrupt", "0 bytes"),
    ("bad/html-named.docx", "python", "unsupported_type", "an HTML page of the form saved with a .docx name"),
    ("bad/csv-named.xlsx", "python", "unsupported_type", "a CSV of the result form named .xlsx"),
    ("bad/encrypted-result.xlsx", "officecrypto-tool", "encrypted", "a filled result workbook with password hsn2023"),
]:
    E.append({"file": "holdout16/" + f, "form": None, "status": "rejected", "fields": {},
              "problems": [code], "producer": p, "idioms": ["bad"], "note": n})

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "expected.json")
with open(out, "w", encoding="utf-8") as fh:
    json.dump(E, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(len(E), "entries")
