"""Hand-written Word XML forms (producer `wordxml`): python3 make_wordxml.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases as C  # noqa: E402
from ooxml import (r, runs, tab, br, sym, proof, bookmark, ins, dele, p, tc, tr, tbl,  # noqa: E402
                   formtext, formcheckbox, sdt_text, sdt_block, sdt_date, sdt_checkbox,
                   write_docx)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "forms", "wordxml")
SV = C.SERVICES
NAMES = C.SERVICE_NAMES
EA = "PMingLiU"

BOX = "\u2610"      # ☐
BALLOT_X = "\u2612"  # ☒
BALLOT_V = "\u2611"  # ☑
CHECK = "\u2713"     # ✓
HEAVY = "\u2714"     # ✔


def w(c, k):
    return C.written(c, k)


def header(form, ref=True, chinese=None):
    out = [p(r("HKEX Hosting Services Limited", bold=True), jc="center"),
           p(r(C.TITLES[form], bold=True), style="Title")]
    if chinese:
        out.append(p(r(chinese, bold=True, ea_font=EA), jc="center"))
    out.append(p(r(C.SUBTITLE), jc="center"))
    if ref:
        out.append(p(r("Ref. No.: "), r(C.REF)))
    return out


def return_to(form):
    due = "24 Nov 2023" if form == "intention" else "27 Nov 2023"
    return p(r("Please complete and return this form to HKEX Hosting Services \u2013 Service Desk "
               f"(hsservicedesk@hkex.com.hk) on or before {due}.", italic=True))


def svc_par(tick, code):
    return p(tick, r(" " + code + " \u2013 " + NAMES[code]))


def wing(checked):
    return sym("F0FE" if checked else "F0A8")


def label_value_table(rows, grid=(3400, 6200)):
    return tbl([tr(tc(lab, width=grid[0]), tc(val, width=grid[1])) for lab, val in rows], grid)


# ------------------------------------------------------------------ layouts
def wx_split_runs(c):
    f = c["fields"]
    uni = c["raw"].get("tick") == "unicode"

    def tick(on):
        if uni:
            return r(BALLOT_V if on else BOX)
        return wing(on)

    name = f["subscriber_name"]
    mid = len(name) // 2
    email = f["contact_email"]
    at = email.index("@")
    rows = [
        (p(bookmark("_Hlk150931201", runs("Subscri", "ber Na")), r("me")),
         p(runs(name[:mid], name[mid:mid + 3], name[mid + 3:]))),
        (p(runs("HSN ", "Sub"), proof("spellStart"), r("scriber"), proof("spellEnd"), r(" ID")),
         p(runs(f["subscriber_id"][:3], f["subscriber_id"][3:]))),
        (p(runs("Con", "tact Per", "son")), p(runs(*f["contact_name"].split(" ", 1)[:1],
                                                    " " + f["contact_name"].split(" ", 1)[1]))),
        (p(bookmark("Tel", runs("Tele", "phone"))), p(runs(f["contact_phone"][:4],
                                                          f["contact_phone"][4:]))),
        (p(runs("E", "-", "mail")), p(runs(email[:at], "@", email[at + 1:]))),
    ]
    body = header("intention") + [return_to("intention"),
                                  p(r("Part 1 \u2013 Subscriber Information"), style="Heading1"),
                                  label_value_table(rows)]
    body.append(p(r("Part 2 \u2013 Participation"), style="Heading1"))
    body.append(label_value_table([
        (p(runs("Partici", "pation in PS2")),
         p(tick(f["participate"]), r(" Yes"), tab(), tick(not f["participate"]), r(" No")))]))
    body.append(p(r("Part 3 \u2013 Services to be verified (tick all that apply)"),
                  style="Heading1"))
    svc = f.get("services", [])
    body.append(tbl([tr(tc(p(tick(s in svc)), width=700), tc(s, width=1600),
                        tc(NAMES[s], width=7300)) for s in SV], (700, 1600, 7300)))
    body.append(p(r("")))
    body.append(label_value_table([
        (p(runs("Name of Author", "ised Sign", "atory")), f.get("signatory_name", "")),
        (p(bookmark("_Hlk150931777", r("Date"))), w(c, "signed_date")),
    ]))
    return body


def wx_legacy_fields(c):
    f = c["fields"]
    rows = [
        ("Subscriber Name", p(formtext("SubscriberName", f["subscriber_name"]))),
        ("HSN Subscriber ID", p(formtext("Text2", f["subscriber_id"]))),
        ("Contact Person", p(formtext("Text3", f["contact_name"]))),
        ("Contact Number", p(formtext("Text4", f["contact_phone"]))),
        ("Email", p(formtext("Text5", f["contact_email"]))),
    ]
    body = header("intention") + [return_to("intention"), label_value_table(rows)]
    part = f["participate"]
    body.append(p(r("Participation", bold=True)))
    body.append(p(formcheckbox("Check1", checked=True if part else None), r(" Yes, we will "
                                                                             "participate in PS2 using HSN"),))
    body.append(p(formcheckbox("Check2", checked=None if part else True), r(" No, we will not "
                                                                           "participate")))
    body.append(p(r("Services to be verified", bold=True)))
    svc = f["services"]
    # the four legacy check-box encodings, all deliberate:
    assert svc == ["OTP-C", "OMD-C", "OMD-CC"]
    body.append(p(formcheckbox("Check3", checked=True), r(" OTP-C \u2013 " + NAMES["OTP-C"])))
    body.append(p(formcheckbox("Check4", checked=False, default=1),
                  r(" OTP-CSC \u2013 " + NAMES["OTP-CSC"])))
    body.append(p(formcheckbox("Check5", checked=None, default=1),
                  r(" OMD-C \u2013 " + NAMES["OMD-C"])))
    body.append(p(formcheckbox("Check6", checked="1", default=0),
                  r(" OMD-CC \u2013 " + NAMES["OMD-CC"])))
    body.append(label_value_table([
        ("Name of Authorised Signatory", p(formtext("Text6", f.get("signatory_name", "")))),
        ("Date", p(formtext("Text7", w(c, "signed_date"), date_format="dd/MM/yyyy"))),
    ]))
    return body


def wx_sdt(c, placeholder=False):
    f = c["fields"]
    email = None if placeholder else f["contact_email"]
    rows = [
        ("Company Name", p(sdt_text(f["subscriber_name"], alias="Company Name",
                                    tag="subscriber_name"))),
        ("Subscriber Code", p(sdt_text(f["subscriber_id"], tag="subscriber_id"))),
        # block-level control, identified by alias only (no tag)
        ("Contact Person", sdt_block(p(r(f["contact_name"])), alias="Contact Person")),
        ("Telephone", p(sdt_text(f["contact_phone"], alias="Telephone"))),
        ("E-mail Address", p(sdt_text(email, alias="Contact Email",
                                      tag=("contact_email" if placeholder else None)))),
    ]
    body = header("intention") + [return_to("intention"), label_value_table(rows)]
    part = f["participate"]
    body.append(p(r("We will participate in PS2 using HSN:", bold=True)))
    body.append(p(sdt_checkbox(part, alias="Yes", tag="participate_yes"), r(" Yes"), tab(),
                  sdt_checkbox(not part, alias="No", tag="participate_no"), r(" No")))
    body.append(p(r("Services to be verified:", bold=True)))
    for s in SV:
        body.append(p(sdt_checkbox(s in f["services"], alias=s, tag=s),
                      r(" " + s + " \u2013 " + NAMES[s])))
    sig = f.get("signatory_name")
    if placeholder:
        sign_rows = [("Name of Authorised Signatory", p(sdt_text(None, alias="Signatory",
                                                                 tag="signatory_name"))),
                     ("Date", p(sdt_date(None, None, alias="Date", tag="signed_date")))]
    else:
        sign_rows = [("Name of Authorised Signatory", p(sdt_text(sig, alias="Signatory",
                                                                 tag="signatory_name"))),
                     ("Date", p(sdt_date(f["signed_date"], w(c, "signed_date"), alias="Date",
                                         tag="signed_date")))]
    body.append(label_value_table(sign_rows))
    return body


def wx_sdt_placeholder(c):
    return wx_sdt(c, placeholder=True)


def wx_struck_bilingual(c):
    f = c["fields"]
    colon = "\uff1a"
    struck = c["raw"].get("strike", "will not")
    lines = [
        ("\u516c\u53f8\u540d\u7a31 Company Name", f["subscriber_name"]),
        ("\u7528\u6236\u7de8\u865f HSN Subscriber ID", f["subscriber_id"]),
        ("\u806f\u7d61\u4eba Contact Person", f["contact_name"]),
        ("\u96fb\u8a71 Telephone", f["contact_phone"]),
        ("\u96fb\u90f5 Email", f["contact_email"]),
    ]
    body = header("intention", chinese="\u9644\u4ef6A \u2013 \u610f\u5411\u8868\u683c")
    body.append(return_to("intention"))
    for lab, val in lines:
        body.append(p(r(lab + colon, ea_font=EA), r(val)))
    # the struck choice
    if struck == "will not":
        choice = [r("We "), r("will"), r(" / "), r("will not", strike=True),
                  r(" participate in PS2 using HSN")]
    else:
        choice = [r("We "), r("will", dstrike=True), r(" / "), r("will not"),
                  r(" participate in PS2 using HSN")]
    body.append(p(r("\u53c3\u8207 Participation" + colon, ea_font=EA), *choice))
    body.append(p(r("\u7cfb\u7d71 Services to be verified" + colon, ea_font=EA)))
    svc = f.get("services", [])
    for s in SV:
        body.append(svc_par(r(CHECK if s in svc else BOX), s))
    if f.get("signatory_name"):
        body.append(p(r("\u6388\u6b0a\u4eba\u59d3\u540d Name of Authorised Signatory" + colon,
                        ea_font=EA), r(f["signatory_name"])))
    body.append(p(r("\u65e5\u671f Date" + colon, ea_font=EA), r(w(c, "signed_date"))))
    return body


def wx_tracked(c):
    f = c["fields"]
    a = dict(author="Chow Ka Yan")
    rows = [
        ("Subscriber Name", p(r("Lion Rock Financial "), dele("Ltd", **a), ins(r("Limited"), **a))),
        ("HSN Subscriber ID", p(dele("HSN0450", **a), ins(r(f["subscriber_id"]), **a))),
        ("Contact Person", f["contact_name"]),
        ("Telephone", f["contact_phone"]),
        ("Email", p(dele("k.chow@lionrock.com.hk", **a), ins(r(f["contact_email"]), **a))),
    ]
    assert f["subscriber_name"] == "Lion Rock Financial Limited"
    body = header("intention") + [return_to("intention"), label_value_table(rows)]
    body.append(label_value_table([("Participation in PS2",
                                    p(r(BALLOT_X + " Yes"), tab(), r(BOX + " No")))]))
    body.append(p(r("Services to be verified", bold=True)))
    body.append(svc_par(r(BALLOT_X), "OTP-C"))
    body.append(svc_par(r(BOX), "OTP-CSC"))
    body.append(svc_par(dele(BOX, **a) + ins(r(BALLOT_X), **a), "OMD-C"))
    body.append(svc_par(dele(BALLOT_X, **a) + ins(r(BOX), **a), "OMD-CC"))
    assert f["services"] == ["OTP-C", "OMD-C"]
    # a whole deleted paragraph with a contradicting date
    body.append(p(dele("Date: 2023-11-17", **a)))
    body.append(label_value_table([("Name of Authorised Signatory", f["signatory_name"]),
                                   ("Date", w(c, "signed_date"))]))
    return body


def wx_chinese_below(c):
    f = c["fields"]

    def zh(t):
        return p(r(t, ea_font=EA, bold=True))

    def val(t):
        return p(r(t, ea_font=EA))
    grid = (3200, 3200, 3200)
    svc = f["services"]
    rows = [
        tr(tc(zh("\u516c\u53f8\u540d\u7a31"), width=6400, span=2),
           tc(zh("\u7528\u6236\u7de8\u865f"), width=3200)),
        tr(tc(val(f["subscriber_name"]), width=6400, span=2), tc(val(f["subscriber_id"]),
                                                                  width=3200)),
        tr(tc(zh("\u806f\u7d61\u4eba"), width=3200), tc(zh("\u96fb\u8a71"), width=3200),
           tc(zh("\u96fb\u90f5"), width=3200)),
        tr(tc(val(f["contact_name"]), width=3200), tc(val(f["contact_phone"]), width=3200),
           tc(val(f["contact_email"]), width=3200)),
        tr(tc(zh("\u53c3\u8207"), width=9600, span=3)),
        tr(tc(p(r(BALLOT_V if f["participate"] else BOX), r(" \u662f Yes", ea_font=EA), tab(),
                r(BOX if f["participate"] else BALLOT_V), r(" \u5426 No", ea_font=EA)),
              width=9600, span=3)),
    ]
    body = [p(r("\u9999\u6e2f\u4ea4\u6613\u6240\u8a2d\u5099\u8a17\u7ba1\u670d\u52d9\u6709\u9650"
                "\u516c\u53f8", ea_font=EA, bold=True), jc="center"),
            p(r("\u9644\u4ef6A \u2013 \u610f\u5411\u8868\u683c", ea_font=EA, bold=True),
              jc="center"),
            p(r(C.TITLES["intention"], bold=True), style="Title"),
            p(r("\u7de8\u865f\uff1a", ea_font=EA), r(C.REF)),
            tbl(rows, grid),
            p(r("\u7cfb\u7d71", ea_font=EA, bold=True))]
    for s in SV:
        body.append(p(r(BALLOT_V if s in svc else BOX), r(" " + s)))
    body.append(tbl([tr(tc(zh("\u65e5\u671f"), width=3200)),
                     tr(tc(val(w(c, "signed_date")), width=3200))], (3200,)))
    return body


def wx_odd_labels(c):
    f = c["fields"]
    raw_id = c["raw"]["subscriber_id"]
    body = header("intention", ref=False)
    body += [
        p(r("SUBSCRIBER NAME: ", bold=True), r(f["subscriber_name"])),
        p(r("SUBSCRIBER ID: ", bold=True), r(raw_id)),
        p(r("CONTACT PERSON: ", bold=True), r(f["contact_name"])),
        p(r("Tel. No.: ", bold=True), r(f["contact_phone"])),
        p(r("E-mail Address: ", bold=True), r(f["contact_email"])),
        p(r("PARTICIPATION IN PS2: ", bold=True),
          r("X Yes" if f["participate"] else BOX + " Yes"), tab(),
          r(BOX + " No" if f["participate"] else "X No")),
        p(r("SERVICES TO BE VERIFIED:", bold=True)),
    ]
    for s in SV:
        body.append(svc_par(r("X" if s in f["services"] else BOX), s))
    body.append(p(r("DATE: ", bold=True), r(w(c, "signed_date"))))
    return body


def wx_merged(c):
    f = c["fields"]
    grid = (2600, 700, 2200, 1800, 2400)
    svc = f["services"]
    rows = [
        tr(tc("Subscriber Name", width=2600), tc(f["subscriber_name"], width=7100, span=4)),
        tr(tc("Subscriber ID", width=2600), tc(w(c, "subscriber_id"), width=2900, span=2),
           tc("Contact Person", width=1800), tc(f["contact_name"], width=2400)),
        tr(tc("Tel. No.", width=2600), tc(f["contact_phone"], width=2900, span=2),
           tc("Email", width=1800), tc(f["contact_email"], width=2400)),
        tr(tc("Participate in PS2 using HSN", width=2600),
           tc("X" if f["participate"] else "", width=700), tc("Yes", width=2200),
           tc("" if f["participate"] else "X", width=1800), tc("No", width=2400)),
    ]
    for i, s in enumerate(SV):
        rows.append(tr(tc("Services to be verified" if i == 0 else "", width=2600,
                          vmerge="restart" if i == 0 else "continue"),
                       tc("X" if s in svc else "", width=700), tc(s, width=2200),
                       tc(NAMES[s], width=4200, span=2)))
    rows.append(tr(tc("Name of Authorised Signatory", width=5500, span=3, shade="D9D9D9"),
                   tc("Date", width=4200, span=2, shade="D9D9D9")))
    rows.append(tr(tc(f["signatory_name"], width=5500, span=3),
                   tc(w(c, "signed_date"), width=4200, span=2)))
    return header("intention") + [return_to("intention"), tbl(rows, grid)]


# ------------------------------------------------------------------ result layouts
def result_head_table(c, sdt=False, legacy=False, bilingual=False):
    f = c["fields"]
    labels = [("subscriber_name", "Subscriber Name", "\u516c\u53f8\u540d\u7a31 "),
              ("subscriber_id", "HSN Subscriber ID", "\u7528\u6236\u7de8\u865f "),
              ("contact_name", "Contact Person", "\u806f\u7d61\u4eba "),
              ("contact_phone", "Telephone", "\u96fb\u8a71 "),
              ("contact_email", "Email", "\u96fb\u90f5 "),
              ("session_date", "Practice Session Date", "\u6f14\u7fd2\u65e5\u671f ")]
    rows = []
    for i, (k, lab, zh) in enumerate(labels):
        if k not in c["fields"] and k not in c["raw"]:
            continue
        v = w(c, k)
        if sdt and k == "session_date":
            cell = p(sdt_date(f["session_date"], "25/11/2023", alias="Practice Session Date",
                              tag="session_date", fmt="dd/MM/yyyy"))
        elif sdt:
            cell = p(sdt_text(v, alias=lab, tag=k))
        elif legacy:
            cell = p(formtext(f"Text{i + 1}", v))
        else:
            cell = v
        shown = (zh + lab) if bilingual else lab
        rows.append((p(r(shown, ea_font=EA if bilingual else None)), cell))
    return label_value_table(rows)


def result_tick_table(c, cell_for):
    grid = (4000, 1900, 1900, 1900)
    head = tr(tc(p(r("Service", bold=True)), width=4000),
              tc(p(r("Successful", bold=True)), width=1900),
              tc(p(r("Unsuccessful", bold=True)), width=1900),
              tc(p(r("Not tested", bold=True)), width=1900))
    res = c["fields"].get("results", {})
    rows = [head]
    for s in SV:
        got = res.get(s)
        rows.append(tr(tc(p(r(s + " \u2013 " + NAMES[s])), width=4000),
                       *[tc(p(cell_for(got == k, s, k)), width=1900)
                         for k in ("successful", "unsuccessful", "not_tested")]))
    return tbl(rows, grid)


def sign_rows(c, bilingual=False):
    f = c["fields"]
    rows = []
    if f.get("signatory_name"):
        rows.append(((("\u6388\u6b0a\u4eba\u59d3\u540d " if bilingual else "")
                      + "Name of Authorised Signatory"), f["signatory_name"]))
    if w(c, "signed_date"):
        rows.append(((("\u65e5\u671f " if bilingual else "") + "Date"), w(c, "signed_date")))
    return label_value_table([(p(r(a, ea_font=EA if bilingual else None)), b) for a, b in rows])


def wx_result_sdt(c):
    f = c["fields"]
    body = header("result") + [return_to("result"), result_head_table(c, sdt=True),
                               p(r("Result of verification", bold=True)),
                               result_tick_table(c, lambda on, s, k: sdt_checkbox(
                                   on, alias=f"{s} {k}", tag=f"{s}:{k}"))]
    body.append(label_value_table([("Issues Encountered",
                                    p(sdt_text(f["issues"], alias="Issues", tag="issues")))]))
    body.append(sign_rows(c))
    return body


def wx_result_legacy(c):
    f = c["fields"]
    n = iter(range(10, 40))
    body = header("result") + [return_to("result"), result_head_table(c, legacy=True),
                               p(r("Result of verification", bold=True)),
                               result_tick_table(c, lambda on, s, k: formcheckbox(
                                   f"Check{next(n)}", checked=True if on else None))]
    a, b = f["issues"].split(". ", 1)
    body.append(label_value_table([("Issues Encountered",
                                    p(r(a + "."), br(), r(b)))]))
    body.append(sign_rows(c))
    return body


def wx_result_unicode(c):
    body = header("result") + [return_to("result"), result_head_table(c),
                               p(r("Result of verification", bold=True)),
                               result_tick_table(c, lambda on, s, k: r(BALLOT_X if on else BOX))]
    body.append(sign_rows(c))
    return body


def wx_result_wingdings(c):
    f = c["fields"]
    body = header("result", chinese="\u9644\u4ef6B \u2013 \u7d50\u679c\u8868\u683c")
    body += [return_to("result"), result_head_table(c, bilingual=True),
             p(r("\u7d50\u679c Result of verification", bold=True, ea_font=EA)),
             result_tick_table(c, lambda on, s, k: wing(on))]
    body.append(label_value_table([(p(r("\u5099\u8a3b Remarks", ea_font=EA)), f["issues"])]))
    body.append(sign_rows(c, bilingual=True))
    return body


def wx_result_lines(c):
    f = c["fields"]
    raw = c["raw"]["results"]
    body = header("result") + [return_to("result")]
    body += [
        p(runs("Subscri", "ber Name: "), r(f["subscriber_name"])),
        p(r("Subscriber "), proof("spellStart"), r("I"), r("D"), proof("spellEnd"), r(": "),
          runs(f["subscriber_id"][:4], f["subscriber_id"][4:])),
        p(runs("Contact ", "Per", "son: "), r(f["contact_name"])),
        p(runs("Tel", ". No.: "), r(f["contact_phone"])),
        p(runs("E-mail", ": "), runs(f["contact_email"][:5], f["contact_email"][5:])),
        p(runs("Practice Session ", "Date: "), r(w(c, "session_date"))),
        p(r("Result of verification (Successful / Unsuccessful / Not tested):", bold=True)),
    ]
    for s in SV:
        if s == "OTP-C":
            body.append(p(runs("OTP", "-C: "), dele("Fail", author="Poon Wai Lun"),
                          ins(r(raw[s]), author="Poon Wai Lun")))
        else:
            word = raw[s]
            body.append(p(runs(s[:3], s[3:] + ": "), proof("spellStart"),
                          runs(word[:2], word[2:]), proof("spellEnd")))
    body.append(p(runs("Name of Authorised ", "Signatory: "), r(f["signatory_name"])))
    body.append(p(r("Date: "), r(w(c, "signed_date"))))
    return body


LAYOUTS = {k: v for k, v in globals().items() if k.startswith("wx_")}


def main():
    os.makedirs(OUT, exist_ok=True)
    n = 0
    for c in C.CASES:
        if c["producer"] != "wordxml":
            continue
        body = "".join(LAYOUTS[c["layout"]](c))
        path = os.path.join(HERE, "..", c["file"])
        track = "tracked-deletion" in c["idioms"]
        write_docx(path, body, title=C.TITLES[c["form"]],
                   author=c["fields"].get("contact_name", "Subscriber"), track=track)
        n += 1
    print("wordxml:", n, "files")


if __name__ == "__main__":
    main()
