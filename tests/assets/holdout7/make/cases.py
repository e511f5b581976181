#!/usr/bin/env python3
"""The oracle of tests/assets/holdout7, written by hand from shared/spec/forms.md, cli.md and the choices recorded
in tests/assets/README.md, holdout/, holdout3/ ... holdout6/ and ../README.md: what a careful service-desk person
reading each file (in Word / Excel as a Hong Kong user has them) would write down. Never copied from a reader's
output. `python3 cases.py` writes cases.json (git-ignored), which build_expected.py turns into ../expected.json."""
import json
import os

REF = "HDS/23/1109"
SERVICES = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
CASES, BAD = [], []
S, U, N = "successful", "unsuccessful", "not_tested"
REQ_I = ("subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email", "participate", "services")
REQ_R = ("subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email", "results")
PRODUCER = {"libreoffice": "libreoffice", "word-locale": "wordxml", "word-layout": "wordxml", "excel-locale": "sheetxml", "excel-layout": "sheetxml"}


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
    CASES.append({"file": "holdout7/" + file, "form": "intention",
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
    CASES.append({"file": "holdout7/" + file, "form": "result",
                  "status": "incomplete" if any(p.split(":")[-1] in REQ_R for p in problems) else "complete",
                  "fields": f, "problems": list(problems), "producer": producer(file, prod), "idioms": idioms, "note": note})


def other(file, idioms, note, producer):
    BAD.append({"file": "holdout7/" + file, "form": None, "status": "unrecognised", "fields": {},
                "problems": ["not_a_form"], "producer": producer, "idioms": idioms, "note": note})


def R4(a, b, c, d):
    return {k: v for k, v in zip(SERVICES, (a, b, c, d)) if v}


# ---------------------------------------------------------------- libreoffice: zh-HK sources saved by LibreOffice
intention("libreoffice/intention-html-zh-hk-chinese-values-tinshuiwai.docx",
          common("天水圍金融有限公司", "HSN7326", "黃美儀", "2448 1203", "meiyee.wong@tswfin.com.hk", "黃志強", "2023-11-23"),
          True, ["OTP-C", "OMD-CC"],
          ["html-source", "table", "chinese-labels-only", "fullwidth-colon", "chinese-text-values", "yes-no-chinese",
           "tick-check-cell", "date-chinese", "date-weekday-chinese"],
          note="HTML (lang zh-HK) saved by LibreOffice as .docx: label cells '公司名稱：' … with the colon full-width, values in "
               "Chinese, '參與：' 是; ✓ under 選擇; date '2023年11月23日（星期四）' (weekday in full-width parentheses)")
result("libreoffice/result-fods-zh-hk-date-style-chinese-words-lokmachau.xlsx",
       common("Lok Ma Chau Investments Limited", "HSN7332", "Kwan Sze Nga", "2471 6630", "szenga.kwan@lmcinvest.com.hk",
              "Kwan Sze Nga", "2023-11-27"),
       "2023-11-25", R4(S, U, N, S), "OTP-CSC 登入後備網關失敗，已聯絡系統供應商。",
       ["fods-source", "value-next-cell", "chinese-english-labels", "chinese-sheet-name", "result-word",
        "chinese-result-words", "date-cell", "numfmt-zh-hk"],
       note="flat ODS with a zh-HK date style saved by LibreOffice as .xlsx: the dates are serials with LibreOffice's "
            "[$-C04]yyyy\\年m\\月d\\日 (shows 2023年11月25日); sheet '結果表格'; words 成功 / 不成功 / 未測試 / 成功; issues "
            "in Chinese with a full-width comma, kept as written")

# ---------------------------------------------------------------- word-locale: Word with a Hong Kong / Chinese locale
intention("word-locale/intention-chinese-first-labels-pmingliu-tinshuiwai.docx",
          common("Tin Shui Wai Securities Limited", "HSN7013", "Chan Mei Ling", "2446 3051", "meiling.chan@tswsec.com.hk",
                 "Ho Wing Kei", "2023-11-22"),
          True, ["OTP-C", "OTP-CSC", "OMD-C"],
          ["table", "chinese-english-labels", "chinese-first-labels", "east-asian-fonts", "lang-zh-hk", "box-before-label",
           "tick-char-ballot-x", "date-chinese"],
          note="labels written Chinese first ('公司名稱 Company Name', '用戶編號 HSN Subscriber ID'), the Chinese runs in 新細明體 "
               "with w:lang eastAsia zh-HK; '☒ 是 Yes ☐ 否 No'; date '2023年11月22日'")
intention("word-locale/intention-chinese-labels-fullwidth-colon-kamtin.docx",
          common("錦田證券有限公司", "HSN7026", "鄧家豪", "2476 1180", "kaho.tang@kamtinsec.com.hk", "鄧志明", "2023-11-24"),
          True, ["OTP-C", "OMD-C"],
          ["paragraphs", "label-colon-value", "chinese-labels-only", "fullwidth-colon", "chinese-text-values",
           "east-asian-fonts", "box-before-label", "date-dmy-slash", "date-weekday-chinese"],
          note="Chinese labels only with the full-width colon ('公司名稱：錦田證券有限公司', '編號：HDS/23/1109', '參與：☒ 是　☐ 否'); "
               "services under '服務 | 系統 | 選擇' with the systems named in Chinese; date '24/11/2023 (星期五)'")
result("word-locale/result-chinese-numeral-dates-sheungshui.docx",
       common("Sheung Shui Capital Limited", "HSN7031", "Lau Ka Wai", "2670 2214", "kawai.lau@sscapital.com.hk",
              "Lau Ka Wai", "2023-11-27"),
       "2023-11-25", R4(S, S, U, S), "OMD-C retransmission requests timed out after failover.",
       ["table", "chinese-english-labels", "result-tick-table", "tick-char-ballot-x", "date-chinese-numerals"],
       note="session date '二〇二三年十一月二十五日' and signature date '二〇二三年十一月二十七日' written in Chinese numerals "
            "(〇 U+3007): dates (see README); grid header '成功 Successful | 不成功 Unsuccessful | 未測試 Not tested'")
result("word-locale/result-mingliu-hkscs-eastasianlayout-fanling.docx",
       common("Fanling Financial Group Limited", "HSN7048", "Man Hoi Ching", "2669 0375", "hoiching.man@fanlingfg.com.hk",
              "Tang Kwok Hung", "2023-11-27"),
       "2023-11-25", R4(S, U, S, N), None,
       ["table", "chinese-english-labels", "east-asian-fonts", "east-asian-layout", "result-word", "chinese-result-words"],
       note="the Chinese half of each label in MingLiU_HKSCS with w:eastAsianLayout combine (two lines in one: the text is "
            "unchanged); the '25' of the session date in a vertical-in-horizontal run (w:vert); words 成功 / 失敗 / 成功 / 未測試; "
            "no Issues row")

# ---------------------------------------------------------------- word-layout
intention("word-layout/intention-two-column-section-yuenlong.docx",
          common("Yuen Long Futures Limited", "HSN7054", "Cheng Wai Lam", "2473 8862", "wailam.cheng@ylfutures.com.hk",
                 "Cheng Wai Lam", "2023-11-23"),
          True, ["OTP-C", "OMD-C", "OMD-CC"],
          ["paragraphs", "label-colon-value", "two-column-section", "column-break", "continuous-section-break",
           "box-before-label", "tick-char-ballot-x", "date-dmy-dash"],
          note="a one-column title section, then a continuous section break into two columns (w:cols w:num=2): details and "
               "signature in the left column, a column break (w:br w:type=column), then participation and '☒ OTP-C – …' lines "
               "in the right column")
result("word-layout/result-nested-tables-tuenmun.docx",
       common("Tuen Mun Harbour Securities Limited", "HSN7067", "Leung Sze Wing", "2459 1033", "szewing.leung@tmhsec.com.hk",
              "Kwok Yiu Ming", "2023-11-27"),
       "2023-11-25", R4(S, N, S, S), "Nil",
       ["table", "nested-table", "result-tick-table", "tick-char-ballot-x", "date-d-mon-yyyy"],
       note="the whole form inside a one-cell table, inside which a three-row table holds 'Part 1 – Subscriber' (details "
            "table nested), 'Part 2 – Results' (grid nested) and 'Part 3 – Confirmation': tables three deep")
intention("word-layout/intention-vertical-label-cells-saikung.docx",
          common("Sai Kung Capital Management Limited", "HSN7072", "Yim Ka Ho", "2792 4418", "kaho.yim@saikungcm.com.hk",
                 "Yim Ka Ho", "2023-11-20"),
          True, ["OTP-CSC", "OMD-CC"],
          ["table", "vertical-text-cells", "merged-vmerge", "tick-char-ballot-x", "date-d-month-yyyy"],
          note="the label cells have w:textDirection btLr (read bottom to top), and a first column 'Subscriber' merged down "
               "the five rows in tbRlV (East Asian vertical); the value cells are horizontal")
intention("word-layout/intention-dot-leader-tabs-clearwaterbay.docx",
          common("Clear Water Bay Securities Limited", "HSN7085", "Szeto Wing Yan", "2358 6627", "wingyan.szeto@cwbsec.com.hk",
                 "Szeto Ho Chun", "2023-11-21"),
          True, ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"],
          ["paragraphs", "tab-dot-leader", "typed-dot-leader", "tick-char-ballot-x", "date-dmy-slash"],
          note="'Subscriber Name‹tab›…' with a right-aligned tab stop with a dot leader at the margin (the dots are drawn, "
               "not text); 'Contact Person ........................ Szeto Wing Yan' and 'Email ..... …' with the dots typed: "
               "the dots are not part of the value")
result("word-layout/result-smarttag-customxml-wrappers-lamma.docx",
       common("Lamma Island Brokers Limited", "HSN7091", "Chow Tsz Yan", "2982 0456", "tszyan.chow@lammabrokers.com.hk",
              "Chow Tsz Yan", "2023-11-27"),
       "2023-11-25", R4(S, S, S, U), "OMD-CC: no snapshot from the backup site until 10:15.",
       ["table", "smart-tag", "custom-xml-markup", "result-tick-table", "tick-char-ballot-x", "date-dmy-slash"],
       note="values inside w:smartTag (PersonName, phone, date, a time inside the issues) and inline w:customXml elements "
            "(company, hsnId, email, with w:customXmlPr): the wrapped text is the value")
intention("word-layout/intention-sdt-table-rows-taio.docx",
          common("Tai O Trading Company Limited", "HSN7108", "Lai Chun Kit", "2985 7321", "chunkit.lai@taiotrading.com.hk",
                 "Lai Chun Kit", "2023-11-21"),
          True, ["OTP-C", "OMD-C"],
          ["table", "sdt-row", "sdt-block", "sdt-repeating-section", "tick-char-ballot-x", "date-iso"],
          note="the details table inside a block-level content control, each of its rows wrapped in a row-level w:sdt "
               "(w:sdt > w:sdtContent > w:tr, tags 'row-name' …); the service rows inside a repeating-section control "
               "(w15:repeatingSection / repeatingSectionItem)")
intention("word-layout/intention-fldsimple-mergefields-shamshuipo.docx",
          common("Sham Shui Po Securities Limited", "HSN7129", "Tsang Yuk Lan", "2728 3914", "yuklan.tsang@sspsec.com.hk",
                 "Tsang Man Fai", "2023-11-22"),
          True, ["OTP-C", "OMD-C", "OMD-CC"],
          ["table", "fldsimple-mergefield", "tick-char-ballot-x", "date-d-mon-yyyy"],
          note="every value is the result text of a w:fldSimple MERGEFIELD (' MERGEFIELD Company_Name \\* MERGEFORMAT '): "
               "the shown result counts, the field code does not (holdout5's MERGEFIELD choice)")
result("word-layout/result-footnotes-header-ref-shekkipmei.docx",
       common("Shek Kip Mei Finance Limited", "HSN7134", "Ng Chi Keung", "2777 5180", "chikeung.ng@skmfinance.com.hk",
              "Ng Chi Keung", "2023-11-27"),
       "2023-11-25", R4(U, S, S, S), "OTP-C: two orders rejected after failover; resent successfully.",
       ["table", "footnotes", "header-ref", "result-tick-table", "tick-char-ballot-x", "date-dmy-dash"],
       note="'Contact Person¹' and 'Email²' carry footnote references; the footnotes read 'Contact Person: the person on duty "
            "… e.g. Chan Tai Man …' and 'Email: hsservicedesk@hkex.com.hk is the Service Desk's own address …': not values. "
            "'Ref. No.: HDS/23/1109' only in the page header: it counts (holdout5: the header is part of the page)")

# ---------------------------------------------------------------- package idioms
result("package/result-glossary-placeholders-muiwo.docx",
       common("Mui Wo Investment Limited", "HSN7113", "Kwan Hoi Lam", "2984 2290", "hoilam.kwan@muiwoinv.com.hk",
              "Kwan Hoi Lam", "2023-11-26"),
       "2023-11-25", R4(S, S, S, S), None,
       ["table", "sdt-plain-text", "sdt-placeholder", "glossary-part", "result-tick-table", "tick-char-ballot-x", "date-dmy-slash"],
       prod="wordxml",
       note="values in plain-text content controls that point at a glossary placeholder; the glossary document part "
            "(word/glossary/document.xml) holds 'Click or tap here to enter text.' and an AutoText entry 'Subscriber Name: "
            "Sample Securities Limited / HSN Subscriber ID: HSN0000 / …': not read. The Issues control still shows its "
            "placeholder: issues absent")
intention("package/intention-main-part-document2-taiwai.docx",
          common("Tai Wai Securities Limited", "HSN7146", "Wong Pui Man", "2691 4427", "puiman.wong@taiwaisec.com.hk",
                 "Wong Pui Man", "2023-11-20"),
          True, ["OTP-C"], ["table", "main-part-renamed", "tick-char-ballot-x", "date-dmy-slash"], prod="wordxml",
          note="the main part is word/document2.xml (the officeDocument relationship and the content-type override say so); "
               "there is no word/document.xml")
result("package/result-upper-case-part-names-maliushui.docx",
       common("Ma Liu Shui Capital Limited", "HSN7152", "Ip Siu Kei", "2609 1185", "siukei.ip@mlscapital.com.hk",
              "Ip Siu Kei", "2023-11-27"),
       "2023-11-25", R4(S, S, N, N), "We do not subscribe to OMD-C or OMD-CC.",
       ["table", "part-names-upper-case", "main-part-renamed", "result-tick-table", "tick-char-ballot-x", "date-dmy-slash"],
       prod="wordxml",
       note="no word/ folder: the main part is /Content/Form-B.XML, beside Content/Styles.XML, Settings.XML, Web.XML, "
            "Fonts.XML (upper-case extensions, overrides in [Content_Types].xml)")
intention("package/intention-misleading-custom-properties-kwaichung.docx",
          common("Kwai Chung Brokerage Limited", "HSN7167", "So Wai Ming", "2423 6604", "waiming.so@kcbrokerage.com.hk",
                 "So Wai Ming", "2023-11-22"),
          True, ["OMD-C", "OMD-CC"], ["table", "custom-properties", "core-title", "tick-char-ballot-x", "date-dmy-slash"],
          prod="wordxml",
          note="docProps/custom.xml says 'Subscriber ID' = HSN9999, 'Subscriber Name' = Template Securities Limited, "
               "'Contact Email' = template@example.com, 'Participate' = No, 'Form' = Appendix B; dc:title 'Intention Form – "
               "HSN9999': document properties are not values")
intention("package/intention-databinding-customxml-tsuenwan.docx",
          common("Tsuen Wan Securities Limited", "HSN7173", "Wong Siu Fung", "2414 7736", "siufung.wong@tsuenwansec.com.hk",
                 "Cheung Lai Ha", "2023-11-23"),
          True, ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"],
          ["table", "sdt-databinding", "custom-xml-part", "stale-cached-text", "tick-char-ballot-x", "date-dmy-slash"],
          prod="wordxml",
          note="content controls bound (w:dataBinding) to customXml/item1.xml; the Contact Person control's cached text is "
               "'Lee Ka Man' but the bound XML holds 'Wong Siu Fung', which Word shows on opening: the bound value counts "
               "(see README)")
result("package/result-stored-data-descriptors-laiking.docx",
       common("Lai King Capital Limited", "HSN7188", "Mak Ho Yee", "2741 0659", "hoyee.mak@laikingcap.com.hk",
              "Mak Ho Yee", "2023-11-27"),
       "2023-11-25", R4(S, U, S, S), "OTP-CSC: session to the backup gateway dropped twice.",
       ["table", "zip-stored", "zip-data-descriptor", "result-tick-table", "tick-char-ballot-x", "date-d-month-yyyy"],
       prod="wordxml",
       note="every zip entry stored (method 0) with general-purpose bit 3 set: sizes and CRC in data descriptors after the "
            "data, zeros in the local headers")
result("package/result-sheet-under-other-part-name-kwuntong.xlsx",
       common("Kwun Tong Trading Limited", "HSN7283", "Lee Ka Lok", "2342 9906", "kalok.lee@kwuntongtrading.com.hk",
              "Lee Ka Lok", "2023-11-27"),
       "2023-11-25", R4(S, U, S, S), "OTP-CSC order entry rejected for 4 minutes after failover.",
       ["value-next-cell", "sheet-part-renamed", "part-names-upper-case", "result-tick-table", "tick-x-cell", "date-as-text"],
       prod="sheetxml",
       note="no xl/worksheets/: the only sheet is xl/forms/ResultForm.XML, the shared strings xl/text/Strings.XML, the "
            "styles xl/Looks.XML, all found through xl/_rels/workbook.xml.rels")

# ---------------------------------------------------------------- excel-locale
intention("excel-locale/intention-zh-hk-date-format-chinese-names-hanghau.xlsx",
          common("Hang Hau Securities Limited", "HSN7194", "Chiu Wing Sum", "2719 3380", "wingsum.chiu@hanghausec.com.hk",
                 "Chiu Wing Sum", "2023-11-22"),
          True, ["OTP-C", "OMD-C", "OMD-CC"],
          ["value-next-cell", "chinese-english-labels", "chinese-sheet-name", "defined-names-chinese", "tick-check-cell",
           "yes-no-chinese", "date-serial", "numfmt-zh-hk"],
          note="sheet '意向書'; labels '公司名稱 Company Name' …; defined names 公司名稱, 用戶編號, 聯絡人, 電話, 電郵, 授權人姓名; "
               "participation '是 Yes'; the date a serial (45252) shown through [$-zh-HK]yyyy\"年\"m\"月\"d\"日\" as 2023年11月22日")
result("excel-locale/result-roc-era-date-format-wanchaigap.xlsx",
       common("Wan Chai Gap Securities Limited", "HSN7205", "Lo Ka Yan", "2527 4491", "kayan.lo@wcgsec.com.hk",
              "Lo Ka Yan", "2023-11-27"),
       "2023-11-25", R4(S, S, U, S), "OMD-C: line B of the backup site showed no packets for 5 minutes.",
       ["value-next-cell", "chinese-english-labels", "chinese-sheet-name", "result-word", "date-serial", "numfmt-roc-era",
        "numfmt-d-mmm-yy"],
       note="the session date is the serial 45255 with the number format [$-404]e/m/d (Excel in a Taiwan locale shows the "
            "Minguo year, 112/11/25): the serial's date counts (see README); signature 45257 shown as 27-Nov-23")
intention("excel-locale/intention-xlsxwriter-chinese-sheet-yyyy-m-d-happyvalley.xlsx",
          common("Happy Valley Brokerage Limited", "HSN7219", "Ma Chun Wai", "2891 6073", "chunwai.ma@hvbrokerage.com.hk",
                 "Ma Chun Wai", "2023-11-21"),
          True, ["OTP-C", "OTP-CSC"],
          ["value-next-cell", "chinese-english-labels", "chinese-sheet-name", "defined-names-chinese", "tick-x-cell",
           "yes-no-chinese", "data-validation", "conditional-formatting", "date-serial", "numfmt-yyyy-m-d"],
          prod="xlsxwriter",
          note="XlsxWriter: sheet '表格', defined names in Chinese, title '附錄A … Appendix A …' in one cell; participation "
               "'是' from a 是/否 drop-down; X under '選擇 Select (X)'; the date a serial shown as 2023/11/21")

# ---------------------------------------------------------------- excel-layout
intention("excel-layout/intention-after-hidden-and-very-hidden-sheets-causewaybay.xlsx",
          common("Causeway Bay Capital Limited", "HSN7224", "Yu Hiu Ying", "2576 3349", "hiuying.yu@cbcapital.com.hk",
                 "Yu Kin Wah", "2023-11-23"),
          True, ["OTP-CSC", "OMD-CC"],
          ["value-next-cell", "hidden-sheet", "very-hidden-sheet", "old-answers-hidden", "tick-check-cell", "date-serial"],
          note="sheet 1 '舊資料' (hidden) holds last year's form (contact Ho Siu Wai, 2576 0000, participation No); sheet 2 "
               "'PS1_2022' (state veryHidden) another old contact; the form is sheet 3 'Form': only the visible sheet counts")
result("excel-layout/result-shared-formulas-cached-values-admiralty.xlsx",
       common("Admiralty Securities Limited", "HSN7236", "Kwok Man Yi", "00852 2529 6610", "manyi.kwok@admiraltysec.com.hk",
              "Kwok Man Yi", "2023-11-27"),
       "2023-11-25", R4(S, S, S, N), "Nil",
       ["value-next-cell", "shared-formula", "formula-cached", "hidden-column", "text-format-leading-zeros", "result-word",
        "date-serial"],
       note="results are formulas: B12:B14 one shared formula (=$F$1, si 0, the children carry only <f t=\"shared\" si=\"0\"/>) "
            "with cached 'Successful', B15 =$F$3 'Not tested'; F1:F3 (hidden column) is the word list; session date "
            "=DATE(2023,11,25), signature =B9+2, signatory =B6, issues =\"Nil\": cached values count. Phone '00852 2529 6610' "
            "typed in a Text (@) cell")
intention("excel-layout/intention-rich-text-phonetic-runs-iso-date-cells-sheungwan.xlsx",
          common("Sheung Wan Investment Limited", "HSN7241", "Tse Wing Chi", "2545 8812", "wingchi.tse@swinvest.com.hk",
                 "謝永志", "2023-11-21"),
          True, ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"],
          ["value-next-cell", "rich-text-runs", "phonetic-runs", "iso-date-cell", "tick-check-cell", "chinese-text-values"],
          note="the name 'Sheung Wan Investment Limited' in three rich-text runs (bold, italic, plain); the label 'Subscriber "
               "Name 公司名稱' and the signatory 謝永志 carry phonetic runs (rPh 'ゴンシーメンチェン', 'ツェ ウィン チ'): not text; "
               "the date a t=\"d\" cell 2023-11-21T00:00:00")
intention("excel-layout/intention-label-and-value-one-cell-alt-enter-saiwanho.xlsx",
          common("Sai Wan Ho Securities Limited", "HSN7257", "Cheung Hoi Man", "2567 0928", "hoiman.cheung@swhsec.com.hk",
                 "Cheung Hoi Man", "2023-11-22"),
          True, ["OMD-C"],
          ["one-cell", "line-break-label-value", "tick-check-cell", "date-dmy-slash", "date-as-text"],
          note="each detail is one wrapped cell 'Subscriber Name⏎Sai Wan Ho Securities Limited' (Alt+Enter, a line feed); "
               "'We will participate in PS2 using HSN (Yes/No)⏎Yes'; 'Date⏎22/11/2023': label and value, as holdout4's "
               "Label‹w:br›value choice")
intention("excel-layout/intention-number-formats-shown-text-lohas.xlsx",
          common("LOHAS Park Capital Limited", "HSN7262", "Fung Tsz Wai", "3618 2040", "tszwai.fung@lohascap.com.hk",
                 "Fung Tsz Wai", "2023-11-24"),
          True, ["OTP-C", "OMD-C"],
          ["value-next-cell", "numfmt-shown-text", "id-number-format", "phone-number-format", "tick-x-cell", "date-serial",
           "numfmt-d-mmm-yy"],
          note="the id cell holds the number 7262 with the format \"HSN\"0000 (shows HSN7262), the phone the number 36182040 "
               "with 0000 0000 (shows 3618 2040): what the person sees is the value (see README); date 45254 shown 24-Nov-23")
result("excel-layout/result-excel-table-cf-dv-polam.xlsx",
       common("Po Lam Securities Limited", "HSN7278", "Chan Ho Yin", "2623 5547", "hoyin.chan@polamsec.com.hk",
              "Chan Ho Yin", "2023-11-27"),
       "2023-11-25", R4(S, N, S, U), "OMD-CC: failover took 12 minutes; data resumed at 10:32.",
       ["value-next-cell", "excel-table", "conditional-formatting", "data-validation", "result-word", "date-serial"],
       note="the result rows are an Excel table (xl/tables/table1.xml 'PS2Results', A11:C15, Service | System | Result) with "
            "an AutoFilter, a containsText conditional format on 'Unsuccessful' and a list validation")

# ---------------------------------------------------------------- incomplete
intention("incomplete/intention-id-only-in-custom-properties-ngautaukok.docx",
          common("Ngau Tau Kok Securities Limited", None, "Hui Ming Wai", "2750 3318", "mingwai.hui@ntksec.com.hk",
                 "Hui Ming Wai", "2023-11-24"),
          True, ["OTP-C", "OTP-CSC"], ["table", "custom-properties", "empty-required"], prod="wordxml",
          problems=["missing:subscriber_id"],
          note="the HSN Subscriber ID cell is empty; docProps/custom.xml has 'Subscriber ID' = HSN7294 (the right id), but "
               "document properties are not what the form says: missing:subscriber_id")
result("incomplete/result-name-placeholder-glossary-sample-lamtin.docx",
       common(None, "HSN7305", "Shek Yee Ting", "2346 1172", "yeeting.shek@lamtincap.com.hk", "Shek Yee Ting", "2023-11-27"),
       "2023-11-25", R4(S, S, U, S), "OMD-C gap of 3 minutes after failover.",
       ["table", "sdt-placeholder", "glossary-part", "empty-required", "result-tick-table", "tick-char-ballot-x"],
       prod="wordxml", problems=["missing:subscriber_name"],
       note="the Subscriber Name control still shows its placeholder (w:showingPlcHdr 'Click or tap here to enter text.'); "
            "the glossary's AutoText 'Subscriber Name: Sample Securities Limited' is not the form: missing:subscriber_name")
result("incomplete/result-email-only-on-very-hidden-sheet-yautong.xlsx",
       common("Yau Tong Capital Limited", "HSN7311", "Chu Kwok Leung", "2347 5508", None, "Chu Kwok Leung", "2023-11-27"),
       "2023-11-25", R4(S, S, S, S), "Nil",
       ["value-next-cell", "very-hidden-sheet", "empty-required", "result-word", "date-serial"], prod="sheetxml",
       problems=["missing:contact_email"],
       note="the Email cell on 'Form' is empty; the address is only on the very hidden sheet 'Lists' (Email / Telephone "
            "columns): not part of the form")

# ---------------------------------------------------------------- other
other("other/reply-letter-chinese-tinshuiwai.docx", ["letter", "chinese-letter", "mentions-circular"],
      "a reply letter in Chinese ('有關：客戶通告 編號 HDS/23/1109 …本公司（用戶編號 HSN7326）…將參與演習，測試 OTP-C 及 OMD-C…'), "
      "with phone and e-mail in prose: no form", "wordxml")
other("other/staff-contact-list-chinese-tinshuiwai.xlsx", ["contact-list", "chinese-sheet-name"],
      "sheet '聯絡人名單': three staff rows under '姓名 Name | 職位 Title | 電話 Telephone | 電郵 Email | HSN 用戶編號': a list, "
      "not a form", "openpyxl")

if __name__ == "__main__":
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json"), "w", encoding="utf-8") as fh:
        json.dump({"ref": REF, "services": SERVICES, "cases": CASES, "bad": BAD}, fh, ensure_ascii=False, indent=1)
    print(f"{len(CASES)} forms, {len(BAD)} other files")
