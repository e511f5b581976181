#!/usr/bin/env bash
# Regenerate the whole corpus under tests/assets/ and check it.
# Needs: python3, node + npm (npm registry), the .NET SDK (NuGet), Debian packages libreoffice-writer-nogui
# libreoffice-calc-nogui libreoffice-impress-nogui.
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund
python3 cases.py            # cases.json for the node generators
python3 make_wordxml.py     # forms/wordxml/*.docx
python3 make_libreoffice.py # forms/libreoffice/*, bad/*.doc, bad/*.xls
node make_exceljs.js        # forms/exceljs/*.xlsx, bad/price-list.xlsx
node make_sheetjs.js        # forms/sheetjs/*.xlsx
dotnet run --project epplus -- ../forms/epplus   # forms/epplus/*.xlsx (form-control check boxes)
python3 make_bad.py         # the rest of bad/ (uses forms above)
node make_encrypted.js      # bad/encrypted.docx, bad/encrypted.xlsx
python3 build_expected.py   # ../expected.json
python3 verify.py --soffice
