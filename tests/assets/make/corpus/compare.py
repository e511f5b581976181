#!/usr/bin/env python3
"""Runs `hsnforms parse --json` on every file of a corpus's expected.json and compares with the oracle, by the
rules of tests/assets/README.md: form and status equal; fields equal exactly, except that a key with an
`invalid:KEY` or `ambiguous:KEY` problem may be reported or left out; every expected problem present; a complete form has
no `missing:` problem.

python3 compare.py CORPUS [--dll PATH/hsnforms.dll] [--json OUT.json]   (CORPUS: holdout3, holdout4, ...;
"." for the first corpus)
Default dll: <repo>/cli/HsnForms.Cli/bin/Release/net10.0/hsnforms.dll. Exit 0 when all match."""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.normpath(os.path.join(HERE, "..", ".."))
REPO = os.path.normpath(os.path.join(ASSETS, "..", ".."))


def problem_codes(got):
    return [p["code"] if p.get("field") is None else f'{p["code"]}:{p["field"]}' for p in got.get("problems", [])]


def compare(exp, got):
    diffs = []
    if exp["form"] != got.get("form"):
        diffs.append(f'form: expected {exp["form"]}, got {got.get("form")}')
    if exp["status"] != got.get("status"):
        diffs.append(f'status: expected {exp["status"]}, got {got.get("status")}')
    # a key with an invalid:KEY or ambiguous:KEY problem may be reported or left out
    invalid = {p.split(":", 1)[1] for p in exp["problems"] if p.startswith(("invalid:", "ambiguous:"))}
    ef, gf = exp.get("fields", {}), got.get("fields", {}) or {}
    for k in sorted(set(ef) | set(gf)):
        if k in invalid:
            continue
        if k not in gf:
            diffs.append(f"{k}: expected {json.dumps(ef[k], ensure_ascii=False)}, not read")
        elif k not in ef:
            diffs.append(f"{k}: not on the form, read {json.dumps(gf[k], ensure_ascii=False)}")
        elif ef[k] != gf[k]:
            diffs.append(f"{k}: expected {json.dumps(ef[k], ensure_ascii=False)}, got {json.dumps(gf[k], ensure_ascii=False)}")
    codes = problem_codes(got)
    for p in exp["problems"]:
        if p not in codes:
            diffs.append(f"problem {p} not reported (got {codes})")
    if exp["status"] == "complete":
        extra = [p for p in codes if p.startswith("missing:")]
        if extra:
            diffs.append(f"complete form reports {extra}")
    return diffs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", help="the corpus folder under tests/assets, e.g. holdout3")
    ap.add_argument("--dll", default=os.path.join(REPO, "cli", "HsnForms.Cli", "bin", "Release", "net10.0", "hsnforms.dll"))
    ap.add_argument("--json", help="write the reader's raw output here")
    a = ap.parse_args()
    expected = json.load(open(os.path.join(ASSETS, a.corpus, "expected.json"), encoding="utf-8"))
    files = [os.path.join(ASSETS, e["file"]) for e in expected]
    proc = subprocess.run(["dotnet", a.dll, "parse", *files, "--json"], capture_output=True, text=True, timeout=600)
    if proc.returncode == 2:
        sys.exit("hsnforms: " + proc.stderr.strip())
    got = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            o = json.loads(line)
            got[os.path.normpath(os.path.join(ASSETS, o["file"])) if not os.path.isabs(o["file"]) else o["file"]] = o
    if a.json:
        with open(a.json, "w", encoding="utf-8") as fh:
            json.dump(list(got.values()), fh, ensure_ascii=False, indent=1)
    ok = 0
    for e, path in zip(expected, files):
        g = got.get(os.path.normpath(path))
        if g is None:
            print(f"MISMATCH {e['file']}\n    no output for this file")
            continue
        d = compare(e, g)
        if d:
            print(f"MISMATCH {e['file']}")
            for x in d:
                print("    " + x)
        else:
            ok += 1
    print(f"{ok} of {len(expected)} files match")
    sys.exit(0 if ok == len(expected) else 1)


if __name__ == "__main__":
    main()
