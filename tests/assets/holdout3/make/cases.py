#!/usr/bin/env python3
"""The oracle and the content of tests/assets/holdout3.

One case() per file. `fields` is what shared/spec/forms.md and cli.md say the reader must report
(normalised values), written by hand, never copied from a reader's output. `raw` is what is typed into
the file (the generators read it from cases.json), so the document and the oracle cannot drift apart.

`python3 cases.py` writes cases.json (read by the node, .NET and Python generators).
"""
import json
import os

REF = "HDS/23/1109"
CASES = []
BAD = []


def case(file, form, status, fields, raw, producer, idioms, problems=(), note=None):
    CASES.append({"file": file, "form": form, "status": status, "fields": fields, "raw": raw,
                  "problems": list(problems), "producer": producer, "idioms": idioms, "note": note})


def bad(file, form, status, problems, producer, idioms, note, fields=None):
    BAD.append({"file": file, "form": form, "status": status, "fields": fields or {},
                "problems": list(problems), "producer": producer, "idioms": idioms, "note": note})


def common(name, sid, contact, phone, email, signatory, signed):
    out = {"circular_ref": REF, "subscriber_name": name, "subscriber_id": sid, "contact_name": contact,
           "contact_phone": phone, "contact_email": email, "signatory_name": signatory, "signed_date": signed}
    return {k: v for k, v in out.items() if v is not None}


# ---------------------------------------------------------------- ClosedXML 0.95.4 (.NET)
case("holdout3/closedxml/intention-cover-sheet-tungchung.xlsx", "intention", "complete",
     {**common("Tung Chung Securities Limited", "HSN1204", "Mak Wing Yan", "+852 3619 2277",
               "wingyan.mak@tungchungsec.com.hk", "Lau Chi Keung", "2023-11-21"),
      "participate": True, "services": ["OTP-C", "OMD-C", "OMD-CC"]},
     {"name": "Tung Chung Securities Limited", "id": "HSN1204", "contact": "Mak Wing Yan",
      "phone": "+852 3619 2277", "email": "wingyan.mak@tungchungsec.com.hk", "signatory": "Lau Chi Keung",
      "signed": [2023, 11, 21], "participate": "Yes", "ticks": {"OTP-C": "✔", "OTP-CSC": "", "OMD-C": "✔", "OMD-CC": "✔"}},
     "closedxml",
     ["cover-sheet", "merged-label-cells", "rich-text-shared-string", "hidden-row", "tick-column",
      "tick-char-heavy-check", "yes-no-typed", "date-serial", "custom-date-format", "chinese-english-labels"],
     note="sheet 1 'Instructions' names the service desk's phone and e-mail and the labels to fill; the form "
          "is on sheet 2; each label is a rich-text string in a cell merged over A:B, the value in C; "
          "a hidden row holds the Yes/No list of the drop-down")

case("holdout3/closedxml/result-merged-grid-shatin.xlsx", "result", "complete",
     {**common("Sha Tin Brokerage Limited", "HSN1217", "Ng Ka Lok", "2688 4105",
               "kalok.ng@shatinbrokerage.hk", "Ng Ka Lok", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "unsuccessful"},
      "issues": "OMD-C feed dropped after failover. Recovered at 10:42 after a restart."},
     {"name": "Sha Tin Brokerage Limited", "id": "HSN1217", "contact": "Ng Ka Lok", "phone": "2688 4105",
      "email": "kalok.ng@shatinbrokerage.hk", "signatory": "Ng Ka Lok", "signed": [2023, 11, 27],
      "session": "25.11.2023",
      "grid": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "unsuccessful", "OMD-CC": ""},
      "issues": "OMD-C feed dropped after failover.\nRecovered at 10:42 after a restart."},
     "closedxml",
     ["result-tick-table", "tick-check-cell", "merged-cells", "merged-header", "date-dotted", "date-as-text",
      "date-serial", "line-break-in-value", "blank-row"],
     note="grid header 'Result 結果' merged over three columns; ✓ marks; OMD-CC row blank (absent); "
          "session date typed as text 25.11.2023; issues cell wraps with a line feed")

case("holdout3/closedxml/intention-missing-id-taipo.xlsx", "intention", "incomplete",
     {"circular_ref": REF, "subscriber_name": "Tai Po Investment Company Limited", "contact_name": "Yau Kin Man",
      "contact_phone": "+852 2665 4321", "contact_email": "kinman.yau@taipoinv.com.hk",
      "participate": True, "services": ["OTP-C", "OTP-CSC"], "signatory_name": "Yau Kin Man",
      "signed_date": "2023-11-23"},
     {"name": "Tai Po Investment Company Limited", "id": "", "contact": "Yau Kin Man", "phone": "+852 2665 4321",
      "email": "kinman.yau@taipoinv.com.hk", "signatory": "Yau Kin Man", "signed": "Nov 23, 2023",
      "participate": "Yes", "svc": {"OTP-C": "Yes", "OTP-CSC": "Yes", "OMD-C": "No", "OMD-CC": "No"}},
     "closedxml",
     ["service-rows-yes-no", "yes-no-typed", "date-mon-d-yyyy", "date-as-text", "empty-required", "odd-case-labels"],
     problems=["missing:subscriber_id"],
     note="id cell is styled and empty; signature date typed 'Nov 23, 2023'")

