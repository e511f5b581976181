#!/usr/bin/env python3
"""holdout15 oracle, written by hand from shared/spec/forms.md (and cli.md, docs/cli.md, issue 9 s3,
tests/assets/README.md) BEFORE any file of the corpus existed. Writes ../expected.json.
Values are what a service-desk person reads on the page, normalised by forms.md."""
import json, os

REF = "HDS/23/1109"
ALL = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
E = []


def form(file, kind, status, fields, problems, producer, idioms, note):
    f = {"circular_ref": REF}
    f.update(fields)
    E.append({"file": "holdout15/" + file, "form": kind, "status": status, "fields": f, "problems": problems,
              "producer": producer, "idioms": idioms, "note": note})


def other(file, status, problems, producer, idioms, note):
    E.append({"file": "holdout15/" + file, "form": None, "status": status, "fields": {}, "problems": problems,
              "producer": producer, "idioms": idioms, "note": note})


def who(name, sid, contact, phone, email, signatory=None, signed=None):
    d = {"subscriber_name": name, "subscriber_id": sid, "contact_name": contact, "contact_phone": phone,
         "contact_email": email}
    if signatory:
        d["signatory_name"] = signatory
    if signed:
        d["signed_date"] = signed
    return {k: v for k, v in d.items() if v is not None}


W, X = "handxml-word2016", "handxml-excel2016"

# ---------------- Word intention ----------------
form("word/intention-legacy-formfields-chaiwan.docx", "intention", "complete",
     dict(who("Chai Wan Securities Limited", "HSN0311", "Ho Wing Sze", "2557 1234", "ws.ho@chaiwansec.com.hk",
              "Ng Kwok Leung", "2023-11-20"), participate=True, services=["OTP-C", "OTP-CSC"]),
     [], W, ["legacy-formtext", "legacy-formcheckbox", "checkbox-default-only", "checkbox-checked-false"],
     "FORMTEXT values between fldChar separate/end; FORMCHECKBOX: will participate w:checked; OTP-C checked; "
     "OTP-CSC only w:default=1 (ticked); OMD-C default 1 but w:checked 0 (not ticked); OMD-CC unticked; date 20/11/2023")
form("word/intention-tracked-changes-stanley.docx", "intention", "complete",
     dict(who("Stanley Capital Markets Limited", "HSN0372", "Lee Hoi Man", "2813 4567", "hm.lee@stanleycm.com.hk",
              "Tsang Yiu Wah", "2023-11-22"), participate=True, services=["OTP-C", "OMD-C"]),
     [], W, ["tracked-insertion", "tracked-deletion"],
     "Answers typed with Track Changes on: contact name inserted (w:ins) over a deleted old name (w:delText); "
     "☒ moved from 'will not' to 'will' (deleted ☒, inserted ☐ / ☒); OMD-CC's ☒ deleted and ☐ inserted")
form("word/intention-sdt-placeholder-missing-phone-taikoo.docx", "intention", "incomplete",
     {k: v for k, v in dict(who("Taikoo Shing Brokerage Limited", "HSN0448", "Wong Siu Ling", None,
                                "sl.wong@taikoobrokerage.com.hk", None, "2023-11-21"),
                            participate=True, services=ALL).items()},
     ["missing:contact_phone"], W, ["sdt-placeholder", "w14-checkbox", "date-control"],
     "Content controls; the phone control still shows its placeholder 'Click or tap here to enter text.' "
     "(showingPlcHdr); signatory control shows its placeholder too; date picker 2023-11-21; all four services ☒")
form("word/intention-wingdings-sym-smarttag-quarrybay.docx", "intention", "complete",
     dict(who("Quarry Bay Investment Services Ltd", "HSN0519", "Chow Ka Fai", "+852 2565 9080",
              "kf.chow@qbis.com.hk", "Mak Yuk Ying", "2023-11-23"), participate=True,
          services=["OTP-CSC", "OMD-CC"]),
     [], W, ["wingdings-sym", "smart-tag", "custom-xml-wrapper"],
     "w:sym Wingdings F0FE (ticked) / F0A8 (empty); name wrapped in a w:smartTag, phone and e-mail runs inside "
     "w:customXml; date '23 Nov 2023'")
