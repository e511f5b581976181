#!/usr/bin/env python3
"""The oracle of tests/assets/holdout5, written by hand from shared/spec/forms.md, cli.md and the choices recorded
in tests/assets/README.md, holdout/, holdout3/, holdout4/ and ../README.md: what a careful service-desk person
reading each file would write down. Never copied from a reader's output. `python3 cases.py` writes cases.json
(git-ignored), which build_expected.py turns into ../expected.json."""
import json
import os

REF = "HDS/23/1109"
SERVICES = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
CASES, BAD = [], []
S, U, N = "successful", "unsuccessful", "not_tested"


def common(name, sid, contact, phone, email, signatory, signed):
    out = {"circular_ref": REF, "subscriber_name": name, "subscriber_id": sid, "contact_name": contact,
           "contact_phone": phone, "contact_email": email, "signatory_name": signatory, "signed_date": signed}
    return {k: v for k, v in out.items() if v is not None}


def intention(file, c, participate, services, idioms, problems=(), note=None, status=None):
    f = dict(c)
    if participate is not None:
        f["participate"] = participate
    if services:
        f["services"] = services
    CASES.append({"file": "holdout5/" + file, "form": "intention", "status": status or ("incomplete" if any(
        p.split(":")[-1] in ("subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email",
                             "participate", "services") for p in problems) else "complete"),
                  "fields": f, "problems": list(problems), "producer": PRODUCER[file.split("/")[0]],
                  "idioms": idioms, "note": note})


def result(file, c, session, results, issues, idioms, problems=(), note=None):
    f = dict(c)
    if session:
        f["session_date"] = session
    if results:
        f["results"] = results
    if issues:
        f["issues"] = issues
    req = ("subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email", "results")
    CASES.append({"file": "holdout5/" + file, "form": "result",
                  "status": "incomplete" if any(p.split(":")[-1] in req for p in problems) else "complete",
                  "fields": f, "problems": list(problems), "producer": PRODUCER[file.split("/")[0]],
                  "idioms": idioms, "note": note})


def other(file, idioms, note, producer):
    BAD.append({"file": "holdout5/" + file, "form": None, "status": "unrecognised", "fields": {},
                "problems": ["not_a_form"], "producer": producer, "idioms": idioms, "note": note})


PRODUCER = {g: "wordxml" for g in ("word-typing", "word-edits", "word-ticks", "word-language", "word-incomplete")}
PRODUCER.update({"excel-typing": "openpyxl", "excel-controls": "openpyxl+spreadsheetml", "excel-incomplete": "openpyxl"})

# ---------------------------------------------------------------- word-typing
intention("word-typing/intention-label-space-no-colon-ngongping.docx",
          common("Ngong Ping Securities Limited", "HSN4012", "Kwok Wing Yan", "2109 4455",
                 "kwok.wingyan@ngongpingsec.com.hk", "Lau Chi Keung", "2023-11-22"),
          True, ["OTP-C", "OTP-CSC"], ["value-in-label-cell", "label-space-value", "label-tab-value", "split-runs", "proof-err"],
          note="the person typed each answer into the label cell after the label, separated by spaces or a tab, no colon, "
               "and left the value cells empty")
intention("word-typing/intention-text-boxes-wangtauhom.docx",
          common("Wang Tau Hom Capital Limited", "HSN4027", "Mak Hoi Ling", "3106 2280",
                 "hoiling.mak@wthcapital.com.hk", "Mak Hoi Ling", "2023-11-23"),
          True, ["OTP-C", "OMD-C", "OMD-CC"], ["text-box", "mc-alternate-content", "vml-fallback", "date-d-mon-yyyy"],
          note="each typed value is a floating text box (wps:txbx, VML fallback) anchored in its empty value cell; "
               "the participation and service ticks are ordinary text")
intention("word-typing/intention-pasted-twice-choihung.docx",
          common("Choi Hung Securities Limited", "HSN4035", "Yuen Sze Wan", "+852 2751 0390",
                 "szewan.yuen@choihungsec.com.hk", "Yuen Sze Wan", "2023-11-21"),
          True, SERVICES, ["form-pasted-twice", "page-break"],
          note="the whole filled form pasted a second time after a page break, with the same values: one form")
