#!/bin/sh
# Regenerates tests/assets/holdout3 (see README.md). Run from anywhere; about a minute.
set -eu
cd "$(dirname "$0")"
REPO=$(cd ../../../.. && pwd)
python3 cases.py
# our own blank templates, filled below by docxtemplater, xlsx-template and MiniExcel
dotnet build "$REPO/cli/HsnForms.Cli" -c Release -v q >/dev/null
HSN="dotnet $REPO/cli/HsnForms.Cli/bin/Release/net10.0/hsnforms.dll"
CIRC="$REPO/shared/HsnForms.Forms/Definitions/HDS-23-1109.json"
for f in intention result; do for x in docx xlsx; do
  $HSN template $f --circular "$CIRC" --format $x --out templates/$f.$x >/dev/null
done; done
mkdir -p ../hsnforms && cp templates/intention.docx ../hsnforms/intention-blank-returned.docx
[ -d node_modules ] || npm ci
node make_node.mjs
(cd dotnet && dotnet run -- ../../.. && rm -rf bin obj)
python3 make_libreoffice.py
python3 make_ooxml.py          # after dotnet: bad/intention-crc-damaged.xlsx is made from a ClosedXML file
python3 ../../make/corpus/build_expected.py holdout3
python3 verify.py --soffice
