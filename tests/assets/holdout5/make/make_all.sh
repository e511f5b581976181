#!/bin/sh
# Regenerates tests/assets/holdout5 (see ../README.md). Needs Debian's python3-openpyxl (the docx files are
# written with the standard library only). Review the diff afterwards: openpyxl stamps new timestamps.
set -eu
cd "$(dirname "$0")"
python3 cases.py
/usr/bin/python3 make_docx.py
/usr/bin/python3 make_xlsx.py
python3 ../../make/corpus/build_expected.py holdout5
python3 verify.py