form("word/intention-hyperlink-comments-northpoint.docx", "intention", "complete",
     dict(who("North Point Securities Company Limited", "HSN0623", "Yeung Chi Ho", "2561 7788",
              "ch.yeung@northpointsec.hk", "Kwok Mei Lan", "2023-11-22"), participate=True, services=["OTP-C"]),
     [], W, ["hyperlink-mailto", "comments", "split-runs", "proof-err"],
     "E-mail inside a mailto: w:hyperlink; comments anchored on the phone and id ('please use the desk line "
     "2561 7700' / 'old id HSN0622?') are not answers; words split over runs with rsids and proofErr; ☒ characters")
form("word/intention-nbsp-softhyphen-zwsp-causewaybay.docx", "intention", "complete",
     dict(who("Causeway Bay Finance Limited", "HSN0736", "Siu Wai Kit", "2890 1122", "wk.siu@cbfinance.com.hk",
              "Lam Pui Yee", "2023-11-24"), participate=True, services=["OTP-C", "OTP-CSC", "OMD-C"]),
     [], W, ["whitespace-folding", "nbsp", "soft-hyphen", "zero-width-space"],
     "Values pasted from a web page: NBSPs between words and inside 'HSN\\u00a00736' and the phone, a soft hyphen "
     "in 'Cause\\u00adway', a zero-width space in the e-mail after '@' and in 'Siu\\u200b Wai Kit'; date 24-11-2023")
form("word/intention-fldsimple-dropdown-decline-wanchai.docx", "intention", "complete",
     dict(who("Wan Chai Futures and Securities Limited", "HSN0804", "Fung Tsz Ching", "3102 4455",
              "tc.fung@wcfs.com.hk", "Fung Tsz Ching", "2023-11-17"), participate=False),
     [], W, ["fld-simple", "sdt-dropdown", "participate-false", "no-services"],
     "Subscriber name is a DOCPROPERTY Company fldSimple showing the company; participation is a w:dropDownList "
     "content control showing 'We will not participate in PS2 using HSN' (the list also holds 'We will participate'); "
     "service boxes all empty; date 17/11/2023")

