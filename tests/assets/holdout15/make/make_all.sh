#!/bin/sh
# Rebuilds holdout15: hand-written OOXML, then the bad files (openpyxl/python-docx sources, LibreOffice .odt,
# officecrypto-tool encryption with npm packages in /tmp/h14npm, never in the repository), then verify.py.
set -e
cd "$(dirname "$0")"
/usr/bin/python3 oracle.py
/usr/bin/python3 make_handxml.py
TMP=$(mktemp -d)
/usr/bin/python3 make_bad.py "$TMP"
NODE_PATH=/tmp/h14npm/node_modules node make_bad.js "$TMP/encrypted-result-src.xlsx" ../bad/encrypted-result.xlsx
soffice --headless --convert-to odt --outdir "$TMP" "$TMP/odt-renamed.docx" >/dev/null 2>&1
cp "$TMP/odt-renamed.odt" ../bad/odt-renamed.docx
rm -rf "$TMP"
/usr/bin/python3 verify.py