# ---------------------------------------------------------------- EPPlus 4.5.3.3 (.NET)
case("holdout3/epplus/result-wingdings2-tick-fanling.xlsx", "result", "complete",
     {**common("Fanling Capital Management Limited", "HSN1226", "Tse Hoi Ting", "(852) 2675 9031",
               "hoiting.tse@fanlingcap.com", "Tse Hoi Ting", "2023-11-26"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "successful", "OMD-CC": "successful"}},
     {"name": "Fanling Capital Management Limited", "id": "HSN1226", "contact": "Tse Hoi Ting",
      "phone": "(852) 2675 9031", "email": "hoiting.tse@fanlingcap.com", "signatory": "Tse Hoi Ting",
      "signed": [2023, 11, 26], "session": [2023, 11, 25],
      "grid": {"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "successful", "OMD-CC": "successful"}},
     "epplus",
     ["result-tick-table", "wingdings2-tick-cell", "date-serial", "custom-date-format"],
     note="ticks are the letter P in a cell whose font is Wingdings 2, which Excel shows (and prints) as ✓ — "
          "the usual Excel way to tick a box; the other grid cells are empty")

case("holdout3/epplus/intention-formulas-sheungshui.xlsx", "intention", "complete",
     {**common("Sheung Shui Securities Limited", "HSN1238", "Fung Mei Ling", "+852 2670 3388",
               "meiling.fung@sheungshuisec.com.hk", "Fung Mei Ling", "2023-11-23"),
      "participate": True, "services": ["OTP-C", "OTP-CSC"]},
     {"name": "Sheung Shui Securities Limited", "id": "hsn1238", "contact": "Fung Mei Ling",
      "phone": "+852 2670 3388", "email": "meiling.fung@sheungshuisec.com.hk", "signatory": "Fung Mei Ling",
      "signed": [2023, 11, 23], "participate": "Yes",
      "ticks": {"OTP-C": "✓", "OTP-CSC": "✓", "OMD-C": "", "OMD-CC": ""}},
     "epplus",
     ["formula-cached-str", "formula-cached-number", "hidden-sheet", "tick-check-cell", "date-serial", "lowercase-id"],
     note="every value on the form sheet is a formula (=Data!B2, =UPPER(Data!B3), =DATE(2023,11,23)) with its "
          "cached value (t=\"str\" for text); the firm's data sits on a hidden sheet 'Data' as label/value rows")

# ---------------------------------------------------------------- MiniExcel 1.46 (.NET), our xlsx template
case("holdout3/miniexcel/intention-template-tuenmun.xlsx", "intention", "complete",
     {**common("Tuen Mun Investment Limited", "HSN1245", "Chow Siu Ming", "2450 8812",
               "siuming.chow@tuenmuninv.com", "Chow Siu Ming", "2023-11-20"),
      "participate": True, "services": ["OTP-C", "OMD-C"]},
     {"name": "Tuen Mun Investment Limited", "id": "HSN1245", "contact": "Chow Siu Ming", "phone": "2450 8812",
      "email": "siuming.chow@tuenmuninv.com", "signatory": "Chow Siu Ming", "signed": "20/11/2023",
      "participate": "Yes", "svc": {"OTP-C": "Yes", "OTP-CSC": "No", "OMD-C": "Yes", "OMD-CC": "No"}},
     "miniexcel",
     ["own-template", "template-filled-by-tool", "defined-names", "service-rows-yes-no", "yes-no-typed",
      "date-dmy-slash"],
     note="our blank intention.xlsx with {{tags}} typed in the value cells, filled by MiniExcel SaveAsByTemplate")

# ---------------------------------------------------------------- SpreadCheetah 1.28 (.NET)
case("holdout3/spreadcheetah/result-streaming-yuenlong.xlsx", "result", "complete",
     {**common("Yuen Long Futures Company Limited", "HSN1252", "Ho Wai Shan", "+852 2475-6620",
               "waishan.ho@ylfutures.com.hk", "Lam Kwok Wah", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "not_tested", "OMD-CC": "unsuccessful"},
      "issues": "OMD-CC multicast not received at backup site"},
     {"name": "Yuen Long Futures Company Limited", "id": "HSN1252", "contact": "Ho Wai Shan",
      "phone": "+852 2475-6620", "email": "waishan.ho@ylfutures.com.hk", "signatory": "Lam Kwok Wah",
      "signed": [2023, 11, 27], "session": [2023, 11, 25],
      "words": {"OTP-C": "Pass", "OTP-CSC": "Pass", "OMD-C": "Not Tested", "OMD-CC": "Fail"},
      "issues": "OMD-CC multicast not received at backup site"},
     "spreadcheetah",
     ["streaming-writer", "inline-strings", "cells-without-ref", "result-word", "word-pass", "word-fail", "word-not-tested",
      "alt-labels", "date-serial"],
     note="cells carry no r= reference (SpreadCheetah omits them); labels Company Name / Subscriber Code / Contact Name / Contact Number / E-mail Address / "
          "Authorised Person / Remarks")

# ---------------------------------------------------------------- docxtemplater 3.71 + pizzip, our docx templates
case("holdout3/docxtemplater/intention-template-maonshan.docx", "intention", "complete",
     {**common("Ma On Shan Securities Limited", "HSN1263", "Yeung Tsz Kin", "+852 2631 7070",
               "tszkin.yeung@maonshansec.com", "Yeung Tsz Kin", "2023-11-22"),
      "participate": True, "services": ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]},
     {"name": "Ma On Shan Securities Limited", "id": "HSN1263", "contact": "Yeung Tsz Kin",
      "phone": "+852 2631 7070", "email": "tszkin.yeung@maonshansec.com", "signatory": "Yeung Tsz Kin",
      "signed": "22/11/2023", "participate": True,
      "ticks": {"OTP-C": True, "OTP-CSC": True, "OMD-C": True, "OMD-CC": True}},
     "docxtemplater",
     ["own-template", "template-filled-by-tool", "sdt-tag-canonical", "date-control-no-fulldate",
      "tick-char-ballot-x", "box-before-label", "date-dmy-slash"],
     note="our blank intention.docx as a firm prepares it once in Word: {tags} typed into the text controls "
          "(so no placeholder flag), each check box control replaced by a {tag} that renders ☒ or ☐; the date "
          "control's text is filled but it has no w:fullDate")

case("holdout3/docxtemplater/result-loop-rows-tseungkwano.docx", "result", "complete",
     {**common("Tseung Kwan O Capital Limited", "HSN1271", "Kwok Hiu Tung", "3105 2266",
               "hiutung.kwok@tkocapital.com.hk", "Kwok Hiu Tung", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OMD-C": "successful", "OMD-CC": "unsuccessful"},
      "issues": "OMD-CC: no retransmission from the backup site. Raised with the service desk at 11:05."},
     {"name": "Tseung Kwan O Capital Limited", "id": "HSN1271", "contact": "Kwok Hiu Tung", "phone": "3105 2266",
      "email": "hiutung.kwok@tkocapital.com.hk", "signatory": "Kwok Hiu Tung", "signed": "27-11-2023",
      "session": "25 November 2023",
      "rows": [["OTP-C – Orion Trading Platform – Securities Market", "Successful"],
               ["OMD-C – Orion Market Data – Securities Market", "Successful"],
               ["OMD-CC – Orion Market Data – China Connect", "Unsuccessful"]],
      "issues": "OMD-CC: no retransmission from the backup site.\nRaised with the service desk at 11:05."},
     "docxtemplater",
     ["own-template", "template-filled-by-tool", "loop-generated-rows", "result-word", "word-successful",
      "word-unsuccessful", "line-break-in-value", "date-d-month-yyyy", "date-dmy-dash"],
     note="our result.docx with the result table's rows replaced by one docxtemplater loop row; only the three "
          "services verified get a row; issues rendered with linebreaks (w:br)")

case("holdout3/docxtemplater/intention-empty-email-hunghom.docx", "intention", "incomplete",
     {"circular_ref": REF, "subscriber_name": "Hung Hom Brokers Limited", "subscriber_id": "HSN1289",
      "contact_name": "Leung Pui Yee", "contact_phone": "2765 1123", "participate": False,
      "signatory_name": "Leung Pui Yee", "signed_date": "2023-11-24"},
     {"name": "Hung Hom Brokers Limited", "id": "HSN1289", "contact": "Leung Pui Yee", "phone": "2765 1123",
      "email": None, "signatory": "Leung Pui Yee", "signed": "24/11/2023", "participate": False,
      "ticks": {"OTP-C": False, "OTP-CSC": False, "OMD-C": False, "OMD-CC": False}},
     "docxtemplater",
     ["own-template", "template-filled-by-tool", "participate-false", "no-services", "empty-required",
      "tick-char-ballot-x", "box-before-label"],
     problems=["missing:contact_email"],
     note="declines (☒ against 'We will not participate'); the e-mail tag rendered empty (null), so the "
          "text control is empty and carries no placeholder")

# ---------------------------------------------------------------- xlsx-template 1.4.7 (npm), our xlsx template
case("holdout3/xlsx-template/result-template-kowloontong.xlsx", "result", "complete",
     {**common("Kowloon Tong Finance Limited", "HSN1294", "Szeto Ka Wai", "+852 2338 0456",
               "kawai.szeto@kltfinance.hk", "Szeto Ka Wai", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-CC": "not_tested"},
      "issues": "OTP-CSC login rejected at the backup site"},
     {"name": "Kowloon Tong Finance Limited", "id": "HSN1294", "contact": "Szeto Ka Wai",
      "phone": "+852 2338 0456", "email": "kawai.szeto@kltfinance.hk", "signatory": "Szeto Ka Wai",
      "signed": [2023, 11, 27], "session": [2023, 11, 25],
      "words": {"OTP-C": "Successful", "OTP-CSC": "Unsuccessful", "OMD-C": "", "OMD-CC": "Not tested"},
      "issues": "OTP-CSC login rejected at the backup site"},
     "xlsx-template",
     ["own-template", "template-filled-by-tool", "defined-names", "shared-strings", "result-word",
      "word-successful", "word-unsuccessful", "word-not-tested", "blank-row", "empty-string-cell", "date-serial"],
     note="our blank result.xlsx re-saved with ${placeholders} as shared strings, filled by xlsx-template; "
          "OMD-C rendered as an empty shared string (absent)")

# ---------------------------------------------------------------- xlsx-js-style 1.2.0 (npm)
case("holdout3/xlsx-js-style/intention-styled-wongtaisin.xlsx", "intention", "complete",
     {**common("Wong Tai Sin Securities Company Limited", "HSN1302", "Poon Ming Fai", "2326 4480",
               "mingfai.poon@wtsec.com.hk", "Poon Ming Fai", "2023-11-23"),
      "participate": True, "services": ["OTP-C", "OMD-C"]},
     {"name": "Wong Tai Sin Securities Company Limited", "id": "HSN1302", "contact": "Poon Ming Fai",
      "phone": "2326 4480", "email": "mingfai.poon@wtsec.com.hk", "signatory": "Poon Ming Fai",
      "signed": [2023, 11, 23],
      "ticks": {"OTP-C": "☑", "OTP-CSC": "☐", "OMD-C": "☑", "OMD-CC": "☐"}},
     "xlsx-js-style",
     ["box-before-label", "tick-char-ballot-check", "fullwidth-label", "fullwidth-colon", "date-serial",
      "custom-date-format", "chinese-english-labels"],
     note="labels typed with a Chinese IME in full-width forms (Ｅｍａｉｌ：, Ｔｅｌ：); participation and "
          "services as ☑/☐ in a column before the option; date format yyyy/mm/dd")

# ---------------------------------------------------------------- write-excel-file 4.1.1 (npm)
case("holdout3/write-excel-file/result-grid-diamondhill.xlsx", "result", "complete",
     {**common("Diamond Hill Asset Management Limited", "HSN1315", "Chan Hoi Lam", "+852 2955 7302",
               "hoilam.chan@dhamltd.com", "Chan Hoi Lam", "2023-11-26"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "not_tested"}},
     {"name": "Diamond Hill Asset Management Limited", "id": "HSN1315", "contact": "Chan Hoi Lam",
      "phone": "+852 2955 7302", "email": "hoilam.chan@dhamltd.com", "signatory": "Chan Hoi Lam",
      "signed": [2023, 11, 26], "session": [2023, 11, 25],
      "grid": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "not_tested"}},
     "write-excel-file",
     ["result-tick-table", "tick-x-cell", "date-serial", "custom-date-format"],
     note="X grid; dates as serials in format dd/mm/yyyy")

# ---------------------------------------------------------------- officegen 0.6.5 (npm)
case("holdout3/officegen/intention-paragraphs-lokfu.docx", "intention", "complete",
     {**common("Lok Fu Trading Company Limited", "HSN1320", "Siu Wing Chi", "2336 9087",
               "wingchi.siu@lokfutrading.com.hk", "Siu Wing Chi", "2023-11-24"),
      "participate": True, "services": ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]},
     {"name": "Lok Fu Trading Company Limited", "id": "HSN1320", "contact": "Siu Wing Chi", "phone": "2336 9087",
      "email": "wingchi.siu@lokfutrading.com.hk", "signatory": "Siu Wing Chi", "signed": "24.11.2023",
      "participate": "Yes", "ticks": {"OTP-C": "✓", "OTP-CSC": "✓", "OMD-C": "✓", "OMD-CC": "✓"}},
     "officegen",
     ["label-colon-value", "paragraphs", "tick-column", "tick-char-check", "yes-no-typed", "date-dotted"],
     note="officegen writes each text span as its own run; services in a table with a ✓ column")

case("holdout3/officegen/result-sheet-homantin.xlsx", "result", "complete",
     {**common("Ho Man Tin Securities Limited", "HSN1336", "Tang Chun Yip", "+852 2711 3040",
               "chunyip.tang@hmtsec.com", "Tang Chun Yip", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "successful"}},
     {"name": "Ho Man Tin Securities Limited", "id": "HSN1336", "contact": "Tang Chun Yip",
      "phone": "+852 2711 3040", "email": "chunyip.tang@hmtsec.com", "signatory": "Tang Chun Yip",
      "signed": "Nov 27, 2023", "session": "2023-11-25",
      "words": {"OTP-C": "Successful", "OTP-CSC": "Successful", "OMD-C": "Successful", "OMD-CC": "Successful"}},
     "officegen",
     ["shared-strings", "result-word", "word-successful", "date-as-text", "date-iso", "date-mon-d-yyyy"],
     note="officegen xlsx: every cell a shared string; dates typed as text")

# ---------------------------------------------------------------- html-to-docx 1.8.0 (npm)
case("holdout3/html-to-docx/intention-html-jordan.docx", "intention", "complete",
     {**common("Jordan Road Capital Limited", "HSN1341", "Yip Sze Wan", "2730 5561",
               "szewan.yip@jordanroadcap.com", "Yip Sze Wan", "2023-11-24"),
      "participate": True, "services": ["OTP-CSC", "OMD-CC"]},
     {"name": "Jordan Road Capital Limited", "id": "HSN1341", "contact": "Yip Sze Wan", "phone": "2730&nbsp;5561",
      "email": "szewan.yip@jordanroadcap.com", "signatory": "Yip Sze Wan", "signed": "Nov 24, 2023",
      "ticks": {"OTP-C": "☐", "OTP-CSC": "☑", "OMD-C": "☐", "OMD-CC": "☑"}},
     "html-to-docx",
     ["html-source", "table", "value-next-cell", "nbsp-in-value", "ballot-choice-sentence",
      "tick-char-ballot-check", "box-before-label", "date-mon-d-yyyy"],
     note="a firm's web intranet renders the form as HTML and converts it; the phone has a no-break space "
          "between its groups (folded to a space)")

# ---------------------------------------------------------------- html-docx-js 0.3.1 (npm): altChunk
case("holdout3/html-docx-js/result-altchunk-princeedward.docx", "result", "complete",
     {**common("Prince Edward Securities Limited", "HSN1358", "Law Ka Yan", "2380 6674",
               "kayan.law@pesec.com.hk", "Law Ka Yan", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "successful", "OMD-CC": "successful"},
      "issues": "OTP-CSC order entry timed out after failover"},
     {"name": "Prince Edward Securities Limited", "id": "HSN1358", "contact": "Law Ka Yan", "phone": "2380 6674",
      "email": "kayan.law@pesec.com.hk", "signatory": "Law Ka Yan", "signed": "27/11/2023",
      "session": "25/11/2023",
      "words": {"OTP-C": "Successful", "OTP-CSC": "Unsuccessful", "OMD-C": "Successful", "OMD-CC": "Successful"},
      "issues": "OTP-CSC order entry timed out after failover"},
     "html-docx-js",
     ["alt-chunk", "mht-part", "html-source", "table", "result-word", "word-successful", "word-unsuccessful",
      "date-dmy-slash"],
     note="the whole body is a w:altChunk pointing at an MHT (MIME HTML) part, which Word renders as the "
          "document (Word converts it to ordinary paragraphs on the first save); the content is a full result form")

# ---------------------------------------------------------------- ISO/IEC 29500 Strict (hand-written)
case("holdout3/strict/intention-strict-cheungshawan.docx", "intention", "complete",
     {**common("Cheung Sha Wan Brokerage Limited", "HSN1362", "Wan Chi Ho", "+852 2741 0098",
               "chiho.wan@cswbrokerage.com", "Wan Chi Ho", "2023-11-23"),
      "participate": True, "services": ["OTP-C", "OMD-C"]},
     {"name": "Cheung Sha Wan Brokerage Limited", "id": "HSN1362", "contact": "Wan Chi Ho",
      "phone": "+852 2741 0098", "email": "chiho.wan@cswbrokerage.com", "signatory": "Wan Chi Ho",
      "signed": "23/11/2023", "ticks": {"OTP-C": "☒", "OTP-CSC": "☐", "OMD-C": "☒", "OMD-CC": "☐"}},
     "wordxml-strict",
     ["ooxml-strict", "purl-namespaces", "strict-relationships", "table", "value-next-cell",
      "tick-char-ballot-x", "box-before-label", "date-dmy-slash"],
     note="as Word's 'Strict Open XML Document' saves: http://purl.oclc.org/ooxml/ namespaces and "
          "relationship types, w:conformance=\"strict\"")

case("holdout3/strict/result-strict-laichikok.xlsx", "result", "complete",
     {**common("Lai Chi Kok Investment Services Limited", "HSN1377", "Mok Sin Yee", "2370 8215",
               "sinyee.mok@lckinvest.com.hk", "Mok Sin Yee", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "successful", "OMD-CC": "unsuccessful"},
      "issues": "OMD-CC retransmission server unreachable"},
     {"name": "Lai Chi Kok Investment Services Limited", "id": "HSN1377", "contact": "Mok Sin Yee",
      "phone": "2370 8215", "email": "sinyee.mok@lckinvest.com.hk", "signatory": "Mok Sin Yee",
      "signed": "2023-11-27T00:00:00", "session": "2023-11-25T00:00:00",
      "words": {"OTP-C": "Successful", "OTP-CSC": "Not tested", "OMD-C": "Successful", "OMD-CC": "Unsuccessful"},
      "issues": "OMD-CC retransmission server unreachable"},
     "sheetxml-strict",
     ["ooxml-strict", "purl-namespaces", "strict-relationships", "date-cell-iso-t-d", "shared-strings",
      "result-word", "word-successful", "word-unsuccessful", "word-not-tested"],
     note="as Excel's 'Strict Open XML Spreadsheet' saves: purl namespaces, conformance=\"strict\", and dates "
          "stored as ISO 8601 date cells (t=\"d\"), not serials")

# ---------------------------------------------------------------- Google Sheets / Docs export style (hand-written)
case("holdout3/google/intention-gsheets-meifoo.xlsx", "intention", "complete",
     {**common("Mei Foo Securities Limited", "HSN1383", "Kwan Yuen Ting", "+852 2742 6631",
               "yuenting.kwan@meifoosec.com", "Kwan Yuen Ting", "2023-11-22"),
      "participate": True, "services": ["OTP-C", "OTP-CSC", "OMD-CC"]},
     {"name": "Mei Foo Securities Limited", "id": "hsn1383", "contact": "Kwan Yuen Ting",
      "phone": "+852 2742 6631", "email": "yuenting.kwan@meifoosec.com", "signatory": "Kwan Yuen Ting",
      "signed": 45252, "participate": "Yes",
      "bools": {"OTP-C": True, "OTP-CSC": True, "OMD-C": False, "OMD-CC": True}},
     "sheetxml-google",
     ["google-sheets", "boolean-cells", "formula-cached-str", "error-cell", "rich-text-shared-string",
      "date-serial", "custom-date-format", "lowercase-id"],
     note="Google Sheets check boxes export as TRUE/FALSE cells; the id is =UPPER(\"hsn1383\") with its "
          "cached text; a description column holds =VLOOKUP(...) cells, one of them the error #N/A")

case("holdout3/google/result-gdocs-tsingyi.docx", "result", "complete",
     {**common("Tsing Yi Capital Limited", "HSN1396", "Lui Chun Kit", "2431 5520",
               "chunkit.lui@tsingyicap.com", "Lui Chun Kit", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "not_tested", "OMD-CC": "successful"}},
     {"name": "Tsing Yi Capital Limited", "id": "HSN1396", "contact": "Lui Chun Kit", "phone": "2431 5520",
      "email": "chunkit.lui@tsingyicap.com", "signatory": "Lui Chun Kit", "signed": "Nov 27, 2023",
      "session": "25/11/2023",
      "words": {"OTP-C": "Successful", "OTP-CSC": "Successful", "OMD-C": "Not tested", "OMD-CC": "Successful"}},
     "wordxml-google",
     ["google-docs", "sdt-goog-rdk", "tracked-insertion", "tracked-deletion", "bookmark-in-label", "table",
      "result-word", "word-successful", "word-not-tested", "date-dmy-slash", "date-mon-d-yyyy"],
     note="Google Docs export: runs wrapped in w:sdt tagged goog_rdk_N, a suggestion exported as tracked "
          "changes (OTP-C: 'Unsuccessful' deleted, 'Successful' inserted), _gjdgxs bookmark")

# ---------------------------------------------------------------- Apple Pages / Numbers export style (hand-written)
case("holdout3/apple/intention-pages-mawan.docx", "intention", "complete",
     {**common("Ma Wan Markets Limited", "HSN1404", "Au Yeung Ka Ho", "+852 2986 1204",
               "kaho.auyeung@mawanmarkets.com", "Au Yeung Ka Ho", "2023-11-21"),
      "participate": True, "services": ["OMD-C", "OMD-CC"]},
     {"name": "Ma Wan Markets Limited", "id": "HSN1404", "contact": "Au Yeung Ka Ho", "phone": "+852 2986 1204",
      "email": "kaho.auyeung@mawanmarkets.com", "signatory": "Au Yeung Ka Ho", "signed": "Nov 21, 2023",
      "ticks": {"OTP-C": "☐", "OTP-CSC": "☐", "OMD-C": "☑", "OMD-CC": "☑"}},
     "wordxml-pages",
     ["apple-pages", "table", "value-next-cell", "complex-field-hyperlink", "fld-char", "tick-char-ballot-check",
      "box-before-label", "ballot-choice-sentence", "date-mon-d-yyyy"],
     note="Pages export idioms (Helvetica Neue, 'Table Style 2', w:rtl 0 in every run); the e-mail is a "
          "complex HYPERLINK field (instrText mailto: must not be read as text)")

case("holdout3/apple/result-numbers-two-tables-pengchau.xlsx", "result", "complete",
     {**common("Peng Chau Securities Limited", "HSN1419", "Ip Wai Man", "2983 0071",
               "waiman.ip@pengchausec.com.hk", "Ip Wai Man", "2023-11-26"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "unsuccessful", "OMD-CC": "successful"},
      "issues": "OMD-C snapshot channel late by 30 seconds"},
     {"name": "Peng Chau Securities Limited", "id": "HSN1419", "contact": "Ip Wai Man", "phone": "2983 0071",
      "email": "waiman.ip@pengchausec.com.hk", "signatory": "Ip Wai Man", "signed": [2023, 11, 26],
      "session": [2023, 11, 25],
      "bools": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "unsuccessful", "OMD-CC": "successful"},
      "issues": "OMD-C snapshot channel late by 30 seconds"},
     "sheetxml-numbers",
     ["apple-numbers", "export-summary-sheet", "form-split-across-sheets", "boolean-cells", "result-tick-table",
      "date-serial", "custom-date-format"],
     note="Numbers exports one worksheet per table: sheet 1 'Export Summary' lists the tables, 'Form - Details' "
          "holds the subscriber block, 'Form - Results' the grid (check boxes as TRUE/FALSE) and the dates. "
          "One workbook, one form: the fields of both sheets count")

