#!/usr/bin/env python3
"""The oracle of tests/assets/holdout8, written by hand from shared/spec/forms.md, cli.md and the choices recorded in
tests/assets/README.md, holdout/ ... holdout7/README.md and ../README.md: what each file IS (status and problem code)
and, for the forms, what a service-desk person reading it in Word / Excel would write down. Never copied from a
reader's output. `python3 cases.py` writes cases.json (git-ignored), which build_expected.py turns into ../expected.json.
make_files.py imports FORMS to write the same values into the files."""
import json
import os

from people import P, SERVICES

REF = "HDS/23/1109"
S, U, N = "successful", "unsuccessful", "not_tested"
CASES, BAD = [], []
FORMS = {}   # file -> (form, person key, content) for make_files.py
REQ = ("subscriber_name", "subscriber_id", "contact_name", "contact_phone", "contact_email", "participate", "services", "results")


def common(who):
    p = P[who]
    return {"circular_ref": REF, "subscriber_name": p["name"], "subscriber_id": p["sid"], "contact_name": p["contact"],
            "contact_phone": p["phone"], "contact_email": p["email"], "signatory_name": p["sign"], "signed_date": p["date"]}


def intention(file, who, services, idioms, producer, note, participate=True):
    f = common(who)
    f["participate"] = participate
    if services:
        f["services"] = services
    FORMS[file] = ("intention", who, {"participate": participate, "services": services})
    CASES.append({"file": "holdout8/" + file, "form": "intention", "status": "complete", "fields": f, "problems": [],
                  "producer": producer, "idioms": idioms, "note": note})


def result(file, who, results, issues, idioms, producer, note, session="2023-11-25"):
    f = common(who)
    f["session_date"] = session
    f["results"] = results
    if issues:
        f["issues"] = issues
    FORMS[file] = ("result", who, {"results": results, "issues": issues, "session": session})
    CASES.append({"file": "holdout8/" + file, "form": "result", "status": "complete", "fields": f, "problems": [],
                  "producer": producer, "idioms": idioms, "note": note})


def rejected(file, code, idioms, producer, note):
    BAD.append({"file": "holdout8/" + file, "form": None, "status": "rejected", "fields": {}, "problems": [code],
                "producer": producer, "idioms": idioms, "note": note})


def unrecognised(file, idioms, producer, note):
    BAD.append({"file": "holdout8/" + file, "form": None, "status": "unrecognised", "fields": {},
                "problems": ["not_a_form"], "producer": producer, "idioms": idioms, "note": note})


def R4(a, b, c, d):
    return {k: v for k, v in zip(SERVICES, (a, b, c, d)) if v}


# ---------------------------------------------------------------- templates: filled forms saved as templates
intention("templates/intention-filled-dotx-shatin.dotx", "shatin", ["OTP-C", "OMD-C"],
          ["word-template", "dotx", "table", "value-next-cell", "tick-char-ballot-x"], "wordxml",
          "a filled intention form saved as a Word template: main part content type "
          "wordprocessingml.template.main+xml, extension .dotx, no VBA: a readable form")
result("templates/result-filled-xltx-fotan.xltx", "fotan", R4(S, S, U, N), "OMD-C feed stopped for 2 minutes after failover.",
       ["excel-template", "xltx", "value-next-cell", "result-word"], "openpyxl",
       "a filled result workbook saved as an Excel template (spreadsheetml.template.main+xml, .xltx), no VBA: a form")

# ---------------------------------------------------------------- macro: VBA, whatever the name; ribbon XML alone is no macro
rejected("macro/intention-filled-dotm-taipo.dotm", "macro_enabled", ["dotm", "vba-project-part", "macro-content-type"], "wordxml",
         "a filled intention form saved as a macro-enabled Word template (template.macroEnabledTemplate.main+xml, "
         "word/vbaProject.bin): never opened further")
rejected("macro/result-filled-xltm-sheungshui.xltm", "macro_enabled", ["xltm", "vba-project-part", "macro-content-type"], "openpyxl",
         "a filled result workbook turned into a macro-enabled template (sheet.macroEnabledTemplate.main+xml, xl/vbaProject.bin)")
rejected("macro/ps2-helper-addin.xlam", "macro_enabled", ["xlam", "vba-project-part", "macro-content-type"], "openpyxl",
         "an Excel add-in (addin.macroEnabled.main+xml, xl/vbaProject.bin) with one sheet holding a filled intention form")
