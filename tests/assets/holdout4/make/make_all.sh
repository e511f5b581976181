#!/bin/sh
# Regenerates tests/assets/holdout4 (see ../README.md). Run from anywhere; well under a minute once
# the packages are there:
#   apt-get install -y pandoc gnumeric abiword python3-docx python3-openpyxl python3-xlsxwriter
set -eu
cd "$(dirname "$0")"
python3 cases.py
/usr/bin/python3 make_py.py     # Debian's python3, where python3-docx / -openpyxl / -xlsxwriter live
(cd dotnet && dotnet run -- ../../.. && rm -rf bin obj)
python3 ../../make/corpus/build_expected.py holdout4
python3 verify.py
