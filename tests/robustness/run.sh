#!/usr/bin/env bash
# The robustness run: the form reader over public projects' real test documents (see README.md here).
#
#   tests/robustness/run.sh [WORK_DIR]          # default /tmp/hsnforms-robustness
#   MIRRORS=/path/to/mirrors ISOLATED=1 tests/robustness/run.sh
#
# 1. extracts the manifest's files from the repository mirrors into WORK_DIR/files (never into the repo);
# 2. reads each with the form reader in worker processes, measuring time, allocation and peak memory,
#    and compares each outcome with the manifest (WORK_DIR/report.tsv per file, the summary on stdout);
# 3. runs `hsnforms parse --json` over the whole folder: every line must be a JSON object, the exit code
#    0 or 1, and no stack trace anywhere.
# Exits non-zero when anything fails.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${1:-/tmp/hsnforms-robustness}
mirrors=${MIRRORS:-/work/.mirror}
python=/usr/bin/python3   # Debian's, with python3-olefile (apt-get install python3-olefile)

rm -rf "$work"
mkdir -p "$work"
"$python" "$here/extract.py" --mirrors "$mirrors" --out "$work/files"

dotnet build "$root/tests/HsnForms.Robustness" -c Release -v q -nologo >/dev/null
dotnet build "$root/cli/HsnForms.Cli" -c Release -v q -nologo >/dev/null

status=0
dotnet "$root/tests/HsnForms.Robustness/bin/Release/net10.0/HsnForms.Robustness.dll" run \
    --files "$work/files" --report "$work/report.tsv" ${ISOLATED:+--isolated} | tee "$work/summary.txt" || status=1

set +e
start=$(date +%s.%N)
dotnet "$root/cli/HsnForms.Cli/bin/Release/net10.0/hsnforms.dll" parse --json "$work/files" >"$work/parse.jsonl" 2>"$work/parse.stderr"
code=$?
end=$(date +%s.%N)
set -e
"$python" - "$work" "$code" "$start" "$end" <<'PY' || status=1
import json, os, re, sys
work, code, start, end = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
files = len(os.listdir(os.path.join(work, "files")))
out = open(os.path.join(work, "parse.jsonl"), encoding="utf-8", errors="replace").read()
err = open(os.path.join(work, "parse.stderr"), encoding="utf-8", errors="replace").read()
lines = [l for l in out.splitlines() if l.strip()]
bad = []
for line in lines:
    try:
        json.loads(line)
    except ValueError:
        bad.append(line[:200])
traces = [l for l in (out + err).splitlines() if re.match(r"\s+at [\w.<>`]+\(", l) or "Unhandled exception" in l]
print(f"hsnforms parse --json over {files} files: exit {code}, {len(lines)} JSON lines, {len(bad)} not JSON, "
      f"{len(traces)} stack-trace lines, {len(err.strip().splitlines())} stderr lines, {end - start:.1f} s")
for line in (bad + traces)[:10]:
    print("  " + line)
ok = code in (0, 1) and len(lines) == files and not bad and not traces
print("parse: " + ("PASSED" if ok else "FAILED"))
sys.exit(0 if ok else 1)
PY
exit $status
