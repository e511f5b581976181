#!/usr/bin/env python3
"""Writes tests/assets/mail/*.eml: subscribers' forms as other mail programs and people send them.

Each message is made by a real tool where one makes that idiom (Python's email package under several
policies, mpack, mutt, s-nail, openssl smime) and by hand where only a person or an odd client does
(Apple Mail's inline attachments, base64 at odd widths, no Date header, ...). Tools that would send
are pointed at a script that only writes what they hand it to a file: nothing is ever sent.
The oracle is ../../mail/expected.json, written by hand from forms.md; this script does not write it.

Needs: python3, Debian packages mpack mutt s-nail openssl tnef (tnef only to check winmail.dat).
    python3 tests/assets/make/mail/make_mail.py
"""
import base64, email, email.policy, io, os, pathlib, quopri, re, shutil, subprocess, sys, tempfile, zipfile
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import tnef  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[4]
ASSETS = ROOT / "tests" / "assets"
OUT = ASSETS / "mail"
HKT = timezone(timedelta(hours=8))
DESK = "HKEX Hosting Services <hsservicedesk@hkex.com.hk>"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def form(path):
    return (ASSETS / "forms" / path).read_bytes()


def hkt(day, hour, minute):
    return datetime(2023, 11, day, hour, minute, tzinfo=HKT)


def received(domain, moment):
    """The service desk's own MX stamp, as the mailbox server adds it on delivery."""
    return (f"from mail.{domain} (mail.{domain} [203.0.113.25]) by mx1.hkex.com.hk with ESMTPS id "
            f"4Sb{moment:%d%H%M}x; {format_datetime(moment)}")


def write(name, data: bytes):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / name).write_bytes(data)
    print(f"{name}: {len(data)} bytes")


def b64_lines(data, width, eol):
    text = base64.b64encode(data).decode()
    return eol.join(text[i:i + width] for i in range(0, len(text), width))


# --- Python's email package ---------------------------------------------------------------------

def outlook_alternative():
    """Outlook: mixed > alternative (text + html) + the form as application/octet-stream, CRLF, base64."""
    when = hkt(22, 10, 15)
    m = EmailMessage(policy=email.policy.SMTP)
    m["Received"] = received("acme.com.hk", when)
    m["From"] = "Chan Tai Man <tm.chan@acme.com.hk>"
    m["To"] = DESK
    m["Subject"] = "HDS/23/1109 Intention Form - Acme Securities"
    m["Date"] = format_datetime(when - timedelta(minutes=1))
    m["Message-ID"] = "<AM0PR03MB4563A1B2C3D4E5F6@AM0PR03MB4563.eurprd03.prod.outlook.example>"
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m["Thread-Index"] = "AdoczqXhB8c1Yw1aT3eJmQ=="
    m.set_content("Dear Service Desk,\r\n\r\nPlease find attached our intention form.\r\n\r\nRegards,\r\nChan Tai Man\r\n")
    m.add_alternative("<html><body><p>Dear Service Desk,</p><p>Please find attached our intention form.</p>"
                      "<p>Regards,<br>Chan Tai Man</p></body></html>", subtype="html")
    m.add_attachment(form("libreoffice/intention-acme.docx"), maintype="application", subtype="octet-stream",
                     filename="Intention Form.docx")
    write("01-outlook-alternative-octet-stream.eml", m.as_bytes())


def rfc2231_chinese():
    """Python's default policy: a Chinese file name as RFC 2231 (filename*=utf-8''...), UTF-8 subject."""
    when = hkt(23, 17, 45)
    m = EmailMessage(policy=email.policy.default)
    m["Received"] = received("goldenharbour.com.hk", when)
    m["From"] = "Wong Ka Ming <kaming.wong@goldenharbour.com.hk>"
    m["To"] = DESK
    m["Subject"] = "HDS/23/1109 意向表格 (金港經紀)"
    m["Date"] = format_datetime(when - timedelta(minutes=3))
    m["Message-ID"] = "<rfc2231.7781@goldenharbour.com.hk>"
    m.set_content("附上意向表格。\nPlease find our intention form attached.\n")
    m.add_attachment(form("libreoffice/intention-golden-harbour.docx"), maintype="application",
                     subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="意向表格.docx")
    write("02-rfc2231-chinese-filename.eml", m.as_bytes())


