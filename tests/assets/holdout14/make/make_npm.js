// npm producers of holdout14: docx (docx.js 8.6), exceljs 4.4, xlsx (SheetJS 0.18.5), officecrypto-tool 0.0.19.
// Install them in a temp folder (never committed):  cd /tmp/h14npm && npm install docx@8 exceljs xlsx officecrypto-tool
// Run:  NODE_PATH=/tmp/h14npm/node_modules node make_npm.js
const fs = require("fs");
const path = require("path");
const D = require("docx");
const ExcelJS = require("exceljs");
const XLSX = require("xlsx");
const OUT = path.join(__dirname, "..");
const CODES = [["OTP-C", "Orion Trading Platform – Securities Market"], ["OTP-CSC", "Orion Trading Platform – China Stock Connect"],
  ["OMD-C", "Orion Market Data – Securities Market"], ["OMD-CC", "Orion Market Data – China Connect"]];
const INT_TITLE = "Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network for Hosting Services Subscribers";
const RES_TITLE = "Result Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network";
const TO_DESK = "To: HKEX Hosting Services Limited – Service Desk (Email: hsservicedesk@hkex.com.hk; Tel: (852) 2211 6080; Fax: (852) 2462 0722)";
const LABELS = ["Subscriber Name", "HSN Subscriber ID", "Contact Person", "Telephone", "Email"];

const para = (text, bold) => new D.Paragraph({ children: [new D.TextRun({ text, bold: !!bold })] });
const cell = (children, width) => new D.TableCell({ children: Array.isArray(children) ? children : [children],
  width: { size: width || 4500, type: D.WidthType.DXA } });
const check = (checked) => new D.CheckBox({ checked });
const checkPara = (checked, text) => new D.Paragraph({ children: [check(checked), new D.TextRun(" " + text)] });
function details(vals) {
  return new D.Table({ rows: vals.map((v, i) => new D.TableRow({ children: [cell(para(LABELS[i]), 3200), cell(para(v), 5800)] })) });
}
async function saveDoc(children, file) {
  const doc = new D.Document({ creator: "HSN subscriber", sections: [{ children }] });
  fs.writeFileSync(path.join(OUT, file), await D.Packer.toBuffer(doc));
}

async function word() {
  // 8 missing e-mail, docx.js check boxes
  let ch = [para("Appendix A", true), para(INT_TITLE, true), para("Ref. No.: HDS/23/1109"), para(TO_DESK),
    para("Please complete and return this form on or before 24 November 2023."),
    details(["Ma On Shan Securities Limited", "HSN1108", "Kwok Ying Kit", "2633 0808", ""]),
    para("Participation in PS2 (please tick one box):", true),
    checkPara(true, "We will participate in PS2 using HSN"), checkPara(false, "We will not participate in PS2 using HSN"),
    para("Services to be verified (please tick all that apply):", true),
    ...CODES.map(([c, n]) => checkPara(c === "OTP-C", `${c} – ${n}`)),
    para("Name of Authorised Signatory:"), para("Date: 2023-11-23")];
  await saveDoc(ch, "word/intention-docxjs-missing-email-maonshan.docx");

  // 13 result check-box grid, OTP-CSC both ticked
  const res = { "OTP-C": [1, 0, 0], "OTP-CSC": [1, 1, 0], "OMD-C": [1, 0, 0], "OMD-CC": [0, 0, 1] };
  const grid = new D.Table({ rows: [new D.TableRow({ children: ["Service", "Successful", "Unsuccessful", "Not tested"].map((h) => cell(para(h, true), 2250)) }),
    ...CODES.map(([c]) => new D.TableRow({ children: [cell(para(c), 2250),
      ...res[c].map((v) => cell(new D.Paragraph({ children: [check(!!v)] }), 2250))] }))] });
  ch = [para("Appendix B", true), para(RES_TITLE, true), para("Ref. No.: HDS/23/1109"), para(TO_DESK),
    details(["Kwai Chung Securities Limited", "HSN1617", "So Ka Lok", "2420 3131", "kl.so@kcsec.com.hk"]),
    para("Practice Session Date: 25-11-2023"), grid, para("Issues Encountered / Remarks:")];
  await saveDoc(ch, "word/result-docxjs-both-ticked-kwaichung.docx");

  // look-alike: another exchange's reply slip
  ch = [para("SINGAPORE EXCHANGE – MEMBER CIRCULAR SGX-MC/2023/118", true), para("Reply Slip – Industry-wide Failover Test, 2 December 2023", true),
    para("Please return to sgx-testing@example.sg by 28 November 2023."),
    new D.Table({ rows: [["Member Firm", "Pacific Rim Brokerage Pte Ltd"], ["Participant ID", "PRB-0412"], ["Contact person", "Tan Wei Ling"],
      ["Tel", "+65 6221 3344"], ["Email", "weiling.tan@pacrim.example.sg"]].map(([a, b]) =>
      new D.TableRow({ children: [cell(para(a), 3200), cell(para(b), 5800)] })) }),
    checkPara(true, "We will participate in the industry test"), checkPara(false, "We will not participate in the industry test"),
    para("Systems: Titan OCH, SGX ITCH feed"), para("Authorised signatory: Lim Boon Keng"), para("Date: 24/11/2023")];
  await saveDoc(ch, "lookalikes/other-exchange-reply-slip.docx");
}

