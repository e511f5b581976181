#!/usr/bin/env python3
"""Writes every hand-written OOXML file of holdout15 (Word 2016 / Excel 2016 idioms). Values here are typed the
way the subscriber typed them; the oracle (oracle.py) was written before this file."""
import os, sys, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ooxml15 import *  # noqa

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
for d in ("word", "excel", "lookalikes", "bad"):
    os.makedirs(os.path.join(OUT, d), exist_ok=True)
P = lambda rel: os.path.join(OUT, rel)
CODES = [("OTP-C", "Orion Trading Platform – Securities Market"), ("OTP-CSC", "Orion Trading Platform – China Stock Connect"),
         ("OMD-C", "Orion Market Data – Securities Market"), ("OMD-CC", "Orion Market Data – China Connect")]
LBL = ["Subscriber Name", "HSN Subscriber ID", "Contact Person", "Telephone", "E-mail Address"]
SIGN = ["Name of Authorised Signatory", "Date"]
WILL, WONT = "We will participate in PS2 using HSN", "We will not participate in PS2 using HSN"


def head(d, kind):
    d.p(R("HKEX Hosting Services Limited"), style="Title")
    if kind == "intention":
        d.p(R("Appendix A – Intention Form for Using HSN to participate Practice Session"))
    else:
        d.p(R("Appendix B – Result Form for Using HSN to participate Practice Session"))
    d.p(R("Ref. No.: HDS/23/1109"))
    due = "24 Nov 2023" if kind == "intention" else "27 Nov 2023"
    d.p(R(f"Please return to HKEX Hosting Services – Service Desk (hsservicedesk@hkex.com.hk) on or before {due}."))


def w_intention(path, vals, part, svcs, sign, prep=None, company=None):
    """vals: 5 cell xmls; part: (mark_will, mark_wont) xml or a single cell xml; svcs: 4 mark xmls; sign: 2 xmls."""
    d = Doc()
    d.company = company
    if prep:
        prep(d)
    head(d, "intention")
    d.table([[R(l), v] for l, v in zip(LBL, vals)])
    d.p(R("Participation:"))
    if isinstance(part, tuple):
        d.table([[part[0], R(WILL)], [part[1], R(WONT)]])
    else:
        d.p(part)
    d.p(R("Services to be verified (one box per system):"))
    d.table([[m, R(c), R(n)] for m, (c, n) in zip(svcs, CODES)])
    d.table([[R(l), v] for l, v in zip(SIGN, sign)])
    d.save(P(path))
    return d


def w_result(path, vals, session, grid, sign, issues=None, words=False, d=None):
    d = d or Doc()
    head(d, "result")
    d.table([[R(l), v] for l, v in zip(LBL, vals)] + [[R("Practice Session Date"), session]])
    d.p(R("Results of verification:"))
    if words:
        d.table([[R("Service"), R("Result")]] + [[R(c), g] for (c, _), g in zip(CODES, grid)])
    else:
        d.table([[R("Service"), R("Successful"), R("Unsuccessful"), R("Not tested")]] +
                [[R(c)] + list(g) for (c, _), g in zip(CODES, grid)])
    d.table([[R("Issues Encountered"), issues if issues is not None else R("")]])
    d.table([[R(l), v] for l, v in zip(SIGN, sign)])
    d.save(P(path))
    return d


X_, O_ = R("☒"), R("☐")
# ---------------------------------------------------------------- Word intention
w_intention("word/intention-legacy-formfields-chaiwan.docx",
            [formtext(v) for v in ["Chai Wan Securities Limited", "HSN0311", "Ho Wing Sze", "2557 1234", "ws.ho@chaiwansec.com.hk"]],
            (formcheck(True), formcheck(False)),
            [formcheck(True), formcheck(None, 1), formcheck(False, 1), formcheck(None, 0)],
            [formtext("Ng Kwok Leung"), formtext("20/11/2023")])

w_intention("word/intention-tracked-changes-stanley.docx",
            [R("Stanley Capital Markets Limited"), R("HSN0372"), dele("Chu Man Kit") + ins(R("Lee Hoi Man")), R("2813 4567"),
             R("hm.lee@stanleycm.com.hk")],
            (dele("☐") + ins(R("☒")), dele("☒") + ins(R("☐"))),
            [X_, O_, X_, dele("☒") + ins(R("☐"))],
            [R("Tsang Yiu Wah"), ins(R("22/11/2023"))])