intention("word-typing/intention-bullet-services-ngauchiwan.docx",
          common("Ngau Chi Wan Futures Limited", "HSN4041", "Ip Chun Kit", "2320 8816",
                 "ck.ip@ngauchiwanfut.com.hk", "Ip Chun Kit", "2023-11-20"),
          True, ["OTP-C", "OMD-C"], ["label-colon-value", "bold-label", "bullet-list-services", "services-typed-list", "date-dmy-dash"],
          note="retyped as 'Label: value' paragraphs; the chosen services only, as a bulleted list (w:numPr) under "
               "'Services to be verified:'")
intention("word-typing/intention-id-in-footer-souk.docx",
          common("So Uk Securities Limited", "HSN4058", "Lo Wai Kwan", "2386 4471",
                 "waikwan.lo@souksec.com.hk", "Lo Wai Kwan", "2023-11-22"),
          False, None, ["header-footer-values", "participate-false", "date-iso"],
          note="'Ref. No.: HDS/23/1109' in the page header and 'HSN Subscriber ID: HSN4058' in the page footer; the body "
               "has no id row. Declines (☒ No), every service box empty")
result("word-typing/result-mergefields-taiwohau.docx",
       common("Tai Wo Hau Investment Limited", "HSN4063", "Chiu Ming Fai", "2614 9057",
              "mf.chiu@twhinvest.com.hk", "Chiu Ming Fai", "2023-11-27"),
       "2023-11-25", {"OTP-C": S, "OTP-CSC": S, "OMD-C": N, "OMD-CC": S}, "No issues after the failover.",
       ["mergefield", "legacy-formtext", "result-word", "date-d-month-yyyy"],
       note="values are the shown results of MERGEFIELD fields (a mail merge from the firm's system) and of FORMTEXT fields")

# ---------------------------------------------------------------- word-edits
intention("word-edits/intention-tracked-changes-kwaihing.docx",
          common("Kwai Hing Securities Limited", "HSN4074", "Lam Ka Ho", "2428 1026",
                 "kaho.lam@kwaihingsec.com.hk", "Lam Ka Ho", "2023-11-21"),
          True, ["OTP-C", "OMD-C"], ["tracked-deletion", "tracked-insertion", "track-revisions-on"],
          note="Track Changes on: phone '2428 ' + deleted '1020' + inserted '1026'; contact 'Chow Ka Yee' deleted, "
               "'Lam Ka Ho' inserted; OMD-C ☐ deleted and ☒ inserted, OMD-CC ☒ deleted and ☐ inserted; date 20/11 → 21/11")
result("word-edits/result-comment-hyperlink-leimukshue.docx",
       common("Lei Muk Shue Brokerage Limited", "HSN4086", "Fung Kwok Pan", "2429 6613",
              "kp.fung@lmsbrokerage.com.hk", "Fung Kwok Pan", "2023-11-27"),
       "2023-11-25", {"OTP-C": S, "OTP-CSC": S, "OMD-C": S, "OMD-CC": U},
       "OMD-CC feed did not reconnect to the backup site until 10:42.",
       ["hyperlink-email", "comment", "result-tick-table", "tick-char-ballot-x"],
       note="the e-mail is a mailto: hyperlink with a comment on it naming another address; a comment on the OMD-CC row "
            "says 'successful after restart'. Comments are not the form: OMD-CC stays unsuccessful")
intention("word-edits/intention-struck-yes-no-wukaisha.docx",
          common("Wu Kai Sha Securities Limited", "HSN4093", "Kan Yuk Ming", "2643 0058",
                 "ym.kan@wukaishasec.com.hk", "Kan Yuk Ming", "2023-11-23"),
          True, ["OTP-C", "OMD-C"], ["struck-choice", "dstrike", "service-rows-yes-no", "date-dmy-dash"],
          note="'Yes / No' in every answer cell with the option that does not apply struck by the person: participation "
               "'No' double-struck; services OTP-CSC and OMD-CC have 'Yes' struck (w:strike / w:dstrike)")
