"""Write ../expected.json from cases.py (forms) and the BAD table below: python3 build_expected.py"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases as C  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.normpath(os.path.join(HERE, ".."))

ORDER = ["circular_ref", "subscriber_name", "subscriber_id", "contact_name", "contact_phone",
         "contact_email", "participate", "services", "session_date", "results", "issues",
         "signatory_name", "signed_date"]

# file, status, problems, producer, idioms, note
BAD = [
    ("bad/truncated.docx", "rejected", ["corrupt"], "libreoffice", ["truncated-zip"],
     "first 60% of forms/libreoffice/intention-acme.docx: no central directory"),
    ("bad/empty.docx", "rejected", ["corrupt"], "python", ["zero-bytes"], None),
    ("bad/plain-text.docx", "rejected", ["unsupported_type"], "python", ["text-named-docx"],
     "plain text of a filled intention form saved with a .docx name"),
    ("bad/scan.pdf", "rejected", ["unsupported_type"], "python", ["pdf"],
     "hand-written one-page PDF of a filled form"),
    ("bad/scan.png", "rejected", ["unsupported_type"], "libreoffice", ["image-png"],
     "page image of a filled intention form"),
    ("bad/scan.jpg", "rejected", ["unsupported_type"], "libreoffice", ["image-jpeg"],
     "page image of a filled intention form"),
    ("bad/encrypted.docx", "rejected", ["encrypted"], "officecrypto-tool",
     ["ooxml-agile-encryption", "ole-compound-file"],
     "forms/wordxml/intention-split-runs.docx encrypted with password hsn2023"),
    ("bad/encrypted.xlsx", "rejected", ["encrypted"], "officecrypto-tool",
     ["ooxml-agile-encryption", "ole-compound-file"],
     "forms/exceljs/intention-right-booleans.xlsx encrypted with password hsn2023"),
    ("bad/form.docm", "rejected", ["macro_enabled"], "wordxml",
     ["docm", "vba-project-part", "macro-content-type"],
     "a filled intention form, but macro-enabled: must not be opened further"),
    ("bad/form.xlsm", "rejected", ["macro_enabled"], "exceljs",
     ["xlsm", "vba-project-part", "macro-content-type"],
     "forms/exceljs/intention-right-booleans.xlsx turned macro-enabled"),
    ("bad/macro-inside.docx", "rejected", ["macro_enabled"], "wordxml",
     ["docx-extension", "vba-project-part", "macro-content-type"],
     "a .docm package renamed .docx: word/vbaProject.bin and the macroEnabled main type"),
    ("bad/intention-acme.doc", "rejected", ["legacy_format"], "libreoffice",
     ["word-97-2003", "ole-compound-file"], "forms/libreoffice/intention-acme.docx saved as .doc"),
    ("bad/result-lotus.xls", "rejected", ["legacy_format"], "libreoffice",
     ["excel-97-2003", "ole-compound-file"], "forms/libreoffice/result-lotus.xlsx saved as .xls"),
    ("bad/slides.pptx", "rejected", ["unsupported_type"], "libreoffice", ["pptx"], None),
    ("bad/attachments.zip", "rejected", ["unsupported_type"], "python", ["plain-zip"],
     "a zip of three text files, no [Content_Types].xml"),
    ("bad/form.docx", "rejected", ["too_large"], "python", ["zip-bomb"],
     "valid-looking Word package; word/document.xml inflates to 2,000,000,016 bytes from ~1.9 MB"),
    ("bad/letter.docx", "unrecognised", ["not_a_form"], "wordxml", ["letter"],
     "a subscriber's change-of-address letter"),
    ("bad/price-list.xlsx", "unrecognised", ["not_a_form"], "exceljs", ["price-list"],
     "a broker's fee schedule"),
]


def ordered(fields):
    unknown = set(fields) - set(ORDER)
    assert not unknown, unknown
    out = {k: fields[k] for k in ORDER if k in fields}
    if "results" in out:  # in the circular's order, for readability (it is an object)
        out["results"] = {s: out["results"][s] for s in C.SERVICES if s in out["results"]}
    return out


def check_case(c):
    """Guard the oracle against typos: the rules of the brief, applied to what we wrote."""
    f, probs = c["fields"], set(c["problems"])
    req = ["subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email"]
    if c["form"] == "intention":
        req.append("participate")
        if f.get("participate") is True:
            req.append("services")
        assert "results" not in f and "session_date" not in f and "issues" not in f
    else:
        req.append("results")
        assert "participate" not in f and "services" not in f
    field_probs = {p.split(":", 1)[1] for p in probs}
    for k in req:
        assert k in f or k in field_probs, (c["file"], k)
    blocking = {p.split(":", 1)[1] for p in probs if p.split(":", 1)[1] in req}
    assert (c["status"] == "complete") == (not blocking), c["file"]
    for p in probs:
        code, key = p.split(":", 1)
        assert code in ("missing", "invalid") and key not in f, (c["file"], p)
    if "services" in f:
        assert f["services"] == [s for s in C.SERVICES if s in f["services"]], c["file"]
        assert f["services"], c["file"]
    if "results" in f:
        assert f["results"] and set(f["results"]) <= set(C.SERVICES)
        assert set(f["results"].values()) <= {"successful", "unsuccessful", "not_tested"}
    if "subscriber_id" in f:
        assert len(f["subscriber_id"]) == 7 and f["subscriber_id"].startswith("HSN") \
            and f["subscriber_id"][3:].isdigit()
    for k in ("signed_date", "session_date"):
        if k in f:
            import datetime
            datetime.date.fromisoformat(f[k])
    for k, v in f.items():
        if isinstance(v, str):
            assert v == " ".join(v.split()), (c["file"], k, "not folded")


def main():
    out = []
    for c in C.CASES:
        check_case(c)
        e = dict(file=c["file"], form=c["form"], status=c["status"], fields=ordered(c["fields"]),
                 problems=c["problems"], producer=c["producer"], idioms=c["idioms"])
        if c.get("note"):
            e["note"] = c["note"]
        out.append(e)
    for file, status, problems, producer, idioms, note in BAD:
        e = dict(file=file, form=None, status=status, fields={}, problems=problems,
                 producer=producer, idioms=idioms)
        if note:
            e["note"] = note
        out.append(e)
    files = [e["file"] for e in out]
    assert len(files) == len(set(files))
    text = json.dumps(out, ensure_ascii=False, indent=2)
    # keep arrays of plain values on one line: easier to read and to diff
    text = re.sub(r"\[\s*((?:\"[^\"\n]*\"|true|false|null|[0-9.]+)"
                  r"(?:,\s*(?:\"[^\"\n]*\"|true|false|null|[0-9.]+))*)\s*\]",
                  lambda m: "[" + re.sub(r",\s+", ", ", m.group(1)) + "]", text)
    assert json.loads(text) == out
    with open(os.path.join(ASSETS, "expected.json"), "w", encoding="utf-8") as fh:
        fh.write(text + "\n")
    print(f"expected.json: {len(out)} entries ({len(C.CASES)} forms, {len(BAD)} not forms)")


if __name__ == "__main__":
    main()
