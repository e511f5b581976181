#!/bin/sh
# Rebuilds every file of holdout14 and proves it against the oracle.
# Needs: soffice (LibreOffice 7.4), /usr/bin/python3 with python3-docx and python3-openpyxl, node with the npm packages
# docx@8 exceljs xlsx officecrypto-tool installed OUTSIDE the repository, e.g.
#   mkdir -p /tmp/h14npm && cd /tmp/h14npm && npm init -y && npm install docx@8 exceljs xlsx officecrypto-tool
set -e
cd "$(dirname "$0")"
NPM=${NPM:-/tmp/h14npm/node_modules}
mkdir -p ../word ../excel ../lookalikes ../bad
/usr/bin/python3 oracle.py
/usr/bin/python3 make_handxml.py
/usr/bin/python3 make_python.py          # also writes /tmp/h14-plain-intention.docx for the encrypted file
NODE_PATH="$NPM" node make_npm.js
/usr/bin/python3 make_libreoffice.py
/usr/bin/python3 verify.py
