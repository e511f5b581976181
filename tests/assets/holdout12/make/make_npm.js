// npm producers of holdout12: docx (docx.js), exceljs, xlsx (SheetJS), and officecrypto-tool for the encrypted file.
// node make_npm.js   (after npm ci in this folder)
const fs = require("fs");
const path = require("path");
const d = require("docx");
const ExcelJS = require("exceljs");
const XLSX = require("xlsx");
const officeCrypto = require("officecrypto-tool");

const OUT = path.resolve(__dirname, "..");
const TITLE_A = "Appendix A – Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network";
const TITLE_B = "Appendix B – Result Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network";

function out(rel) {
  const p = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  return p;
}

// ------------------------------------------------------------------ docx.js
const P = (text, opts = {}) => new d.Paragraph({ children: [new d.TextRun({ text, bold: opts.bold })] });
const cell = (children) => new d.TableCell({ children: Array.isArray(children) ? children : [P(children)] });
const tbl = (rows) => new d.Table({
  width: { size: 100, type: d.WidthType.PERCENTAGE },
  rows: rows.map((r) => new d.TableRow({ children: r.map(cell) })),
});
const box = (checked, state) => new d.CheckBox(Object.assign({ checked }, state || {}));
const RADIO = { checkedState: { value: "25C9", font: "Segoe UI Symbol" }, uncheckedState: { value: "25CB", font: "Segoe UI Symbol" } };
const HEAVY = { checkedState: { value: "2714", font: "Segoe UI Symbol" }, uncheckedState: { value: "2610", font: "MS Gothic" } };

async function saveDocx(doc, rel) {
  fs.writeFileSync(out(rel), await d.Packer.toBuffer(doc));
  console.log("wrote", rel);
}

async function braemar() {
  const opt = (checked, label, st) => new d.Paragraph({ children: [box(checked, st), new d.TextRun(" " + label)] });
  const doc = new d.Document({ sections: [{ children: [
    P(TITLE_A, { bold: true }), P("Ref. No.: HDS/23/1109"),
    tbl([["Subscriber Name", "Braemar Hill Capital Limited"], ["HSN Subscriber ID", "HSN0654"],
      ["Contact Person", "Tam Ka Wai"], ["Telephone", "2566 0320"], ["Email", "kw.tam@braemarcap.com.hk"],
      ["We will participate in PS2 using HSN", [new d.Paragraph({ children: [box(true, RADIO), new d.TextRun(" Yes     "), box(false, RADIO), new d.TextRun(" No")] })]],
      ["Services to be verified", [opt(true, "OTP-C", HEAVY), opt(true, "OTP-CSC", HEAVY), opt(false, "OMD-C", HEAVY), opt(false, "OMD-CC", HEAVY)]],
      ["Name of Authorised Signatory", "Tam Ka Wai"], ["Date", "2023-11-23"]]),
  ] }] });
  await saveDocx(doc, "docxjs/intention-radio-sdt-braemar.docx");
}

async function ngauchiwan() {
  const mark = (c) => [new d.Paragraph({ children: [box(c)] })];
  const doc = new d.Document({ sections: [{
    headers: { default: new d.Header({ children: [P(TITLE_B, { bold: true })] }) },
    footers: { default: new d.Footer({ children: [P("Ref. No.: HDS/23/1109          Page 1 of 1")] }) },
    children: [
      tbl([["Subscriber Name", "Ngau Chi Wan Securities Limited"], ["HSN Subscriber ID", "HSN0665"],
        ["Contact Person", "Kan Pui Shan"], ["Telephone", "2750 4433"], ["Email", "ps.kan@ncwsec.com.hk"],
        ["Practice Session Date", "25-11-2023"]]),
      P(""),
      tbl([["Service", "Successful", "Unsuccessful", "Not tested"],
        ["OTP-C", mark(true), mark(false), mark(false)], ["OTP-CSC", mark(true), mark(false), mark(false)],
        ["OMD-C", mark(true), mark(false), mark(false)], ["OMD-CC", mark(false), mark(false), mark(true)]]),
      P(""), P("Issues Encountered:"), P("Name of Authorised Signatory: Kan Pui Shan"), P("Date: 28/11/2023"),
    ] }] });
  await saveDocx(doc, "docxjs/result-header-title-ngauchiwan.docx");
}