# ---------------------------------------------------------------- WPS Spreadsheets (hand-written)
case("holdout3/wps/intention-wps-chinese-saiyingpun.xlsx", "intention", "complete",
     {**common("西營盤證券有限公司", "HSN1428", "鄧家欣", "2540 3318",
               "kayan.tang@sypsec.com.hk", "鄧家欣", "2023-11-24"),
      "participate": True, "services": ["OTP-C", "OMD-C"]},
     {"name": "西營盤證券有限公司", "id": "HSN1428", "contact": "鄧家欣", "phone": "2540 3318",
      "email": "kayan.tang@sypsec.com.hk", "signatory": "鄧家欣", "signed": [2023, 11, 24], "participate": "是",
      "ticks": {"OTP-C": "✔", "OTP-CSC": "", "OMD-C": "✔", "OMD-CC": ""}},
     "sheetxml-wps",
     ["wps-office", "chinese-labels-only", "chinese-text-values", "fullwidth-colon", "yes-no-chinese",
      "tick-column", "tick-char-heavy-check", "date-serial", "cjk-date-format"],
     note="WPS Spreadsheets idioms (etc: namespace, KSOProductBuildVer); labels only in Chinese with "
          "full-width colons; participation answered 是 (yes); date serial shown as 2023年11月24日")

