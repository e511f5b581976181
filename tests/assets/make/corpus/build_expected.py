#!/usr/bin/env python3
"""Writes CORPUS/expected.json from CORPUS/make/cases.json, in the layout of tests/assets/expected.json, after checking
every case against the rules of shared/spec/forms.md and cli.md (required fields per form, status
against problems, services only when participating and in circular order, results values, id, e-mail,
phone and date shapes, folded text). Paths are relative to tests/assets ("holdout3/...").
python3 build_expected.py CORPUS   (holdout3, holdout4, ...)"""
import json
import os
import re

import sys

if len(sys.argv) != 2:
    sys.exit(__doc__)
CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", sys.argv[1])
OUT = os.path.normpath(os.path.join(CORPUS, "expected.json"))
DATA = json.load(open(os.path.join(CORPUS, "make", "cases.json"), encoding="utf-8"))
SERVICES = DATA["services"]

COMMON_REQ = ["subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email"]
REQ = {"intention": COMMON_REQ + ["participate"], "result": COMMON_REQ + ["results"]}
KEYS = {"intention": set(COMMON_REQ) | {"circular_ref", "signatory_name", "signed_date", "participate", "services"},
        "result": set(COMMON_REQ) | {"circular_ref", "signatory_name", "signed_date", "session_date", "results", "issues"}}


def check(c):
    f, form, status, fields, problems = c["file"], c["form"], c["status"], c["fields"], c["problems"]
    where = f
    assert form in KEYS, where
    assert set(fields) <= KEYS[form], (where, set(fields) - KEYS[form])
    invalid = {p.split(":")[1] for p in problems if p.startswith("invalid:")}
    missing = {p.split(":")[1] for p in problems if p.startswith("missing:")}
    # ambiguous:KEY (issue 9, section 3): conflicting evidence, the key is left out of fields (the reader may
    # report a value for it, as for invalid:KEY) and the form is incomplete whatever the key.
    ambiguous = {p.split(":")[1] for p in problems if p.startswith("ambiguous:")}
    assert not ambiguous & set(fields), (where, "an ambiguous field has a value", ambiguous & set(fields))
    for k in REQ[form]:
        if k not in fields and k not in invalid | ambiguous:
            assert k in missing, (where, "required field absent without missing:", k)
    if form == "intention" and fields.get("participate") is True and "services" not in fields:
        assert "missing:services" in problems or "services" in ambiguous, where
    if form == "intention" and fields.get("participate") is False:
        assert "services" not in fields, where
    if form == "intention" and "participate" not in fields and "participate" not in ambiguous:
        assert "services" not in fields, where
    for k in missing:
        # a result form may give some results and lack one for a service it lists as verified: the given
        # results stay, with missing:results (issue 9, section 3)
        assert k not in fields or k == "results", (where, k)
    req_problems = [p for p in problems if p.split(":")[-1] in REQ[form] or p == "missing:services"
                    or p.startswith("ambiguous:")]
    assert (status == "complete") == (not req_problems), (where, status, problems)
    for k, v in fields.items():
        if k in ("signed_date", "session_date"):
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", v), (where, k, v)
        elif k == "subscriber_id":
            assert re.fullmatch(r"HSN\d{4}", v), (where, v)
        elif k == "contact_email":
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", v), (where, v)
        elif k == "contact_phone":
            assert re.fullmatch(r"[0-9 +()\-]+", v), (where, v)
        elif k == "participate":
            assert isinstance(v, bool), where
        elif k == "services":
            assert v and v == [s for s in SERVICES if s in v], (where, v)
        elif k == "results":
            assert v and list(v) == [s for s in SERVICES if s in v], (where, v)
            assert set(v.values()) <= {"successful", "unsuccessful", "not_tested"}, where
        elif k == "circular_ref":
            assert v == DATA["ref"], where
        else:
            assert v == " ".join(v.split()) and v, (where, k, v)


def main():
    out = []
    for c in DATA["cases"]:
        check(c)
        e = {"file": c["file"], "form": c["form"], "status": c["status"], "fields": c["fields"],
             "problems": c["problems"], "producer": c["producer"], "idioms": c["idioms"]}
        if c.get("note"):
            e["note"] = c["note"]
        out.append(e)
    for b in DATA["bad"]:
        assert b["status"] in ("unrecognised", "rejected") and b["form"] is None and b["problems"], b["file"]
        out.append({"file": b["file"], "form": None, "status": b["status"], "fields": b["fields"],
                    "problems": b["problems"], "producer": b["producer"], "idioms": b["idioms"], "note": b["note"]})
    files = [e["file"] for e in out]
    assert len(files) == len(set(files))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("[\n" + ",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in out) + "\n]\n")
    print(f"{len(out)} entries -> {OUT}")


if __name__ == "__main__":
    main()