async function exceljs() {
  // 20 vertical layout, invalid e-mail
  let wb = new ExcelJS.Workbook();
  let ws = wb.addWorksheet("Intention");
  const col = [["Appendix A – Intention Form for Using HSN to participate Practice Session"], ["Ref. No."], ["HDS/23/1109"],
    ["Subscriber Name"], ["Tseung Kwan O Securities Limited"], ["HSN Subscriber ID"], ["HSN2273"], ["Contact Person"], ["Chan Pak Tin"],
    ["Telephone"], ["2706 5050"], ["Email"], ["peter.chan tko-sec.com.hk"], ["Participation (Y/N)"], ["Y"],
    ["Services to be verified", "Mark"], ["OTP-C", "√"], ["OTP-CSC", ""], ["OMD-C", "√"], ["OMD-CC", ""]];
  col.forEach((r) => ws.addRow(r));
  ws.getColumn(1).width = 60;
  await wb.xlsx.writeFile(path.join(OUT, "excel/intention-exceljs-vertical-bad-email-tseungkwano.xlsx"));

  // 23 result words and remarks
  wb = new ExcelJS.Workbook();
  ws = wb.addWorksheet("Appendix B");
  const d = (y, m, dd) => new Date(Date.UTC(y, m - 1, dd));
  [["Appendix B – " + RES_TITLE], ["Ref. No.", "HDS/23/1109"], ["Subscriber Name", "Sai Kung Capital Limited"],
    ["HSN Subscriber ID", "HSN2506"], ["Contact Person", "Hui Ming Fai"], ["Telephone", "2792 3838"], ["Email", "mf.hui@saikungcap.com"],
    ["Practice Session Date", d(2023, 11, 25)], [], ["Service", "Result", "Remarks"],
    ["OTP-C", "Pass", ""], ["OTP-CSC", "Fail", "Order entry rejected after failover"], ["OMD-C", "Not Tested", "Line under maintenance"],
    ["OMD-CC", "Pass", ""], [],
    ["Issues Encountered", "OTP-CSC order entry rejected after failover; resolved after re-login at 11:20."],
    ["Date", d(2023, 11, 27)]].forEach((r) => ws.addRow(r));
  ws.getCell("B8").numFmt = "dd/mm/yyyy";
  ws.getCell("B17").numFmt = "dd/mm/yyyy";
  await wb.xlsx.writeFile(path.join(OUT, "excel/result-exceljs-words-remarks-saikung.xlsx"));

  // look-alike: invoice
  wb = new ExcelJS.Workbook();
  ws = wb.addWorksheet("Invoice");
  [["NETLINK SYSTEMS (HK) LIMITED"], ["INVOICE", "No. NL-23-1187"], ["Bill to", "Yuen Long Securities Limited"], ["Attention", "Ho Chi Wai"],
    ["Tel", "2476 8899"], ["Email", "cw.ho@ylsec.com.hk"], ["Customer ref", "HSN line support – PS2 (HDS/23/1109)"], ["Invoice date", d(2023, 11, 28)], [],
    ["Item", "Description", "Qty", "Amount (HKD)"], [1, "Weekend on-site support 25 Nov 2023 (OTP-C / OMD-C)", 1, 6800],
    [2, "Backup line test OMD-CC", 1, 2400], [null, "Total", null, 9200], ["Payment due within 30 days."]].forEach((r) => ws.addRow(r));
  ws.getCell("B8").numFmt = "dd/mm/yyyy";
  await wb.xlsx.writeFile(path.join(OUT, "lookalikes/invoice.xlsx"));
}

