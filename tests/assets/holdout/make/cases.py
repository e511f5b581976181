"""Holdout corpus: the single description of every file (python3 cases.py writes cases.json).

Each filled form is described ONCE:
  * `fields` - the EXPECTED canonical, normalised values, written by hand from
               /work/shared/spec/forms.md and the corpus brief (never from a reader's output);
  * `raw`    - what the subscriber typed, exactly as the generators write it into the file
               (dates as written, odd ids and codes, words such as "Pass", blanks as "");
               `raw["services"]` / `raw["results"]` describe the marks per service;
  * `layout` - the generator function that renders it; `idioms` - the tags of ../README.md.

A field with an `invalid:KEY` problem is deliberately NOT in `fields`.
The generators (make_node.js, npoi/Program.cs, make_libreoffice.py, make_wordxml.py) read
cases.json; build_expected.py turns it into ../expected.json and checks the brief's rules.
"""
import json
import os

REF = "HDS/23/1109"
SERVICES = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
SERVICE_NAMES = {
    "OTP-C": "Orion Trading Platform \u2013 Securities Market",
    "OTP-CSC": "Orion Trading Platform \u2013 China Stock Connect",
    "OMD-C": "Orion Market Data \u2013 Securities Market",
    "OMD-CC": "Orion Market Data \u2013 China Connect",
}
TITLES = {
    "intention": "Appendix A \u2013 Intention Form for Using HSN to participate Practice Session",
    "result": "Appendix B \u2013 Result Form for Using HSN to participate Practice Session",
}
SUBTITLE = "for Firmware Upgrade of HKEX Backbone Network"

CASES = []


def case(file, form, producer, layout, idioms, fields, raw, status="complete", problems=(),
         note=None):
    CASES.append(dict(file=file, form=form, producer=producer, layout=layout,
                      idioms=list(idioms), status=status, fields=fields,
                      problems=list(problems), raw=raw, note=note))


# =============================================================================== docxjs (npm docx)
case("docxjs/intention-fourcol-apleichau.docx", "intention", "docxjs", "dx_fourcol",
     ["table", "four-column", "value-next-cell", "alt-labels", "yes-no-typed",
      "service-rows-yes-no", "odd-code-spacing", "date-2digit-year"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Ap Lei Chau Securities Limited",
         "subscriber_id": "HSN0031",
         "contact_name": "Tang Wing Yan",
         "contact_phone": "+852 2873 4410",
         "contact_email": "wy.tang@apleichausec.com.hk",
         "participate": True,
         "services": ["OTP-C", "OMD-C"],
         "signatory_name": "Leung Chi Ho",
         "signed_date": "2023-11-20",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Ap Lei Chau Securities Limited",
         "subscriber_id": "HSN0031",
         "contact_name": "Tang Wing Yan",
         "contact_phone": "+852 2873 4410",
         "contact_email": "wy.tang@apleichausec.com.hk",
         "participate": "Yes",
         # one row per service, the code as the subscriber wrote it, Yes/No in the next cell
         "services": [["OTP-C", "Yes"], ["OTP-CSC", "No"], ["OMD- C", "Yes"], ["OMD-CC", "No"]],
         "signatory_name": "Leung Chi Ho",
         "signed_date": "20/11/23",
     },
     note="four-column rows (label, value, label, value); 'Will you participate?' answered 'Yes'; "
          "one row per service with Yes/No, one code written 'OMD- C'; date '20/11/23'")

case("docxjs/intention-tab-leaders-wanchai.docx", "intention", "docxjs", "dx_tabs",
     ["paragraphs", "tab-leader", "ballot-choice-sentence", "tick-char-ballot-check",
      "box-before-label", "services-typed-list", "date-d-month-yyyy", "whitespace-folding"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Wan Chai Brokerage Co. Ltd",
         "subscriber_id": "HSN0048",
         "contact_name": "Mak Hoi Lun",
         "contact_phone": "(852) 2528 7731",
         "contact_email": "hl.mak@wanchaibrokerage.com.hk",
         "participate": True,
         "services": ["OTP-C", "OTP-CSC", "OMD-CC"],
         "signatory_name": "Mak Hoi Lun",
         "signed_date": "2023-11-21",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Wan Chai  Brokerage   Co. Ltd",
         "subscriber_id": "HSN0048",
         "contact_name": "Mak Hoi Lun",
         "contact_phone": "(852) 2528 7731",
         "contact_email": "hl.mak@wanchaibrokerage.com.hk",
         "participate": "\u2611 Yes, we will participate    \u2610 No, we will not participate",
         "services": "OTP-C, OTP-CSC, OMD-CC",
         "signatory_name": "Mak Hoi Lun",
         "signed_date": "21 November 2023",
     },
     note="whole form in paragraphs 'Label:<tab>value' with dot-leader tab stops; participation as "
          "'\u2611 Yes, we will participate  \u2610 No, we will not participate'; services typed as a list")