# ---------------------------------------------------------------- hand-written WordprocessingML: older Word idioms
case("holdout3/wordxml3/intention-customxml-tracked-kaitak.docx", "intention", "complete",
     {**common("Kai Tak Securities Limited", "HSN1435", "Chiu Man Kit", "+852 2330 1975",
               "mankit.chiu@kaitaksec.com", "Chiu Man Kit", "2023-11-22"),
      "participate": True, "services": ["OTP-C", "OMD-C"]},
     {"name": "Kai Tak Securities Limited", "id": "HSN1435", "contact": "Chiu Man Kit", "old_contact": "Wong Siu Lun",
      "phone": "+852 2330 1975", "email": "mankit.chiu@kaitaksec.com", "signatory": "Chiu Man Kit",
      "signed": "22.11.2023"},
     "wordxml",
     ["custom-xml-markup", "tracked-insertion", "tracked-deletion", "smart-tag", "complex-field-docproperty",
      "fld-char", "tick-char-ballot-x", "box-before-label", "date-dotted", "table"],
     note="Word 2007 custom XML markup (w:customXml) around rows, cells and runs; contact name changed with "
          "track changes (old name deleted, new inserted); OTP-CSC's ☒ deleted and ☐ inserted, OTP-C's ☒ "
          "inserted; subscriber name is the result of a DOCPROPERTY Company complex field; the signatory "
          "inside a w:smartTag")

