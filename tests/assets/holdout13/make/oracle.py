#!/usr/bin/env python3
"""The oracle for holdout13, written by hand from shared/spec/forms.md, cli.md, issue 9 section 3 and the
notice HDS/23/1109, before any file existed. Writes ../expected.json. Values are what a service-desk person
would record from each file (normalised as forms.md says)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ALL4 = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
REF = "HDS/23/1109"
E = []


def add(file, form, status, fields, problems, producer, idioms, note):
    E.append({"file": "holdout13/" + file, "form": form, "status": status, "fields": fields,
              "problems": problems, "producer": producer, "idioms": idioms, "note": note})


def who(name, sid, contact, phone, email, signatory=None, date=None, ref=REF):
    d = {}
    if ref: d["circular_ref"] = ref
    d.update({"subscriber_name": name, "subscriber_id": sid, "contact_name": contact,
              "contact_phone": phone, "contact_email": email})
    if signatory: d["signatory_name"] = signatory
    if date: d["signed_date"] = date
    return d


def drop(d, *keys):
    return {k: v for k, v in d.items() if k not in keys}

# ---------------------------------------------------------------- Word forms (12)
add("word/intention-html-rows-tsuenwan.docx", "intention", "complete",
    {**who("Tsuen Wan Securities Limited", "HSN0311", "Ho Wing Sze", "(852) 2614 7720", "ws.ho@twsec.com.hk",
           "Tang Kwok Leung", "2023-11-22"), "participate": True, "services": ["OTP-C", "OMD-C"]},
    [], "libreoffice", ["html-source", "table", "paraphrased-labels", "tick-char-ballot-check", "date-d-mon-yyyy"],
    "Own table: 'Name of Company', 'HSN Code', 'Person to contact', 'Direct line', 'Mail'; ☑/☐ before each choice; 22 Nov 2023")
add("word/intention-html-paragraphs-decline-shatin.docx", "intention", "complete",
    {**who("Sha Tin Futures & Securities Co.", "HSN0452", "Cheung Mei Ling", "+852 2691 0088", "meiling.cheung@shatinfs.com",
           "Cheung Mei Ling", "2023-11-21"), "participate": False},
    [], "libreoffice", ["html-source", "paragraphs", "label-colon-value", "deleted-option", "participate-false", "date-iso"],
    "Label: value paragraphs; the sender deleted 'will participate' and kept only 'We will not participate in PS2 using HSN.'; no service list at all")
add("word/intention-docx-bilingual-yuenlong.docx", "intention", "complete",
    {**who("元朗證券有限公司", "HSN0523", "李小明", "2475 3300", "xm.li@ylsec.hk", None, "2023-11-20"),
     "participate": True, "services": ["OTP-C", "OTP-CSC", "OMD-CC"]},
    [], "python", ["table", "chinese-english-labels", "chinese-text-values", "tick-char-heavy-check", "yes-no-typed", "date-chinese"],
    "Bilingual labels '公司名稱 Company Name' etc.; '參與 Participation' answered '是 Yes'; ✔ after the service code; date 2023年11月20日")
add("word/intention-docx-na-services-mongkok.docx", "intention", "complete",
    {**who("Mong Kok Brokerage Ltd", "HSN0145", "Wong Siu Fung", "9123 4567", "sf.wong@mkbrokerage.com", "Ng Chi Keung", "2023-11-23"),
     "participate": True, "services": ["OTP-C", "OMD-C"]},
    [], "python", ["table", "value-next-cell", "yes-no-typed", "word-na", "date-dmy-slash"],
    "Services table: each code with 'Yes' or 'N/A' typed in the next column; 'Will you join PS2?' answered 'Yes'")
add("word/intention-docx-both-ticked-tinshui.docx", "intention", "incomplete",
    {**who("Tin Shui Wai Investment Ltd", "HSN0678", "Lau Ka Ho", "3188 2200", "kaho.lau@tswinv.com"),
     "services": ["OTP-C"]},
    ["ambiguous:participate"], "python", ["table", "tick-char-ballot-x", "both-choices-ticked"],
    "'☒ We will participate ☒ We will not participate': both choices ticked, doubt on participate; OTP-C ticked")
add("word/intention-handxml-highlight-causeway.docx", "intention", "complete",
    {**who("Causeway Bay Capital Limited", "HSN0904", "Yeung Hoi Yan", "2577 6161", "hy.yeung@cbcap.com.hk", None, "2023-11-24"),
     "participate": True, "services": ["OTP-C", "OTP-CSC"]},
    [], "handxml", ["paragraphs", "label-tab-value", "highlight-choice", "date-d-mon-yyyy"],
    "Choices marked by yellow highlighting (w:highlight) of 'Yes' and of the chosen codes; nothing else marks them")
add("word/intention-handxml-missing-phone-aberdeen.docx", "intention", "incomplete",
    drop({**who("Aberdeen Harbour Securities", "HSN0230", "Fung Chun Kit", "", "ck.fung@ahsec.com.hk", None, "2023-11-22"),
          "participate": True, "services": ALL4}, "contact_phone"),
    ["missing:contact_phone"], "handxml", ["paragraphs", "label-tab-value", "underscore-placeholder", "tick-x-against-box", "date-dmy-dash"],
    "Phone left as the underscores line; all four services marked [X]")
add("word/result-fodt-words-kwuntong.docx", "result", "complete",
    {**who("Kwun Tong Securities Ltd", "HSN0387", "Chan Tsz Kin", "(852) 2341-8800", "tk.chan@ktsec.com.hk", "Leung Pui Man", "2023-11-26"),
     "session_date": "2023-11-25",
     "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "unsuccessful", "OMD-CC": "not_tested"},
     "issues": "OMD-C feed B dropped at 10:42 and reconnected after 3 minutes."},
    [], "libreoffice", ["fodt-source", "table", "result-word", "word-successful", "word-fail", "word-not-tested", "date-dmy-slash", "footer-noise"],
    "Result words typed in a table: Successful, Successful, Fail, Not tested; 'Problems found' as the issues label")
add("word/result-docx-ticks-columns-fanling.docx", "result", "complete",
    {**who("Fanling Wealth Management Ltd", "HSN0756", "Kwok Wai Lun", "+852 2682 5050", "wl.kwok@fanlingwm.com", None, "2023-11-27"),
     "session_date": "2023-11-25",
     "results": {"OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "successful", "OMD-CC": "successful"}},
    [], "python", ["table", "result-tick-table", "pass-fail-na-columns", "tick-char-check", "date-iso"],
    "Own grid with columns Pass / Fail / N/A and ✓ marks")
add("word/result-docx-both-marked-taipo.docx", "result", "incomplete",
    {**who("Tai Po Securities Co Ltd", "HSN0821", "Siu Ming Yan", "2650 1212", "my.siu@taiposec.com", None, "2023-11-25"),
     "session_date": "2023-11-25"},
    ["ambiguous:results"], "python", ["table", "result-tick-table", "tick-char-check", "both-choices-ticked"],
    "OMD-C row has ✓ under both Successful and Unsuccessful: doubt on results; the other rows are clean")
add("word/result-handxml-bad-id-central.docx", "result", "incomplete",
    {**drop(who("Central Asia Securities Ltd", "HSN388", "Tse Hiu Tung", "2868 3030", "ht.tse@casec.com.hk", None, "2023-11-26"), "subscriber_id"),
     "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "successful"}},
    ["invalid:subscriber_id"], "handxml", ["table", "result-word", "word-ok", "invalid-subscriber-id", "date-ordinal"],
    "Subscriber ID typed 'HSN388' (three digits); every result 'OK'; 26th November 2023")
add("word/result-html-struck-missing-email-stanley.docx", "result", "incomplete",
    {**drop(who("Stanley Investment Services", "HSN0199", "Mak Ho Yin", "2813 4141", ""), "contact_email"),
     "results": {"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "successful"}},
    ["missing:contact_email"], "libreoffice", ["html-source", "table", "struck-choice", "empty-required"],
    "Each row 'Successful / Unsuccessful' with the option that does not apply struck through (<s>); OMD-CC row untouched; e-mail cell empty")

# ---------------------------------------------------------------- Excel forms (12)
add("excel/intention-openpyxl-columns-kowloonbay.xlsx", "intention", "complete",
    {**who("Kowloon Bay Trading Limited", "HSN0602", "Ip Sze Wan", "2755 9090", "sw.ip@kbtrading.com.hk", "Ip Sze Wan", "2023-11-20"),
     "participate": True, "services": ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]},
    [], "python", ["value-next-cell", "yes-no-typed", "tick-check-cell", "date-serial", "logo-text"],
    "Labels in A, values in B; participation 'Y'; ✓ in column C beside each code; real Excel date")
add("excel/intention-openpyxl-header-row-wanchai.xlsx", "intention", "complete",
    {**who("Wanchai Global Markets Ltd", "HSN0715", "So Kin Chung", "3105 7788", "kc.so@wgm.com.hk", None, "2023-11-24", ref=None),
     "participate": True, "services": ["OTP-C", "OMD-C"]},
    [], "python", ["header-row-over-values", "yes-no-typed", "y-marks", "date-as-text"],
    "One header row of labels (Company, HSN ID, Contact, Tel, Email, Join PS2?, the four codes, Date) over one row of values; 'Y' under chosen codes; no circular ref on the sheet")
add("excel/intention-openpyxl-booleans-decline-chaiwan.xlsx", "intention", "complete",
    {**who("Chai Wan Securities Ltd", "HSN0266", "Lee Hok Man", "2558 1313", "hm.lee@cwsec.com.hk", None, "2023-11-23"),
     "participate": False},
    [], "python", ["value-next-cell", "boolean-cells", "participate-false", "date-serial"],
    "Participation FALSE, every service FALSE")
add("excel/intention-openpyxl-bad-email-northpoint.xlsx", "intention", "incomplete",
    {**drop(who("North Point Finance Ltd", "HSN0344", "Wong Kelvin", "2562 4040", "x", None, "2023-11-22"), "contact_email"),
     "participate": True, "services": ["OTP-C"]},
    ["invalid:contact_email"], "python", ["value-next-cell", "invalid-email", "tick-x-cell"],
    "E-mail typed 'kelvin.wong at npfin.com.hk'")
add("excel/intention-openpyxl-two-ids-quarrybay.xlsx", "intention", "incomplete",
    {**drop(who("Quarry Bay Securities Ltd", "HSN0512", "Chow Yuk Ling", "2811 6060", "yl.chow@qbsec.com.hk", None, "2023-11-21"), "subscriber_id"),
     "participate": True, "services": ["OMD-C", "OMD-CC"]},
    ["ambiguous:subscriber_id"], "python", ["value-next-cell", "two-values-one-field", "tick-x-cell"],
    "'HSN Subscriber ID' HSN0512 at the top and 'Subscriber Code' HSN0521 lower down: two different ids")
add("excel/intention-fods-chinese-tsimshatsui.xlsx", "intention", "complete",
    {**who("尖沙咀證券有限公司", "HSN0633", "陳家樂", "2366 8181", "kl.chan@tstsec.com.hk", "黃志強", "2023-11-20"),
     "participate": True, "services": ["OTP-C", "OTP-CSC", "OMD-C"]},
    [], "libreoffice", ["fods-source", "chinese-labels-only", "chinese-text-values", "tick-char-heavy-check", "date-dmy-dash"],
    "Chinese labels only (公司名稱, 用戶編號, 聯絡人, 電話, 電郵, 參與: 是, 授權人姓名, 日期); ✔ beside codes")
add("excel/intention-fods-no-services-hunghom.xlsx", "intention", "incomplete",
    {**who("Hung Hom Securities Limited", "HSN0477", "Yu Chi Wai", "2333 5151", "cw.yu@hhsec.com.hk", None, "2023-11-22"),
     "participate": True},
    ["missing:services"], "libreoffice", ["fods-source", "value-next-cell", "yes-no-typed", "no-services"],
    "Participation 'Yes' but the four service cells left empty")
add("excel/result-openpyxl-grid-x-admiralty.xlsx", "result", "complete",
    {**who("Admiralty Securities Ltd", "HSN0908", "Hui Man Kit", "2529 0707", "mk.hui@admsec.com.hk", "Hui Man Kit", "2023-11-27"),
     "session_date": "2023-11-25",
     "results": {"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "successful"},
     "issues": "OTP-CSC logon rejected on backup site"},
    [], "python", ["result-tick-table", "tick-x-cell", "blank-row", "date-serial"],
    "X under Successful / Unsuccessful / Not Tested; OMD-CC row blank (not verified)")
add("excel/result-openpyxl-words-sheungwan.xlsx", "result", "complete",
    {**who("Sheung Wan Capital Ltd", "HSN0050", "Tam Yee Man", "2545 2020", "ym.tam@swcap.com.hk", None, "2023-11-25"),
     "session_date": "2023-11-25",
     "results": {"OTP-C": "successful", "OTP-CSC": "unsuccessful", "OMD-C": "successful", "OMD-CC": "not_tested"}},
    [], "python", ["value-next-cell", "result-word", "word-passed", "word-failed", "word-na", "date-dmy-slash"],
    "Result words Passed / Failed / Pass / N/A")
add("excel/result-fods-verified-no-result-lamtin.xlsx", "result", "incomplete",
    {**who("Lam Tin Securities Ltd", "HSN0561", "Kan Wing Yee", "2727 3434", "wy.kan@ltsec.com.hk", None, "2023-11-26"),
     "results": {"OTP-C": "successful"}},
    ["missing:results"], "libreoffice", ["fods-source", "verified-column", "result-word", "verified-without-result"],
    "Columns 'Verified?' and 'Result': OTP-C Yes/Successful, OMD-C Yes with the result left blank, the others No")
add("excel/result-openpyxl-missing-contact-lantau.xlsx", "result", "incomplete",
    {**drop(who("Lantau Securities Ltd", "HSN0290", "", "2988 1010", "ops@lantausec.com"), "contact_name"),
     "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "successful"}},
    ["missing:contact_name"], "python", ["value-next-cell", "result-word", "word-successful", "empty-required"],
    "Contact person cell empty")
add("excel/result-fods-onecell-tuenmun.xlsx", "result", "complete",
    {**who("Tuen Mun Capital Ltd", "HSN0733", "Ma Kwok Wah", "2455 6767", "kw.ma@tmcap.com.hk", None, "2023-11-27"),
     "session_date": "2023-11-25",
     "results": {"OTP-C": "successful", "OTP-CSC": "successful", "OMD-C": "successful", "OMD-CC": "unsuccessful"}},
    [], "libreoffice", ["fods-source", "one-cell", "label-colon-value", "lowercase-id", "result-word", "date-d-mon-yyyy"],
    "'Label: value' in single cells, 'OTP-C: Successful' per row; id typed 'hsn0733'")

# ---------------------------------------------------------------- look-alikes (8)
LA = [
    ("lookalikes/email-printout.docx", "python", "An e-mail thread saved as docx: From/To/Subject, 'we will participate in PS2', names services, signature with phone"),
    ("lookalikes/meeting-agenda.docx", "libreoffice", "Internal meeting agenda for the PS2 weekend naming OTP-C, OTP-CSC, OMD-C, OMD-CC"),
    ("lookalikes/ack-slip-other-exchange.docx", "handxml", "Acknowledgement slip of another exchange's circular: Member Name, Member ID, Contact Person, Tel, Email, Date"),
    ("lookalikes/circular-retyped.docx", "python", "The notice HDS/23/1109 itself, retyped/saved by a subscriber"),
    ("lookalikes/vendor-invoice.xlsx", "python", "A vendor's invoice for HSN cross-connect work: customer, tel, email, items naming the services"),
    ("lookalikes/staff-rota.xlsx", "libreoffice", "Weekend staff rota for 25 Nov 2023 with names, phones and systems watched"),
    ("lookalikes/contact-list.xlsx", "python", "A list of many firms with Company / Subscriber ID / Contact / Phone / Email columns"),
    ("lookalikes/change-request.xlsx", "python", "An IT change request for the PS2 failover test: requester, systems, dates, approval"),
]
for f, prod, note in LA:
    add(f, None, "unrecognised", {}, ["not_a_form"], prod, ["lookalike"], note)

# ---------------------------------------------------------------- bad files (4)
add("bad/truncated-result.xlsx", None, "rejected", {}, ["corrupt"], "python", ["truncated-zip"], "A result workbook cut to half its bytes")
add("bad/scan-named.docx", None, "rejected", {}, ["unsupported_type"], "libreoffice", ["pdf", "docx-extension"], "A PDF printout of a form, named .docx")
add("bad/old-word-renamed.docx", None, "rejected", {}, ["legacy_format"], "libreoffice", ["word-97-2003", "docx-extension"], "A Word 97-2003 .doc renamed .docx")
add("bad/macro-form.xlsx", None, "rejected", {}, ["macro_enabled"], "handxml", ["vba-project-part", "macro-content-type", "xlsx-extension"],
    "An .xlsm package (macroEnabled main type, xl/vbaProject.bin) named .xlsx")

if __name__ == "__main__":
    with open(os.path.join(HERE, "..", "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(E, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(E), "entries")