case("docxjs/result-header-row-stanley.docx", "result", "docxjs", "dx_header_row",
     ["table", "header-row-values-row", "chinese-above-english", "result-tick-table",
      "tick-char-check", "date-dmy-slash", "date-dmy-dash"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Stanley Capital Markets Limited",
         "subscriber_id": "HSN0126",
         "contact_name": "Cheng Pui Shan",
         "contact_phone": "+852 3618 2290",
         "contact_email": "ps.cheng@stanleycap.com.hk",
         "session_date": "2023-11-25",
         "results": {"OTP-C": "successful", "OTP-CSC": "successful",
                     "OMD-C": "unsuccessful", "OMD-CC": "not_tested"},
         "issues": "OMD-C retransmission requests timed out after the failover.",
         "signatory_name": "Cheng Pui Shan",
         "signed_date": "2023-11-27",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Stanley Capital Markets Limited",
         "subscriber_id": "HSN0126",
         "contact_name": "Cheng Pui Shan",
         "contact_phone": "+852 3618 2290",
         "contact_email": "ps.cheng@stanleycap.com.hk",
         "session_date": "25/11/2023",
         # column chosen per service: successful / unsuccessful / not_tested ; mark used
         "results": {"OTP-C": "successful", "OTP-CSC": "successful",
                     "OMD-C": "unsuccessful", "OMD-CC": "not_tested"},
         "mark": "\u2713",
         "issues": "OMD-C retransmission requests timed out after the failover.",
         "signatory_name": "Cheng Pui Shan",
         "signed_date": "27-11-2023",
     },
     note="subscriber details as a header row (Chinese label above English label in each cell) "
          "then one row of values; results grid Successful | Unsuccessful | Not Tested with \u2713")

case("docxjs/intention-checkbox-decline-tinhau.docx", "intention", "docxjs", "dx_checkbox",
     ["table", "value-next-cell", "label-asterisk", "w14-checkbox", "checkbox-sym-glyph",
      "participate-false",
      "no-services", "date-iso"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Tin Hau Brokers Limited",
         "subscriber_id": "HSN0729",
         "contact_name": "Yuen Ka Wai",
         "contact_phone": "+852 2566 0913",
         "contact_email": "kawai.yuen@tinhaubrokers.com.hk",
         "participate": False,
         "signatory_name": "Chow Man Kit",
         "signed_date": "2023-11-22",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Tin Hau Brokers Limited",
         "subscriber_id": "HSN0729",
         "contact_name": "Yuen Ka Wai",
         "contact_phone": "+852 2566 0913",
         "contact_email": "kawai.yuen@tinhaubrokers.com.hk",
         "participate": {"yes": False, "no": True},
         "services": {"OTP-C": False, "OTP-CSC": False, "OMD-C": False, "OMD-CC": False},
         "signatory_name": "Chow Man Kit",
         "signed_date": "2023-11-22",
     },
     note="npm docx CheckBox content controls (w14:checkbox, the glyph drawn as w:sym 2612/2610 in "
          "MS Gothic, not w:t): 'No' checked, every service box unchecked: declines; labels end with '*'")

case("docxjs/result-lines-bad-email-northpoint.docx", "result", "docxjs", "dx_lines",
     ["table", "value-next-cell", "label-required", "result-lines", "word-successful",
      "word-unsuccessful", "word-not-tested", "date-d-mon-yyyy", "date-dmy-slash",
      "invalid-email"],
     status="incomplete", problems=["invalid:contact_email"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "North Point Futures Limited",
         "subscriber_id": "HSN0259",
         "contact_name": "Ho Lok Chun",
         "contact_phone": "+852 2811 5036",
         "session_date": "2023-11-25",
         "results": {"OTP-C": "successful", "OTP-CSC": "successful",
                     "OMD-C": "not_tested", "OMD-CC": "unsuccessful"},
         "issues": "OMD-CC line 2 did not reconnect; vendor ticket NP-2231.",
         "signed_date": "2023-11-27",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "North Point Futures Limited",
         "subscriber_id": "HSN0259",
         "contact_name": "Ho Lok Chun",
         "contact_phone": "+852 2811 5036",
         "contact_email": "lokchun.ho@northpointfut,com.hk",
         "session_date": "25 Nov 2023",
         "results": [["OTP-C", "successful"], ["OTP-CSC", "successful"],
                     ["OMD-C", "not tested"], ["OMD-CC", "unsuccessful"]],
         "issues": "OMD-CC line 2 did not reconnect; vendor ticket NP-2231.",
         "signed_date": "27/11/2023",
     },
     note="labels end with '(required)'; results one line per service 'OTP-C \u2013 successful'; "
          "e-mail has a comma for a dot in the domain: invalid")

# ======================================================================= xlsx-populate
case("xlsx-populate/intention-header-row-quarrybay.xlsx", "intention", "xlsx-populate",
     "xp_header_row",
     ["header-row-values-row", "participate-yn", "services-all-four", "date-serial",
      "custom-date-format", "shared-strings"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Quarry Bay Trading Limited",
         "subscriber_id": "HSN0512",
         "contact_name": "Lau Siu Ming",
         "contact_phone": "+852 2960 1187",
         "contact_email": "sm.lau@quarrybaytrading.com.hk",
         "participate": True,
         "services": ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"],
         "signatory_name": "Lau Siu Ming",
         "signed_date": "2023-11-22",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Quarry Bay Trading Limited",
         "subscriber_id": "HSN0512",
         "contact_name": "Lau Siu Ming",
         "contact_phone": "+852 2960 1187",
         "contact_email": "sm.lau@quarrybaytrading.com.hk",
         "participate": "Y",
         "services": "All four services",
         "signatory_name": "Lau Siu Ming",
         "signed_date": {"serial": "2023-11-22", "format": "d-mmm-yy"},
     },
     note="one header row of labels, one row of values; 'Participate (Y/N)' = 'Y'; services "
          "'All four services'; date an Excel serial shown as 22-Nov-23")

