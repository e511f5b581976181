// Workbooks written with exceljs 4.4.0 the way a subscriber's own staff would lay out the forms of notice
// HDS/23/1109 without ever seeing HKEX's template. One function per file; the oracle is make/cases.py.
'use strict';
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { person, REF, SERVICES, SYSTEMS, TITLE_A, TITLE_B, OUT, day } = require('./common');

const dir = path.join(OUT, 'exceljs');
fs.mkdirSync(dir, { recursive: true });

function book() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Operations';
  wb.created = new Date(Date.UTC(2023, 10, 20, 2, 0, 0));
  wb.modified = wb.created;
  return wb;
}
const bold = { font: { bold: true } };
function title(ws, text, range) {
  ws.mergeCells(range);
  const c = ws.getCell(range.split(':')[0]);
  c.value = text;
  c.font = { bold: true, size: 13 };
  c.alignment = { wrapText: true, vertical: 'middle' };
  ws.getRow(c.row).height = 36;
}
function rows(ws, start, pairs, opts = {}) {
  pairs.forEach(([label, value], i) => {
    const r = start + i;
    ws.getCell(r, 1).value = label;
    ws.getCell(r, 1).font = { bold: true };
    if (value !== undefined && value !== null) ws.getCell(r, 2).value = value;
    if (opts.merge) ws.mergeCells(r, 2, r, opts.merge);
  });
}
function date(ws, addr, d, fmt) {
  const c = ws.getCell(addr);
  c.value = d;
  c.numFmt = fmt;
}
async function save(wb, name) {
  await wb.xlsx.writeFile(path.join(dir, name));
  console.log('exceljs/' + name);
}

async function intentionLabelsLeftDropdowns() {
  const p = person('P01');
  const wb = book();
  const ws = wb.addWorksheet('Intention Form', {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: 'Page &P of &N' },
  });
  ws.columns = [{ width: 34 }, { width: 16 }, { width: 44 }, { width: 14 }, { width: 10 }];
  title(ws, TITLE_A, 'A1:E1');
  ws.getCell('A2').value = 'Ref. No.: ' + REF;
  ws.getCell('A3').value = 'Please return to HKEX Hosting Services – Service Desk (hsservicedesk@hkex.com.hk) on or before 24 Nov 2023.';
  ws.getCell('A3').font = { italic: true, size: 9 };
  rows(ws, 5, [['Subscriber Name:', p.name], ['HSN Subscriber ID:', p.id], ['Contact Person:', p.contact],
    ['Telephone:', p.phone], ['Email:', p.email]], { merge: 5 });
  ws.getCell('A11').value = 'Will you participate in PS2 on 25 Nov 2023 using HSN?';
  ws.getCell('A11').alignment = { wrapText: true };
  ws.getCell('B11').value = 'Yes';
  ws.getCell('B11').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Yes,No"'] };
  ['Code', 'System', 'Connect (Y/N)'].forEach((h, i) => { ws.getCell(13, 2 + i).value = h; ws.getCell(13, 2 + i).font = { bold: true }; });
  ws.getCell('A13').value = 'Services to be verified:';
  ws.getCell('A13').font = { bold: true };
  const yn = { 'OTP-C': 'Y', 'OTP-CSC': 'Y', 'OMD-C': 'N', 'OMD-CC': 'N' };
  SERVICES.forEach((s, i) => {
    ws.getCell(14 + i, 2).value = s;
    ws.getCell(14 + i, 3).value = SYSTEMS[s];
    ws.getCell(14 + i, 4).value = yn[s];
    ws.getCell(14 + i, 4).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Y,N"'] };
  });
  rows(ws, 19, [['Name of Authorised Signatory:', p.signatory], ['Date:', null]], { merge: 5 });
  date(ws, 'B20', day(2023, 11, 22), 'dd/mm/yyyy');
  ws.pageSetup.printArea = 'A1:E21';
  await save(wb, 'intention-labels-left-dropdowns.xlsx');
}

