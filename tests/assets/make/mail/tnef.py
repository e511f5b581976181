"""A small TNEF (winmail.dat) writer, following [MS-OXTNEF], for Outlook rich-text test mail.

MimeKit reads TNEF but has no public writer, so the streams are built here from the specification the
way Outlook lays them out: the message attributes (version, code page, class, subject, MAPI properties
with the compressed RTF body), then per attachment attAttachRendData first, its title, dates, data and
the attachment's MAPI properties (long file name, extension, method, MIME tag). Checked against
Debian's `tnef` program (`tnef -t winmail.dat`) and MimeKit's TnefPart.
"""
import struct
from datetime import datetime

SIGNATURE = 0x223E9F78
LVL_MESSAGE, LVL_ATTACHMENT = 0x01, 0x02

# attribute id = (type << 16) | id
ATT_TNEF_VERSION = 0x00089006
ATT_OEM_CODEPAGE = 0x00069007
ATT_MESSAGE_CLASS = 0x00078008
ATT_SUBJECT = 0x00018004
ATT_DATE_SENT = 0x00038005
ATT_MAPI_PROPS = 0x00069003
ATT_ATTACH_REND_DATA = 0x00069002
ATT_ATTACH_TITLE = 0x00018010
ATT_ATTACH_CREATE_DATE = 0x00038012
ATT_ATTACH_MODIFY_DATE = 0x00038013
ATT_ATTACH_DATA = 0x0006800F
ATT_ATTACHMENT = 0x00069005

PT_LONG, PT_STRING8, PT_UNICODE, PT_BINARY = 0x0003, 0x001E, 0x001F, 0x0102
PR_ATTACH_METHOD = 0x3705
PR_ATTACH_LONG_FILENAME = 0x3707
PR_ATTACH_FILENAME = 0x3704
PR_ATTACH_EXTENSION = 0x3703
PR_ATTACH_MIME_TAG = 0x370E
PR_DISPLAY_NAME = 0x3001
PR_RENDERING_POSITION = 0x370B
PR_RTF_COMPRESSED = 0x1009
PR_BODY = 0x1000


def _attribute(level, attr, data):
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BII", level, attr, len(data)) + data + struct.pack("<H", checksum)


def _date(moment: datetime):
    return struct.pack("<7H", moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second, moment.isoweekday() % 7)


def _pad(data):
    return data + b"\0" * (-len(data) % 4)


def _prop(prop_type, prop_id, value):
    tag = struct.pack("<HH", prop_type, prop_id)
    if prop_type == PT_LONG:
        return tag + struct.pack("<I", value)
    if prop_type == PT_UNICODE:
        raw = value.encode("utf-16-le") + b"\0\0"
    elif prop_type == PT_STRING8:
        raw = value.encode("cp1252") + b"\0"
    else:
        raw = value
    return tag + struct.pack("<II", 1, len(raw)) + _pad(raw)


def _props(props):
    return struct.pack("<I", len(props)) + b"".join(_prop(*p) for p in props)


def _compressed_rtf(rtf: bytes):
    # The uncompressed form of PR_RTF_COMPRESSED: header, magic "MELA", CRC 0, then the RTF as is.
    return struct.pack("<IIII", len(rtf) + 12, len(rtf), 0x414C454D, 0) + rtf


def winmail(subject, sent: datetime, body_text, attachments, key=0x4A21):
    """attachments: list of (long file name, 8.3 title, MIME tag, bytes)."""
    out = struct.pack("<IH", SIGNATURE, key)
    out += _attribute(LVL_MESSAGE, ATT_TNEF_VERSION, struct.pack("<I", 0x00010000))
    out += _attribute(LVL_MESSAGE, ATT_OEM_CODEPAGE, struct.pack("<II", 1252, 0))
    out += _attribute(LVL_MESSAGE, ATT_MESSAGE_CLASS, b"IPM.Microsoft Mail.Note\0")
    out += _attribute(LVL_MESSAGE, ATT_SUBJECT, subject.encode("cp1252", "replace") + b"\0")
    out += _attribute(LVL_MESSAGE, ATT_DATE_SENT, _date(sent))
    rtf = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 "
           + body_text.replace("\n", "\\par ") + "\\par }").encode("ascii")
    out += _attribute(LVL_MESSAGE, ATT_MAPI_PROPS, _props([
        (PT_BINARY, PR_RTF_COMPRESSED, _compressed_rtf(rtf)),
    ]))
    for position, (long_name, title, mime, data) in enumerate(attachments):
        rend = struct.pack("<HIhhI", 1, 0xFFFFFFFF, -1, -1, 0)
        out += _attribute(LVL_ATTACHMENT, ATT_ATTACH_REND_DATA, rend)
        out += _attribute(LVL_ATTACHMENT, ATT_ATTACH_TITLE, title.encode("cp1252") + b"\0")
        out += _attribute(LVL_ATTACHMENT, ATT_ATTACH_CREATE_DATE, _date(sent))
        out += _attribute(LVL_ATTACHMENT, ATT_ATTACH_MODIFY_DATE, _date(sent))
        out += _attribute(LVL_ATTACHMENT, ATT_ATTACH_DATA, data)
        ext = "." + long_name.rsplit(".", 1)[-1]
        out += _attribute(LVL_ATTACHMENT, ATT_ATTACHMENT, _props([
            (PT_LONG, PR_ATTACH_METHOD, 1),
            (PT_UNICODE, PR_ATTACH_LONG_FILENAME, long_name),
            (PT_STRING8, PR_ATTACH_FILENAME, title),
            (PT_STRING8, PR_ATTACH_EXTENSION, ext),
            (PT_STRING8, PR_ATTACH_MIME_TAG, mime),
            (PT_UNICODE, PR_DISPLAY_NAME, long_name),
            (PT_LONG, PR_RENDERING_POSITION, 0xFFFFFFFF),
        ]))
    return out
