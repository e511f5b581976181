"""Files that are not forms (../bad/): python3 make_bad.py

Run after the form generators (it copies some forms) and before make_encrypted.js.
The legacy .doc/.xls copies are written by make_libreoffice.py.  PNG, JPEG and PPTX come from
LibreOffice (soffice) when it is installed; everything else is standard-library Python.
"""
import io
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases as C  # noqa: E402
import ooxml as O  # noqa: E402
import make_wordxml as WX  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.normpath(os.path.join(HERE, ".."))
BAD = os.path.join(ASSETS, "bad")
FIXED = O.FIXED_TIME


def out(name):
    return os.path.join(BAD, name)


# ------------------------------------------------------------------ a minimal OLE compound file
def cfb(streams):
    """Write a version-3 Compound File Binary with a root storage holding a "VBA" storage (with
    the given streams) and a "PROJECT" stream.  Every stream is padded to >= 4096 bytes so no
    mini stream is needed.  Enough of a real vbaProject.bin for a reader to recognise the part;
    a reader must never go further into it."""
    SECT = 512
    FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    NOSTREAM = 0xFFFFFFFF
    names = list(streams)
    datas = []
    for n in names:
        d = streams[n]
        if len(d) < 4096:
            d = d + b"\r\n" * ((4096 - len(d)) // 2) + b" " * ((4096 - len(d)) % 2)
        datas.append(d)
    # sector 0: FAT, sector 1: directory, then the streams
    starts, fat = [], [FATSECT, END]
    sec = 2
    for d in datas:
        n = (len(d) + SECT - 1) // SECT
        starts.append(sec)
        fat += [sec + i + 1 for i in range(n - 1)] + [END]
        sec += n
    assert len(fat) <= SECT // 4
    fat += [FREE] * (SECT // 4 - len(fat))

    def entry(name, typ, left=NOSTREAM, right=NOSTREAM, child=NOSTREAM, start=0, size=0):
        if name is None:
            return b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", NOSTREAM,
                                                                            NOSTREAM, NOSTREAM) \
                + b"\0" * 16 + b"\0" * 4 + b"\0" * 16 + struct.pack("<IQ", 0, 0)
        u = name.encode("utf-16-le") + b"\0\0"
        return (u.ljust(64, b"\0") + struct.pack("<HBB", len(u), typ, 1) +
                struct.pack("<III", left, right, child) + b"\0" * 16 + b"\0" * 4 +
                b"\0" * 16 + struct.pack("<IQ", start, size))
    # names: index 0 root, 1 "PROJECT" stream, 2 "VBA" storage, 3.. streams under VBA
    # red-black tree (all black): shorter names sort first, so VBA < PROJECT
    vba_children = names[1:]
    dir_entries = [entry("Root Entry", 5, child=1, start=END, size=0),
                   entry(names[0], 2, left=2, start=starts[0], size=len(datas[0])),
                   entry("VBA", 1, child=3 if vba_children else NOSTREAM)]
    for i, n in enumerate(vba_children):
        dir_entries.append(entry(n, 2, right=(4 + i) if i + 1 < len(vba_children) else NOSTREAM,
                                 start=starts[1 + i], size=len(datas[1 + i])))
    while len(dir_entries) % 4:
        dir_entries.append(entry(None, 0))
    assert len(dir_entries) == 4, "one directory sector only"
    header = (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 16 +
              struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\0" * 6 +
              struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0))
    header += struct.pack("<I", 0) + struct.pack("<I", FREE) * 108
    assert len(header) == SECT
    body = struct.pack("<%dI" % (SECT // 4), *fat) + b"".join(dir_entries)
    for d in datas:
        body += d + b"\0" * ((-len(d)) % SECT)
    return header + body


VBA_PROJECT = (b'ID="{3B3C4C2A-5B7E-4B1A-9C11-6A2D51E0F7A1}"\r\nDocument=ThisDocument/&H00000000\r\n'
               b'Module=NewMacros\r\nName="Project"\r\nHelpContextID="0"\r\n'
               b'VersionCompatible32="393222000"\r\nCMG="C2C0A8E0ACE0ACE0ACE0AC"\r\n'
               b'[Host Extender Info]\r\n&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000\r\n')
VBA_MODULE = (b"Attribute VB_Name = \"NewMacros\"\r\nSub AutoOpen()\r\n"
              b"    ' auto-fill the HSN form\r\n    MsgBox \"Form filled\"\r\nEnd Sub\r\n")


def vba_bin():
    return cfb({"PROJECT": VBA_PROJECT, "dir": zlib.compress(VBA_MODULE) * 4})


# ------------------------------------------------------------------ helpers
def zwrite(z, name, data):
    zi = zipfile.ZipInfo(name, FIXED)
    zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))


def find_case(file):
    return next(c for c in C.CASES if c["file"] == file)


