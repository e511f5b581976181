// Generator for the npm-written files of tests/assets/holdout3:
//   docxtemplater + pizzip filling OUR blank docx templates (templates/, from `hsnforms template`),
//   xlsx-template filling our blank result.xlsx, xlsx-js-style, write-excel-file, officegen (docx, xlsx),
//   html-to-docx and html-docx-js (altChunk).
// Values come from cases.json (cases.py). Run: node make_node.mjs   (from this folder)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import writeExcelFile from 'write-excel-file/node';

const require = createRequire(import.meta.url);
const PizZip = require('pizzip');
const Docxtemplater = require('docxtemplater');
const XlsxTemplate = require('xlsx-template');
const XLSXStyle = require('xlsx-js-style');
const officegen = require('officegen');
const HTMLtoDOCX = require('html-to-docx');
const htmlDocx = require('html-docx-js');

const here = path.dirname(fileURLToPath(import.meta.url));
const assets = path.resolve(here, '..', '..');
const C = JSON.parse(fs.readFileSync(path.join(here, 'cases.json'), 'utf8'));
const SERVICES = C.services;
const NAMES = C.service_names;
const raw = (file) => C.cases.find((c) => c.file === file).raw;
const out = (file) => { const p = path.join(assets, file); fs.mkdirSync(path.dirname(p), { recursive: true }); return p; };
const tpl = (name) => fs.readFileSync(path.join(here, 'templates', name));
const xmlEsc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const serial = ([y, m, d]) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
const jsDate = ([y, m, d]) => new Date(Date.UTC(y, m - 1, d));

// ------------------------------------------------------------------ docxtemplater on our own templates
// What a firm does once in Word: types {tags} into the text controls (Word then drops the placeholder
// flag and its grey colour), and replaces each check box control by a {tag} that renders ☒ or ☐.
function prepareDocxTemplate(xml, { loopResults = false } = {}) {
  // text and date controls: placeholder text -> {tag}
  xml = xml.replace(/<w:sdt><w:sdtPr>(?:(?!<\/w:sdtPr>).)*?<w:tag w:val="([a-z_]+)" \/>(?:(?!<\/w:sdtPr>).)*?<\/w:sdtPr><w:sdtContent>.*?<\/w:sdtContent><\/w:sdt>/g,
    (m, tag) => {
      if (m.includes('w14:checkbox') || m.includes('w:dropDownList')) return m;
      return m.replace('<w:showingPlcHdr />', '')
        .replace('<w:rPr><w:color w:val="808080" /></w:rPr>', '')
        .replace(/<w:t>Click or tap (?:here to enter text|to enter a date)\.<\/w:t>/, `<w:t>{${tag}}</w:t>`);
    });
  // check box controls -> a plain run with a {tag}
  xml = xml.replace(/<w:sdt><w:sdtPr>(?:(?!<\/w:sdtPr>).)*?<w:tag w:val="([a-z]+):([A-Za-z-]+)" \/>(?:(?!<\/w:sdtPr>).)*?<w14:checkbox>.*?<\/w:sdtContent><\/w:sdt>/g,
    (m, key, val) => `<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic" w:eastAsia="MS Gothic" /></w:rPr><w:t>{t_${key}_${val.replace(/-/g, '_')}}</w:t></w:r>`);
  if (loopResults) {
    // the four result rows -> one loop row
    const start = xml.indexOf('<w:tr>', xml.indexOf('Result 結果'));
    const end = xml.lastIndexOf('</w:tr>') + '</w:tr>'.length;
    const row = '<w:tr><w:tc><w:p><w:r><w:t>{#rows}{service}</w:t></w:r></w:p></w:tc>'
      + '<w:tc><w:p><w:r><w:t>{result}{/rows}</w:t></w:r></w:p></w:tc></w:tr>';
    xml = xml.slice(0, start) + row + xml.slice(end);
  }
  return xml;
}

