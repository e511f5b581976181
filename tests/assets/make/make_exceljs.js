// Workbooks written by the npm package exceljs (producer `exceljs`): node make_exceljs.js
// Reads cases.json (python3 cases.py) and writes ../forms/exceljs/*.xlsx
'use strict';
const path = require('path');
const fs = require('fs');
const ExcelJS = require('exceljs');

const HERE = __dirname;
const ASSETS = path.join(HERE, '..');
const data = JSON.parse(fs.readFileSync(path.join(HERE, 'cases.json'), 'utf8'));
const SV = data.services;
const NAMES = data.service_names;

const written = (c, k) => (k in c.raw ? c.raw[k] : c.fields[k]);
const bold = { bold: true };

function tickValue(c, on) {
  const t = c.raw.tick;
  if (t === 'bool') return on;
  return on ? t : null;
}

function putDate(ws, addr, c, key) {
  const v = written(c, key);
  const cell = ws.getCell(addr);
  if (typeof v === 'number') {
    cell.value = v; // a raw date serial in the workbook's own date system
    cell.numFmt = c.raw.date_format || 'dd/mm/yyyy';
  } else if (v !== undefined) {
    cell.value = v;
  }
}

function header(ws, form, ncols) {
  const last = String.fromCharCode(64 + ncols);
  ws.mergeCells(`A1:${last}1`);
  ws.getCell('A1').value = 'HKEX Hosting Services Limited';
  ws.getCell('A1').font = bold;
  ws.mergeCells(`A2:${last}2`);
  ws.getCell('A2').value = data.titles[form];
  ws.getCell('A2').font = { bold: true, size: 13 };
  ws.mergeCells(`A3:${last}3`);
  ws.getCell('A3').value = data.subtitle;
  ws.getCell('A4').value = 'Ref. No.:';
  ws.getCell('B4').value = data.ref;
}

function newBook(c) {
  const wb = new ExcelJS.Workbook();
  wb.creator = c.fields.contact_name || 'Subscriber';
  wb.created = new Date(Date.UTC(2023, 10, 20, 2, 0, 0));
  wb.modified = new Date(Date.UTC(2023, 10, 20, 2, 30, 0));
  if (c.raw.date1904) wb.properties.date1904 = true;
  return wb;
}

const CONTACT = [
  ['Subscriber Name:', 'subscriber_name'],
  ['HSN Subscriber ID:', 'subscriber_id'],
  ['Contact Person:', 'contact_name'],
  ['Telephone:', 'contact_phone'],
  ['Email:', 'contact_email'],
];

// label in column A, value to the right
function xl_right(c) {
  const f = c.fields;
  const wb = newBook(c);
  const ws = wb.addWorksheet('Intention Form');
  ws.columns = [{ width: 38 }, { width: 44 }, { width: 12 }, { width: 8 }, { width: 8 }];
  header(ws, 'intention', 5);
  let row = 6;
  for (const [lab, k] of CONTACT) {
    ws.getCell(`A${row}`).value = lab;
    const v = written(c, k);
    if (v !== undefined) ws.getCell(`B${row}`).value = v;
    if (k === 'subscriber_name') ws.mergeCells(`B${row}:E${row}`);
    row++;
  }
  row++;
  if (c.raw.tick === 'bool') {
    ws.getCell(`A${row}`).value = 'We will participate in PS2 using HSN';
    ws.getCell(`B${row}`).value = f.participate;
  } else {
    // one row per choice, the mark in column C as for the services below
    ws.getCell(`A${row}`).value = 'Participation in PS2 (mark one)';
    ws.getCell(`A${row}`).font = bold;
    row++;
    ws.getCell(`A${row}`).value = 'Yes – we will participate in PS2 using HSN';
    ws.getCell(`C${row}`).value = tickValue(c, f.participate === true);
    row++;
    ws.getCell(`A${row}`).value = 'No – we will not participate';
    ws.getCell(`C${row}`).value = tickValue(c, f.participate === false);
  }
  row += 2;
  ws.getCell(`A${row}`).value = 'Services to be verified';
  ws.getCell(`A${row}`).font = bold;
  ws.getCell(`C${row}`).value = 'Tick';
  row++;
  const svc = f.services || [];
  for (const s of SV) {
    ws.getCell(`A${row}`).value = s;
    ws.getCell(`B${row}`).value = NAMES[s];
    ws.getCell(`C${row}`).value = tickValue(c, svc.includes(s));
    row++;
  }
  row++;
  ws.getCell(`A${row}`).value = 'Name of Authorised Signatory:';
  if (f.signatory_name) ws.getCell(`B${row}`).value = f.signatory_name;
  row++;
  ws.getCell(`A${row}`).value = 'Date:';
  putDate(ws, `B${row}`, c, 'signed_date');
  return wb;
}

