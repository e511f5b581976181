#!/usr/bin/env python3
"""Writes tests/assets/mail-screening/*.eml: mail as real senders and servers write it, for sender
authentication and the manners of automatic replies.

Header layouts follow what the servers put on the wire: Exchange Online's Authentication-Results (no
authserv-id, "sender IP is", action=, compauth= with its reason code) and its X-MS-Exchange-Organization-*
stamps, Gmail's (authserv-id mx.google.com, dmarc's p=/dis=), Outlook's and Gmail's out-of-office replies,
Postfix's and Exchange Online's delivery status notifications (RFC 3464, with the returned message or its
headers), Mailman 3 and Google Groups list mail, a no-reply sender and a bulk newsletter. Addresses are those
of samples/register.csv (and example domains for strangers); every stamp is written here, nothing was
received. The oracle is ../../mail-screening/expected.json, written by hand; this script does not write it.

    python3 tests/assets/make/mail/make_screening.py
"""
import base64, pathlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

ROOT = pathlib.Path(__file__).resolve().parents[4]
ASSETS = ROOT / "tests" / "assets"
OUT = ASSETS / "mail-screening"
HKT = timezone(timedelta(hours=8))
DESK = "hsservicedesk@hkex.com.hk"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CRLF = "\r\n"


def hkt(day, hour, minute):
    return datetime(2023, 11, day, hour, minute, tzinfo=HKT)


def when(moment):
    return format_datetime(moment)


def exo_received(ip, helo, moment, n):
    """Exchange Online's own hops, newest first, as a message delivered to a mailbox shows them."""
    return [
        f"Received: from SG2PR06MB5123.apcprd06.prod.outlook.com (2603:1096:4:10::1{n}) by\r\n"
        f" HK2PR06MB4567.apcprd06.prod.outlook.com with HTTPS; {when(moment)}",
        f"Received: from SI2P153CA0012.APCP153.PROD.OUTLOOK.COM (2603:1096:4:1c2::1{n}) by\r\n"
        f" SG2PR06MB5123.apcprd06.prod.outlook.com (2603:1096:4:10::1{n}) with Microsoft SMTP\r\n"
        f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n"
        f" 15.20.7025.17; {when(moment - timedelta(seconds=2))}",
        f"Received: from {helo} ({ip}) by\r\n"
        f" SI2PEPF00001234.apcprd06.prod.outlook.com (10.167.18.{n}) with Microsoft SMTP\r\n"
        f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n"
        f" 15.20.7025.12 via Frontend Transport; {when(moment - timedelta(seconds=3))}",
    ]


def exo_stamps(spf, dkim, dmarc, compauth, ip, mailfrom, d, header_from, received_spf, scl=1):
    """Exchange Online's Authentication-Results and the organisation headers it adds on receipt."""
    parts = [f"spf={spf} (sender IP is {ip})\r\n smtp.mailfrom={mailfrom};"]
    parts.append(f" dkim={dkim} ({'signature was verified' if dkim == 'pass' else 'message not signed' if dkim == 'none' else 'body hash did not verify'})\r\n header.d={d};")
    parts.append(f"dmarc={dmarc} action={'quarantine' if dmarc == 'fail' else 'none'}\r\n header.from={header_from};")
    if compauth:
        parts.append(f"compauth={compauth}")
    return [
        "Authentication-Results: " + "".join(parts),
        f"Received-SPF: {received_spf}",
        "X-MS-Exchange-Organization-AuthSource: SI2PEPF00001234.apcprd06.prod.outlook.com",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Exchange-Organization-SCL: {scl}",
        "X-MS-Exchange-Organization-Network-Message-Id: 6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
        "X-MS-Exchange-Transport-CrossTenantHeadersStamped: HK2PR06MB4567",
    ]


def b64(data):
    text = base64.b64encode(data).decode()
    return CRLF.join(text[i:i + 76] for i in range(0, len(text), 76))


