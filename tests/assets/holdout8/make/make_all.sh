#!/bin/sh
# Rebuilds tests/assets/holdout8: the oracle, the files, expected.json. Needs Debian python3-openpyxl + python3-pil,
# LibreOffice (soffice), node with officecrypto-tool@0.0.19 on NODE_PATH.
set -e
cd "$(dirname "$0")"
python3 cases.py
/usr/bin/python3 make_files.py
/usr/bin/python3 make_lo.py
node make_encrypted.js
python3 ../../make/corpus/build_expected.py holdout8
