#!/usr/bin/env python3
"""The oracle and the content of tests/assets/holdout4.

One case() per form file, one bad() per other file. `fields` is what shared/spec/forms.md and cli.md say
the reader must report (normalised values), written by hand as a service-desk person reading the file
would fill it in, never copied from a reader's output. `raw` is what is typed into the file: the
generators (make_py.py, dotnet/Program.cs) read it from cases.json, so a document and its oracle cannot
drift apart. `python3 cases.py` writes cases.json.
"""
import json
import os

REF = "HDS/23/1109"
SERVICES = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
SERVICE_NAMES = {"OTP-C": "Orion Trading Platform – Securities Market",
                 "OTP-CSC": "Orion Trading Platform – China Stock Connect",
                 "OMD-C": "Orion Market Data – Securities Market",
                 "OMD-CC": "Orion Market Data – China Connect"}
INTENTION_TITLE = "Appendix A – Intention Form for Using HSN to participate Practice Session"
RESULT_TITLE = "Appendix B – Result Form for Using HSN to participate Practice Session"
CASES = []
BAD = []


def case(file, form, status, fields, raw, producer, idioms, problems=(), note=None):
    CASES.append({"file": "holdout4/" + file, "form": form, "status": status, "fields": fields, "raw": raw,
                  "problems": list(problems), "producer": producer, "idioms": idioms, "note": note})


def bad(file, form, status, problems, producer, idioms, note, fields=None):
    BAD.append({"file": "holdout4/" + file, "form": form, "status": status, "fields": fields or {},
                "problems": list(problems), "producer": producer, "idioms": idioms, "note": note})


def firm(name, sid, contact, phone, email, signatory, signed):
    """raw values as typed (signed: the date as typed, or [y, m, d] for a real date value)"""
    return {"name": name, "id": sid, "contact": contact, "phone": phone, "email": email,
            "signatory": signatory, "signed": signed}


def common(name, sid, contact, phone, email, signatory, signed, ref=True):
    out = {"circular_ref": REF if ref else None, "subscriber_name": name, "subscriber_id": sid,
           "contact_name": contact, "contact_phone": phone, "contact_email": email,
           "signatory_name": signatory, "signed_date": signed}
    return {k: v for k, v in out.items() if v is not None}


# ================================================================ pandoc 2.17 (markdown / HTML -> docx)
case("pandoc/intention-pipe-table-tsimshatsui.docx", "intention", "complete",
     {**common("Tsim Sha Tsui Securities Limited", "HSN3011", "Leung Ka Yan", "2311 4580",
               "kayan.leung@tstsec.com.hk", "Wong Siu Fung", "2023-11-23"),
      "participate": True, "services": ["OTP-C", "OMD-C"]},
     {**firm("Tsim Sha Tsui Securities Limited", "HSN3011", "Leung Ka Yan", "2311 4580",
             "kayan.leung@tstsec.com.hk", "Wong Siu Fung", "23/11/2023"),
      "participate": "Yes", "ticks": {"OTP-C": "☒", "OTP-CSC": "☐", "OMD-C": "☒", "OMD-CC": "☐"}},
     "pandoc",
     ["markdown-source", "pipe-table", "table", "value-next-cell", "tick-char-ballot-x", "tick-column",
      "yes-no-typed", "date-dmy-slash", "pandoc-table-style"],
     note="markdown pipe tables (Item | Details, Service | Selected) converted by pandoc: Table style, "
          "header row in the first row of each table, ☒/☐ in their own column")

case("pandoc/result-grid-table-mongkok.docx", "result", "complete",
     {**common("Mong Kok Brokerage Company Limited", "HSN3018", "Cheung Wai Man", "+852 2396 7021",
               "waiman.cheung@mkbrokerage.com.hk", "Cheung Wai Man", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "unsuccessful", "OMD-CC": "not_tested"},
      "issues": "OMD-C retransmission requests timed out after the failover."},
     {**firm("Mong Kok Brokerage Company Limited", "HSN3018", "Cheung Wai Man", "+852 2396 7021",
             "waiman.cheung@mkbrokerage.com.hk", "Cheung Wai Man", "27 Nov 2023"),
      "session": "25th November 2023",
      "words": {"OTP-C": "Successful", "OTP-CSC": "Pass", "OMD-C": "Failed", "OMD-CC": "Not tested"},
      "issues": "OMD-C retransmission requests timed out after the failover."},
     "pandoc",
     ["markdown-source", "grid-table", "label-colon-value", "bold-label", "paragraphs", "result-word",
      "word-successful", "word-pass", "word-failed", "word-not-tested", "date-ordinal", "date-d-mon-yyyy"],
     note="details as markdown '**Label:** value' paragraphs (bold label run, plain value run); results in a "
          "pandoc grid table whose Service cells hold the code and the system name on two lines (two paragraphs)")