function sheetjs() {
  const save = (aoa, name, file) => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), name);
    XLSX.writeFile(wb, path.join(OUT, file));
  };
  // 21 dashed id, yes/no
  save([["Appendix A – Intention Form (HDS/23/1109)"], ["Ref. No.", "HDS/23/1109"], ["Subscriber Name", "Lok Fu Investment Co. Limited"],
    ["HSN Subscriber ID", "hsn-2384"], ["Contact Person", "Chiu Wai Kei"], ["Telephone", "(+852) 2337-4646"], ["Email", "wk.chiu@lokfuinv.com.hk"],
    ["We will participate in PS2 using HSN", "Yes"], ["Services to be verified", "Yes/No"], ["OTP-C", "No"], ["OTP-CSC", "Yes"],
    ["OMD-C", "No"], ["OMD-CC", "Yes"], ["Date", "2023-11-24"]], "Sheet1", "excel/intention-sheetjs-dashed-id-yesno-lokfu.xlsx");
  // 26 lower-case words
  save([["Appendix B – Result Form – HDS/23/1109"], ["Subscriber Name", "Kowloon Tong Securities Limited"], ["HSN Subscriber ID", "HSN2839"],
    ["Contact Person", "Mok Sin Yee"], ["Telephone", "2338 0606"], ["Email", "sy.mok@kltsec.com.hk"], [], ["Service", "Result"],
    ["OTP-C", "successful"], ["OTP-CSC", "unsuccessful"], ["OMD-C", "n/a"], ["OMD-CC", "successful"], [], ["Date", "27/11/23"]],
  "Result", "excel/result-sheetjs-lowercase-words-kowloontong.xlsx");
  // look-alike: internal test log
  save([["PS2 internal test log – 25/11/2023"], ["Time", "System", "Step", "Outcome", "Tester", "Phone"],
    ["09:02", "OTP-C", "Logon after failover", "Pass", "Lee Ka Ho", "9876 1001"], ["09:10", "OTP-CSC", "Order entry", "Pass", "Lee Ka Ho", "9876 1001"],
    ["09:25", "OMD-C", "Snapshot refresh", "Fail", "Ng Wing Chi", "9876 1002"], ["09:40", "OMD-CC", "Retransmission", "Pass", "Ng Wing Chi", "9876 1002"],
    ["Reviewed by", "Szeto Man Kin"]], "Log", "lookalikes/ps2-test-log.xlsx");
}

async function encrypt() {
  const oc = require("officecrypto-tool");
  const plain = fs.readFileSync("/tmp/h14-plain-intention.docx");
  fs.writeFileSync(path.join(OUT, "bad/encrypted-intention.docx"), await oc.encrypt(plain, { password: "hsn2023" }));
}

(async () => { await word(); await exceljs(); sheetjs(); await encrypt(); })().catch((e) => { console.error(e); process.exit(1); });
