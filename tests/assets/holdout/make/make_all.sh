#!/usr/bin/env bash
# Rebuilds every file of tests/assets/holdout and its expected.json, then verifies the corpus.
# Needs: node + npm, the .NET SDK, python3, LibreOffice (soffice) with Debian's python3-uno.
set -euo pipefail
cd "$(dirname "$0")"

python3 cases.py                       # cases.json for the generators
[ -d node_modules ] || npm ci --no-audit --no-fund
node make_node.js                      # docxjs/, xlsx-populate/, excel4node/, bad/cover-letter, bad/subscriber-list
dotnet run --project npoi              # npoi/, bad/hssf-workbook.xlsx
rm -rf npoi/bin npoi/obj               # keep tests/assets small: build output is not part of the corpus
python3 make_libreoffice.py            # libreoffice/, bad/intention-odt-renamed.docx, bad/intention-rtf-renamed.docx
/usr/bin/python3 make_lo_encrypted.py  # bad/lo-encrypted.docx (UNO; needs the system python with python3-uno)
python3 make_wordxml.py                # wordxml/
python3 make_bad.py                    # bad/result-web-page.xls, bad/forms-attached.zip
python3 build_expected.py              # ../expected.json
python3 verify.py --soffice