w_intention("word/intention-sdt-placeholder-missing-phone-taikoo.docx",
            [sdt_text("Taikoo Shing Brokerage Limited", "SubscriberName"), sdt_text("HSN0448", "SubscriberID"),
             sdt_text("Wong Siu Ling", "ContactPerson"), sdt_text(None, "Telephone"),
             sdt_text("sl.wong@taikoobrokerage.com.hk", "Email")],
            (sdt_check(True), sdt_check(False)), [sdt_check(True)] * 4,
            [sdt_text(None, "Signatory"), sdt_date("2023-11-21", "21/11/2023")])

w_intention("word/intention-wingdings-sym-smarttag-quarrybay.docx",
            [smarttag(R("Quarry Bay Investment Services Ltd"), "Company"), R("HSN0519"), smarttag(R("Chow Ka Fai")),
             customxml(R("+852 2565 9080"), "phone"), customxml(R("kf.chow@qbis.com.hk"), "email")],
            (sym(True), sym(False)), [sym(False), sym(True), sym(False), sym(True)],
            [smarttag(R("Mak Yuk Ying")), smarttag(R("23 Nov 2023"), "date")])


def northpoint():
    d = Doc()
    vals = [split_runs("North Point Securities Company Limited", [5, 13]),
            d.comment(R("HSN0623"), "old id HSN0622?"),
            split_runs("Yeung Chi Ho", [3, 8]),
            d.comment(R("2561 7788"), "please use the desk line 2561 7700"),
            d.hyperlink("mailto:ch.yeung@northpointsec.hk", R("ch.yeung@northpointsec.hk", '<w:rStyle w:val="Hyperlink"/>'))]
    head(d, "intention")
    d.table([[R(l), v] for l, v in zip(LBL, vals)])
    d.p(R("Participation:"))
    d.table([[X_, split_runs(WILL, [10, 24])], [O_, R(WONT)]])
    d.p(R("Services to be verified (one box per system):"))
    d.table([[m, R(c), R(n)] for m, (c, n) in zip([X_, O_, O_, O_], CODES)])
    d.table([[R(l), v] for l, v in zip(SIGN, [split_runs("Kwok Mei Lan", [6]), R("22/11/2023")])])
    d.save(P("word/intention-hyperlink-comments-northpoint.docx"))


northpoint()
w_intention("word/intention-nbsp-softhyphen-zwsp-causewaybay.docx",
            [R("Cause\u00adway\u00a0Bay Finance\u00a0Limited"), R("HSN\u00a00736"), R("Siu\u200b Wai\u00a0Kit"),
             R("2890\u00a01122"), R("wk.siu@\u200bcbfinance.com.hk")],
            (X_, O_), [X_, X_, X_, O_], [R("Lam\u00a0Pui\u00a0Yee"), R("24-11-2023")])

w_intention("word/intention-fldsimple-dropdown-decline-wanchai.docx",
            [fldsimple(" DOCPROPERTY  Company  \\* MERGEFORMAT ", "Wan Chai Futures and Securities Limited"), R("HSN0804"),
             R("Fung Tsz Ching"), R("3102 4455"), R("tc.fung@wcfs.com.hk")],
            sdt_dropdown([WILL, WONT], WONT, "Participation"), [O_] * 4,
            [R("Fung Tsz Ching"), R("17/11/2023")], company="Wan Chai Futures and Securities Limited")

# ---------------------------------------------------------------- Word result
FC = lambda on: formcheck(True) if on else formcheck(None, 0)
w_result("word/result-legacy-checkbox-grid-aberdeen.docx",
         [formtext(v) for v in ["Aberdeen Harbour Securities Limited", "HSN0157", "Kwan Hiu Tung", "2873 6600", "ht.kwan@ahsec.com.hk"]],
         formtext("25/11/2023"),
         [[FC(1), FC(0), FC(0)], [FC(1), FC(0), FC(0)], [FC(0), FC(1), FC(0)], [FC(0), FC(0), FC(0)]],
         [formtext("Poon Man Kit"), formtext("27/11/2023")],
         issues=formtext("OMD-C backup feed not received until 10:40 after router reload."))

RES = ["Successful", "Unsuccessful", "Not tested"]
w_result("word/result-sdt-dropdowns-datepicker-repulsebay.docx",
         [sdt_text(v, t) for v, t in zip(["Repulse Bay Asset Management Limited", "HSN0265", "Tang Wing Yan", "2812 3030",
                                          "wy.tang@rbam.com.hk"], ["Company", "ID", "Contact", "Tel", "Email"])],
         sdt_date("2023-11-25", "25/11/2023", "SessionDate"),
         [sdt_dropdown(RES, "Successful", "R1"), sdt_dropdown(RES, None, "R2"), sdt_dropdown(RES, "Not tested", "R3"),
          sdt_dropdown(RES, "Successful", "R4")],
         [sdt_text(None, "Signatory"), sdt_date("2023-11-27", "27 November 2023", "SignedDate", "d MMMM yyyy")], words=True)

