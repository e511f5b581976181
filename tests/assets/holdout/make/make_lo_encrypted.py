"""bad/lo-encrypted.docx: a filled form saved by LibreOffice with a password (hsn2023).

Run with the system Python that has the LibreOffice UNO bridge (Debian python3-uno):
    /usr/bin/python3 make_lo_encrypted.py
Loads ../libreoffice/intention-rtf-kwuntong.docx and stores it again as "MS Word 2007 XML" with
EncryptionData (OOXPassword, CryptoType=Standard): an OLE compound file with EncryptionInfo
(ECMA-376 standard encryption) and EncryptedPackage streams.
"""
import os
import subprocess
import tempfile
import time

import uno
from com.sun.star.beans import NamedValue, PropertyValue

HERE = os.path.dirname(os.path.abspath(__file__))
HOLDOUT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HOLDOUT, "libreoffice", "intention-rtf-kwuntong.docx")
DEST = os.path.join(HOLDOUT, "bad", "lo-encrypted.docx")
PIPE = "hsnholdout%d" % os.getpid()


def pv(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    profile = "file://" + os.path.join(tempfile.gettempdir(), "hsn-holdout-lo-uno")
    office = subprocess.Popen(["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
                               f"--accept=pipe,name={PIPE};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(120):
            try:
                ctx = resolver.resolve(f"uno:pipe,name={PIPE};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            raise SystemExit("LibreOffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(SRC), "_blank", 0, (pv("Hidden", True),))
        # A plain "Password" is ignored by the OOXML export; it needs EncryptionData with
        # OOXPassword, and LibreOffice 7.4 writes only CryptoType "Standard" (ECMA-376 standard
        # encryption, AES-128) here: "Agile" and the default fail with an I/O error.
        enc = (NamedValue("OOXPassword", "hsn2023"), NamedValue("CryptoType", "Standard"))
        args = (pv("FilterName", "MS Word 2007 XML"),
                pv("EncryptionData", uno.Any("[]com.sun.star.beans.NamedValue", enc)))
        uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(DEST),
                                       uno.Any("[]com.sun.star.beans.PropertyValue", args)))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
    with open(DEST, "rb") as f:
        head = f.read(8)
    assert head == b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "not an OLE compound file"
    print("wrote bad/lo-encrypted.docx")


if __name__ == "__main__":
    main()