case("xlsx-populate/result-grid-tick-bad-date-happyvalley.xlsx", "result", "xlsx-populate",
     "xp_grid",
     ["value-right", "result-tick-table", "tick-check-cell", "date-serial",
      "custom-date-format", "date-as-text", "invalid-optional-date", "shared-strings"],
     problems=["invalid:signed_date"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Happy Valley Financial Group Limited",
         "subscriber_id": "HSN0569",
         "contact_name": "Kwan Hiu Tung",
         "contact_phone": "+852 2577 3024",
         "contact_email": "ht.kwan@hvfg.com.hk",
         "session_date": "2023-11-25",
         "results": {"OTP-C": "successful", "OTP-CSC": "not_tested",
                     "OMD-C": "successful", "OMD-CC": "successful"},
         "issues": "All services recovered within two minutes of the failover.",
         "signatory_name": "Kwan Hiu Tung",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Happy Valley Financial Group Limited",
         "subscriber_id": "HSN0569",
         "contact_name": "Kwan Hiu Tung",
         "contact_phone": "+852 2577 3024",
         "contact_email": "ht.kwan@hvfg.com.hk",
         "session_date": {"serial": "2023-11-25", "format": "d-mmm-yy"},
         "results": {"OTP-C": "successful", "OTP-CSC": "not_tested",
                     "OMD-C": "successful", "OMD-CC": "successful"},
         "mark": "\u2713",
         "issues": "All services recovered within two minutes of the failover.",
         "signatory_name": "Kwan Hiu Tung",
         "signed_date": "29-Feb-23",
     },
     note="\u2713 grid; signature date typed as text '29-Feb-23' (2023 is no leap year): an invalid "
          "OPTIONAL field, so the form stays complete")

case("xlsx-populate/intention-fourcol-bad-id-shaukeiwan.xlsx", "intention", "xlsx-populate",
     "xp_fourcol",
     ["four-column", "value-next-cell", "yes-no-typed", "services-typed-list", "odd-code-spacing",
      "lowercase-code", "date-serial", "invalid-subscriber-id"],
     status="incomplete", problems=["invalid:subscriber_id"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Shau Kei Wan Securities Ltd",
         "contact_name": "Fung Tsz Kin",
         "contact_phone": "+852 2886 4402",
         "contact_email": "tk.fung@skwsec.com.hk",
         "participate": True,
         "services": ["OTP-CSC", "OMD-C"],
         "signatory_name": "Fung Tsz Kin",
         "signed_date": "2023-11-23",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Shau Kei Wan Securities Ltd",
         "subscriber_id": "HSN-04X7",
         "contact_name": "Fung Tsz Kin",
         "contact_phone": "+852 2886 4402",
         "contact_email": "tk.fung@skwsec.com.hk",
         "participate": "Yes",
         "services": "otp-csc, OMD- C",
         "signatory_name": "Fung Tsz Kin",
         "signed_date": {"serial": "2023-11-23", "format": "dd/mm/yyyy"},
     },
     note="label, value, label, value per row; id 'HSN-04X7' is no HSN + 4 digits; services typed "
          "'otp-csc, OMD- C'")

# ========================================================================== excel4node
case("excel4node/result-words-chinese-labels-tsuenwan.xlsx", "result", "excel4node", "e4_words",
     ["value-right", "chinese-above-english", "result-word", "word-pass", "word-fail", "word-na",
      "date-ordinal", "date-as-text", "date-serial", "shared-strings"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Tsuen Wan Equities Ltd",
         "subscriber_id": "HSN0419",
         "contact_name": "Ng Ka Lok",
         "contact_phone": "+852 2493 6150",
         "contact_email": "kalok.ng@twequities.com.hk",
         "session_date": "2023-11-25",
         "results": {"OTP-C": "successful", "OTP-CSC": "successful",
                     "OMD-C": "unsuccessful", "OMD-CC": "not_tested"},
         "issues": "OMD-C snapshot channel not received after the failover.",
         "signatory_name": "Ng Ka Lok",
         "signed_date": "2023-11-27",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Tsuen Wan Equities Ltd",
         "subscriber_id": "HSN0419",
         "contact_name": "Ng Ka Lok",
         "contact_phone": "+852 2493 6150",
         "contact_email": "kalok.ng@twequities.com.hk",
         "session_date": "25th November 2023",
         "results": {"OTP-C": "Pass", "OTP-CSC": "Pass", "OMD-C": "Fail", "OMD-CC": "N/A"},
         "issues": "OMD-C snapshot channel not received after the failover.",
         "signatory_name": "Ng Ka Lok",
         "signed_date": {"serial": "2023-11-27", "format": "yyyy-mm-dd"},
     },
     note="each label cell holds the Chinese label, a line break, then the English label; "
          "Pass/Fail/N/A per service row")

case("excel4node/intention-yes-no-rows-missing-phone-lantau.xlsx", "intention", "excel4node",
     "e4_rows",
     ["value-right", "chinese-yes-no-ticks", "tick-char-ballot-check", "box-before-label",
      "service-rows-yes-no", "date-dmy-dash", "date-as-text", "empty-required"],
     status="incomplete", problems=["missing:contact_phone"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Lantau Peak Securities Limited",
         "subscriber_id": "HSN0453",
         "contact_name": "Siu Wai Man",
         "contact_email": "wm.siu@lantaupeak.com.hk",
         "participate": True,
         "services": ["OTP-C", "OTP-CSC"],
         "signed_date": "2023-11-24",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Lantau Peak Securities Limited",
         "subscriber_id": "HSN0453",
         "contact_name": "Siu Wai Man",
         "contact_phone": "",
         "contact_email": "wm.siu@lantaupeak.com.hk",
         "participate": ["\u2611 \u662f Yes", "\u2610 \u5426 No"],
         "services": [["OTP-C", "Yes"], ["OTP-CSC", "Yes"], ["OMD-C", "No"], ["OMD-CC", "No"]],
         "signed_date": "24-11-2023",
     },
     note="participation '\u2611 \u662f Yes' / '\u2610 \u5426 No' in two cells; a Yes/No cell "
          "per service; telephone cell left empty")