def big5_encoded_words():
    """compat32 (email.mime): Big5 encoded-word subject and file name, as Foxmail/Outlook Express wrote them."""
    when = hkt(21, 9, 5)
    m = MIMEMultipart()
    m["Received"] = received("klnbaycap.com.hk", when)
    m["From"] = Header("李小芳", "big5").encode().replace("big5_tw", "big5") + " <sf.lee@klnbaycap.com.hk>"
    m["To"] = DESK
    m["Subject"] = Header("回覆: HDS/23/1109 意向表格 - 不參與", "big5")
    m["Date"] = format_datetime(when - timedelta(minutes=2))
    m["Message-ID"] = "<big5.2023112109@klnbaycap.com.hk>"
    m.attach(MIMEText("我們不參與演習。", "plain", "big5"))
    part = MIMEApplication(form("libreoffice/intention-decline-kowloon.docx"), _subtype="msword")
    encoded = Header("意向表格-九龍灣.docx", "big5").encode()
    part.set_param("name", encoded)
    part.add_header("Content-Disposition", "attachment", filename=encoded)
    m.attach(part)
    # Python names the charset "big5_tw"; mail clients write "big5".
    write("03-big5-encoded-word-filename.eml", m.as_bytes().replace(b"=?big5_tw?", b"=?big5?"))


def gb2312_quoted_printable():
    """compat32: GB2312 subject and file name, a quoted-printable GB2312 body (Chinese mainland clients)."""
    when = hkt(27, 14, 10)
    m = MIMEMultipart()
    m["Received"] = received("vpfutures.com.hk", when)
    m["From"] = "Ho Mei Ling <meiling.ho@vpfutures.com.hk>"
    m["To"] = DESK
    m["Subject"] = Header("HDS/23/1109 结果表格 - 维多利亚峰期货", "gb2312")
    m["Date"] = format_datetime(when - timedelta(minutes=5))
    m["Message-ID"] = "<gb2312.20231127@vpfutures.com.hk>"
    cs = Charset("gb2312")
    cs.body_encoding = QP
    text = MIMEText("", "plain")
    text.set_payload("您好，\n\n附件是我们的演习结果表格，请查收。谢谢！\n", cs)
    m.attach(text)
    part = MIMEApplication(form("libreoffice/result-victoria-words.docx"), _subtype="octet-stream")
    encoded = Header("结果表格.docx", "gb2312").encode()
    part.set_param("name", encoded)
    part.add_header("Content-Disposition", "attachment", filename=encoded)
    m.attach(part)
    # Python names the charset "eucgb2312_cn"; mail clients write "gb2312".
    write("04-gb2312-quoted-printable.eml", m.as_bytes().replace(b"=?eucgb2312_cn?", b"=?gb2312?"))


def forwarded():
    """A colleague forwards the subscriber's own mail as an attachment (message/rfc822)."""
    inner_when, when = hkt(22, 9, 0), hkt(23, 18, 2)
    inner = EmailMessage(policy=email.policy.default)
    inner["From"] = "Ho Mei Ling <meiling.ho@vpfutures.com.hk>"
    inner["To"] = "IT Operations <itops@vpfutures.com.hk>"
    inner["Subject"] = "Intention form for PS2 - please send to HKEX"
    inner["Date"] = format_datetime(inner_when)
    inner["Message-ID"] = "<inner.0922@vpfutures.com.hk>"
    inner.set_content("Please send this to the service desk.\n")
    inner.add_attachment(form("exceljs/intention-below-defined-names.xlsx"), maintype="application",
                         subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="intention.xlsx")
    outer = EmailMessage(policy=email.policy.default)
    outer["Received"] = received("vpfutures.com.hk", when)
    outer["From"] = "IT Operations <itops@vpfutures.com.hk>"
    outer["To"] = DESK
    outer["Subject"] = "FW: Intention form for PS2 - please send to HKEX"
    outer["Date"] = format_datetime(when)
    outer["Message-ID"] = "<fw.1802@vpfutures.com.hk>"
    outer.set_content("Forwarding Ms Ho's message with our intention form.\n")
    outer.add_attachment(inner)
    write("08-forwarded-message-rfc822.eml", outer.as_bytes())