async function resultTickGrid() {
  const p = person('P02');
  const wb = book();
  const ws = wb.addWorksheet('Result');
  ws.columns = [{ width: 58 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 4 }];
  title(ws, TITLE_B, 'A1:E1');
  ws.getCell('A2').value = 'Ref. No.';
  ws.getCell('B2').value = REF;
  rows(ws, 4, [['Subscriber Name', p.name], ['Subscriber ID', p.id], ['Contact Person', p.contact],
    ['Phone', p.phone], ['Email', p.email]]);
  ws.getCell('A10').value = 'Practice Session Date';
  date(ws, 'B10', day(2023, 11, 25), 'd mmm yyyy');
  ['Service', 'Successful', 'Unsuccessful', 'Not Tested'].forEach((h, i) => {
    const c = ws.getCell(12, 1 + i); c.value = h; c.font = { bold: true };
    c.border = { bottom: { style: 'thin' } };
  });
  const col = { successful: 2, unsuccessful: 3, not_tested: 4 };
  const res = { 'OTP-C': 'successful', 'OTP-CSC': 'successful', 'OMD-C': 'unsuccessful', 'OMD-CC': 'not_tested' };
  SERVICES.forEach((s, i) => {
    ws.getCell(13 + i, 1).value = `${s} (${SYSTEMS[s]})`;
    const c = ws.getCell(13 + i, col[res[s]]);
    c.value = '✓';
    c.alignment = { horizontal: 'center' };
  });
  ws.getCell('A18').value = 'Issues Encountered';
  ws.getCell('B18').value = 'OMD-C retransmission requests timed out after the failover.';
  ws.mergeCells('B18:E18');
  ws.getCell('A20').value = 'Authorised Signatory';
  ws.getCell('B20').value = p.signatory;
  ws.getCell('A21').value = 'Date';
  date(ws, 'B21', day(2023, 11, 27), 'dd-mm-yyyy');
  await save(wb, 'result-tick-grid.xlsx');
}

async function intentionLabelsAbove() {
  const p = person('P03');
  const wb = book();
  const ws = wb.addWorksheet('Sheet1');
  ws.columns = [{ width: 30 }, { width: 22 }, { width: 34 }, { width: 12 }];
  ws.getCell('A1').value = 'Appendix A - Intention Form';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'for Using HSN to participate Practice Session (PS2) on 25 Nov 2023';
  const lab = (addr, t) => { ws.getCell(addr).value = t; ws.getCell(addr).font = { bold: true, color: { argb: 'FF1F4E79' } }; };
  lab('A3', 'Circular Ref');
  ws.getCell('A4').value = REF;
  lab('A6', 'Subscriber Name'); ws.mergeCells('A6:B6'); lab('C6', 'HSN Subscriber ID');
  ws.getCell('A7').value = p.name; ws.mergeCells('A7:B7'); ws.getCell('C7').value = p.id;
  lab('A9', 'Contact Person'); lab('B9', 'Telephone'); lab('C9', 'Email');
  ws.getCell('A10').value = p.contact;
  ws.getCell('B10').value = Number(p.phone); // typed as digits: Excel keeps a number
  ws.getCell('C10').value = p.email;
  lab('A12', 'Participate in PS2 using HSN?');
  ws.getCell('A13').value = 'Yes';
  lab('A15', 'Services to be verified (TRUE = yes)');
  const on = { 'OTP-C': true, 'OTP-CSC': false, 'OMD-C': true, 'OMD-CC': true };
  SERVICES.forEach((s, i) => { lab(ws.getCell(16, 1 + i).address, s); ws.getCell(17, 1 + i).value = on[s]; });
  lab('A19', 'Authorised Signatory'); lab('C19', 'Date');
  ws.getCell('A20').value = p.signatory;
  ws.getCell('C20').value = '23/11/2023';
  await save(wb, 'intention-labels-above.xlsx');
}