case("holdout3/wordxml3/intention-chinese-two-tables-tokwawan.docx", "intention", "complete",
     {**common("土瓜灣證券有限公司", "HSN1447", "麥志強", "2713 6620",
               "chikeung.mak@tkwsec.com.hk", "麥志強", "2023-11-23"),
      "participate": True, "services": ["OTP-C", "OTP-CSC", "OMD-C"]},
     {"name": "土瓜灣證券有限公司", "id": "HSN1447", "contact": "麥志強", "phone": "2713\u00a06620",
      "email": "chikeung.mak@tkwsec.com.hk", "signatory": "麥志強", "signed": "2023年11月23日",
      "ticks": {"OTP-C": "☑", "OTP-CSC": "☑", "OMD-C": "☑", "OMD-CC": "☐"}},
     "wordxml",
     ["chinese-labels-only", "chinese-text-values", "fullwidth-colon", "form-split-across-tables",
      "nbsp-in-value", "date-cjk", "tick-char-ballot-check", "box-before-label", "table"],
     note="labels only in Chinese (公司名稱：, 用戶編號：, 聯絡人：, 電話：, 電郵：, 授權人姓名：, 日期：); the "
          "form is split into two tables (details; participation and services) with a paragraph between; the "
          "participation sentences are the template's Chinese ones")