def forwarded_twice():
    """A forward of a forward: the form sits two message/rfc822 levels down."""
    first = EmailMessage(policy=email.policy.default)
    first["From"] = "Tsang Kwok Wai <kw.tsang@hfis.com.hk>"
    first["To"] = "Compliance <compliance@hfis.com.hk>"
    first["Subject"] = "HDS/23/1109 Appendix A for sign-off"
    first["Date"] = format_datetime(hkt(20, 11, 0))
    first["Message-ID"] = "<first.2011@hfis.com.hk>"
    first.set_content("Please sign off.\n")
    first.add_attachment(form("wordxml/intention-split-runs.docx"), maintype="application",
                         subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="Appendix A.docx")
    second = EmailMessage(policy=email.policy.default)
    second["From"] = "Compliance <compliance@hfis.com.hk>"
    second["To"] = "Tsang Kwok Wai <kw.tsang@hfis.com.hk>"
    second["Subject"] = "FW: HDS/23/1109 Appendix A for sign-off"
    second["Date"] = format_datetime(hkt(21, 9, 0))
    second["Message-ID"] = "<second.2109@hfis.com.hk>"
    second.set_content("Signed off, please send.\n")
    second.add_attachment(first)
    when = hkt(21, 14, 30)
    third = EmailMessage(policy=email.policy.default)
    third["Received"] = received("hfis.com.hk", when)
    third["From"] = "Tsang Kwok Wai <kw.tsang@hfis.com.hk>"
    third["To"] = DESK
    third["Subject"] = "FW: FW: HDS/23/1109 Appendix A for sign-off"
    third["Date"] = format_datetime(when)
    third["Message-ID"] = "<third.2114@hfis.com.hk>"
    third.set_content("Our intention form, signed off, below.\n")
    third.add_attachment(second)
    write("09-forwarded-two-levels.eml", third.as_bytes())


def same_form_twice():
    """The same file attached twice (dragged in twice): one submission."""
    when = hkt(27, 11, 0)
    m = EmailMessage(policy=email.policy.default)
    m["Received"] = received("pearlriver.com.hk", when)
    m["From"] = "Cheung Wing Kei <wk.cheung@pearlriver.com.hk>"
    m["To"] = DESK
    m["Subject"] = "Result form"
    m["Date"] = format_datetime(when)
    m["Message-ID"] = "<twice.1100@pearlriver.com.hk>"
    m.set_content("Result form attached.\n")
    for name in ("result.xlsx", "result (2).xlsx"):
        m.add_attachment(form("exceljs/result-table.xlsx"), maintype="application",
                         subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename=name)
    write("15-same-form-twice.eml", m.as_bytes())


def encoded_display_name():
    """From with a UTF-8 encoded-word display name and a mixed-case address."""
    when = hkt(23, 15, 20)
    m = EmailMessage(policy=email.policy.default)
    m["Received"] = received("silverminebay.com.hk", when)
    m["From"] = "郭佩珊 (Silvermine Bay) <Ps.Kwok@SilvermineBay.COM.hk>"
    m["To"] = DESK
    m["Subject"] = "Appendix A"
    m["Date"] = format_datetime(when)
    m["Message-ID"] = "<mixedcase.1520@silverminebay.com.hk>"
    m.set_content("Attached.\n")
    m.add_attachment(form("sheetjs/intention-str-cells.xlsx"), maintype="application",
                     subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="Appendix A.xlsx")
    write("19-encoded-display-name-mixed-case.eml", m.as_bytes())