# =============================================================================== npoi
case("npoi/intention-twocol-tick-column-chaiwan.docx", "intention", "npoi", "np_docx_twocol",
     ["table", "value-next-cell", "alt-labels", "label-asterisk", "participate-yn",
      "tick-column", "tick-char-check", "date-iso"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Chai Wan Securities (HK) Limited",
         "subscriber_id": "HSN0926",
         "contact_name": "Law Hoi Yee",
         "contact_phone": "+852 2558 0471",
         "contact_email": "hoiyee.law@chaiwansec.com.hk",
         "participate": True,
         "services": ["OTP-C", "OTP-CSC", "OMD-C"],
         "signatory_name": "Law Hoi Yee",
         "signed_date": "2023-11-23",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Chai Wan Securities (HK) Limited",
         "subscriber_id": "HSN0926",
         "contact_name": "Law Hoi Yee",
         "contact_phone": "+852 2558 0471",
         "contact_email": "hoiyee.law@chaiwansec.com.hk",
         "participate": "Participate (Y/N): Y",
         "services": {"OTP-C": "\u2713", "OTP-CSC": "\u2713", "OMD-C": "\u2713", "OMD-CC": ""},
         "signatory_name": "Law Hoi Yee",
         "signed_date": "2023-11-23",
     },
     note="NPOI XWPF; labels 'Name of HSN Subscriber *'...; 'Participate (Y/N): Y' paragraph; "
          "service table with a \u2713 column")

case("npoi/result-nested-tables-fortresshill.docx", "result", "npoi", "np_docx_nested",
     ["table", "nested-table", "result-word", "word-successful", "word-not-tested",
      "date-dmy-dash", "date-d-mon-yyyy"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Fortress Hill Investments Ltd",
         "subscriber_id": "HSN0795",
         "contact_name": "Yiu Chun Hei",
         "contact_phone": "+852 2807 1960",
         "contact_email": "ch.yiu@fortresshillinv.com.hk",
         "session_date": "2023-11-25",
         "results": {"OTP-C": "successful", "OTP-CSC": "successful",
                     "OMD-C": "successful", "OMD-CC": "not_tested"},
         "issues": "No issues; OMD-CC is not subscribed.",
         "signatory_name": "Yiu Chun Hei",
         "signed_date": "2023-11-27",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Fortress Hill Investments Ltd",
         "subscriber_id": "HSN0795",
         "contact_name": "Yiu Chun Hei",
         "contact_phone": "+852 2807 1960",
         "contact_email": "ch.yiu@fortresshillinv.com.hk",
         "session_date": "25-11-2023",
         "results": {"OTP-C": "Successful", "OTP-CSC": "Successful", "OMD-C": "Successful",
                     "OMD-CC": "Not Tested"},
         "issues": "No issues; OMD-CC is not subscribed.",
         "signatory_name": "Yiu Chun Hei",
         "signed_date": "27 Nov 2023",
     },
     note="NPOI XWPF; each value sits in a one-cell table nested in the value cell; the result "
          "words sit in a table nested in the outer table")

case("npoi/intention-paragraphs-missing-contact-lamma.docx", "intention", "npoi",
     "np_docx_paragraphs",
     ["paragraphs", "label-colon-value", "chinese-english-labels", "chinese-yes-no-ticks",
      "tick-char-ballot-check", "box-before-label", "services-all-four", "date-dmy-dash",
      "empty-required"],
     status="incomplete", problems=["missing:contact_name"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Lamma Island Securities Limited",
         "subscriber_id": "HSN0838",
         "contact_phone": "+852 2982 0035",
         "contact_email": "trading.ops@lammasec.com.hk",
         "participate": True,
         "services": ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"],
         "signatory_name": "Wong Sze Wing",
         "signed_date": "2023-11-24",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Lamma Island Securities Limited",
         "subscriber_id": "HSN0838",
         "contact_name": "",
         "contact_phone": "+852 2982 0035",
         "contact_email": "trading.ops@lammasec.com.hk",
         "participate": "\u2611 \u662f Yes    \u2610 \u5426 No",
         "services": "All four services",
         "signatory_name": "Wong Sze Wing",
         "signed_date": "24-11-2023",
     },
     note="NPOI XWPF paragraphs '\u806f\u7d61\u4eba Contact Person:' with nothing after it; "
          "participation '\u2611 \u662f Yes  \u2610 \u5426 No'")

case("npoi/intention-tick-column-yaumatei.xlsx", "intention", "npoi", "np_xlsx_intention",
     ["value-right", "alt-labels", "yes-no-typed", "tick-column", "tick-check-cell",
      "date-serial", "custom-date-format", "shared-strings"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Yau Ma Tei Capital Ltd",
         "subscriber_id": "HSN0871",
         "contact_name": "Tse Chung Yin",
         "contact_phone": "+852 9123 4567",
         "contact_email": "cy.tse@ymtcapital.com.hk",
         "participate": True,
         "services": ["OTP-C", "OMD-C", "OMD-CC"],
         "signatory_name": "Tse Chung Yin",
         "signed_date": "2023-11-21",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Yau Ma Tei Capital Ltd",
         "subscriber_id": "HSN0871",
         "contact_name": "Tse Chung Yin",
         "contact_phone": "+852 9123 4567",
         "contact_email": "cy.tse@ymtcapital.com.hk",
         "participate": "Yes",
         "services": {"OTP-C": "\u2713", "OTP-CSC": "", "OMD-C": "\u2713", "OMD-CC": "\u2713"},
         "signatory_name": "Tse Chung Yin",
         "signed_date": {"serial": "2023-11-21", "format": "d-mmm-yy"},
     },
     note="NPOI XSSF; 'Will you participate?' = 'Yes'; \u2713 column per service; date serial "
          "shown as 21-Nov-23")

