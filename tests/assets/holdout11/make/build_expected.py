#!/usr/bin/env python3
"""Checks the hand-written oracle make/cases.json against the rules of shared/spec/forms.md, cli.md and issue 9,
and writes ../expected.json in the shape of tests/assets/expected.json (paths relative to tests/assets).
It never reads a generated file and never runs the reader: the oracle is what the spec says the files mean.
Rules checked: keys belong to the form; every required key is present or has a missing:/invalid:/ambiguous:
problem; an ambiguous or invalid key is not in fields; services only when participating, in circular order;
results in circular order with the three values; status is complete exactly when no required-field problem
and no ambiguous: problem is listed; value shapes (dates, HSN id, e-mail, phone, folded text).
Usage: python3 build_expected.py"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = json.load(open(os.path.join(HERE, "cases.json"), encoding="utf-8"))
SERVICES = DATA["services"]
COMMON = ["subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email"]
REQUIRED = {"intention": COMMON + ["participate"], "result": COMMON + ["results"]}
KEYS = {"intention": set(COMMON) | {"circular_ref", "signatory_name", "signed_date", "participate", "services"},
        "result": set(COMMON) | {"circular_ref", "signatory_name", "signed_date", "session_date", "results", "issues"}}
# Choice (README): a phone is kept as written; besides digits, spaces, + - ( ) it may carry an extension
# ("ext. 218"), and it must hold at least 8 digits.
PHONE = re.compile(r"[0-9 +()\-]+( (ext\.?|x) ?[0-9]{1,5})?")


def check(c):
    f, form, status, fields, problems = c["file"], c["form"], c["status"], c["fields"], c["problems"]
    assert f.startswith("holdout11/"), f
    assert form in KEYS, f
    assert set(fields) <= KEYS[form], (f, set(fields) - KEYS[form])
    by_code = {}
    for pr in problems:
        code, key = pr.split(":", 1)
        by_code.setdefault(code, set()).add(key)
    invalid, missing, ambiguous = by_code.get("invalid", set()), by_code.get("missing", set()), by_code.get("ambiguous", set())
    assert set(by_code) <= {"invalid", "missing", "ambiguous"}, f
    assert not (invalid | ambiguous) & set(fields), (f, "a doubted key has a value")
    for k in REQUIRED[form]:
        if k not in fields and k not in invalid | ambiguous:
            assert k in missing, (f, "required key absent without missing:", k)
    for k in missing:
        assert k not in fields or (form, k) == ("result", "results"), (f, k)
    if form == "intention":
        if fields.get("participate") is True and "services" not in fields:
            assert "services" in missing | ambiguous, f
        if fields.get("participate") is False:
            assert "services" not in fields, f
    blocking = [p for p in problems if p.split(":", 1)[1] in REQUIRED[form] or p == "missing:services" or p.startswith("ambiguous:")]
    assert (status == "complete") == (not blocking), (f, status, problems)
    assert status in ("complete", "incomplete"), f
    for k, v in fields.items():
        if k in ("signed_date", "session_date"):
            assert re.fullmatch(r"2023-\d\d-\d\d", v), (f, k, v)
        elif k == "subscriber_id":
            assert re.fullmatch(r"HSN\d{4}", v), (f, v)
        elif k == "contact_email":
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", v), (f, v)
        elif k == "contact_phone":
            assert PHONE.fullmatch(v) and len(re.sub(r"\D", "", v.split(" ext")[0])) >= 8, (f, v)
        elif k == "participate":
            assert isinstance(v, bool), f
        elif k == "services":
            assert v and v == [s for s in SERVICES if s in v], (f, v)
        elif k == "results":
            assert v and list(v) == [s for s in SERVICES if s in v], (f, v)
            assert set(v.values()) <= {"successful", "unsuccessful", "not_tested"}, f
        elif k == "circular_ref":
            assert v == DATA["ref"], f
        else:
            assert isinstance(v, str) and v == " ".join(v.split()) and v, (f, k, v)


def main():
    out = []
    for c in DATA["cases"]:
        check(c)
        out.append({k: c[k] for k in ("file", "form", "status", "fields", "problems", "producer", "idioms", "note") if k in c})
    for b in DATA["bad"]:
        assert b["form"] is None and b["status"] == "unrecognised" and b["problems"] == ["not_a_form"] and b["fields"] == {}, b["file"]
        out.append(b)
    files = [e["file"] for e in out]
    assert len(files) == len(set(files))
    for e in files:
        assert os.path.exists(os.path.join(HERE, "..", "..", e)), e
    path = os.path.normpath(os.path.join(HERE, "..", "expected.json"))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("[\n" + ",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in out) + "\n]\n")
    print(f"{len(out)} entries -> {path}")


if __name__ == "__main__":
    main()
