#!/usr/bin/env python3
"""The oracle of tests/assets/holdout6, written by hand from shared/spec/forms.md, cli.md and the choices recorded
in tests/assets/README.md, holdout/, holdout3/, holdout4/, holdout5/ and ../README.md: what a careful service-desk
person reading each file would write down. Never copied from a reader's output. `python3 cases.py` writes
cases.json (git-ignored), which build_expected.py turns into ../expected.json."""
import json
import os

REF = "HDS/23/1109"
SERVICES = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
CASES, BAD = [], []
S, U, N = "successful", "unsuccessful", "not_tested"
REQ_I = ("subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email", "participate", "services")
REQ_R = ("subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email", "results")
PRODUCER = {"word-ticks": "wordxml", "word-words": "wordxml", "word-language": "wordxml", "word-open": "wordxml",
            "word-incomplete": "wordxml", "excel-ticks": "openpyxl", "excel-words": "openpyxl", "excel-incomplete": "openpyxl",
            "libreoffice": "libreoffice"}


def common(name, sid, contact, phone, email, signatory, signed, ref=REF):
    out = {"circular_ref": ref, "subscriber_name": name, "subscriber_id": sid, "contact_name": contact,
           "contact_phone": phone, "contact_email": email, "signatory_name": signatory, "signed_date": signed}
    return {k: v for k, v in out.items() if v is not None}


def producer(file, given):
    return given or PRODUCER[file.split("/")[0]]


def intention(file, c, participate, services, idioms, problems=(), note=None, prod=None):
    f = dict(c)
    if participate is not None:
        f["participate"] = participate
    if services:
        f["services"] = services
    CASES.append({"file": "holdout6/" + file, "form": "intention",
                  "status": "incomplete" if any(p.split(":")[-1] in REQ_I for p in problems) else "complete",
                  "fields": f, "problems": list(problems), "producer": producer(file, prod), "idioms": idioms, "note": note})


def result(file, c, session, results, issues, idioms, problems=(), note=None, prod=None):
    f = dict(c)
    if session:
        f["session_date"] = session
    if results:
        f["results"] = results
    if issues:
        f["issues"] = issues
    CASES.append({"file": "holdout6/" + file, "form": "result",
                  "status": "incomplete" if any(p.split(":")[-1] in REQ_R for p in problems) else "complete",
                  "fields": f, "problems": list(problems), "producer": producer(file, prod), "idioms": idioms, "note": note})


def other(file, idioms, note, producer):
    BAD.append({"file": "holdout6/" + file, "form": None, "status": "unrecognised", "fields": {},
                "problems": ["not_a_form"], "producer": producer, "idioms": idioms, "note": note})


def R4(a, b, c, d):
    return {k: v for k, v in zip(SERVICES, (a, b, c, d)) if v}


# ---------------------------------------------------------------- word-ticks: tick grids
result("word-ticks/result-ballot-x-grid-taipokau.docx",
       common("Tai Po Kau Securities Limited", "HSN6011", "Lee Wing Sze", "2651 3380", "wingsze.lee@taipokausec.com.hk",
              "Ho Kin Man", "2023-11-27"),
       "2023-11-25", R4(S, S, S, S),
       "OMD-C: short gap in retransmission after failover, recovered by itself within 2 minutes.",
       ["result-tick-table", "tick-char-ballot-x", "date-dmy-slash", "line-break-in-value"],
       note="☒/☐ under Successful / Unsuccessful / Not tested; the issues text has a w:br inside (folded to a space)")
result("word-ticks/result-check-glyphs-nil-issues-fotan.docx",
       common("Fo Tan Capital Markets Limited", "HSN6024", "Chiu Ka Lok", "+852 2603 1177", "kalok.chiu@fotancm.com.hk",
              "Chiu Ka Lok", "2023-11-27"),
       "2023-11-25", R4(S, N, S, U), "Nil",
       ["result-tick-table", "tick-char-check", "tick-char-heavy-check", "sqrt-tick", "date-iso", "issues-nil"],
       note="a different tick per row: ✓ (OTP-C, OMD-CC), ✔ (OTP-CSC), √ (OMD-C) against ☐; issues 'Nil' kept as written")
