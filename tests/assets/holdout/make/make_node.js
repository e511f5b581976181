// Writes the holdout files produced by npm packages: docx (Word), xlsx-populate and excel4node (Excel).
// Usage: node make_node.js   (after `python3 cases.py`; writes ../docxjs, ../xlsx-populate,
// ../excel4node and two of ../bad)
"use strict";
const fs = require("fs");
const path = require("path");
const docx = require("docx");
const XlsxPopulate = require("xlsx-populate");
const xl = require("excel4node");

const HERE = __dirname;
const OUT = path.resolve(HERE, "..");
const C = JSON.parse(fs.readFileSync(path.join(HERE, "cases.json"), "utf8"));
const SERVICES = C.services;
const NAMES = C.service_names;
const byLayout = {};
for (const c of C.cases) byLayout[c.file] = c;

const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, Tab, TabStopType,
  LeaderType, CheckBox, AlignmentType, ShadingType, HeadingLevel, BorderStyle,
} = docx;

function outPath(rel) {
  const p = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  return p;
}

// Excel serial (1900 system) of an ISO date, computed in UTC so the host's time zone cannot move it.
function serial(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

// ------------------------------------------------------------------------------------ docx helpers
const P = (text, opts = {}) => new Paragraph({ children: [new TextRun({ text, ...opts.run })], ...opts.para });
const cell = (children, opts = {}) => new TableCell({
  children: (Array.isArray(children) ? children : [children]).map((c) => (typeof c === "string" ? P(c) : c)),
  ...opts,
});
const labelCell = (text, w) => cell(P(text, { run: { bold: true } }), {
  width: { size: w, type: WidthType.DXA },
  shading: { type: ShadingType.CLEAR, fill: "EDEDED", color: "auto" },
});
const valueCell = (text, w) => cell(text === "" ? new Paragraph({}) : P(text), { width: { size: w, type: WidthType.DXA } });

function header(form, extra = []) {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: "HKEX Hosting Services Limited", bold: true, size: 28 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: C.titles[form], bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: C.subtitle, italics: true })] }),
    ...extra,
    new Paragraph({}),
  ];
}

function closing(form) {
  const due = form === "intention" ? "24 Nov 2023" : "27 Nov 2023";
  return [
    new Paragraph({}),
    P(`Please return this form to HKEX Hosting Services \u2013 Service Desk (hsservicedesk@hkex.com.hk) on or before ${due}.`,
      { run: { size: 16, italics: true } }),
  ];
}

async function writeDocx(rel, children, meta = {}) {
  const doc = new Document({
    creator: meta.creator || "HSN Subscriber",
    title: meta.title || "HSN form",
    description: "Reply to HDS/23/1109",
    styles: { default: { document: { run: { font: "Arial", size: 20 } } } },
    sections: [{ properties: {}, children }],
  });
  fs.writeFileSync(outPath(rel), await Packer.toBuffer(doc));
  console.log("wrote", rel);
}

// D1: four-column rows (label, value, label, value); Yes/No per service row
async function dx_fourcol(c) {
  const r = c.raw;
  const W = [2300, 2400, 2100, 2200];
  const row4 = (a, b, cc, d) => new TableRow({ children: [labelCell(a, W[0]), valueCell(b, W[1]), labelCell(cc, W[2]), valueCell(d, W[3])] });
  const details = new Table({
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: W,
    rows: [
      row4("Name of HSN Subscriber", r.subscriber_name, "HSN Subscriber Code", r.subscriber_id),
      row4("Contact Person", r.contact_name, "Contact Tel", r.contact_phone),
      row4("Email address of contact person", r.contact_email, "Ref. No.", r.circular_ref),
      row4("Will you participate?", r.participate, "Date of signature", r.signed_date),
      row4("Authorised Signature & Name", r.signatory_name, "", ""),
    ],
  });
  const svc = new Table({
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: [1800, 5200, 2000],
    rows: [
      new TableRow({ tableHeader: true, children: [labelCell("Service", 1800), labelCell("System", 5200), labelCell("Verify? (Yes/No)", 2000)] }),
      ...r.services.map(([code, yn], i) => new TableRow({
        children: [valueCell(code, 1800), valueCell(NAMES[SERVICES[i]], 5200), valueCell(yn, 2000)],
      })),
    ],
  });
  await writeDocx(c.file, [
    ...header("intention"),
    details,
    new Paragraph({}),
    P("Services to be verified in PS2 on 25 November 2023:", { run: { bold: true } }),
    svc,
    ...closing("intention"),
  ], { creator: "Tang Wing Yan" });
}

