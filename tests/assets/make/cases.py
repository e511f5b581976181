"""The test corpus' single source of truth.

Every filled form is described here ONCE:
  * `fields`   - the EXPECTED canonical, normalised values (the oracle), written by hand from
                 /work/shared/spec/forms.md, never derived from a reader implementation;
  * `raw`      - what the subscriber actually typed where it differs from the expected value
                 (dates as written, odd case ids, words such as "Pass", invalid values...);
  * `layout`   - which generator renders it, `idioms` - what the file exercises.

The generators (make_wordxml.py, make_libreoffice.py, make_exceljs.js, make_sheetjs.js) read the
cases from cases.json (written by `python3 cases.py`), and build_expected.py turns them into
../expected.json.  Fields that carry an `invalid:` problem are deliberately NOT in `fields`: the
reader may report the raw value or omit it.
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

# ---------------------------------------------------------------- subscribers (realistic HK data)
S = {
    "acme": dict(subscriber_name="Acme Securities Ltd", subscriber_id="HSN0427",
                 contact_name="Chan Tai Man", contact_phone="+852 2211 6080",
                 contact_email="tm.chan@acme.com.hk"),
    "golden": dict(subscriber_name="Golden Harbour Brokerage Limited", subscriber_id="HSN0112",
                   contact_name="Wong Ka Ming", contact_phone="(852) 3902-1188",
                   contact_email="kaming.wong@goldenharbour.com.hk"),
    "kowloon": dict(subscriber_name="Kowloon Bay Capital Limited", subscriber_id="HSN0235",
                    contact_name="Lee Siu Fong", contact_phone="+852 2598 3321",
                    contact_email="sf.lee@klnbaycap.com.hk"),
    "pearl": dict(subscriber_name="Pearl River Securities Company Limited", subscriber_id="HSN0588",
                  contact_name="Cheung Wai Kit", contact_phone="3188 2200",
                  contact_email="wk.cheung@pearlriver.com.hk"),
    "victoria": dict(subscriber_name="Victoria Peak Futures Ltd", subscriber_id="HSN0761",
                     contact_name="Ho Mei Ling", contact_phone="+852 2877 1023",
                     contact_email="meiling.ho@vpfutures.com.hk"),
    "lotus": dict(subscriber_name="Lotus Asset Management (HK) Limited", subscriber_id="HSN0093",
                  contact_name="Lam Chi Keung", contact_phone="(852) 2530 8899",
                  contact_email="ck.lam@lotusam.com.hk"),
    "jade": dict(subscriber_name="Jade Dragon Securities Limited", subscriber_id="HSN0350",
                 contact_name="Yeung Hoi Yan", contact_phone="2111 4455",
                 contact_email="hoiyan.yeung@jadedragon.com.hk"),
    "harbourfront": dict(subscriber_name="Harbourfront Investment Services Ltd",
                         subscriber_id="HSN0904", contact_name="Tsang Kwok Wai",
                         contact_phone="+852 3719 5500", contact_email="kw.tsang@hfis.com.hk"),
    "taipingshan": dict(subscriber_name="Tai Ping Shan Securities Limited", subscriber_id="HSN0019",
                        contact_name="Ng Wing Sze", contact_phone="(852) 2845 6622",
                        contact_email="wingsze.ng@tpssec.com.hk"),
    "causeway": dict(subscriber_name="Causeway Markets Ltd", subscriber_id="HSN0666",
                     contact_name="Leung Chun Ho", contact_phone="+852 2618 7070",
                     contact_email="ch.leung@causewaymkts.com.hk"),
    "silvermine": dict(subscriber_name="Silvermine Bay Brokers Limited", subscriber_id="HSN0471",
                       contact_name="Kwok Pui Shan", contact_phone="+852-2984 3131",
                       contact_email="ps.kwok@silverminebay.com.hk"),
    "saikung": dict(subscriber_name="Sai Kung Capital Partners Limited", subscriber_id="HSN0815",
                    contact_name="Fung Hiu Tung", contact_phone="(852) 2792 4408",
                    contact_email="ht.fung@saikungcap.com.hk"),
    "tst": dict(subscriber_name="Tsim Sha Tsui Securities Ltd", subscriber_id="HSN0208",
                contact_name="Mak Siu Ming", contact_phone="2366 1180",
                contact_email="sm.mak@tstsec.com.hk"),
    "lionrock": dict(subscriber_name="Lion Rock Financial Limited", subscriber_id="HSN0540",
                     contact_name="Chow Ka Yan", contact_phone="+852 3105 2288",
                     contact_email="kayan.chow@lionrockfin.com.hk"),
    "starferry": dict(subscriber_name="\u5929\u661f\u8b49\u5238\u6709\u9650\u516c\u53f8",  # 天星證券有限公司
                      subscriber_id="HSN0777", contact_name="\u9673\u5927\u6587",  # 陳大文
                      contact_phone="2527 3388", contact_email="dm.chan@starferrysec.com.hk"),
    "eastern": dict(subscriber_name="Eastern Harbour Securities Ltd", subscriber_id="HSN0301",
                    contact_name="Yip Man Wai", contact_phone="+852 2960 1414",
                    contact_email="mw.yip@easternharbour.com.hk"),
    "repulse": dict(subscriber_name="Repulse Bay Trading Limited", subscriber_id="HSN0155",
                    contact_name="So Lok Yin", contact_phone="(852) 2812 0303",
                    contact_email="ly.so@repulsebaytrading.com.hk"),
    "sheko": dict(subscriber_name="Shek O Securities Ltd", subscriber_id="HSN0982",
                  contact_name="Tam Ho Yin", contact_phone="+852 2809 4646",
                  contact_email="hy.tam@shekosec.com.hk"),
    "cheungchau": dict(subscriber_name="Cheung Chau Capital Ltd", subscriber_id="HSN0640",
                       contact_name="Poon Wai Lun", contact_phone="+852 2981 7272",
                       contact_email="wl.poon@ccc.com.hk"),
    "mongkok": dict(subscriber_name="Mong Kok Equities Limited", subscriber_id="HSN0703",
                    contact_name="Siu Kin Chung", contact_phone="(852) 2394-5151",
                    contact_email="kc.siu@mkequities.com.hk"),
}


def base(key, **extra):
    d = dict(S[key])
    d.update(extra)
    return d


CASES = []


def case(file, form, producer, layout, idioms, fields, status="complete", problems=(), raw=None,
         note=None):
    CASES.append(dict(file=file, form=form, producer=producer, layout=layout, idioms=list(idioms),
                      status=status, fields=fields, problems=list(problems), raw=raw or {},
                      note=note))


# =========================================================================== libreoffice
case("forms/libreoffice/intention-acme.docx", "intention", "libreoffice", "lo_html_intention",
     ["html-source", "table", "value-next-cell", "tick-char-ballot-x", "box-before-label",
      "date-dmy-slash"],
     base("acme", circular_ref=REF, participate=True, services=["OTP-C", "OMD-C"],
          signatory_name="Chan Tai Man", signed_date="2023-11-20"),
     raw=dict(signed_date="20/11/2023"))

case("forms/libreoffice/intention-golden-harbour.docx", "intention", "libreoffice",
     "lo_fodt_intention",
     ["fodt-source", "label-colon-value", "paragraphs", "lo-fieldmark-checkbox",
      "lo-fieldmark-text", "date-d-mon-yyyy", "whitespace-folding"],
     base("golden", circular_ref=REF, participate=True, services=list(SERVICES),
          signatory_name="Wong Ka Ming", signed_date="2023-11-24"),
     raw=dict(signed_date="24 Nov 2023", subscriber_name="  Golden  Harbour   Brokerage Limited "))

case("forms/libreoffice/intention-decline-kowloon.docx", "intention", "libreoffice",
     "lo_html_decline",
     ["html-source", "struck-choice", "participate-false", "no-services", "date-iso"],
     base("kowloon", circular_ref=REF, participate=False, signatory_name="Lee Siu Fong",
          signed_date="2023-11-21"),
     raw=dict(signed_date="2023-11-21"),
     note="'We will / will not participate' with 'will' struck through: declines; no service ticked")

case("forms/libreoffice/intention-missing-email.docx", "intention", "libreoffice",
     "lo_fodt_table_intention",
     ["fodt-source", "table", "value-next-cell", "tick-char-heavy-check", "date-dmy-dash",
      "empty-required"],
     {k: v for k, v in base("pearl", circular_ref=REF, participate=True,
                             services=["OTP-C", "OTP-CSC"], signed_date="2023-11-24").items()
      if k != "contact_email"},
     status="incomplete", problems=["missing:contact_email"],
     raw=dict(signed_date="24-11-2023"))

case("forms/libreoffice/result-acme.docx", "result", "libreoffice", "lo_html_result",
     ["html-source", "result-tick-table", "tick-char-ballot-x", "blank-row", "date-dmy-slash",
      "date-dmy-dash"],
     base("acme", circular_ref=REF, session_date="2023-11-25",
          results={"OTP-C": "successful", "OMD-C": "successful"},
          issues="No issue encountered.", signatory_name="Chan Tai Man",
          signed_date="2023-11-27"),
     raw=dict(session_date="25/11/2023", signed_date="27-11-2023"),
     note="rows for OTP-CSC and OMD-CC are left blank (not verified): absent from results")

case("forms/libreoffice/result-victoria-words.docx", "result", "libreoffice", "lo_fodt_result_words",
     ["fodt-source", "result-word", "word-pass", "word-failed", "word-na", "word-ok",
      "date-ordinal", "date-d-mon-yyyy", "whitespace-folding"],
     base("victoria", circular_ref=REF, session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "not_tested",
                   "OMD-CC": "successful"},
          issues="OTP-CSC throttle not restored after failover; reported to vendor.",
          signed_date="2023-11-27"),
     raw=dict(session_date="25 Nov 2023", signed_date="27th November 2023",
              results={"OTP-C": "Pass", "OTP-CSC": "Failed", "OMD-C": "N/A", "OMD-CC": "OK"},
              issues="  OTP-CSC throttle   not restored after failover;  reported to vendor. "))

case("forms/libreoffice/intention-lotus.xlsx", "intention", "libreoffice", "lo_fods_intention",
     ["fods-source", "value-right", "tick-x-cell", "yes-no-typed", "date-serial"],
     base("lotus", circular_ref=REF, participate=True, services=list(SERVICES),
          signatory_name="Lam Chi Keung", signed_date="2023-11-22"),
     raw=dict(signed_date=45252))

case("forms/libreoffice/result-lotus.xlsx", "result", "libreoffice", "lo_fods_result",
     ["fods-source", "result-tick-table", "tick-x-cell", "date-serial", "date-as-text",
      "date-dmy-slash"],
     base("lotus", circular_ref=REF, session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful",
                   "OMD-CC": "unsuccessful"},
          issues="OMD-CC feed gap 10:42-10:47 on backup site.", signed_date="2023-11-27"),
     raw=dict(session_date=45255, signed_date="27/11/2023"))

case("forms/libreoffice/intention-bad-email.xlsx", "intention", "libreoffice",
     "lo_fods_intention_bool",
     ["fods-source", "value-right", "boolean-cells", "invalid-email", "date-serial"],
     {k: v for k, v in base("jade", circular_ref=REF, participate=True,
                             services=["OTP-C", "OMD-C"], signed_date="2023-11-23").items()
      if k != "contact_email"},
     status="incomplete", problems=["invalid:contact_email"],
     raw=dict(contact_email="hoiyan.yeung@@jadedragon", signed_date=45253))

case("forms/libreoffice/result-missing-phone.xlsx", "result", "libreoffice", "lo_fods_result",
     ["fods-source", "result-tick-table", "tick-x-cell", "empty-required", "date-serial"],
     {k: v for k, v in base("golden", circular_ref=REF, session_date="2023-11-25",
                             results={"OTP-C": "successful", "OTP-CSC": "successful",
                                      "OMD-C": "successful", "OMD-CC": "successful"},
                             signed_date="2023-11-26").items() if k != "contact_phone"},
     status="incomplete", problems=["missing:contact_phone"],
     raw=dict(session_date=45255, signed_date=45256))

# =========================================================================== wordxml
case("forms/wordxml/intention-split-runs.docx", "intention", "wordxml", "wx_split_runs",
     ["split-runs", "proof-err", "bookmark-in-label", "value-next-cell", "wingdings-sym",
      "date-dmy-slash"],
     base("harbourfront", circular_ref=REF, participate=True,
          services=["OTP-C", "OTP-CSC", "OMD-C"], signatory_name="Tsang Kwok Wai",
          signed_date="2023-11-22"),
     raw=dict(signed_date="22/11/2023"))

case("forms/wordxml/intention-legacy-fields.docx", "intention", "wordxml", "wx_legacy_fields",
     ["legacy-formtext", "legacy-formcheckbox", "checkbox-default-only", "checkbox-checked-false",
      "empty-formtext-enspaces", "value-next-cell", "date-dmy-slash"],
     base("taipingshan", circular_ref=REF, participate=True,
          services=["OTP-C", "OMD-C", "OMD-CC"], signed_date="2023-11-23"),
     raw=dict(signed_date="23/11/2023"),
     note="signatory FORMTEXT left at Word's default five en-spaces: signatory_name absent; "
          "OMD-C box has only <w:default w:val=\"1\"/> (ticked); OTP-CSC has default 1 but "
          "<w:checked w:val=\"0\"/> (not ticked)")

case("forms/wordxml/intention-content-controls.docx", "intention", "wordxml", "wx_sdt",
     ["sdt-tag-canonical", "sdt-alias-only", "w14-checkbox", "date-control", "value-next-cell"],
     base("causeway", circular_ref=REF, participate=True, services=["OTP-C", "OTP-CSC"],
          signatory_name="Leung Chun Ho", signed_date="2023-11-22"),
     raw=dict(signed_date="22 November 2023"))

case("forms/wordxml/intention-placeholder.docx", "intention", "wordxml", "wx_sdt_placeholder",
     ["sdt-tag-canonical", "sdt-placeholder", "w14-checkbox", "date-control-empty",
      "empty-required"],
     {k: v for k, v in base("silvermine", circular_ref=REF, participate=True,
                             services=["OMD-C"]).items() if k != "contact_email"},
     status="incomplete", problems=["missing:contact_email"],
     note="e-mail, signatory and date controls still show their placeholder text "
          "(w:showingPlcHdr): not filled")

case("forms/wordxml/intention-struck-choice.docx", "intention", "wordxml", "wx_struck_bilingual",
     ["struck-choice", "chinese-english-labels", "fullwidth-colon", "label-colon-value",
      "paragraphs", "tick-char-check", "date-ordinal"],
     base("saikung", circular_ref=REF, participate=True, services=["OTP-C", "OMD-C", "OMD-CC"],
          signatory_name="Fung Hiu Tung", signed_date="2023-11-24"),
     raw=dict(signed_date="24th November 2023"),
     note="'We will / will not participate' with 'will not' in <w:strike/>: participates")

case("forms/wordxml/intention-struck-decline.docx", "intention", "wordxml", "wx_struck_bilingual",
     ["struck-choice", "participate-false", "no-services", "chinese-english-labels",
      "fullwidth-colon", "label-colon-value", "date-dmy-dash"],
     base("tst", circular_ref=REF, participate=False, signatory_name="Mak Siu Ming",
          signed_date="2023-11-21"),
     raw=dict(signed_date="21-11-2023", strike="will"),
     note="'will' struck (w:dstrike, double strike): declines; every service box empty")

case("forms/wordxml/intention-tracked-changes.docx", "intention", "wordxml", "wx_tracked",
     ["tracked-deletion", "tracked-insertion", "value-next-cell", "tick-char-ballot-x",
      "date-iso"],
     base("lionrock", circular_ref=REF, participate=True, services=["OTP-C", "OMD-C"],
          signatory_name="Chow Ka Yan", signed_date="2023-11-23"),
     raw=dict(signed_date="2023-11-23"),
     note="deleted text (w:del/w:delText) holds an old id HSN0450, an old e-mail and a tick "
          "for OMD-CC; inserted text (w:ins) holds the values that count")

case("forms/wordxml/intention-chinese-only.docx", "intention", "wordxml", "wx_chinese_below",
     ["chinese-labels-only", "value-below", "table", "tick-char-ballot-check", "chinese-text-values",
      "date-dmy-slash"],
     base("starferry", circular_ref=REF, participate=True, services=["OTP-C", "OTP-CSC"],
          signed_date="2023-11-22"),
     raw=dict(signed_date="22/11/2023"))

case("forms/wordxml/intention-bad-id.docx", "intention", "wordxml", "wx_odd_labels",
     ["label-colon-value", "paragraphs", "odd-case-labels", "invalid-subscriber-id",
      "tick-x-against-box", "date-d-mon-yyyy"],
     {k: v for k, v in base("eastern", participate=True, services=["OTP-C"],
                             signed_date="2023-11-20").items() if k != "subscriber_id"},
     status="incomplete", problems=["invalid:subscriber_id"],
     raw=dict(subscriber_id="HSN42", signed_date="20 Nov 2023"))

case("forms/wordxml/intention-merged-lowercase.docx", "intention", "wordxml", "wx_merged",
     ["merged-gridspan", "merged-vmerge", "value-below", "value-next-cell", "lowercase-id",
      "tick-x-cell", "date-d-mon-yyyy"],
     base("repulse", circular_ref=REF, participate=True, services=["OTP-CSC", "OMD-CC"],
          signatory_name="So Lok Yin", signed_date="2023-11-24"),
     raw=dict(subscriber_id="hsn0155", signed_date="24 Nov 2023"))

case("forms/wordxml/intention-no-services.docx", "intention", "wordxml", "wx_split_runs",
     ["split-runs", "proof-err", "bookmark-in-label", "value-next-cell", "tick-char-ballot-check",
      "no-services", "empty-required", "date-iso"],
     base("sheko", circular_ref=REF, participate=True, signatory_name="Tam Ho Yin",
          signed_date="2023-11-22"),
     status="incomplete", problems=["missing:services"],
     raw=dict(signed_date="2023-11-22", tick="unicode"),
     note="participates (Yes ticked) but no service ticked")

case("forms/wordxml/result-checkbox-controls.docx", "result", "wordxml", "wx_result_sdt",
     ["w14-checkbox", "result-tick-table", "sdt-tag-canonical", "date-control",
      "date-dmy-slash"],
     base("causeway", circular_ref=REF, session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "not_tested",
                   "OMD-CC": "not_tested"},
          issues="OTP-CSC login rejected after failover; vendor investigating.",
          signatory_name="Leung Chun Ho", signed_date="2023-11-27"),
     raw=dict(signed_date="27/11/2023"))

case("forms/wordxml/result-legacy-fields.docx", "result", "wordxml", "wx_result_legacy",
     ["legacy-formcheckbox", "legacy-formtext", "result-tick-table", "date-ordinal",
      "date-ambiguous-dayfirst", "line-break-in-value"],
     base("taipingshan", circular_ref=REF, session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "successful",
                   "OMD-CC": "successful"},
          issues="All connections recovered within 2 minutes. OTP-CSC not subscribed.",
          signatory_name="Ng Wing Sze", signed_date="2023-12-01"),
     raw=dict(session_date="25th November 2023", signed_date="1/12/2023"),
     note="issues is written on two lines (<w:br/>) and folds to one space; 1/12/2023 is 1 Dec")

case("forms/wordxml/result-missing-results.docx", "result", "wordxml", "wx_result_unicode",
     ["result-tick-table", "tick-char-ballot-x", "empty-required", "date-dmy-slash"],
     base("harbourfront", circular_ref=REF, session_date="2023-11-25",
          signatory_name="Tsang Kwok Wai", signed_date="2023-11-27"),
     status="incomplete", problems=["missing:results"],
     raw=dict(session_date="25/11/2023", signed_date="27/11/2023", results={}),
     note="every result box left as an empty box")

case("forms/wordxml/result-wingdings-bad-date.docx", "result", "wordxml", "wx_result_wingdings",
     ["wingdings-sym", "result-tick-table", "chinese-english-labels", "invalid-optional-date",
      "date-dmy-slash"],
     base("mongkok", circular_ref=REF, session_date="2023-11-25",
          results={"OMD-C": "successful", "OMD-CC": "unsuccessful"},
          issues="OMD-CC retransmission requests timed out on the backup site.",
          signatory_name="Siu Kin Chung"),
     status="complete", problems=["invalid:signed_date"],
     raw=dict(session_date="25/11/2023", signed_date="31/11/2023"),
     note="31/11/2023 is no date: an invalid OPTIONAL field, so still complete; OTP rows blank")

case("forms/wordxml/result-split-runs-words.docx", "result", "wordxml", "wx_result_lines",
     ["split-runs", "proof-err", "result-word", "label-colon-value", "paragraphs",
      "tracked-deletion", "tracked-insertion", "word-success", "word-fail", "word-not-tested",
      "word-na", "date-iso"],
     base("cheungchau", circular_ref=REF, session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "unsuccessful",
                   "OMD-CC": "not_tested"},
          signatory_name="Poon Wai Lun", signed_date="2023-11-27"),
     raw=dict(session_date="2023-11-25", signed_date="2023-11-27",
              results={"OTP-C": "Success", "OTP-CSC": "Not tested", "OMD-C": "Fail",
                       "OMD-CC": "N/A"}),
     note="OTP-C line: 'Fail' deleted (w:del), 'Success' inserted (w:ins)")

# =========================================================================== exceljs
case("forms/exceljs/intention-right-booleans.xlsx", "intention", "exceljs", "xl_right",
     ["value-right", "boolean-cells", "shared-strings", "merged-cells", "date-serial"],
     base("pearl", circular_ref=REF, participate=True, services=["OTP-C", "OTP-CSC"],
          signatory_name="Cheung Wai Kit", signed_date="2023-11-23"),
     raw=dict(signed_date=45253, date_format="dd/mm/yyyy", tick="bool"))

case("forms/exceljs/intention-below-defined-names.xlsx", "intention", "exceljs", "xl_below",
     ["value-below", "defined-names", "tick-check-cell", "yes-no-typed", "shared-strings",
      "date-serial"],
     base("victoria", circular_ref=REF, participate=True,
          services=["OTP-C", "OMD-C", "OMD-CC"], signatory_name="Ho Mei Ling",
          signed_date="2023-11-24"),
     raw=dict(signed_date=45254, date_format="d mmm yyyy"))

case("forms/exceljs/intention-decline.xlsx", "intention", "exceljs", "xl_right",
     ["value-right", "boolean-cells", "participate-false", "no-services", "date-serial"],
     base("jade", circular_ref=REF, participate=False, signatory_name="Yeung Hoi Yan",
          signed_date="2023-11-20"),
     raw=dict(signed_date=45250, date_format="yyyy-mm-dd", tick="bool"))

case("forms/exceljs/intention-1904.xlsx", "intention", "exceljs", "xl_right",
     ["value-right", "date1904", "date-serial", "tick-x-cell", "yes-no-x"],
     base("mongkok", circular_ref=REF, participate=True, services=["OMD-C", "OMD-CC"],
          signatory_name="Siu Kin Chung", signed_date="2023-11-22"),
     raw=dict(signed_date=45252 - 1462, date_format="dd/mm/yyyy", date1904=True, tick="x"))

case("forms/exceljs/intention-missing-participate.xlsx", "intention", "exceljs", "xl_right",
     ["value-right", "tick-x-cell", "yes-no-x", "empty-required", "date-as-text",
      "date-dmy-slash"],
     base("cheungchau", circular_ref=REF, signed_date="2023-11-23"),
     status="incomplete", problems=["missing:participate"],
     raw=dict(signed_date="23/11/2023", tick="x"),
     note="neither Yes nor No marked and no service marked; services is not required because "
          "participate is not true")

case("forms/exceljs/result-table.xlsx", "result", "exceljs", "xl_result_table",
     ["result-tick-table", "tick-x-cell", "blank-row", "merged-cells", "date-serial"],
     base("pearl", circular_ref=REF, session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "successful"},
          signatory_name="Cheung Wai Kit", signed_date="2023-11-27"),
     raw=dict(session_date=45255, signed_date=45257, tick="X"),
     note="OMD rows left blank: absent from results")

case("forms/exceljs/result-words.xlsx", "result", "exceljs", "xl_result_words",
     ["result-word", "word-pass", "word-ok", "word-failed", "word-na", "date-as-text",
      "date-dmy-dash", "date-serial", "streaming-writer", "inline-strings", "str-cells"],
     base("victoria", circular_ref=REF, session_date="2023-11-25",
          results={"OTP-C": "successful", "OMD-C": "successful", "OMD-CC": "unsuccessful",
                   "OTP-CSC": "not_tested"},
          issues="No refresh on OMD-CC after failover; recovered by manual reconnect.",
          signatory_name="Ho Mei Ling", signed_date="2023-11-27"),
     raw=dict(session_date="25-11-2023", signed_date=45257,
              results={"OTP-C": "Pass", "OTP-CSC": "N/A", "OMD-C": "OK", "OMD-CC": "Failed"}))

case("forms/exceljs/result-missing-email.xlsx", "result", "exceljs", "xl_result_table",
     ["result-tick-table", "boolean-cells", "empty-required", "date-serial"],
     {k: v for k, v in base("golden", circular_ref=REF, session_date="2023-11-25",
                             results={"OTP-C": "successful", "OTP-CSC": "successful",
                                      "OMD-C": "unsuccessful", "OMD-CC": "successful"},
                             signed_date="2023-11-27").items() if k != "contact_email"},
     status="incomplete", problems=["missing:contact_email"],
     raw=dict(session_date=45255, signed_date=45257, tick="bool"))

# =========================================================================== sheetjs
case("forms/sheetjs/intention-str-cells.xlsx", "intention", "sheetjs", "sj_right",
     ["value-right", "str-cells", "tick-check-cell", "yes-no-typed", "date-as-text",
      "date-d-mon-yyyy", "label-colon"],
     base("silvermine", circular_ref=REF, participate=True, services=["OMD-C"],
          signatory_name="Kwok Pui Shan", signed_date="2023-11-24"),
     raw=dict(signed_date="24 Nov 2023", tick="\u2713"))

case("forms/sheetjs/intention-1904.xlsx", "intention", "sheetjs", "sj_right",
     ["value-right", "date1904", "date-serial", "boolean-cells", "shared-strings"],
     base("sheko", circular_ref=REF, participate=True,
          services=["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"], signatory_name="Tam Ho Yin",
          signed_date="2023-11-23"),
     raw=dict(signed_date=45253 - 1462, date1904=True, sst=True, tick="bool",
              date_format="dd/mm/yyyy"))

case("forms/sheetjs/intention-one-cell.xlsx", "intention", "sheetjs", "sj_one_cell",
     ["label-colon-value", "one-cell", "tick-char-ballot-x", "box-before-label", "date-iso"],
     base("kowloon", circular_ref=REF, participate=True, services=["OTP-C"],
          signatory_name="Lee Siu Fong", signed_date="2023-11-23"),
     raw=dict(signed_date="2023-11-23"))

case("forms/sheetjs/intention-bad-id.xlsx", "intention", "sheetjs", "sj_right",
     ["value-right", "invalid-subscriber-id", "tick-x-cell", "date-serial"],
     {k: v for k, v in base("eastern", circular_ref=REF, participate=True,
                             services=["OTP-C", "OMD-C"], signed_date="2023-11-22").items()
      if k != "subscriber_id"},
     status="incomplete", problems=["invalid:subscriber_id"],
     raw=dict(subscriber_id="HSN03O1", signed_date=45252, tick="X", date_format="dd/mm/yyyy"),
     note="HSN03O1 has a letter O where a zero belongs")

case("forms/sheetjs/result-merged-ticks.xlsx", "result", "sheetjs", "sj_result_table",
     ["result-tick-table", "merged-cells", "tick-check-cell", "date-serial", "shared-strings"],
     base("silvermine", circular_ref=REF, session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "unsuccessful",
                   "OMD-CC": "not_tested"},
          issues="OMD-C gap fill timeout once.", signatory_name="Kwok Pui Shan",
          signed_date="2023-11-27"),
     raw=dict(session_date=45255, signed_date=45257, tick="\u2713", sst=True))

case("forms/sheetjs/result-words-text-dates.xlsx", "result", "sheetjs", "sj_result_words",
     ["result-word", "word-successful", "word-unsuccessful", "word-na", "date-as-text",
      "date-iso", "date-d-mon-yyyy", "str-cells"],
     base("repulse", circular_ref=REF, session_date="2023-11-25",
          results={"OTP-C": "not_tested", "OTP-CSC": "successful", "OMD-C": "not_tested",
                   "OMD-CC": "unsuccessful"},
          signatory_name="So Lok Yin", signed_date="2023-11-27"),
     raw=dict(session_date="2023-11-25", signed_date="27 Nov 2023",
              results={"OTP-C": "N/A", "OTP-CSC": "Successful", "OMD-C": "N/A",
                       "OMD-CC": "Unsuccessful"}))


# =========================================================================== epplus (make/epplus)
# Developer-tab form controls drawn over the sheet, written by EPPlus 7.5; the state of a check box or
# option button is in the sheet's VML drawing and in xl/ctrlProps, never in a cell.
case("forms/epplus/intention-form-controls.xlsx", "intention", "epplus", "epplus_controls",
     ["form-control-checkbox", "form-control-option-button", "state-in-control-properties",
      "value-right", "date-serial"],
     dict(circular_ref=REF, subscriber_name="Kwun Tong Harbour Securities Limited",
          subscriber_id="HSN5107", contact_name="Tse Ka Yan", contact_phone="2389 4410",
          contact_email="kayan.tse@kthsec.com.hk", participate=True, services=["OTP-C", "OMD-C"],
          signatory_name="Tse Ka Yan", signed_date="2023-11-22"),
     note="option buttons 'We will participate' (on) and 'We will not participate'; a captioned "
          "check box per service; EPPlus writes the option buttons' state only in xl/ctrlProps")

case("forms/epplus/result-form-controls-grid.xlsx", "result", "epplus", "epplus_controls_grid",
     ["form-control-checkbox", "uncaptioned-boxes-under-headers", "linked-cells-out-of-sight",
      "value-right", "date-d-mon-yyyy"],
     dict(circular_ref=REF, subscriber_name="Lam Tin Futures Company Limited",
          subscriber_id="HSN5214", contact_name="Yau Chi Fung", contact_phone="+852 2717 3350",
          contact_email="cf.yau@lamtinfutures.hk", session_date="2023-11-25",
          results={"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "unsuccessful"},
          issues="OMD-C feed stopped after failover; vendor investigating.",
          signatory_name="Yau Chi Fung", signed_date="2023-11-27"),
     note="check boxes without captions under a Successful / Unsuccessful / Not tested header row; "
          "OMD-C's boxes are linked to cells in H:J")

def written(c, key):
    """The value as written in the document for a text/date field."""
    if key in c["raw"]:
        return c["raw"][key]
    return c["fields"].get(key)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = dict(ref=REF, services=SERVICES, service_names=SERVICE_NAMES, titles=TITLES,
               subtitle=SUBTITLE, cases=CASES)
    with open(os.path.join(here, "cases.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(len(CASES), "cases")
