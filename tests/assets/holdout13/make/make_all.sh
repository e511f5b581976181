#!/bin/sh
# Rebuilds every holdout13 file. Needs soffice and /usr/bin/python3 with python3-docx and python3-openpyxl.
set -e
cd "$(dirname "$0")"
mkdir -p ../word ../excel ../lookalikes ../bad
/usr/bin/python3 make_libreoffice.py
/usr/bin/python3 make_python.py
/usr/bin/python3 make_handxml.py
/usr/bin/python3 verify.py