// D2: everything in paragraphs "Label:<tab>value" with dot leaders
async function dx_tabs(c) {
  const r = c.raw;
  const stops = [{ type: TabStopType.LEFT, position: 3600, leader: LeaderType.DOT }];
  const line = (label, value, tabs = 1) => new Paragraph({
    tabStops: stops,
    spacing: { after: 120 },
    children: [new TextRun({ text: label, bold: true }), new TextRun({ children: [...Array(tabs).fill(0).map(() => new Tab()), value] })],
  });
  await writeDocx(c.file, [
    ...header("intention"),
    line("Circular Ref:", r.circular_ref, 2),
    line("Subscriber Name:", r.subscriber_name),
    line("Subscriber ID:", r.subscriber_id, 2),
    line("Contact Person:", r.contact_name),
    line("Contact Number:", r.contact_phone),
    line("E-mail Address:", r.contact_email),
    new Paragraph({}),
    P("Participation in PS2 using HSN (please tick one):", { run: { bold: true } }),
    new Paragraph({ children: [new TextRun({ text: r.participate, font: "Segoe UI Symbol" })] }),
    new Paragraph({}),
    line("Services to be verified:", r.services),
    line("Name of Authorised Signatory:", r.signatory_name),
    line("Date:", r.signed_date, 2),
    ...closing("intention"),
  ], { creator: "Mak Hoi Lun" });
}

// D3: header row then a row of values, Chinese label above English label; result grid with ticks
async function dx_header_row(c) {
  const r = c.raw;
  const two = (zh, en) => cell([P(zh, { run: { bold: true } }), P(en, { run: { bold: true } })], {
    shading: { type: ShadingType.CLEAR, fill: "DDEBF7", color: "auto" },
  });
  const heads = [["公司名稱", "Subscriber Name"], ["用戶編號", "Subscriber ID"], ["聯絡人", "Contact Person"], ["電話", "Telephone"], ["電郵", "Email"]];
  const vals = [r.subscriber_name, r.subscriber_id, r.contact_name, r.contact_phone, r.contact_email];
  const details = new Table({
    width: { size: 9400, type: WidthType.DXA },
    columnWidths: [2200, 1400, 1700, 1700, 2400],
    rows: [
      new TableRow({ children: heads.map(([zh, en]) => two(zh, en)) }),
      new TableRow({ children: vals.map((v) => cell(v)) }),
    ],
  });
  const cols = ["successful", "unsuccessful", "not_tested"];
  const grid = new Table({
    width: { size: 9400, type: WidthType.DXA },
    columnWidths: [3400, 2000, 2000, 2000],
    rows: [
      new TableRow({ children: [two("服務", "Service"), two("成功", "Successful"), two("不成功", "Unsuccessful"), two("未測試", "Not Tested")] }),
      ...SERVICES.map((s) => new TableRow({
        children: [cell(s), ...cols.map((k) => cell(new Paragraph({ alignment: AlignmentType.CENTER, children: r.results[s] === k ? [new TextRun({ text: r.mark, font: "Segoe UI Symbol" })] : [] })))],
      })),
    ],
  });
  const sign = new Table({
    width: { size: 9400, type: WidthType.DXA },
    columnWidths: [4700, 4700],
    rows: [
      new TableRow({ children: [two("授權人姓名", "Name of Authorised Signatory"), two("日期", "Date")] }),
      new TableRow({ children: [cell(r.signatory_name), cell(r.signed_date)] }),
    ],
  });
  await writeDocx(c.file, [
    ...header("result", [P(`編號 Ref. No.: ${r.circular_ref}`, { para: { alignment: AlignmentType.RIGHT } })]),
    details,
    new Paragraph({}),
    new Paragraph({ children: [new TextRun({ text: "演習日期 Practice Session Date: ", bold: true }), new TextRun(r.session_date)] }),
    new Paragraph({}),
    grid,
    new Paragraph({}),
    P("備註 Issues Encountered:", { run: { bold: true } }),
    P(r.issues),
    new Paragraph({}),
    sign,
    ...closing("result"),
  ], { creator: "Cheng Pui Shan" });
}

