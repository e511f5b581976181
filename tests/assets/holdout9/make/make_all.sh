#!/usr/bin/env bash
# Rebuilds every file of holdout9 and its expected.json. Needs node + `npm ci` here (docx, officecrypto-tool),
# LibreOffice 7.4 (soffice), Debian's python3-docx for /usr/bin/python3, and pandoc.
# The oracle (cases.py) is written by hand: this script never derives it from the files or from the reader.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(cd "$HERE/.." && pwd)
cd "$HERE"
[ -d node_modules ] || npm ci --no-audit --no-fund
node make_docxjs.js "$OUT"
python3 make_wordxml.py "$OUT"
/usr/bin/python3 make_python.py "$OUT"
./make_pandoc.sh "$OUT"
python3 make_libreoffice.py "$OUT"   # last: bad/encrypted.docx encrypts one of its forms
python3 verify.py "$OUT"
python3 build_expected.py
