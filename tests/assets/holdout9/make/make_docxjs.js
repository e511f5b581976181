// Forms laid out the way a developer with the npm package `docx` (docx.js) would build them from the notice
// HDS/23/1109, without ever seeing HKEX's own template. Usage: node make_docxjs.js OUTDIR (holdout9 folder).
// Check boxes are docx.js's CheckBox: a w14:checkbox content control whose run also carries the glyph as w:sym.
const fs = require("fs");
const path = require("path");
const d = require("docx");
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, CheckBox, Header, Footer,
  AlignmentType, HeadingLevel, FootnoteReferenceRun, BorderStyle, PageNumber,
} = d;

const OUT = process.argv[2];
if (!OUT) { console.error("usage: node make_docxjs.js OUTDIR"); process.exit(2); }

const LONG_A = "Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network for Hosting Services Subscribers";
const LONG_B = "Result Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network";
const SERVICES = [
  ["OTP-C", "Orion Trading Platform – Securities Market"],
  ["OTP-CSC", "Orion Trading Platform – China Stock Connect"],
  ["OMD-C", "Orion Market Data – Securities Market"],
  ["OMD-CC", "Orion Market Data – China Connect"],
];

const p = (text, opts = {}) => new Paragraph({ children: [new TextRun({ text, bold: opts.bold, size: opts.size })], alignment: opts.center ? AlignmentType.CENTER : undefined, heading: opts.heading, spacing: { after: 80 } });
const runs = (...children) => new Paragraph({ children, spacing: { after: 80 } });
const t = (text, o = {}) => new TextRun({ text, ...o });
const cb = (checked) => new CheckBox({ checked });
const cell = (content, width) => new TableCell({
  children: Array.isArray(content) ? content : [typeof content === "string" ? p(content) : content],
  width: width ? { size: width, type: WidthType.PERCENTAGE } : undefined,
});
const row = (...cells) => new TableRow({ children: cells.map((c) => (c instanceof TableCell ? c : cell(c))) });
const table = (rows, widths) => new Table({
  rows: rows.map((r) => new TableRow({ children: r.map((c, i) => (c instanceof TableCell ? c : cell(c, widths && widths[i]))) })),
  width: { size: 100, type: WidthType.PERCENTAGE },
});
const kv = (pairs) => table(pairs.map(([k, v]) => [k, v]), [40, 60]);

async function save(rel, doc) {
  const file = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await Packer.toBuffer(doc));
  console.log(rel);
}
const docOf = (children, extra = {}) => new Document({
  creator: extra.creator || "Operations", title: extra.title || "", description: "",
  styles: { default: { document: { run: { font: "Arial", size: 20 } } } },
  footnotes: extra.footnotes,
  sections: [{ headers: extra.header ? { default: new Header({ children: extra.header }) } : undefined,
               footers: extra.footer ? { default: new Footer({ children: extra.footer }) } : undefined,
               children }],
});

const signature = (name, date) => [
  p(""),
  kv([["Name of Authorised Signatory", name], ["Signature", ""], ["Date", date]]),
];