async function resultLabelsAboveTicks() {
  const p = person('P04');
  const wb = book();
  const ws = wb.addWorksheet('Result Form');
  ws.columns = [{ width: 22 }, { width: 14 }, { width: 16 }, { width: 16 }, { width: 30 }, { width: 6 }];
  title(ws, TITLE_B, 'A1:F1');
  ws.getCell('A2').value = 'Ref. No.:';
  ws.getCell('B2').value = REF;
  const lab = (addr, t) => { ws.getCell(addr).value = t; ws.getCell(addr).font = { bold: true }; ws.getCell(addr).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }; };
  lab('A4', 'Subscriber Name'); lab('D4', 'Subscriber ID');
  ws.getCell('A5').value = p.name; ws.mergeCells('A5:C5'); ws.getCell('D5').value = p.id;
  lab('A7', 'Contact Person'); lab('C7', 'Contact Number'); lab('E7', 'E-mail Address');
  ws.getCell('A8').value = p.contact; ws.getCell('C8').value = p.phone; ws.getCell('E8').value = p.email;
  lab('A10', 'Practice Session Date');
  date(ws, 'A11', day(2023, 11, 25), 'dd/mm/yyyy');
  lab('A13', 'Results');
  ['Service', 'Successful', 'Unsuccessful', 'Not tested'].forEach((h, i) => lab(ws.getCell(14, 1 + i).address, h));
  const col = { successful: 2, unsuccessful: 3, not_tested: 4 };
  const res = { 'OTP-C': 'successful', 'OTP-CSC': 'unsuccessful', 'OMD-C': 'successful' };
  SERVICES.forEach((s, i) => {
    ws.getCell(15 + i, 1).value = s;
    if (res[s]) { ws.getCell(15 + i, col[res[s]]).value = '✓'; ws.getCell(15 + i, col[res[s]]).alignment = { horizontal: 'center' }; }
  });
  lab('A20', 'Issues Encountered');
  ws.getCell('A21').value = 'OTP-CSC could not log on to the backup site until 10:40.';
  ws.mergeCells('A21:F21');
  lab('A23', 'Name of Authorised Signatory'); lab('D23', 'Date');
  ws.getCell('A24').value = p.signatory;
  date(ws, 'D24', day(2023, 11, 27), 'dd/mm/yyyy');
  await save(wb, 'result-labels-above-ticks.xlsx');
}

async function intentionInstructionsFirst() {
  const p = person('P05');
  const wb = book();
  const ins = wb.addWorksheet('Instructions');
  ins.getColumn(1).width = 110;
  [
    'How to complete the Intention Form',
    '1. Fill in your company details: Subscriber Name, HSN Subscriber ID (HSN followed by four digits), contact person, telephone and email.',
    '2. Choose Yes or No for participation in the Practice Session (PS2) on 25 Nov 2023.',
    '3. Choose the services you will verify from the drop-down lists (up to four).',
    '4. Have the form signed and return it to HKEX Hosting Services – Service Desk on or before 24 Nov 2023.',
  ].forEach((t, i) => { ins.getCell(1 + i, 1).value = t; });
  ins.getCell('A1').font = { bold: true, size: 14 };
  const ws = wb.addWorksheet('Intention Form');
  ws.columns = [{ width: 34 }, { width: 44 }];
  ws.getCell('A1').value = 'Intention Form for Using HSN to participate Practice Session';
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = 'Circular: ' + REF;
  rows(ws, 4, [['Subscriber Name', p.name], ['HSN Subscriber ID', p.id], ['Contact Person', p.contact],
    ['Telephone', p.phone], ['Email', p.email], ['Participation (Yes/No)', 'Yes'],
    ['Service 1', 'OTP-C'], ['Service 2', 'OMD-C'], ['Service 3', null], ['Service 4', null],
    ['Authorised Person', p.signatory], ['Date', '22 Nov 2023']]);
  ws.getCell('B9').dataValidation = { type: 'list', allowBlank: true, formulae: ['Lists!$A$2:$A$3'] };
  for (let r = 10; r <= 13; r++) ws.getCell(r, 2).dataValidation = { type: 'list', allowBlank: true, formulae: ['Lists!$B$2:$B$5'] };
  const lists = wb.addWorksheet('Lists', { state: 'hidden' });
  lists.getCell('A1').value = 'YesNo'; lists.getCell('A2').value = 'Yes'; lists.getCell('A3').value = 'No';
  lists.getCell('B1').value = 'Services';
  SERVICES.forEach((s, i) => { lists.getCell(2 + i, 2).value = s; lists.getCell(2 + i, 3).value = SYSTEMS[s]; });
  wb.views = [{ activeTab: 1, firstSheet: 0 }];
  await save(wb, 'intention-instructions-first.xlsx');
}