async function siusaiwan() {
  const doc = new d.Document({ sections: [{ children: [
    P(TITLE_A, { bold: true }), P("Ref. No.: HDS/23/1109"),
    P("Subscriber Name: Siu Sai Wan Securities Limited"), P("HSN Subscriber ID: HSN0676"),
    P("Contact Person: Lo Chun Hei"), P("Telephone: 2897 5522"), P("Email: ch.lo@sswsec.com.hk"),
    new d.Textbox({
      style: { width: "9cm", height: "5cm", position: "absolute", marginLeft: "8cm", marginTop: "0.5cm" },
      children: [P("Participation in PS2 using HSN: ☒ Yes ☐ No"), P("Services to be verified:"),
        P("☐ OTP-C"), P("☐ OTP-CSC"), P("☒ OMD-C"), P("☒ OMD-CC")],
    }),
    P("Name of Authorised Signatory: Lo Chun Hei"), P("Date: 24/11/2023"),
  ] }] });
  await saveDocx(doc, "docxjs/intention-vml-textbox-siusaiwan.docx");
}

async function saiyingpun() {
  const opt = (checked, label) => new d.Paragraph({ children: [box(checked), new d.TextRun(" " + label)] });
  const doc = new d.Document({ sections: [{ children: [
    P(TITLE_A, { bold: true }), P("Ref. No.: HDS/23/1109"),
    tbl([["Subscriber Name", "Sai Ying Pun Securities Limited"], ["HSN Subscriber ID", "HSN0687"],
      ["Contact Person", "Hui Lok Man"], ["Telephone", "2540 6677"], ["Email", "lm.hui@sypsec.com"],
      ["Participation (Yes/No)", "Yes"]]),
    P(""), opt(false, "We will participate in PS2 using HSN"), opt(true, "We will not participate in PS2 using HSN"),
    P("Services to be verified:"), opt(true, "OTP-C"), opt(false, "OTP-CSC"), opt(false, "OMD-C"), opt(false, "OMD-CC"),
    P("Name of Authorised Signatory: Hui Lok Man"), P("Date: 22/11/2023"),
  ] }] });
  await saveDocx(doc, "docxjs/intention-typed-yes-ticked-no-saiyingpun.docx");
}

async function tinhau() {
  const mark = (c) => [new d.Paragraph({ children: [box(c)] })];
  const doc = new d.Document({ sections: [{ children: [
    P("附件B – 使用HSN參與演習結果表格", { bold: true }), P(TITLE_B, { bold: true }),
    tbl([["編號 Ref. No.", "HDS/23/1109"], ["公司名稱 Subscriber Name", "天后證券有限公司"],
      ["用戶編號 HSN Subscriber ID", "HSN0698"], ["聯絡人 Contact Person", "陳家明"], ["電話 Telephone", "2578 1234"],
      ["電郵 Email", "km.chan@tinhausec.com.hk"], ["演習日期 Practice Session Date", "2023年11月25日"]]),
    P(""),
    tbl([["服務 Service", "成功 Successful", "不成功 Unsuccessful", "未測試 Not tested"],
      ["OTP-C", mark(true), mark(false), mark(false)], ["OTP-CSC", mark(true), mark(false), mark(false)],
      ["OMD-C", mark(true), mark(false), mark(false)], ["OMD-CC", mark(true), mark(false), mark(false)]]),
    P(""), P("備註 Issues Encountered:"),
    P("授權人姓名 Name of Authorised Signatory: 陳家明"), P("日期 Date: 二〇二三年十一月二十七日"),
  ] }] });
  await saveDocx(doc, "docxjs/result-bilingual-tinhau.docx");
}

async function coverLetter() {
  const doc = new d.Document({ sections: [{ children: [
    P("CHAI WAN CAPITAL LIMITED", { bold: true }), P("8/F, 23 Chai Wan Road, Hong Kong   Tel: 2897 3000   Fax: 2897 3001"),
    P(""), P("21 November 2023"), P(""), P("HKEX Hosting Services Limited – Service Desk"), P("By email: hsservicedesk@hkex.com.hk"), P(""),
    P("Dear Sirs,"), P(""),
    P("Re: HDS/23/1109 – Appendix A Intention Form for Using HSN to participate Practice Session", { bold: true }),
    P("HSN Subscriber ID: HSN0940"), P(""),
    P("We refer to the above circular. Please find attached our completed Intention Form, duly signed by our authorised signatory."),
    P("Should you have any questions, please contact our Mr Yeung Ka Chun at 2897 3018 or kc.yeung@chaiwancap.com.hk."),
    P(""), P("Yours faithfully,"), P(""), P("Lee Wai Ming"), P("Head of IT, Chai Wan Capital Limited"),
    P("Encl."),
  ] }] });
  await saveDocx(doc, "docxjs/notforms/cover-letter-attached.docx");
}

