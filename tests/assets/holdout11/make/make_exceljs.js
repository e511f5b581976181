// holdout11: workbooks written by exceljs, as an in-house Node tool writes them.
// Usage: node make_exceljs.js   (after npm ci in this folder). Writes ../exceljs/*.xlsx and two ../notforms/*.xlsx.
const path = require("path");
const fs = require("fs");
const ExcelJS = require("exceljs");

const ROOT = path.join(__dirname, "..");
const INTENTION = "Appendix A – Intention Form for Using HSN to participate Practice Session";
const RESULT = "Appendix B – Result Form for Using HSN to participate Practice Session";
const d = (y, m, day) => new Date(Date.UTC(y, m - 1, day));

function sheet(wb, name, widths = [42, 36, 16, 16]) {
  const ws = wb.addWorksheet(name);
  ws.columns = widths.map((w) => ({ width: w }));
  return ws;
}
function put(ws, addr, v, fmt) {
  const c = ws.getCell(addr);
  c.value = v;
  if (fmt) c.numFmt = fmt;
  return c;
}
function rows(ws, start, list) {
  list.forEach((r, i) => r && r.forEach((v, j) => {
    if (v === null || v === undefined) return;
    const c = ws.getRow(start + i).getCell(j + 1);
    c.value = v;
    if (v instanceof Date) c.numFmt = "dd/mm/yyyy";
  }));
  return start + list.length;
}
async function save(wb, rel) {
  const out = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await wb.xlsx.writeFile(out);
  console.log("wrote", rel);
}

const books = {};

books["exceljs/intention-yn-cells-lohas.xlsx"] = () => {
  const wb = new ExcelJS.Workbook();
  const ws = sheet(wb, "Appendix A");
  put(ws, "A1", INTENTION).font = { bold: true };
  rows(ws, 2, [
    ["Ref. No.", "HDS/23/1109"], null,
    ["Subscriber Name", "LOHAS Park Securities Ltd"], ["Subscriber ID", "HSN2602"], ["Contact Person", "Wu Chi Ho"],
    ["Tel", "2702 1111"], ["Email", "ch.wu@lohassec.com.hk"], null,
    ["Participate in PS2 using HSN (Y/N)", "Y"], null,
    ["Service", "Y/N"], ["OTP-C", "Y"], ["OTP-CSC", "N"], ["OMD-C", "Y"], ["OMD-CC", "Y"], null,
    ["Date", d(2023, 11, 22)],
  ]);
  return wb;
};

books["exceljs/result-notes-pass-tsimshatsui.xlsx"] = () => {
  const wb = new ExcelJS.Workbook();
  const ws = sheet(wb, "Result");
  put(ws, "A1", RESULT).font = { bold: true };
  rows(ws, 3, [
    ["Subscriber Name", "Tsim Sha Tsui Securities Ltd"], ["Subscriber ID", "HSN2713"], ["Contact Person", "Yeung Pak Hei"],
    ["Telephone", "+852 2366 0101"], ["Email", "ph.yeung@tstsec.com.hk"], ["Practice Session Date", d(2023, 11, 25)], null,
    ["System", "Result"], ["OTP-C", "Pass"], ["OTP-CSC", "Pass"], ["OMD-C", "Pass"], ["OMD-CC", "Pass"],
  ]);
  ws.getCell("B14").note = "Passed after the second attempt – the first attempt failed (login timeout).";
  ws.getCell("B8").note = "Saturday";
  return wb;
};

books["exceljs/intention-spacer-tick-diamondhill.xlsx"] = () => {
  const wb = new ExcelJS.Workbook();
  const ws = sheet(wb, "Intention", [14, 48, 10]);
  put(ws, "A1", INTENTION).font = { bold: true };
  rows(ws, 3, [
    ["Subscriber Name", "Diamond Hill Securities Ltd"], ["Subscriber ID", "HSN2824"], ["Contact Person", "Kan Siu Wah"],
    ["Telephone", "2326 7788"], ["Email", "sw.kan@dhsec.com.hk"], ["Participation", "Yes"], null,
    ["Code", "System", "Tick"],
    ["OTP-C", "Orion Trading Platform – Securities Market", null],
    [null, null, "✓"],
    ["OTP-CSC", "Orion Trading Platform – China Stock Connect", null],
    [null, null, null],
    ["OMD-C", "Orion Market Data – Securities Market", "✓"],
    [null, null, null],
    ["OMD-CC", "Orion Market Data – China Connect", null],
    null,
    ["Date", d(2023, 11, 21)],
  ]);
  for (const r of [11, 12, 13, 14, 15, 16, 17]) ws.getRow(r).height = r % 2 ? 24 : 8;
  return wb;
};

books["exceljs/result-booleans-kwaichung.xlsx"] = () => {
  const wb = new ExcelJS.Workbook();
  const ws = sheet(wb, "Appendix B", [36, 14, 14, 14]);
  put(ws, "A1", RESULT).font = { bold: true };
  rows(ws, 3, [
    ["Subscriber Name", "Kwai Chung Securities Ltd"], ["Subscriber ID", "HSN2935"], ["Contact Person", "Pang Ming Hin"],
    ["Telephone", "2419 2020"], ["Email", "mh.pang@kcsec.com.hk"], ["Practice Session Date", d(2023, 11, 25)], null,
    ["Service", "Successful", "Unsuccessful", "Not tested"],
    ["OTP-C", true, false, false], ["OTP-CSC", false, false, true], ["OMD-C", true, false, false], ["OMD-CC", false, true, false], null,
    ["Issues Encountered", "OMD-CC: refresh from the backup site was delayed by 3 minutes."],
  ]);
  return wb;
};

