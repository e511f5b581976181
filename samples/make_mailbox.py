#!/usr/bin/env python3
"""Writes the demo's sample mailbox (samples/mailbox/*.eml) and register (samples/register.csv).

Each message carries a form from the test corpus (tests/assets), sent the way subscribers send them:
on time, late across Hong Kong midnight, incomplete then corrected, declined, forwarded, from an
unknown address, or a scan instead of the form. Run it again after changing the corpus:
    python3 samples/make_mailbox.py
"""
import csv, email.message, email.utils, os, pathlib, shutil
from datetime import datetime, timedelta, timezone

ROOT = pathlib.Path(__file__).resolve().parent.parent
ASSETS = ROOT / "tests" / "assets"
OUT = ROOT / "samples" / "mailbox"
HKT = timezone(timedelta(hours=8))

REGISTER = [
    # id, name, emails, domains, services
    ("HSN0427", "Acme Securities Ltd", "tm.chan@acme.com.hk", "acme.com.hk", "OTP-C;OMD-C"),
    ("HSN0112", "Golden Harbour Brokerage Limited", "kaming.wong@goldenharbour.com.hk", "goldenharbour.com.hk", "OTP-C;OTP-CSC"),
    ("HSN0235", "Kowloon Bay Capital Limited", "sf.lee@klnbaycap.com.hk", "", "OTP-C"),
    ("HSN0588", "Pearl River Securities Company Limited", "wk.cheung@pearlriver.com.hk", "pearlriver.com.hk", "OTP-C;OTP-CSC"),
    ("HSN0093", "Lotus Asset Management (HK) Limited", "ck.lam@lotusam.com.hk", "lotusam.com.hk", "OTP-C;OMD-C"),
    ("HSN0350", "Jade Dragon Securities Limited", "", "jadedragon.com.hk", "OTP-C"),
    ("HSN0761", "Victoria Peak Futures Ltd", "meiling.ho@vpfutures.com.hk", "vpfutures.com.hk", "OTP-C;OMD-C;OMD-CC"),
    ("HSN0666", "Causeway Markets Ltd", "ch.leung@causewaymkts.com.hk", "", "OTP-C;OTP-CSC"),
    ("HSN0019", "Tai Ping Shan Securities Limited", "wingsze.ng@tpssec.com.hk", "tpssec.com.hk", "OTP-C;OMD-C"),
    ("HSN0471", "Silvermine Bay Brokers Limited", "ps.kwok@silverminebay.com.hk", "silverminebay.com.hk", "OMD-C"),
    ("HSN0904", "Harbourfront Investment Services Ltd", "kw.tsang@hfis.com.hk", "hfis.com.hk", "OTP-C;OMD-C"),
    ("HSN0703", "Mong Kok Equities Limited", "kc.siu@mkequities.com.hk", "mkequities.com.hk", "OTP-C;OTP-CSC;OMD-C"),
]