result("word-ticks/result-x-typed-empty-cells-none-issues-kauto.docx",
       common("Kau To Shan Brokerage Limited", "HSN6037", "Wan Pui Shan", "3188 4021", "ps.wan@kautoshan.com.hk",
              "Tse Yiu Wah", "2023-11-26"),
       "2023-11-25", R4(S, S, U, N), "None",
       ["result-tick-table", "tick-x-cell", "no-boxes", "date-d-mon-yyyy", "issues-none"],
       note="no boxes: 'X' or 'x' typed into the empty cell of the chosen column; issues 'None' kept as written")
result("word-ticks/result-black-square-ordinal-dates-maonshan.docx",
       common("Ma On Shan Securities Company Limited", "HSN6042", "Fung Chi Ho", "(852) 2631 9090",
              "chiho.fung@maonshansec.com.hk", "Fung Chi Ho", "2023-11-27"),
       "2023-11-25", R4(S, U, S, S),
       "OTP-CSC could not log on to the backup site; our vendor is checking the line configuration.",
       ["result-tick-table", "black-square", "date-ordinal", "phone-parentheses"],
       note="■ (U+25A0) over the ☐ of the chosen column; '25th November 2023', '27th November 2023'")
result("word-ticks/result-content-controls-date-picker-tkotrading.docx",
       common("Tseung Kwan O Trading Limited", "HSN6058", "Yeung Hiu Tung", "2706-5512", "hiutung.yeung@tkotrading.com.hk",
              "Chan Kwok Wai", "2023-11-27"),
       "2023-11-25", R4(S, S, S, N), "N/A",
       ["result-tick-table", "w14-checkbox", "date-control", "date-dmy-dash", "issues-na"],
       note="Word 2010+ check box content controls (w14:checkbox) in every grid cell; the session date is a date picker "
            "(w:fullDate 2023-11-25, shows '25 November 2023'); issues 'N/A' is text, not a result")

# ---------------------------------------------------------------- word-words: result words, sentences, layouts
result("word-words/result-word-column-remarks-lokfu.docx",
       common("Lok Fu Investment Services Limited", "HSN6063", "Poon Mei Ling", "2338 7460", "meiling.poon@lokfuinv.com.hk",
              "Poon Mei Ling", "2023-11-27"),
       "2023-11-25", R4(S, U, S, N), "Nil",
       ["result-word", "word-pass", "word-failed", "word-ok", "word-na", "remarks-column", "date-dmy-dash"],
       note="Service | Result | Remarks: Pass / Failed / OK / N/A, with per-row remarks; the per-row remarks are part of "
            "the result table, not the Issues Encountered field ('Nil')")
result("word-words/result-words-mixed-case-dotted-date-wongchukhang.docx",
       common("Wong Chuk Hang Futures Limited", "HSN6079", "Tam Chun Yin", "2552 0813", "cy.tam@wchfutures.com.hk",
              "Kwan Siu Fung", "2023-11-27"),
       "2023-11-25", R4(S, S, U, N), "OMD-C: no data on the backup multicast groups until 10:40.",
       ["result-word", "word-successful", "word-passed", "word-unsuccessful", "word-not-applicable", "upper-case-word",
        "date-dmy-dot"],
       note="'SUCCESSFUL', 'passed', 'Unsuccessful', 'not applicable'; dates '25.11.2023' and '27.11.2023'")
result("word-words/result-sentence-per-row-weekday-date-apleichau.docx",
       common("Ap Lei Chau Securities Limited", "HSN6085", "Law Sze Man", "2814 6620", "szeman.law@apleichausec.com.hk",
              "Law Sze Man", "2023-11-27"),
       "2023-11-25", R4(S, S, U, N), "See OMD-C row.",
       ["result-sentence", "date-weekday-short"],
       note="a sentence in each Result cell: 'Connected and verified OK' (twice), 'Failed – no market data received from "
            "backup site', 'Not tested – not subscribed'; 'Sat 25 Nov 2023', 'Mon 27 Nov 2023'")