case("npoi/result-grid-x-aberdeen.xlsx", "result", "npoi", "np_xlsx_result",
     ["value-right", "alt-labels", "result-tick-table", "tick-x-cell", "date-serial",
      "date-dmy-slash", "date-as-text", "shared-strings"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Aberdeen Harbour Capital Limited",
         "subscriber_id": "HSN0684",
         "contact_name": "Kong Man Yee",
         "contact_phone": "+852 2555 8216",
         "contact_email": "my.kong@aberdeenharbour.com.hk",
         "session_date": "2023-11-25",
         "results": {"OTP-C": "successful", "OTP-CSC": "successful",
                     "OMD-C": "successful", "OMD-CC": "successful"},
         "issues": "Failover completed; no impact observed.",
         "signatory_name": "Kong Man Yee",
         "signed_date": "2023-11-27",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Aberdeen Harbour Capital Limited",
         "subscriber_id": "HSN0684",
         "contact_name": "Kong Man Yee",
         "contact_phone": "+852 2555 8216",
         "contact_email": "my.kong@aberdeenharbour.com.hk",
         "session_date": {"serial": "2023-11-25", "format": "dd/mm/yyyy"},
         "results": {"OTP-C": "successful", "OTP-CSC": "successful",
                     "OMD-C": "successful", "OMD-CC": "successful"},
         "mark": "X",
         "issues": "Failover completed; no impact observed.",
         "signatory_name": "Kong Man Yee",
         "signed_date": "27/11/2023",
     },
     note="NPOI XSSF; 'Remarks / Issues', 'Authorised Signature & Name'; X grid")

# ======================================================================== libreoffice
case("libreoffice/intention-rtf-kwuntong.docx", "intention", "libreoffice", "lo_rtf_intention",
     ["rtf-source", "table", "value-next-cell", "tick-char-ballot-x", "box-before-label",
      "tick-column", "date-d-mon-yyyy"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Kwun Tong Asset Management Limited",
         "subscriber_id": "HSN0377",
         "contact_name": "Chiu Kin Wah",
         "contact_phone": "+852 3105 2678",
         "contact_email": "kw.chiu@ktam.com.hk",
         "participate": True,
         "services": ["OTP-C", "OMD-C", "OMD-CC"],
         "signatory_name": "Chiu Kin Wah",
         "signed_date": "2023-11-23",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Kwun Tong Asset Management Limited",
         "subscriber_id": "HSN0377",
         "contact_name": "Chiu Kin Wah",
         "contact_phone": "+852 3105 2678",
         "contact_email": "kw.chiu@ktam.com.hk",
         "participate": "\u2612 Yes    \u2610 No",
         "services": {"OTP-C": "\u2612", "OTP-CSC": "\u2610", "OMD-C": "\u2612", "OMD-CC": "\u2612"},
         "signatory_name": "Chiu Kin Wah",
         "signed_date": "23 Nov 2023",
     },
     note="RTF (\\uN escapes) converted by LibreOffice; \u2612/\u2610 in a tick column")

case("libreoffice/result-rtf-lines-sheungwan.docx", "result", "libreoffice", "lo_rtf_result",
     ["rtf-source", "paragraphs", "tab-leader", "result-lines", "word-successful",
      "word-unsuccessful", "date-dmy-slash", "date-ordinal"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Sheung Wan Securities Company Limited",
         "subscriber_id": "HSN0302",
         "contact_name": "Pang Yuk Ling",
         "contact_phone": "2851 3377",
         "contact_email": "yl.pang@sheungwansec.com.hk",
         "session_date": "2023-11-25",
         "results": {"OTP-C": "successful", "OTP-CSC": "unsuccessful",
                     "OMD-C": "successful", "OMD-CC": "successful"},
         "issues": "OTP-CSC order entry rejected for about three minutes after the failover.",
         "signatory_name": "Pang Yuk Ling",
         "signed_date": "2023-11-27",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Sheung Wan Securities Company Limited",
         "subscriber_id": "HSN0302",
         "contact_name": "Pang Yuk Ling",
         "contact_phone": "2851 3377",
         "contact_email": "yl.pang@sheungwansec.com.hk",
         "session_date": "25/11/2023",
         "results": [["OTP-C", "successful"], ["OTP-CSC", "unsuccessful"],
                     ["OMD-C", "successful"], ["OMD-CC", "successful"]],
         "issues": "OTP-CSC order entry rejected for about three minutes after the failover.",
         "signatory_name": "Pang Yuk Ling",
         "signed_date": "27th November 2023",
     },
     note="RTF paragraphs 'Label:<tab>value' with dotted tab leaders; one line per service "
          "'OTP-C \u2013 successful'")

