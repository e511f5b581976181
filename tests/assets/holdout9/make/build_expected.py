#!/usr/bin/env python3
"""Checks every hand-written case of cases.py against the rules of shared/spec/forms.md, cli.md and issue 9 (section 3:
`ambiguous`), then writes ../expected.json in the shape of tests/assets/expected.json (paths relative to tests/assets).

Rules checked: required fields per form are present or named by a missing:/invalid:/ambiguous: problem; a field named
by missing: or ambiguous: is absent (except results, which keeps the rows that were answered); status is complete
exactly when no required field has a problem; services only when participate is true, or when participate is in
doubt (ambiguous) and boxes were ticked; values in their normalised shapes."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES, OTHERS, REF  # noqa: E402

SERVICES = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
COMMON_REQ = ["subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email"]
REQ = {"intention": COMMON_REQ + ["participate"], "result": COMMON_REQ + ["results"]}
KEYS = {"intention": set(COMMON_REQ) | {"circular_ref", "signatory_name", "signed_date", "participate", "services"},
        "result": set(COMMON_REQ) | {"circular_ref", "signatory_name", "signed_date", "session_date", "results", "issues"}}
PRODUCER = {"docxjs": "docxjs", "libreoffice": "libreoffice", "wordxml": "wordxml", "python": "python-docx",
            "pandoc": "pandoc"}


def check(c):
    f, form, status, fields, problems = c["file"], c["form"], c["status"], c["fields"], c["problems"]
    assert form in KEYS, f
    assert status in ("complete", "incomplete"), f
    assert set(fields) <= KEYS[form], (f, set(fields) - KEYS[form])
    named = {}
    for p in problems:
        code, key = p.split(":")
        assert code in ("missing", "invalid", "ambiguous"), (f, p)
        named.setdefault(key, set()).add(code)
    for k in REQ[form]:
        assert k in fields or k in named, (f, "required field absent with no problem naming it", k)
    for k, codes in named.items():
        if k == "results" and form == "result":
            continue  # a partial results map stays, with missing:/ambiguous:results beside it
        if codes & {"missing", "ambiguous"}:
            assert k not in fields, (f, k, "named missing/ambiguous but present")
    if form == "intention":
        if fields.get("participate") is True:
            assert "services" in fields or "services" in named, f
        elif "participate" not in named:
            assert "services" not in fields, (f, "services without participating")
    required_trouble = [k for k in named if k in REQ[form] or k == "services"]
    assert (status == "complete") == (not required_trouble), (f, status, problems)
    for k, v in fields.items():
        if k in ("signed_date", "session_date"):
            assert re.fullmatch(r"2023-11-\d\d", v), (f, k, v)
        elif k == "subscriber_id":
            assert re.fullmatch(r"HSN\d{4}", v), (f, v)
        elif k == "contact_email":
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", v), (f, v)
        elif k == "contact_phone":
            assert re.fullmatch(r"[0-9 +()\-]+", v) and v == v.strip(), (f, v)
        elif k == "participate":
            assert isinstance(v, bool), f
        elif k == "services":
            assert v and v == [s for s in SERVICES if s in v], (f, v)
        elif k == "results":
            assert v and list(v) == [s for s in SERVICES if s in v], (f, v)
            assert set(v.values()) <= {"successful", "unsuccessful", "not_tested"}, f
        elif k == "circular_ref":
            assert v == REF, f
        else:
            assert isinstance(v, str) and v == " ".join(v.split()) and v, (f, k, v)


def main():
    out = []
    for c in CASES:
        check(c)
        e = {"file": "holdout9/" + c["file"], "form": c["form"], "status": c["status"], "fields": c["fields"],
             "problems": c["problems"], "producer": PRODUCER[c["file"].split("/")[0]], "idioms": c["idioms"]}
        if c.get("note"):
            e["note"] = c["note"]
        out.append(e)
    for b in OTHERS:
        assert b["status"] in ("unrecognised", "rejected") and b["problems"], b["file"]
        assert (b["status"] == "unrecognised") == (b["problems"] == ["not_a_form"]), b["file"]
        out.append({"file": "holdout9/" + b["file"], "form": None, "status": b["status"], "fields": {},
                    "problems": b["problems"], "producer": b["producer"], "idioms": b["idioms"], "note": b["note"]})
    files = [e["file"] for e in out]
    assert len(files) == len(set(files))
    path = os.path.normpath(os.path.join(HERE, "..", "expected.json"))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("[\n" + ",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in out) + "\n]\n")
    print(f"{len(out)} entries -> {path}")


if __name__ == "__main__":
    main()