rejected("macro/intention-vba-part-other-name-tsimshatsui.docx", "macro_enabled",
         ["vba-project-part", "vba-part-renamed", "docx-extension"], "wordxml",
         "a filled intention .docx whose main part has the ordinary document.main+xml type, but which carries a VBA "
         "project stored as word/extras/ps2helper.dat (vbaProject relationship from document.xml, content type "
         "application/vnd.ms-office.vbaProject): the relationship / content type, not the part name, says VBA")
intention("macro/intention-customui-ribbon-only-mongkok.docx", "mongkok", ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"],
          ["customui-ribbon", "table", "value-next-cell", "tick-char-ballot-x"], "wordxml",
          "a filled intention .docx with a Ribbon customisation (customUI/customUI14.xml, ui/extensibility relationship "
          "from the package root) whose onAction callbacks name macros that are not in the file: no VBA part, no "
          "macro-enabled type, so no macro_enabled: a form")

# ---------------------------------------------------------------- protection that still opens
intention("protection/intention-restrict-editing-forms-wanchai.docx", "wanchai", ["OTP-C", "OTP-CSC"],
          ["restrict-editing", "document-protection", "table", "value-next-cell", "tick-char-ballot-x"], "wordxml",
          "Restrict Editing (w:documentProtection w:edit=forms w:enforcement=1 with a SHA-512 hash in settings.xml): "
          "the text is in the clear, Word opens it without a password: a readable form")
result("protection/result-mark-as-final-causewaybay.docx", "causewaybay", R4(S, S, S, S), "Nil",
       ["mark-as-final", "table", "result-tick-table", "tick-char-ballot-x"], "wordxml",
       "Mark as Final (custom property _MarkAsFinal = true, cp:contentStatus Final) and a read-only recommendation "
       "(w:writeProtection w:recommended=1): a readable form")
intention("protection/intention-sheet-and-workbook-protection-northpoint.xlsx", "northpoint", ["OMD-C", "OMD-CC"],
          ["sheet-protection", "workbook-protection", "value-next-cell", "tick-x-cell"], "openpyxl",
          "sheet protection and workbook structure protection with SHA-512 password hashes (sheetProtection / "
          "workbookProtection algorithmName, hashValue, saltValue, spinCount); cells are in the clear: a form")

# ---------------------------------------------------------------- real encryption
rejected("encrypted/intention-agile-kowloonbay.docx", "encrypted", ["ooxml-agile-encryption", "ole-compound-file"], "officecrypto-tool",
         "a filled intention .docx encrypted with password hsn2023 (ECMA-376 agile: OLE file with EncryptionInfo + EncryptedPackage)")
rejected("encrypted/result-agile-kwuntong.xlsx", "encrypted", ["ooxml-agile-encryption", "ole-compound-file"], "officecrypto-tool",
         "a filled result .xlsx encrypted with password hsn2023 (agile)")
rejected("encrypted/result-agile-named-xls-lamtin.xls", "encrypted", ["ooxml-agile-encryption", "ole-compound-file", "xls-extension"],
         "officecrypto-tool",
         "an encrypted result .xlsx renamed .xls: an OLE compound file, but its EncryptedPackage stream says encrypted, "
         "not legacy_format (main corpus choice: the streams decide)")

# ---------------------------------------------------------------- digital signatures
result("signature/result-xml-signature-hunghom.docx", "hunghom", R4(S, U, S, S), "OTP-CSC order entry rejected after failover; retested on 26/11.",
       ["digital-signature", "xmlsignatures", "table", "result-tick-table", "tick-char-ballot-x"], "wordxml",
       "digitally signed: _xmlsignatures/origin.sigs and sig1.xml (an XML-DSig over the main part, package-root "
       "relationship digital-signature/origin): a signed form is a form")
intention("signature/intention-xml-signature-tokwawan.xlsx", "tokwawan", ["OTP-C", "OMD-C"],
          ["digital-signature", "xmlsignatures", "value-next-cell", "tick-x-cell"], "openpyxl",
          "a filled intention workbook with _xmlsignatures parts: a form")

# ---------------------------------------------------------------- wrong or missing extensions: the content decides
intention("extension/intention-xlsx-content-named-docx-yaumatei.docx", "yaumatei", ["OTP-C", "OTP-CSC", "OMD-C"],
          ["xlsx-named-docx", "value-next-cell", "tick-x-cell"], "openpyxl",
          "a filled intention workbook (.xlsx content) with a .docx name: the content decides, read as a workbook")