w_result("word/result-tracked-changes-ticks-mongkok.docx",
         [R(v) for v in ["Mong Kok Securities Limited", "HSN0688", "Chan Siu Fung", "2388 1212", "sf.chan@mksec.com.hk"]],
         R("25/11/2023"),
         [[X_, O_, O_], [X_, O_, O_], [dele("☒") + ins(R("☐")), dele("☐") + ins(R("☒")), O_], [X_, O_, O_]],
         [R("Chan Siu Fung"), R("27/11/2023")])

w_result("word/result-wingdings-sym-both-yaumatei.docx",
         [R(v) for v in ["Yau Ma Tei Securities Limited", "HSN0921", "Lo Ka Wing", "2780 5566", "kw.lo@ymtsec.com.hk"]],
         R("25/11/2023"),
         [[sym(1), sym(0), sym(0)], [sym(1), sym(1), sym(0)], [sym(1), sym(0), sym(0)], [sym(0), sym(0), sym(1)]],
         [R(""), R("27/11/2023")])

d = Doc()
w_result("word/result-comments-words-hunghom.docx",
         [R(v) for v in ["Hung Hom Brokers Limited", "HSN0243", "Ip Lok Yin", "2334 9090", "ly.ip@hhbrokers.com.hk"]],
         R("25/11/2023"),
         [R("Pass"), d.comment(R("Failed"), "Successful after retry at 11:05"), R("Pass"), R("N/A")],
         [R("Ip Lok Yin"), R("26th November 2023")], issues=R("OTP-CSC login rejected at backup site."), words=True, d=d)

w_result("word/result-customxml-missing-id-tsimshatsui.docx",
         [customxml(R("Tsim Sha Tsui Securities Co. Ltd")), sdt_text(None, "SubscriberID"), customxml(R("Ma Hoi Yan")),
          customxml(R("2366 2020")), customxml(R("hy.ma@tstsec.com.hk"))],
         customxml(R("25/11/2023")), [customxml(R("Successful"))] * 4, [R(""), R("")], words=True)


def shatin_label(d):
    pass


w_result("word/result-split-runs-nbsp-shatin.docx",
         [split_runs("Sha Tin Securities Limited", [2, 9]), split_runs("HSN0590", [3]), split_runs("Ko Wai Man", [4]),
          R("(852)\u00a02601\u00a03344"), split_runs("wm.ko@shatinsec.com.hk", [6, 12])],
         split_runs("2023-11-25", [4, 7]),
         [split_runs("OK", [1]), split_runs("Not tested", [3, 6]), split_runs("OK", [1]), split_runs("Fail", [2])],
         [split_runs("Leung Siu Kei", [5]), split_runs("2023-11-27", [5])],
         issues=split_runs("OMD-CC retransmission requests timed out.", [9, 20]), words=True)

# ---------------------------------------------------------------- Excel helpers
HEADER_I = ["HKEX Hosting Services Limited", "Appendix A – Intention Form for Using HSN to participate Practice Session",
            "Ref. No.: HDS/23/1109"]
HEADER_R = ["HKEX Hosting Services Limited", "Appendix B – Result Form for Using HSN to participate Practice Session",
            "Ref. No.: HDS/23/1109"]


def xl_intention(values, part, svcs, sign, header=HEADER_I, lab=lambda s: s, start=5):
    """returns cells dict: labels col A, values col B; part = (will mark, wont mark) in col A with text in B;
    svcs = mark specs in col A with code in B; None mark = empty."""
    c = {}
    for i, h in enumerate(header, 1):
        c[(i, 1)] = h
    r = start
    for l, v in zip(LBL, values):
        c[(r, 1)] = lab(l)
        if v is not None:
            c[(r, 2)] = v
        r += 1
    r += 1
    c[(r, 1)] = lab("Participation (mark one)")
    r += 1
    for m, t in zip(part, [WILL, WONT]):
        if m is not None:
            c[(r, 1)] = m
        c[(r, 2)] = t
        r += 1
    r += 1
    c[(r, 1)] = lab("Services to be verified (mark each)")
    r += 1
    for m, (code, name) in zip(svcs, CODES):
        if m is not None:
            c[(r, 1)] = m
        c[(r, 2)] = code
        c[(r, 3)] = name
        r += 1
    r += 1
    for l, v in zip(SIGN, sign):
        c[(r, 1)] = lab(l)
        if v is not None:
            c[(r, 2)] = v
        r += 1
    return c