intention("word-edits/intention-highlighted-yes-taishuihang.docx",
          common("Tai Shui Hang Capital Limited", "HSN4105", "Leung Pui Shan", "2633 7120",
                 "ps.leung@tshcapital.com.hk", "Leung Pui Shan", "2023-11-22"),
          True, ["OTP-C"], ["highlight-choice", "date-d-mon-yyyy"],
          note="participation cell 'Yes / No' with 'Yes' highlighted yellow (w:highlight) and nothing else marked: "
               "the highlighted option is the answer (see README)")
intention("word-edits/intention-enclosed-circle-yes-luenwo.docx",
          common("Luen Wo Securities Limited", "HSN4112", "Sit Kam Wah", "2679 5302",
                 "kw.sit@luenwosec.com.hk", "Sit Kam Wah", "2023-11-21"),
          True, ["OTP-C", "OTP-CSC"], ["circled-choice", "enclosed-characters-eq-field", "chinese-english-labels"],
          note="'是 Yes / 否 No' with 是 circled by Word's Enclose Characters (an EQ \\o\\ac(○,是) field with no result "
               "run): forms.md lists 'Yes' circled as an answer. LibreOffice does not draw the circle (nor 是)")

# ---------------------------------------------------------------- word-ticks
intention("word-ticks/intention-black-square-takwuling.docx",
          common("Ta Kwu Ling Securities Limited", "HSN4128", "Man Siu Lun", "2674 1182",
                 "sl.man@tklsecurities.com.hk", "Man Siu Lun", "2023-11-20"),
          True, ["OTP-C", "OMD-C"], ["tick-black-square", "box-before-label", "tick-column"],
          note="■ (U+25A0) typed over the ☐ of the chosen options, ☐ left on the others")
intention("word-ticks/intention-sqrt-tick-kamsheung.docx",
          common("Kam Sheung Investment Limited", "HSN4131", "Tang Hiu Tung", "2488 3051",
                 "hiutung.tang@kamsheunginv.com.hk", "Tang Hiu Tung", "2023-11-24"),
          True, ["OTP-C", "OTP-CSC", "OMD-C"], ["tick-sqrt", "box-before-label", "tick-column"],
          note="√ (U+221A, the square-root sign Chinese IMEs offer as a tick) over the ☐ of the chosen options")
result("word-ticks/result-ballot-x-hungshuikiu.docx",
       common("Hung Shui Kiu Brokerage Limited", "HSN4146", "Yiu Chi Ho", "2447 9036",
              "chiho.yiu@hskbrokerage.com.hk", "Yiu Chi Ho", "2023-11-26"),
       "2023-11-25", {"OTP-C": S, "OTP-CSC": N, "OMD-C": S, "OMD-CC": S}, "OTP-CSC not subscribed.",
       ["tick-ballot-x-2717", "result-tick-table"],
       note="✗ (U+2717 BALLOT X) in the chosen column of each result row, ☐ elsewhere")
intention("word-ticks/intention-yn-typed-shamtseng.docx",
          common("Sham Tseng Securities Limited", "HSN4157", "Koo Wai Lam", "2491 0727",
                 "wailam.koo@shamtsengsec.com.hk", "Koo Wai Lam", "2023-11-22"),
          True, ["OTP-C", "OTP-CSC", "OMD-CC"], ["participate-yn", "service-rows-yn"],
          note="'Participate (Y/N)' Y; a 'Verify (Y/N)' column with Y / N per service")

# ---------------------------------------------------------------- word-language
intention("word-language/intention-simplified-labels-tingkau.docx",
          common("汀九证券有限公司", "HSN4162", "黄志伟", "+852 2491 3377",
                 "zw.huang@tingkausec.com.hk", "李秀英", "2023-11-22"),
          True, ["OTP-C", "OMD-C"], ["simplified-chinese-labels", "chinese-labels-only", "chinese-text-values",
                                     "chinese-yes-no-ticks", "date-chinese"],
          note="Simplified Chinese labels only (编号, 公司名称, 用户编号, 联络人, 电话, 电邮, 参与, 授权人姓名, 日期); "
               "☑ 是 ☐ 否; 2023年11月22日")