def form_part(path, name, boundary, ctype):
    data = (ASSETS / "forms" / path).read_bytes()
    return (f"--{boundary}{CRLF}Content-Type: {ctype};{CRLF} name=\"{name}\"{CRLF}"
            f"Content-Description: {name}{CRLF}Content-Disposition: attachment;{CRLF} filename=\"{name}\"; size={len(data)}{CRLF}"
            f"Content-Transfer-Encoding: base64{CRLF}{CRLF}{b64(data)}{CRLF}")


def text_part(boundary, text):
    return (f"--{boundary}{CRLF}Content-Type: text/plain; charset=\"us-ascii\"{CRLF}"
            f"Content-Transfer-Encoding: 7bit{CRLF}{CRLF}{text}{CRLF}")


def with_form(headers, body_text, form_path, form_name, ctype, boundary):
    lines = headers + [f"Content-Type: multipart/mixed;{CRLF}\tboundary=\"{boundary}\"", "MIME-Version: 1.0", ""]
    body = text_part(boundary, body_text) + form_part(form_path, form_name, boundary, ctype) + f"--{boundary}--{CRLF}"
    return CRLF.join(lines) + CRLF + body


def plain(headers, body_text):
    lines = headers + ["Content-Type: text/plain; charset=\"us-ascii\"", "Content-Transfer-Encoding: 7bit", "MIME-Version: 1.0", ""]
    return CRLF.join(lines) + CRLF + body_text + CRLF


def write(name, text):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / name).write_bytes(text.encode("utf-8"))
    print(f"{name}: {len(text)} bytes")


def person(sender, subject, moment, msgid):
    return [f"From: {sender}", f"To: HKEX Hosting Services Service Desk <{DESK}>", f"Subject: {subject}",
            f"Date: {when(moment - timedelta(minutes=1))}", f"Message-ID: <{msgid}>"]