result("word-words/result-system-names-only-pokfulam.docx",
       common("Pok Fu Lam Asset Management Limited", "HSN6096", "Shum Ka Yan", "+852 2819 4433", "kayan.shum@pflam.com.hk",
              "Ng Wai Lun", "2023-11-26"),
       "2023-11-25", R4(S, S, U, S),
       "Orion Market Data – Securities Market: lost connection for 5 minutes after failover.",
       ["result-tick-table", "system-names-only", "tick-char-ballot-x", "date-dmy-slash"],
       note="the rows name the systems only ('Orion Market Data – China Connect'), no codes, under a 'System' header")
result("word-words/result-services-as-columns-saiyingpun.docx",
       common("Sai Ying Pun Securities Limited", "HSN6102", "Ko Tsz Ching", "2540 1288", "tszching.ko@sypsec.com.hk",
              "Ko Tsz Ching", "2023-11-27"),
       "2023-11-25", R4(S, S, N, U), "OMD-CC feed handler did not reconnect automatically.",
       ["services-as-columns", "header-row-values-row", "result-word", "date-d-mon-yyyy"],
       note="the four codes as column headers, the result words in the one row beneath")
result("word-words/result-extra-ocg-row-quarrybay.docx",
       common("Quarry Bay Brokers Limited", "HSN6117", "Hui Wai Kit", "2562 7705", "waikit.hui@quarrybaybrokers.com.hk",
              "Leung Man Yee", "2023-11-27"),
       "2023-11-25", R4(S, S, S, S), "OCG-C is not part of PS2 but we tested it as well: logon failed once.",
       ["result-tick-table", "extra-service-rows", "tick-char-ballot-x"],
       note="two rows added for services not in the circular ('OCG-C (Orion Central Gateway)' Unsuccessful, 'BSS' "
            "Successful): ignored")
result("word-words/result-bulleted-issues-blank-row-taikoo.docx",
       common("Tai Koo Shing Securities Limited", "HSN6123", "Choi Yuk Ying", "2886 3019", "yy.choi@tksec.com.hk",
              "Choi Yuk Ying", "2023-11-27"),
       "2023-11-25", {"OTP-C": S, "OMD-C": S, "OMD-CC": U},
       "OMD-CC: no snapshot after failover Vendor ticket #4471 opened",
       ["result-tick-table", "tick-char-heavy-check", "blank-row", "bullet-list-issues", "date-chinese"],
       note="✔ grid with the OTP-CSC row left blank (absent); issues as two bulleted paragraphs (w:numPr) in one cell: "
            "joined with a space, the bullet glyph is numbering, not text; dates '2023年11月25日', '2023年11月27日'")

# ---------------------------------------------------------------- word-language: Chinese result words
result("word-language/result-traditional-chinese-words-shaukeiwan.docx",
       common("Shau Kei Wan Capital Limited", "HSN6138", "Mok Ho Yin", "3905 2266", "hoyin.mok@skwcapital.com.hk",
              "Mok Ho Yin", "2023-11-27"),
       "2023-11-25", R4(S, S, U, N), "OMD-C 切換後沒有行情數據。",
       ["chinese-english-labels", "result-word", "chinese-result-words", "chinese-text-values"],
       note="'服務 Service | 結果 Result': 成功 / 通過 / 失敗 / 未測試; '備註 Remarks' holds the issues")
result("word-language/result-simplified-chinese-words-chaiwan.docx",
       common("Chai Wan Securities Limited", "HSN6144", "Kam Lai Kuen", "2897 4015", "laikuen.kam@chaiwansec.com.hk",
              "Siu Chi Wing", "2023-11-27"),
       "2023-11-25", R4(S, U, N, N), "OTP-CSC 登入失败，已联络供应商。",
       ["simplified-chinese-labels", "result-word", "simplified-result-words", "date-iso"],
       note="Simplified labels with English; words 成功 / 失败 / 不适用 / 未测试")
