// Writes the look-alikes with npm packages: docx (docx.js) for the Word ones, xlsx (SheetJS) for all as
// workbooks. Usage: npm ci && python3 documents.py && node make_node.js
"use strict";
const fs = require("fs");
const path = require("path");
const docx = require("docx");
const XLSX = require("xlsx");

const HERE = __dirname;
const DOCS = JSON.parse(fs.readFileSync(path.join(HERE, "documents.json"), "utf8"));
const out = (dir, file) => { const d = path.join(HERE, "..", dir); fs.mkdirSync(d, { recursive: true }); return path.join(d, file); };

// docx.js writes a check box as a w14 check box content control with its symbol as text.
function runs(text) {
  const children = [];
  let plain = "";
  for (const ch of text) {
    if (ch === "☐" || ch === "☒") {
      if (plain) { children.push(new docx.TextRun(plain)); plain = ""; }
      children.push(new docx.CheckBox({ checked: ch === "☒" }));
    } else {
      plain += ch;
    }
  }
  if (plain) children.push(new docx.TextRun(plain));
  return children;
}
const para = (text) => new docx.Paragraph({ children: runs(text) });
const table = (rows) => new docx.Table({ rows: rows.map((r) => new docx.TableRow({ children: r.map((c) => new docx.TableCell({ children: [para(c)] })) })) });

async function main() {
  for (const d of DOCS) {
    if (d.kind === "docx") {
      const children = [para(d.title), table(d.rows)];
      if (d.table) children.push(table(d.table));
      for (const a of d.after || []) children.push(para(a));
      const buffer = await docx.Packer.toBuffer(new docx.Document({ sections: [{ children }] }));
      fs.writeFileSync(out("docxjs", d.name + ".docx"), buffer);
    }
    const aoa = [[d.title], ...d.rows, [], ...(d.table || []), [], ...(d.after || []).map((a) => [a])];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), "Sheet1");
    XLSX.writeFile(book, out("sheetjs", d.name + ".xlsx"));
  }
}
main();
