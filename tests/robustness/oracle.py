"""What a public test document IS, decided from its bytes alone, apart from the reader.

The expected outcome of tests/robustness/manifest.tsv comes from here, then a reading by hand of every
case this module marks as doubtful. It shares no code and no rule table with the reader: it parses OLE
storages with olefile (Debian's python3-olefile), zips with zipfile and XML with expat, the way the file
formats define them, and names the outcome a sender should get:

  unrecognised               a readable Word or Excel document (none of these public files is an HSN form)
  rejected:corrupt           a damaged or hostile file (bad zip, malformed XML in a part the document needs, a DTD,
                             an OLE storage whose directory cannot be read)
  rejected:legacy_format     an old binary Word or Excel file (OLE Word/Excel, Word 1/2, Write/Word for DOS, BIFF2-4)
  rejected:encrypted         a password-protected Office Open XML package (OLE with EncryptedPackage)
  rejected:macro_enabled     a package whose main part is macro-enabled or that holds a VBA project
  rejected:too_large         a package that inflates past 64 MB, or a part of more than 32 M characters
  rejected:unsupported_type  anything else: .xlsb, PowerPoint, OpenDocument, PDF, RTF, HTML, CSV, a plain zip
"""

from __future__ import annotations

import io
import posixpath
import struct
import xml.parsers.expat
import zipfile

import olefile

MAX_INFLATED = 64 * 1024 * 1024
MAX_PART_CHARS = 32 * 1024 * 1024

OFFICE_DOCUMENT = "/officeDocument"
WORD_MAIN = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
}
EXCEL_MAIN = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
}
VBA = "application/vnd.ms-office.vbaproject"


def classify(data: bytes) -> tuple[str, str]:
    """(expected outcome, a note saying why; a note starting with '?' asks for a reading by hand)."""
    if not data:
        return "rejected:corrupt", "empty"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _ole(data)
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip(data)
    head = data[:8]
    if head[:2] in (b"\xdb\xa5", b"\x9b\xa5"):
        return "rejected:legacy_format", "Word for Windows 1/2"
    if head[:2] in (b"\x31\xbe", b"\x32\xbe") and head[2:4] == b"\x00\x00":
        return "rejected:legacy_format", "Write or Word for DOS"
    if _biff(data):
        return "rejected:legacy_format", "Excel 2-4 BIFF"
    if b"%PDF-" in data[:1024]:
        return "rejected:unsupported_type", "pdf"
    if data.startswith(b"{\\rtf"):
        return "rejected:unsupported_type", "rtf"
    return "rejected:unsupported_type", "other: " + repr(data[:12])


def _biff(data: bytes) -> bool:
    # A BIFF2-4 stream starts with its BOF record: id 0x0009/0x0209/0x0409/0x0809, a short length,
    # then a version and a substream type (worksheet 0x10, chart 0x20, macro 0x40, workbook 0x100).
    if len(data) < 8:
        return False
    record, length = struct.unpack_from("<HH", data)
    if record not in (0x0009, 0x0209, 0x0409, 0x0809) or not 4 <= length <= 20:
        return False
    _, kind = struct.unpack_from("<HH", data, 4)
    return kind in (0x0010, 0x0020, 0x0040, 0x0100, 0x0005, 0x0006)


def _ole(data: bytes) -> tuple[str, str]:
    compobj = b""
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
        names = {"/".join(entry).lower() for entry in ole.listdir(streams=True, storages=True)}
        if ole.exists("\x01CompObj"):
            compobj = ole.openstream("\x01CompObj").read()
    except Exception as error:  # a damaged storage: fall back to the directory names as UTF-16 bytes
        names = {n.lower() for n in ("EncryptedPackage", "WordDocument", "Workbook", "Book") if n.encode("utf-16-le") in data}
        if not names:
            return "rejected:corrupt", f"OLE storage whose directory cannot be read ({error.__class__.__name__})"
        note = f"? damaged OLE ({error.__class__.__name__})"
    else:
        note = "OLE"
    leaves = {n.rsplit("/", 1)[-1] for n in names}
    if "encryptedpackage" in leaves:
        return "rejected:encrypted", note + " EncryptedPackage"
    if "worddocument" in names:
        return "rejected:legacy_format", note + " WordDocument"
    if "workbook" in names or "book" in names:
        return "rejected:legacy_format", note + " Workbook/Book"
    # Microsoft Works: word processor 3-4 (MatOST), 5-9 (CompObj "Quill96 Story Group"), spreadsheet (WksSSWorkBook).
    if "matost" in names or b"Quill96" in compobj or "wksssworkbook" in names:
        return "rejected:legacy_format", note + " Works"
    return "rejected:unsupported_type", note + " " + ",".join(sorted(names))[:80]