function docxtemplaterFill(templateName, file, data, opts) {
  const zip = new PizZip(tpl(templateName));
  zip.file('word/document.xml', prepareDocxTemplate(zip.file('word/document.xml').asText(), opts));
  const doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true, nullGetter: () => '' });
  doc.render(data);
  fs.writeFileSync(out(file), doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

function ticks(r) {
  const t = { t_participate_true: r.participate ? '☒' : '☐', t_participate_false: r.participate ? '☐' : '☒' };
  for (const s of SERVICES) t[`t_services_${s.replace(/-/g, '_')}`] = r.ticks[s] ? '☒' : '☐';
  return t;
}

{
  const f = 'holdout3/docxtemplater/intention-template-maonshan.docx';
  const r = raw(f);
  docxtemplaterFill('intention.docx', f, {
    subscriber_name: r.name, subscriber_id: r.id, contact_name: r.contact, contact_phone: r.phone,
    contact_email: r.email, signatory_name: r.signatory, signed_date: r.signed, ...ticks(r),
  });
}
{
  const f = 'holdout3/docxtemplater/intention-empty-email-hunghom.docx';
  const r = raw(f);
  docxtemplaterFill('intention.docx', f, {
    subscriber_name: r.name, subscriber_id: r.id, contact_name: r.contact, contact_phone: r.phone,
    contact_email: r.email, signatory_name: r.signatory, signed_date: r.signed, ...ticks(r),
  });
}
{
  const f = 'holdout3/docxtemplater/result-loop-rows-tseungkwano.docx';
  const r = raw(f);
  docxtemplaterFill('result.docx', f, {
    subscriber_name: r.name, subscriber_id: r.id, contact_name: r.contact, contact_phone: r.phone,
    contact_email: r.email, signatory_name: r.signatory, signed_date: r.signed, session_date: r.session,
    issues: r.issues, rows: r.rows.map(([service, result]) => ({ service, result })),
  }, { loopResults: true });
}

// ------------------------------------------------------------------ xlsx-template on our blank result.xlsx
// The firm re-saves our template with ${placeholders} typed into the value cells; Excel stores every
// string in the shared string table, which is what xlsx-template works on.
{
  const f = 'holdout3/xlsx-template/result-template-kowloontong.xlsx';
  const r = raw(f);
  const zip = new PizZip(tpl('result.xlsx'));
  let sheet = zip.file('xl/worksheets/sheet1.xml').asText();
  const tags = { B5: 'name', B6: 'id', B7: 'contact', B8: 'phone', B9: 'email', B10: 'signatory', B11: 'signed',
    B12: 'session', B13: 'issues', B15: 'OTP_C', B16: 'OTP_CSC', B17: 'OMD_C', B18: 'OMD_CC' };
  for (const [cell, tag] of Object.entries(tags)) {
    sheet = sheet.replace(new RegExp(`<x:c r="${cell}" s="(\\d+)" />`), `<x:c r="${cell}" s="$1" t="inlineStr"><x:is><x:t>\${${tag}}</x:t></x:is></x:c>`);
  }
  const strings = [];
  sheet = sheet.replace(/ t="inlineStr"><x:is><x:t>(.*?)<\/x:t><\/x:is><\/x:c>/g, (m, text) => {
    let i = strings.indexOf(text);
    if (i < 0) { strings.push(text); i = strings.length - 1; }
    return ` t="s"><x:v>${i}</x:v></x:c>`;
  });
  // as Excel writes it back: default namespace instead of the x: prefix, relative relationship targets
  const unprefix = (x) => x.replace(/<(\/?)x:/g, '<$1').replace('xmlns:x=', 'xmlns=');
  sheet = unprefix(sheet);
  zip.file('xl/workbook.xml', unprefix(zip.file('xl/workbook.xml').asText()));
  zip.file('_rels/.rels', zip.file('_rels/.rels').asText().replace('Target="/xl/workbook.xml"', 'Target="xl/workbook.xml"'));
  zip.file('xl/_rels/workbook.xml.rels', zip.file('xl/_rels/workbook.xml.rels').asText().replace(/Target="\/xl\//g, 'Target="'));
  zip.file('xl/styles.xml', unprefix(zip.file('xl/styles.xml').asText()));
  zip.file('xl/worksheets/sheet1.xml', sheet);
  zip.file('xl/sharedStrings.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">`
    + strings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('') + '</sst>');
  zip.file('[Content_Types].xml', zip.file('[Content_Types].xml').asText().replace('</Types>',
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>'));
  const relsName = 'xl/_rels/workbook.xml.rels';
  zip.file(relsName, zip.file(relsName).asText().replace('</Relationships>',
    '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml" Id="rIdSst1" /></Relationships>'));
  const prepared = zip.generate({ type: 'nodebuffer' });
  const t = new XlsxTemplate(prepared);
  const values = {
    name: r.name, id: r.id, contact: r.contact, phone: r.phone, email: r.email, signatory: r.signatory,
    signed: jsDate(r.signed), session: jsDate(r.session), issues: r.issues,
  };
  for (const s of SERVICES) values[s.replace(/-/g, '_')] = r.words[s];
  t.substitute(1, values);
  fs.writeFileSync(out(f), t.generate({ type: 'nodebuffer' }));
}

// ------------------------------------------------------------------ xlsx-js-style
{
  const f = 'holdout3/xlsx-js-style/intention-styled-wongtaisin.xlsx';
  const r = raw(f);
  const head = { font: { bold: true, color: { rgb: 'FFFFFF' } }, fill: { fgColor: { rgb: '1F4E78' } } };
  const lab = { font: { bold: true }, fill: { fgColor: { rgb: 'DDEBF7' } } };
  const box = { font: { name: 'Segoe UI Symbol', sz: 12 }, alignment: { horizontal: 'center' } };
  const rows = [
    [{ v: C.intention_title, t: 's', s: head }, { v: '', t: 's', s: head }],
    [{ v: '編號 Ref. No.：', t: 's', s: lab }, C.ref],
    [],
    [{ v: '公司名稱 Subscriber Name：', t: 's', s: lab }, r.name],
    [{ v: '用戶編號 HSN Subscriber ID：', t: 's', s: lab }, r.id],
    [{ v: '聯絡人 Contact Person：', t: 's', s: lab }, r.contact],
    [{ v: '電話 Ｔｅｌ：', t: 's', s: lab }, r.phone],
    [{ v: '電郵 Ｅｍａｉｌ：', t: 's', s: lab }, r.email],
    [],
    [{ v: '參與 Participation', t: 's', s: lab }],
    [{ v: '☑', t: 's', s: box }, 'We will participate in PS2 using HSN 本公司將使用HSN參與演習'],
    [{ v: '☐', t: 's', s: box }, 'We will not participate in PS2 using HSN 本公司將不會使用HSN參與演習'],
    [],
    [{ v: '驗證服務 Services to be verified', t: 's', s: lab }],
    ...SERVICES.map((s) => [{ v: r.ticks[s], t: 's', s: box }, `${s} – ${NAMES[s]}`]),
    [],
    [{ v: '授權人姓名 Name of Authorised Signatory：', t: 's', s: lab }, r.signatory],
    [{ v: '日期 Date：', t: 's', s: lab }, { v: serial(r.signed), t: 'n', z: 'yyyy/mm/dd' }],
  ];
  const ws = XLSXStyle.utils.aoa_to_sheet(rows);
  ws['!cols'] = [{ wch: 40 }, { wch: 70 }];
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }];
  const wb = XLSXStyle.utils.book_new();
  XLSXStyle.utils.book_append_sheet(wb, ws, '意向表格 Intention');
  XLSXStyle.writeFile(wb, out(f), { bookSST: true });
}

// ------------------------------------------------------------------ write-excel-file
{
  const f = 'holdout3/write-excel-file/result-grid-diamondhill.xlsx';
  const r = raw(f);
  const B = { fontWeight: 'bold' };
  const date = (d) => ({ value: jsDate(d), type: Date, format: 'dd/mm/yyyy' });
  const data = [
    [{ value: C.result_title, ...B }],
    [{ value: 'Ref. No.' }, { value: C.ref }],
    [null],
    [{ value: 'Subscriber Name', ...B }, { value: r.name }],
    [{ value: 'HSN Subscriber ID', ...B }, { value: r.id }],
    [{ value: 'Contact Person', ...B }, { value: r.contact }],
    [{ value: 'Telephone', ...B }, { value: r.phone }],
    [{ value: 'Email', ...B }, { value: r.email }],
    [{ value: 'Practice Session Date', ...B }, date(r.session)],
    [null],
    [{ value: 'Service', ...B }, { value: 'Successful', ...B }, { value: 'Unsuccessful', ...B }, { value: 'Not tested', ...B }],
    ...SERVICES.map((s) => {
      const g = r.grid[s];
      return [{ value: `${s} ${NAMES[s]}` },
        { value: g === 'successful' ? 'X' : null }, { value: g === 'unsuccessful' ? 'X' : null }, { value: g === 'not_tested' ? 'X' : null }];
    }),
    [null],
    [{ value: 'Name of Authorised Signatory', ...B }, { value: r.signatory }],
    [{ value: 'Date', ...B }, date(r.signed)],
  ];
  await writeExcelFile(data, { columns: [{ width: 50 }, { width: 16 }, { width: 16 }, { width: 16 }] }).toFile(out(f));
}

// ------------------------------------------------------------------ officegen docx + xlsx
function officegenSave(doc, file) {
  return new Promise((resolve, reject) => {
    const s = fs.createWriteStream(out(file));
    s.on('close', resolve);
    doc.on('error', reject);
    doc.generate(s);
  });
}
{
  const f = 'holdout3/officegen/intention-paragraphs-lokfu.docx';
  const r = raw(f);
  const docx = officegen('docx');
  let p = docx.createP();
  p.addText(C.intention_title, { bold: true, font_size: 14 });
  p = docx.createP();
  p.addText('Ref. No.: ');
  p.addText(C.ref);
  const line = (label, value) => { const q = docx.createP(); q.addText(label + ': ', { bold: true }); q.addText(value); };
  line('Subscriber Name', r.name);
  line('HSN Subscriber ID', r.id);
  line('Contact Person', r.contact);
  line('Telephone', r.phone);
  line('Email', r.email);
  line('Participation', r.participate);
  p = docx.createP();
  p.addText('Services to be verified', { bold: true });
  const table = [
    [{ val: 'Service', opts: { b: true } }, { val: 'System', opts: { b: true } }, { val: 'Tick', opts: { b: true } }],
    ...SERVICES.map((s) => [s, NAMES[s], r.ticks[s]]),
  ];
  docx.createTable(table, { tableColWidth: 2400, tableSize: 24, borders: true });
  line('Name of Authorised Signatory', r.signatory);
  line('Date', r.signed);
  await officegenSave(docx, f);
}
{
  const f = 'holdout3/officegen/result-sheet-homantin.xlsx';
  const r = raw(f);
  const xlsx = officegen('xlsx');
  const sheet = xlsx.makeNewSheet();
  sheet.name = 'Result';
  const rows = [
    [C.result_title],
    ['Ref. No.', C.ref],
    [],
    ['Subscriber Name', r.name],
    ['HSN Subscriber ID', r.id],
    ['Contact Person', r.contact],
    ['Telephone', r.phone],
    ['Email', r.email],
    ['Practice Session Date', r.session],
    [],
    ['Service', 'Result'],
    ...SERVICES.map((s) => [s, r.words[s]]),
    [],
    ['Name of Authorised Signatory', r.signatory],
    ['Date', r.signed],
  ];
  rows.forEach((row, i) => { sheet.data[i] = row; });
  await officegenSave(xlsx, f);
}

// ------------------------------------------------------------------ html-to-docx
{
  const f = 'holdout3/html-to-docx/intention-html-jordan.docx';
  const r = raw(f);
  const tr = (l, v) => `<tr><td><b>${l}</b></td><td>${v}</td></tr>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Intention Form</title></head><body>
<p><b>${C.intention_title}</b></p>
<p>Ref. No. 編號: ${C.ref}</p>
<table border="1" style="border-collapse:collapse;width:100%">
${tr('Subscriber Name 公司名稱', xmlEsc(r.name))}
${tr('HSN Subscriber ID 用戶編號', r.id)}
${tr('Contact Person 聯絡人', r.contact)}
${tr('Telephone 電話', r.phone)}
${tr('E-mail 電郵', r.email)}
</table>
<p>☑ Yes, we will participate in PS2 using HSN &nbsp;&nbsp; ☐ No, we will not participate in PS2 using HSN</p>
<p><b>Services to be verified</b></p>
${SERVICES.map((s) => `<p>${r.ticks[s]} ${s} – ${NAMES[s]}</p>`).join('\n')}
<table border="1" style="border-collapse:collapse;width:100%">
${tr('Name of Authorised Signatory 授權人姓名', r.signatory)}
${tr('Date 日期', r.signed)}
</table>
</body></html>`;
  const buf = await HTMLtoDOCX(html, null, { title: 'Intention Form', creator: 'Jordan Road Capital intranet', table: { row: { cantSplit: true } } });
  fs.writeFileSync(out(f), buf);
}

// ------------------------------------------------------------------ html-docx-js (altChunk)
{
  const f = 'holdout3/html-docx-js/result-altchunk-princeedward.docx';
  const r = raw(f);
  const tr = (l, v) => `<tr><td><b>${l}</b></td><td>${v}</td></tr>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<h3>${C.result_title}</h3>
<p>Ref. No.: ${C.ref}</p>
<table border="1">
${tr('Subscriber Name', r.name)}${tr('HSN Subscriber ID', r.id)}${tr('Contact Person', r.contact)}
${tr('Telephone', r.phone)}${tr('Email', r.email)}${tr('Practice Session Date', r.session)}
</table>
<p><b>Verification Result</b></p>
<table border="1"><tr><th>Service</th><th>Result</th></tr>
${SERVICES.map((s) => `<tr><td>${s} – ${NAMES[s]}</td><td>${r.words[s]}</td></tr>`).join('')}
</table>
<table border="1">
${tr('Issues Encountered', r.issues)}${tr('Name of Authorised Signatory', r.signatory)}${tr('Date', r.signed)}
</table></body></html>`;
  const blob = htmlDocx.asBlob(html);
  const buf = blob instanceof Buffer ? blob : Buffer.from(await blob.arrayBuffer());
  fs.writeFileSync(out(f), buf);
}

console.log('node generators done');