case("pandoc/intention-chinese-labels-kwaichung.docx", "intention", "complete",
     {**common("葵涌證券有限公司", "HSN3027", "何美玲", "+852 2420 1188",
               "meiling.ho@kwaichungsec.com.hk", "陳志強", "2023-11-22"),
      "participate": True, "services": ["OTP-C", "OMD-C", "OMD-CC"]},
     {**firm("葵涌證券有限公司", "HSN3027", "何美玲", "+852 2420 1188",
             "meiling.ho@kwaichungsec.com.hk", "陳志強", "2023-11-22"),
      "participate": "☑ 是　☐ 否", "ticks": {"OTP-C": "☑", "OTP-CSC": "☐", "OMD-C": "☑", "OMD-CC": "☑"}},
     "pandoc",
     ["markdown-source", "chinese-labels-only", "chinese-text-values", "fullwidth-colon", "label-colon-value",
      "paragraphs", "chinese-yes-no-ticks", "box-before-label", "tick-char-ballot-check", "date-iso"],
     note="every label Chinese only with a full-width colon (編號：, 公司名稱：, 用戶編號：, 聯絡人：, 電話：, 電郵：, "
          "參與：, 授權人姓名：, 日期：); participation '☑ 是　☐ 否'; one paragraph per service '☑ OTP-C ...'; "
          "the title is bilingual")

case("pandoc/intention-struck-decline-saikung.docx", "intention", "complete",
     {**common("Sai Kung Investment Services Limited", "HSN3035", "Tang Hoi Lam", "(852) 2792 6610",
               "hoilam.tang@saikunginv.com", "Tang Hoi Lam", "2023-11-21"),
      "participate": False},
     {**firm("Sai Kung Investment Services Limited", "HSN3035", "Tang Hoi Lam", "(852) 2792 6610",
             "hoilam.tang@saikunginv.com", "Tang Hoi Lam", "21-11-2023")},
     "pandoc",
     ["markdown-source", "struck-choice", "participate-false", "no-services", "label-colon-value",
      "alt-labels", "odd-case-labels", "date-dmy-dash"],
     note="'We ~~will~~ / will not participate in PS2 using HSN' (markdown strikeout: w:strike on 'will'): "
          "declines; the service list has four ☐ lines; labels Name of Subscriber / Subscriber Code / "
          "Contact Name / Tel. No. / E-mail Address / Authorised Person")

case("pandoc/result-definition-list-leiyuemun.docx", "result", "complete",
     {**common("Lei Yue Mun Capital Limited", "HSN3042", "Lo Chun Kit", "2727 3090",
               "chunkit.lo@lymcapital.com.hk", "Lo Chun Kit", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "unsuccessful", "OMD-CC": "successful"}},
     {**firm("Lei Yue Mun Capital Limited", "HSN3042", "Lo Chun Kit", "2727 3090",
             "chunkit.lo@lymcapital.com.hk", "Lo Chun Kit", "27/11/2023"),
      "session": "2023-11-25",
      "words": {"OTP-C": "OK", "OTP-CSC": "N/A", "OMD-C": "Unsuccessful", "OMD-CC": "OK"}},
     "pandoc",
     ["markdown-source", "definition-list", "value-below", "result-word", "word-ok", "word-na",
      "word-unsuccessful", "date-iso", "date-dmy-slash"],
     note="a markdown definition list: each label is a paragraph (Definition Term style) and its value the "
          "paragraph below (Definition style); the results are a definition list too (code, then word)")

case("pandoc/intention-html-missing-email-ngautaukok.docx", "intention", "incomplete",
     {"circular_ref": REF, "subscriber_name": "Ngau Tau Kok Finance Limited", "subscriber_id": "HSN3056",
      "contact_name": "Kwok Sze Wing", "contact_phone": "2755 0432", "signatory_name": "Kwok Sze Wing",
      "signed_date": "2023-11-24", "participate": True, "services": ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]},
     {**firm("Ngau Tau Kok Finance Limited", "HSN3056", "Kwok Sze Wing", "2755 0432", "",
             "Kwok Sze Wing", "24 Nov 2023"),
      "participate": "Yes", "ticks": {"OTP-C": "✔", "OTP-CSC": "✔", "OMD-C": "✔", "OMD-CC": "✔"}},
     "pandoc",
     ["html-source", "table", "th-labels", "value-next-cell", "tick-char-heavy-check", "tick-column",
      "yes-no-typed", "date-d-mon-yyyy", "empty-required"],
     problems=["missing:contact_email"],
     note="HTML table with <th> label cells converted by pandoc (-f html); the Email cell is empty")

# ================================================================ AbiWord 3.0 (HTML -> docx)
case("abiword/intention-x-against-box-yautong.docx", "intention", "complete",
     {**common("Yau Tong Securities Company Limited", "HSN3063", "Pang Mei Kuen", "+852 2340 8876",
               "meikuen.pang@yautongsec.com.hk", "Lee Kwok Ming", "2023-11-22"),
      "participate": True, "services": ["OTP-C", "OMD-C", "OMD-CC"]},
     {**firm("Yau Tong Securities Company Limited", "HSN3063", "Pang Mei Kuen", "+852 2340 8876",
             "meikuen.pang@yautongsec.com.hk", "Lee Kwok Ming", "22-11-2023"),
      "participate": {"will": "X", "will_not": "☐"},
      "ticks": {"OTP-C": "X", "OTP-CSC": "☐", "OMD-C": "X", "OMD-CC": "X"}},
     "abiword",
     ["html-source", "table", "value-next-cell", "tick-x-against-box", "box-before-label", "ballot-choice-sentence",
      "date-dmy-dash"],
     note="AbiWord's docx export; participation as two table rows 'X | We will participate in PS2 using HSN' and "
          "'☐ | We will not participate in PS2 using HSN'; service rows 'X | OTP-C ...' (X typed over the ☐)")