async function resultWordsDropdown() {
  const p = person('P06');
  const wb = book();
  const ws = wb.addWorksheet('Appendix B');
  ws.columns = [{ width: 26 }, { width: 46 }, { width: 16 }];
  title(ws, TITLE_B, 'A1:C1');
  ws.getCell('A2').value = 'Ref. No.'; ws.getCell('B2').value = REF;
  rows(ws, 4, [['Subscriber Name', p.name], ['HSN Subscriber ID', p.id], ['Contact Person', p.contact],
    ['Telephone', p.phone], ['Email', p.email], ['Practice Session Date', null]]);
  date(ws, 'B9', day(2023, 11, 25), 'yyyy-mm-dd');
  ['Service Code', 'System', 'Result'].forEach((h, i) => { ws.getCell(11, 1 + i).value = h; ws.getCell(11, 1 + i).font = { bold: true }; });
  const res = { 'OTP-C': 'Successful', 'OTP-CSC': 'Not Tested', 'OMD-C': 'Successful', 'OMD-CC': 'Successful' };
  SERVICES.forEach((s, i) => {
    ws.getCell(12 + i, 1).value = s; ws.getCell(12 + i, 2).value = SYSTEMS[s]; ws.getCell(12 + i, 3).value = res[s];
    ws.getCell(12 + i, 3).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Successful,Unsuccessful,Not Tested"'] };
  });
  rows(ws, 17, [['Issues Encountered', null], ['Name of Authorised Signatory', p.signatory], ['Date', null]]);
  date(ws, 'B19', day(2023, 11, 26), 'd/m/yyyy');
  await save(wb, 'result-words-dropdown.xlsx');
}

async function doubtIntentionYesAndNo() {
  const p = person('P07');
  const wb = book();
  const ws = wb.addWorksheet('Form');
  ws.columns = [{ width: 50 }, { width: 10 }];
  title(ws, TITLE_A, 'A1:C1');
  ws.getCell('A2').value = 'Ref. No.'; ws.getCell('B2').value = REF;
  rows(ws, 4, [['Subscriber Name', p.name], ['Subscriber ID', p.id], ['Contact Person', p.contact],
    ['Telephone', p.phone], ['Email', p.email]]);
  ws.getCell('A10').value = 'Participation (please tick one)'; ws.getCell('A10').font = { bold: true };
  ws.getCell('A11').value = 'We will participate in PS2 using HSN'; ws.getCell('B11').value = '✓';
  ws.getCell('A12').value = 'We will not participate in PS2'; ws.getCell('B12').value = '✓';
  ws.getCell('A14').value = 'Services to be verified'; ws.getCell('A14').font = { bold: true };
  ws.getCell('B14').value = 'Tick';
  const on = { 'OTP-C': true, 'OMD-C': true };
  SERVICES.forEach((s, i) => { ws.getCell(15 + i, 1).value = `${s} – ${SYSTEMS[s]}`; if (on[s]) ws.getCell(15 + i, 2).value = '✓'; });
  rows(ws, 20, [['Name of Authorised Signatory', p.signatory], ['Date', null]]);
  date(ws, 'B21', day(2023, 11, 21), 'dd/mm/yyyy');
  await save(wb, 'doubt-intention-yes-and-no.xlsx');
}

