// Workbooks written by the npm package xlsx (SheetJS) (producer `sheetjs`): node make_sheetjs.js
// Reads cases.json (python3 cases.py) and writes ../forms/sheetjs/*.xlsx
'use strict';
const path = require('path');
const fs = require('fs');
const XLSX = require('xlsx');

const HERE = __dirname;
const ASSETS = path.join(HERE, '..');
const data = JSON.parse(fs.readFileSync(path.join(HERE, 'cases.json'), 'utf8'));
const SV = data.services;
const NAMES = data.service_names;
const BOX = '\u2610';
const BALLOT_X = '\u2612';

const written = (c, k) => (k in c.raw ? c.raw[k] : c.fields[k]);

function tickValue(c, on) {
  const t = c.raw.tick;
  if (t === 'bool') return on;
  return on ? t : null;
}

function dateCell(c, key) {
  const v = written(c, key);
  if (typeof v === 'number') return { t: 'n', v, z: c.raw.date_format || 'dd/mm/yyyy' };
  return v;
}

function titleRows(form) {
  return [['HKEX Hosting Services Limited'], [data.titles[form]], [data.subtitle],
    ['Ref. No.:', data.ref], []];
}

const TITLE_MERGES = [
  { s: { r: 0, c: 0 }, e: { r: 0, c: 3 } },
  { s: { r: 1, c: 0 }, e: { r: 1, c: 3 } },
];

function book(c, ws, name) {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, name);
  wb.Props = { Author: c.fields.contact_name || 'Subscriber', CreatedDate: new Date(Date.UTC(2023, 10, 20)) };
  if (c.raw.date1904) wb.Workbook = { WBProps: { date1904: true } };
  return wb;
}

function sj_right(c) {
  const f = c.fields;
  const rows = titleRows('intention');
  rows.push(['Subscriber Name:', written(c, 'subscriber_name')]);
  rows.push(['HSN Subscriber ID:', written(c, 'subscriber_id')]);
  rows.push(['Contact Person:', written(c, 'contact_name')]);
  rows.push(['Telephone:', written(c, 'contact_phone')]);
  rows.push(['Email:', written(c, 'contact_email')]);
  rows.push([]);
  if (c.raw.tick === 'bool') {
    rows.push(['We will participate in PS2 using HSN:', f.participate]);
  } else if (c.raw.tick === '\u2713') {
    rows.push(['Participate in PS2 using HSN (Yes/No):', f.participate ? 'Yes' : 'No']);
  } else {
    rows.push(['Participation in PS2 (mark one):']);
    rows.push(['Yes, we will participate in PS2 using HSN', null, tickValue(c, f.participate === true)]);
    rows.push(['No, we will not participate', null, tickValue(c, f.participate === false)]);
  }
  rows.push([]);
  rows.push(['Services to be verified', 'System', 'Tick']);
  for (const s of SV) rows.push([s, NAMES[s], tickValue(c, (f.services || []).includes(s))]);
  rows.push([]);
  rows.push(['Name of Authorised Signatory:', f.signatory_name]);
  rows.push(['Date:', dateCell(c, 'signed_date')]);
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = TITLE_MERGES;
  ws['!cols'] = [{ wch: 38 }, { wch: 44 }, { wch: 8 }, { wch: 6 }, { wch: 6 }];
  return book(c, ws, 'Intention');
}

// every field written as "Label: value" in a single cell of column A
function sj_one_cell(c) {
  const f = c.fields;
  const rows = titleRows('intention').map((r) => (r.length === 2 ? [r.join(' ')] : r));
  rows.push([`Subscriber Name: ${f.subscriber_name}`]);
  rows.push([`HSN Subscriber ID: ${f.subscriber_id}`]);
  rows.push([`Contact Person: ${f.contact_name}`]);
  rows.push([`Tel. No.: ${f.contact_phone}`]);
  rows.push([`Email: ${f.contact_email}`]);
  rows.push([`Participation in PS2: ${f.participate ? BALLOT_X : BOX} Yes   ${f.participate ? BOX : BALLOT_X} No`]);
  rows.push(['Services to be verified:']);
  for (const s of SV) rows.push([`${f.services.includes(s) ? BALLOT_X : BOX} ${s} \u2013 ${NAMES[s]}`]);
  rows.push([`Name of Authorised Signatory: ${f.signatory_name}`]);
  rows.push([`Date: ${written(c, 'signed_date')}`]);
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!cols'] = [{ wch: 80 }];
  return book(c, ws, 'Sheet1');
}

function resultTop(c) {
  const rows = titleRows('result');
  rows.push(['Subscriber Name', written(c, 'subscriber_name')]);
  rows.push(['HSN Subscriber ID', written(c, 'subscriber_id')]);
  rows.push(['Contact Person', written(c, 'contact_name')]);
  rows.push(['Telephone', written(c, 'contact_phone')]);
  rows.push(['Email', written(c, 'contact_email')]);
  rows.push(['Practice Session Date', dateCell(c, 'session_date')]);
  rows.push([]);
  return rows;
}

function resultBottom(c, rows) {
  const f = c.fields;
  rows.push([]);
  if (f.issues) rows.push(['Issues Encountered', written(c, 'issues')]);
  rows.push(['Name of Authorised Signatory', f.signatory_name]);
  rows.push(['Date', dateCell(c, 'signed_date')]);
}

function sj_result_table(c) {
  const rows = resultTop(c);
  const resultRow = rows.length;
  rows.push(['Service', 'Result']);
  rows.push([null, 'Successful', 'Unsuccessful', 'Not tested']);
  const res = c.fields.results;
  for (const s of SV) {
    rows.push([s].concat(['successful', 'unsuccessful', 'not_tested'].map((k) => (res[s] === k ? c.raw.tick : null))));
  }
  resultBottom(c, rows);
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = TITLE_MERGES.concat([
    { s: { r: resultRow, c: 1 }, e: { r: resultRow, c: 3 } }, // "Result" over three columns
    { s: { r: resultRow, c: 0 }, e: { r: resultRow + 1, c: 0 } }, // "Service" over two rows
  ]);
  ws['!cols'] = [{ wch: 30 }, { wch: 36 }, { wch: 14 }, { wch: 12 }];
  return book(c, ws, 'Result');
}

function sj_result_words(c) {
  const rows = resultTop(c);
  rows.push(['Service', 'Result (Successful / Unsuccessful / N/A)']);
  for (const s of SV) rows.push([`${s} \u2013 ${NAMES[s]}`, c.raw.results[s]]);
  resultBottom(c, rows);
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = TITLE_MERGES;
  return book(c, ws, 'Result');
}

const LAYOUTS = { sj_right, sj_one_cell, sj_result_table, sj_result_words };

let n = 0;
for (const c of data.cases) {
  if (c.producer !== 'sheetjs') continue;
  const file = path.join(ASSETS, c.file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const wb = LAYOUTS[c.layout](c);
  XLSX.writeFile(wb, file, { bookSST: !!c.raw.sst, compression: true });
  n++;
}
console.log('sheetjs:', n, 'files');