def xl_result(values, session, results, sign, issues=None, header=HEADER_R, grid=False, lab=lambda s: s):
    c = {}
    for i, h in enumerate(header, 1):
        c[(i, 1)] = h
    r = 5
    for l, v in zip(LBL + ["Practice Session Date"], values + [session]):
        c[(r, 1)] = lab(l)
        if v is not None:
            c[(r, 2)] = v
        r += 1
    r += 1
    if grid:
        for j, h in enumerate(["Service", "Successful", "Unsuccessful", "Not tested"], 1):
            c[(r, j)] = h
    else:
        c[(r, 1)], c[(r, 2)] = "Service", "Result"
    r += 1
    for (code, _), res in zip(CODES, results):
        c[(r, 1)] = code
        if grid and res is not None:
            for j, v in enumerate(res, 2):
                if v is not None:
                    c[(r, j)] = v
        elif res is not None:
            c[(r, 2)] = res
        r += 1
    r += 1
    c[(r, 1)] = "Issues Encountered"
    if issues:
        c[(r, 2)] = issues
    r += 2
    for l, v in zip(SIGN, sign):
        c[(r, 1)] = l
        if v is not None:
            c[(r, 2)] = v
        r += 1
    return c


INSTR = {(1, 1): "Instructions", (3, 1): "1. Fill in the form on the next sheet.",
         (4, 1): "2. Return it to HKEX Hosting Services – Service Desk: hsservicedesk@hkex.com.hk, Tel (852) 2211 6080.",
         (5, 1): "3. Circular HDS/23/1109."}

# ---------------------------------------------------------------- Excel intention
b = Book()
yes = lambda r: ("f", f'IF(D{r}="x","Yes","No")', "Yes", "str", 0, None)
cells = xl_intention([("f", '"Tuen Mun "&"Securities Limited"', "Tuen Mun Securities Limited", "str", 0, None),
                      ("f", 'UPPER("hsn0455")', "HSN0455", "str", 0, None), "Yip Ka Ho", "2450 8899", "kh.yip@tmsec.com.hk"],
                     ("Yes", None), [None] * 4, [("f", "B10", "Yip Ka Ho", "str", 0, None),
                                                 ("f", "DATE(2023,11,21)", 45251, "n", 1, None)])
# services: column A = shared formula over column D's x marks
marks = ["x", "", "x", "x"]
cached = ["Yes", "No", "Yes", "Yes"]
for k, r in enumerate(range(16, 20)):
    cells[(r, 4)] = ("inl", marks[k]) if marks[k] else ("inl", "")
    cells[(r, 1)] = ("f", 'IF(D16="x","Yes","No")', cached[k], "str", 0, (0, "A16:A19")) if k == 0 else \
        ("f", "", cached[k], "str", 0, (0, None))
cells[(15, 4)] = "x = verify"
# contact name referenced by the signatory formula: B7
cells[(21, 2)] = ("f", "B7", "Yip Ka Ho", "str", 0, None)
b.sheet("Appendix A", cells)
b.save(P("excel/intention-formulas-cached-tuenmun.xlsx"))

b = Book()
rich = lambda s, k: ("rich", [(s[:k], True), (s[k:], False)])
cells = xl_intention([("inl", v) for v in ["Yuen Long Securities Limited", "HSN0167", "Tse Hoi Lam", "2476 3210", "hl.tse@ylsec.com.hk"]],
                     (("inl", "X"), None), [None, ("inl", "X"), None, None], [None, ("inl", "22/11/2023")],
                     lab=lambda s: rich(s, 4))
b.sheet("Form", cells)
b.save(P("excel/intention-inlinestr-richtext-yuenlong.xlsx"))

b = Book(date1904=True)
ph = lambda s, reading: ("rich", [(s, False)], reading)
cells = xl_intention([ph("天水圍證券有限公司", "テンスイイショウケン"), "HSN0933", ph("陳大文", "チンダイブン"), "2447 1000",
                      "tm.chan@tswsec.com.hk"], (("b", True), ("b", False)), [("b", True)] * 4,
                     [ph("李小明", "リショウメイ"), ("n", 43790, 1)])
