#!/usr/bin/env python3
"""The oracle of holdout14, written by hand from shared/spec/forms.md, shared/spec/cli.md, docs/cli.md
(`ambiguous`), issue 9 section 3 and tests/assets/README.md, BEFORE any file of the corpus was made and
without reading the reader. Writes ../expected.json (paths relative to tests/assets).

Each entry says what the file will hold (`note`, the raw writing of each value) and what `hsnforms parse
--json` must report: normalised fields, status and the problems that must appear."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REF = "HDS/23/1109"
ALL4 = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
E = []


def form(file, kind, status, producer, fields, problems=(), idioms=(), note=""):
    E.append({"file": "holdout14/" + file, "form": kind, "status": status, "fields": fields,
              "problems": list(problems), "producer": producer, "idioms": list(idioms), "note": note})


def who(name, sid, contact, phone, email, signatory=None, date=None):
    f = {"circular_ref": REF, "subscriber_name": name, "subscriber_id": sid, "contact_name": contact,
         "contact_phone": phone, "contact_email": email}
    if signatory:
        f["signatory_name"] = signatory
    if date:
        f["signed_date"] = date
    return f


def drop(d, *keys):
    for k in keys:
        d.pop(k, None)
    return d


# ---------------------------------------------------------------- Word forms (HKEX template, filled in odd ways)
form("word/intention-w2016-sdt-checkboxes-pokfulam.docx", "intention", "complete", "handxml-word2016",
     {**who("Pok Fu Lam Securities Limited", "HSN0582", "Cheung Ka Yan", "2856 3301", "ky.cheung@pokfulamsec.com.hk",
            "Lau Chi Keung", "2023-11-21"), "participate": True, "services": ["OTP-C", "OMD-C"]},
     idioms=["hkex-template", "sdt-plain-text", "sdt-tag-noncanonical", "w14-checkbox", "date-control"],
     note="HKEX template with Word 2016 content controls: text controls tagged CompanyName etc., w14 check boxes "
          "(☒ will participate, ☐ will not; ☒ OTP-C, ☒ OMD-C), date picker showing 21/11/2023")
form("word/intention-w2016-formfields-spaced-id-aplichau.docx", "intention", "complete", "handxml-word2016",
     {**who("Ap Lei Chau Capital Limited", "HSN0619", "Wong Siu Ming", "+852 2553 7788 ext. 215", "sm.wong@alccapital.hk",
            "Ng Pui Shan", "2023-11-23"), "participate": True, "services": ALL4},
     idioms=["hkex-template", "legacy-formtext", "legacy-formcheckbox", "id-with-space", "phone-extension",
             "date-dmy-dash"],
     note="Legacy FORMTEXT fields for values and FORMCHECKBOX (w:checked) for choices; id typed 'HSN 0619'; "
          "phone '+852 2553 7788 ext. 215'; date 23-11-2023; all four services")
form("word/intention-pydocx-typed-over-x-kennedytown.docx", "intention", "complete", "python-docx",
     {**who("Kennedy Town Brokers Ltd", "HSN0734", "Lee Hoi Ting", "3188 2020", "ops@ktbrokers.com.hk",
            None, "2023-11-24"), "participate": True, "services": ["OTP-C", "OTP-CSC"]},
     idioms=["hkex-template", "typed-over-instructions", "tick-x-against-box", "lowercase-id", "date-mon-d-yyyy",
             "signatory-underscores"],
     note="Subscriber typed over the '(please fill in)' instructions; the ☐ before the chosen lines replaced by "
          "'x'; id 'hsn0734'; date 'Nov 24, 2023'; signatory left as the underscore line")
form("word/intention-w2016-textboxes-saiyingpun.docx", "intention", "complete", "handxml-word2016",
     {**who("Sai Ying Pun Investments Limited", "HSN0801", "Ho Man Kit", "(852) 2540 1188", "mk.ho@sypinv.com",
            "Yeung Wai Lun", "2023-11-22"), "participate": True, "services": ["OMD-C", "OMD-CC"]},
     idioms=["hkex-template", "text-box-values", "mc-alternatecontent-vml-fallback", "date-ymd-slash",
             "tick-char-ballot-x"],
     note="Values typed in text boxes laid over the template's underscore lines (wps:txbx with its VML fallback, so "
          "each value is twice in the XML); ☒/☐ choices; date 2023/11/22")
form("word/intention-gdocs-emoji-bilingual-happyvalley.docx", "intention", "complete", "handxml-gdocs",
     {**who("Happy Valley Futures Company Limited", "HSN0927", "Tam Wing Yee", "+852 9012 3456",
            "joyce.tam@happyvalleyfut.com", "Chow Kin Fai", "2023-11-21"), "participate": True,
      "services": ["OTP-C", "OTP-CSC", "OMD-C"]},
     idioms=["google-docs", "chinese-english-labels", "merged-gridspan", "explicit-widths", "tick-emoji",
             "date-d-month-yyyy"],
     note="Google Docs export: traditional/English labels ('公司名稱 Subscriber Name') spanning two grid columns, values "
          "spanning three; ✅ for chosen, ⬜ for not; 21 November 2023")
form("word/intention-wps-simplified-sqrt-shekkipmei.docx", "intention", "complete", "handxml-wps",
     {**who("石硖尾证券有限公司", "HSN1014", "李明", "2778 6600", "liming@skmsec.cn", "王小红", "2023-11-22"),
      "participate": True, "services": ["OTP-CSC", "OMD-CC"]},
     idioms=["wps", "chinese-simplified-labels", "chinese-text-values", "tick-sqrt", "date-chinese"],
     note="WPS Office: simplified Chinese + English labels (公司名称, 用户编号, 联络人, 电话, 电邮, 授权人姓名, 日期); "
          "'√' before chosen lines, '□' before others; 2023年11月22日")
form("word/intention-pydocx-covering-letter-decline-taiwai.docx", "intention", "complete", "python-docx",
     {**who("Tai Wai Asset Management Limited", "HSN1042", "Chan Siu Fong", "2697 1234", "sf.chan@taiwaiam.com.hk",
            "Chan Siu Fong", "2023-11-20"), "participate": False},
     idioms=["hkex-template", "covering-letter-on-top", "tick-black-square", "participate-false", "date-dmy-slash"],
     note="A covering-letter paragraph (Dear Sir/Madam … we will not join this time) above the form; '■ We will not "
          "participate', '□ We will participate'; every service box □")
form("word/intention-docxjs-missing-email-maonshan.docx", "intention", "incomplete", "docxjs",
     drop({**who("Ma On Shan Securities Limited", "HSN1108", "Kwok Ying Kit", "2633 0808", "x", None, "2023-11-23"),
           "participate": True, "services": ["OTP-C"]}, "contact_email"),
     problems=["missing:contact_email"],
     idioms=["hkex-template", "docxjs-checkbox", "empty-required", "date-iso"],
     note="docx.js check boxes (w14:checkbox); e-mail cell left empty; only OTP-C ticked")
form("word/intention-w2016-wingdings-text-shaukeiwan.docx", "intention", "complete", "handxml-word2016",
     {**who("Shau Kei Wan Finance Limited", "HSN1215", "Lam Tsz Ching", "2567-8899", "tc.lam@skwfin.com.hk",
            "Fung Ho Yin", "2023-11-22"), "participate": True, "services": ["OTP-C", "OMD-C", "OMD-CC"]},
     idioms=["hkex-template", "wingdings-text", "date-ordinal-short-month"],
     note="Boxes typed as Wingdings text: 'þ' (shows ☑) chosen, '¨' (shows ☐) not, no w:sym; date '22nd Nov 2023'")
form("word/result-pages-remarks-tsingyi.docx", "result", "complete", "handxml-pages",
     {**who("Tsing Yi Trading Limited", "HSN1320", "Siu Kwok Wah", "2431 5566", "kw.siu@tsingyitrading.com",
            "Man Chi Ho", "2023-11-27"), "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "successful", "OMD-CC": "unsuccessful"},
      "issues": "OMD-CC backup feed not received; ticket raised with HKEX at 10:05."},
     idioms=["apple-pages", "result-word", "remarks-per-service", "date-d-month-yyyy", "date-dmy-slash"],
     note="Apple Pages export: table Service | Result | Remarks with a remark on every row; a separate "
          "'Issues Encountered' paragraph; per-service remarks are not the issues field")
form("word/result-pydocx-transposed-ticks-tokwawan.docx", "result", "complete", "python-docx",
     {**who("To Kwa Wan Securities Co., Ltd.", "HSN1433", "Ip Hiu Tung", "+852 2713 4040", "ht.ip@tkwsec.com.hk",
            "Kong Wai Man", "2023-11-26"), "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "successful", "OMD-CC": "successful"}},
     idioms=["hkex-template", "transposed-results", "tick-char-check", "date-dmy-slash", "date-iso"],
     note="Results grid transposed: services as columns, rows Successful / Unsuccessful / Not tested, ✓ marks; "
          "issues line left empty")
form("word/result-w2016-dropdowns-yautong.docx", "result", "complete", "handxml-word2016",
     {**who("Yau Tong Capital Markets Limited", "HSN1506", "Leung Chun Hei", "2348 9000 ext 88", "ch.leung@ytcm.com.hk",
            "Leung Chun Hei", "2023-11-27"), "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "not_tested", "OMD-CC": "successful"}},
     idioms=["hkex-template", "sdt-dropdown", "date-control", "date-d-mon-yyyy", "phone-extension"],
     note="Word 2016 drop-down content controls per service (list Successful/Unsuccessful/Not tested); session "
          "date a date picker; signed '27 Nov 2023'")
form("word/result-docxjs-both-ticked-kwaichung.docx", "result", "incomplete", "docxjs",
     {**who("Kwai Chung Securities Limited", "HSN1617", "So Ka Lok", "2420 3131", "kl.so@kcsec.com.hk"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OMD-C": "successful", "OMD-CC": "not_tested"}},
     problems=["ambiguous:results"],
     idioms=["hkex-template", "docxjs-checkbox", "result-tick-table", "both-ticked", "date-dmy-dash"],
     note="docx.js check-box grid; OTP-CSC ticked under both Successful and Unsuccessful")
form("word/result-lo-html-bad-id-lamma.docx", "result", "incomplete", "libreoffice",
     drop({**who("Lamma Island Brokerage Limited", "x", "Chau Mei Ling", "2982 1212", "ml.chau@lammabrokerage.com"),
           "session_date": "2023-11-25",
           "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "unsuccessful", "OMD-CC": "successful"},
           "issues": "OMD-C channel 2 gap at 10:30."}, "subscriber_id"),
     problems=["invalid:subscriber_id"],
     idioms=["html-source", "result-word", "word-pass", "word-fail", "invalid-subscriber-id", "date-d-mon-yyyy"],
     note="Id typed 'HSN04271' (five digits); results Pass / Pass / Fail / Pass")

# ---------------------------------------------------------------- Excel forms
form("excel/intention-openpyxl-second-sheet-homantin.xlsx", "intention", "complete", "openpyxl",
     {**who("Ho Man Tin Holdings Limited", "HSN1724", "Poon Yuk Lan", "2762 3344", "yl.poon@hmtholdings.com.hk",
            "Tse Kwok Ming", "2023-11-20"), "participate": True, "services": ["OTP-C", "OTP-CSC"]},
     idioms=["form-on-second-sheet", "tick-y", "date-serial"],
     note="First sheet 'Notes' holds the circular's instructions (desk phone and e-mail); the form is the second "
          "sheet; 'Y' beside the chosen line and codes; real Excel date")
form("excel/intention-openpyxl-hidden-lists-jordan.xlsx", "intention", "complete", "openpyxl",
     {**who("Jordan Road Securities Limited", "HSN1833", "Kwan Lok Yi", "2735 6060", "ly.kwan@jrsec.com.hk",
            None, "2023-11-22"), "participate": True, "services": ["OTP-C", "OMD-C"]},
     idioms=["hidden-sheet", "data-validation-list", "yes-no-typed", "date-d-mon-yyyy-dashes"],
     note="Drop-down answers (data validation from a hidden sheet 'Lists'); services Yes/No per row; date text "
          "'22-Nov-2023'")
form("excel/intention-gsheets-booleans-bilingual-wongtaisin.xlsx", "intention", "complete", "handxml-gsheets",
     {**who("Wong Tai Sin Wealth Management Limited", "HSN1940", "Ngai Chi Wing", "+852 2321-8008 ext. 12",
            "cw.ngai@wtswm.com", None, "2023-11-23"), "participate": True, "services": ["OMD-C", "OMD-CC"]},
     idioms=["google-sheets", "inline-strings", "boolean-cells", "chinese-english-labels", "phone-extension",
             "date-serial"],
     note="Google Sheets export: inline strings, check boxes as TRUE/FALSE, bilingual labels")
form("excel/intention-numbers-styles-dotdate-lohas.xlsx", "intention", "complete", "handxml-numbers",
     {**who("LOHAS Park Securities Limited", "HSN2051", "Yip Sze Wan", "2702 9911", "sw.yip@lohaspark-sec.com",
            None, "2023-11-23"), "participate": True, "services": ["OTP-C", "OMD-C"]},
     idioms=["apple-numbers", "many-styles", "table-title-row", "tick-check-cell", "date-dmy-dots"],
     note="Apple Numbers export (sheet 'Sheet 1', a 'Table 1' title row, a style per cell); 'Participation' Yes; ✓ "
          "beside codes; date text 23.11.2023")
form("excel/intention-openpyxl-merged-chinese-squares-sheungshui.xlsx", "intention", "complete", "openpyxl",
     {**who("上水證券有限公司", "HSN2162", "馬志強", "2670 1111", "cheungma@sssec.com.hk", "周美玲", "2023-11-21"),
      "participate": True, "services": ["OTP-C", "OMD-C"]},
     idioms=["chinese-labels-only", "merged-cells", "tick-black-square", "chinese-text-values", "date-chinese"],
     note="Traditional Chinese labels only, labels merged over A:B and values over C:F; '■ 是 □ 否' for 參與; "
          "'■ OTP-C', '□ OTP-CSC' …")
form("excel/intention-exceljs-vertical-bad-email-tseungkwano.xlsx", "intention", "incomplete", "exceljs",
     drop({**who("Tseung Kwan O Securities Limited", "HSN2273", "Chan Pak Tin", "2706 5050", "x"),
           "participate": True, "services": ["OTP-C", "OMD-C"]}, "contact_email"),
     problems=["invalid:contact_email"],
     idioms=["value-below", "tick-sqrt", "invalid-email"],
     note="Each label with its value in the cell below; e-mail typed 'peter.chan tko-sec.com.hk' (no @); '√' beside "
          "codes")
form("excel/intention-sheetjs-dashed-id-yesno-lokfu.xlsx", "intention", "complete", "sheetjs",
     {**who("Lok Fu Investment Co. Limited", "HSN2384", "Chiu Wai Kei", "(+852) 2337-4646", "wk.chiu@lokfuinv.com.hk",
            None, "2023-11-24"), "participate": True, "services": ["OTP-CSC", "OMD-CC"]},
     idioms=["str-cells", "id-with-dash", "lowercase-id", "yes-no-typed", "date-iso"],
     note="SheetJS; id typed 'hsn-2384'; services Yes/No per row")
form("excel/intention-openpyxl-decline-fotan.xlsx", "intention", "complete", "openpyxl",
     {**who("Fo Tan Securities Limited", "HSN2495", "Lo Ka Wai", "2690 7007", "kw.lo@fotansec.com", None,
            "2023-11-19"), "participate": False},
     idioms=["participate-false", "yes-no-typed", "date-serial"],
     note="'Will you participate in PS2 using HSN? (Yes/No)' answered 'No'; service cells blank")
form("excel/result-exceljs-words-remarks-saikung.xlsx", "result", "complete", "exceljs",
     {**who("Sai Kung Capital Limited", "HSN2506", "Hui Ming Fai", "2792 3838", "mf.hui@saikungcap.com",
            None, "2023-11-27"), "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "not_tested", "OMD-CC": "successful"},
      "issues": "OTP-CSC order entry rejected after failover; resolved after re-login at 11:20."},
     idioms=["result-word", "word-pass", "word-fail", "word-not-tested", "remarks-per-service", "date-serial"],
     note="Service | Result | Remarks; Pass / Fail / Not Tested / Pass; an 'Issues Encountered' row")
form("excel/result-gsheets-booleans-tinhau.xlsx", "result", "complete", "handxml-gsheets",
     {**who("Tin Hau Securities Limited", "HSN2617", "Wu Ka Man", "2807 1199", "km.wu@tinhausec.com.hk"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-CC": "not_tested"}},
     idioms=["google-sheets", "inline-strings", "boolean-cells", "result-tick-table", "blank-row", "date-serial"],
     note="Google Sheets check boxes TRUE/FALSE under Successful / Unsuccessful / Not tested; OMD-C row all FALSE "
          "(not verified)")
form("excel/result-openpyxl-second-sheet-blank-whampoa.xlsx", "result", "incomplete", "openpyxl",
     {**who("Whampoa Futures Limited", "HSN2728", "Tsang Yuen Ting", "2363 8181", "yt.tsang@whampoafut.com"),
      "session_date": "2023-11-25"},
     problems=["missing:results"],
     idioms=["form-on-second-sheet", "result-tick-table", "empty-required", "date-as-text"],
     note="Sheet 'Cover' with a note, form on the second sheet; every result cell left empty")
form("excel/result-sheetjs-lowercase-words-kowloontong.xlsx", "result", "complete", "sheetjs",
     {**who("Kowloon Tong Securities Limited", "HSN2839", "Mok Sin Yee", "2338 0606", "sy.mok@kltsec.com.hk",
            None, "2023-11-27"),
      "results": {"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "not_tested", "OMD-CC": "successful"}},
     idioms=["str-cells", "result-word", "lowercase-words", "word-na", "date-two-digit-year"],
     note="Words in lower case: successful / unsuccessful / n/a / successful; signed '27/11/23'; no session date")

# ---------------------------------------------------------------- look-alikes
NAF = ["not_a_form"]


def lookalike(file, producer, idioms, note):
    form(file, None, "unrecognised", producer, {}, NAF, idioms, note)


lookalike("lookalikes/covering-letter.docx", "python-docx", ["letter", "signature-block"],
          "Covering letter e-mailed as docx: names HDS/23/1109, says we will participate for OTP-C and OMD-C, "
          "signature block with company, contact, phone, e-mail; the form itself was a separate attachment")
lookalike("lookalikes/fax-cover.docx", "handxml-word2016", ["fax-cover"],
          "Fax cover sheet to the service desk: To/From/Company/Fax/Tel/Date/Pages/Re: HDS/23/1109 Intention Form")
lookalike("lookalikes/desk-tracker.xlsx", "openpyxl", ["tracker", "many-subscribers"],
          "The service desk's own tracker: one row per subscriber with id, name, contact, phone, e-mail, "
          "intention, services and result columns")
lookalike("lookalikes/other-exchange-reply-slip.docx", "docxjs", ["other-exchange-form"],
          "Reply slip of another exchange's circular (an industry test): Member Firm, Participant ID, Contact "
          "person, Tel, Email, ☒ We will participate in the industry test")
lookalike("lookalikes/meeting-minutes.docx", "libreoffice", ["minutes"],
          "Minutes of a subscriber's internal meeting about PS2: attendees, decisions naming the four services, "
          "action items with owners and phones")
lookalike("lookalikes/invoice.xlsx", "exceljs", ["invoice"],
          "A vendor's invoice to a subscriber for weekend support during PS2: Bill to, attention, tel, e-mail, items")
lookalike("lookalikes/ps2-test-log.xlsx", "sheetjs", ["test-log"],
          "A subscriber's internal PS2 test log: time, system (OTP-C …), step, outcome Pass/Fail, tester")
lookalike("lookalikes/failover-runbook.docx", "handxml-pages", ["runbook"],
          "Apple Pages runbook for the failover weekend with a contact table (name, phone, e-mail) and the services")
lookalike("lookalikes/overtime-timesheet.xlsx", "handxml-numbers", ["timesheet"],
          "Apple Numbers overtime timesheet for 25 Nov 2023: staff, hours, system watched")
lookalike("lookalikes/contact-update-form.xlsx", "handxml-gsheets", ["other-form"],
          "Google Sheets 'Subscriber Contact Update Form' (a different HKEX form): subscriber name, id, contact, "
          "phone, e-mail, effective date")

# The blank template: forms.md/cli.md call a known form with required fields missing `incomplete`; a blank
# Appendix A is that form with nothing filled in (its pre-printed Ref. No. is its only value).
form("lookalikes/blank-intention-template.docx", "intention", "incomplete", "handxml-word2016",
     {"circular_ref": REF},
     problems=["missing:subscriber_name", "missing:subscriber_id", "missing:contact_name", "missing:contact_phone",
               "missing:contact_email", "missing:participate"],
     idioms=["hkex-template", "blank-template", "sdt-placeholder"],
     note="The blank Appendix A as the desk sends it (content controls showing their placeholders, boxes empty), "
          "mailed back unfilled")

# ---------------------------------------------------------------- bad files
def bad(file, producer, code, idioms, note):
    form(file, None, "rejected", producer, {}, [code], idioms, note)


bad("bad/encrypted-intention.docx", "msoffcrypto-tool", "encrypted", ["ooxml-agile-encryption"],
    "A filled intention form protected with a password (hsn2023) when saved")
bad("bad/truncated-intention.docx", "python-docx", "corrupt", ["truncated-zip"],
    "A filled intention form cut at 60% of its bytes (mail gateway truncation)")
bad("bad/word97-renamed.docx", "libreoffice", "legacy_format", ["word-97-2003", "docx-extension"],
    "An intention form saved as Word 97-2003 .doc and renamed .docx")
bad("bad/result-macro.xlsm", "handxml", "macro_enabled", ["xlsm", "vba-project-part"],
    "A result workbook saved as .xlsm with a vbaProject.bin part")

if __name__ == "__main__":
    with open(os.path.join(HERE, "..", "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(E, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(E), "entries")