case("libreoffice/intention-odt-textbox-discoverybay.docx", "intention", "libreoffice",
     "lo_odt_intention",
     ["odt-source", "text-box", "header-row-values-row", "yes-no-typed", "services-typed-list",
      "date-2digit-year"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Discovery Bay Markets Ltd",
         "subscriber_id": "HSN0063",
         "contact_name": "Ip Wai Lun",
         "contact_phone": "+852 2987 6604",
         "contact_email": "wl.ip@dbmarkets.com.hk",
         "participate": True,
         "services": ["OTP-C", "OTP-CSC", "OMD-C"],
         "signatory_name": "Ip Wai Lun",
         "signed_date": "2023-11-24",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Discovery Bay Markets Ltd",
         "subscriber_id": "HSN0063",
         "contact_name": "Ip Wai Lun",
         "contact_phone": "+852 2987 6604",
         "contact_email": "wl.ip@dbmarkets.com.hk",
         "participate": "Yes",
         "services": "OTP-C, OTP-CSC, OMD-C",
         "signatory_name": "Ip Wai Lun",
         "signed_date": "24/11/23",
     },
     note="zipped .odt converted by LibreOffice; the form table sits in a text frame (draw:text-box); "
          "header row then values row")

case("libreoffice/result-odt-chinese-admiralty.docx", "result", "libreoffice", "lo_odt_result",
     ["odt-source", "table", "value-next-cell", "chinese-above-english", "chinese-text-values",
      "result-word", "word-pass", "word-fail", "word-na", "date-iso", "date-dmy-slash"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "\u91d1\u9418\u8b49\u5238\u6709\u9650\u516c\u53f8",
         "subscriber_id": "HSN0957",
         "contact_name": "\u4f55\u5bb6\u660e",
         "contact_phone": "+852 2521 9080",
         "contact_email": "km.ho@admiraltysec.com.hk",
         "session_date": "2023-11-25",
         "results": {"OTP-C": "successful", "OTP-CSC": "not_tested",
                     "OMD-C": "successful", "OMD-CC": "unsuccessful"},
         "issues": "OMD-CC \u884c\u60c5\u4e2d\u65b7\u7d04\u4e94\u5206\u9418\u3002",
         "signatory_name": "\u4f55\u5bb6\u660e",
         "signed_date": "2023-11-27",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "\u91d1\u9418\u8b49\u5238\u6709\u9650\u516c\u53f8",
         "subscriber_id": "HSN0957",
         "contact_name": "\u4f55\u5bb6\u660e",
         "contact_phone": "+852 2521 9080",
         "contact_email": "km.ho@admiraltysec.com.hk",
         "session_date": "2023-11-25",
         "results": {"OTP-C": "Pass", "OTP-CSC": "N/A", "OMD-C": "Pass", "OMD-CC": "Fail"},
         "issues": "OMD-CC \u884c\u60c5\u4e2d\u65b7\u7d04\u4e94\u5206\u9418\u3002",
         "signatory_name": "\u4f55\u5bb6\u660e",
         "signed_date": "27/11/2023",
     },
     note="Chinese label and English label as two paragraphs of one cell; Chinese values")

case("libreoffice/intention-ods-decline-taikoo.xlsx", "intention", "libreoffice",
     "lo_ods_intention",
     ["ods-source", "value-right", "participate-yn", "participate-false", "no-services",
      "date-serial", "custom-date-format"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Tai Koo Investment Services Ltd",
         "subscriber_id": "HSN0184",
         "contact_name": "Lo Wing Hang",
         "contact_phone": "+852 2567 4418",
         "contact_email": "wh.lo@taikooinv.com.hk",
         "participate": False,
         "signatory_name": "Lo Wing Hang",
         "signed_date": "2023-11-20",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Tai Koo Investment Services Ltd",
         "subscriber_id": "HSN0184",
         "contact_name": "Lo Wing Hang",
         "contact_phone": "+852 2567 4418",
         "contact_email": "wh.lo@taikooinv.com.hk",
         "participate": "N",
         "services": {"OTP-C": "", "OTP-CSC": "", "OMD-C": "", "OMD-CC": ""},
         "signatory_name": "Lo Wing Hang",
         "signed_date": {"serial": "2023-11-20", "format": "d-mmm-yy"},
     },
     note="zipped .ods converted by LibreOffice; 'Participate (Y/N)' = 'N'; service cells empty")

case("libreoffice/result-ods-missing-id-saiwanho.xlsx", "result", "libreoffice", "lo_ods_result",
     ["ods-source", "value-right", "result-tick-table", "tick-x-cell", "blank-row",
      "date-serial", "date-dmy-dash", "date-as-text", "empty-required"],
     status="incomplete", problems=["missing:subscriber_id"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Sai Wan Ho Securities Limited",
         "contact_name": "Kwok Yan Ting",
         "contact_phone": "+852 2569 3380",
         "contact_email": "yt.kwok@swhsec.com.hk",
         "session_date": "2023-11-25",
         "results": {"OTP-C": "successful", "OMD-C": "unsuccessful"},
         "issues": "OMD-C multicast group B silent until 10:35.",
         "signed_date": "2023-11-27",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Sai Wan Ho Securities Limited",
         "subscriber_id": "",
         "contact_name": "Kwok Yan Ting",
         "contact_phone": "+852 2569 3380",
         "contact_email": "yt.kwok@swhsec.com.hk",
         "session_date": {"serial": "2023-11-25", "format": "dd mmm yyyy"},
         "results": {"OTP-C": "successful", "OMD-C": "unsuccessful"},
         "mark": "X",
         "issues": "OMD-C multicast group B silent until 10:35.",
         "signed_date": "27-11-2023",
     },
     note="subscriber id cell left empty; OTP-CSC and OMD-CC rows blank (not verified): absent")