b.sheet("Sheet1", cells)
b.save(P("excel/intention-phonetic-1904-tinshuiwai.xlsx"))

b = Book()
cells = xl_intention(["Fanling Capital Limited", "HSN0274", "Hui Ming Chun", "2675 4321", "mc.hui@fanlingcap.com.hk"],
                     (None, None), [None] * 4, ["Hui Ming Chun", "23/11/2023"])
# answers in column D via drop-downs: participation rows 12,13 ; services 16-19
cells[(11, 4)] = "Your answer"
cells[(12, 4)], cells[(13, 4)] = "Yes", "No"
for r, v in zip(range(16, 20), ["Yes", "No", "Yes", "No"]):
    cells[(r, 4)] = v
lists = {(1, 1): "Service", (2, 1): "OTP-C", (3, 1): "OTP-CSC", (4, 1): "OMD-C", (5, 1): "OMD-CC",
         (1, 2): "Answer", (2, 2): "Yes", (3, 2): "No"}
b.sheet("Instructions", dict(INSTR))
b.sheet("Appendix A", cells, validations=[("D12:D13 D16:D19", "Lists!$B$2:$B$3")])
b.sheet("Lists", lists, state="hidden")
b.save(P("excel/intention-instructions-first-hidden-lists-fanling.xlsx"))

b = Book()
c = {(1, 1): HEADER_I[0], (2, 1): HEADER_I[1], (3, 1): HEADER_I[2]}
vals = ["Kwun Tong Securities Limited", "HSN0382", "Siu Lok Man", "2343 5500", "lm.siu@ktsec.com.hk"]
merges = []
names = ["SubscriberName", "SubscriberID", "ContactPerson", "Telephone", "Email"]
for i, (l, v, n) in enumerate(zip(LBL, vals, names)):
    r = 5 + i
    c[(r, 1)], c[(r, 3)] = l, v
    merges += [f"A{r}:B{r}", f"C{r}:E{r}"]
    b.define(n, f"Form!$C${r}")
c[(11, 1)], c[(12, 1)], c[(12, 3)], c[(13, 3)] = "Participation (mark one)", "✓", WILL, WONT
c[(15, 1)] = "Services to be verified (mark each)"
for i, (code, name) in enumerate(CODES):
    c[(16 + i, 1)], c[(16 + i, 3)], c[(16 + i, 4)] = "✓", code, name
c[(21, 1)], c[(21, 3)], c[(22, 1)], c[(22, 3)] = SIGN[0], "Cheng Kin Wah", SIGN[1], "20/11/2023"
merges += ["A21:B21", "C21:E21", "A22:B22", "C22:E22"]
b.sheet("Form", c, merges=merges, comments={"C6": "Old ID HSN0381", "C8": "after hours 9123 4567"})
b.save(P("excel/intention-notes-merged-definednames-kwuntong.xlsx"))

b = Book()
c = {(1, 1): HEADER_I[0], (2, 1): HEADER_I[1], (3, 1): HEADER_I[2]}
for i, (l, v) in enumerate(zip(LBL, ["Tai Po Securities Limited", "HSN0510", "Kam Wai Ling", "2653 9000", "wl.kam@taiposec.com.hk"])):
    c[(5 + i, 1)], c[(5 + i, 2)] = l, v
c[(11, 1)], c[(11, 2)] = "Will you participate in PS2 using HSN? (Yes/No)", "No"
c[(13, 1)] = "Services to be verified (Yes/No per system)"
for i, (code, name) in enumerate(CODES):
    c[(14 + i, 1)] = code
    c[(1 + i, 8)] = code
c[(19, 1)], c[(19, 2)], c[(20, 1)], c[(20, 2)] = SIGN[0], "Kam Wai Ling", SIGN[1], "16/11/2023"
c[(30, 1)], c[(30, 2)] = "Yes", "No"
b.sheet("Intention", c, hidden_cols=[8], hidden_rows=[30], validations=[("B11 B14:B17", "$A$30:$B$30")])
b.save(P("excel/intention-hidden-rowscols-decline-taipo.xlsx"))

b = Book()
cells = xl_intention(["Tiu Keng Leng Securities Limited", ("n", 512, 3), "Lau Wing Kei", ("n", 27061234), None],
                     ("X", None), ["X", None, "X", None], [None, ("n", 45253, 1)])
b.sheet("Sheet1", cells)
b.save(P("excel/intention-numeric-id-missing-email-tiukengleng.xlsx"))

