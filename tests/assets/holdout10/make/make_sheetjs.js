// Workbooks written with SheetJS (npm xlsx 0.18.5), as an outsider's script or web page would export an
// array of rows: plain strings, booleans, numbers with a number format, merges and column widths only.
'use strict';
const XLSX = require('xlsx');
const fs = require('fs');
const path = require('path');
const { person, REF, SERVICES, SYSTEMS, TITLE_A, TITLE_B, OUT } = require('./common');

const serial = (y, m, d) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
const dateCell = (y, m, d, z) => ({ t: 'n', v: serial(y, m, d), z });

function write(sub, name, sheets) {
  const dir = path.join(OUT, sub);
  fs.mkdirSync(dir, { recursive: true });
  const wb = XLSX.utils.book_new();
  for (const [sheetName, aoa, extra] of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    Object.assign(ws, extra || {});
    XLSX.utils.book_append_sheet(wb, ws, sheetName);
  }
  XLSX.writeFile(wb, path.join(dir, name), { compression: true });
  console.log(sub + '/' + name);
}

function intentionBilingual() {
  const p = person('P10');
  const mark = { 'OTP-C': 'X', 'OTP-CSC': 'X', 'OMD-C': 'X', 'OMD-CC': '' };
  write('sheetjs', 'intention-bilingual-two-columns.xlsx', [['意向表格 Intention Form', [
    ['附件A 意向表格', TITLE_A],
    [],
    ['編號', 'Ref. No.', REF],
    ['公司名稱', 'Subscriber Name', p.name],
    ['用戶編號', 'HSN Subscriber ID', p.id.toLowerCase()],
    ['聯絡人', 'Contact Person', p.contact],
    ['電話', 'Telephone', p.phone],
    ['電郵', 'Email', p.email],
    ['參與', 'Participation', 'Yes'],
    [],
    ['服務', 'Services to be verified', '(X)'],
    ...SERVICES.map((s) => ['', s, mark[s]]),
    [],
    ['授權人姓名', 'Name of Authorised Signatory', p.signatory],
    ['日期', 'Date', '2023-11-21'],
  ], { '!cols': [{ wch: 12 }, { wch: 30 }, { wch: 40 }], '!merges': [XLSX.utils.decode_range('B1:C1')] }]]);
}

function resultBilingual() {
  const p = person('P11');
  const res = { 'OTP-C': 1, 'OTP-CSC': 3, 'OMD-C': 1, 'OMD-CC': 1 };
  const grid = SERVICES.map((s) => [s, ...[1, 2, 3].map((c) => (res[s] === c ? 'X' : ''))]);
  write('sheetjs', 'result-bilingual-x-grid.xlsx', [['結果表格', [
    ['附件B 演習結果表格'],
    [TITLE_B],
    ['編號 Ref. No.', REF],
    ['公司名稱 Subscriber Name', p.name],
    ['用戶編號 Subscriber ID', p.id],
    ['聯絡人 Contact Person', p.contact],
    ['電話 Telephone', p.phone],
    ['電郵 Email', p.email],
    ['演習日期 Practice Session Date', dateCell(2023, 11, 25, 'dd/mm/yyyy')],
    [],
    ['服務 Service', '成功 Successful', '不成功 Unsuccessful', '未測試 Not Tested'],
    ...grid,
    [],
    ['備註 Remarks', 'OTP-CSC was not tested because the line was under maintenance.'],
    ['授權人姓名 Authorised Signatory', p.signatory],
    ['日期 Date', dateCell(2023, 11, 27, 'dd/mm/yyyy')],
  ], { '!cols': [{ wch: 34 }, { wch: 18 }, { wch: 20 }, { wch: 20 }] }]]);
}