// D4: two-column table with "*" labels; npm docx CheckBox content controls
async function dx_checkbox(c) {
  const r = c.raw;
  const W = [3200, 5800];
  const row = (label, value) => new TableRow({ children: [labelCell(label, W[0]), valueCell(value, W[1])] });
  const box = (checked, text) => new Paragraph({ children: [new CheckBox({ checked }), new TextRun(" " + text)] });
  const partCell = cell([
    box(r.participate.yes, "Yes, we will participate in PS2 using HSN"),
    box(r.participate.no, "No, we will not participate in PS2"),
  ], { width: { size: W[1], type: WidthType.DXA } });
  const svcCell = cell(SERVICES.map((s) => box(r.services[s], `${s} \u2013 ${NAMES[s]}`)), { width: { size: W[1], type: WidthType.DXA } });
  await writeDocx(c.file, [
    ...header("intention"),
    new Table({
      width: { size: 9000, type: WidthType.DXA },
      columnWidths: W,
      rows: [
        row("Circular Ref", r.circular_ref),
        row("Subscriber Name *", r.subscriber_name),
        row("Subscriber ID *", r.subscriber_id),
        row("Contact Person *", r.contact_name),
        row("Telephone *", r.contact_phone),
        row("E-mail *", r.contact_email),
        new TableRow({ children: [labelCell("Participation *", W[0]), partCell] }),
        new TableRow({ children: [labelCell("Services to be verified (tick all that apply)", W[0]), svcCell] }),
        row("Name of Authorised Signatory", r.signatory_name),
        row("Date", r.signed_date),
      ],
    }),
    P("* required", { run: { size: 16 } }),
    ...closing("intention"),
  ], { creator: "Yuen Ka Wai" });
}

// D5: "(required)" labels; results one line per service
async function dx_lines(c) {
  const r = c.raw;
  const W = [3400, 5600];
  const row = (label, value) => new TableRow({ children: [labelCell(label, W[0]), valueCell(value, W[1])] });
  await writeDocx(c.file, [
    ...header("result"),
    new Table({
      width: { size: 9000, type: WidthType.DXA },
      columnWidths: W,
      rows: [
        row("Ref. No.", r.circular_ref),
        row("Subscriber Name (required)", r.subscriber_name),
        row("Subscriber ID (required)", r.subscriber_id),
        row("Contact Person (required)", r.contact_name),
        row("Telephone (required)", r.contact_phone),
        row("Email (required)", r.contact_email),
        row("Practice Session Date", r.session_date),
      ],
    }),
    new Paragraph({}),
    P("Test results:", { run: { bold: true } }),
    ...r.results.map(([s, w]) => P(`${s} \u2013 ${w}`)),
    new Paragraph({}),
    P("Remarks / Issues:", { run: { bold: true } }),
    P(r.issues),
    new Paragraph({}),
    new Paragraph({ children: [new TextRun({ text: "Date: ", bold: true }), new TextRun(r.signed_date)] }),
    ...closing("result"),
  ], { creator: "Ho Lok Chun" });
}