result("extension/result-docx-content-named-xlsx-jordan.xlsx", "jordan", R4(S, N, S, N), "Nil",
       ["docx-named-xlsx", "table", "result-tick-table", "tick-char-ballot-x"], "wordxml",
       "a filled result .docx with an .xlsx name: read as a Word document")
intention("extension/intention-no-extension-taikoktsui", "taikoktsui", ["OTP-C"],
          ["no-extension", "table", "value-next-cell", "tick-char-ballot-x"], "wordxml",
          "a filled intention .docx saved with no extension at all")
result("extension/result-upper-case-extension-shamshuipo.DOCX", "shamshuipo", R4(S, S, N, N), "Nil",
       ["upper-case-extension", "table", "result-tick-table", "tick-char-ballot-x"], "wordxml",
       "a filled result .docx named with an upper-case .DOCX")
intention("extension/intention-double-extension-cheungshawan.docx.xlsx", "cheungshawan", ["OTP-CSC", "OMD-CC"],
          ["double-extension", "docx-named-xlsx", "table", "value-next-cell", "tick-char-ballot-x"], "wordxml",
          "a filled intention .docx named 'form.docx.xlsx' style: the last extension lies, the content (Word) decides")
intention("extension/intention-docx-content-named-doc-laichikok.doc", "laichikok", ["OTP-C", "OMD-C"],
          ["docx-named-doc", "table", "value-next-cell", "tick-char-ballot-x"], "wordxml",
          "a filled intention .docx renamed .doc: a zip package, not an OLE file, so not legacy_format: a form")

# ---------------------------------------------------------------- other formats named like forms
rejected("formats/intention-odt-named-docx-tsuenwan.docx", "unsupported_type", ["odt-named-docx"], "libreoffice",
         "a filled intention form saved by LibreOffice as OpenDocument text and named .docx (zip with mimetype, no "
         "[Content_Types].xml)")
rejected("formats/result-ods-named-xlsx-kwaichung.xlsx", "unsupported_type", ["ods-named-xlsx"], "libreoffice",
         "a filled result form saved by LibreOffice as OpenDocument spreadsheet and named .xlsx")
rejected("formats/result-binary-workbook-tsingyi.xlsb", "unsupported_type", ["xlsb", "biff12"], "python",
         "an Excel binary workbook (.xlsb: OPC zip whose main part xl/workbook.bin is sheet.binary.macroEnabled.main, "
         "BIFF12 records; no vbaProject part) holding a filled result form: not SpreadsheetML, so unsupported_type; "
         "not macro_enabled (no VBA) and not legacy_format (not an OLE file)")
rejected("formats/intention-rtf-named-docx-tuenmun.docx", "unsupported_type", ["rtf-named-docx"], "libreoffice",
         "a filled intention form saved by LibreOffice as RTF and named .docx")
rejected("formats/result-html-named-xlsx-yuenlong.xlsx", "unsupported_type", ["html-named-xlsx"], "python",
         "an HTML page (Excel 'Web Page' namespaces) holding a filled result form, named .xlsx; Excel would open it "
         "after a warning, but it is not a workbook package")
rejected("formats/intention-slides-stanley.pptx", "unsupported_type", ["pptx"], "python",
         "a PowerPoint package whose slide holds the filled intention form as a table")
rejected("formats/intention-drawing-repulsebay.vsdx", "unsupported_type", ["vsdx"], "python",
         "a Visio package (visio/document.xml, drawing.main+xml) whose page shapes hold the intention form's text")
rejected("formats/two-forms-tseungkwano.zip", "unsupported_type", ["plain-zip", "zip-of-forms"], "python",
         "a zip holding a filled intention .docx and a filled result .xlsx: the archive is no form and is not opened")
rejected("formats/intention-7z-archive-named-docx-mawan.docx", "unsupported_type", ["7z-signature"], "python",
         "a 7-Zip archive (signature 37 7A BC AF 27 1C) named .docx: not a zip, not OLE: unsupported_type")
rejected("formats/result-rar-archive-named-xlsx-discoverybay.xlsx", "unsupported_type", ["rar-signature"], "python",
         "a RAR 5 archive (signature Rar!\\x1a\\x07\\x01\\x00) named .xlsx: unsupported_type")

# ---------------------------------------------------------------- broken packages
rejected("broken/empty-zip-named-docx.docx", "unsupported_type", ["empty-zip"], "python",
         "a valid zip with no entries named .docx: no [Content_Types].xml, so no OOXML package (like a zip of text files)")
rejected("broken/content-types-only.docx", "corrupt", ["content-types-only"], "python",
         "a zip holding only [Content_Types].xml (with the document.main+xml override): an OOXML package with no "
         "relationships and no main part: a broken package, corrupt")
