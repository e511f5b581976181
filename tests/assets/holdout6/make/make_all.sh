#!/bin/sh
# Regenerates tests/assets/holdout6 (see ../README.md). Needs Debian's python3-openpyxl and python3-xlsxwriter, and
# LibreOffice (libreoffice-writer-nogui, libreoffice-calc-nogui) for libreoffice/. The docx writer needs only the
# standard library. Review the diff afterwards: openpyxl and LibreOffice stamp new timestamps.
set -eu
cd "$(dirname "$0")"
python3 cases.py
/usr/bin/python3 make_docx.py
/usr/bin/python3 make_xlsx.py
/usr/bin/python3 make_lo.py
python3 ../../make/corpus/build_expected.py holdout6
python3 verify.py