# --- Outlook rich text: TNEF -----------------------------------------------------------------------

def outlook_tnef():
    """Outlook sending rich text: the forms only inside winmail.dat (application/ms-tnef)."""
    when = hkt(26, 10, 30)
    dat = tnef.winmail("HDS/23/1109 forms", when.replace(tzinfo=None), "Please find both forms attached.", [
        ("Intention Form - Causeway.docx", "INTENT~1.DOC", DOCX, form("wordxml/intention-content-controls.docx")),
        ("Result Form - Causeway.docx", "RESULT~1.DOC", DOCX, form("wordxml/result-checkbox-controls.docx")),
    ])
    with tempfile.TemporaryDirectory() as tmp:
        (pathlib.Path(tmp) / "winmail.dat").write_bytes(dat)
        listed = subprocess.run(["tnef", "-t", str(pathlib.Path(tmp) / "winmail.dat")], capture_output=True, text=True, check=True).stdout
        assert "Intention Form - Causeway.docx" in listed and "Result Form - Causeway.docx" in listed, listed
    m = MIMEMultipart()
    m["Received"] = received("causewaymkts.com.hk", when)
    m["From"] = "Leung Chi Hang <ch.leung@causewaymkts.com.hk>"
    m["To"] = DESK
    m["Subject"] = "HDS/23/1109 forms"
    m["Date"] = format_datetime(when)
    m["Message-ID"] = "<000001da1f2b$6f1c2a30$4d547e90$@causewaymkts.com.hk>"
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m["X-MS-TNEF-Correlator"] = "00000000A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6"
    m.attach(MIMEText("Please find both forms attached.\r\n", "plain", "us-ascii"))
    part = MIMEApplication(dat, _subtype="ms-tnef", name="winmail.dat")
    part.add_header("Content-Disposition", "attachment", filename="winmail.dat")
    m.attach(part)
    write("07-outlook-tnef-winmail-dat.eml", m.as_bytes().replace(b"\n", b"\r\n"))


# --- Command-line mail programs, writing to a file instead of sending -----------------------------

def capture_script(tmp, target):
    script = pathlib.Path(tmp) / "capture-sendmail"
    script.write_text(f"#!/bin/sh\ncat > '{target}'\n")
    script.chmod(0o755)
    return script


def stamp(raw: bytes, domain, when, message_id):
    """The envelope the desk's MX and the client's clock would give: Received, fixed Date and Message-ID."""
    text = raw.decode("utf-8", "surrogateescape")
    head, sep, body = text.partition("\n\n")
    head = re.sub(r"^(Date|Message-ID|Message-Id|User-Agent):.*(\n[ \t].*)*\n?", "", head, flags=re.M | re.I)
    head = f"Received: {received(domain, when)}\nDate: {format_datetime(when)}\nMessage-ID: {message_id}\n" + head.rstrip("\n")
    return (head + sep + body).encode("utf-8", "surrogateescape")