rejected("broken/main-part-missing.docx", "corrupt", ["missing-main-part"], "python",
         "a Word package whose _rels/.rels points at word/document.xml, which is not in the zip (styles, settings, "
         "core properties present): corrupt")
rejected("broken/document-xml-truncated.docx", "corrupt", ["truncated-xml"], "python",
         "a sound zip (every CRC right) whose word/document.xml is cut at 55 % of a filled intention form: corrupt")

# ---------------------------------------------------------------- XML encodings and hostile XML
intention("xml/intention-utf16-document-xml-happyvalley.docx", "happyvalley", ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"],
          ["utf16-xml", "table", "value-next-cell", "tick-char-ballot-x"], "wordxml",
          "word/document.xml encoded as UTF-16LE with a BOM and encoding=\"UTF-16\" (ECMA-376 Part 2 allows UTF-8 "
          "and UTF-16 parts); every other part UTF-8: a form")
result("xml/result-utf8-bom-parts-aberdeen.docx", "aberdeen", R4(S, S, U, U), "OMD-C and OMD-CC lost the backup feed.",
       ["utf8-bom", "table", "result-tick-table", "tick-char-ballot-x"], "wordxml",
       "every XML part (content types, relationships, document) starts with a UTF-8 byte order mark: a form")
rejected("xml/intention-doctype-entities-stanley.docx", "corrupt", ["doctype", "dtd", "xml-entities"], "wordxml",
         "word/document.xml starts with a DOCTYPE declaring internal entities (&firm; = the firm's name, a nested "
         "entity chain) and an external SYSTEM entity file:///etc/hostname used in the contact cell: ECMA-376 Part 2 "
         "forbids DTDs in package parts; the part must be refused, no entity expanded or fetched: corrupt")
rejected("xml/result-nested-elements-bomb-repulsebay.docx", "too_large", ["xml-nesting-bomb", "inflation-ratio"], "wordxml",
         "word/document.xml holds a filled result form, then 100,000 block content controls nested one inside the "
         "other (w:sdt/w:sdtContent, depth 200,000; 5.4 MB of XML in a 16 KB zip, ratio 330): it inflates far beyond its "
         "size, which forms.md calls a zip bomb: too_large (corrected after the first run: the oracle first said corrupt, "
         "which contradicts forms.md for a file of this ratio)")

# ---------------------------------------------------------------- forms embedded, pictures of forms
unrecognised("embedded/covering-letter-embedded-workbook-kowloontong.docx", ["letter", "ole-embedded-xlsx"], "wordxml",
             "a covering letter ('Please find our Intention Form embedded below') with a filled intention workbook "
             "embedded as an OLE object (word/embeddings/Microsoft_Excel_Worksheet.xlsx, ProgID Excel.Sheet.12, a "
             "PNG preview): the letter is no form and the embedded workbook is not opened")
unrecognised("embedded/form-as-picture-only-wongtaisin.docx", ["picture-of-form", "scan-inside-docx"], "wordxml",
             "a .docx whose only content is a PNG picture of a filled intention form (a scan pasted into Word): a "
             "readable document with no form text")

# ---------------------------------------------------------------- big but legitimate
result("huge/result-5000-empty-styled-rows-chaiwan.xlsx", "chaiwan", R4(S, S, S, U), "OMD-CC snapshot late by 40 seconds.",
       ["styled-empty-rows", "value-next-cell", "result-word"], "openpyxl",
       "the form in A1:C22, then 5,000 empty rows styled with borders and fill (rows 23-5022, three styled cells each, "
       "no values) and a dimension of A1:C5022: the form, read in reasonable time")
intention("huge/intention-300-page-appendix-siusaiwan.docx", "siusaiwan", ["OTP-C", "OMD-C", "OMD-CC"],
          ["long-appendix", "table", "value-next-cell", "tick-char-ballot-x"], "wordxml",
          "the filled form on page 1, then a page break and a 300-page appendix 'Internal Business Continuity "
          "Procedures' (2,700 numbered paragraphs of prose, a page break every 9; word/document.xml 1.0 MB in a 34 KB file): the form, read in reasonable time")

if __name__ == "__main__":
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.json"), "w", encoding="utf-8") as fh:
        json.dump({"ref": REF, "services": SERVICES, "cases": CASES, "bad": BAD}, fh, ensure_ascii=False, indent=1)
    print(f"{len(CASES)} forms, {len(BAD)} other files")