// labels in one row, values in the row below; defined names on some value cells
function xl_below(c) {
  const f = c.fields;
  const wb = newBook(c);
  const ws = wb.addWorksheet('Form');
  ws.columns = [{ width: 36 }, { width: 20 }, { width: 20 }, { width: 20 }, { width: 34 }];
  header(ws, 'intention', 5);
  const labels = ['Subscriber Name', 'HSN Subscriber ID', 'Contact Person', 'Telephone', 'Email'];
  const keys = ['subscriber_name', 'subscriber_id', 'contact_name', 'contact_phone', 'contact_email'];
  labels.forEach((l, i) => {
    const col = String.fromCharCode(65 + i);
    ws.getCell(`${col}6`).value = l;
    ws.getCell(`${col}6`).font = bold;
    ws.getCell(`${col}7`).value = written(c, keys[i]);
  });
  wb.definedNames.add('Form!$B$7', 'subscriber_id');
  wb.definedNames.add('Form!$E$7', 'contact_email');
  ws.getCell('A9').value = 'Participate in PS2 using HSN (Yes / No)';
  ws.getCell('A9').font = bold;
  ws.getCell('A10').value = f.participate ? 'Yes' : 'No';
  ws.getCell('A12').value = 'Services to be verified (\u2713 where applicable)';
  ws.getCell('A12').font = bold;
  SV.forEach((s, i) => {
    const col = String.fromCharCode(66 + i);
    ws.getCell(`${col}12`).value = s;
    ws.getCell(`${col}13`).value = (f.services || []).includes(s) ? '\u2713' : null;
  });
  ws.getCell('A15').value = 'Name of Authorised Signatory';
  ws.getCell('A15').font = bold;
  ws.getCell('B15').value = 'Date';
  ws.getCell('B15').font = bold;
  ws.getCell('A16').value = f.signatory_name;
  putDate(ws, 'B16', c, 'signed_date');
  wb.definedNames.add('Form!$B$16', 'SignDate');
  return wb;
}

function resultHeader(ws, c) {
  let row = 6;
  for (const [lab, k] of CONTACT) {
    ws.getCell(`A${row}`).value = lab;
    const v = written(c, k);
    if (v !== undefined) ws.getCell(`B${row}`).value = v;
    row++;
  }
  ws.getCell(`A${row}`).value = 'Practice Session Date:';
  putDate(ws, `B${row}`, c, 'session_date');
  return row + 2;
}

function resultFooter(ws, c, row) {
  const f = c.fields;
  row++;
  if (f.issues) {
    ws.getCell(`A${row}`).value = 'Issues Encountered:';
    ws.getCell(`B${row}`).value = written(c, 'issues');
    row++;
  }
  ws.getCell(`A${row}`).value = 'Name of Authorised Signatory:';
  if (f.signatory_name) ws.getCell(`B${row}`).value = f.signatory_name;
  row++;
  ws.getCell(`A${row}`).value = 'Date:';
  putDate(ws, `B${row}`, c, 'signed_date');
}

// service rows x Successful / Unsuccessful / Not tested, ticked with X or TRUE/FALSE
function xl_result_table(c) {
  const wb = newBook(c);
  const ws = wb.addWorksheet('Result Form');
  ws.columns = [{ width: 34 }, { width: 40 }, { width: 14 }, { width: 12 }];
  header(ws, 'result', 4);
  let row = resultHeader(ws, c);
  ws.mergeCells(`B${row}:D${row}`);
  ws.getCell(`B${row}`).value = 'Result';
  ws.getCell(`B${row}`).font = bold;
  ws.getCell(`B${row}`).alignment = { horizontal: 'center' };
  row++;
  ['Service', 'Successful', 'Unsuccessful', 'Not tested'].forEach((h, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = h;
    cell.font = bold;
  });
  row++;
  const res = c.fields.results || {};
  for (const s of SV) {
    ws.getCell(`A${row}`).value = s;
    if (res[s]) {
      ['successful', 'unsuccessful', 'not_tested'].forEach((k, i) => {
        const on = res[s] === k;
        ws.getCell(row, i + 2).value = c.raw.tick === 'bool' ? on : (on ? c.raw.tick : null);
      });
    }
    row++;
  }
  resultFooter(ws, c, row);
  return wb;
}