# ============================================================ wordxml (Word 365 / WPS imitations)
case("wordxml/intention-textbox-m365-shamshuipo.docx", "intention", "wordxml365",
     "wx_textbox",
     ["text-box", "mc-alternate-content", "vml-fallback", "rsid", "w14-checkbox",
      "box-before-label", "table", "value-next-cell", "date-dmy-slash"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Sham Shui Po Securities Limited",
         "subscriber_id": "HSN0143",
         "contact_name": "Yeung Chi Fai",
         "contact_phone": "+852 2720 6615",
         "contact_email": "cf.yeung@sspsec.com.hk",
         "participate": True,
         "services": ["OTP-C", "OTP-CSC", "OMD-CC"],
         "signatory_name": "Yeung Chi Fai",
         "signed_date": "2023-11-22",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Sham Shui Po Securities Limited",
         "subscriber_id": "HSN0143",
         "contact_name": "Yeung Chi Fai",
         "contact_phone": "+852 2720 6615",
         "contact_email": "cf.yeung@sspsec.com.hk",
         "participate": {"yes": True, "no": False},
         "services": {"OTP-C": True, "OTP-CSC": True, "OMD-C": False, "OMD-CC": True},
         "signatory_name": "Yeung Chi Fai",
         "signed_date": "22/11/2023",
     },
     note="the whole form is a table inside a text box: mc:AlternateContent with wps:txbx, and the "
          "same content again in the VML fallback (v:textbox); count it once")

case("wordxml/intention-sdt-fields-m365-kennedytown.docx", "intention", "wordxml365",
     "wx_sdt_fields",
     ["rsid", "sdt-block", "sdt-cell", "sdt-dropdown", "fld-simple", "smart-tag",
      "hyperlink-email", "no-break-hyphen", "soft-hyphen", "date-control", "date-2digit-year",
      "services-typed-list", "proof-err", "table", "value-next-cell"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Kennedy Town Securities Ltd",
         "subscriber_id": "HSN0275",
         "contact_name": "Lui Ka Yan",
         "contact_phone": "+852 2817-3344",
         "contact_email": "ky.lui@kennedytownsec.com.hk",
         "participate": True,
         "services": ["OTP-C", "OMD-C", "OMD-CC"],
         "signatory_name": "Lui Ka Yan",
         "signed_date": "2023-11-22",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Kennedy Town Secu\u00adrities Ltd",
         "subscriber_id": "HSN0275",
         "contact_name": "Lui Ka Yan",
         "contact_phone": "+852 2817\u20113344",
         "contact_email": "ky.lui@kennedytownsec.com.hk",
         "participate": "Yes",
         "services": "OTP-C, OMD-C, OMD-CC",
         "signatory_name": "Lui Ka Yan",
         "signed_date": {"control": "2023-11-22", "shown": "22/11/23", "format": "d/M/yy"},
     },
     note="block-level w:sdt around the table, cell-level w:sdt around value cells (tags that are "
          "not canonical keys), the answer in a drop-down list control, the circular ref as a "
          "w:fldSimple result, the contact name in a smart tag, the e-mail inside a mailto: "
          "hyperlink, the phone hyphen a w:noBreakHyphen (expected as '-'), a w:softHyphen inside "
          "'Securities' (invisible, dropped), and the date a date picker showing 22/11/23")

case("wordxml/result-nested-checkboxes-m365-shamshuipo.docx", "result", "wordxml365",
     "wx_nested_result",
     ["rsid", "nested-table", "result-tick-table", "w14-checkbox", "sdt-repeating-section", "blank-row",
      "date-control", "date-d-month-yyyy", "hyperlink-email"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Sham Shui Po Securities Limited",
         "subscriber_id": "HSN0143",
         "contact_name": "Yeung Chi Fai",
         "contact_phone": "+852 2720 6615",
         "contact_email": "cf.yeung@sspsec.com.hk",
         "session_date": "2023-11-25",
         "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-CC": "unsuccessful"},
         "issues": "OMD-CC refresh took 6 minutes; see ticket SSP-1187.",
         "signatory_name": "Yeung Chi Fai",
         "signed_date": "2023-11-27",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Sham Shui Po Securities Limited",
         "subscriber_id": "HSN0143",
         "contact_name": "Yeung Chi Fai",
         "contact_phone": "+852 2720 6615",
         "contact_email": "cf.yeung@sspsec.com.hk",
         "session_date": {"control": "2023-11-25", "shown": "25 November 2023",
                          "format": "d MMMM yyyy"},
         "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-CC": "unsuccessful"},
         "issues": "OMD-CC refresh took 6 minutes; see ticket SSP-1187.",
         "signatory_name": "Yeung Chi Fai",
         "signed_date": "27/11/2023",
     },
     note="contact details in a table nested in the outer table's cell; the result grid is a "
          "nested table of w14 checkbox controls; the OMD-C row has every box unchecked (absent)")