result("word-language/result-chinese-words-in-english-form-hengfachuen.docx",
       common("Heng Fa Chuen Financial Limited", "HSN6159", "Chung Wai Man", "2595 8830", "waiman.chung@hfcfin.com.hk",
              "Chung Wai Man", "2023-11-27"),
       "2023-11-25", R4(S, U, S, N), "OTP-CSC 未能連接後備站點",
       ["result-word", "chinese-result-words", "date-d-mon-yyyy"],
       note="the English form, with Traditional Chinese result words typed: 通過 / 不成功 / 成功 / 不適用")

# ---------------------------------------------------------------- word-open: choices the spec leaves open
result("word-open/result-only-in-issues-text-siusaiwan.docx",
       common("Siu Sai Wan Brokerage Limited", "HSN6165", "Lui Hoi Yan", "2558 2147", "hoiyan.lui@ssw-brokerage.com.hk",
              "Lui Hoi Yan", "2023-11-27"),
       "2023-11-25", None, "All four services tested successfully.",
       ["result-tick-table", "results-in-issues-only", "empty-required"], problems=["missing:results"],
       note="every grid row left ☐ and 'All four services tested successfully.' written under Issues Encountered: the "
            "results are not read from free text (see README): missing:results")
result("word-open/result-same-service-twice-conflict-stanley.docx",
       common("Stanley Bay Securities Limited", "HSN6170", "Kwong Tak Ming", "2813 0096", "tm.kwong@stanleybaysec.com.hk",
              "Kwong Tak Ming", "2023-11-27"),
       "2023-11-25", None, "Nil",
       ["result-word", "duplicate-service-row", "conflicting-results"], problems=["invalid:results"],
       note="OMD-C appears twice, 'Successful' and (last row) 'Unsuccessful': conflicting, invalid:results (see README)")
result("word-open/result-na-for-unused-services-repulsebay.docx",
       common("Repulse Bay Investments Limited", "HSN6186", "Yau Sin Ying", "2592 6631", "sinying.yau@rbinvest.com.hk",
              "Ma Kai Chung", "2023-11-25"),
       "2023-11-25", R4(S, N, S, N), "We do not use OTP-CSC and OMD-CC.",
       ["result-word", "word-successful", "word-na"],
       note="'N/A' for the two services the firm does not use: not_tested, and the services stay in results")

# ---------------------------------------------------------------- word-incomplete
result("word-incomplete/result-missing-email-deepwaterbay.docx",
       common("Deep Water Bay Securities Limited", "HSN6191", "Hung Ka Wing", "2873 5500", None, "Hung Ka Wing", "2023-11-27"),
       "2023-11-25", R4(S, S, S, S), "Nil",
       ["result-tick-table", "empty-required"], problems=["missing:contact_email"],
       note="the Email cell left empty")
result("word-incomplete/result-no-result-marked-cheungchau.docx",
       common("Cheung Chau Trading Company Limited", "HSN6207", "To Man Kit", "2981 3342",
              "mankit.to@cheungchautrading.com.hk", "To Man Kit", "2023-11-27"),
       "2023-11-25", None, None,
       ["result-tick-table", "empty-required", "no-issues-row"], problems=["missing:results"],
       note="every result row left ☐ ☐ ☐; no Issues row on the form")
result("word-incomplete/result-bad-id-pengchau.docx",
       common("Peng Chau Securities Limited", None, "Wu Sze Nga", "2983 0771", "szenga.wu@pengchausec.com.hk",
              "Wu Sze Nga", "2023-11-27"),
       "2023-11-25", R4(S, S, S, U), "OMD-CC: feed handler crashed on switch-over.",
       ["result-word", "word-pass", "word-fail", "invalid-subscriber-id"], problems=["invalid:subscriber_id"],
       note="id 'HSN62I2' (capital I for the digit 1)")

# ---------------------------------------------------------------- intention (contrast)
intention("intention/intention-ballot-x-tungchung.docx",
          common("Tung Chung Capital Limited", "HSN6228", "Lo Chun Hei", "2109 6650", "chunhei.lo@tungchungcap.com.hk",
                 "Lo Chun Hei", "2023-11-22"),
          True, ["OTP-C", "OMD-C"], ["tick-char-ballot-x", "date-dmy-slash"], prod="wordxml",
          note="an ordinary intention form, for contrast")