// ------------------------------------------------------------------ exceljs
const utc = (y, m, dd) => new Date(Date.UTC(y, m - 1, dd));
const rich = (label, value) => ({ richText: [{ font: { bold: true }, text: label }, { text: value }] });

async function meifoo() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Result");
  ws.getCell("A1").value = TITLE_B;
  ws.getCell("A2").value = rich("Ref. No.: ", "HDS/23/1109");
  ws.getCell("A4").value = rich("Subscriber Name: ", "Mei Foo Capital Limited");
  ws.getCell("A5").value = rich("Subscriber ID: ", "HSN0709");
  ws.getCell("A6").value = rich("Contact Person: ", "Yau Chi Kin");
  ws.getCell("A7").value = rich("Telephone: ", "+852 3105 7788");
  ws.getCell("A8").value = rich("Email: ", "ck.yau@meifoocap.com");
  ws.getCell("A9").value = rich("Practice Session Date: ", "25/11/2023");
  const grid = [["Service", "Successful", "Unsuccessful", "Not tested"], ["OTP-C", "✔️", "", ""], ["OTP-CSC", "", "", ""],
    ["OMD-C", "✔️", "✔️", ""], ["OMD-CC", "", "", ""]];
  grid.forEach((r, i) => r.forEach((v, j) => { if (v) ws.getCell(11 + i, 1 + j).value = v; }));
  ws.getCell("A17").value = rich("Name of Authorised Signatory: ", "Yau Chi Kin");
  ws.getCell("A18").value = "Date";
  ws.getCell("B18").value = utc(2023, 11, 27);
  ws.getCell("B18").numFmt = "yyyy-mm-dd";
  ws.getColumn(1).width = 45;
  await wb.xlsx.writeFile(out("exceljs/result-rich-text-meifoo.xlsx"));
  console.log("wrote meifoo");
}

async function lokfu() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.headerFooter.oddHeader = "&C&B" + TITLE_A + "&RRef. No.: HDS/23/1109";
  ws.headerFooter.oddFooter = "&LLok Fu Investments Limited&RPage &P of &N";
  [["Subscriber Name", "Lok Fu Investments Limited"], ["HSN Subscriber ID", "HSN0710"], ["Contact Person", "Sin Wai Man"],
    ["Telephone", "2337 9911"], ["Email", "wm.sin@lokfuinv.com.hk"], [], ["We will participate in PS2 using HSN", "Yes"], [],
    ["Services to be verified", "Tick"], ["OTP-C", "✓"], ["OTP-CSC", "✓"], ["OMD-C", "✓"], ["OMD-CC", ""], [],
    ["Name of Authorised Signatory", "Sin Wai Man"], ["Date", utc(2023, 11, 23)]].forEach((r) => ws.addRow(r));
  ws.getCell("B16").numFmt = "d mmmm yyyy";
  ws.getColumn(1).width = 40;
  await wb.xlsx.writeFile(out("exceljs/intention-print-header-title-lokfu.xlsx"));
  console.log("wrote lokfu");
}

async function wongchukhang() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Result Form");
  const info = wb.addWorksheet("Company Info");
  [["Field", "Value"], ["Company", "Wong Chuk Hang Securities Limited"], ["HSN ID", "HSN0721"], ["IT contact", "Pang Hoi Ching"],
    ["Direct line", "2553 0808"], ["Mailbox", "hc.pang@wchsec.com.hk"]].forEach((r) => info.addRow(r));
  const f = (ref, result) => ({ formula: `'Company Info'!${ref}`, result });
  [[TITLE_B], ["Ref. No.", "HDS/23/1109"], [], ["Subscriber Name", f("B2", "Wong Chuk Hang Securities Limited")],
    ["HSN Subscriber ID", f("B3", "HSN0721")], ["Contact Person", f("B4", "Pang Hoi Ching")], ["Telephone", f("B5", "2553 0808")],
    ["Email", f("B6", "hc.pang@wchsec.com.hk")], ["Practice Session Date", utc(2023, 11, 25)], [],
    ["Service", "Result"], ["OTP-C", "Successful"], ["OTP-CSC", "Unsuccessful"], ["OMD-C", "Successful"], ["OMD-CC", "Not tested"], [],
    ["Issues Encountered", "OTP-CSC: order gateway rejected logon at backup site"], ["Name of Authorised Signatory", "Pang Hoi Ching"],
    ["Date", utc(2023, 11, 27)]].forEach((r) => ws.addRow(r));
  ws.getCell("B9").numFmt = "dd/mm/yyyy";
  ws.getCell("B19").numFmt = "dd/mm/yyyy";
  for (let r = 12; r <= 15; r++) {
    ws.getCell(`B${r}`).dataValidation = { type: "list", allowBlank: true, formulae: ['"Successful,Unsuccessful,Not tested"'] };
  }
  await wb.xlsx.writeFile(out("exceljs/result-formulas-wongchukhang.xlsx"));
  console.log("wrote wongchukhang");
}