def mutt_two_forms():
    """mutt with two attachments (intention and result) in one message."""
    when = hkt(27, 12, 0)
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "out.eml"
        sendmail = capture_script(tmp, out)
        files = []
        for name, src in (("intention-lotus.xlsx", "libreoffice/intention-lotus.xlsx"), ("result-lotus.xlsx", "libreoffice/result-lotus.xlsx")):
            files.append(pathlib.Path(tmp) / name)
            files[-1].write_bytes(form(src))
        env = dict(os.environ, HOME=tmp, TZ="Asia/Hong_Kong")
        subprocess.run(["mutt", "-n", "-F", "/dev/null",
                        "-e", f"set sendmail='{sendmail}'", "-e", "set use_from=yes", "-e", "set from='ck.lam@lotusam.com.hk'",
                        "-e", "set realname='Lam Chi Keung'", "-e", "set hostname=lotusam.com.hk", "-e", "set charset=utf-8",
                        "-s", "HDS/23/1109 Intention and Result forms", "-a", str(files[0]), str(files[1]), "--", "hsservicedesk@hkex.com.hk"],
                       input=b"Both forms attached.\n\nLam Chi Keung\n", env=env, check=True)
        write("14-mutt-two-forms.eml", stamp(out.read_bytes(), "lotusam.com.hk", when, "<mutt.1200@lotusam.com.hk>"))


def snail(name, sender, subject, body, attachments, domain, when, message_id):
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "out.eml"
        sendmail = capture_script(tmp, out)
        args = ["s-nail", "-#", "-:/", "-S", f"mta={sendmail}", "-S", "sendcharsets=utf-8", "-r", sender, "-s", subject]
        for a in attachments:
            args += ["-a", str(a(tmp))]
        env = dict(os.environ, HOME=tmp, MAILRC="/dev/null", TZ="Asia/Hong_Kong")
        subprocess.run(args + ["-.", "hsservicedesk@hkex.com.hk"], input=body.encode(), env=env, check=True)
        write(name, stamp(out.read_bytes(), domain, when, message_id))


def snail_zip():
    """s-nail with a zip holding the result form (a subscriber who zips everything)."""
    def zipped(tmp):
        path = pathlib.Path(tmp) / "PS2 forms.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("PS2 forms/result-acme.docx", form("libreoffice/result-acme.docx"))
        return path
    snail("13-zip-holding-a-form.eml", "Chan Tai Man <tm.chan@acme.com.hk>", "HDS/23/1109 Result form (zipped)",
          "Our result form is in the zip.\n", [zipped], "acme.com.hk", hkt(27, 16, 0), "<snail.zip@acme.com.hk>")


def snail_no_attachment():
    """s-nail, a question and no form."""
    snail("16-no-attachment.eml", "Yeung Hoi Yan <hoiyan.yeung@jadedragon.com.hk>", "RE: HDS/23/1109 question about PS2",
          "Do we need to send the result form if we do not join?\n", [], "jadedragon.com.hk", hkt(24, 11, 0), "<snail.q@jadedragon.com.hk>")


def mpack_form():
    """mpack: application/octet-stream, Content-Disposition inline, base64 at 72 columns, a Content-MD5."""
    when = hkt(27, 17, 30)
    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / "result-words.xlsx"
        src.write_bytes(form("exceljs/result-words.xlsx"))
        out = pathlib.Path(tmp) / "out.eml"
        subprocess.run(["mpack", "-s", "PS2 result form", "-o", str(out), str(src)], check=True, env=dict(os.environ, TMPDIR=tmp))
        raw = out.read_bytes()
    raw = b"From: meiling.ho@vpfutures.com.hk\nTo: hsservicedesk@hkex.com.hk\n" + raw
    write("21-mpack-inline-octet-stream.eml", stamp(raw, "vpfutures.com.hk", when, "<mpack.1730@vpfutures.com.hk>"))