# ---------------------------------------------------------------- Excel result
b = Book()
cells = xl_result(["Cheung Sha Wan Securities Limited", "HSN0129", "Wu Kin Ming", "2745 6677", "km.wu@cswsec.com.hk"],
                  "25/11/2023", [None] * 4, ["Wu Kin Ming", "27/11/2023"], grid=True)
# grid rows 13..16 ; header row 12 ; put Result formula column E
cells[(12, 5)] = "Result"
ticks = [("✓", None, None), ("✓", None, None), ("✓", None, None), (None, None, "✓")]
res = ["Successful", "Successful", "Successful", "Not tested"]
for k, r in enumerate(range(13, 17)):
    for j, t in enumerate(ticks[k], 2):
        if t:
            cells[(r, j)] = t
    f = 'IF(B13="✓","Successful",IF(C13="✓","Unsuccessful","Not tested"))'
    cells[(r, 5)] = ("f", f, res[k], "str", 0, (0, "E13:E16")) if k == 0 else ("f", "", res[k], "str", 0, (0, None))
b.sheet("Appendix B", cells)
b.save(P("excel/result-shared-formulas-cheungshawan.xlsx"))

b = Book(date1904=True)
B_ = lambda *v: tuple(("b", x) for x in v)
cells = xl_result(["Sheung Wan Securities Limited", "HSN0706", "Chung Ka Lok", "2544 1010", "kl.chung@swsec.com.hk"],
                  ("n", 43793, 2), [B_(1, 0, 0), B_(0, 1, 0), B_(1, 0, 0), B_(0, 0, 0)], [None, ("n", 43795, 2)], grid=True)
b.sheet("Result", cells)
b.save(P("excel/result-booleans-1904-sheungwan.xlsx"))

b = Book()
cells = xl_result(["Admiralty Securities Limited", "HSN0874", "Yiu Hoi Ching", "2522 8181", "hc.yiu@admsec.com.hk"],
                  "25/11/2023", ["Successful", "Successful", "Unsuccessful", None], ["Yiu Hoi Ching", "25/11/2023"])
b.sheet("Result Form", cells, validations=[("B13:B16", "Lookup!$B$2:$B$4")])
b.sheet("Lookup", {(1, 1): "Service", (2, 1): "OTP-C", (3, 1): "OTP-CSC", (4, 1): "OMD-C", (5, 1): "OMD-CC",
                   (1, 2): "Result", (2, 2): "Successful", (3, 2): "Unsuccessful", (4, 2): "Not tested"}, state="hidden")
b.save(P("excel/result-validation-hidden-sheet-admiralty.xlsx"))

b = Book()
I = lambda v: ("inl", v)
cells = xl_result([I(v) for v in ["Lantau Island Securities Limited", "HSN0338", "Pang Sze Wan", "2985 2020", "sw.pang@lantausec.com.hk"]],
                  I("25/11/2023"), [I("Pass"), I("Fail"), I("Pass"), I("Pass")], [I("Pang Sze Wan"), I("27/11/2023")],
                  issues=I("OTP-CSC could not log on at backup site."))
cells = {k: (I(v) if isinstance(v, str) else v) for k, v in cells.items()}
b.sheet("Sheet1", cells, comments={"B14": "Passed on second attempt"})
b.save(P("excel/result-comments-inlinestr-lantau.xlsx"))

b = Book()
cells = xl_result(["Discovery Bay Securities Limited", "HSN0451", "Wan Tsz Kin", "2987 6543", "tk.wan@dbsec.com.hk"],
                  "25/11/2023", [None] * 4, [None, "27/11/2023"], lab=lambda s: rich(s, 3))
b.sheet("Instructions", dict(INSTR))
b.sheet("Appendix B", cells)
b.save(P("excel/result-second-sheet-richtext-blank-discoverybay.xlsx"))

b = Book()
c = {(1, 1): HEADER_R[0], (2, 1): HEADER_R[1], (3, 1): HEADER_R[2]}
vals = ["Wong Chuk Hang Securities Limited", "HSN0297", "Tam Chi Wai", "2552 7070", "cw.tam@wchsec.com.hk", "25/11/2023"]
merges = []
for i, (l, v) in enumerate(zip(LBL + ["Practice Session Date"], vals)):
    r = 5 + i
    c[(r, 1)], c[(r, 3)] = l, v
    merges += [f"A{r}:B{r}", f"C{r}:E{r}"]