// not a form: a covering letter that mentions the circular and the Intention Form
async function dx_letter() {
  const para = (t) => new Paragraph({ spacing: { after: 160 }, children: [new TextRun(t)] });
  await writeDocx("bad/cover-letter-intention.docx", [
    new Paragraph({ children: [new TextRun({ text: "TSING YI SECURITIES LIMITED", bold: true, size: 28 })] }),
    para("Room 1203, 12/F, Tower 2, Maritime Square, 33 Tsing King Road, Tsing Yi, New Territories"),
    para("Tel: +852 2434 7788    Email: operations@tsingyisec.com.hk"),
    new Paragraph({}),
    para("22 November 2023"),
    para("HKEX Hosting Services Limited \u2013 Service Desk"),
    para("By email: hsservicedesk@hkex.com.hk"),
    new Paragraph({}),
    new Paragraph({ children: [new TextRun({ text: "Re: Circular HDS/23/1109 \u2013 Appendix A \u2013 Intention Form for Using HSN to participate Practice Session", bold: true })] }),
    new Paragraph({}),
    para("Dear Sir or Madam,"),
    para("We refer to your Subscriber Notice HDS/23/1109 dated 15 November 2023 regarding the second Practice Session (PS2) on 25 November 2023 for the firmware upgrade of the HKEX backbone network."),
    para("Please find attached our completed Intention Form. As mentioned on our call, our HSN Subscriber ID is HSN0611 and we intend to verify our OTP-C and OMD-C connections. The Result Form will follow after the session."),
    para("Should you have any questions, please contact our Mr. Ho Chun Wai on +852 2434 7790 or at cw.ho@tsingyisec.com.hk."),
    new Paragraph({}),
    para("Yours faithfully,"),
    new Paragraph({}),
    para("Ho Chun Wai"),
    para("Head of Operations"),
    para("Tsing Yi Securities Limited"),
  ], { creator: "Ho Chun Wai", title: "Cover letter" });
}

// ---------------------------------------------------------------------------------- xlsx-populate
async function xpBook() {
  const wb = await XlsxPopulate.fromBlankAsync();
  wb.property("Author", "HSN Subscriber");
  return wb;
}
const bold = { bold: true, fill: "EDEDED", border: true };

async function xp_header_row(c) {
  const r = c.raw;
  const wb = await xpBook();
  const sh = wb.sheet(0).name("Appendix A");
  sh.cell("A1").value("HKEX Hosting Services Limited").style({ bold: true, fontSize: 14 });
  sh.cell("A2").value(C.titles.intention).style({ bold: true });
  sh.cell("A3").value(C.subtitle).style({ italic: true });
  const heads = ["Circular Ref", "Subscriber Name", "HSN Subscriber ID", "Contact Person", "Contact Tel", "Email",
    "Participate (Y/N)", "Services to be verified", "Authorised Signatory", "Date"];
  const vals = [r.circular_ref, r.subscriber_name, r.subscriber_id, r.contact_name, r.contact_phone, r.contact_email,
    r.participate, r.services, r.signatory_name, serial(r.signed_date.serial)];
  heads.forEach((h, i) => sh.row(5).cell(i + 1).value(h).style({ ...bold, wrapText: true }));
  vals.forEach((v, i) => sh.row(6).cell(i + 1).value(v).style({ border: true }));
  sh.row(6).cell(10).style("numberFormat", r.signed_date.format);
  [14, 34, 18, 18, 18, 34, 14, 26, 22, 12].forEach((w, i) => sh.column(i + 1).width(w));
  sh.cell("A8").value("Please return on or before 24 Nov 2023 to hsservicedesk@hkex.com.hk").style({ italic: true });
  await wb.toFileAsync(outPath(c.file));
  console.log("wrote", c.file);
}

