#!/bin/sh
# Rebuilds every file of holdout12. Needs soffice (LibreOffice 7.4), node + npm, /usr/bin/python3 with
# python3-docx and python3-openpyxl (Debian). The oracle (oracle.py -> ../expected.json) is not rebuilt from files.
set -e
cd "$(dirname "$0")"
npm ci --silent
/usr/bin/python3 make_libreoffice.py
/usr/bin/python3 make_python.py      # also leaves plain-intention.docx for the encryption below
node make_npm.js                     # docx.js, exceljs, SheetJS, officecrypto-tool (deletes plain-intention.docx)
python3 make_handxml.py
python3 verify.py