async function aplichau() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Intention");
  [[TITLE_A], ["Ref. No.", "HDS/23/1109"], [], ["Subscriber Name", "Ap Lei Chau Securities Limited"], ["HSN Subscriber ID", "HSN0732"],
    ["Contact Person", "Kong Sze Wan"], ["Telephone", "2873 6060"], ["Email", "sw.kong@alcsec.com.hk"], [],
    ["", "Yes", "No"], ["We will participate in PS2 using HSN", "✓", "✓"], [],
    ["Services to be verified", "Tick"], ["OTP-C", "✓"], ["OTP-CSC", "✓"], ["OMD-C", ""], ["OMD-CC", ""], [],
    ["Name of Authorised Signatory", "Kong Sze Wan"], ["Date", "20/11/2023"]].forEach((r) => ws.addRow(r));
  ws.getColumn(1).width = 40;
  await wb.xlsx.writeFile(out("exceljs/intention-both-choices-aplichau.xlsx"));
  console.log("wrote aplichau");
}

async function attendance() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Attendance 25 Nov");
  [["PS2 on-site attendance – Data Centre, Tseung Kwan O"], ["Date", "25/11/2023"], [],
    ["Company", "HSN ID", "Name", "Mobile", "Email", "Time in", "Time out", "Signature"],
    ["Wan Chai Securities Limited", "HSN0401", "Chan Ka Yan", "9123 4567", "ky.chan@wcsec.com.hk", "08:30", "12:15", ""],
    ["Tai Po Financial Group Limited", "HSN0533", "Tse Hoi Lam", "9234 5678", "hl.tse@taipofin.com.hk", "08:45", "11:50", ""],
    ["Tsing Yi Securities Limited", "HSN0632", "Chow Ho Yin", "9345 6789", "hy.chow@tysec.com.hk", "09:00", "12:30", ""],
    ["Lok Fu Investments Limited", "HSN0710", "Sin Wai Man", "9456 7890", "wm.sin@lokfuinv.com.hk", "09:10", "12:00", ""]]
    .forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(out("exceljs/notforms/ps2-attendance-list.xlsx"));
  console.log("wrote attendance");
}

async function testlog() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PS2 log");
  [["PS2 test log – Practice Session 25/11/2023"], ["Prepared by", "Ng Siu Wah", "Tel", "2811 0000"], [],
    ["Time", "System", "Step", "Result", "Operator"],
    ["09:00", "OTP-C", "Logon to primary", "OK", "NSW"], ["09:20", "OTP-C", "Logon after failover", "OK", "NSW"],
    ["09:25", "OMD-C", "Snapshot recovery", "NG", "LKF"], ["09:40", "OMD-C", "Snapshot recovery (retry)", "OK", "LKF"],
    ["10:05", "OMD-CC", "Multicast join", "OK", "LKF"]].forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(out("exceljs/notforms/ps2-test-log.xlsx"));
  console.log("wrote testlog");
}

// ------------------------------------------------------------------ SheetJS
function sheetjs(rel, sheets) {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, name);
  XLSX.writeFile(wb, out(rel));
  console.log("wrote", rel);
}

function shaukeiwan() {
  sheetjs("sheetjs/intention-chinese-only-shaukeiwan.xlsx", [["意向表格", XLSX.utils.aoa_to_sheet([
    ["附件A – 使用HSN參與香港交易所骨幹網絡固件升級演習意向表格"], ["編號", "HDS/23/1109"], [],
    ["公司名稱", "筲箕灣證券有限公司"], ["用戶編號", "HSN0743"], ["聯絡人", "何志強"], ["電話", "2567 8080"],
    ["電郵", "ck.ho@skwsec.com.hk"], [], ["參與第二次演習（PS2）", "是", "√", "否", ""], [],
    ["服務", "選擇"], ["OTP-C", "√"], ["OTP-CSC", ""], ["OMD-C", "√"], ["OMD-CC", "√"], [],
    ["授權人姓名", "何志強"], ["日期", "2023年11月22日"]])]]);
}