async function doubtResultVerifiedNoResult() {
  const p = person('P08');
  const wb = book();
  const ws = wb.addWorksheet('Result Form');
  ws.columns = [{ width: 28 }, { width: 40 }, { width: 12 }, { width: 16 }];
  title(ws, TITLE_B, 'A1:D1');
  ws.getCell('A2').value = 'Ref. No.'; ws.getCell('B2').value = REF;
  rows(ws, 4, [['Subscriber Name', p.name], ['HSN Subscriber ID', p.id], ['Contact Person', p.contact],
    ['Tel. No.', p.phone], ['E-mail Address', p.email], ['Practice Session Date', null]]);
  date(ws, 'B9', day(2023, 11, 25), 'dd/mm/yyyy');
  ['Service', 'System', 'Verified?', 'Result'].forEach((h, i) => { ws.getCell(11, 1 + i).value = h; ws.getCell(11, 1 + i).font = { bold: true }; });
  const rowsOf = { 'OTP-C': ['Yes', 'Successful'], 'OTP-CSC': ['Yes', null], 'OMD-C': ['Yes', 'Successful'], 'OMD-CC': ['No', null] };
  SERVICES.forEach((s, i) => {
    ws.getCell(12 + i, 1).value = s; ws.getCell(12 + i, 2).value = SYSTEMS[s];
    ws.getCell(12 + i, 3).value = rowsOf[s][0];
    if (rowsOf[s][1]) ws.getCell(12 + i, 4).value = rowsOf[s][1];
  });
  rows(ws, 17, [['Name of Authorised Signatory', p.signatory], ['Date', null]]);
  date(ws, 'B18', day(2023, 11, 27), 'dd/mm/yyyy');
  await save(wb, 'doubt-result-verified-no-result.xlsx');
}

async function intentionLabelSpaceValue() {
  const p = person('P09');
  const wb = book();
  const ws = wb.addWorksheet('Intention');
  ws.columns = [{ width: 40 }, { width: 40 }];
  title(ws, TITLE_A, 'A1:B1');
  ws.getCell('A2').value = 'Circular ref ' + REF;
  ws.getCell('A3').value = 'Subscriber code ' + p.id;
  rows(ws, 5, [['Subscriber Name', p.name], ['Contact Person', p.contact], ['Tel. No.', p.phone],
    ['E-mail Address', p.email], ['Participation', 'Yes']]);
  ws.getCell('A11').value = 'Services to be verified'; ws.getCell('A11').font = { bold: true };
  ws.getCell('B11').value = 'Put X';
  const on = { 'OTP-CSC': true, 'OMD-CC': true };
  SERVICES.forEach((s, i) => { ws.getCell(12 + i, 1).value = s; if (on[s]) ws.getCell(12 + i, 2).value = 'X'; });
  rows(ws, 17, [['Name of Authorised Signatory', p.signatory], ['Date', null]]);
  date(ws, 'B18', day(2023, 11, 20), 'dd/mm/yyyy');
  await save(wb, 'intention-label-space-value.xlsx');
}

async function intentionWrappedName() {
  const p = person('P38');
  const wb = book();
  const ws = wb.addWorksheet('Intention Form');
  ws.columns = [{ width: 30 }, { width: 26 }, { width: 10 }];
  title(ws, TITLE_A, 'A1:C1');
  ws.getCell('A2').value = 'Ref. No.:'; ws.getCell('B2').value = REF;
  rows(ws, 4, [['Subscriber Name', 'North Point Securities\nLimited  '], ['HSN Subscriber ID', p.id],
    ['Contact Person', 'Lo  Siu Ming'], ['Telephone', p.phone], ['Email', p.email], ['Participate (Yes / No)', 'Yes']]);
  ws.getCell('B4').alignment = { wrapText: true };
  ws.getRow(4).height = 30;
  ws.getCell('A11').value = 'Services'; ws.getCell('A11').font = { bold: true };
  SERVICES.forEach((s, i) => { ws.getCell(12 + i, 1).value = s; ws.getCell(12 + i, 2).value = SYSTEMS[s]; ws.getCell(12 + i, 3).value = '✓'; });
  rows(ws, 17, [['Authorised Signatory', p.signatory], ['Date', null]]);
  date(ws, 'B18', day(2023, 11, 24), 'dd/mm/yyyy');
  await save(wb, 'intention-wrapped-name.xlsx');
}

(async () => {
  await intentionLabelsLeftDropdowns();
  await resultTickGrid();
  await intentionLabelsAbove();
  await resultLabelsAboveTicks();
  await intentionInstructionsFirst();
  await resultWordsDropdown();
  await doubtIntentionYesAndNo();
  await doubtResultVerifiedNoResult();
  await intentionLabelSpaceValue();
  await intentionWrappedName();
})().catch((e) => { console.error(e); process.exit(1); });