case("abiword/result-paragraphs-heavycheck-lamtin.docx", "result", "complete",
     {**common("Lam Tin Asset Management Limited", "HSN3070", "Yiu Ka Ho", "2346 1002",
               "kaho.yiu@lamtinam.com", "Yiu Ka Ho", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "successful"},
      "issues": "OTP-CSC order entry rejected for 5 minutes after failover."},
     {**firm("Lam Tin Asset Management Limited", "HSN3070", "Yiu Ka Ho", "2346 1002",
             "kaho.yiu@lamtinam.com", "Yiu Ka Ho", "2023-11-27"),
      "session": "25/11/2023",
      "grid": {"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "successful", "OMD-CC": ""},
      "issues": "OTP-CSC order entry rejected for 5 minutes after failover."},
     "abiword",
     ["html-source", "label-colon-value", "paragraphs", "result-tick-table", "tick-char-heavy-check", "blank-row",
      "date-dmy-slash", "date-iso"],
     note="'Label: value' paragraphs, then a ✔ grid (Service | Successful | Unsuccessful | Not tested); "
          "OMD-CC row blank (absent)")

case("abiword/intention-bad-email-tiukengleng.docx", "intention", "incomplete",
     {"circular_ref": REF, "subscriber_name": "Tiu Keng Leng Securities Limited", "subscriber_id": "HSN3084",
      "contact_name": "Lam Kwok Wai", "contact_phone": "2702 5518", "signatory_name": "Lam Kwok Wai",
      "signed_date": "2023-11-23", "participate": True, "services": ["OTP-CSC", "OMD-CC"]},
     {**firm("Tiu Keng Leng Securities Limited", "HSN3084", "Lam Kwok Wai", "2702 5518",
             "kwokwai.lam.tklsec.com.hk", "Lam Kwok Wai", "23rd November 2023"),
      "participate": "Yes", "ticks": {"OTP-C": "", "OTP-CSC": "✓", "OMD-C": "", "OMD-CC": "✓"}},
     "abiword",
     ["html-source", "table", "value-next-cell", "tick-char-check", "tick-column", "yes-no-typed", "date-ordinal",
      "invalid-email"],
     problems=["invalid:contact_email"],
     note="e-mail typed without the @ (kwokwai.lam.tklsec.com.hk); ✓ in a column, empty cells elsewhere")

case("abiword/intention-struck-will-not-taihang.docx", "intention", "complete",
     {**common("Tai Hang Securities Limited", "HSN3091", "Chiu Lok Yi", "2577 8824",
               "lokyi.chiu@taihangsec.com.hk", "Chiu Wai Keung", "2023-11-21"),
      "participate": True, "services": ["OTP-C", "OTP-CSC", "OMD-CC"]},
     {**firm("Tai Hang Securities Limited", "HSN3091", "Chiu Lok Yi", "2577 8824",
             "lokyi.chiu@taihangsec.com.hk", "Chiu Wai Keung", "2023-11-21"),
      "ticks": {"OTP-C": "☑", "OTP-CSC": "☑", "OMD-C": "☐", "OMD-CC": "☑"}},
     "abiword",
     ["html-source", "struck-choice", "label-colon-value", "paragraphs", "tick-char-ballot-check", "box-before-label",
      "date-iso"],
     note="'We will / will not participate in PS2 using HSN' with 'will not' struck (HTML <s>, w:strike in AbiWord's "
          "docx): participates; services as '☑ OTP-C ...' / '☐ OMD-C ...' paragraphs")

# ================================================================ Gnumeric 1.12 ssconvert (CSV / HTML -> xlsx)
case("gnumeric/intention-csv-yes-no-hanghau.xlsx", "intention", "complete",
     {**common("Hang Hau Brokers Limited", "HSN3105", "Chu Wing Sze", "+852 2719 3306",
               "wingsze.chu@hanghaubrokers.com", "Chu Tak Wing", "2023-11-23"),
      "participate": True, "services": ["OTP-C", "OMD-C"]},
     {**firm("Hang Hau Brokers Limited", "HSN3105", "Chu Wing Sze", "+852 2719 3306",
             "wingsze.chu@hanghaubrokers.com", "Chu Tak Wing", "2023-11-23"),
      "participate": "Yes", "svc": {"OTP-C": "Yes", "OTP-CSC": "No", "OMD-C": "Yes", "OMD-CC": "No"}},
     "gnumeric",
     ["csv-source", "value-next-cell", "service-rows-yes-no", "yes-no-typed", "date-iso", "date-serial"],
     note="CSV converted by ssconvert: the date typed 2023-11-23 became a serial with Gnumeric's format yyyy-mmm-dd (shown 2023-Nov-23); "
          "one row per service with Yes/No; strings inline, except those that occur twice (Yes, No): shared")

case("gnumeric/result-html-words-polam.xlsx", "result", "complete",
     {**common("Po Lam Futures Limited", "HSN3112", "Shum Ka Wai", "2701 6634",
               "kawai.shum@polamfutures.hk", "Shum Ka Wai", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "unsuccessful", "OMD-CC": "successful"},
      "issues": "OMD-C: gap in sequence numbers at 10:05."},
     {**firm("Po Lam Futures Limited", "HSN3112", "Shum Ka Wai", "2701 6634",
             "kawai.shum@polamfutures.hk", "Shum Ka Wai", "27 Nov 2023"),
      "session": "25 Nov 2023",
      "words": {"OTP-C": "Pass", "OTP-CSC": "N/A", "OMD-C": "Failed", "OMD-CC": "OK"},
      "issues": "OMD-C: gap in sequence numbers at 10:05."},
     "gnumeric",
     ["html-source", "table", "value-next-cell", "result-word", "word-pass", "word-na", "word-failed", "word-ok",
      "date-d-mon-yyyy", "date-serial", "custom-date-format", "remarks-label", "inline-strings", "shared-strings"],
     note="an HTML table imported by Gnumeric and saved as xlsx; Gnumeric turned the typed '25 Nov 2023' and "
          "'27 Nov 2023' into date serials with format d-mmm-yyyy; it writes strings inline except those that "
          "occur twice (shared); 'Remarks' holds the issues")

case("gnumeric/intention-booleans-bad-id-shekkipmei.xlsx", "intention", "incomplete",
     {"circular_ref": REF, "subscriber_name": "Shek Kip Mei Capital Limited",
      "contact_name": "Fong Chi Ho", "contact_phone": "2777 4150", "contact_email": "chiho.fong@skmcapital.com.hk",
      "signatory_name": "Fong Chi Ho", "signed_date": "2023-11-20",
      "participate": True, "services": ["OTP-C", "OTP-CSC", "OMD-C"]},
     {**firm("Shek Kip Mei Capital Limited", "HSN318", "Fong Chi Ho", "2777 4150",
             "chiho.fong@skmcapital.com.hk", "Fong Chi Ho", "2023-11-20"),
      "participate": "TRUE", "svc": {"OTP-C": "TRUE", "OTP-CSC": "TRUE", "OMD-C": "TRUE", "OMD-CC": "FALSE"}},
     "gnumeric",
     ["csv-source", "boolean-cells", "value-next-cell", "invalid-subscriber-id", "date-iso", "date-serial"],
     problems=["invalid:subscriber_id"],
     note="TRUE/FALSE in the CSV became boolean cells; the id has three digits (HSN318)")

case("gnumeric/result-csv-no-name-yes-cells-tiuwan.xlsx", "result", "incomplete",
     {"circular_ref": REF, "subscriber_id": "HSN3119", "contact_name": "Kong Wai Yin", "contact_phone": "2304 5561",
      "contact_email": "waiyin.kong@example-tkw.com.hk", "signatory_name": "Kong Wai Yin", "signed_date": "2023-11-27",
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "successful", "OMD-CC": "successful"}},
     {**firm("", "HSN3119", "Kong Wai Yin", "2304 5561", "waiyin.kong@example-tkw.com.hk", "Kong Wai Yin",
             "27/11/2023"),
      "session": "25/11/2023",
      "grid": {"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "successful", "OMD-CC": "successful"}},
     "gnumeric",
     ["csv-source", "result-tick-table", "tick-x-cell", "empty-required", "date-dmy-slash", "date-as-text"],
     problems=["missing:subscriber_name"],
     note="the Subscriber Name row is there with an empty value; X grid; ssconvert (C locale) left the day-first "
          "dates 25/11/2023 and 27/11/2023 as text")

# ================================================================ python-docx 0.8.11
case("python-docx/intention-ballot-check-laiking.docx", "intention", "complete",
     {**common("Lai King Securities Limited", "HSN3126", "Au Yeung Hiu Tung", "+852 2744 9021",
               "hiutung.auyeung@laikingsec.com.hk", "Au Yeung Kwok Leung", "2023-11-20"),
      "participate": True, "services": ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]},
     {**firm("Lai King Securities Limited", "HSN3126", "Au Yeung Hiu Tung", "+852 2744 9021",
             "hiutung.auyeung@laikingsec.com.hk", "Au Yeung Kwok Leung", "20/11/2023"),
      "participate": "☑ Yes    ☐ No", "ticks": {"OTP-C": "☑", "OTP-CSC": "☑", "OMD-C": "☑", "OMD-CC": "☑"}},
     "python-docx",
     ["table", "value-next-cell", "chinese-english-labels", "tick-char-ballot-check", "box-before-label",
      "tick-column", "date-dmy-slash", "table-grid-style"],
     note="python-docx 'Table Grid' table, labels '公司名稱 Subscriber Name' and so on; participation '☑ Yes    ☐ No' "
          "in one cell beside 'Participation 參與'")

case("python-docx/result-tick-grid-date-control-kwaifong.docx", "result", "complete",
     {**common("Kwai Fong Investment Limited", "HSN3133", "Tse Wai Lun", "2429 7730",
               "wailun.tse@kwaifonginv.com", "Tse Wai Lun", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "unsuccessful"},
      "issues": "OMD-CC snapshot channel not received at the backup site."},
     {**firm("Kwai Fong Investment Limited", "HSN3133", "Tse Wai Lun", "2429 7730",
             "wailun.tse@kwaifonginv.com", "Tse Wai Lun", "27/11/2023"),
      "session": "25-11-2023",
      "grid": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "unsuccessful"},
      "issues": "OMD-CC snapshot channel not received at the backup site."},
     "python-docx",
     ["table", "value-next-cell", "result-tick-table", "tick-char-check", "date-control", "date-dmy-dash",
      "date-dmy-slash"],
     note="✓ grid; the signature date is a Word date picker content control (w:date w:fullDate="
          "2023-11-27T00:00:00Z, dd/MM/yyyy, showing 27/11/2023) added with python-docx's OxmlElement")

