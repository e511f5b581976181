// npm docx, exceljs, xlsx (SheetJS) and officecrypto-tool; run with NODE_PATH=/tmp/h14npm/node_modules
const fs = require("fs"), path = require("path");
const D = require("docx"), ExcelJS = require("exceljs"), XLSX = require("xlsx"), oc = require("officecrypto-tool");
const OUT = path.resolve(__dirname, ".."); const J = JSON.parse(fs.readFileSync("/tmp/h17/raw.json", "utf8"));
const RAW = J.RAW, TA = J.TA, TB = J.TB, REF = "HDS/23/1109", SV = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"];
const P = t => new D.Paragraph({ children: [new D.TextRun(t)] });
const T = rows => new D.Table({ rows: rows.map(r => new D.TableRow({ children: r.map(c => new D.TableCell({ children: [P(c)] })) })) });
const save = async (f, children) => fs.writeFileSync(path.join(OUT, f), await D.Packer.toBuffer(new D.Document({ sections: [{ children }] })));
(async () => {
  let f = "word/intention-npm-docx-yes-no-column-tungchung.docx", r = RAW[f];
  await save(f, [new D.Paragraph({ heading: D.HeadingLevel.HEADING_1, children: [new D.TextRun(TA)] }), P("Ref. No.: " + REF),
    T([["Subscriber Name", r.name], ["HSN Subscriber ID", r.id], ["Contact Person", r.contact], ["Telephone", r.phone], ["Email", r.email],
       ["Will you participate in PS2 using HSN?", "YES"]]), P(""), T([["Service", "Verify? (Yes/No)"], ["OTP-C", "Yes"], ["OTP-CSC", "No"], ["OMD-C", "Yes"], ["OMD-CC", "Yes"]]),
    P(""), T([["Name of Authorised Signatory", r.sig], ["Date", r.date]])]);
  f = "word/result-npm-docx-chinese-words-fotan.docx"; r = RAW[f];
  await save(f, [new D.Paragraph({ heading: D.HeadingLevel.HEADING_1, children: [new D.TextRun(TB)] }), P("編號 Ref. No.: " + REF),
    T([["公司名稱 Company Name", r.name], ["用戶編號 Subscriber ID", r.id], ["聯絡人 Contact Person", r.contact], ["電話 Telephone", r.phone],
       ["電郵 Email", r.email], ["演習日期 Practice Session Date", r.session]]), P(""),
    T([["服務 Service", "結果 Result"], ["OTP-C", "成功"], ["OTP-CSC", "失敗"], ["OMD-C", "成功"], ["OMD-CC", "未測試"]]), P(""),
    T([["備註 Remarks", r.issues], ["日期 Date", r.date]])]);
  await save("lookalikes/authorisation-letter.docx", [P("Tung Chung Trading Ltd"), P("28 November 2023"), P("HKEX Hosting Services Limited"),
    P("Dear Sirs,"), P("Change of HSN contact person – Subscriber ID HSN0619"),
    P("With effect from 1 December 2023 Ms Yu Ka Man (telephone 9012 7799, email km.yu@tctrading.hk) replaces Mr Siu Wai Lun as our contact person for all HSN matters."),
    P("Yours faithfully,"), P("Siu Wai Lun, Director")]);
  // exceljs
  f = "excel/intention-exceljs-horizontal-booleans-tseungkwano.xlsx"; r = RAW[f];
  let wb = new ExcelJS.Workbook(), ws = wb.addWorksheet("Intention");
  ws.addRow([TA]); ws.addRow(["Ref. No.", REF]); ws.addRow([]);
  ws.addRow(["Subscriber Name", "HSN Subscriber ID", "Contact Person", "Telephone", "Email", "Participate", "OTP-C", "OTP-CSC", "OMD-C", "OMD-CC", "Date"]);
  ws.addRow([r.name, r.id, r.contact, r.phone, r.email, true, true, true, false, false, r.date]);
  await wb.xlsx.writeFile(path.join(OUT, f));
  f = "excel/result-exceljs-horizontal-ok-failed-shekkipmei.xlsx"; r = RAW[f];
  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet("Result");
  [[TB], ["Ref. No.", REF], ["Subscriber Name", r.name], ["HSN Subscriber ID", r.id], ["Contact Person", r.contact], ["Telephone", r.phone],
   ["Email", r.email], ["Practice Session Date", r.session], [], ["Service", ...SV], ["Result", "OK", "OK", "Failed", "N/A"], [], ["Date", r.date]].forEach(x => ws.addRow(x));
  await wb.xlsx.writeFile(path.join(OUT, f));
  wb = new ExcelJS.Workbook(); ws = wb.addWorksheet("Invoice");
  [["HKEX Hosting Services Limited – Invoice INV-HS-2023-11-0455"], ["Bill to", "Sheung Shui Securities Co Ltd"], ["Subscriber ID", "HSN0455"],
   ["Attention", "Pang Yuk Ying"], ["Period", "November 2023"], [], ["Item", "Qty", "Amount (HKD)"], ["HSN line – OTP-C", 1, 12000],
   ["HSN line – OMD-C", 1, 9000], ["Rack (half)", 1, 18000], ["Total", "", 39000]].forEach(x => ws.addRow(x));
  await wb.xlsx.writeFile(path.join(OUT, "lookalikes/hosting-invoice.xlsx"));
  // SheetJS
  const sj = (f, rows) => { const w = XLSX.utils.book_new(); XLSX.utils.book_append_sheet(w, XLSX.utils.aoa_to_sheet(rows), "Sheet1"); XLSX.writeFile(w, path.join(OUT, f)); };
  f = "excel/intention-sheetjs-trad-chinese-shamshuipo.xlsx"; r = RAW[f];
  sj(f, [["附錄A 意向表格 " + TA], ["編號", REF], ["公司名稱", r.name], ["用戶編號", r.id], ["聯絡人", r.contact], ["電話", r.phone], ["電郵", r.email],
         ["參與", "是"], ["測試服務"], ["OTP-C", "✓"], ["OTP-CSC", "✓"], ["OMD-C", ""], ["OMD-CC", ""], ["日期", r.date]]);
  f = "excel/result-sheetjs-check-grid-missing-email-lokfu.xlsx"; r = RAW[f];
  sj(f, [[TB], ["Ref. No.", REF], ["Subscriber Name", r.name], ["HSN Subscriber ID", r.id], ["Contact Person", r.contact], ["Telephone", r.phone],
         ["Email", ""], ["Practice Session Date", r.session], ["Service", "Successful", "Unsuccessful", "Not tested"],
         ["OTP-C", "✓", "", ""], ["OTP-CSC", "✓", "", ""], ["OMD-C", "✓", "", ""], ["OMD-CC", "", "", "✓"], ["Issues Encountered", ""]]);
  // encrypted: the kwaichung intention with a password
  const src = fs.readFileSync(path.join(OUT, "word/intention-bilingual-ballot-table-kwaichung.docx"));
  fs.writeFileSync(path.join(OUT, "bad/encrypted-intention.docx"), await oc.encrypt(src, { password: "hsn17" }));
  console.log("npm done");
})().catch(e => { console.error(e); process.exit(1); });