async function main() {
  // 1. Check box controls everywhere, ref only in the header, desk address in the footer.
  await save("docxjs/intention-sdt-harbourview.docx", docOf([
    p("Appendix A 附件A", { bold: true, center: true }),
    p(LONG_A, { bold: true, center: true }),
    p(""),
    p("Part 1 – Subscriber Information", { bold: true }),
    kv([["Subscriber Name", "Harbourview Securities Limited"], ["HSN Subscriber ID", "HSN2041"],
        ["Contact Person", "Lam Chi Keung"], ["Telephone", "+852 3101 2288"], ["Email", "ck.lam@harbourview.com.hk"]]),
    p(""),
    p("Part 2 – Participation in Practice Session 2 (25 November 2023)", { bold: true }),
    runs(cb(true), t(" Yes, we will participate in PS2 using HSN")),
    runs(cb(false), t(" No, we will not participate in PS2")),
    p("Services to be verified (tick all that apply):"),
    table([["", "Service", "System"], ...SERVICES.map(([c, n]) => [runs(cb(c === "OTP-C" || c === "OMD-C")), c, n])], [10, 20, 70]),
    ...signature("Tsang Wai Ming", "22/11/2023"),
  ], {
    header: [p("Ref. No. 編號 HDS/23/1109"), p("HKEX Hosting Services – Service Desk")],
    footer: [p("Please return on or before 24 Nov 2023 to hsservicedesk@hkex.com.hk")],
  }));

  // 2. Results grid of check box controls, one column per result word.
  const grid = (marks) => table([
    ["System", "Successful", "Unsuccessful", "Not tested"],
    ...SERVICES.map(([c]) => [c, ...["successful", "unsuccessful", "not_tested"].map((w) => runs(cb(marks[c] === w)))]),
  ], [40, 20, 20, 20]);
  await save("docxjs/result-sdt-grid-harbourview.docx", docOf([
    p("Appendix B – Result Form 附件B – 結果表格", { bold: true, center: true }),
    p(LONG_B, { bold: true, center: true }),
    p("Ref. No.: HDS/23/1109"),
    kv([["Subscriber Name", "Harbourview Securities Limited"], ["HSN Subscriber ID", "HSN2041"],
        ["Contact Person", "Lam Chi Keung"], ["Telephone", "+852 3101 2288"], ["Email", "ck.lam@harbourview.com.hk"],
        ["Practice Session Date", "25 November 2023"]]),
    p(""),
    p("Verification Result", { bold: true }),
    grid({ "OTP-C": "successful", "OTP-CSC": "not_tested", "OMD-C": "successful", "OMD-CC": "unsuccessful" }),
    p(""),
    kv([["Issues Encountered", "OMD-CC: no market data received on the backup site after failover; reported to the Service Desk at 10:42."]]),
    ...signature("Tsang Wai Ming", "27 Nov 2023"),
  ]));

  // 3. Label and value with only a space between; "will not" struck.
  await save("docxjs/intention-space-labels-kwuntong.docx", docOf([
    p("Appendix A – Intention Form", { bold: true, size: 28 }),
    p("Ref. No. 編號 HDS/23/1109"),
    p("Company Name: Kwun Tong Capital Ltd"),
    p("Subscriber code HSN1133"),
    p("Contact Person: Ho Siu Fung"),
    p("Tel. No. 2389 4410"),
    p("Email hsf@ktcapital.hk"),
    p(""),
    runs(t("We will / "), t("will not", { strike: true }), t(" participate in PS2 using HSN (please delete as appropriate)")),
    p("Services to be verified:"),
    p("☑ OTP-C"), p("☐ OTP-CSC"), p("☑ OMD-C"), p("☑ OMD-CC"),
    p(""),
    p("Authorised Person: Chu Ka Wai"),
    p("Date 2023-11-21"),
  ]));

  // 4. Bilingual labels, declines.
  await save("docxjs/intention-decline-shatin.docx", docOf([
    p("附件A – 意向表格", { bold: true, center: true }),
    p("Appendix A – Intention Form", { bold: true, center: true }),
    p("編號 Ref. No.: HDS/23/1109"),
    kv([["公司名稱 Subscriber Name", "Sha Tin Securities Limited"], ["用戶編號 HSN Subscriber ID", "HSN0862"],
        ["聯絡人 Contact Person", "Cheung Hoi Yan"], ["電話 Telephone", "2691 7730"], ["電郵 Email", "hoiyan.cheung@shatinsec.com"]]),
    p(""),
    table([["參與 Participation", runs(cb(false), t(" 是 Yes   "), cb(true), t(" 否 No"))]], [40, 60]),
    p("Services to be verified 擬驗證系統"),
    table(SERVICES.map(([c, n]) => [runs(cb(false), t(" " + c)), n]), [30, 70]),
    p(""),
    kv([["授權人姓名 Name of Authorised Signatory", "Lo Kwok Wah"], ["簽署 Signature", ""], ["日期 Date", "20 Nov 2023"]]),
  ]));

  // 5. Instructions, footnotes with an example id, the desk's contact block.
  await save("docxjs/intention-footnotes-tst.docx", docOf([
    p("HKEX Hosting Services Limited", { center: true }),
    p("Appendix A – Intention Form for Using HSN to participate Practice Session", { bold: true, center: true }),
    p("Ref. No.: HDS/23/1109"),
    p("Instructions: Please complete this form, tick (☒) the appropriate boxes and return it to HKEX Hosting Services – Service Desk (hsservicedesk@hkex.com.hk, Fax (852) 2462 0722) on or before 24 Nov 2023."),
    table([
      [runs(t("Subscriber Name"), new FootnoteReferenceRun(1)), "Tsim Sha Tsui Brokers Limited"],
      [runs(t("Subscriber ID"), new FootnoteReferenceRun(2)), "HSN1507"],
      ["Contact Person", "Yuen Ka Lok"],
      ["Contact Number", "9123 4567"],
      ["E-mail Address", "kalok.yuen@tstbrokers.com.hk"],
      ["Participation (Yes/No)", "Yes"],
    ], [40, 60]),
    p(""),
    p("Services to be verified (please ✔)"),
    table([["Service", "✔"], ["OTP-C", "✔"], ["OTP-CSC", ""], ["OMD-C", "✔"], ["OMD-CC", "✔"]], [70, 30]),
    p(""),
    kv([["Name of Authorised Signatory", "Fung Tsz Ching"], ["Date", "24th November 2023"]]),
    p(""),
    p("Enquiry: Hosting Service Desk Hotline Tel: (852) 2211 6080 Email: hsservicedesk@hkex.com.hk"),
  ], {
    footnotes: {
      1: { children: [p("Full registered name of the HSN subscriber.")] },
      2: { children: [p("The HSN subscriber ID in the format HSN followed by four digits, e.g. HSN0000.")] },
    },
  }));

  // 6. Result words typed.
  await save("docxjs/result-words-causewaybay.docx", docOf([
    p("Appendix B – Result Form", { bold: true, center: true }),
    p(LONG_B, { center: true }),
    p("Ref. No.: HDS/23/1109"),
    kv([["Subscriber Name", "Causeway Bay Securities Co. Ltd"], ["Subscriber ID", "HSN2290"], ["Contact Person", "Mak Wing Yee"],
        ["Phone", "(852) 2577 3100"], ["Email", "wy.mak@cbsec.com.hk"], ["Practice Session Date", "25/11/2023"]]),
    p(""),
    table([["Service", "Result (Pass / Fail / N/A)"], ["OTP-C", "Pass"], ["OTP-CSC", "N/A"], ["OMD-C", "OK"], ["OMD-CC", "Failed"]], [50, 50]),
    p(""),
    kv([["Issues Encountered", "OMD-CC feed handler did not reconnect automatically; restarted manually at 11:05 and then received data."],
        ["Name of Authorised Signatory", "Chow Pui Shan"], ["Date", "27-11-2023"]]),
  ]));

  // 7. Doubt: Yes and No both checked.
  await save("docxjs/intention-both-ticked.docx", docOf([
    p("Appendix A – Intention Form", { bold: true, center: true }),
    p("Ref. No.: HDS/23/1109"),
    kv([["Subscriber Name", "Mong Kok Brokerage Limited"], ["Subscriber ID", "HSN3307"], ["Contact Person", "Kwok Man Lung"],
        ["Telephone", "2780 5522"], ["Email", "ml.kwok@mkbrokerage.com.hk"]]),
    p(""),
    table([["Will you participate in PS2 using HSN?", runs(cb(true), t(" Yes    "), cb(true), t(" No"))]], [60, 40]),
    p("Services to be verified:"),
    table(SERVICES.map(([c, n]) => [runs(cb(c === "OTP-C" || c === "OTP-CSC")), c, n]), [10, 20, 70]),
    ...signature("Kwok Man Lung", "23/11/2023"),
  ]));

  // 8. Doubt: a service listed as verified has no result.
  await save("docxjs/result-verified-no-result.docx", docOf([
    p("Appendix B – Result Form", { bold: true, center: true }),
    p("Ref. No.: HDS/23/1109"),
    kv([["Subscriber Name", "North Point Securities Limited"], ["Subscriber ID", "HSN4415"], ["Contact Person", "Siu Ka Yan"],
        ["Telephone", "2565 0890"], ["Email", "kayan.siu@npsec.com.hk"], ["Practice Session Date", "25 Nov 2023"]]),
    p(""),
    p("Services verified during PS2 已驗證的系統"),
    runs(cb(true), t(" OTP-C   "), cb(true), t(" OTP-CSC   "), cb(true), t(" OMD-C   "), cb(false), t(" OMD-CC")),
    p(""),
    grid({ "OTP-C": "successful", "OTP-CSC": "successful" }),
    ...signature("Poon Chi Wai", "27/11/2023"),
  ]));

  // 9. Doubt: the letterhead's id differs from the form's.
  await save("docxjs/result-two-ids-header.docx", docOf([
    p("Appendix B – Result Form", { bold: true, center: true }),
    p("Ref. No.: HDS/23/1109"),
    kv([["Subscriber Name", "Western District Securities Limited"], ["Subscriber ID", "HSN5102"], ["Contact Person", "Ng Yuk Ting"],
        ["Telephone", "2858 4411"], ["Email", "yt.ng@wdsec.com.hk"], ["Practice Session Date", "25/11/2023"]]),
    p(""),
    table([["Service", "Successful", "Unsuccessful", "Not tested"],
           ...SERVICES.map(([c]) => [c, "X", "", ""])], [40, 20, 20, 20]),
    ...signature("Lau Chun Kit", "27/11/2023"),
  ], {
    header: [p("Western District Securities Limited", { bold: true }),
             p("2/F, 88 Des Voeux Road West, Hong Kong  |  HSN Subscriber ID: HSN5120")],
  }));

  // 10. Paragraphs with ✓ before the chosen options.
  await save("docxjs/intention-paragraph-ticks-sheungwan.docx", docOf([
    p("Appendix A – Intention Form for Using HSN to participate Practice Session", { bold: true }),
    p("Ref. No.: HDS/23/1109"),
    p("Subscriber Name: Sheung Wan Investment Services Limited"),
    p("Subscriber ID: HSN0655"),
    p(""),
    p("✓ Yes, we will participate in PS2 using HSN"),
    p("☐ No, we will not participate in PS2"),
    p(""),
    p("Services to be verified:"),
    p("✓ OTP-C – Orion Trading Platform – Securities Market"),
    p("✓ OTP-CSC – Orion Trading Platform – China Stock Connect"),
    p("☐ OMD-C – Orion Market Data – Securities Market"),
    p("☐ OMD-CC – Orion Market Data – China Connect"),
    p(""),
    p("Contact Person: Tam Hiu Tung"),
    p("Telephone: +852 2851 6000"),
    p("Email: hiutung.tam@swis.com.hk"),
    p(""),
    p("Authorised Signatory: Yeung Kin Pong"),
    p("Date: November 22, 2023"),
  ]));

  // 11. Title only in the header, ref only in the footer.
  await save("docxjs/result-header-title-aplichau.docx", docOf([
    kv([["Subscriber Name", "Ap Lei Chau Capital Limited"], ["HSN Subscriber ID", "HSN1876"], ["Contact Person", "Choi Wai Lun"],
        ["Telephone", "2555 1212"], ["Email", "wl.choi@alccapital.com"], ["Practice Session Date", "2023-11-25"]]),
    p(""),
    p("Please mark X in the appropriate box."),
    table([["Service", "Successful", "Unsuccessful", "Not tested"],
           ["OTP-C", "X", "", ""], ["OTP-CSC", "X", "", ""], ["OMD-C", "X", "", ""], ["OMD-CC", "", "", "X"]], [40, 20, 20, 20]),
    p(""),
    kv([["Issues Encountered", ""], ["Name of Authorised Signatory", "Choi Wai Lun"], ["Date", "27/11/2023"]]),
  ], {
    header: [p("Appendix B – Result Form 附件B – 結果表格", { bold: true, center: true })],
    footer: [new Paragraph({ children: [t("Ref. No. HDS/23/1109    Page "), new TextRun({ children: [PageNumber.CURRENT] })] })],
  }));

  // 12. An id with three digits.
  await save("docxjs/intention-invalid-id-quarrybay.docx", docOf([
    p("Appendix A – Intention Form", { bold: true, center: true }),
    p("Ref. No.: HDS/23/1109"),
    kv([["Subscriber Name", "Quarry Bay Securities Limited"], ["HSN Subscriber ID", "HSN427"], ["Contact Person", "Wan Sze Man"],
        ["Telephone", "2811 9090"], ["Email", "szeman.wan@qbsec.com.hk"]]),
    p(""),
    runs(cb(true), t(" We will participate in PS2 using HSN")),
    runs(cb(false), t(" We will not participate in PS2")),
    p("Services to be verified:"),
    table(SERVICES.map(([c, n]) => [runs(cb(true)), c, n]), [10, 20, 70]),
    ...signature("Wan Sze Man", "21-11-2023"),
  ]));

  // 13. E-mail left empty.
  await save("docxjs/intention-missing-email-fortresshill.docx", docOf([
    p("Appendix A – Intention Form", { bold: true, center: true }),
    p("Ref. No.: HDS/23/1109"),
    kv([["Subscriber Name", "Fortress Hill Financial Limited"], ["HSN Subscriber ID", "HSN0390"], ["Contact Person", "Lee Hoi Ching"],
        ["Telephone", "3579 2468"], ["Email", ""]]),
    p(""),
    runs(cb(true), t(" We will participate in PS2 using HSN")),
    runs(cb(false), t(" We will not participate in PS2")),
    p("Services to be verified:"),
    table(SERVICES.map(([c, n]) => [runs(cb(c === "OTP-CSC" || c === "OMD-CC")), c, n]), [10, 20, 70]),
    ...signature("Lee Hoi Ching", "22 Nov 2023"),
  ]));

  // 14. Services as columns.
  await save("docxjs/intention-services-columns-lamtin.docx", docOf([
    p("Appendix A – Intention Form", { bold: true, center: true }),
    p("Ref. No.: HDS/23/1109"),
    kv([["Subscriber Name", "Lam Tin Securities Limited"], ["Subscriber ID", "HSN3560"], ["Contact Person", "Hui Wing Sum"],
        ["Telephone", "3188 2000"], ["Email", "wingsum.hui@ltsec.com.hk"], ["Participate in PS2 (Yes / No)", "Yes"]]),
    p(""),
    p("Systems to connect:"),
    table([["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"], [runs(cb(true)), runs(cb(false)), runs(cb(true)), runs(cb(true))]], [25, 25, 25, 25]),
    ...signature("Hui Wing Sum", "23/11/2023"),
  ]));

  // Look-alike: fax cover sheet.
  await save("lookalike/fax-cover.docx", docOf([
    p("FAX", { bold: true, size: 48 }),
    p("Wong Tai Sin Securities Ltd – Operations Department", { bold: true }),
    kv([["To:", "HKEX Hosting Services – Service Desk"], ["Fax:", "(852) 2462 0722"], ["Phone:", "(852) 2211 6080"],
        ["From:", "Ip Chi Ho"], ["Fax:", "(852) 2321 7789"], ["Phone:", "(852) 2321 7788"], ["Date:", "22/11/2023"],
        ["Re:", "Practice Session on 25 November 2023"], ["Pages (including cover):", "2"], ["CC:", ""]]),
    p(""),
    runs(cb(false), t(" Urgent   "), cb(true), t(" For Review   "), cb(false), t(" Please Comment   "), cb(false), t(" Please Reply   "), cb(false), t(" Please Recycle")),
    p(""),
    p("Comments:", { bold: true }),
    p("Please find our reply attached. Kindly call the above number if any page is missing or illegible."),
    p(""),
    p("CONFIDENTIALITY NOTICE: This facsimile contains confidential information intended only for the addressee."),
  ], { creator: "Ip Chi Ho" }));

  // Look-alike: a test report template with "Form" and "Result" in its heading.
  await save("lookalike/test-result-report-form.docx", docOf([
    p("UAT Test Result Report Form", { bold: true, size: 32, center: true }),
    kv([["Project", "Order Gateway Upgrade"], ["Test Cycle", "Cycle 2"], ["Tester Name", ""], ["Contact Number", ""],
        ["Email", ""], ["Test Date", ""], ["Environment", "UAT"]]),
    p(""),
    table([["Test Case", "Description", "Pass", "Fail", "Not run"],
           ["TC-01", "Login to trading terminal", runs(cb(false)), runs(cb(false)), runs(cb(false))],
           ["TC-02", "Order entry and amendment", runs(cb(false)), runs(cb(false)), runs(cb(false))],
           ["TC-03", "Failover to backup gateway", runs(cb(false)), runs(cb(false)), runs(cb(false))],
           ["TC-04", "Market data subscription", runs(cb(false)), runs(cb(false)), runs(cb(false))]], [15, 49, 12, 12, 12]),
    p(""),
    kv([["Defects / Remarks", ""], ["Overall Result", ""], ["Reviewed by", ""], ["Signature", ""], ["Date", ""]]),
  ], { creator: "QA Team" }));
}

main().catch((e) => { console.error(e); process.exit(1); });