def _zip(data: bytes) -> tuple[str, str]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception as error:
        return "rejected:corrupt", f"zip: {error.__class__.__name__}"
    if sum(i.file_size for i in infos) > MAX_INFLATED:
        return "rejected:too_large", "inflates past 64 MB"
    # Office reads '\' as '/', and part names case-insensitively.
    parts = {i.filename.replace("\\", "/").lstrip("/").lower(): i for i in infos}
    if "[content_types].xml" not in parts:
        if "mimetype" in parts:
            return "rejected:unsupported_type", "OpenDocument"
        if "word/document.xml" in parts or "xl/workbook.xml" in parts:
            return "rejected:corrupt", "Office package without content types"
        return "rejected:unsupported_type", "plain zip"

    def relationships(name: str) -> list[tuple[str, dict[str, str]]]:
        """A relationships part; one that is absent or empty holds no relationships."""
        body = read(name)
        return _elements(body) if body and body.strip() else []

    def read(name: str) -> bytes | None:
        info = parts.get(name.lstrip("/").lower())
        if info is None:
            return None
        try:
            return archive.read(info)
        except Exception:
            return b"\x00<unreadable>"

    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    try:
        for tag, attributes in _elements(read("[Content_Types].xml") or b""):
            if tag == "Default" and "Extension" in attributes:
                defaults[attributes["Extension"].lower()] = attributes.get("ContentType", "").lower()
            elif tag == "Override" and "PartName" in attributes:
                overrides[attributes["PartName"].lstrip("/").lower()] = attributes.get("ContentType", "").lower()
    except ValueError as error:
        return "rejected:corrupt", f"content types: {error}"

    def content_type(name: str) -> str:
        name = name.lstrip("/").lower()
        return overrides.get(name) or defaults.get(posixpath.splitext(name)[1].lstrip("."), "")

    if any(content_type(name) == VBA for name in parts):
        return "rejected:macro_enabled", "holds a VBA project"

    main = None
    try:
        for tag, attributes in relationships("_rels/.rels"):
            if tag == "Relationship" and attributes.get("Type", "").endswith(OFFICE_DOCUMENT) and attributes.get("TargetMode") != "External":
                main = posixpath.normpath(attributes.get("Target", "").replace("\\", "/").lstrip("/"))
                break
    except ValueError as error:
        return "rejected:corrupt", f"package relationships: {error}"
    if main is None:
        return "rejected:corrupt", "no officeDocument relationship"
    main_type = content_type(main)
    if main_type == "" and main.lower() not in parts:
        return "rejected:corrupt", f"main part {main} missing"
    if "sheet.binary" in main_type:
        return "rejected:unsupported_type", "xlsb"
    if "macroenabled" in main_type:
        return "rejected:macro_enabled", main_type
    if main_type not in WORD_MAIN and main_type not in EXCEL_MAIN:
        return "rejected:unsupported_type", main_type or "no main content type"
    if main.lower() not in parts:
        return "rejected:corrupt", f"main part {main} missing"

    # The parts a reader of the document's text must parse: the main part and what it links as text.
    needed = [main]
    folder = posixpath.dirname(main)
    rels_name = posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels")
    try:
        for tag, attributes in relationships(rels_name):
            kind = attributes.get("Type", "").rsplit("/", 1)[-1]
            if tag == "Relationship" and attributes.get("TargetMode") != "External" and kind in (
                    "worksheet", "sharedStrings", "styles", "header", "footer"):
                needed.append(posixpath.normpath(posixpath.join(folder, attributes.get("Target", "").replace("\\", "/"))).lstrip("/"))
    except ValueError as error:
        return "rejected:corrupt", f"{rels_name}: {error}"
    for name in needed:
        body = read(name)
        if body is None:  # a part the writer left out: Office opens the rest
            continue
        if b"<!DOCTYPE" in body[:4096] or b"<!ENTITY" in body[:65536]:
            return "rejected:corrupt", f"{name} has a DTD"
        try:
            chars = _well_formed(body)
        except ValueError as error:
            return "rejected:corrupt", f"{name}: {error}"
        if chars > MAX_PART_CHARS:
            return "rejected:too_large", f"{name} has {chars} characters"
    kind = "word" if main_type in WORD_MAIN else "excel"
    return "unrecognised", kind


def _elements(body: bytes):
    """Every element's local name and attributes (local names too), any namespace prefix."""
    found: list[tuple[str, dict[str, str]]] = []
    parser = xml.parsers.expat.ParserCreate()

    def start(name: str, attributes: dict[str, str]) -> None:
        found.append((name.rsplit(":", 1)[-1], {k.rsplit(":", 1)[-1]: v for k, v in attributes.items()}))

    parser.StartElementHandler = start
    try:
        parser.Parse(body, True)
    except xml.parsers.expat.ExpatError as error:
        raise ValueError(str(error)) from None
    return found


def _well_formed(body: bytes) -> int:
    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(body, True)
    except xml.parsers.expat.ExpatError as error:
        raise ValueError(str(error)) from None
    return len(body)  # the reader's limit counts the part's characters, markup included; bytes stand for them