def smime_signed():
    """openssl smime -sign: multipart/signed with the form, and smime.p7s beside it (banks sign their mail)."""
    when = hkt(27, 15, 0)
    with tempfile.TemporaryDirectory() as tmp:
        t = pathlib.Path(tmp)
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650", "-subj",
                        "/CN=Wong Ka Ming/emailAddress=kaming.wong@goldenharbour.com.hk",
                        "-keyout", str(t / "key.pem"), "-out", str(t / "cert.pem")], check=True, capture_output=True)
        inner = MIMEMultipart()
        inner.attach(MIMEText("Result form attached (signed).\r\n", "plain", "us-ascii"))
        part = MIMEApplication(form("libreoffice/result-missing-phone.xlsx"), _subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        part.add_header("Content-Disposition", "attachment", filename="Result Form.xlsx")
        inner.attach(part)
        (t / "inner.eml").write_bytes(inner.as_bytes().split(b"\n", 1)[1] if inner.as_bytes().startswith(b"MIME-Version") else inner.as_bytes())
        signed = subprocess.run(["openssl", "smime", "-sign", "-in", str(t / "inner.eml"), "-signer", str(t / "cert.pem"),
                                 "-inkey", str(t / "key.pem"), "-from", "kaming.wong@goldenharbour.com.hk",
                                 "-to", "hsservicedesk@hkex.com.hk", "-subject", "HDS/23/1109 Result form"],
                                check=True, capture_output=True).stdout
    raw = signed.replace(b"\r\n", b"\n")
    write("20-smime-signed.eml", stamp(raw, "goldenharbour.com.hk", when, "<smime.1500@goldenharbour.com.hk>"))


# --- By hand: idioms no tool here makes -------------------------------------------------------------

def hand(name, lines, eol="\r\n"):
    write(name, eol.join(lines).encode("utf-8") + eol.encode())


def base64_64_lf():
    """base64 at 64 columns (PEM width) and bare LF line ends, as Unix scripts write it."""
    when = hkt(23, 11, 0)
    hand("05-base64-64-columns-lf.eml", [
        f"Received: {received('pearlriver.com.hk', when)}",
        "From: wk.cheung@pearlriver.com.hk",
        "To: hsservicedesk@hkex.com.hk",
        "Subject: Intention form for PS2",
        f"Date: {format_datetime(when)}",
        "Message-ID: <b64-64-lf@pearlriver.com.hk>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="=_b64_64"',
        "",
        "--=_b64_64",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "Form attached.",
        "--=_b64_64",
        f'Content-Type: {XLSX}; name="intention.xlsx"',
        'Content-Disposition: attachment; filename="intention.xlsx"',
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(form("exceljs/intention-right-booleans.xlsx"), 64, "\n"),
        "--=_b64_64--",
    ], eol="\n")


def base64_long_lines_crlf():
    """base64 in lines of 1000 columns with CRLF, as some web mailers and scanners' mailers write it."""
    when = hkt(20, 16, 40)
    hand("06-base64-long-lines-crlf.eml", [
        f"Received: {received('tpssec.com.hk', when)}",
        "From: \"Ng Wing Sze\" <wingsze.ng@tpssec.com.hk>",
        "To: hsservicedesk@hkex.com.hk",
        "Subject: RE: HDS/23/1109 Practice Session 2",
        f"Date: {format_datetime(when)}",
        "Message-ID: <b64-long@tpssec.com.hk>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="----=_Part_0_1234"',
        "",
        "------=_Part_0_1234",
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        quopri.encodestring("<p>Please see the attached form.&nbsp;Thank you — 謝謝</p>".encode()).decode().replace("\n", "\r\n"),
        "------=_Part_0_1234",
        f'Content-Type: {DOCX}; name="intention form.docx"',
        'Content-Disposition: attachment; filename="intention form.docx"',
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(form("wordxml/intention-legacy-fields.docx"), 1000, "\r\n"),
        "------=_Part_0_1234--",
    ])


def apple_inline():
    """Apple Mail: the form with Content-Disposition: inline, a file name and x-unix-mode; a scan as inline too."""
    when = hkt(24, 18, 0)
    hand("10-apple-mail-inline-disposition.eml", [
        f"Received: {received('silverminebay.com.hk', when)}",
        "From: Kwok Pui Shan <ps.kwok@silverminebay.com.hk>",
        "Content-Type: multipart/mixed; boundary=\"Apple-Mail=_5B1C7F3E-2D9A-4C1B-9E0F-7A6B5C4D3E2F\"",
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3731.700.6\\))",
        "Subject: Result form",
        f"Date: {format_datetime(when)}",
        "Message-Id: <A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF@silverminebay.com.hk>",
        "To: hsservicedesk@hkex.com.hk",
        "X-Mailer: Apple Mail (2.3731.700.6)",
        "",
        "",
        "--Apple-Mail=_5B1C7F3E-2D9A-4C1B-9E0F-7A6B5C4D3E2F",
        "Content-Transfer-Encoding: 7bit",
        "Content-Type: text/plain;",
        "\tcharset=us-ascii",
        "",
        "Our result form, and the signed copy as a photo.",
        "",
        "--Apple-Mail=_5B1C7F3E-2D9A-4C1B-9E0F-7A6B5C4D3E2F",
        "Content-Disposition: inline;",
        "\tfilename=Result.xlsx",
        "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;",
        "\tx-unix-mode=0644;",
        "\tname=\"Result.xlsx\"",
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(form("sheetjs/result-merged-ticks.xlsx"), 76, "\r\n"),
        "--Apple-Mail=_5B1C7F3E-2D9A-4C1B-9E0F-7A6B5C4D3E2F",
        "Content-Disposition: inline;",
        "\tfilename=IMG_0412.jpg",
        "Content-Type: image/jpeg;",
        "\tx-unix-mode=0644;",
        "\tname=\"IMG_0412.jpg\"",
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines((ASSETS / "bad" / "scan.jpg").read_bytes(), 76, "\r\n"),
        "--Apple-Mail=_5B1C7F3E-2D9A-4C1B-9E0F-7A6B5C4D3E2F--",
    ])