result("word-language/result-simplified-english-weekday-dates-yaukomtau.docx",
       common("Yau Kom Tau Capital Limited", "HSN4179", "Ho Ka Lok", "2498 6625",
              "kalok.ho@yktcapital.com.hk", "Ho Ka Lok", "2023-11-27"),
       "2023-11-25", {"OTP-C": S, "OTP-CSC": U, "OMD-C": S, "OMD-CC": S},
       "OTP-CSC order entry rejected after failover; vendor ticket 88123.",
       ["simplified-chinese-labels", "chinese-english-labels", "date-weekday", "result-word"],
       note="'公司名称 Company Name' style labels (Simplified + English), 备注 Remarks; dates with the weekday: "
            "'Saturday, 25 November 2023', 'Monday, 27 November 2023'")
intention("word-language/intention-fullwidth-phone-chinese-date-paktam.docx",
          common("北潭涌證券有限公司", "HSN4183", "鄧志明", "2792 3318",
                 "cm.tang@paktamsec.com.hk", "鄧志明", "2023-11-21"),
          True, ["OMD-C", "OMD-CC"], ["fullwidth-digits", "chinese-english-labels", "chinese-text-values", "date-chinese"],
          note="phone typed with a Chinese IME: full-width digits and an ideographic space '２７９２　３３１８' "
               "(read as 2792 3318, see README); date 2023年11月21日")

# ---------------------------------------------------------------- word-incomplete
intention("word-incomplete/intention-email-in-words-hoiha.docx",
          common("Hoi Ha Securities Limited", "HSN4191", "Tsang Kin Man", "2328 1904", None,
                 "Tsang Kin Man", "2023-11-23"),
          True, SERVICES, ["invalid-email", "email-spelled-out"], problems=["invalid:contact_email"],
          note="e-mail written 'tsang.km at hoihasec dot com dot hk' (anti-spam habit): not an address")
intention("word-incomplete/intention-blank-returned-unfilled.docx", {"circular_ref": REF}, None, None,
          ["blank-template", "empty-required"],
          problems=["missing:subscriber_name", "missing:subscriber_id", "missing:contact_name", "missing:contact_phone",
                    "missing:contact_email", "missing:participate"],
          note="the official-looking form returned with nothing filled in (holdout3's recorded choice: recognised, incomplete)")
result("word-incomplete/result-short-id-no-phone-clearwaterbay.docx",
       common("Clear Water Bay Markets Limited", None, "Lui Hoi Yan", None, "hoiyan.lui@cwbmarkets.com.hk",
              "Lui Hoi Yan", "2023-11-27"),
       "2023-11-25", {c: S for c in SERVICES}, None, ["invalid-subscriber-id", "empty-required"],
       problems=["invalid:subscriber_id", "missing:contact_phone"],
       note="id 'HSN 419' (three digits, with a space); Telephone cell empty")

# ---------------------------------------------------------------- other
other("other/covering-letter-hoiha.docx", ["letter", "mentions-every-label", "mentions-circular"],
      "a covering letter whose prose names every label (Subscriber Name, HSN Subscriber ID, Contact Person, Telephone, "
      "Email, Name of Authorised Signatory, Date), an id, a phone, an e-mail, the services and 'We will participate'", "wordxml")
other("other/circular-pasted-into-word.docx", ["circular-text", "mentions-circular"],
      "the text of notice HDS/23/1109 pasted into Word (Ref. No., Date, Tel, Email, services, both form titles)", "wordxml")

# ---------------------------------------------------------------- excel-typing
intention("excel-typing/intention-merged-cells-apostrophe-lohas.xlsx",
          common("LOHAS Park Securities Limited", "HSN4205", "Chan Mei Kuen", "27091234",
                 "meikuen.chan@lohassec.com.hk", "Chan Mei Kuen", "2023-11-22"),
          True, ["OTP-C", "OMD-C", "OMD-CC"], ["merged-cells", "quote-prefix", "tick-check-cell", "date-as-text"],
          note="values in merged B:D cells; phone and date typed with a leading apostrophe (text, quotePrefix style); "
               "✓ in column E")