c[(12, 1)], c[(12, 3)] = "Service", "Result"
for i, ((code, _), v) in enumerate(zip(CODES, ["OK", "N/A", "OK", "OK"])):
    r = 13 + i
    c[(r, 1)], c[(r, 3)] = code, v
    merges += [f"A{r}:B{r}", f"C{r}:E{r}"]
    b.define("Result_" + code.replace("-", "_"), f"'Result Form'!$C${r}")
c[(18, 1)], c[(20, 1)], c[(20, 3)], c[(21, 1)], c[(21, 3)] = "Issues Encountered", SIGN[0], "Tam Chi Wai", SIGN[1], "27/11/2023"
b.define("SubscriberName", "'Result Form'!$C$5")
b.sheet("Result Form", c, merges=merges)
b.save(P("excel/result-definednames-merged-wongchukhang.xlsx"))

b = Book()
cells = xl_result(["Ma Wan Securities Limited", "HSN12A4", "Sin Hoi Yee", "2986 1111", "hy.sin@mawansec.com.hk"],
                  "25/11/2023", ["Successful", "Successful", "Not tested", "Successful"], ["Sin Hoi Yee", "27/11/2023"])
for i, v in enumerate(["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC", "Successful", "Unsuccessful", "Not tested"]):
    cells[(1 + i, 8)] = v
b.sheet("Result", cells, hidden_cols=[8])
b.save(P("excel/result-hidden-column-bad-id-mawan.xlsx"))

# ---------------------------------------------------------------- look-alikes
d = Doc()
mf = lambda n: fldsimple(f" MERGEFIELD {n} ", f"«{n}»")
d.p(R("HKEX Hosting Services Limited"), style="Title")
d.p(R("Ref. No.: HDS/23/1109"))
d.p(mf("Subscriber_Name"))
d.p(R("Subscriber ID: "), mf("Subscriber_ID"))
d.p(R("Attention: "), mf("Contact_Person"), R("  Tel: "), mf("Telephone"), R("  Email: "), mf("Email"))
d.p(R("Dear Sir/Madam,"))
d.p(R("Second Practice Session (PS2) on 25 November 2023 for OTP-C, OTP-CSC, OMD-C and OMD-CC. Please complete Appendix A "
      "– Intention Form and return it to the Service Desk (hsservicedesk@hkex.com.hk) on or before 24 Nov 2023, and "
      "Appendix B – Result Form on or before 27 Nov 2023."))
d.p(R("Yours faithfully,"))
d.p(R("Service Desk, HKEX Hosting Services Limited"))
d.save(P("lookalikes/mailmerge-letter-template.docx"))

b = Book()
b.sheet("Services", {(1, 1): "Code", (1, 2): "System", **{(2 + i, 1): c for i, (c, _) in enumerate(CODES)},
                     **{(2 + i, 2): n for i, (_, n) in enumerate(CODES)}, (1, 4): "Result", (2, 4): "Successful",
                     (3, 4): "Unsuccessful", (4, 4): "Not tested", (1, 6): "Participation", (2, 6): "Yes", (3, 6): "No"})
b.save(P("lookalikes/service-lookup.xlsx"))

b = Book()
hdr = ["Subscriber ID", "Subscriber Name", "Contact Person", "Telephone", "Email", "Participate", "Services", "Result OTP-C"]
c = {(1, j): h for j, h in enumerate(hdr, 1)}
for i in range(12):
    r = 2 + i
    row = [f"HSN0{100 + 37 * i}", f"Subscriber {chr(65 + i)} Securities Limited", f"Contact {chr(65 + i)}",
           f"2{i}00 {1000 + i}", f"contact{i}@sub{chr(97 + i)}.com.hk", "Yes" if i % 3 else "No",
           "OTP-C, OMD-C" if i % 3 else "", "Successful" if i % 3 else ""]
    for j, v in enumerate(row, 1):
        c[(r, j)] = v
b.sheet("Tracker", c)
b.save(P("lookalikes/subscriber-tracker.xlsx"))

d = Doc()
d.p(R("Pacific Derivatives Exchange"), style="Title")
d.p(R("Connectivity Test Registration Form – Member Notice MN/2023/118"))
d.table([[R("Member Name"), formtext("Harbour Front Brokers Ltd")], [R("Member Code"), formtext("PDX-4471")],
         [R("Contact Person"), formtext("Alan Choi")], [R("Tel"), formtext("2111 8888")],
         [R("E-mail"), formtext("alan.choi@hfb.com.hk")]])
d.table([[formcheck(True), R("We will take part in the connectivity test on 2 December 2023")],
         [formcheck(False), R("We will not take part")]])