def name_only():
    """No Content-Disposition at all: only name= on Content-Type (old Lotus Notes, some scripts)."""
    when = hkt(24, 16, 20)
    hand("11-name-only-on-content-type.eml", [
        f"Received: {received('mkequities.com.hk', when)}",
        "From: kc.siu@mkequities.com.hk",
        "To: hsservicedesk@hkex.com.hk",
        "Subject: HDS/23/1109 intention",
        f"Date: {format_datetime(when)}",
        "Message-ID: <nameonly@mkequities.com.hk>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"0__=4EBB0CEADFD3E7D98f9e8a93df938690918c4EBB\"",
        "",
        "--0__=4EBB0CEADFD3E7D98f9e8a93df938690918c4EBB",
        "Content-type: text/plain; charset=US-ASCII",
        "",
        "Attached.",
        "--0__=4EBB0CEADFD3E7D98f9e8a93df938690918c4EBB",
        "Content-type: application/vnd.ms-excel; name=\"Intention.xlsx\"",
        "Content-transfer-encoding: base64",
        "",
        b64_lines(form("exceljs/intention-1904.xlsx"), 76, "\r\n"),
        "--0__=4EBB0CEADFD3E7D98f9e8a93df938690918c4EBB--",
    ])


def no_filename():
    """A docx with its proper content type and no file name anywhere (a script's or a scanner's mailer)."""
    when = hkt(27, 18, 30)
    hand("12-docx-without-file-name.eml", [
        f"Received: {received('mkequities.com.hk', when)}",
        "From: kc.siu@mkequities.com.hk",
        "To: hsservicedesk@hkex.com.hk",
        "Subject: Result",
        f"Date: {format_datetime(when)}",
        "Message-ID: <nofilename@mkequities.com.hk>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"nofile\"",
        "",
        "--nofile",
        "Content-Type: text/plain",
        "",
        "Result form.",
        "--nofile",
        f"Content-Type: {DOCX}",
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(form("wordxml/result-wingdings-bad-date.docx"), 76, "\r\n"),
        "--nofile--",
    ])