case("python-docx/intention-same-paragraph-abbrev-sokwunwat.docx", "intention", "complete",
     {**common("So Kwun Wat Finance Limited", "HSN3140", "Ma Siu Ling", "2466 3019",
               "siuling.ma@skwfinance.com.hk", "Ma Chun Hung", "2023-11-24"),
      "participate": True, "services": ["OTP-C", "OTP-CSC"]},
     {**firm("So Kwun Wat Finance Limited", "HSN3140", "Ma Siu Ling", "2466 3019",
             "siuling.ma@skwfinance.com.hk", "Ma Chun Hung", "24th November 2023"),
      "participate": "YES", "line": "✔ OTP-C   ✔ OTP-CSC   ☐ OMD-C   ☐ OMD-CC"},
     "python-docx",
     ["one-cell", "label-colon-value", "abbreviated-labels", "odd-case-labels", "services-one-line",
      "box-before-label", "tick-char-heavy-check", "yes-no-typed", "date-ordinal"],
     note="a one-column table: each cell holds 'Label: value' (Co. Name:, HSN Subscriber ID -, Contact:, "
          "Tel.:, E-mail:, Participation: YES, Auth. Signatory:, Date:); the services on one line "
          "'✔ OTP-C   ✔ OTP-CSC   ☐ OMD-C   ☐ OMD-CC'")