# ---------------- Word result ----------------
form("word/result-legacy-checkbox-grid-aberdeen.docx", "result", "complete",
     dict(who("Aberdeen Harbour Securities Limited", "HSN0157", "Kwan Hiu Tung", "2873 6600",
              "ht.kwan@ahsec.com.hk", "Poon Man Kit", "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "unsuccessful"},
          issues="OMD-C backup feed not received until 10:40 after router reload."),
     [], W, ["legacy-formtext", "legacy-formcheckbox", "result-tick-table", "blank-row"],
     "Result grid of FORMCHECKBOX fields; OMD-CC row all unticked (not verified); issues in a FORMTEXT")
form("word/result-sdt-dropdowns-datepicker-repulsebay.docx", "result", "complete",
     dict(who("Repulse Bay Asset Management Limited", "HSN0265", "Tang Wing Yan", "2812 3030",
              "wy.tang@rbam.com.hk", None, "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": "successful", "OMD-C": "not_tested", "OMD-CC": "successful"}),
     [], W, ["sdt-dropdown", "date-control", "sdt-placeholder"],
     "w:dropDownList per service showing its chosen item; OTP-CSC's drop-down still shows 'Choose an item.' "
     "(placeholder: not verified); session and signed dates are date pickers (w:fullDate)")
form("word/result-tracked-changes-ticks-mongkok.docx", "result", "complete",
     dict(who("Mong Kok Securities Limited", "HSN0688", "Chan Siu Fung", "2388 1212", "sf.chan@mksec.com.hk",
              "Chan Siu Fung", "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "unsuccessful", "OMD-CC": "successful"}),
     [], W, ["tracked-deletion", "tracked-insertion", "result-tick-table", "tick-char-ballot-x"],
     "Tick grid; OMD-C's ☒ under Successful deleted (w:del) and a ☒ inserted (w:ins) under Unsuccessful")
form("word/result-wingdings-sym-both-yaumatei.docx", "result", "incomplete",
     dict(who("Yau Ma Tei Securities Limited", "HSN0921", "Lo Ka Wing", "2780 5566", "kw.lo@ymtsec.com.hk",
              None, "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": "successful", "OMD-C": "successful", "OMD-CC": "not_tested"}),
     ["ambiguous:results"], W, ["wingdings-sym", "result-tick-table"],
     "w:sym Wingdings grid; OTP-CSC ticked (F0FE) under both Successful and Unsuccessful: ambiguous (issue 9 s3); "
     "the other results are clear. compare.py skips 'results' when ambiguous:results is expected")
form("word/result-comments-words-hunghom.docx", "result", "complete",
     dict(who("Hung Hom Brokers Limited", "HSN0243", "Ip Lok Yin", "2334 9090", "ly.ip@hhbrokers.com.hk",
              "Ip Lok Yin", "2023-11-26"), session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "successful", "OMD-CC": "not_tested"},
          issues="OTP-CSC login rejected at backup site."),
     [], W, ["result-word", "word-pass", "word-failed", "word-na", "comments"],
     "Results as words Pass / Failed / Pass / N/A; a comment anchored on 'Failed' says 'Successful after retry "
     "at 11:05' (a comment is not an answer); date 26th November 2023")
form("word/result-customxml-missing-id-tsimshatsui.docx", "result", "incomplete",
     dict({k: v for k, v in who("Tsim Sha Tsui Securities Co. Ltd", None, "Ma Hoi Yan", "2366 2020",
                                "hy.ma@tstsec.com.hk").items()}, session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "successful"}),
     ["missing:subscriber_id"], W, ["custom-xml-wrapper", "sdt-placeholder", "result-word", "word-successful"],
     "Every value run wrapped in w:customXml; the id content control shows its placeholder (no id); results 'Successful'")
form("word/result-split-runs-nbsp-shatin.docx", "result", "complete",
     dict(who("Sha Tin Securities Limited", "HSN0590", "Ko Wai Man", "(852) 2601 3344", "wm.ko@shatinsec.com.hk",
              "Leung Siu Kei", "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "successful", "OMD-CC": "unsuccessful"},
          issues="OMD-CC retransmission requests timed out."),
     [], W, ["split-runs", "proof-err", "bookmark-in-label", "result-word", "word-ok", "word-not-tested", "word-fail"],
     "Every word split over runs mid-word with rsid noise and proofErr; OK / Not tested / OK / Fail; NBSP in the phone; "
     "date 2023-11-27")

# ---------------- Excel intention ----------------
form("excel/intention-formulas-cached-tuenmun.xlsx", "intention", "complete",
     dict(who("Tuen Mun Securities Limited", "HSN0455", "Yip Ka Ho", "2450 8899", "kh.yip@tmsec.com.hk",
              "Yip Ka Ho", "2023-11-21"), participate=True, services=["OTP-C", "OMD-C", "OMD-CC"]),
     [], X, ["formula-cached", "shared-formula", "str-cells", "date-serial"],
     "Values as formulas with cached values (name =\"Tuen Mun \"&\"Securities Limited\", id =UPPER(\"hsn0455\")); "
     "service answers from a shared formula (Yes/No cached); date =DATE(2023,11,21) cached 45251")
form("excel/intention-inlinestr-richtext-yuenlong.xlsx", "intention", "complete",
     dict(who("Yuen Long Securities Limited", "HSN0167", "Tse Hoi Lam", "2476 3210", "hl.tse@ylsec.com.hk",
              None, "2023-11-22"), participate=True, services=["OTP-CSC"]),
     [], X, ["inline-strings", "rich-text-shared-strings", "tick-x-cell"],
     "Labels in shared strings written as rich text (runs split mid-word, bold part); values as inline strings; "
     "'X' in the option column; date text '22/11/2023'")
form("excel/intention-phonetic-1904-tinshuiwai.xlsx", "intention", "complete",
     dict(who("天水圍證券有限公司", "HSN0933", "陳大文", "2447 1000", "tm.chan@tswsec.com.hk", "李小明",
              "2023-11-22"), participate=True, services=["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]),
     [], X, ["phonetic-runs", "date1904", "date-serial", "boolean-cells", "chinese-text-values"],
     "Shared strings with rPh phonetic runs (the reading text is not part of the value); workbook in the 1904 date "
     "system, date serial 43790 = 2023-11-22; services as booleans TRUE")
form("excel/intention-instructions-first-hidden-lists-fanling.xlsx", "intention", "complete",
     dict(who("Fanling Capital Limited", "HSN0274", "Hui Ming Chun", "2675 4321", "mc.hui@fanlingcap.com.hk",
              "Hui Ming Chun", "2023-11-23"), participate=True, services=["OTP-C", "OMD-C"]),
     [], X, ["instructions-sheet-first", "hidden-sheet-list", "data-validation"],
     "Sheet 1 'Instructions' (desk e-mail, phone, due date); form on sheet 2; hidden sheet 'Lists' lists all four "
     "services and Yes/No (no choice); answers chosen by data-validation drop-downs")
form("excel/intention-notes-merged-definednames-kwuntong.xlsx", "intention", "complete",
     dict(who("Kwun Tong Securities Limited", "HSN0382", "Siu Lok Man", "2343 5500", "lm.siu@ktsec.com.hk",
              "Cheng Kin Wah", "2023-11-20"), participate=True, services=["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]),
     [], X, ["cell-comments", "merged-cells", "defined-names", "tick-check-cell"],
     "Notes on the id and phone cells ('Old ID HSN0381' / 'after hours 9123 4567') are not answers; labels merged "
     "A:B, values merged C:E; defined names SubscriberName, SubscriberID ... point at the answer cells; ✓ per service")
form("excel/intention-hidden-rowscols-decline-taipo.xlsx", "intention", "complete",
     dict(who("Tai Po Securities Limited", "HSN0510", "Kam Wai Ling", "2653 9000", "wl.kam@taiposec.com.hk",
              "Kam Wai Ling", "2023-11-16"), participate=False),
     [], X, ["hidden-column-list", "hidden-rows", "participate-false", "no-services"],
     "'Will you participate? (Yes/No)' answered 'No'; a hidden column H lists all four services and a hidden row "
     "holds 'Yes'/'No' for validation; service cells empty")
form("excel/intention-numeric-id-missing-email-tiukengleng.xlsx", "intention", "incomplete",
     dict({k: v for k, v in who("Tiu Keng Leng Securities Limited", "HSN0512", "Lau Wing Kei", "27061234",
                                None, None, "2023-11-23").items()}, participate=True, services=["OTP-C", "OMD-C"]),
     ["missing:contact_email"], X, ["id-as-number", "number-format", "phone-as-number", "date-serial", "empty-required"],
     "Id stored as the number 512 with number format \"HSN\"0000 (shows HSN0512); phone stored as the number 27061234; "
     "date a serial with format dd/mm/yyyy; e-mail cell empty")

# ---------------- Excel result ----------------
form("excel/result-shared-formulas-cheungshawan.xlsx", "result", "complete",
     dict(who("Cheung Sha Wan Securities Limited", "HSN0129", "Wu Kin Ming", "2745 6677", "km.wu@cswsec.com.hk",
              "Wu Kin Ming", "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "not_tested"}),
     [], X, ["formula-cached", "shared-formula", "result-word"],
     "Result column is a shared formula =IF(C9=\"✓\",\"Successful\",IF(D9=\"✓\",\"Unsuccessful\",\"Not tested\")) "
     "with cached strings; the ✓ marks beside agree")
form("excel/result-booleans-1904-sheungwan.xlsx", "result", "complete",
     dict(who("Sheung Wan Securities Limited", "HSN0706", "Chung Ka Lok", "2544 1010", "kl.chung@swsec.com.hk",
              None, "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "successful"}),
     [], X, ["boolean-cells", "date1904", "date-serial", "number-format", "result-tick-table", "blank-row"],
     "TRUE/FALSE grid (t=\"b\"); OMD-CC row all FALSE (not verified); 1904 date system, dates with format 'd mmm yyyy'")
form("excel/result-validation-hidden-sheet-admiralty.xlsx", "result", "complete",
     dict(who("Admiralty Securities Limited", "HSN0874", "Yiu Hoi Ching", "2522 8181", "hc.yiu@admsec.com.hk",
              "Yiu Hoi Ching", "2023-11-25"), session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "unsuccessful"}),
     [], X, ["data-validation", "hidden-sheet-list", "result-word", "blank-row"],
     "Results chosen from data-validation drop-downs; a hidden sheet 'Lookup' lists the four services and the three "
     "result words; OMD-CC result left empty (not verified)")
form("excel/result-comments-inlinestr-lantau.xlsx", "result", "complete",
     dict(who("Lantau Island Securities Limited", "HSN0338", "Pang Sze Wan", "2985 2020", "sw.pang@lantausec.com.hk",
              "Pang Sze Wan", "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "successful", "OMD-CC": "successful"},
          issues="OTP-CSC could not log on at backup site."),
     [], X, ["inline-strings", "cell-comments", "result-word", "word-pass", "word-fail"],
     "Inline strings; Pass / Fail / Pass / Pass; a note on the OTP-CSC result says 'Passed on second attempt' "
     "(not an answer)")
form("excel/result-second-sheet-richtext-blank-discoverybay.xlsx", "result", "incomplete",
     dict(who("Discovery Bay Securities Limited", "HSN0451", "Wan Tsz Kin", "2987 6543", "tk.wan@dbsec.com.hk",
              None, "2023-11-27"), session_date="2023-11-25"),
     ["missing:results"], X, ["instructions-sheet-first", "rich-text-shared-strings", "empty-required"],
     "Instructions sheet first; form on sheet 2 with rich-text labels; every result cell empty")
form("excel/result-definednames-merged-wongchukhang.xlsx", "result", "complete",
     dict(who("Wong Chuk Hang Securities Limited", "HSN0297", "Tam Chi Wai", "2552 7070", "cw.tam@wchsec.com.hk",
              "Tam Chi Wai", "2023-11-27"), session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "successful", "OMD-CC": "successful"}),
     [], X, ["defined-names", "merged-cells", "result-word", "word-ok", "word-na"],
     "Defined names Result_OTP_C ... point at merged answer cells; OK / N/A / OK / OK")
form("excel/result-hidden-column-bad-id-mawan.xlsx", "result", "incomplete",
     dict({k: v for k, v in who("Ma Wan Securities Limited", None, "Sin Hoi Yee", "2986 1111",
                                "hy.sin@mawansec.com.hk", "Sin Hoi Yee", "2023-11-27").items()},
          session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "not_tested", "OMD-CC": "successful"}),
     ["invalid:subscriber_id"], X, ["hidden-column-list", "result-word", "invalid-subscriber-id"],
     "Id typed 'HSN12A4'; hidden column H lists the four services and the result words; Successful / Successful / "
     "Not tested / Successful")

# ---------------- look-alikes ----------------
other("lookalikes/mailmerge-letter-template.docx", "unrecognised", ["not_a_form"], W, ["mergefield", "letter"],
      "The desk's mail-merge covering letter: MERGEFIELD Subscriber_Name, Subscriber_ID, Contact_Person, asks to "
      "return Appendix A by 24 Nov 2023, names the four services")
other("lookalikes/service-lookup.xlsx", "unrecognised", ["not_a_form"], X, ["lookup-list"],
      "Lookup workbook: code / system name for the four services, and the result words")
other("lookalikes/subscriber-tracker.xlsx", "unrecognised", ["not_a_form"], X, ["tracker"],
      "A tracker of 12 subscribers: id, name, contact, phone, e-mail, participate, services, results")
other("lookalikes/other-exchange-form.docx", "unrecognised", ["not_a_form"], W, ["legacy-formtext", "legacy-formcheckbox"],
      "Another exchange's 'Connectivity Test Registration Form' (member name, member code, contact, tel, e-mail, "
      "☒ will take part) with legacy form fields")
other("lookalikes/purchase-order.xlsx", "unrecognised", ["not_a_form"], X, ["purchase-order"],
      "A purchase order from a subscriber to a vendor for failover support: vendor, contact, phone, e-mail, items")
other("lookalikes/completed-survey.docx", "unrecognised", ["not_a_form"], W, ["w14-checkbox", "survey"],
      "A completed customer-satisfaction survey of the hosting services: company, contact, e-mail, ☒ ratings")
other("lookalikes/change-request.docx", "unrecognised", ["not_a_form"], W, ["tracked-insertion", "change-request"],
      "A subscriber's internal IT change request for the PS2 weekend (systems OTP-C, OMD-C, requester, phone), "
      "edited with tracked changes")
form("lookalikes/blank-result-template.xlsx", "result", "incomplete", {},
     ["missing:subscriber_name", "missing:subscriber_id", "missing:contact_name", "missing:contact_phone",
      "missing:contact_email", "missing:results"], X, ["blank-template", "instructions-sheet-first"],
     "The blank Appendix B workbook as the desk sends it (instructions sheet, empty answer cells), sent back unfilled. "
     "As holdout14: the known form, incomplete, not unrecognised")

# ---------------- bad ----------------
other("bad/encrypted-result.xlsx", "rejected", ["encrypted"], "officecrypto-tool", ["ooxml-agile-encryption"],
      "A filled result workbook saved with a password (hsn2023)")
other("bad/xlsb-renamed.xlsx", "rejected", ["unsupported_type"], "handxml", ["xlsb", "xlsx-extension"],
      "An Excel binary workbook (.xlsb package: xl/workbook.bin, sheet1.bin) renamed .xlsx")
other("bad/odt-renamed.docx", "rejected", ["unsupported_type"], "libreoffice", ["odt", "docx-extension"],
      "An intention form saved as OpenDocument text (.odt) and renamed .docx")
other("bad/intention-form.zip", "rejected", ["unsupported_type"], "python", ["plain-zip"],
      "A zip archive holding a filled intention form (.docx)")

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "expected.json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(E, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(E), "entries")