case("holdout3/wordxml3/result-fullwidth-nbsp-cheklapkok.docx", "result", "incomplete",
     {"circular_ref": REF, "subscriber_name": "Chek Lap Kok Trading Limited", "subscriber_id": "HSN1452",
      "contact_phone": "+852 2186 4400", "contact_email": "ops@clktrading.com.hk",
      "signatory_name": "Fong Kin Wai", "signed_date": "2023-11-27", "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "not_tested"}},
     {"name": "Chek Lap Kok Trading Limited", "id": "HSN1452", "contact": "\u00a0", "phone": "+852 2186 4400",
      "email": "ops@clktrading.com.hk", "signatory": "Fong Kin Wai", "signed": "2023年11月27日",
      "session": "Nov 25, 2023",
      "ticks": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "not_tested"}},
     "wordxml",
     ["fullwidth-label", "fullwidth-colon", "label-colon-value", "paragraphs", "nbsp-only-value", "empty-required",
      "result-tick-table", "tick-char-ballot-check", "date-cjk", "date-mon-d-yyyy"],
     problems=["missing:contact_name"],
     note="labels typed in full-width letters (Ｃｏｎｔａｃｔ　Ｐｅｒｓｏｎ：, Ｔｅｌ：, Ｅｍａｉｌ：); the "
          "contact person is a lone no-break space, which is no value")