function intentionFieldValue() {
  const p = person('P12');
  write('sheetjs', 'intention-field-value-table.xlsx', [['Sheet1', [
    ['Appendix A - Intention Form for Using HSN to participate Practice Session (PS2, 25 November 2023)'],
    ['Field', 'Value'],
    ['Circular Ref. No.', REF],
    ['Subscriber Name', p.name],
    ['Subscriber ID', p.id],
    ['Contact Name', p.contact],
    ['Contact Number', p.phone],
    ['Email Address', p.email],
    ['Participate in PS2 using HSN', 'Yes'],
    ['Services to be verified', 'OTP-C, OMD-C, OMD-CC'],
    ['Authorised Signatory', p.signatory],
    ['Date signed', '24/11/2023'],
  ], { '!cols': [{ wch: 30 }, { wch: 44 }] }]]);
}

function resultTrueFalse() {
  const p = person('P13');
  const res = { 'OTP-C': 0, 'OTP-CSC': 1, 'OMD-C': 0, 'OMD-CC': 2 };
  write('sheetjs', 'result-true-false-grid.xlsx', [['Result Form', [
    [TITLE_B],
    ['Ref. No.', REF],
    [],
    ['Subscriber Name', p.name],
    ['HSN Subscriber ID', p.id],
    ['Contact Person', p.contact],
    ['Telephone', p.phone],
    ['Email', p.email],
    ['Practice Session Date', dateCell(2023, 11, 25, 'd-mmm-yy')],
    [],
    ['Service', 'Successful', 'Unsuccessful', 'Not Tested'],
    ...SERVICES.map((s) => [s, res[s] === 0, res[s] === 1, res[s] === 2]),
    [],
    ['Name of Authorised Signatory', p.signatory],
    ['Date', dateCell(2023, 11, 27, 'dd/mm/yyyy')],
  ], { '!merges': [XLSX.utils.decode_range('A1:D1')], '!cols': [{ wch: 30 }, { wch: 14 }, { wch: 14 }, { wch: 14 }] }]]);
}

function resultWords() {
  const p = person('P14');
  const word = { 'OTP-C': 'Pass', 'OTP-CSC': 'OK', 'OMD-C': 'Fail', 'OMD-CC': 'N/A' };
  write('sheetjs', 'result-words-pass-fail.xlsx', [['PS2 Result', [
    [TITLE_B],
    ['Ref No', REF],
    ['Company Name', p.name],
    ['Subscriber Code', p.id],
    ['Contact Name', p.contact],
    ['Phone', p.phone],
    ['E-mail', p.email],
    ['Practice Session Date', '25th November 2023'],
    [],
    ['System', 'Outcome'],
    ...SERVICES.map((s) => [s, word[s]]),
    [],
    ['Remarks', 'OMD-C: no data received on the backup line for 5 minutes.'],
    ['Authorised Person', p.signatory],
    ['Date', '27 Nov 2023'],
  ], { '!cols': [{ wch: 26 }, { wch: 44 }] }]]);
}

function doubtTwoIds() {
  const p = person('P15');
  const mark = { 'OMD-C': 'X', 'OMD-CC': 'X' };
  write('sheetjs', 'doubt-two-subscriber-ids.xlsx', [['Intention', [
    [TITLE_A],
    ['Subscriber code HSN1151'],
    [],
    ['Ref. No.', REF],
    ['Subscriber Name', p.name],
    ['HSN Subscriber ID', p.id],
    ['Contact Person', p.contact],
    ['Telephone', p.phone],
    ['Email', p.email],
    ['Participation', 'Yes'],
    [],
    ['Services to be verified', 'Mark with X'],
    ...SERVICES.map((s) => [`${s} ${SYSTEMS[s]}`, mark[s] || '']),
    [],
    ['Name of Authorised Signatory', p.signatory],
    ['Date', '22/11/2023'],
  ], { '!cols': [{ wch: 52 }, { wch: 36 }] }]]);
}