intention("excel-typing/intention-inserted-columns-row-shekwu.xlsx",
          common("Shek Wu Hui Capital Limited", "HSN4216", "Ho Wing Sze", "2670 3345",
                 "wingsze.ho@shekwucap.com.hk", "Ho Wing Sze", "2023-11-23"),
          True, SERVICES, ["inserted-columns", "inserted-row", "value-right", "tick-x-cell", "date-serial"],
          note="two narrow empty columns inserted between the labels (A) and the values (D); an empty row inserted "
               "between Telephone and Email")
intention("excel-typing/intention-numeric-phone-general-serial-pingche.xlsx",
          common("Ping Che Investment Limited", "HSN4224", "Fok Tsz Ching", "26731188",
                 "tszching.fok@pingcheinv.com.hk", "Fok Tsz Ching", "2023-11-22"),
          True, ["OTP-C", "OTP-CSC"], ["phone-number-cell", "date-serial-general", "tick-x-cell"],
          note="phone stored as the number 26731188 (General); date pasted as a value: the serial 45252 shown in General "
               "format (see README)")
intention("excel-typing/intention-dropdown-yn-puio.xlsx",
          common("Pui O Brokerage Limited", "HSN4241", "Yeung Chi Hang", "2984 1020",
                 "chihang.yeung@puiobrokerage.com.hk", "Yeung Chi Hang", "2023-11-21"),
          True, ["OTP-C", "OMD-C"], ["data-validation-list", "service-rows-yn", "yes-no-typed", "date-dmy-dash"],
          note="Participation 'Yes' from a Yes/No drop-down; a 'Verify (Y/N)' column filled from a Y/N drop-down")
intention("excel-typing/intention-blank-first-sheet-filled-copy-chunghomkok.xlsx",
          common("Chung Hom Kok Securities Limited", "HSN4258", "Siu Ka Wing", "2813 6640",
                 "kawing.siu@chkwsec.com.hk", "Siu Ka Wing", "2023-11-20"),
          True, ["OTP-C", "OTP-CSC", "OMD-C"], ["sheet-copy", "blank-first-sheet", "tick-check-cell", "date-serial"],
          note="sheet 1 'Intention Form' left as the blank template; the person filled the copy 'Intention Form (2)' "
               "(the active sheet)")
intention("excel-typing/intention-hidden-old-answers-wahfu.xlsx",
          common("Wah Fu Securities Limited", "HSN4262", "Kwan Sau Ying", "2550 8812",
                 "sauying.kwan@wahfusec.com.hk", "Kwan Sau Ying", "2023-11-24"),
          True, ["OTP-C", "OMD-C"], ["hidden-column", "hidden-row", "old-answers", "tick-x-cell"],
          note="hidden column C keeps last session's answers (other contact, phone, e-mail, 'No'); a hidden row "
               "'Contact Person | Ng Chi Wai' just above the visible one. Only what is visible counts")
intention("excel-typing/intention-id-with-space-bigwavebay.xlsx",
          common("Big Wave Bay Futures Limited", "HSN4315", "Mok Ka Chun", "2809 4470",
                 "kachun.mok@bigwavefut.com.hk", "Mok Ka Chun", "2023-11-23"),
          True, ["OTP-CSC", "OMD-CC"], ["id-with-space", "tick-x-cell", "date-d-mon-yyyy"],
          note="id typed 'HSN 4315' (see README: the separator goes)")
intention("excel-typing/intention-decline-n-taimeituk.xlsx",
          common("Tai Mei Tuk Investment Limited", "HSN4293", "Kung Siu Fan", "2664 0213",
                 "siufan.kung@tmtinvest.com.hk", "Kung Siu Fan", "2023-11-20"),
          False, None, ["participate-yn", "participate-false", "no-services"],
          note="'Participate (Y/N)' N; service cells empty")
