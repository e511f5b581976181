#!/bin/sh
# Rebuilds holdout16: python-docx/openpyxl files, LibreOffice conversions of HTML sources, the encrypted workbook
# (npm officecrypto-tool from /tmp/h14npm, never in the repository), then make/verify.py.
set -e
cd "$(dirname "$0")"
A=..
T=/tmp/h16
mkdir -p $T
/usr/bin/python3 make_python.py
for n in intention-html-weekday-date-tinhau intention-mixed-zh-en-except-twonumbers-sheungwan result-html-no-year-session-jordan; do
  soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir $T $T/$n.html >/dev/null 2>&1
  cp $T/$n.docx $A/word/$n.docx
done
soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir $T $T/vendor-test-report.html >/dev/null 2>&1
cp $T/vendor-test-report.docx $A/lookalikes/vendor-test-report.docx
soffice --headless --infilter='HTML (StarCalc)' --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir $T \
  $T/result-html-bad-id-passed-failed-taipo.html >/dev/null 2>&1
cp $T/result-html-bad-id-passed-failed-taipo.xlsx $A/excel/
NODE_PATH=/tmp/h14npm/node_modules node -e '
const oc=require("officecrypto-tool"),fs=require("fs");
Promise.resolve(oc.encrypt(fs.readFileSync("/tmp/h16/encrypted-src.xlsx"),{password:"hsn2023"})).then(b=>fs.writeFileSync(process.argv[1],b));
' $A/bad/encrypted-result.xlsx
/usr/bin/python3 verify.py
