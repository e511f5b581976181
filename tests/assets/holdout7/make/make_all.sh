#!/bin/sh
# Regenerates tests/assets/holdout7 (see ../README.md). Needs Debian's python3-openpyxl and python3-xlsxwriter (one
# workbook each); the .docx and most .xlsx are written with the standard library (wordml.py, xlsxml.py). Review the
# diff afterwards: openpyxl and XlsxWriter stamp new timestamps, zipfile new entry times.
set -eu
cd "$(dirname "$0")"
python3 cases.py
/usr/bin/python3 make_docx.py
/usr/bin/python3 make_xlsx.py
/usr/bin/python3 make_lo.py
python3 ../../make/corpus/build_expected.py holdout7
python3 verify.py
