#!/usr/bin/env bash
# Renders the documentation pictures of the report outputs.
#
#   docs/render-pictures.sh DIR OUTDIR
#
# DIR holds tracker.xlsx and report.html, as written by `hsnforms report --out DIR` (or `hsnforms demo`).
# Writes OUTDIR/report-page.png (the report page in headless Chromium) and OUTDIR/tracker.png (the
# tracker's first printed page, through LibreOffice and pdftoppm). Installs chromium, LibreOffice Calc,
# poppler-utils and the Carlito font with apt-get when they are missing (Debian/Ubuntu, root or sudo).
set -euo pipefail

usage() { echo "usage: $0 DIR OUTDIR   (DIR holds tracker.xlsx and report.html)" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
src=$(cd "$1" 2>/dev/null && pwd) || { echo "$0: no folder $1" >&2; exit 2; }
for f in tracker.xlsx report.html; do
  [[ -f "$src/$f" ]] || { echo "$0: $src/$f not found (run hsnforms report --out $1 first)" >&2; exit 2; }
done
mkdir -p "$2"
out=$(cd "$2" && pwd)

# Install what is missing, with one apt-get run.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
# Carlito has Calibri's metrics, so the tracker's columns and rows print as sized.
# (grep reads to the end rather than -q, so pipefail sees no SIGPIPE from fc-list.)
fc-list 2>/dev/null | grep -i carlito >/dev/null || need+=(fonts-crosextra-carlito)
if ((${#need[@]})); then
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  echo "Installing ${need[*]} ..." >&2
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${need[@]}" fonts-dejavu-core fonts-liberation >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The report page: a fixed window, no network, a throwaway profile.
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/chromium" \
  --screenshot="$out/report-page.png" --window-size=1280,1400 "file://${src// /%20}/report.html" >"$work/chromium.log" 2>&1 \
  || { cat "$work/chromium.log" >&2; exit 1; }
[[ -s "$out/report-page.png" ]] || { echo "$0: chromium wrote no screenshot" >&2; cat "$work/chromium.log" >&2; exit 1; }

# The tracker: LibreOffice prints the workbook to PDF (a private profile, so a running LibreOffice
# does not interfere), then the first page becomes a PNG.
cp "$src/tracker.xlsx" "$work/tracker.xlsx"
soffice --headless --norestore -env:UserInstallation="file://$work/lo-profile" \
  --convert-to pdf --outdir "$work" "$work/tracker.xlsx" >"$work/soffice.log" 2>&1 \
  || { cat "$work/soffice.log" >&2; exit 1; }
[[ -s "$work/tracker.pdf" ]] || { echo "$0: LibreOffice wrote no PDF" >&2; cat "$work/soffice.log" >&2; exit 1; }
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/tracker.pdf" "$out/tracker"

echo "$out/report-page.png"
echo "$out/tracker.png"