def main():
    # 01: Exchange Online, everything passed (compauth=pass reason=100: explicit DMARC pass).
    t = hkt(22, 10, 15)
    write("01-exchange-pass.eml", with_form(
        exo_received("203.0.113.25", "mail.acme.com.hk", t, 1)
        + exo_stamps("pass", "pass", "pass", "pass reason=100", "203.0.113.25", "acme.com.hk", "acme.com.hk", "acme.com.hk",
                     "Pass (protection.outlook.com: domain of acme.com.hk designates 203.0.113.25 as permitted sender) receiver=protection.outlook.com; client-ip=203.0.113.25; helo=mail.acme.com.hk; pr=C")
        + person("\"Chan Tai Man\" <tm.chan@acme.com.hk>", "HDS/23/1109 Intention Form - Acme Securities", t, "SG2PR04MB9876C1A2B3C4D5E6F7A8B9C0@SG2PR04MB9876.apcprd04.prod.outlook.com"),
        "Dear Service Desk,\r\n\r\nPlease find our Intention Form attached.\r\n\r\nRegards,\r\nChan Tai Man",
        "libreoffice/intention-acme.docx", "Intention Form - Acme.docx", DOCX, "_004_SG2PR04MB9876_"))

    # 02: a forger writes Acme's address; Exchange finds DMARC failed (compauth=fail reason=000: explicit DMARC fail).
    t = hkt(26, 22, 40)
    write("02-exchange-dmarc-fail.eml", with_form(
        exo_received("198.51.100.7", "vps-4471.hosting.example", t, 2)
        + exo_stamps("fail", "none", "fail", "fail reason=000", "198.51.100.7", "acme.com.hk", "none", "acme.com.hk",
                     "Fail (protection.outlook.com: domain of acme.com.hk does not designate 198.51.100.7 as permitted sender) receiver=protection.outlook.com; client-ip=198.51.100.7; helo=vps-4471.hosting.example;", scl=5)
        + person("\"Chan Tai Man\" <tm.chan@acme.com.hk>", "HDS/23/1109 Result Form - Acme Securities", t, "20231126224000.4471@vps-4471.hosting.example"),
        "Please find our Result Form attached.",
        "libreoffice/result-acme.docx", "Result Form - Acme.docx", DOCX, "===============4471=="))

    # 03: another server's stamp (RFC 8601, with an authserv-id): SPF and DKIM both failed, no DMARC result.
    t = hkt(23, 16, 5)
    write("03-spf-dkim-fail-no-dmarc.eml", with_form(
        [f"Received: from vps-88.hosting.example (vps-88.hosting.example [198.51.100.88])\r\n\tby mx1.hkex.com.hk (Postfix) with ESMTPS id 4SbX1q0Z3Kz9sWq\r\n\tfor <{DESK}>; {when(t)}",
         "Authentication-Results: mx1.hkex.com.hk;\r\n\tspf=fail (mx1.hkex.com.hk: domain of jadedragon.com.hk does not designate 198.51.100.88 as permitted sender) smtp.mailfrom=jadedragon.com.hk;\r\n\tdkim=fail reason=\"signature verification failed\" header.d=jadedragon.com.hk header.s=s1 header.b=kS9aQ2vB"]
        + person("yeung.hoiyan@jadedragon.com.hk", "Intention form", t, "20231123160400.88@vps-88.hosting.example"),
        "Our intention form.",
        "exceljs/intention-decline.xlsx", "intention.xlsx", XLSX, "=_b88"))

    # 04: checked, and nothing to confirm: the domain publishes no SPF, signs nothing, has no DMARC record.
    t = hkt(23, 11, 30)
    write("04-exchange-none.eml", with_form(
        exo_received("203.0.113.77", "mail.lotusam.com.hk", t, 4)
        + exo_stamps("none", "none", "none", None, "203.0.113.77", "lotusam.com.hk", "none", "lotusam.com.hk",
                     "None (protection.outlook.com: lotusam.com.hk does not designate permitted sender hosts)")
        + person("\"Lam Chi Keung\" <ck.lam@lotusam.com.hk>", "Intention Form HDS/23/1109", t, "4a2b9c81.77@lotusam.com.hk"),
        "Dear Sir/Madam,\r\n\r\nAttached please find our intention form.\r\n\r\nLam Chi Keung",
        "libreoffice/intention-lotus.xlsx", "Lotus intention.xlsx", XLSX, "----=_NextPart_000_0077"))

    # 05: SPF soft-failed and nothing else passed, but Exchange's composite authentication vouches (softpass reason=201).
    t = hkt(24, 9, 45)
    write("05-exchange-compauth-softpass.eml", with_form(
        exo_received("203.0.113.58", "smtp.pearlriver.com.hk", t, 5)
        + exo_stamps("softfail", "none", "none", "softpass reason=201", "203.0.113.58", "pearlriver.com.hk", "none", "pearlriver.com.hk",
                     "SoftFail (protection.outlook.com: domain of transitioning pearlriver.com.hk discourages use of 203.0.113.58 as permitted sender)")
        + person("\"Operations\" <ops@pearlriver.com.hk>", "Intention form for PS2", t, "5c3d1e2f.58@pearlriver.com.hk"),
        "Please see attached.",
        "exceljs/intention-right-booleans.xlsx", "PRS intention.xlsx", XLSX, "----=_NextPart_000_0058"))

    # 06: a colleague inside the organisation forwards a form: Exchange marks it AuthAs Internal, with no Authentication-Results.
    t = hkt(22, 15, 20)
    write("06-internal-authas.eml", with_form(
        [f"Received: from HK2PR06MB4567.apcprd06.prod.outlook.com (2603:1096:4:10::16) by\r\n HK2PR06MB4567.apcprd06.prod.outlook.com with HTTPS; {when(t)}",
         "X-MS-Exchange-Organization-AuthAs: Internal",
         "X-MS-Exchange-Organization-AuthMechanism: 04",
         "X-MS-Exchange-Organization-AuthSource: HK2PR06MB4567.apcprd06.prod.outlook.com",
         "X-MS-Has-Attach: yes",
         "X-MS-Exchange-Organization-SCL: -1"]
        + person("\"Wong Siu Ming\" <sm.wong@hkex.com.hk>", "FW: Golden Harbour intention form (sent to me by mistake)", t, "HK2PR06MB45673F1A2B3C4D5E6F708192A3B4@HK2PR06MB4567.apcprd06.prod.outlook.com"),
        "Forwarding for the service desk.",
        "libreoffice/intention-golden-harbour.docx", "Golden Harbour intention.docx", DOCX, "_004_HK2PR06MB4567_"))

    # 07: a forger adds a passing Authentication-Results of its own; Exchange's, above it, says DMARC failed.
    t = hkt(27, 20, 5)
    forged = ["Authentication-Results: mx.vpfutures.com.hk;\r\n\tspf=pass smtp.mailfrom=vpfutures.com.hk;\r\n\tdkim=pass header.d=vpfutures.com.hk;\r\n\tdmarc=pass header.from=vpfutures.com.hk"]
    write("07-forged-pass-below.eml", with_form(
        exo_received("198.51.100.19", "mail.vpfutures-hk.example", t, 7)
        + exo_stamps("fail", "none", "fail", "fail reason=000", "198.51.100.19", "vpfutures.com.hk", "none", "vpfutures.com.hk",
                     "Fail (protection.outlook.com: domain of vpfutures.com.hk does not designate 198.51.100.19 as permitted sender)", scl=5)
        + forged
        + person("\"Ho Mei Ling\" <meiling.ho@vpfutures.com.hk>", "PS2 results", t, "20231127200500.19@mail.vpfutures-hk.example"),
        "Result form attached.",
        "exceljs/result-words.xlsx", "VP result.xlsx", XLSX, "=_f19"))

    # 08: behind Google: Gmail's own stamp, authserv-id mx.google.com, DKIM by header.i, DMARC with its policy.
    t = hkt(27, 14, 12)
    write("08-gmail-pass.eml", with_form(
        [f"Received: by 2002:a05:7300:5d8d:b0:13a:1f3b:2c44 with SMTP id w13csp2216553dyc;\r\n        {when(t)}",
         "ARC-Seal: i=1; a=rsa-sha256; t=1701065520; cv=none;\r\n        d=google.com; s=arc-20160816;\r\n        b=Qm9ndXMgc2lnbmF0dXJl",
         "Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@tpssec.com.hk header.s=google header.b=dGVzdA2b;\r\n"
         "       spf=pass (google.com: domain of wingsze.ng@tpssec.com.hk designates 209.85.220.41 as permitted sender) smtp.mailfrom=wingsze.ng@tpssec.com.hk;\r\n"
         "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=tpssec.com.hk",
         "Received-SPF: pass (google.com: domain of wingsze.ng@tpssec.com.hk designates 209.85.220.41 as permitted sender) client-ip=209.85.220.41;"]
        + person("Ng Wing Sze <wingsze.ng@tpssec.com.hk>", "Result form", t, "CAJ3kfX0c8v=Tq4q0Ynq5p9mW2Lh+Y5eQ@mail.gmail.com"),
        "Hi,\r\n\r\nOur result form is attached.\r\n\r\nWing Sze",
        "wordxml/result-legacy-fields.docx", "TPS result.docx", DOCX, "000000000000a1b2c3060b2f4e51"))

    # 09: Outlook's out-of-office answer to one of our replies (Exchange: auto-generated, and asks for no answers itself).
    t = hkt(24, 10, 16)
    write("09-outlook-out-of-office.eml", plain(
        exo_received("203.0.113.25", "mail.acme.com.hk", t, 9)
        + exo_stamps("pass", "pass", "pass", "pass reason=100", "203.0.113.25", "acme.com.hk", "acme.com.hk", "acme.com.hk", "Pass")
        + person("\"Chan Tai Man\" <tm.chan@acme.com.hk>", "Automatic reply: RE: HDS/23/1109 Intention Form - Acme Securities", t, "SG2PR04MB9876AF00A1B2C3D4E5F6A7B8C9D0@SG2PR04MB9876.apcprd04.prod.outlook.com")
        + ["Thread-Topic: HDS/23/1109 Intention Form - Acme Securities", "Thread-Index: AQHaHrq1oOoOoOoOoOoOoOoOoOoOoA==",
           "In-Reply-To: <desk-reply-01@hkex.com.hk>", "References: <desk-reply-01@hkex.com.hk>",
           "Auto-Submitted: auto-generated", "X-MS-Has-Attach:", "X-Auto-Response-Suppress: All", "X-MS-TNEF-Correlator:",
           "x-ms-exchange-generated-message-source: Mailbox Rules Agent"],
        "I am out of the office until 4 December with limited access to e-mail.\r\nFor urgent matters please call +852 2211 6000."))

    # 10: Gmail's vacation responder answering a reminder (RFC 3834's auto-replied).
    t = hkt(25, 9, 2)
    write("10-gmail-vacation.eml", plain(
        [f"Received: by mail-sor-f41.google.com with SMTP id 5b1f17b1804b1-40c2b0f1e4bso12345;\r\n        {when(t)}",
         "Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@tpssec.com.hk header.s=google;\r\n       spf=pass smtp.mailfrom=wingsze.ng@tpssec.com.hk;\r\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=tpssec.com.hk"]
        + person("Ng Wing Sze <wingsze.ng@tpssec.com.hk>", "Re: Reminder: HDS/23/1109 Appendix B - Result Form due 27 Nov 2023", t, "CAJ3kfX1vacation0001@mail.gmail.com")
        + ["In-Reply-To: <desk-reminder-0019@hkex.com.hk>", "References: <desk-reminder-0019@hkex.com.hk>", "Auto-Submitted: auto-replied"],
        "I am on leave until 30 November. Please contact ops@tpssec.com.hk."))

    # 11: Postfix bounces one of our reminders: RFC 3464 report, the whole reminder returned (with its blank form).
    t = hkt(22, 9, 3)
    reminder = (
        f"From: HKEX Hosting Services - Service Desk <{DESK}>{CRLF}To: sf.lee@klnbaycap.com.hk{CRLF}"
        f"Subject: Reminder: HDS/23/1109 Appendix A - Intention Form due 24 Nov 2023{CRLF}Date: {when(t - timedelta(minutes=1))}{CRLF}"
        f"Message-ID: <desk-reminder-0235@hkex.com.hk>{CRLF}Auto-Submitted: auto-generated{CRLF}X-Auto-Response-Suppress: All{CRLF}"
        f"X-HSN-Forms: reminder{CRLF}MIME-Version: 1.0{CRLF}Content-Type: multipart/mixed; boundary=\"=-reminder\"{CRLF}{CRLF}"
        + text_part("=-reminder", "This is a reminder that the Appendix A - Intention Form is due on or before 24 Nov 2023.")
        + form_part("libreoffice/intention-acme.docx", "HDS-23-1109 intention form.docx", "=-reminder", DOCX)
        + f"--=-reminder--{CRLF}")
    boundary = "4Sb8gk0Yv2z9tQb.1700615000/mail.klnbaycap.com.hk"
    write("11-postfix-bounce-of-reminder.eml", CRLF.join([
        f"Received: from mail.klnbaycap.com.hk (mail.klnbaycap.com.hk [203.0.113.35]) by mx1.hkex.com.hk; {when(t)}",
        "Authentication-Results: spf=pass (sender IP is 203.0.113.35)\r\n smtp.helo=mail.klnbaycap.com.hk; dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=mail.klnbaycap.com.hk;compauth=softpass reason=201",
        "Return-Path: <>",
        f"Date: {when(t)}", "From: MAILER-DAEMON@mail.klnbaycap.com.hk (Mail Delivery System)",
        "Subject: Undelivered Mail Returned to Sender", f"To: {DESK}", "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0", f"Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"{boundary}\"",
        "Content-Transfer-Encoding: 8bit", "Message-Id: <20231122010300.4Sb8gk0Yv2z9tQb@mail.klnbaycap.com.hk>", "",
        "This is a MIME-encapsulated message.", "",
        f"--{boundary}", "Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii", "",
        "This is the mail system at host mail.klnbaycap.com.hk.", "",
        "I'm sorry to have to inform you that your message could not", "be delivered to one or more recipients. It's attached below.", "",
        "                   The mail system", "",
        "<sf.lee@klnbaycap.com.hk>: user unknown", "",
        f"--{boundary}", "Content-Description: Delivery report", "Content-Type: message/delivery-status", "",
        "Reporting-MTA: dns; mail.klnbaycap.com.hk", "X-Postfix-Queue-ID: 4Sb8gk0Yv2z9tQb",
        f"X-Postfix-Sender: rfc822; {DESK}", f"Arrival-Date: {when(t - timedelta(minutes=1))}", "",
        "Final-Recipient: rfc822; sf.lee@klnbaycap.com.hk", "Original-Recipient: rfc822;sf.lee@klnbaycap.com.hk",
        "Action: failed", "Status: 5.1.1", "Diagnostic-Code: X-Postfix; unknown user: \"sf.lee\"", "",
        f"--{boundary}", "Content-Description: Undelivered Message", "Content-Type: message/rfc822", "Content-Transfer-Encoding: 8bit", "",
        reminder, f"--{boundary}--", ""]))

    # 12: Exchange Online bounces one of our acknowledgements: its report with the returned headers only.
    t = hkt(23, 10, 31)
    boundary = "6e2b7c9a-1f3d-4b5e-9a8c-7d6e5f4a3b2c"
    returned = CRLF.join([
        "Received: from HK2PR06MB4567.apcprd06.prod.outlook.com (2603:1096:4:10::16) by", " SG2PR06MB5123.apcprd06.prod.outlook.com; " + when(t),
        f"From: HKEX Hosting Services - Service Desk <{DESK}>", "To: <ops@acme.com.hk>",
        "Subject: RE: Intention for our sister company", f"Date: {when(t - timedelta(minutes=1))}",
        "Message-ID: <desk-reply-0427@hkex.com.hk>", "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
        "X-HSN-Forms: acknowledgement", "MIME-Version: 1.0", "Content-Type: text/html; charset=\"utf-8\"", ""])
    write("12-exchange-ndr-of-acknowledgement.eml", CRLF.join([
        f"Received: from HK2PR06MB4567.apcprd06.prod.outlook.com (2603:1096:4:10::16) by HK2PR06MB4567.apcprd06.prod.outlook.com with HTTPS; {when(t)}",
        "MIME-Version: 1.0", "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hkex.onmicrosoft.com>",
        f"To: <{DESK}>", f"Date: {when(t)}",
        f"Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"{boundary}\"",
        "X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US",
        "Message-ID: <a1b2c3d4-0000-4e5f-8a9b-0c1d2e3f4a5b@HK2PR06MB4567.apcprd06.prod.outlook.com>",
        "In-Reply-To: <desk-reply-0427@hkex.com.hk>", "References: <desk-reply-0427@hkex.com.hk>",
        "Subject: Undeliverable: RE: Intention for our sister company", "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Organization-SCL: -1", "X-MS-Exchange-Organization-AuthSource: HK2PR06MB4567.apcprd06.prod.outlook.com",
        "X-MS-Exchange-Organization-AuthAs: Internal", "Return-Path: <>", "",
        f"--{boundary}", "Content-Type: text/plain; charset=\"us-ascii\"", "",
        "Your message to ops@acme.com.hk couldn't be delivered.", "ops wasn't found at acme.com.hk.", "",
        "Diagnostic information for administrators:", "Generating server: HK2PR06MB4567.apcprd06.prod.outlook.com", "",
        "ops@acme.com.hk", "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", "",
        f"--{boundary}", "Content-Type: message/delivery-status", "",
        "Reporting-MTA: dns;HK2PR06MB4567.apcprd06.prod.outlook.com", "Received-From-MTA: dns;HK2PR06MB4567.apcprd06.prod.outlook.com",
        f"Arrival-Date: {when(t - timedelta(minutes=1))}", "",
        "Original-Recipient: rfc822;ops@acme.com.hk", "Final-Recipient: rfc822;ops@acme.com.hk", "Action: failed", "Status: 5.1.10",
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "",
        f"--{boundary}", "Content-Type: text/rfc822-headers", "", returned, f"--{boundary}--", ""]))

    # 13: Mailman 3 relays a subscriber's form to its list, From rewritten for DMARC, list headers added.
    t = hkt(27, 16, 20)
    write("13-mailman-list-with-form.eml", with_form(
        exo_received("203.0.113.60", "lists.pearlriver.com.hk", t, 13)
        + exo_stamps("pass", "pass", "pass", "pass reason=100", "203.0.113.60", "lists.pearlriver.com.hk", "lists.pearlriver.com.hk", "lists.pearlriver.com.hk", "Pass")
        + person("\"Cheung Wing Kei via Hsn-ops\" <hsn-ops@lists.pearlriver.com.hk>", "[Hsn-ops] Result form", t, "170107202000.1313@pearlriver.com.hk")
        + ["Reply-To: \"Cheung Wing Kei\" <wk.cheung@pearlriver.com.hk>",
           "X-Mailman-Version: 3.3.8", "Precedence: list", "List-Id: HSN operations <hsn-ops.lists.pearlriver.com.hk>",
           "Archived-At: <https://lists.pearlriver.com.hk/archives/list/hsn-ops@lists.pearlriver.com.hk/message/Q3X4Y5Z6/>",
           "List-Archive: <https://lists.pearlriver.com.hk/archives/list/hsn-ops@lists.pearlriver.com.hk/>",
           "List-Help: <mailto:hsn-ops-request@lists.pearlriver.com.hk?subject=help>",
           "List-Owner: <mailto:hsn-ops-owner@lists.pearlriver.com.hk>",
           "List-Post: <mailto:hsn-ops@lists.pearlriver.com.hk>",
           "List-Subscribe: <mailto:hsn-ops-join@lists.pearlriver.com.hk>",
           "List-Unsubscribe: <mailto:hsn-ops-leave@lists.pearlriver.com.hk>"],
        "Result form for PS2 attached.",
        "exceljs/result-table.xlsx", "PRS result.xlsx", XLSX, "===============1313=="))

    # 14: Google Groups relays a subscriber's form ("'Name' via Group"), with its own list headers.
    t = hkt(27, 11, 0)
    write("14-google-groups-with-form.eml", with_form(
        exo_received("209.85.220.69", "mail-sor-f69.google.com", t, 14)
        + exo_stamps("pass", "pass", "pass", "pass reason=100", "209.85.220.69", "vpfutures.com.hk", "vpfutures.com.hk", "vpfutures.com.hk", "Pass")
        + person("'Ho Mei Ling' via VP Operations <vp-ops@vpfutures.com.hk>", "PS2 result form", t, "CAKq9xX2gg0001=Yv@mail.gmail.com")
        + ["Reply-To: Ho Mei Ling <meiling.ho@vpfutures.com.hk>",
           "X-Original-Sender: meiling.ho@vpfutures.com.hk",
           "X-Original-Authentication-Results: mx.google.com;       dkim=pass header.i=@vpfutures.com.hk header.s=google;       spf=pass smtp.mailfrom=meiling.ho@vpfutures.com.hk;       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=vpfutures.com.hk",
           "Precedence: list", "Mailing-list: list vp-ops@vpfutures.com.hk; contact vp-ops+owners@vpfutures.com.hk",
           "List-ID: <vp-ops.vpfutures.com.hk>", "X-Spam-Checked-In-Group: meiling.ho@vpfutures.com.hk",
           "X-Google-Group-Id: 918273645501",
           "List-Post: <https://groups.google.com/a/vpfutures.com.hk/group/vp-ops/post>, <mailto:vp-ops@vpfutures.com.hk>",
           "List-Help: <https://support.google.com/a/vpfutures.com.hk/bin/topic.py?topic=25838>, <mailto:vp-ops+help@vpfutures.com.hk>",
           "List-Archive: <https://groups.google.com/a/vpfutures.com.hk/group/vp-ops/>",
           "List-Unsubscribe: <mailto:googlegroups-manage+918273645501+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/a/vpfutures.com.hk/group/vp-ops/subscribe>"],
        "Please find the result form.",
        "libreoffice/result-victoria-words.docx", "VP result.docx", DOCX, "000000000000ggroups0014"))

    # 15: a document system sends a form from a no-reply address.
    t = hkt(27, 9, 30)
    write("15-noreply-sender.eml", with_form(
        exo_received("203.0.113.26", "docs.acme.com.hk", t, 15)
        + exo_stamps("pass", "pass", "pass", "pass reason=100", "203.0.113.26", "acme.com.hk", "acme.com.hk", "acme.com.hk", "Pass")
        + person("\"Acme Document Centre\" <no-reply@acme.com.hk>", "Document delivery: HDS/23/1109 Result Form", t, "docs-20231127093000-1515@acme.com.hk"),
        "This message was sent by Acme Document Centre. Replies to this address are not read.",
        "libreoffice/result-acme.docx", "HDS-23-1109 Result Form.docx", DOCX, "=_docs1515"))

    # 16: a bounce of mail we never sent (a spammer wrote an hkex.com.hk sender): a report, nobody to mark.
    t = hkt(25, 3, 12)
    boundary = "B7Q2.1700852000/mx.example.net"
    write("16-bounce-not-ours.eml", CRLF.join([
        f"Received: from mx.example.net (mx.example.net [192.0.2.50]) by mx1.hkex.com.hk; {when(t)}",
        "Authentication-Results: spf=pass (sender IP is 192.0.2.50)\r\n smtp.helo=mx.example.net; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=mx.example.net;compauth=softpass reason=201",
        "Return-Path: <>", f"Date: {when(t)}", "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)",
        "Subject: Undelivered Mail Returned to Sender", "To: accounts@hkex.com.hk", "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0", f"Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"{boundary}\"",
        "Message-Id: <20231124191200.B7Q2@mx.example.net>", "",
        f"--{boundary}", "Content-Type: text/plain; charset=us-ascii", "", "<nobody@example.net>: mailbox unavailable", "",
        f"--{boundary}", "Content-Type: message/delivery-status", "",
        "Reporting-MTA: dns; mx.example.net", "", "Final-Recipient: rfc822; nobody@example.net", "Action: failed", "Status: 5.1.1", "",
        f"--{boundary}", "Content-Type: text/rfc822-headers", "",
        "From: \"Accounts\" <accounts@hkex.com.hk>", "To: nobody@example.net", "Subject: Your invoice is ready", "Message-ID: <spam-88412@198.51.100.200>", "",
        f"--{boundary}--", ""]))

    # 17: a bulk newsletter from a subscriber's domain that names the circular, with nothing attached.
    t = hkt(26, 8, 0)
    write("17-newsletter-bulk.eml", plain(
        exo_received("203.0.113.90", "news.hfis.com.hk", t, 17)
        + exo_stamps("pass", "pass", "pass", "pass reason=100", "203.0.113.90", "news.hfis.com.hk", "hfis.com.hk", "hfis.com.hk", "Pass")
        + person("\"Harbourfront Weekly\" <news@hfis.com.hk>", "Harbourfront weekly: what HDS/23/1109 means for you", t, "news-2023-47@news.hfis.com.hk")
        + ["Precedence: bulk", "List-Unsubscribe: <https://news.hfis.com.hk/unsubscribe?u=4471>, <mailto:unsubscribe@news.hfis.com.hk>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
        "This week: the second practice session of the backbone upgrade, and what it means for you."))


if __name__ == "__main__":
    main()