function timesheet() {
  const days = [20, 21, 22, 23, 24];
  const rows = [
    ['Weekly Timesheet'],
    [],
    ['Employee Name', 'Chan Siu Ming'],
    ['Employee No.', 'E10442'],
    ['Department', 'Market Operations'],
    ['Phone', '2211 6081'],
    ['Week ending', dateCell(2023, 11, 24, 'dd/mm/yyyy')],
    [],
    ['Date', 'Project', 'Task', 'Hours'],
    ...days.map((d, i) => [dateCell(2023, 11, d, 'ddd dd/mm'), i % 2 ? 'Backbone firmware upgrade' : 'Client onboarding', i === 3 ? 'Practice session preparation' : 'Support', i === 4 ? 7.5 : 8]),
    ['Total hours', '', '', { t: 'n', v: 39.5, f: 'SUM(D10:D14)' }],
    [],
    ['Approved by', 'Lee Ka Wai'],
    ['Signature', ''],
    ['Date', ''],
  ];
  write('lookalike', 'timesheet.xlsx', [['Timesheet', rows, { '!cols': [{ wch: 16 }, { wch: 28 }, { wch: 30 }, { wch: 8 }] }]]);
}

function contactList() {
  const people = [
    ['Chan Tai Man', 'Acme Securities Ltd', 'Operations Manager', '2211 6080', 'tm.chan@acme.example.com'],
    ['Wong Siu Ling', 'Harbourfront Brokerage', 'IT Manager', '+852 2522 1133', 'siuling.wong@harbourfront.example.com'],
    ['Lee Chi Keung', 'Peak Capital Markets', 'Network Engineer', '2877 4410', 'ck.lee@peakcm.example.com'],
    ['Ho Mei Yee', 'Kowloon Equities', 'Compliance Officer', '2388 9021', 'meiyee.ho@kowloonequities.example.com'],
    ['Cheung Wing Hong', 'Lantau Securities', 'Head of Trading', '2109 3344', 'winghong.cheung@lantausec.example.com'],
    ['Ng Ka Yan', 'Tsim Sha Tsui Brokers', 'Operations', '2366 1002', 'kayan.ng@tstbrokers.example.com'],
    ['Lam Wai Ming', 'Central Financial Group', 'CTO', '2526 8870', 'waiming.lam@cfg.example.com'],
    ['Yip Hoi Ching', 'Admiralty Capital', 'Network Support', '2861 4455', 'hoiching.yip@admcap.example.com'],
    ['Leung Kwok Wai', 'Sheung Wan Securities', 'IT Director', '2545 0098', 'kwokwai.leung@swsec.example.com'],
    ['Tang Sze Man', 'Causeway Trading', 'Service Manager', '2890 7763', 'szeman.tang@cwtrading.example.com'],
    ['Fung Chun Kit', 'Quarry Bay Investments', 'Systems Analyst', '2563 2219', 'chunkit.fung@qbinv.example.com'],
    ['Kwok Lai Han', 'Sai Kung Securities', 'Operations Supervisor', '2792 6631', 'laihan.kwok@saikungsec.example.com'],
    ['Mak Ho Yin', 'Tuen Mun Brokerage', 'Dealer', '2450 1187', 'hoyin.mak@tmbrokerage.example.com'],
    ['Siu Pui Kei', 'Stanley Capital', 'Office Manager', '2813 0045', 'puikei.siu@stanleycap.example.com'],
    ['Chow Tsz Lok', 'Shatin Equities', 'Network Engineer', '2601 5523', 'tszlok.chow@shatineq.example.com'],
    ['Poon Wing Kei', 'Kwai Chung Securities', 'IT Support', '2420 7788', 'wingkei.poon@kcsec.example.com'],
    ['Au Ka Ho', 'Wan Chai Brokers', 'Operations', '2598 3301', 'kaho.au@wcbrokers.example.com'],
    ['Tse Yuen Man', 'Aberdeen Investments', 'Compliance', '2554 9914', 'yuenman.tse@abdinv.example.com'],
  ];
  write('lookalike', 'contact-list.xlsx', [['Contacts', [['Name', 'Company', 'Title', 'Phone', 'Email'], ...people],
    { '!cols': [{ wch: 18 }, { wch: 28 }, { wch: 22 }, { wch: 16 }, { wch: 40 }], '!autofilter': { ref: 'A1:E19' } }]]);
}

intentionBilingual();
resultBilingual();
intentionFieldValue();
resultTrueFalse();
resultWords();
doubtTwoIds();
timesheet();
contactList();