books["exceljs/intention-space-id-tinshuiwai.xlsx"] = () => {
  const wb = new ExcelJS.Workbook();
  const ws = sheet(wb, "Form");
  put(ws, "A1", INTENTION).font = { bold: true };
  rows(ws, 3, [
    ["Subscriber Name", "Tin Shui Wai Securities Ltd"], ["Subscriber ID", "hsn 1133"], ["Contact Person", "Au Yeung Ka Ming"],
    ["Telephone", "2448 3131"], ["Email", "km.auyeung@tswsec.com.hk"], ["We will participate in PS2 using HSN", "Yes"], null,
    ["Service", "Tick"], ["OTP-C", "✓"], ["OTP-CSC", null], ["OMD-C", null], ["OMD-CC", null], null,
    ["Date", d(2023, 11, 22)],
  ]);
  return wb;
};

books["exceljs/intention-decline-prose-shek-o.xlsx"] = () => {
  const wb = new ExcelJS.Workbook();
  const ws = sheet(wb, "Intention Form", [40, 60]);
  put(ws, "A1", INTENTION).font = { bold: true };
  rows(ws, 3, [
    ["Subscriber Name", "Shek O Capital Limited"], ["Subscriber ID", "HSN3046"], ["Contact Person", "Chiu Man Kit"],
    ["Telephone", "2809 1212"], ["Email", "mk.chiu@shekocap.com.hk"], null,
    ["Will you participate in PS2 using HSN?", "No – our HSN line is being relocated that week"], null,
    ["Services to be verified", "Tick"], ["OTP-C", null], ["OTP-CSC", null], ["OMD-C", null], ["OMD-CC", null], null,
    ["Date", d(2023, 11, 20)],
  ]);
  return wb;
};

books["exceljs/result-bilingual-chaiwan.xlsx"] = () => {
  const wb = new ExcelJS.Workbook();
  const ws = sheet(wb, "結果 Result", [30, 16, 16, 16]);
  put(ws, "A1", "附錄B – 結果表格").font = { bold: true };
  put(ws, "A2", RESULT).font = { bold: true };
  ws.mergeCells("A1:D1");
  ws.mergeCells("A2:D2");
  rows(ws, 4, [
    ["公司名稱 Company Name", "柴灣證券有限公司 Chai Wan Securities Ltd"], ["用戶編號 Subscriber ID", "HSN3157"], ["聯絡人 Contact Person", "李嘉欣"],
    ["電話 Telephone", "2558 3030"], ["電郵 Email", "kayan.lee@cwsec.com.hk"], ["演習日期 Practice Session Date", "2023-11-25"], null,
    ["服務 Service", "成功 Successful", "不成功 Unsuccessful", "未測試 Not tested"],
    ["OTP-C", "✔", null, null], ["OTP-CSC", "✔", null, null], ["OMD-C", "✔", null, null], ["OMD-CC", null, null, "✔"],
  ]);
  for (const a of ["B4:D4", "B5:D5", "B6:D6", "B7:D7", "B8:D8", "B9:D9"]) ws.mergeCells(a);
  return wb;
};

// ----- look-alikes -----
books["notforms/dr-checklist-otpc-omdc.xlsx"] = () => {
  const wb = new ExcelJS.Workbook();
  const ws = sheet(wb, "DR checklist", [8, 14, 60, 18, 10, 14]);
  put(ws, "A1", "Internal DR Test Checklist – Q4 2023").font = { bold: true };
  rows(ws, 2, [
    ["Prepared by", "Wu Chi Ho"], ["Tel", "2702 1111"], ["Email", "ch.wu@lohassec.com.hk"], ["Test date", d(2023, 11, 18)], null,
    ["Step", "System", "Action", "Owner", "Result", "Sign-off"],
    [1, "OTP-C", "Switch OCG session to the DR gateway", "Wu Chi Ho", "Pass", "WCH"],
    [2, "OTP-C", "Send test order and cancel", "Lee Ka Po", "Pass", "LKP"],
    [3, "OMD-C", "Confirm multicast from the DR site", "Lee Ka Po", "Pass", "LKP"],
    [4, "OMD-C", "Check snapshot recovery", "Wu Chi Ho", "Fail", ""],
    [5, "Network", "Fail back to the primary line", "Wu Chi Ho", "Pass", "WCH"],
  ]);
  return wb;
};

books["notforms/exam-result-sheet.xlsx"] = () => {
  const wb = new ExcelJS.Workbook();
  const ws = sheet(wb, "Result", [28, 16, 18, 10, 12]);
  put(ws, "A1", "Licensing Examination Paper 1 – Result").font = { bold: true };
  rows(ws, 2, [
    ["Exam date", d(2023, 11, 25)], ["Centre", "Wan Chai"], null,
    ["Candidate Name", "Candidate ID", "Company", "Score", "Result"],
    ["Chan Tai Man", "C-230117", "Golden Bay Securities", 78, "Pass"],
    ["Lee Siu Ming", "C-230118", "Golden Bay Securities", 64, "Pass"],
    ["Wong Ka Yan", "C-230121", "Sham Shui Po Securities", 52, "Fail"],
    ["Ho Wing Kei", "C-230135", "Aberdeen Harbour Securities", 81, "Pass"],
  ]);
  return wb;
};

(async () => {
  for (const [rel, make] of Object.entries(books)) await save(make(), rel);
})().catch((e) => { console.error(e); process.exit(1); });