case("python-docx/intention-missing-phone-tailam.docx", "intention", "incomplete",
     {"circular_ref": REF, "subscriber_name": "Tai Lam Securities Company Limited", "subscriber_id": "HSN3157",
      "contact_name": "Yeung Pui Shan", "contact_email": "puishan.yeung@tailamsec.com",
      "signatory_name": "Yeung Pui Shan", "signed_date": "2023-11-22",
      "participate": True, "services": ["OMD-C", "OMD-CC"]},
     {**firm("Tai Lam Securities Company Limited", "HSN3157", "Yeung Pui Shan", "",
             "puishan.yeung@tailamsec.com", "Yeung Pui Shan", "22 Nov 2023"),
      "participate": "Yes", "ticks": {"OTP-C": "", "OTP-CSC": "", "OMD-C": "x", "OMD-CC": "x"}},
     "python-docx",
     ["table", "value-next-cell", "tick-x-cell", "yes-no-typed", "date-d-mon-yyyy", "empty-required"],
     problems=["missing:contact_phone"],
     note="lower-case x in the tick column; the Telephone cell is empty")

case("python-docx/result-struck-words-pingshan.docx", "result", "complete",
     {**common("Ping Shan Brokerage Limited", "HSN3163", "Tang Ka Ming", "+852 2617 0045",
               "kaming.tang@pingshanbrokerage.com.hk", "Tang Ka Ming", "2023-11-26"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "successful", "OMD-CC": "not_tested"}},
     {**firm("Ping Shan Brokerage Limited", "HSN3163", "Tang Ka Ming", "+852 2617 0045",
             "kaming.tang@pingshanbrokerage.com.hk", "Tang Ka Ming", "2023-11-26"),
      "session": "2023-11-25",
      "keep": {"OTP-C": "Successful", "OTP-CSC": "Unsuccessful", "OMD-C": "Successful", "OMD-CC": "Not tested"}},
     "python-docx",
     ["table", "struck-choice", "result-struck-choice", "date-iso"],
     note="each result row holds the three words 'Successful / Unsuccessful / Not tested' in one cell and the "
          "subscriber struck through the two that do not apply (run.font.strike): the word not struck is the result")

case("python-docx/result-label-break-value-siulekyuen.docx", "result", "complete",
     {**common("Siu Lek Yuen Investment Limited", "HSN3170", "Leung Tsz Ching", "+852 2647 3391",
               "tszching.leung@slyinv.com.hk", "Leung Chi Kin", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "not_tested", "OMD-CC": "not_tested"},
      "issues": "OMD-C and OMD-CC not subscribed at the backup site."},
     {**firm("Siu Lek Yuen Investment Limited", "HSN3170", "Leung Tsz Ching", "+852 2647 3391",
             "tszching.leung@slyinv.com.hk", "Leung Chi Kin", "27th November 2023"),
      "session": "25 Nov 2023",
      "grid": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "not_tested", "OMD-CC": "not_tested"},
      "issues": "OMD-C and OMD-CC not subscribed at the backup site."},
     "python-docx",
     ["table", "label-break-value", "value-below", "two-fields-per-row", "result-tick-table", "tick-char-ballot-x",
      "date-d-mon-yyyy", "date-ordinal"],
     note="a two-column table whose cells each hold 'Label' then the value after a line break (w:br) in one "
          "paragraph: two fields per row; ☒/☐ in every cell of the result grid")

# ================================================================ openpyxl 3.0.9
case("openpyxl/intention-booleans-kamtin.xlsx", "intention", "complete",
     {**common("Kam Tin Securities Limited", "HSN3178", "Chan Hoi Ying", "2476 5523",
               "hoiying.chan@kamtinsec.com.hk", "Chan Kin Wah", "2023-11-21"),
      "participate": True, "services": ["OTP-C", "OMD-C", "OMD-CC"]},
     {**firm("Kam Tin Securities Limited", "HSN3178", "Chan Hoi Ying", "2476 5523",
             "hoiying.chan@kamtinsec.com.hk", "Chan Kin Wah", [2023, 11, 21]),
      "participate": True, "svc": {"OTP-C": True, "OTP-CSC": False, "OMD-C": True, "OMD-CC": True}},
     "openpyxl",
     ["boolean-cells", "value-next-cell", "date-serial", "custom-date-format", "inline-strings"],
     note="TRUE/FALSE boolean cells for the participation answer and for each service; date serial formatted "
          "dd/mm/yyyy; openpyxl 3.0.9 writes every string as an inline string (t=\"inlineStr\")")

