#!/bin/sh
# Rebuilds holdout17: /usr/bin/python3 (python3-docx, python3-openpyxl), soffice, node with /tmp/h14npm/node_modules.
set -e
H=$(cd "$(dirname "$0")/.." && pwd); T=/tmp/h17; mkdir -p $T
/usr/bin/python3 "$H/make/make_python.py"
cd $T
soffice --headless --convert-to 'docx:MS Word 2007 XML' intention-simplified-html-missing-contact-huanan.html result-html-service-twice-tinshuiwai.html circular-notice-HDS-23-1109.html >/dev/null 2>&1
soffice --headless --convert-to 'doc:MS Word 97' word97-renamed.html >/dev/null 2>&1
soffice --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' intention-fods-email-no-at-tokwawan.fods result-fods-short-id-wongchukhang.fods >/dev/null 2>&1
cp intention-simplified-html-missing-contact-huanan.docx result-html-service-twice-tinshuiwai.docx "$H/word/"
cp circular-notice-HDS-23-1109.docx "$H/lookalikes/"
cp word97-renamed.doc "$H/bad/word97-renamed.docx"
cp intention-fods-email-no-at-tokwawan.xlsx result-fods-short-id-wongchukhang.xlsx "$H/excel/"
NODE_PATH=/tmp/h14npm/node_modules node "$H/make/make_npm.js"
/usr/bin/python3 "$H/make/verify.py"
