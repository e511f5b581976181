#!/usr/bin/env bash
# Rebuilds every file of the holdout11 corpus and its expected.json.
# Needs: soffice (apt libreoffice-writer libreoffice-calc), node + npm, /usr/bin/python3 with the Debian
# packages python3-docx and python3-openpyxl. The oracle (cases.json) is hand-written; this only checks and copies it.
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund
python3 make_libreoffice.py
node make_docxjs.js
node make_exceljs.js
node make_sheetjs.js
/usr/bin/python3 make_python.py
python3 make_handxml.py
python3 build_expected.py