intention("intention/result-form-ps2-discoverybay.docx",
          common("Discovery Bay Brokers Limited", "HSN6233", "Sin Wing Yee", "2987 1402", "wingyee.sin@dbbrokers.com.hk",
                 "Sin Wing Yee", "2023-11-23"),
          True, SERVICES, ["misleading-file-name", "tick-char-ballot-x", "date-d-mon-yyyy"], prod="wordxml",
          note="named 'result-form-…' but it is the filled intention form (Appendix A): the content decides")
intention("intention/intention-true-false-declines-diamondhill.xlsx",
          common("Diamond Hill Financial Group Limited", "HSN6254", "Lai Kwok Keung", "2325 9918", "kk.lai@dhfg.com.hk",
                 "Lai Kwok Keung", "2023-11-21"),
          False, None, ["boolean-cells", "participate-false", "date-serial"], prod="openpyxl",
          note="'We will participate …' FALSE, 'We will not participate …' TRUE; every service FALSE")
intention("intention/intention-tick-cells-namcheong.xlsx",
          common("Nam Cheong Capital Limited", "HSN6296", "Liu Tsz Kin", "2360 4470", "tszkin.liu@namcheongcap.com.hk",
                 "Liu Tsz Kin", "2023-11-20"),
          True, ["OTP-C", "OTP-CSC", "OMD-C"], ["tick-check-cell", "yes-no-typed", "date-as-text"], prod="openpyxl",
          note="'Participation (Yes/No)' Yes; ✓ beside three services")
intention("libreoffice/intention-html-ballot-check-tinhau.docx",
          common("Tin Hau Brokerage Limited", "HSN6392", "Lam Pui Yee", "2807 4419", "puiyee.lam@tinhaubk.com.hk",
                 "Lam Pui Yee", "2023-11-23"),
          True, ["OTP-C", "OTP-CSC"], ["html-source", "tick-char-ballot-check", "date-dmy-dash"],
          note="HTML saved by LibreOffice as .docx; ☑ Yes ☐ No; ☑ column")

# ---------------------------------------------------------------- libreoffice results
result("libreoffice/result-html-heavy-check-line-break-northpoint.docx",
       common("North Point Securities Limited", "HSN6371", "Chan Hoi Ting", "2561 0388", "hoiting.chan@northpointsec.com.hk",
              "Chan Hoi Ting", "2023-11-27"),
       "2023-11-25", R4(S, S, N, S), "OTP-C: one logon retry needed. OMD-C not tested: line down at our side.",
       ["html-source", "result-tick-table", "tick-char-heavy-check", "no-boxes", "line-break-in-value"],
       note="✔ in empty cells; issues with an HTML <br> (folded to a space)")
result("libreoffice/result-fods-date-cells-blank-row-fortresshill.xlsx",
       common("Fortress Hill Capital Limited", "HSN6386", "Wong Ka Chun", "2578 1206", "kachun.wong@fhcapital.com.hk",
              "Wong Ka Chun", "2023-11-26"),
       "2023-11-25", {"OTP-C": S, "OTP-CSC": U, "OMD-C": S}, "No issue",
       ["fods-source", "result-word", "blank-row", "date-serial"],
       note="flat ODS saved by LibreOffice as .xlsx; date cells (dd/mm/yyyy); the OMD-CC result cell empty (absent)")

# ---------------------------------------------------------------- excel-ticks
result("excel-ticks/result-true-false-grid-serial-dates-homantin.xlsx",
       common("Ho Man Tin Securities Limited", "HSN6260", "Tong Yan Yan", "2711 3356", "yanyan.tong@hmtsec.com.hk",
              "Tong Yan Yan", "2023-11-27"),
       "2023-11-25", R4(S, U, S, N), "OTP-CSC: throttle rejected after failover",
       ["result-tick-table", "boolean-cells", "date-serial", "custom-date-format"],
       note="TRUE/FALSE boolean cells in every grid cell; dates are serials (dd/mm/yyyy, d mmm yyyy)")