# ---------------------------------------------------------------- hand-written SpreadsheetML: Excel 365 idioms
case("holdout3/sheetxml/result-phonetic-richtext-siusaiwan.xlsx", "result", "complete",
     {**common("Siu Sai Wan Securities Limited", "HSN1466", "佐藤 健", "+852 2897 5150",
               "k.sato@siusaiwansec.com.hk", "佐藤 健", "2023-11-27"),
      "session_date": "2023-11-25",
      "results": {"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "successful", "OMD-CC": "unsuccessful"},
      "issues": "OMD-CC gap fill timed out"},
     {"name": "Siu Sai Wan Securities Limited", "id": "HSN1466", "contact": "佐藤 健", "phone": "+852 2897 5150",
      "email": "k.sato@siusaiwansec.com.hk", "signatory": "佐藤 健", "signed": 45257, "session": 45255,
      "words": {"OTP-C": "Successful", "OTP-CSC": "N/A", "OMD-C": "Successful", "OMD-CC": "Unsuccessful"},
      "issues": "OMD-CC gap fill timed out"},
     "sheetxml",
     ["phonetic-runs", "rich-text-shared-string", "cover-sheet", "hidden-row", "error-cell", "merged-label-cells",
      "formula-cached-str", "result-word", "word-na", "date-serial"],
     note="Excel with a Japanese IME: the contact's shared string carries <rPh> phonetic runs (サトウ ケン) that "
          "are not text; the company name is a rich-text string in three runs; a cover sheet comes first; "
          "a hidden row holds an old contact line; a helper column has #REF! and #DIV/0! error cells")

# ---------------------------------------------------------------- LibreOffice 7.4 conversions, new filters/sources
case("holdout3/libreoffice/intention-txt-hengfachuen.docx", "intention", "complete",
     {**common("Heng Fa Chuen Brokerage Limited", "HSN1473", "Cheng Yat Fung", "2556 0192",
               "yatfung.cheng@hfcbrokerage.com", "Cheng Yat Fung", "2023-11-24"),
      "participate": True, "services": ["OTP-C", "OMD-C"]},
     {"name": "Heng Fa Chuen Brokerage Limited", "id": "HSN1473", "contact": "Cheng Yat Fung", "phone": "2556 0192",
      "email": "yatfung.cheng@hfcbrokerage.com", "signatory": "Cheng Yat Fung", "signed": "24/11/2023",
      "participate": "Yes", "ticks": {"OTP-C": "[X]", "OTP-CSC": "[ ]", "OMD-C": "[X]", "OMD-CC": "[ ]"}},
     "libreoffice",
     ["txt-source", "label-colon-value", "paragraphs", "bracket-x-tick", "tick-x-against-box", "yes-no-typed",
      "date-dmy-slash"],
     note="a plain-text reply typed in an editor ([X] / [ ] boxes), converted with the 'MS Word 2007 XML' filter")

case("holdout3/libreoffice/result-csv-missing-results-taiwai.xlsx", "result", "incomplete",
     {**common("Tai Wai Securities Limited", "HSN1481", "Lo Ka Yee", "+852 2601 7745",
               "kayee.lo@taiwaisec.com", "Lo Ka Yee", "2023-11-27"),
      "session_date": "2023-11-25"},
     {"name": "Tai Wai Securities Limited", "id": "HSN1481", "contact": "Lo Ka Yee", "phone": "+852 2601 7745",
      "email": "kayee.lo@taiwaisec.com", "signatory": "Lo Ka Yee", "signed": "2023-11-27", "session": "2023-11-25"},
     "libreoffice",
     ["csv-source", "value-next-cell", "date-iso", "date-serial", "blank-row", "empty-required"],
     problems=["missing:results"],
     note="CSV (Field,Value) converted with 'Calc MS Excel 2007 XML'; the four result rows are empty")

case("holdout3/libreoffice/intention-html-calc-decline-fotan.xlsx", "intention", "complete",
     {**common("Fo Tan Investment Company Limited", "HSN1490", "Cheuk Wing Sze", "2699 8300",
               "wingsze.cheuk@fotaninv.com.hk", "Cheuk Wing Sze", "2023-11-20"),
      "participate": False},
     {"name": "Fo Tan Investment Company Limited", "id": "HSN1490", "contact": "Cheuk Wing Sze", "phone": "2699 8300",
      "email": "wingsze.cheuk@fotaninv.com.hk", "signatory": "Cheuk Wing Sze", "signed": "20 Nov 2023",
      "participate": "No"},
     "libreoffice",
     ["html-source", "html-calc-import", "participate-false", "no-services", "yes-no-typed", "date-d-mon-yyyy",
      "date-as-text"],
     note="an HTML table imported by Calc ('HTML (StarCalc)') and saved as xlsx; declines, service cells empty")

case("holdout3/libreoffice/intention-template-kausaichau.dotx", "intention", "complete",
     {**common("Kau Sai Chau Capital Limited", "HSN1502", "Ho Chun Hei", "+852 2791 6650",
               "chunhei.ho@kscapital.com.hk", "Ho Chun Hei", "2023-11-21"),
      "participate": True, "services": ["OTP-C"]},
     {"name": "Kau Sai Chau Capital Limited", "id": "HSN1502", "contact": "Ho Chun Hei", "phone": "+852 2791 6650",
      "email": "chunhei.ho@kscapital.com.hk", "signatory": "Ho Chun Hei", "signed": "21/11/2023",
      "ticks": {"OTP-C": "☒", "OTP-CSC": "☐", "OMD-C": "☐", "OMD-CC": "☐"}},
     "libreoffice",
     ["word-template-dotx", "html-source", "table", "value-next-cell", "tick-char-ballot-x", "box-before-label",
      "date-dmy-slash"],
     note="a filled form saved as a Word template ('MS Word 2007 XML Template', main part "
          "wordprocessingml.template.main+xml). Not macro-enabled, not legacy: the content decides, so it is read")

case("holdout3/libreoffice/intention-ooxml-filter-bad-email-wongchukhang.docx", "intention", "incomplete",
     {"circular_ref": REF, "subscriber_name": "Wong Chuk Hang Securities Limited", "subscriber_id": "HSN1517",
      "contact_name": "Kwan Chi Yan", "contact_phone": "2555 0810", "participate": True,
      "services": ["OTP-CSC", "OMD-CC"], "signatory_name": "Kwan Chi Yan", "signed_date": "2023-11-24"},
     {"name": "Wong Chuk Hang Securities Limited", "id": "HSN1517", "contact": "Kwan Chi Yan", "phone": "2555 0810",
      "email": "chiyan.kwan at wchsec.com.hk", "signatory": "Kwan Chi Yan", "signed": "2023-11-24",
      "participate": "Yes", "ticks": {"OTP-C": "", "OTP-CSC": "X", "OMD-C": "", "OMD-CC": "X"}},
     "libreoffice",
     ["fodt-source", "ooxml-text-filter", "table", "value-next-cell", "tick-x-cell", "yes-no-typed", "date-iso",
      "invalid-email"],
     problems=["invalid:contact_email"],
     note="written with the 'Office Open XML Text' export filter (not 'MS Word 2007 XML'); e-mail typed "
          "'chiyan.kwan at wchsec.com.hk'")

# ---------------------------------------------------------------- our own blank form, returned unfilled
case("holdout3/hsnforms/intention-blank-returned.docx", "intention", "incomplete",
     {"circular_ref": REF},
     {},
     "hsnforms",
     ["own-template", "sdt-placeholder", "empty-required", "blank-form"],
     problems=["missing:subscriber_name", "missing:subscriber_id", "missing:contact_name", "missing:contact_phone",
               "missing:contact_email", "missing:participate"],
     note="`hsnforms template intention --format docx` sent back untouched: every control shows its placeholder")

# ---------------------------------------------------------------- not forms
bad("holdout3/bad/circular-notice-hds-23-1109.docx", None, "unrecognised", ["not_a_form"], "libreoffice",
    ["circular", "mentions-form-title", "mentions-circular"],
    "the circular itself (seed notice text) as a Word document: it names both appendices, the service desk's "
    "phone and e-mail and the services, but it is no form")
bad("holdout3/bad/tracker-hds-23-1109.xlsx", None, "unrecognised", ["not_a_form"], "closedxml",
    ["subscriber-list", "tracker"],
    "the service desk's own tracker: one row per subscriber (Subscriber ID, Subscriber Name, Contact Person, "
    "Email, Tel, Intention, Participate, Services, Result)")
bad("holdout3/bad/intention-crc-damaged.xlsx", None, "rejected", ["corrupt"], "closedxml",
    ["damaged-zip", "crc-mismatch"],
    "closedxml/intention-cover-sheet-tungchung.xlsx with one byte of the form sheet's compressed data flipped: "
    "the zip directory is intact, the entry fails its CRC (or inflate)")
bad("holdout3/bad/result-malformed-xml.docx", None, "rejected", ["corrupt"], "wordxml",
    ["malformed-xml"],
    "a valid zip whose word/document.xml stops in the middle of an element (not well-formed XML)")
bad("holdout3/bad/flat-opc-renamed.docx", None, "rejected", ["unsupported_type"], "wordxml",
    ["flat-opc-named-docx"],
    "Word's 'Word XML Document' (Flat OPC: one pkg:package XML file) holding a filled intention form, named "
    ".docx: not a zip package, so not a .docx")


SERVICES = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
SERVICE_NAMES = {
    "OTP-C": "Orion Trading Platform – Securities Market",
    "OTP-CSC": "Orion Trading Platform – China Stock Connect",
    "OMD-C": "Orion Market Data – Securities Market",
    "OMD-CC": "Orion Market Data – China Connect",
}
INTENTION_TITLE = "Appendix A – Intention Form for Using HSN to participate Practice Session"
RESULT_TITLE = "Appendix B – Result Form for Using HSN to participate Practice Session"

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "cases.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": CASES, "bad": BAD, "services": SERVICES, "service_names": SERVICE_NAMES,
                   "intention_title": INTENTION_TITLE, "result_title": RESULT_TITLE, "ref": REF},
                  f, ensure_ascii=False, indent=1)
    print(f"{len(CASES)} forms, {len(BAD)} other files -> cases.json")