# name, from, subject, received (HKT), attachments (corpus paths), forwarded?
MAIL = [
    ("01", '"Chan Tai Man" <tm.chan@acme.com.hk>', "HDS/23/1109 Intention Form - Acme Securities", (22, 10, 15), ["forms/libreoffice/intention-acme.docx"]),
    ("02", '"Ng Wing Sze" <wingsze.ng@tpssec.com.hk>', "RE: HDS/23/1109 Practice Session 2", (20, 16, 40), ["forms/wordxml/intention-legacy-fields.docx"]),
    ("03", '"Lee Siu Fong" <sf.lee@klnbaycap.com.hk>', "Intention form (we will not join PS2)", (21, 9, 5), ["forms/libreoffice/intention-decline-kowloon.docx"]),
    ("04", '"Tsang Kwok Wai" <kw.tsang@hfis.com.hk>', "HDS/23/1109 Appendix A", (21, 14, 30), ["forms/wordxml/intention-split-runs.docx"]),
    ("05", '"Leung Chi Hang" <ch.leung@causewaymkts.com.hk>', "Intention Form", (22, 11, 0), ["forms/wordxml/intention-content-controls.docx"]),
    ("06", '"Operations" <ops@pearlriver.com.hk>', "Intention form for PS2", (23, 11, 0), ["forms/libreoffice/intention-missing-email.docx"]),
    ("07", '"Kwok Pui Shan" <ps.kwok@silverminebay.com.hk>', "Appendix A", (23, 15, 20), ["forms/wordxml/intention-placeholder.docx"]),
    ("08", '"Wong Ka Ming" <kaming.wong@goldenharbour.com.hk>', "HDS/23/1109 intention", (23, 17, 45), ["forms/libreoffice/intention-golden-harbour.docx"]),
    ("09", '"Ho Mei Ling" <meiling.ho@vpfutures.com.hk>', "FW: Intention form", (23, 18, 2), ["forms/exceljs/intention-below-defined-names.xlsx"]),
    ("10", '"Kwok Pui Shan" <ps.kwok@silverminebay.com.hk>', "RE: Appendix A (corrected)", (24, 18, 0), ["forms/sheetjs/intention-str-cells.xlsx"]),
    ("11", '"Lam Chi Keung" <ck.lam@lotusam.com.hk>', "Intention Form HDS/23/1109", (24, 23, 55), ["forms/libreoffice/intention-lotus.xlsx"]),
    ("12", '"Yeung Hoi Yan" <hoiyan.yeung@jadedragon.com.hk>', "PS2 intention", (25, 0, 5), ["forms/exceljs/intention-decline.xlsx"]),
    ("13", '"Cheung Wing Kei" <wk.cheung@pearlriver.com.hk>', "RE: Intention form for PS2 - corrected", (25, 9, 30), ["forms/exceljs/intention-right-booleans.xlsx"]),
    ("14", '"Fung Ho Tin" <fung.hotin@gmail.example>', "intention form", (23, 21, 10), ["forms/wordxml/intention-struck-choice.docx"]),
    ("15", '"Leung Chi Hang" <ch.leung@causewaymkts.com.hk>', "Result Form", (26, 10, 30), ["forms/wordxml/result-checkbox-controls.docx"]),
    ("16", '"Chan Tai Man" <tm.chan@acme.com.hk>', "HDS/23/1109 Result Form - Acme Securities", (27, 16, 0), ["forms/libreoffice/result-acme.docx"]),
    ("17", '"Lam Chi Keung" <ck.lam@lotusam.com.hk>', "Result form", (27, 12, 0), ["forms/libreoffice/result-lotus.xlsx"]),
    ("18", '"Ho Mei Ling" <meiling.ho@vpfutures.com.hk>', "PS2 results", (27, 14, 10), ["forms/libreoffice/result-victoria-words.docx"]),
    ("19", '"Wong Ka Ming" <kaming.wong@goldenharbour.com.hk>', "Result form", (27, 15, 0), ["forms/libreoffice/result-missing-phone.xlsx"]),
    ("20", '"Tsang Kwok Wai" <kw.tsang@hfis.com.hk>', "Appendix B", (27, 17, 30), ["forms/wordxml/result-missing-results.docx"]),
    ("21", '"Ng Wing Sze" <wingsze.ng@tpssec.com.hk>', "Scanned result form", (27, 18, 0), ["bad/scan.pdf"]),
    ("22", '"Cheung Wing Kei" <wk.cheung@pearlriver.com.hk>', "Result form (sorry for the delay)", (28, 8, 2), ["forms/exceljs/result-table.xlsx"]),
    ("23", '"Chan Tai Man" <tm.chan@acme.com.hk>', "Lunch seminar on Friday", (26, 12, 0), []),
]


def authentication_results(name, sender):
    domain = sender.rsplit("@", 1)[1].rstrip(">").lower()
    return (f"spf=pass (sender IP is 203.0.113.{10 + int(name)}) smtp.mailfrom={domain}; "
            f"dkim=pass (signature was verified) header.d={domain};dmarc=pass action=none "
            f"header.from={domain};compauth=pass reason=100")


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    for name, sender, subject, (day, hour, minute), files in MAIL:
        received = datetime(2023, 11, day, hour, minute, tzinfo=HKT)
        message = email.message.EmailMessage()
        message["From"] = sender
        message["To"] = "HKEX Hosting Services Service Desk <hsservicedesk@hkex.com.hk>"
        message["Subject"] = subject
        message["Date"] = email.utils.format_datetime(received - timedelta(minutes=1))
        message["Message-ID"] = f"<demo-{name}@mail.example>"
        # As Exchange Online stamps mail it receives from the internet: the sender's domain checked and passed.
        message["Authentication-Results"] = authentication_results(name, sender)
        message["Received"] = f"from mail.example by mx.hkex.com.hk; {email.utils.format_datetime(received)}"
        message.set_content("Dear Service Desk,\n\nPlease find our form attached.\n\nRegards\n" if files else "Hi all, a reminder about Friday's lunch seminar.\n")
        for path in files:
            data = (ASSETS / path).read_bytes()
            kind = ("application", "pdf") if path.endswith(".pdf") else ("application", "octet-stream")
            message.add_attachment(data, maintype=kind[0], subtype=kind[1], filename=os.path.basename(path))
        (OUT / f"{name}.eml").write_bytes(bytes(message))

    with open(ROOT / "samples" / "register.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["subscriber_id", "subscriber_name", "emails", "domains", "services"])
        writer.writerows(REGISTER)


if __name__ == "__main__":
    main()
