#!/usr/bin/env bash
# Forms typed in Markdown and turned into Word by pandoc 2.17 (Debian's pandoc), and the circular itself converted
# the same way. Usage: make_pandoc.sh OUTDIR   (the notice is read from the team's shared folder beside the repo)
set -euo pipefail
OUT=${1:?usage: make_pandoc.sh OUTDIR}
HERE=$(cd "$(dirname "$0")" && pwd)
NOTICE=${NOTICE:-$HERE/../../../../../shared/seed/notice-HDS-23-1109.txt}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT/pandoc" "$OUT/lookalike"

cat > "$WORK/intention.md" <<'EOF'
# Appendix A – Intention Form

**Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network**

Ref. No.: HDS/23/1109

| Item | Details |
|------|---------|
| Subscriber Name | Tseung Kwan O Trading Limited |
| HSN Subscriber ID | HSN4102 |
| Contact Person | Law Pui Ying |
| Telephone | 2623 8899 |
| Email | puiying.law@tkotrading.com.hk |
| Participate in PS2 (Yes/No) | Yes |

Services to be verified:

- [x] OTP-C
- [x] OTP-CSC
- [ ] OMD-C
- [ ] OMD-CC

| | |
|---|---|
| Name of Authorised Signatory | Law Pui Ying |
| Date | 24 November 2023 |
EOF

cat > "$WORK/result.md" <<'EOF'
# Appendix B – Result Form

**Result Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network**

Ref. No.: HDS/23/1109

| Item | Details |
|------|---------|
| Subscriber Name | Tseung Kwan O Trading Limited |
| HSN Subscriber ID | HSN4102 |
| Contact Person | Law Pui Ying |
| Telephone | 2623 8899 |
| Email | puiying.law@tkotrading.com.hk |
| Practice Session Date | 25th Nov 2023 |

| Service | Result (Successful / Unsuccessful / Not tested) |
|---------|--------|
| OTP-C   | Successful |
| OTP-CSC | Unsuccessful |
| OMD-C   |  |
| OMD-CC  |  |

Issues Encountered: OTP-CSC orders rejected for 2 minutes after failover.

| | |
|---|---|
| Name of Authorised Signatory | Law Pui Ying |
| Date | 27th Nov 2023 |
EOF

cat > "$WORK/blank-result.md" <<'EOF'
# Appendix B – Result Form for Using HSN to participate Practice Session

Ref. No.: HDS/23/1109

Please return to HKEX Hosting Services – Service Desk on or before 27 Nov 2023.

| Item | Details |
|------|---------|
| Subscriber Name | |
| HSN Subscriber ID | |
| Contact Person | |
| Telephone | |
| Email | |
| Practice Session Date | |

| Service | Successful | Unsuccessful | Not tested |
|---------|:---:|:---:|:---:|
| OTP-C   | ☐ | ☐ | ☐ |
| OTP-CSC | ☐ | ☐ | ☐ |
| OMD-C   | ☐ | ☐ | ☐ |
| OMD-CC  | ☐ | ☐ | ☐ |

Issues Encountered:

Name of Authorised Signatory: ______________ Date: ______________
EOF

pandoc -f markdown -t docx "$WORK/intention.md" -o "$OUT/pandoc/intention-markdown-tseungkwano.docx"; echo pandoc/intention-markdown-tseungkwano.docx
pandoc -f markdown -t docx "$WORK/result.md" -o "$OUT/pandoc/result-markdown-tseungkwano.docx"; echo pandoc/result-markdown-tseungkwano.docx
pandoc -f markdown -t docx "$WORK/blank-result.md" -o "$OUT/pandoc/result-blank-template.docx"; echo pandoc/result-blank-template.docx
pandoc -f markdown -t docx "$NOTICE" -o "$OUT/lookalike/hkex-circular.docx"; echo lookalike/hkex-circular.docx
