"""Writes ../expected.json from cases.py and checks every case against the brief's rules.

    python3 build_expected.py

The format is exactly that of tests/assets/expected.json: an array of
{"file", "form", "status", "fields", "problems", "producer", "idioms"[, "note"]}, with `file`
relative to tests/assets (so "holdout/npoi/...").
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases as C  # noqa: E402

HOLDOUT = os.path.normpath(os.path.join(HERE, ".."))
REQUIRED = {
    "intention": ["subscriber_name", "subscriber_id", "contact_name", "contact_phone",
                  "contact_email", "participate"],
    "result": ["subscriber_name", "subscriber_id", "contact_name", "contact_phone",
               "contact_email", "results"],
}
KEYS = {
    "intention": {"circular_ref", "subscriber_name", "subscriber_id", "contact_name", "contact_phone",
                  "contact_email", "signatory_name", "signed_date", "participate", "services"},
    "result": {"circular_ref", "subscriber_name", "subscriber_id", "contact_name", "contact_phone",
               "contact_email", "signatory_name", "signed_date", "session_date", "results", "issues"},
}
DATE_KEYS = {"signed_date", "session_date"}
TEXT_KEYS = {"circular_ref", "subscriber_name", "contact_name", "signatory_name", "issues"}
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
PHONE = re.compile(r"^[0-9 +()\-]+$")
errors = []


def err(file, msg):
    errors.append(f"{file}: {msg}")


def fold(s):
    return " ".join(s.split())


def check_case(c):
    f, form, fields, problems = c["file"], c["form"], c["fields"], c["problems"]
    extra = set(fields) - KEYS[form]
    if extra:
        err(f, f"keys not of form {form}: {sorted(extra)}")
    for p in problems:
        code, _, key = p.partition(":")
        if code not in ("missing", "invalid") or key not in KEYS[form]:
            err(f, f"odd problem {p}")
        if key in fields:
            err(f, f"{key} has a problem but is in fields")
    # required fields
    need = list(REQUIRED[form])
    if form == "intention" and fields.get("participate") is True:
        need.append("services")
    missing = [k for k in need if k not in fields]
    for k in missing:
        if f"missing:{k}" not in problems and f"invalid:{k}" not in problems:
            err(f, f"required {k} absent without a problem")
    required_problem = any(p.split(":")[1] in need for p in problems)
    want = "incomplete" if (missing or required_problem) else "complete"
    if c["status"] != want:
        err(f, f"status {c['status']} but rules say {want}")
    # values
    for k, v in fields.items():
        if k in DATE_KEYS:
            try:
                datetime.date.fromisoformat(v)
            except (TypeError, ValueError):
                err(f, f"{k} {v!r} is not YYYY-MM-DD")
        elif k in TEXT_KEYS or k == "contact_name":
            if not isinstance(v, str) or v != fold(v) or not v:
                err(f, f"{k} {v!r} not trimmed/folded")
    if "subscriber_id" in fields and not re.fullmatch(r"HSN\d{4}", fields["subscriber_id"]):
        err(f, f"bad subscriber_id {fields['subscriber_id']}")
    if "contact_email" in fields and not EMAIL.match(fields["contact_email"]):
        err(f, f"bad e-mail {fields['contact_email']}")
    if "contact_phone" in fields and not PHONE.match(fields["contact_phone"]):
        err(f, f"phone {fields['contact_phone']!r} has characters the spec does not list")
    if "services" in fields:
        s = fields["services"]
        if not s or s != [x for x in C.SERVICES if x in s] or len(set(s)) != len(s):
            err(f, f"services {s} not a non-empty list in circular order")
        if fields.get("participate") is not True:
            err(f, "services present on a form that does not participate")
    if "results" in fields:
        r = fields["results"]
        if not r or list(r) != [x for x in C.SERVICES if x in r]:
            err(f, f"results {r} empty or not in circular order")
        if set(r.values()) - {"successful", "unsuccessful", "not_tested"}:
            err(f, f"results {r} has an unknown value")
    if "participate" in fields and not isinstance(fields["participate"], bool):
        err(f, "participate not a boolean")
    # raw text folds to the expected text (the generator writes raw)
    raw = c["raw"]
    for k in TEXT_KEYS | {"contact_phone", "contact_email", "subscriber_id"}:
        if k in fields and k in raw and isinstance(raw[k], str):
            typed = raw[k].replace("\u00ad", "").replace("\u2011", "-")
            if k == "subscriber_id":
                typed = typed.upper()
            if fold(typed) != fields[k]:
                err(f, f"raw {k} {raw[k]!r} does not give {fields[k]!r}")
    for k in need:
        if k in raw and raw[k] in ("", None) and f"missing:{k}" not in problems:
            err(f, f"raw {k} is blank but no missing:{k}")


def dumps(v, ind=0):
    """JSON laid out like tests/assets/expected.json: objects one key a line, scalar lists inline."""
    pad, pad2 = "  " * ind, "  " * (ind + 1)
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{\n" + ",\n".join(f"{pad2}{json.dumps(k, ensure_ascii=False)}: {dumps(x, ind + 1)}"
                                   for k, x in v.items()) + "\n" + pad + "}"
    if isinstance(v, list):
        if all(not isinstance(x, (dict, list)) for x in v):
            return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in v) + "]"
        return "[\n" + ",\n".join(pad2 + dumps(x, ind + 1) for x in v) + "\n" + pad + "]"
    return json.dumps(v, ensure_ascii=False)


def main():
    out = []
    seen = set()
    for c in C.CASES:
        check_case(c)
        if c["file"] in seen:
            err(c["file"], "duplicate")
        seen.add(c["file"])
        e = {"file": "holdout/" + c["file"], "form": c["form"], "status": c["status"],
             "fields": c["fields"], "problems": c["problems"], "producer": c["producer"],
             "idioms": c["idioms"]}
        if c.get("note"):
            e["note"] = c["note"]
        out.append(e)
    for b in C.BAD:
        if b["status"] not in ("rejected", "unrecognised"):
            err(b["file"], "bad status")
        if b["status"] == "unrecognised" and b["problems"] != ["not_a_form"]:
            err(b["file"], "unrecognised needs not_a_form")
        e = {"file": "holdout/" + b["file"], "form": None, "status": b["status"], "fields": {},
             "problems": b["problems"], "producer": b["producer"], "idioms": b["idioms"]}
        if b.get("note"):
            e["note"] = b["note"]
        out.append(e)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(HOLDOUT, "expected.json"), "w", encoding="utf-8") as f:
        f.write(dumps(out) + "\n")
    n_inc = sum(1 for c in C.CASES if c["status"] == "incomplete")
    print(f"expected.json: {len(out)} entries ({len(C.CASES)} forms, {n_inc} incomplete, "
          f"{len(C.BAD)} other files)")


if __name__ == "__main__":
    main()