case("openpyxl/result-1904-words-shataukok.xlsx", "result", "complete",
     {**common("Sha Tau Kok Capital Limited", "HSN3185", "Wan Kit Ling", "2674 8810",
               "kitling.wan@stkcapital.com", "Wan Kit Ling", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "not_tested", "OMD-CC": "successful"}},
     {**firm("Sha Tau Kok Capital Limited", "HSN3185", "Wan Kit Ling", "2674 8810",
             "kitling.wan@stkcapital.com", "Wan Kit Ling", [2023, 11, 27]),
      "session": [2023, 11, 25],
      "words": {"OTP-C": "Successful", "OTP-CSC": "Unsuccessful", "OMD-C": "Not tested", "OMD-CC": "Successful"}},
     "openpyxl",
     ["date1904", "date-serial", "custom-date-format", "result-word", "word-successful", "word-unsuccessful",
      "word-not-tested"],
     note="workbook in the 1904 date system (workbookPr date1904=1, wb.epoch = CALENDAR_MAC_1904): the serials "
          "are 43793 and 43795, which in the 1900 system would be 2019")

case("openpyxl/intention-one-cell-bilingual-taio.xlsx", "intention", "complete",
     {**common("Tai O Investment Company Limited", "HSN3192", "Lau Wing Chi", "+852 2985 7302",
               "wingchi.lau@taioinv.com.hk", "Lau Wing Chi", "2023-11-24"),
      "participate": True, "services": ["OTP-CSC", "OMD-CC"]},
     {**firm("Tai O Investment Company Limited", "HSN3192", "Lau Wing Chi", "+852 2985 7302",
             "wingchi.lau@taioinv.com.hk", "Lau Wing Chi", "24th November 2023"),
      "participate": "Yes", "ticks": {"OTP-C": "", "OTP-CSC": "✓", "OMD-C": "", "OMD-CC": "✓"}},
     "openpyxl",
     ["one-cell", "chinese-english-labels", "fullwidth-colon", "tick-check-cell", "tick-column", "yes-no-typed",
      "date-ordinal", "date-as-text"],
     note="each detail in one cell '公司名稱 Company Name：value' (full-width colon); service rows with ✓ in "
          "column B; signature date typed as text '24th November 2023'")

case("openpyxl/result-bad-id-missing-email-laufaushan.xlsx", "result", "incomplete",
     {"circular_ref": REF, "subscriber_name": "Lau Fau Shan Securities Limited",
      "contact_name": "Mok Ka Chun", "contact_phone": "2472 1180", "signatory_name": "Mok Ka Chun",
      "signed_date": "2023-11-27", "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "successful"}},
     {**firm("Lau Fau Shan Securities Limited", "HSN31207", "Mok Ka Chun", "2472 1180", "",
             "Mok Ka Chun", "27-11-2023"),
      "session": "25-11-2023",
      "grid": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "successful"}},
     "openpyxl",
     ["result-tick-table", "tick-x-cell", "invalid-subscriber-id", "empty-required", "date-dmy-dash", "date-as-text"],
     problems=["invalid:subscriber_id", "missing:contact_email"],
     note="id with five digits (HSN31207); the e-mail cell empty; X grid; dates typed as text 25-11-2023, 27-11-2023")

case("openpyxl/result-lowercase-words-hyperlink-taikoktsui.xlsx", "result", "complete",
     {**common("Tai Kok Tsui Brokerage Limited", "HSN3199", "Mak Hoi Lam", "+852 2392 8805",
               "hoilam.mak@tktbrokerage.com.hk", "Mak Chi Ming", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "not_tested", "OMD-CC": "unsuccessful"},
      "issues": "OMD-CC: no data for 3 minutes."},
     {**firm("Tai Kok Tsui Brokerage Limited", "HSN3199", "Mak Hoi Lam", "+852 2392 8805",
             "hoilam.mak@tktbrokerage.com.hk", "Mak Chi Ming", "27/11/2023"),
      "session": "2023-11-25",
      "words": {"OTP-C": "successful", "OTP-CSC": "pass", "OMD-C": "n/a", "OMD-CC": "failed"},
      "issues": "OMD-CC: no data for 3 minutes."},
     "openpyxl",
     ["result-word", "lowercase-words", "word-successful", "word-pass", "word-na", "word-failed", "hyperlink-email",
      "service-code-only-rows", "date-iso", "date-dmy-slash", "date-as-text", "inline-strings"],
     note="result words in lower case; the e-mail cell carries a mailto: hyperlink (worksheet hyperlinks part); "
          "service rows hold the bare codes; dates typed as text")

