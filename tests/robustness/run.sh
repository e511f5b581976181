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
# It also writes tests/robustness/worst.tsv: the slowest, heaviest and largest files of the run, which the
# benchmark times (commit it when it changes).
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

# The worst files by each measure, for the benchmark to time (tests/HsnForms.Benchmarks, --wild): committed,
# so that the benchmark names the files this run measured, not a list kept by hand.
"$python" - "$work" "$here/worst.tsv" <<'PY' || status=1
import datetime, os, sys
work, out = sys.argv[1], sys.argv[2]
index = {}
for line in open(os.path.join(work, "index.tsv"), encoding="utf-8"):
    if not line.startswith("#") and line.strip():
        name, repo, commit, path, _ = line.rstrip("\n").split("\t")[:5]
        index[name] = (repo, commit, path)
rows = []
for line in open(os.path.join(work, "report.tsv"), encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    f = line.rstrip("\n").split("\t")
    name, actual, cpu, allocated, peak = f[0], f[4], float(f[7]), float(f[8]), float(f[9])
    with open(os.path.join(work, "files", name), "rb") as file:
        package = file.read(4) == b"PK\x03\x04"
    rows.append((name, os.path.getsize(os.path.join(work, "files", name)), cpu, peak, allocated, actual, package))
if len(rows) < len(index):
    sys.exit(f"worst.tsv not written: report.tsv has {len(rows)} of {len(index)} files")
measures = [("slowest", "CPU time of the read", lambda r: r[2]),
            ("heaviest", "peak resident memory of the read", lambda r: r[3]),
            ("largest", "size of the file, among the zip packages (an old binary file is refused unread)", lambda r: r[1] if r[6] else -1)]
load = open("/proc/loadavg").read().split()[0] if os.path.exists("/proc/loadavg") else "?"
with open(out, "w", encoding="utf-8") as f:
    f.write("# The robustness set's worst files by each measure, written by run.sh from its last run's report.tsv; the benchmark\n")
    f.write("# times the first of each measure not already named by an earlier one (tests/HsnForms.Benchmarks/README.md, --wild).\n")
    f.write(f"# run: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, {len(rows)} files, load average {load}; "
            + "; ".join(f"{m}: {what}" for m, what, _ in measures) + "\n")
    f.write("# measure\trank\trepository\tcommit\tpath\tsize B\tcpu ms\tpeak MB\tallocated MB\toutcome\n")
    for measure, _, key in measures:
        for rank, r in enumerate(sorted(rows, key=key, reverse=True)[:3], 1):
            repo, commit, path = index[r[0]]
            f.write(f"{measure}\t{rank}\t{repo}\t{commit}\t{path}\t{r[1]}\t{r[2]:.1f}\t{r[3]:.1f}\t{r[4]:.1f}\t{r[5]}\n")
print(f"worst files by measure: {out}")
PY

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