function kwaifong() {
  sheetjs("sheetjs/result-transposed-kwaifong.xlsx", [["Result", XLSX.utils.aoa_to_sheet([
    [TITLE_B], ["Ref. No.", "HDS/23/1109"], [], ["Subscriber Name", "Kwai Fong Securities Limited"], ["HSN Subscriber ID", "HSN0754"],
    ["Contact Person", "Tang Hiu Tung"], ["Telephone", "2420 3003"], ["Email", "ht.tang@kfsec.com.hk"],
    ["Practice Session Date", "25.11.2023"], [],
    ["Service", "OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"], ["Result", "Successful", "Not tested", "Successful", "Unsuccessful"], [],
    ["Issues Encountered", "OMD-CC: no retransmission after failover"], ["Name of Authorised Signatory", "Tang Hiu Tung"],
    ["Date", "28-11-2023"]])]]);
}

function maonshan() {
  const ws = XLSX.utils.aoa_to_sheet([["MA ON SHAN SECURITIES"], ["馬鞍山證券"]]);
  XLSX.utils.sheet_add_aoa(ws, [
    [TITLE_A], ["Ref. No.", "HDS/23/1109"], [], ["Subscriber Name", "Ma On Shan Securities Limited"], ["HSN Subscriber ID", "HSN0765"],
    ["Contact Person", "Chu Wing Kei"], ["Telephone", "2633 4455"], ["Email", "wk.chu@mosec.com.hk"], [],
    ["We will participate in PS2 using HSN", "🗹 Yes", "☐ No"], [], ["Services to be verified"],
    ["", "🗹 OTP-C"], ["", "☐ OTP-CSC"], ["", "🗹 OMD-C"], ["", "☐ OMD-CC"], [],
    ["Name of Authorised Signatory", "Chu Wing Kei"], ["Date", "22 NOV 2023"]], { origin: "C4" });
  sheetjs("sheetjs/intention-offset-ballot-glyph-maonshan.xlsx", [["Form", ws]]);
}

function tracker() {
  sheetjs("sheetjs/notforms/hsn-subscriber-tracker.xlsx", [["Subscribers", XLSX.utils.aoa_to_sheet([
    ["HSN ID", "Subscriber Name", "Contact Person", "Tel", "Email", "Services", "Intention Form received", "Result Form received"],
    ["HSN0401", "Wan Chai Securities Limited", "Chan Ka Yan", "2528 3311", "ky.chan@wcsec.com.hk", "OTP-C; OMD-C", "✓", ""],
    ["HSN0522", "Sha Tin Capital Limited", "Ho Wing Sze", "2691 4400", "ws.ho@shatincap.com.hk", "OTP-C; OTP-CSC; OMD-C; OMD-CC", "✓", "✓"],
    ["HSN0544", "Yuen Long Brokerage Co. Ltd", "Wong Siu Fong", "2478 9000", "sf.wong@ylbroker.hk", "OTP-C; OMD-C; OMD-CC", "✓", ""],
    ["HSN0632", "Tsing Yi Securities Limited", "Chow Ho Yin", "2497 1122", "hy.chow@tysec.com.hk", "OTP-C; OMD-C", "", ""],
    ["HSN0754", "Kwai Fong Securities Limited", "Tang Hiu Tung", "2420 3003", "ht.tang@kfsec.com.hk", "OTP-C; OMD-CC", "✓", "✓"]])]]);
}

function changeRequest() {
  sheetjs("sheetjs/notforms/change-request-form.xlsx", [["CR", XLSX.utils.aoa_to_sheet([
    ["IT Change Request Form"], ["CR No.", "CR-2023-118"], [], ["Requested by", "Lam Siu Ling"], ["Tel", "2811 4321"],
    ["Email", "sl.lam@tkoinv.com.hk"], ["Date", "16/11/2023"], [], ["Systems affected"], ["☒ OTP-C"], ["☐ OTP-CSC"], ["☒ OMD-C"], ["☐ OMD-CC"], [],
    ["Change window", "25/11/2023 08:00-13:00"], ["Description", "Switch HSN routes to backup site for the HKEX practice session"],
    ["Approved", "☒ Yes ☐ No"], ["Approved by", "Fung Tsz Ching"]])]]);
}

async function encrypt() {
  const plain = path.join(__dirname, "plain-intention.docx");
  const enc = officeCrypto.encrypt(fs.readFileSync(plain), { password: "hsn2023" });
  fs.writeFileSync(out("bad/encrypted-intention.docx"), enc);
  fs.unlinkSync(plain);
  console.log("wrote encrypted");
}

(async () => {
  await braemar(); await ngauchiwan(); await siusaiwan(); await saiyingpun(); await tinhau(); await coverLetter();
  await meifoo(); await lokfu(); await wongchukhang(); await aplichau(); await attendance(); await testlog();
  shaukeiwan(); kwaifong(); maonshan(); tracker(); changeRequest();
  await encrypt();
})().catch((e) => { console.error(e); process.exit(1); });
