#!/usr/bin/env python3
"""Show what a generated file holds, independently of the reader: for .xlsx every cell (type, raw value,
shared string resolved, number format id), hidden rows/sheets and merges; for .docx the text of the main
part, paragraph by paragraph (w:t, w:delText marked [-...-], w:instrText marked {...}).
Usage: python3 dump.py FILE..."""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET


def local(tag):
    return tag.rsplit('}', 1)[-1]


def dump_xlsx(z):
    names = z.namelist()
    sst = []
    ss = [n for n in names if n.lower().endswith('sharedstrings.xml')]
    if ss:
        for si in ET.fromstring(z.read(ss[0])):
            sst.append(''.join(t.text or '' for t in si.iter() if local(t.tag) == 't'
                               and not any(local(p.tag) == 'rPh' for p in si.iter() if t in list(p.iter()))))
    wb = [n for n in names if re.search(r'xl/workbook\d*\.xml$', n)]
    if wb:
        for s in ET.fromstring(z.read(wb[0])).iter():
            if local(s.tag) == 'sheet':
                print('  sheet', {local(k): v for k, v in s.attrib.items()})
    for n in sorted(x for x in names if 'worksheets/sheet' in x and x.endswith('.xml')):
        print('==', n)
        root = ET.fromstring(z.read(n))
        for el in root.iter():
            t = local(el.tag)
            if t == 'row' and el.get('hidden') in ('1', 'true'):
                print('  hidden row', el.get('r'))
            if t == 'mergeCell':
                print('  merge', el.get('ref'))
            if t == 'c':
                typ = el.get('t', 'n')
                v = f = None
                inline = ''
                for ch in el:
                    if local(ch.tag) == 'v':
                        v = ch.text
                    elif local(ch.tag) == 'f':
                        f = ch.text
                    elif local(ch.tag) == 'is':
                        inline = ''.join(x.text or '' for x in ch.iter() if local(x.tag) == 't')
                if v is None and f is None and not inline:
                    continue
                shown = sst[int(v)] if typ == 's' and v is not None else (inline or v)
                print(f"  {el.get('r')} t={typ} s={el.get('s')} {'f=' + f + ' ' if f else ''}{shown!r}")


def dump_docx(z):
    main = [n for n in z.namelist() if re.search(r'word/document\d*\.xml$', n)]
    root = ET.fromstring(z.read(main[0]))
    for p in root.iter():
        if local(p.tag) != 'p':
            continue
        out = []
        for el in p.iter():
            t = local(el.tag)
            if t == 't' and el.text:
                out.append(el.text)
            elif t == 'delText' and el.text:
                out.append('[-' + el.text + '-]')
            elif t == 'instrText' and el.text:
                out.append('{' + el.text + '}')
            elif t == 'tab':
                out.append('\\t')
            elif t == 'br':
                out.append('\\n')
            elif t == 'sym':
                out.append('<sym ' + str(el.attrib) + '>')
        if out:
            print('  ', ''.join(out))


for path in sys.argv[1:]:
    print('#', path)
    with zipfile.ZipFile(path) as z:
        if any('xl/' in n for n in z.namelist()):
            dump_xlsx(z)
        else:
            dump_docx(z)