async function xp_grid(c) {
  const r = c.raw;
  const wb = await xpBook();
  const sh = wb.sheet(0).name("Result Form");
  sh.cell("A1").value(C.titles.result).style({ bold: true, fontSize: 13 });
  sh.cell("A2").value(C.subtitle).style({ italic: true });
  const rows = [["Ref. No.", r.circular_ref], ["Subscriber Name", r.subscriber_name], ["Subscriber ID", r.subscriber_id],
    ["Contact Person", r.contact_name], ["Tel. No.", r.contact_phone], ["E-mail Address", r.contact_email],
    ["Practice Session Date", serial(r.session_date.serial)]];
  rows.forEach(([l, v], i) => {
    sh.cell(4 + i, 1).value(l).style(bold);
    sh.cell(4 + i, 2).value(v).style({ border: true });
  });
  sh.cell(10, 2).style("numberFormat", r.session_date.format).style("horizontalAlignment", "left");
  const cols = ["successful", "unsuccessful", "not_tested"];
  ["Service", "Successful", "Unsuccessful", "Not Tested"].forEach((h, i) => sh.cell(12, 1 + i).value(h).style(bold));
  SERVICES.forEach((s, i) => {
    sh.cell(13 + i, 1).value(s).style({ border: true });
    cols.forEach((k, j) => {
      const cl = sh.cell(13 + i, 2 + j).style({ border: true, horizontalAlignment: "center" });
      if (r.results[s] === k) cl.value(r.mark);
    });
  });
  sh.cell(18, 1).value("Issues Encountered").style(bold);
  sh.cell(18, 2).value(r.issues).style({ border: true });
  sh.cell(19, 1).value("Name of Authorised Signatory").style(bold);
  sh.cell(19, 2).value(r.signatory_name).style({ border: true });
  sh.cell(20, 1).value("Date").style(bold);
  sh.cell(20, 2).value(r.signed_date).style({ border: true });
  sh.column("A").width(30); sh.column("B").width(40); sh.column("C").width(14); sh.column("D").width(14);
  await wb.toFileAsync(outPath(c.file));
  console.log("wrote", c.file);
}

async function xp_fourcol(c) {
  const r = c.raw;
  const wb = await xpBook();
  const sh = wb.sheet(0).name("Intention");
  sh.cell("A1").value(C.titles.intention + " " + C.subtitle).style({ bold: true });
  sh.range("A1:D1").merged(true);
  const rows = [
    ["Name of HSN Subscriber", r.subscriber_name, "HSN Subscriber Code", r.subscriber_id],
    ["Contact Person", r.contact_name, "Contact Tel", r.contact_phone],
    ["Email address of contact person", r.contact_email, "Ref. No.", r.circular_ref],
    ["Will you participate?", r.participate, "Services to be verified", r.services],
    ["Authorised Signature & Name", r.signatory_name, "Date of signature", serial(r.signed_date.serial)],
  ];
  rows.forEach((row, i) => row.forEach((v, j) => {
    sh.cell(3 + i, 1 + j).value(v).style(j % 2 === 0 ? { ...bold, wrapText: true } : { border: true });
  }));
  sh.cell(7, 4).style("numberFormat", r.signed_date.format);
  [30, 32, 24, 28].forEach((w, i) => sh.column(i + 1).width(w));
  await wb.toFileAsync(outPath(c.file));
  console.log("wrote", c.file);
}