# ================================================================ XlsxWriter 3.0.2
case("xlsxwriter/intention-value-below-kowloonbay.xlsx", "intention", "complete",
     {**common("Kowloon Bay Securities Limited", "HSN3211", "Kwan Man Kei", "2755 9981",
               "mankei.kwan@kowloonbaysec.com.hk", "Kwan Man Kei", "2023-11-22"),
      "participate": True, "services": ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]},
     {**firm("Kowloon Bay Securities Limited", "HSN3211", "Kwan Man Kei", "2755 9981",
             "mankei.kwan@kowloonbaysec.com.hk", "Kwan Man Kei", [2023, 11, 22]),
      "participate": "Yes", "ticks": {"OTP-C": "✔", "OTP-CSC": "✔", "OMD-C": "✔", "OMD-CC": "✔"}},
     "xlsxwriter",
     ["value-below", "header-row-values-row", "chinese-above-english", "tick-char-heavy-check", "yes-no-typed",
      "date-serial", "custom-date-format", "merged-cells"],
     note="label cells '公司名稱\\nCompany Name' (wrapped) in one row, values in the row below; the services a "
          "second header/values pair with ✔ under each code; date serial 'd mmm yyyy'; title merged over A:F")

case("xlsxwriter/result-1904-rich-labels-sanpokong.xlsx", "result", "complete",
     {**common("San Po Kong Futures Limited", "HSN3226", "Ip Sau Ying", "(852) 2326 4401",
               "sauying.ip@spkfutures.com", "Ip Chi Wai", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "unsuccessful", "OMD-CC": "not_tested"},
      "issues": "OMD-C refresh took 12 minutes."},
     {**firm("San Po Kong Futures Limited", "HSN3226", "Ip Sau Ying", "(852) 2326 4401",
             "sauying.ip@spkfutures.com", "Ip Chi Wai", [2023, 11, 27]),
      "session": [2023, 11, 25],
      "words": {"OTP-C": "Pass", "OTP-CSC": "OK", "OMD-C": "Failed", "OMD-CC": "N/A"},
      "issues": "OMD-C refresh took 12 minutes."},
     "xlsxwriter",
     ["date1904", "date-serial", "custom-date-format", "rich-text-shared-string", "result-word", "word-pass",
      "word-ok", "word-failed", "word-na"],
     note="Workbook(date_1904=True); labels as rich strings (bold English, grey Chinese); dates 'dd/mm/yyyy'")

case("xlsxwriter/intention-decline-tszwanshan.xlsx", "intention", "complete",
     {**common("Tsz Wan Shan Securities Limited", "HSN3234", "Siu Ho Yin", "2320 7415",
               "hoyin.siu@tzwsec.com.hk", "Siu Ho Yin", "2023-11-20"),
      "participate": False},
     {**firm("Tsz Wan Shan Securities Limited", "HSN3234", "Siu Ho Yin", "2320 7415",
             "hoyin.siu@tzwsec.com.hk", "Siu Ho Yin", "20/11/2023"),
      "participate": "No"},
     "xlsxwriter",
     ["participate-false", "no-services", "yes-no-typed", "data-validation-list", "date-dmy-slash", "date-as-text",
      "value-next-cell"],
     note="'Will you participate in PS2 using HSN?' answered 'No' from a Yes/No drop-down (data validation); "
          "the four service cells empty; the date typed as text")