def no_date():
    """No Date header and no Received header at all (a file saved by a tool, never through a server)."""
    hand("17-no-date-no-received.eml", [
        "From: Yeung Hoi Yan <hoiyan.yeung@jadedragon.com.hk>",
        "To: hsservicedesk@hkex.com.hk",
        "Subject: PS2 intention",
        "Message-ID: <nodate@jadedragon.com.hk>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"nd\"",
        "",
        "--nd",
        "Content-Type: text/plain",
        "",
        "We will not join.",
        "--nd",
        f"Content-Type: {XLSX}; name=\"intention.xlsx\"",
        "Content-Disposition: attachment; filename=\"intention.xlsx\"",
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(form("exceljs/intention-decline.xlsx"), 76, "\r\n"),
        "--nd--",
    ])


def received_only():
    """No Date header, only the servers' Received headers (the newest, on top, is the desk's own MX)."""
    hand("18-received-headers-only.eml", [
        f"Received: {received('tpssec.com.hk', hkt(27, 18, 5))}",
        "Received: from [10.1.2.3] (pc42.tpssec.com.hk [10.1.2.3])",
        "\tby mail.tpssec.com.hk (Postfix) with ESMTP id 4F2A81C0;",
        f"\t{format_datetime(hkt(27, 18, 4))}",
        "From: wingsze.ng@tpssec.com.hk",
        "To: hsservicedesk@hkex.com.hk",
        "Subject: Result form",
        "Message-ID: <receivedonly@tpssec.com.hk>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"ro\"",
        "",
        "--ro",
        "Content-Type: text/plain",
        "",
        "Result attached.",
        "--ro",
        f"Content-Type: {DOCX}; name=\"result.docx\"",
        "Content-Disposition: attachment; filename=\"result.docx\"",
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(form("wordxml/result-legacy-fields.docx"), 76, "\r\n"),
        "--ro--",
    ])


def forwarded_base64_rfc822():
    """A forwarded message/rfc822 sent base64-encoded (some Exchange and webmail forwards do, against RFC 2046)."""
    inner = EmailMessage(policy=email.policy.default)
    inner["From"] = "Lee Siu Fong <sf.lee@klnbaycap.com.hk>"
    inner["To"] = "admin@klnbaycap.com.hk"
    inner["Subject"] = "Intention (one-cell layout)"
    inner["Date"] = format_datetime(hkt(22, 8, 0))
    inner["Message-ID"] = "<inner.b64@klnbaycap.com.hk>"
    inner.set_content("Form.\n")
    inner.add_attachment(form("sheetjs/intention-one-cell.xlsx"), maintype="application",
                         subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="intention.xlsx")
    when = hkt(22, 8, 30)
    hand("22-forwarded-rfc822-base64.eml", [
        f"Received: {received('klnbaycap.com.hk', when)}",
        "From: sf.lee@klnbaycap.com.hk",
        "To: hsservicedesk@hkex.com.hk",
        "Subject: FW: Intention (one-cell layout)",
        f"Date: {format_datetime(when)}",
        "Message-ID: <fw.b64@klnbaycap.com.hk>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"fwb64\"",
        "",
        "--fwb64",
        "Content-Type: text/plain",
        "",
        "See the forwarded message.",
        "--fwb64",
        "Content-Type: message/rfc822; name=\"Intention (one-cell layout).eml\"",
        "Content-Disposition: attachment; filename=\"Intention (one-cell layout).eml\"",
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(inner.as_bytes(), 76, "\r\n"),
        "--fwb64--",
    ])


if __name__ == "__main__":
    for old in OUT.glob("*.eml"):
        old.unlink()
    outlook_alternative()
    rfc2231_chinese()
    big5_encoded_words()
    gb2312_quoted_printable()
    base64_64_lf()
    base64_long_lines_crlf()
    outlook_tnef()
    forwarded()
    forwarded_twice()
    apple_inline()
    name_only()
    no_filename()
    snail_zip()
    mutt_two_forms()
    same_form_twice()
    snail_no_attachment()
    no_date()
    received_only()
    encoded_display_name()
    smime_signed()
    mpack_form()
    forwarded_base64_rfc822()