// a result written as a word in one cell; streaming writer without shared strings:
// plain strings become t="str" cells and rich-text labels become t="inlineStr"
async function xl_result_words(c, file) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false,
    useStyles: true });
  wb.creator = c.fields.contact_name;
  wb.created = new Date(Date.UTC(2023, 10, 27, 2, 0, 0));
  const ws = wb.addWorksheet('Result');
  ws.columns = [{ width: 34 }, { width: 44 }];
  const rich = (a, b) => ({ richText: [{ font: { bold: true }, text: a }, { text: b }] });
  const rows = [
    [rich('HKEX Hosting Services Limited', '')],
    [rich(data.titles.result, '')],
    [data.subtitle],
    ['Ref. No.:', data.ref],
    [],
    [rich('Subscriber', ' Name'), written(c, 'subscriber_name')],
    [rich('HSN Subscriber', ' ID'), written(c, 'subscriber_id')],
    [rich('Contact', ' Person'), written(c, 'contact_name')],
    [rich('Tel.', ' No.'), written(c, 'contact_phone')],
    [rich('E-mail', ' Address'), written(c, 'contact_email')],
    [rich('Practice Session', ' Date'), written(c, 'session_date')],
    [],
    [rich('Service', ''), rich('Result (Pass / Failed / N/A)', '')],
  ];
  for (const s of SV) rows.push([s, c.raw.results[s]]);
  rows.push([]);
  rows.push([rich('Issues', ' Encountered'), written(c, 'issues')]);
  rows.push([rich('Name of Authorised', ' Signatory'), c.fields.signatory_name]);
  rows.push([rich('Date', '')]);
  rows.forEach((vals, i) => {
    const r = ws.getRow(i + 1);
    vals.forEach((v, j) => { if (v !== undefined) r.getCell(j + 1).value = v; });
    if (i === rows.length - 1) {
      const d = r.getCell(2);
      d.value = written(c, 'signed_date');
      d.numFmt = 'dd/mm/yyyy';
    }
    r.commit();
  });
  ws.commit();
  await wb.commit();
}

const LAYOUTS = { xl_right, xl_below, xl_result_table };

// a readable workbook that is no form (goes to bad/): a broker's fee schedule
async function priceList(file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Golden Harbour Brokerage Limited';
  wb.created = new Date(Date.UTC(2023, 10, 1));
  const ws = wb.addWorksheet('Fee Schedule 2024');
  ws.columns = [{ width: 40 }, { width: 16 }, { width: 14 }, { width: 30 }];
  ws.mergeCells('A1:D1');
  ws.getCell('A1').value = 'Golden Harbour Brokerage Limited – Fee Schedule 2024';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.addRow([]);
  ws.addRow(['Item', 'Unit', 'Price (HKD)', 'Remarks']).font = bold;
  const items = [
    ['Securities trading commission (online)', 'per trade', 0.0025, 'min. HKD 50'],
    ['Securities trading commission (phone)', 'per trade', 0.0035, 'min. HKD 100'],
    ['Custody fee', 'per month', 30, 'waived for active accounts'],
    ['Real-time quote service', 'per month', 188, ''],
    ['China Connect northbound settlement', 'per trade', 0.00002, ''],
    ['Physical scrip deposit', 'per lot', 5, ''],
  ];
  for (const it of items) {
    const r = ws.addRow(it);
    r.getCell(3).numFmt = typeof it[2] === 'number' && it[2] < 1 ? '0.000%' : '#,##0.00';
  }
  ws.addRow([]);
  ws.addRow(['Effective from', { formula: 'DATE(2024,1,1)', result: 45292 }]).getCell(2).numFmt = 'dd/mm/yyyy';
  await wb.xlsx.writeFile(file);
}

(async () => {
  let n = 0;
  for (const c of data.cases) {
    if (c.producer !== 'exceljs') continue;
    const file = path.join(ASSETS, c.file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (c.layout === 'xl_result_words') {
      await xl_result_words(c, file);
    } else {
      const wb = LAYOUTS[c.layout](c);
      await wb.xlsx.writeFile(file);
    }
    n++;
  }
  await priceList(path.join(ASSETS, 'bad', 'price-list.xlsx'));
  console.log('exceljs:', n, 'forms + bad/price-list.xlsx');
})().catch((e) => { console.error(e); process.exit(1); });