result("excel-typing/result-notes-filter-frozen-kornhill.xlsx",
       common("Kornhill Capital Limited", "HSN4270", "Au Yeung Man", "2567 0098",
              "yeungman.au@kornhillcap.com.hk", "Au Yeung Man", "2023-11-27"),
       "2023-11-25", {"OTP-C": S, "OTP-CSC": S, "OMD-C": U, "OMD-CC": S},
       "OMD-C: no data for 5 minutes after failover", ["cell-notes", "autofilter", "frozen-panes", "result-word", "date-serial"],
       note="notes (legacy comments) on the OMD-C result ('... Successful on backup line?') and on the e-mail "
            "('Also cc ops@...'); an AutoFilter over the result table; panes frozen at B4. Notes are not values")
result("excel-typing/result-split-over-two-sheets-braemarhill.xlsx",
       common("Braemar Hill Securities Limited", "HSN4281", "Lee Hok Yin", "2578 3301",
              "hokyin.lee@braemarsec.com.hk", "Lee Hok Yin", "2023-11-27"),
       "2023-11-25", {c: S for c in SERVICES}, None, ["form-over-two-sheets", "word-pass", "date-dmy-dash"],
       note="details on sheet 'Details', the result rows on sheet 'Results' ('Pass' each); Issues left empty")
result("excel-typing/result-id-hyphen-weekday-dates-leikingwan.xlsx",
       common("Lei King Wan Markets Limited", "HSN4288", "Tong Pui Man", "(852) 2886 4410",
              "puiman.tong@lkwmarkets.com.hk", "Tong Pui Man", "2023-11-27"),
       "2023-11-25", {"OTP-C": S, "OTP-CSC": S, "OMD-C": U, "OMD-CC": N}, "OMD-C gap fill not received",
       ["id-with-hyphen", "lowercase-id", "date-weekday", "word-pass", "word-ok", "word-fail", "word-na",
        "whitespace-folding"],
       note="id 'hsn-4288'; dates '25/11/2023 (Sat)' and 'Mon 27/11/2023' as text; words 'Pass ', ' OK', 'Fail', 'N/A' "
            "with stray spaces; issues with double spaces and a line feed")

# ---------------------------------------------------------------- excel-controls
intention("excel-controls/intention-checkbox-controls-muiwo.xlsx",
          common("Mui Wo Securities Limited", "HSN4233", "Cheng Lok Yi", "2984 7731",
                 "lokyi.cheng@muiwosec.com.hk", "Cheng Lok Yi", "2023-11-22"),
          True, ["OTP-C", "OMD-C"], ["form-control-checkbox", "ctrl-prop", "linked-cell", "boolean-cells", "date-serial"],
          note="Excel form-control check boxes (ctrlProp parts + VML) linked to the cells under them, which hold "
               "TRUE/FALSE; participation as two rows 'We will participate …' TRUE / 'We will not participate …' FALSE")

# ---------------------------------------------------------------- excel-incomplete
intention("excel-incomplete/intention-space-in-email-no-contact-tapmun.xlsx",
          common("Tap Mun Securities Limited", "HSN4302", None, "2328 5560", None, "Lam Kwok Chu", "2023-11-22"),
          True, SERVICES, ["invalid-email", "empty-required", "tick-check-cell"],
          problems=["missing:contact_name", "invalid:contact_email"],
          note="Contact Person empty; e-mail 'kc.lam@tapmun sec.com.hk' with a space in the domain")
result("excel-incomplete/result-blank-returned-unfilled.xlsx", {"circular_ref": REF}, None, None, None,
       ["blank-template", "empty-required"],
       problems=["missing:subscriber_name", "missing:subscriber_id", "missing:contact_name", "missing:contact_phone",
                 "missing:contact_email", "missing:results"],
       note="the result form returned with nothing filled in")

other("other/ps2-internal-call-list-wahfu.xlsx", ["call-list", "mentions-circular"],
      "a firm's internal PS2 call list: Contact Person / Role / Telephone / Email / Services columns, four rows", "openpyxl")

if __name__ == "__main__":
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json"), "w", encoding="utf-8") as fh:
        json.dump({"ref": REF, "services": SERVICES, "cases": CASES, "bad": BAD}, fh, ensure_ascii=False, indent=1)
    print(f"{len(CASES)} forms, {len(BAD)} other files")