d.table([[R("Authorised Signature"), formtext("Alan Choi")], [R("Date"), formtext("20/11/2023")]])
d.save(P("lookalikes/other-exchange-form.docx"))

b = Book()
c = {(1, 1): "PURCHASE ORDER", (2, 1): "PO No.", (2, 2): "PO-2023-1187", (3, 1): "Date", (3, 2): ("n", 45250, 1),
     (4, 1): "Vendor", (4, 2): "NetCare Systems Limited", (5, 1): "Contact Person", (5, 2): "Rick Lam",
     (6, 1): "Telephone", (6, 2): "2333 4444", (7, 1): "Email", (7, 2): "rick.lam@netcare.com.hk",
     (9, 1): "Item", (9, 2): "Description", (9, 3): "Qty", (9, 4): "Amount",
     (10, 1): "1", (10, 2): "Weekend on-site support 25 Nov 2023 (OTP-C / OMD-C failover)", (10, 3): ("n", 1), (10, 4): ("n", 12000),
     (11, 1): "2", (11, 2): "Router configuration review", (11, 3): ("n", 1), (11, 4): ("n", 4500),
     (12, 3): "Total", (12, 4): ("f", "SUM(D10:D11)", 16500, "n", 0, None)}
b.sheet("PO", c)
b.save(P("lookalikes/purchase-order.xlsx"))

d = Doc()
d.p(R("HKEX Hosting Services – Customer Satisfaction Survey 2023"), style="Title")
d.table([[R("Company"), R("Sai Kung Securities Limited")], [R("Contact"), R("Chiu Wai Yin")],
         [R("Email"), R("wy.chiu@sksec.com.hk")]])
d.p(R("How satisfied are you with the Service Desk?"))
d.table([[sdt_check(False), R("Very satisfied")], [sdt_check(True), R("Satisfied")], [sdt_check(False), R("Not satisfied")]])
d.p(R("Would you recommend HSN to others?"))
d.table([[sdt_check(True), R("Yes")], [sdt_check(False), R("No")]])
d.p(R("Comments: The practice sessions are well organised."))
d.save(P("lookalikes/completed-survey.docx"))

d = Doc()
d.p(R("IT Change Request CR-2023-0456"), style="Title")
d.table([[R("Requester"), R("Ho Ka Chun")], [R("Telephone"), R("2988 1234")], [R("Email"), R("kc.ho@example-sec.com.hk")],
         [R("Systems"), R("OTP-C, ") + ins(R("OMD-C"))], [R("Change window"), R("25/11/2023 08:00-13:00")],
         [R("Description"), R("Switch HSN lines to backup site for HKEX PS2 (circular HDS/23/1109); ") + dele("no rollback")
          + ins(R("rollback by 13:00"))]])
d.p(R("Approved by: ") + ins(R("Head of IT")))
d.save(P("lookalikes/change-request.docx"))

b = Book()
cells = xl_result([None] * 5, None, [None] * 4, [None, None], grid=True)
b.sheet("Instructions", dict(INSTR))
b.sheet("Appendix B", cells)
b.save(P("lookalikes/blank-result-template.xlsx"))

# ---------------------------------------------------------------- bad (hand-written parts)
with zipfile.ZipFile(P("bad/xlsb-renamed.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
               'openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.'
               'sheet.binary.macroEnabled.main"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
               'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
               'worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
               'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
               'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>')
    z.writestr("xl/_rels/workbook.bin.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
               '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
               'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.bin"/></Relationships>')
    # BIFF12 records: BrtBeginBook (0x83 0x01), BrtBeginBundleShs, BrtBundleSh (name "Appendix A"), end records
    name = "Appendix A".encode("utf-16-le")
    bundle = (0).to_bytes(4, "little") + (1).to_bytes(4, "little") + (4).to_bytes(4, "little") + b"r\x00I\x00d\x001\x00" \
        + len("Appendix A").to_bytes(4, "little") + name
    rec = lambda t, data: bytes([t & 0x7F | 0x80, t >> 7]) + bytes([len(data)]) + data if t > 0x7F else bytes([t, len(data)]) + data
    z.writestr("xl/workbook.bin", rec(0x183, b"") + rec(0x18F, b"") + rec(0x9C, bundle) + rec(0x190, b"") + rec(0x184, b""))
    z.writestr("xl/worksheets/sheet1.bin", rec(0x181, b"") + rec(0x191, b"") + rec(0x192, b"") + rec(0x182, b""))
print("hand-written files done")