case("xlsxwriter/result-x-grid-text-dates-shekho.xlsx", "result", "complete",
     {**common("Shek O Capital Management Limited", "HSN3241", "Yim Tsz Kwan", "2809 4416",
               "tszkwan.yim@shekocapital.com.hk", "Yim Tsz Kwan", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OMD-C": "unsuccessful", "OMD-CC": "not_tested"},
      "issues": "No issue for OTP-C. OMD-C lost line A for 30 seconds."},
     {**firm("Shek O Capital Management Limited", "HSN3241", "Yim Tsz Kwan", "2809 4416",
             "tszkwan.yim@shekocapital.com.hk", "Yim Tsz Kwan", "27/11/2023"),
      "session": "25-11-2023",
      "grid": {"OTP-C": "successful", "OTP-CSC": "", "OMD-C": "unsuccessful", "OMD-CC": "not_tested"},
      "issues": "No issue for OTP-C.  OMD-C lost line A\nfor 30 seconds."},
     "xlsxwriter",
     ["result-tick-table", "tick-x-cell", "blank-row", "date-as-text", "date-dmy-dash", "date-dmy-slash",
      "whitespace-folding", "line-break-in-value", "chinese-english-labels"],
     note="grid marks X and x; OTP-CSC row blank (absent); issues with a double space and a line feed (folded)")

case("xlsxwriter/intention-text-booleans-datetime-lokmachau.xlsx", "intention", "complete",
     {**common("Lok Ma Chau Securities Limited", "HSN3288", "Tam Ka Yee", "2471 6650",
               "kayee.tam@lmcsec.com.hk", "Tam Ka Yee", "2023-11-22"),
      "participate": True, "services": ["OTP-C", "OTP-CSC", "OMD-CC"]},
     {**firm("Lok Ma Chau Securities Limited", "hsn3288", "Tam Ka Yee", "2471 6650",
             "kayee.tam@lmcsec.com.hk", "Tam Ka Yee", [2023, 11, 22, 15, 30]),
      "participate": "TRUE", "svc": {"OTP-C": "TRUE", "OTP-CSC": "TRUE", "OMD-C": "FALSE", "OMD-CC": "TRUE"}},
     "xlsxwriter",
     ["boolean-as-text", "text-format-cells", "lowercase-id", "date-time-serial", "custom-date-format",
      "value-next-cell"],
     note="TRUE/FALSE typed into cells formatted as Text ('@'), so they are the strings TRUE/FALSE, not booleans; "
          "id typed hsn3288; the signature date a serial with a time (45252.6458, format dd/mm/yyyy hh:mm)")

# ================================================================ Open XML SDK 3.3 used low-level (.NET)
case("openxmlsdk/intention-wingdings2-tabs-tsinglungtau.docx", "intention", "complete",
     {**common("Tsing Lung Tau Securities Limited", "HSN3255", "Hui Chi Yan", "+852 2491 2218",
               "chiyan.hui@tltsec.com.hk", "Hui Man Kit", "2023-11-21"),
      "participate": True, "services": ["OTP-C", "OMD-C"]},
     {**firm("Tsing Lung Tau Securities Limited", "HSN3255", "Hui Chi Yan", "+852 2491 2218",
             "chiyan.hui@tltsec.com.hk", "Hui Man Kit", "21 Nov 2023"),
      "participate": True, "ticks": {"OTP-C": True, "OTP-CSC": False, "OMD-C": True, "OMD-CC": False}},
     "openxmlsdk",
     ["paragraphs", "tab-separated", "label-colon", "wingdings2-sym", "box-before-label", "date-d-mon-yyyy",
      "no-styles-part"],
     note="a C# program with the Open XML SDK: every line 'Label:' run, a TabChar, the value run; the boxes are "
          "w:sym in Wingdings 2 (F054 ☒ ticked, F0A3 ☐ empty) as Word's Insert Symbol puts them, before "
          "'Yes' / 'No' and before each service; no styles part, no settings part")

case("openxmlsdk/result-sdk-cells-str-castlepeakroad.xlsx", "result", "complete",
     {**common("Castle Peak Road Securities Limited", "HSN3262", "Law Siu Kei", "2457 3306",
               "siukei.law@cprsec.com.hk", "Law Siu Kei", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "successful", "OMD-CC": "successful"}},
     {**firm("Castle Peak Road Securities Limited", "HSN3262", "Law Siu Kei", "2457 3306",
             "siukei.law@cprsec.com.hk", "Law Siu Kei", [2023, 11, 27]),
      "session": [2023, 11, 25],
      "grid": {"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "successful", "OMD-CC": "successful"}},
     "openxmlsdk",
     ["result-tick-table", "boolean-cells", "str-cells", "date-serial", "builtin-date-format", "no-shared-strings"],
     note="SpreadsheetDocument built by hand: text cells as t=\"str\" (CellValues.String, no shared strings "
          "part), the grid TRUE/FALSE booleans, dates with built-in format 14; no theme")

case("openxmlsdk/intention-sdk-table-yes-no-words-kowloontsai.docx", "intention", "incomplete",
     {"circular_ref": REF, "subscriber_name": "Kowloon Tsai Finance Limited", "subscriber_id": "HSN3270",
      "contact_name": "Ngai Wing Han", "contact_phone": "2338 0917", "contact_email": "winghan.ngai@kltfinance.com",
      "signatory_name": "Ngai Wing Han", "signed_date": "2023-11-23", "participate": True},
     {**firm("Kowloon Tsai Finance Limited", "HSN3270", "Ngai Wing Han", "2338 0917",
             "winghan.ngai@kltfinance.com", "Ngai Wing Han", "2023-11-23"),
      "participate": "Yes", "svc": {"OTP-C": "No", "OTP-CSC": "No", "OMD-C": "No", "OMD-CC": "No"}},
     "openxmlsdk",
     ["table", "value-next-cell", "service-rows-yes-no", "yes-no-typed", "date-iso", "empty-required"],
     problems=["missing:services"],
     note="participates (Yes) but answers No for every service: participate true with no service selected, "
          "so missing:services")

# ================================================================ files that are not forms
bad("pandoc/meeting-note-ps2.docx", None, "unrecognised", ["not_a_form"], "pandoc",
    ["meeting-note", "mentions-circular", "markdown-source"],
    "internal meeting note about preparing for PS2: names the circular, the four services, the desk's phone "
    "and e-mail, a staff member and a date, in headings, bullets and a small action table; no form")
bad("bad/call-tree-openpyxl.xlsx", None, "unrecognised", ["not_a_form"], "openpyxl",
    ["call-tree", "subscriber-list"],
    "a firm's PS2 call tree: Name / Role / Mobile / Email for six staff, a title naming HDS/23/1109; no form")
bad("bad/result-truncated.xlsx", None, "rejected", ["corrupt"], "openpyxl",
    ["truncated-zip"],
    "openpyxl/result-1904-words-shataukok.xlsx cut to its first 60 % (no central directory)")
bad("bad/intention-vba-project.xlsx", None, "rejected", ["macro_enabled"], "xlsxwriter",
    ["vba-project-part", "macro-content-type", "xlsm-named-xlsx"],
    "XlsxWriter add_vba_project(): xl/vbaProject.bin and the sheet.macroEnabled main type, named .xlsx; "
    "otherwise a filled intention form")
bad("bad/gnumeric-native-named.xlsx", None, "rejected", ["unsupported_type"], "gnumeric",
    ["gnumeric-named-xlsx", "gzip-xml"],
    "a filled intention form saved in Gnumeric's own format (gzip-compressed XML) and named .xlsx: not a zip")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = {"ref": REF, "services": SERVICES, "service_names": SERVICE_NAMES,
            "intention_title": INTENTION_TITLE, "result_title": RESULT_TITLE, "cases": CASES, "bad": BAD}
    with open(os.path.join(here, "cases.json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
    print(f"{len(CASES)} forms, {len(BAD)} other files")


if __name__ == "__main__":
    main()
