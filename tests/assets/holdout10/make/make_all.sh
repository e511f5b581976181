#!/bin/sh
# Rebuilds holdout10: the oracle first (cases.py -> expected.json), then every file, producer by producer.
# Needs: node + npm (exceljs, xlsx from package.json), LibreOffice Calc (soffice), and Debian's python3-openpyxl and
# python3-xlsxwriter for /usr/bin/python3 (apt-get install -y libreoffice-calc python3-openpyxl python3-xlsxwriter).
set -e
cd "$(dirname "$0")"
python3 cases.py
python3 ../../make/corpus/build_expected.py holdout10
[ -d node_modules ] || npm ci --no-audit --no-fund
node make_exceljs.js
node make_sheetjs.js
/usr/bin/python3 make_openpyxl.py
/usr/bin/python3 make_xlsxwriter.py
python3 make_spreadsheetml.py
python3 make_libreoffice.py