async function xp_subscriber_list() {
  const wb = await xpBook();
  const sh = wb.sheet(0).name("HSN Subscribers");
  const places = ["Admiralty", "Central", "Sheung Wan", "Sai Ying Pun", "Kennedy Town", "Wan Chai", "Causeway Bay",
    "Tin Hau", "North Point", "Quarry Bay", "Tai Koo", "Shau Kei Wan", "Chai Wan", "Aberdeen", "Ap Lei Chau",
    "Stanley", "Tsim Sha Tsui", "Jordan", "Yau Ma Tei", "Mong Kok", "Prince Edward", "Sham Shui Po",
    "Cheung Sha Wan", "Lai Chi Kok", "Kowloon Tong", "Kowloon Bay", "Kwun Tong", "Lam Tin", "Tseung Kwan O",
    "Sha Tin", "Tai Po", "Fanling", "Sheung Shui", "Yuen Long", "Tuen Mun", "Tsuen Wan", "Kwai Chung", "Tsing Yi",
    "Tung Chung", "Discovery Bay"];
  const kinds = ["Securities Limited", "Capital Ltd", "Brokerage Limited", "Futures Ltd", "Investment Services Limited"];
  const surnames = ["Chan", "Wong", "Lee", "Cheung", "Lau", "Ho", "Ng", "Leung", "Tang", "Yip"];
  const given = ["Ka Ming", "Wai Man", "Siu Ling", "Chi Keung", "Mei Yee", "Tsz Hin", "Hoi Yan", "Kin Wah"];
  const heads = ["Subscriber ID", "Subscriber Name", "Contact Person", "Email", "Tel", "Services", "Status"];
  heads.forEach((h, i) => sh.cell(1, i + 1).value(h).style(bold));
  places.forEach((p, i) => {
    const id = "HSN" + String(17 + i * 23).padStart(4, "0");
    const slug = p.toLowerCase().replace(/ /g, "");
    const sn = surnames[i % surnames.length], gn = given[(i * 3) % given.length];
    const svc = [SERVICES.slice(0, 2), SERVICES.slice(2), SERVICES, ["OTP-C", "OMD-C"]][i % 4].join("; ");
    const vals = [id, `${p} ${kinds[i % kinds.length]}`, `${sn} ${gn}`,
      `${gn.split(" ").map((x) => x[0]).join("").toLowerCase()}.${sn.toLowerCase()}@${slug}sec.com.hk`,
      `+852 ${2200 + i * 37} ${String(1000 + i * 211).slice(-4)}`, svc, i % 7 === 3 ? "Suspended" : "Active"];
    vals.forEach((v, j) => sh.cell(2 + i, 1 + j).value(v));
  });
  [14, 40, 20, 36, 16, 34, 10].forEach((w, i) => sh.column(i + 1).width(w));
  sh.freezePanes(0, 1);
  await wb.toFileAsync(outPath("bad/subscriber-list.xlsx"));
  console.log("wrote bad/subscriber-list.xlsx");
}

// ------------------------------------------------------------------------------------- excel4node
function e4Book() {
  const wb = new xl.Workbook({ author: "HSN Subscriber", defaultFont: { name: "Calibri", size: 11 } });
  const st = {
    label: wb.createStyle({ font: { bold: true }, alignment: { wrapText: true, vertical: "top" },
      fill: { type: "pattern", patternType: "solid", fgColor: "#E2EFDA" },
      border: { left: { style: "thin" }, right: { style: "thin" }, top: { style: "thin" }, bottom: { style: "thin" } } }),
    value: wb.createStyle({ alignment: { wrapText: true, vertical: "top" },
      border: { left: { style: "thin" }, right: { style: "thin" }, top: { style: "thin" }, bottom: { style: "thin" } } }),
    title: wb.createStyle({ font: { bold: true, size: 13 } }),
  };
  return { wb, st };
}

