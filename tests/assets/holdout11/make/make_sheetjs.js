// holdout11: workbooks written by SheetJS (npm xlsx), as a web page's "export to Excel" button writes them.
// Usage: node make_sheetjs.js   (after npm ci in this folder). Writes ../sheetjs/*.xlsx and ../notforms/ps2-attendance-sheet.xlsx.
const path = require("path");
const fs = require("fs");
const XLSX = require("xlsx");

const ROOT = path.join(__dirname, "..");
const INTENTION = "Appendix A – Intention Form for Using HSN to participate Practice Session";
const RESULT = "Appendix B – Result Form for Using HSN to participate Practice Session";
const serial = (y, m, d) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);

function save(rel, sheets, opts = {}) {
  const wb = XLSX.utils.book_new();
  for (const [name, aoa, extra] of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    if (extra) extra(ws);
    ws["!cols"] = [{ wch: 40 }, { wch: 36 }, { wch: 14 }, { wch: 14 }];
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  const out = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  XLSX.writeFile(wb, out, { bookType: "xlsx", bookSST: !!opts.sst });
  console.log("wrote", rel);
}
// a date serial with a date format, as SheetJS writes a typed date
const dateCell = (y, m, d) => ({ t: "n", v: serial(y, m, d), z: "dd/mm/yyyy" });

save("sheetjs/intention-row-export-tko.xlsx", [["Export", [
  [INTENTION],
  ["Exported from HSN tracker 23/11/2023 16:02"],
  ["Subscriber Name", "Subscriber ID", "Contact Person", "Telephone", "Email", "Participate (Yes/No)", "OTP-C", "OTP-CSC", "OMD-C", "OMD-CC", "Date"],
  ["Tseung Kwan O Securities Ltd", "HSN3268", "Ma Siu Kei", "2623 7878", "sk.ma@tkosec.com.hk", "Yes", "X", "X", "", "", "23/11/2023"],
]]]);

save("sheetjs/result-names-in-words-saikung.xlsx", [["Result Form", [
  [RESULT],
  [],
  ["Subscriber Name", "Sai Kung Securities Ltd"],
  ["Subscriber ID", "HSN3379"],
  ["Contact Person", "Hui Wing Tung"],
  ["Telephone", "2792 4646"],
  ["Email", "wt.hui@sksec.com.hk"],
  ["Practice Session Date", dateCell(2023, 11, 25)],
  [],
  ["System", "Result"],
  ["Orion Trading Platform – Securities Market", "Successful"],
  ["Orion Trading Platform – China Stock Connect", "Successful"],
  ["Orion Market Data – Securities Market", "Unsuccessful"],
  ["Orion Market Data – China Connect", "Not tested"],
]]], { sst: true });

save("sheetjs/intention-phone-tba-mawan.xlsx", [["Sheet1", [
  [INTENTION],
  [],
  ["Subscriber Name", "Ma Wan Securities Ltd"],
  ["Subscriber ID", "HSN3480"],
  ["Contact Person", "Shum Lai Ping"],
  ["Telephone", "to be advised"],
  ["Email", "lp.shum@mawansec.com.hk"],
  ["We will participate in PS2 using HSN", "Yes"],
  [],
  ["Service", "Tick"],
  ["OTP-C", ""], ["OTP-CSC", ""], ["OMD-C", "✓"], ["OMD-CC", "✓"],
  [],
  ["Date", "24/11/2023"],
]]]);

save("sheetjs/result-dash-row-tungchung.xlsx", [["Result", [
  [RESULT],
  [],
  ["Subscriber Name", "Tung Chung Securities Ltd"],
  ["Subscriber ID", "HSN3591"],
  ["Contact Person", "Leung Hoi Kiu"],
  ["Telephone", "2109 3030"],
  ["Email", "hk.leung@tcsec.com.hk"],
  ["Practice Session Date", "25/11/2023"],
  [],
  ["Service", "Successful", "Unsuccessful", "Not tested"],
  ["OTP-C", "✓", "", ""],
  ["OTP-CSC", "", "✓", ""],
  ["OMD-C", "✓", "", ""],
  ["OMD-CC", "-", "-", "-"],
]]]);

save("sheetjs/intention-noyear-date-laichikok.xlsx", [["Intention", [
  [INTENTION],
  ["Ref: PS2 on 25/11/2023"],
  ["Subscriber Name", "Lai Chi Kok Securities Ltd"],
  ["Subscriber ID", "HSN3602"],
  ["Contact Person", "Kwong Chi Wai"],
  ["Telephone", "2743 8080"],
  ["Email", "cw.kwong@lcksec.com.hk"],
  ["Participation", "✔ Yes   ☐ No"],
  [],
  ["Service", "Tick"],
  ["OTP-C", "✔"], ["OTP-CSC", "✔"], ["OMD-C", "✔"], ["OMD-CC", "✔"],
  [],
  ["Date", "21/11"],
]]]);

// ----- look-alike -----
save("notforms/ps2-attendance-sheet.xlsx", [["Attendance", [
  ["PS2 Practice Session – Attendance (25/11/2023, HKEX backup site visitor room)"],
  [],
  ["Company", "HSN Subscriber ID", "Name", "Tel", "Email", "Time in", "Signature"],
  ["Sham Shui Po Securities Ltd", "HSN3713", "Choi Wing Yan", "2720 1234", "wy.choi@sspsec.com.hk", "08:45", "CWY"],
  ["Kwun Tong Securities Limited", "HSN0314", "Leung Chi Keung", "2343 8821", "ck.leung@ktsec.com.hk", "08:50", "LCK"],
  ["Tuen Mun Securities Ltd", "HSN0941", "Cheng Hoi Ting", "2450 6060", "ht.cheng@tmsec.com.hk", "09:02", "CHT"],
  ["Fanling Securities Ltd", "HSN4157", "Tang Ho Yin", "2675 9999", "hy.tang@flsec.com.hk", "09:05", "THY"],
  ["Tai Po Securities Ltd", "HSN4268", "Chung Wai Yin", "2665 0303", "wy.chung@tpsec.com.hk", "09:15", "CWY"],
  ["Ma Wan Securities Ltd", "HSN3480", "Shum Lai Ping", "9001 2233", "lp.shum@mawansec.com.hk", "09:20", "SLP"],
]]]);