result("excel-ticks/result-tick-glyph-cells-blank-row-princeedward.xlsx",
       common("Prince Edward Securities Limited", "HSN6281", "Fong Hiu Lam", "2397 6602", "hiulam.fong@pesec.com.hk",
              "Fong Hiu Lam", "2023-11-27"),
       "2023-11-25", {"OTP-C": S, "OTP-CSC": S, "OMD-C": U}, "N/A",
       ["result-tick-table", "tick-check-cell", "sqrt-tick", "tick-x-cell", "blank-row", "date-dmy-dot", "date-as-text",
        "issues-na"],
       note="✓, √ and X in grid cells; the OMD-CC row blank (absent); '25.11.2023' typed as text")
result("excel-ticks/result-checkbox-controls-no-link-jordan.xlsx",
       common("Jordan Road Brokerage Limited", "HSN6275", "Cheuk Ming Hei", "2730 8821", "minghei.cheuk@jordanroadbk.com.hk",
              "Cheuk Ming Hei", "2023-11-27"),
       "2023-11-25", R4(S, S, U, S), "None",
       ["result-tick-table", "excel-form-checkbox", "checkbox-no-linked-cell", "date-as-text", "issues-none"],
       prod="openpyxl+spreadsheetml",
       note="caption-less Excel form-control check boxes inside each grid cell, no linked cell: the state lives only in "
            "xl/ctrlProps (checked=\"Checked\") and the VML (x:Checked)")

# ---------------------------------------------------------------- excel-words
result("excel-words/result-words-bulleted-issues-namcheong.xlsx",
       common("Nam Cheong Capital Limited", "HSN6296", "Liu Tsz Kin", "2360 4470", "tszkin.liu@namcheongcap.com.hk",
              "Liu Tsz Kin", "2023-11-27"),
       "2023-11-25", R4(S, S, U, N),
       "• OMD-C: gap in sequence numbers after failover • Retransmission request timed out",
       ["result-word", "word-successful", "upper-case-word", "word-fail", "word-not-tested", "typed-bullets",
        "line-break-in-value", "date-serial"], prod="xlsxwriter",
       note="Successful / PASS / fail / Not Tested; issues typed with '• ' bullets and a line feed in one cell: the "
            "bullets are typed text and stay, the line feed folds")
result("excel-words/result-chinese-words-cheungshawan.xlsx",
       common("Cheung Sha Wan Securities Limited", "HSN6302", "Ngai Wing Hong", "2741 5538", "winghong.ngai@cswsec.com.hk",
              "Ngai Wing Hong", "2023-11-27"),
       "2023-11-25", R4(S, S, U, N), "沒有",
       ["chinese-english-labels", "chinese-result-words", "date-chinese", "issues-nil"],
       note="通過 / 成功 / 失敗 / 不適用; '備註 Remarks' 沒有 ('none'), kept as written like 'Nil'")
result("excel-words/result-system-names-only-laichikok.xlsx",
       common("Lai Chi Kok Investment Limited", "HSN6317", "Pang Yee Man", "2745 0129", "yeeman.pang@lckinv.com.hk",
              "Pang Yee Man", "2023-11-27"),
       "2023-11-25", R4(S, N, S, U), "Orion Market Data – China Connect: no snapshot received",
       ["system-names-only", "result-word", "word-ok", "word-not-tested", "word-failed", "date-ordinal", "date-as-text"],
       note="rows name the systems only under a 'System' header: OK / Not tested / OK / Failed")
result("excel-words/result-services-as-columns-meifoo.xlsx",
       common("Mei Foo Securities Limited", "HSN6323", "Kong Ho Lun", "2370 8814", "holun.kong@meifoosec.com.hk",
              "Kong Ho Lun", "2023-11-27"),
       "2023-11-25", R4(S, U, S, S), "OTP-CSC: order entry rejected after switch-over",
       ["services-as-columns", "header-row-values-row", "merged-cells", "one-cell", "date-iso", "date-dmy-dash"],
       prod="xlsxwriter",
       note="'Service' row with the four codes in B:E, 'Result' row beneath; values merged over B:E; 'Ref. No.: HDS/23/1109' "
            "in one cell")