async function e4_words(c) {
  const r = c.raw;
  const { wb, st } = e4Book();
  const ws = wb.addWorksheet("結果表 Result Form");
  ws.column(1).setWidth(30); ws.column(2).setWidth(44);
  ws.cell(1, 1).string(C.titles.result).style(st.title);
  ws.cell(2, 1).string(C.subtitle);
  const rows = [["編號\nRef. No.", r.circular_ref], ["公司名稱\nSubscriber Name", r.subscriber_name],
    ["用戶編號\nSubscriber ID", r.subscriber_id], ["聯絡人\nContact Person", r.contact_name],
    ["電話\nTelephone", r.contact_phone], ["電郵\nEmail", r.contact_email],
    ["演習日期\nPractice Session Date", r.session_date]];
  let row = 4;
  for (const [l, v] of rows) {
    ws.cell(row, 1).string(l).style(st.label);
    ws.cell(row, 2).string(v).style(st.value);
    ws.row(row).setHeight(30);
    row++;
  }
  row++;
  ws.cell(row, 1).string("服務\nService").style(st.label);
  ws.cell(row, 2).string("結果 (Pass / Fail / N/A)\nResult").style(st.label);
  ws.row(row).setHeight(30);
  row++;
  for (const s of SERVICES) {
    ws.cell(row, 1).string(s).style(st.value);
    ws.cell(row, 2).string(r.results[s]).style(st.value);
    row++;
  }
  row++;
  ws.cell(row, 1).string("備註\nIssues Encountered").style(st.label);
  ws.cell(row, 2).string(r.issues).style(st.value);
  ws.row(row++).setHeight(30);
  ws.cell(row, 1).string("授權人姓名\nName of Authorised Signatory").style(st.label);
  ws.cell(row, 2).string(r.signatory_name).style(st.value);
  ws.row(row++).setHeight(30);
  ws.cell(row, 1).string("日期\nDate").style(st.label);
  ws.cell(row, 2).number(serial(r.signed_date.serial)).style(st.value)
    .style({ numberFormat: r.signed_date.format, alignment: { horizontal: "left" } });
  ws.row(row++).setHeight(30);
  fs.writeFileSync(outPath(c.file), await wb.writeToBuffer());
  console.log("wrote", c.file);
}

async function e4_rows(c) {
  const r = c.raw;
  const { wb, st } = e4Book();
  const ws = wb.addWorksheet("Intention");
  ws.column(1).setWidth(34); ws.column(2).setWidth(36); ws.column(3).setWidth(18);
  ws.cell(1, 1).string(C.titles.intention).style(st.title);
  ws.cell(2, 1).string(C.subtitle);
  let row = 4;
  const pair = (l, v) => {
    ws.cell(row, 1).string(l).style(st.label);
    const cl = ws.cell(row, 2);
    if (v !== "") cl.string(v);
    cl.style(st.value);
    row++;
  };
  pair("Circular Ref", r.circular_ref);
  pair("Subscriber Name", r.subscriber_name);
  pair("Subscriber ID", r.subscriber_id);
  pair("Contact Person", r.contact_name);
  pair("Telephone", r.contact_phone);
  pair("E-mail Address", r.contact_email);
  row++;
  ws.cell(row, 1).string("參與 Participation in PS2 using HSN").style(st.label);
  ws.cell(row, 2).string(r.participate[0]).style(st.value);
  ws.cell(row, 3).string(r.participate[1]).style(st.value);
  row += 2;
  ws.cell(row, 1).string("Service").style(st.label);
  ws.cell(row, 2).string("Verify in PS2? (Yes/No)").style(st.label);
  row++;
  for (const [s, yn] of r.services) {
    ws.cell(row, 1).string(s).style(st.value);
    ws.cell(row, 2).string(yn).style(st.value);
    row++;
  }
  row++;
  pair("Name of Authorised Signatory", r.signatory_name || "");
  pair("Date", r.signed_date);
  fs.writeFileSync(outPath(c.file), await wb.writeToBuffer());
  console.log("wrote", c.file);
}

const LAYOUTS = { dx_fourcol, dx_tabs, dx_header_row, dx_checkbox, dx_lines, xp_header_row, xp_grid, xp_fourcol, e4_words, e4_rows };

(async () => {
  for (const c of C.cases) {
    const fn = LAYOUTS[c.layout];
    if (fn) await fn(c);
  }
  await dx_letter();
  await xp_subscriber_list();
})().catch((e) => { console.error(e); process.exit(1); });