def soffice(args, cwd):
    env = dict(os.environ, HOME=cwd)
    subprocess.run(["soffice", "--headless", "--norestore"] + args, cwd=cwd, check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------------ the files
def truncated():
    src = open(os.path.join(ASSETS, "forms/libreoffice/intention-acme.docx"), "rb").read()
    open(out("truncated.docx"), "wb").write(src[: len(src) * 3 // 5])


def empty():
    open(out("empty.docx"), "wb").close()


def text_as_docx():
    open(out("plain-text.docx"), "w", encoding="utf-8", newline="\r\n").write(
        "Intention Form for Using HSN to participate Practice Session\n"
        "Subscriber Name: Acme Securities Ltd\nHSN Subscriber ID: HSN0427\n"
        "Contact Person: Chan Tai Man\nTelephone: +852 2211 6080\n"
        "Email: tm.chan@acme.com.hk\nWe will participate: Yes\nServices: OTP-C, OMD-C\n")


def pdf():
    """A tiny, valid one-page PDF of a filled form (what a scanner/printer driver sends)."""
    lines = ["HKEX Hosting Services Limited",
             C.TITLES["intention"].replace("\u2013", "-"),
             "Ref. No.: HDS/23/1109",
             "Subscriber Name: Acme Securities Ltd",
             "HSN Subscriber ID: HSN0427",
             "Contact Person: Chan Tai Man   Telephone: +852 2211 6080",
             "Email: tm.chan@acme.com.hk",
             "[X] Yes  [ ] No     Services: [X] OTP-C  [ ] OTP-CSC  [X] OMD-C  [ ] OMD-CC",
             "Date: 20/11/2023"]
    text = "BT /F1 11 Tf 56 780 Td 16 TL\n" + "".join(
        "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '\n"
        for s in lines) + "ET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            f"<< /Length {len(text)} >>\nstream\n{text}endstream"]
    b = io.BytesIO()
    b.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(b.tell())
        b.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1"))
    xref = b.tell()
    b.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        b.write(f"{o:010d} 00000 n \n".encode())
    b.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    open(out("scan.pdf"), "wb").write(b.getvalue())


def images_and_pptx(work):
    """PNG and JPEG page images of a filled form, and a .pptx, all saved by LibreOffice."""
    src = os.path.join(ASSETS, "forms/wordxml/intention-split-runs.docx")
    shutil.copyfile(src, os.path.join(work, "scan.docx"))
    soffice(["--convert-to", "png", "scan.docx"], work)
    soffice(["--convert-to", "jpg", "scan.docx"], work)
    shutil.copyfile(os.path.join(work, "scan.png"), out("scan.png"))
    shutil.copyfile(os.path.join(work, "scan.jpg"), out("scan.jpg"))
    fodp = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:styles/>
<office:automatic-styles/>
<office:master-styles><style:master-page style:name="Default"/></office:master-styles>
<office:body><office:presentation>
<draw:page draw:name="Slide1" draw:master-page-name="Default">
 <draw:frame svg:x="1cm" svg:y="1cm" svg:width="24cm" svg:height="3cm"><draw:text-box>
  <text:p>PS2 briefing: Intention Form and Result Form</text:p></draw:text-box></draw:frame>
 <draw:frame svg:x="1cm" svg:y="5cm" svg:width="24cm" svg:height="10cm"><draw:text-box>
  <text:p>Subscriber Name: Acme Securities Ltd</text:p>
  <text:p>HSN Subscriber ID: HSN0427</text:p>
  <text:p>Practice Session: 25 Nov 2023 (Saturday)</text:p>
  <text:p>Services: OTP-C, OMD-C</text:p></draw:text-box></draw:frame>
</draw:page>
</office:presentation></office:body></office:document>
"""
    open(os.path.join(work, "slides.fodp"), "w", encoding="utf-8").write(fodp)
    soffice(["--convert-to", "pptx", "slides.fodp"], work)
    shutil.copyfile(os.path.join(work, "slides.pptx"), out("slides.pptx"))


def plain_zip():
    with zipfile.ZipFile(out("attachments.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        zwrite(z, "readme.txt", "Forms for HDS/23/1109 - see attached.\r\n")
        zwrite(z, "intention.txt", "Subscriber Name: Acme Securities Ltd\r\nHSN Subscriber ID: "
                                   "HSN0427\r\nWe will participate: Yes\r\n")
        zwrite(z, "result.txt", "OTP-C: Successful\r\nOMD-C: Successful\r\n")


def macro_docs():
    vba = vba_bin()
    # .docm: Word's macro-enabled document; content is a filled form but it must not be read
    c = find_case("forms/wordxml/intention-split-runs.docx")
    body = "".join(WX.wx_split_runs(c))
    docm_ct = "application/vnd.ms-word.document.macroEnabled.main+xml"
    O.write_docx(out("form.docm"), body, title=C.TITLES["intention"], author="Tsang Kwok Wai",
                 vba_bin=vba, main_ct=docm_ct)
    # the same package renamed .docx: macro-enabled inside despite the extension
    c2 = find_case("forms/wordxml/intention-legacy-fields.docx")
    O.write_docx(out("macro-inside.docx"), "".join(WX.wx_legacy_fields(c2)),
                 title=C.TITLES["intention"], author="Ng Wing Sze", vba_bin=vba, main_ct=docm_ct)
    # .xlsm: an exceljs form turned macro-enabled the way Excel stores it
    src = zipfile.ZipFile(os.path.join(ASSETS, "forms/exceljs/intention-right-booleans.xlsx"))
    with zipfile.ZipFile(out("form.xlsm"), "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                s = data.decode("utf-8")
                s = s.replace("application/vnd.openxmlformats-officedocument.spreadsheetml."
                              "sheet.main+xml",
                              "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                s = s.replace('<Default Extension="xml"',
                              '<Default Extension="bin" ContentType="application/'
                              'vnd.ms-office.vbaProject"/><Default Extension="xml"', 1)
                assert "macroEnabled" in s and "vbaProject" in s
                data = s.encode("utf-8")
            elif info.filename == "xl/_rels/workbook.xml.rels":
                s = data.decode("utf-8").replace(
                    "</Relationships>",
                    '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/'
                    'relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
                data = s.encode("utf-8")
            zwrite(z, info.filename, data)
        zwrite(z, "xl/vbaProject.bin", vba)


def zip_bomb():
    """form.docx: a valid-looking Word package whose word/document.xml starts like a real form
    and inflates to ~2 GB of repetitive paragraphs (deflate ratio ~1000:1)."""
    c = find_case("forms/wordxml/intention-split-runs.docx")
    doc = O.document("".join(WX.wx_split_runs(c)) + "@@PAD@@")
    head, tail = doc.split("@@PAD@@")
    # one enormous paragraph of "HSN HSN ...": a period of 4 bytes lets deflate reach its
    # ~1000:1 ceiling (matches of 258 bytes at distance 4 cost about two bits each)
    head += "<w:p><w:r><w:t>"
    tail = "</w:t></w:r></w:p>" + tail
    target = 2_000_000_000
    reps = (target - len(head) - len(tail)) // 4
    path = out("form.docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in [("[Content_Types].xml", O.content_types()), ("_rels/.rels", O.ROOT_RELS),
                           ("word/_rels/document.xml.rels", O.doc_rels()),
                           ("word/styles.xml", O.STYLES), ("word/settings.xml", O.settings()),
                           ("docProps/core.xml", O.core(C.TITLES["intention"], "Tsang Kwok Wai")),
                           ("docProps/app.xml", O.APP)]:
            zwrite(z, name, data)
        zi = zipfile.ZipInfo("word/document.xml", FIXED)
        zi.compress_type = zipfile.ZIP_DEFLATED
        with z.open(zi, "w") as fh:
            fh.write(head.encode())
            chunk = b"HSN " * (1 << 20)  # 4 MB
            left = reps
            while left:
                k = min(left, 1 << 20)
                fh.write(chunk if k == 1 << 20 else b"HSN " * k)
                left -= k
            fh.write(tail.encode())
    with zipfile.ZipFile(path) as z:
        i = z.getinfo("word/document.xml")
        print(f"  zip bomb: document.xml {i.file_size:,} bytes inflated, "
              f"{i.compress_size:,} deflated, file {os.path.getsize(path):,} bytes")


def letter():
    """A readable Word document that is no form: a subscriber's letter."""
    r, p = O.r, O.p
    body = [p(r("Golden Harbour Brokerage Limited", bold=True)),
            p(r("Room 1203, 12/F, Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong")),
            p(r("")),
            p(r("20 November 2023")),
            p(r("HKEX Hosting Services Limited")),
            p(r("Hosting Services Desk")),
            p(r("")),
            p(r("Dear Sir or Madam,")),
            p(r("Change of office address", bold=True, underline=True)),
            p(r("We are writing to inform you that with effect from 1 January 2024 our office will "
                "move to 18/F, One Island East, 18 Westlands Road, Quarry Bay, Hong Kong. Our "
                "telephone and fax numbers remain unchanged. Please update your records and "
                "direct all future correspondence on our hosting and HSN connectivity to the new "
                "address.")),
            p(r("Thank you for your attention.")),
            p(r("Yours faithfully,")),
            p(r("")),
            p(r("Wong Ka Ming")),
            p(r("Head of IT Operations"))]
    O.write_docx(out("letter.docx"), "".join(body), title="Change of office address",
                 author="Wong Ka Ming")



def main():
    os.makedirs(BAD, exist_ok=True)
    truncated()
    empty()
    text_as_docx()
    pdf()
    plain_zip()
    macro_docs()
    letter()
    if shutil.which("soffice"):
        work = tempfile.mkdtemp(prefix="hsn-bad-")
        images_and_pptx(work)
        shutil.rmtree(work, ignore_errors=True)
    else:
        print("  soffice missing: scan.png, scan.jpg, slides.pptx not rebuilt")
    zip_bomb()
    print("bad: done (price-list.xlsx is written by make_exceljs.js, encrypted.* by "
          "make_encrypted.js)")


if __name__ == "__main__":
    main()