case("wordxml/intention-wps-chinese-tinshuiwai.docx", "intention", "wps",
     "wx_wps_intention",
     ["wps-office", "paragraphs", "label-colon-value", "fullwidth-colon", "chinese-english-labels",
      "chinese-yes-no-ticks", "tick-char-ballot-check", "white-square-box", "box-before-label",
      "date-iso"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Tin Shui Wai Securities Limited",
         "subscriber_id": "HSN0392",
         "contact_name": "Cheung Hoi Ying",
         "contact_phone": "+852 2445 7120",
         "contact_email": "hy.cheung@tswsec.com.hk",
         "participate": True,
         "services": ["OTP-C", "OMD-C"],
         "signatory_name": "Cheung Hoi Ying",
         "signed_date": "2023-11-23",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Tin Shui Wai Securities Limited",
         "subscriber_id": "HSN0392",
         "contact_name": "Cheung Hoi Ying",
         "contact_phone": "+852 2445 7120",
         "contact_email": "hy.cheung@tswsec.com.hk",
         "participate": "\u2611\u662f Yes   \u25a1\u5426 No",
         "services": {"OTP-C": "\u2611", "OTP-CSC": "\u25a1", "OMD-C": "\u2611", "OMD-CC": "\u25a1"},
         "signatory_name": "Cheung Hoi Ying",
         "signed_date": "2023-11-23",
     },
     note="WPS Office idioms (wpsCustomData namespace, KSOProductBuildVer, w:hint=eastAsia, "
          "full-width colons); unticked boxes are '\u25a1' (U+25A1), ticked '\u2611'")

case("wordxml/result-wps-words-tinshuiwai.docx", "result", "wps", "wx_wps_result",
     ["wps-office", "table", "value-next-cell", "chinese-above-english", "line-break-in-label",
      "result-word", "word-ok", "word-failed", "word-not-tested", "date-dmy-slash",
      "date-d-mon-yyyy"],
     fields={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Tin Shui Wai Securities Limited",
         "subscriber_id": "HSN0392",
         "contact_name": "Cheung Hoi Ying",
         "contact_phone": "+852 2445 7120",
         "contact_email": "hy.cheung@tswsec.com.hk",
         "session_date": "2023-11-25",
         "results": {"OTP-C": "successful", "OTP-CSC": "not_tested",
                     "OMD-C": "unsuccessful", "OMD-CC": "not_tested"},
         "issues": "OMD-C lost primary feed; recovered on backup at 10:41.",
         "signatory_name": "Cheung Hoi Ying",
         "signed_date": "2023-11-27",
     },
     raw={
         "circular_ref": "HDS/23/1109",
         "subscriber_name": "Tin Shui Wai Securities Limited",
         "subscriber_id": "HSN0392",
         "contact_name": "Cheung Hoi Ying",
         "contact_phone": "+852 2445 7120",
         "contact_email": "hy.cheung@tswsec.com.hk",
         "session_date": "25/11/2023",
         "results": {"OTP-C": "OK", "OTP-CSC": "Not tested", "OMD-C": "Failed",
                     "OMD-CC": "Not tested"},
         "issues": "OMD-C lost primary feed; recovered on backup at 10:41.",
         "signatory_name": "Cheung Hoi Ying",
         "signed_date": "27 Nov 2023",
     },
     note="WPS Office; each label cell is 'Chinese<w:br/>English' in one paragraph")

# ====================================================================== not forms / bad files
BAD = [
    dict(file="bad/cover-letter-intention.docx", status="unrecognised", problems=["not_a_form"],
         producer="docxjs", idioms=["letter", "mentions-form-title", "mentions-circular"],
         note="a subscriber's covering letter: names circular HDS/23/1109 and the 'Intention Form', "
              "its sender and HSN id, but holds no form"),
    dict(file="bad/subscriber-list.xlsx", status="unrecognised", problems=["not_a_form"],
         producer="xlsx-populate", idioms=["subscriber-list", "header-row-values-row"],
         note="a register of 40 firms with Subscriber ID / Subscriber Name / Email / Tel columns"),
    dict(file="bad/intention-odt-renamed.docx", status="rejected", problems=["unsupported_type"],
         producer="python", idioms=["odt-named-docx", "docx-extension"],
         note="an OpenDocument text (zip with mimetype, no [Content_Types].xml) named .docx"),
    dict(file="bad/intention-rtf-renamed.docx", status="rejected", problems=["unsupported_type"],
         producer="python", idioms=["rtf-named-docx", "docx-extension"],
         note="an RTF intention form saved with a .docx name"),
    dict(file="bad/result-web-page.xls", status="rejected", problems=["unsupported_type"],
         producer="python", idioms=["html-named-xls"],
         note="Excel 'Web Page' HTML (xmlns:x office namespaces) of a result form named .xls: "
              "not an OLE file, so not legacy_format"),
    dict(file="bad/forms-attached.zip", status="rejected", problems=["unsupported_type"],
         producer="python", idioms=["zip-holding-docx"],
         note="a zip archive holding a filled intention .docx: the archive itself is no form"),
    dict(file="bad/hssf-workbook.xlsx", status="rejected", problems=["legacy_format"],
         producer="npoi", idioms=["ole-compound-file", "excel-97-2003", "xls-named-xlsx"],
         note="NPOI HSSF (BIFF8, Excel 97-2003) intention workbook saved with an .xlsx name"),
    dict(file="bad/lo-encrypted.docx", status="rejected", problems=["encrypted"],
         producer="libreoffice", idioms=["ole-compound-file", "ooxml-standard-encryption"],
         note="libreoffice/intention-rtf-kwuntong.docx saved again by LibreOffice 7.4 with password "
              "hsn2023: ECMA-376 standard (not agile) encryption, EncryptionInfo + EncryptedPackage"),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "cases.json"), "w", encoding="utf-8") as f:
        json.dump({"ref": REF, "services": SERVICES, "service_names": SERVICE_NAMES,
                   "titles": TITLES, "subtitle": SUBTITLE, "cases": CASES, "bad": BAD},
                  f, ensure_ascii=False, indent=1)
    print(f"cases.json: {len(CASES)} forms, {len(BAD)} other files")


if __name__ == "__main__":
    main()