result("excel-words/result-extra-ocg-and-blank-rows-tsingyi.xlsx",
       common("Tsing Yi Brokers Limited", "HSN6338", "Ling Wai Yin", "2433 9075", "waiyin.ling@tsingyibrokers.com.hk",
              "Ling Wai Yin", "2023-11-27"),
       "2023-11-25", {"OTP-C": S, "OMD-C": S, "OMD-CC": N}, "OCG-C logon failed, retried OK",
       ["result-tick-table", "tick-x-cell", "extra-service-rows", "blank-row", "date-serial"],
       note="rows 'OCG-C' (X Unsuccessful) and 'OMD-D (Derivatives Market)' (X Successful) are not services of the "
            "circular: ignored; OTP-CSC row blank (absent)")
result("excel-words/result-sentences-remarks-column-tiukengharbour.xlsx",
       common("Tiu Keng Harbour Securities Limited", "HSN6344", "Yuen Chi Kwan", "2178 6345", "chikwan.yuen@tkhsec.com.hk",
              "Yuen Chi Kwan", "2023-11-27"),
       "2023-11-25", R4(S, U, S, N), "Nil",
       ["result-sentence", "remarks-column", "word-passed", "word-not-tested", "date-weekday-short", "date-as-text"],
       note="Result cells 'Passed', 'Failed to log on after failover', 'Connected and verified OK', 'not tested'; a "
            "Remarks column beside them (not the issues); 'Sat 25 Nov 2023', 'Mon 27 Nov 2023'")

# ---------------------------------------------------------------- excel-incomplete
result("excel-incomplete/result-five-digit-id-olympic.xlsx",
       common("Olympic Gate Securities Limited", None, "Man Ka Yee", "2185 7730", "kayee.man@olympicgate.com.hk",
              "Man Ka Yee", "2023-11-27"),
       "2023-11-25", R4(S, S, S, S), "Nil",
       ["result-tick-table", "tick-check-cell", "invalid-subscriber-id"], problems=["invalid:subscriber_id"],
       note="id 'HSN63590' (five digits)")
result("excel-incomplete/result-did-not-take-part-aberdeen.xlsx",
       common("Aberdeen Harbour Capital Limited", "HSN6365", "Chu Wing Kei", "2580 4416", "wingkei.chu@ahcapital.com.hk",
              "Chu Wing Kei", "2023-11-27"),
       None, None, "We did not take part in PS2 on 25/11/2023 (no staff available).",
       ["result-tick-table", "empty-required", "results-in-issues-only"], problems=["missing:results"],
       note="no session date, empty grid; the issues say the firm did not take part. The result form still needs "
            "results (not_required comes only from an intention that declines): missing:results")

# ---------------------------------------------------------------- other
intention("other/blank-intention-template-sent-as-result.docx", {"circular_ref": REF}, None, None,
          ["blank-template", "wrong-form-returned", "empty-required"], prod="wordxml",
          problems=["missing:subscriber_name", "missing:subscriber_id", "missing:contact_name", "missing:contact_phone",
                    "missing:contact_email", "missing:participate"],
          note="the blank intention template (Appendix A) returned when the result form was due: an intention form, "
               "recognised and incomplete, as holdout3's blank-form choice")
other("other/reply-letter-tested-successfully-kowloontong.docx", ["letter", "mentions-circular", "results-in-prose"],
      "a reply letter: 'we … tested successfully OTP-C, OTP-CSC, OMD-C and OMD-CC', naming the firm, its HSN id, "
      "contact, phone and e-mail in prose", "wordxml")
other("other/ps2-test-log-fotan.xlsx", ["test-log", "service-codes-ok"],
      "a firm's PS2 test log: Time / Service / Step / Result (OK, Fail) / Checked by, no form labels", "openpyxl")

if __name__ == "__main__":
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json"), "w", encoding="utf-8") as fh:
        json.dump({"ref": REF, "services": SERVICES, "cases": CASES, "bad": BAD}, fh, ensure_ascii=False, indent=1)
    print(f"{len(CASES)} forms, {len(BAD)} other files")
