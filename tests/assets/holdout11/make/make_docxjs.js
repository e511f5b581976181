// holdout11: Word files written by the npm package docx (docx.js), as a firm's own web tool or script would.
// Usage: node make_docxjs.js   (after npm ci in this folder). Writes ../docxjs/*.docx and two ../notforms/*.docx.
const fs = require("fs");
const path = require("path");
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, Header, Footer, CheckBox,
  FootnoteReferenceRun, AlignmentType, HeadingLevel,
} = require("docx");

const ROOT = path.join(__dirname, "..");

const p = (text, opts = {}) => new Paragraph({ ...opts, children: [new TextRun({ text, bold: opts.bold })] });
const runs = (...children) => new Paragraph({ children });
const cell = (c, width) => new TableCell({
  width: width ? { size: width, type: WidthType.PERCENTAGE } : undefined,
  children: Array.isArray(c) ? c : [typeof c === "string" ? p(c) : c],
});
const table = (rows, widths) => new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, widths ? widths[i] : undefined)) })),
});
const box = (checked) => new CheckBox({ checked, checkedState: { value: "2612", font: "MS Gothic" }, uncheckedState: { value: "2610", font: "MS Gothic" } });
const title = (t) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, bold: true, size: 26 })] });

async function write(rel, doc) {
  const out = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, await Packer.toBuffer(doc));
  console.log("wrote", rel);
}

const docs = {};

// A firm's Word template with its letterhead in the page header; the form pasted into the body.
docs["docxjs/intention-letterhead-central.docx"] = new Document({
  sections: [{
    headers: { default: new Header({ children: [
      p("CENTRAL FINANCIAL SECURITIES LIMITED", { bold: true, alignment: AlignmentType.CENTER }),
      p("9/F, 1 Queen's Road Central, Hong Kong   Tel: +852 2877 0000   Fax: +852 2877 0001   Email: enquiry@centralfin.com.hk", { alignment: AlignmentType.CENTER }),
    ] }) },
    footers: { default: new Footer({ children: [p("Licensed by the SFC (CE No. AAB123) · Member of the Stock Exchange of Hong Kong")] }) },
    children: [
      title("Appendix A – Intention Form for Using HSN to participate Practice Session"),
      p("Ref. No.: HDS/23/1109"),
      p(""),
      table([["Subscriber Name", "Central Financial Securities Limited"], ["HSN Subscriber ID", "HSN1046"],
        ["Contact Person", "Ng Wing Sze"], ["Telephone", "+852 2877 0312 ext. 218"], ["Email", "ws.ng@centralfin.com.hk"]], [35, 65]),
      p(""),
      table([["We will participate in PS2 using HSN", "✓"], ["We will not participate in PS2", ""]], [80, 20]),
      p(""),
      p("Services to be verified (please tick):"),
      table([["Code", "System", "Tick"],
        ["OTP-C", "Orion Trading Platform – Securities Market", "✓"],
        ["OTP-CSC", "Orion Trading Platform – China Stock Connect", "✓"],
        ["OMD-C", "Orion Market Data – Securities Market", "✓"],
        ["OMD-CC", "Orion Market Data – China Connect", "✓"]], [15, 70, 15]),
      p(""),
      table([["Name of Authorised Signatory", "Chan Siu Ming"], ["Date", "22 Nov 2023"]], [35, 65]),
    ],
  }],
});

// A letter instead of a form: participation and services in prose.
docs["docxjs/intention-prose-letter-admiralty.docx"] = new Document({
  sections: [{ children: [
    p("Admiralty Securities Limited", { bold: true }),
    p("Suite 2301, Admiralty Centre Tower 1, 18 Harcourt Road, Hong Kong"),
    p(""),
    p("22 November 2023"),
    p(""),
    p("HKEX Hosting Services Limited – Service Desk"),
    p("By email: hsservicedesk@hkex.com.hk"),
    p(""),
    p("Dear Sirs,"),
    p("Re: Appendix A – Intention Form for Using HSN to participate Practice Session (Ref. No. HDS/23/1109)", { bold: true }),
    p("We confirm that we will participate in the Practice Session (PS2) on 25 November 2023 using HSN for the following systems: OTP-C and OMD-C. We do not subscribe to OTP-CSC or OMD-CC."),
    p("Our details are as follows:"),
    p("Subscriber Name: Admiralty Securities Limited"),
    p("HSN Subscriber ID: HSN1152"),
    p("Contact Person: Ms Lau Ka Yee"),
    p("Tel: 2899 1212"),
    p("Email: ky.lau@admiraltysec.com.hk"),
    p(""),
    p("Yours faithfully,"),
    p(""),
    p("Name of Authorised Signatory: Ho Chun Kit"),
    p("Date: 22/11/2023"),
  ] }],
});

docs["docxjs/result-verified-noresult-quarrybay.docx"] = new Document({
  sections: [{ children: [
    title("Appendix B – Result Form for Using HSN to participate Practice Session"),
    p(""),
    table([["Subscriber Name", "Quarry Bay Securities Ltd"], ["Subscriber ID", "HSN1260"], ["Contact Person", "Lo Ka Ho"],
      ["Tel", "2562 3311"], ["Email", "kh.lo@qbsec.com.hk"], ["Practice Session Date", "25/11/2023"]], [35, 65]),
    p(""),
    table([["Service", "Verified (✓)", "Result (Successful / Unsuccessful)"],
      ["OTP-C", "✓", "Successful"], ["OTP-CSC", "", ""], ["OMD-C", "✓", ""], ["OMD-CC", "", ""]], [30, 20, 50]),
    p(""),
    table([["Issues Encountered", "Our engineer left before OMD-C could be checked."]], [35, 65]),
  ] }],
});

docs["docxjs/intention-both-ticked-northpoint.docx"] = new Document({
  sections: [{ children: [
    title("Appendix A – Intention Form for Using HSN to participate Practice Session"),
    p("Ref. No.: HDS/23/1109"),
    table([["Subscriber Name", "North Point Brokers Ltd"], ["Subscriber ID", "HSN1377"], ["Contact Person", "Siu Wai Man"],
      ["Telephone", "2561 0808"], ["Email", "wm.siu@npbrokers.com.hk"]], [35, 65]),
    p(""),
    runs(box(true), new TextRun(" We will participate in PS2 using HSN")),
    runs(box(true), new TextRun(" We will not participate in PS2")),
    p(""),
    p("Services to be verified:"),
    runs(box(true), new TextRun(" OTP-C    "), box(false), new TextRun(" OTP-CSC    "), box(false), new TextRun(" OMD-C    "), box(false), new TextRun(" OMD-CC")),
    p(""),
    p("Date: 23/11/2023"),
  ] }],
});

docs["docxjs/intention-footnote-taikoo.docx"] = new Document({
  footnotes: { 1: { children: [p("Subject to sign-off by our Head of IT; we will tell the Service Desk by 23 Nov 2023 if this changes.")] } },
  sections: [{ children: [
    title("Appendix A – Intention Form for Using HSN to participate Practice Session"),
    p(""),
    table([["Subscriber Name", "Taikoo Shing Securities Limited"], ["Subscriber ID", "HSN1488"], ["Contact Person", "Mak Tsz Chun"],
      ["Tel. No.", "2567 9090"], ["Email", "tc.mak@tkssec.com.hk"],
      ["Will you participate in PS2 using HSN?", runs(new TextRun("Yes (see note 1)"), new FootnoteReferenceRun(1))]], [40, 60]),
    p(""),
    table([["Service", "Tick", "Explanation"],
      ["OTP-C", "☑", "primary trading line"], ["OTP-CSC", "☑", "Stock Connect orders go over the same line"],
      ["OMD-C", "☐", "market data comes from a vendor, not HSN"], ["OMD-CC", "☐", "not subscribed"]], [20, 10, 70]),
    p(""),
    p("Date: 21/11/2023"),
  ] }],
});

docs["docxjs/result-two-ids-sheungwan.docx"] = new Document({
  sections: [{ children: [
    title("Appendix B – Result Form for Using HSN to participate Practice Session"),
    p("Ref. No. HDS/23/1109"),
    table([["Subscriber Name", "Sheung Wan Securities Ltd"], ["Subscriber ID", "HSN0612"], ["Contact Person", "Yuen Pui Shan"],
      ["Tel", "2854 2000"], ["Email", "ps.yuen@swsec.com.hk"]], [35, 65]),
    p(""),
    table([["Service", "Successful", "Unsuccessful", "Not tested"],
      ["OTP-C", "☒", "☐", "☐"], ["OTP-CSC", "☐", "☐", "☒"], ["OMD-C", "☒", "☐", "☐"], ["OMD-CC", "☐", "☐", "☒"]]),
    p(""),
    p("For and on behalf of Sheung Wan Securities Ltd"),
    p("HSN Subscriber ID: HSN0621"),
    p("Authorised Signatory: Yuen Pui Shan"),
    p("Date: 27/11/2023"),
  ] }],
});

docs["docxjs/intention-initials-stanley.docx"] = new Document({
  sections: [{ children: [
    title("Appendix A – Intention Form for Using HSN to participate Practice Session"),
    p("Ref. No.: HDS/23/1109"),
    table([["Subscriber Name", "Stanley Capital Ltd"], ["Subscriber ID", "HSN1593"], ["Contact Person", "Cheung Kwok Wing"],
      ["Tel", "2813 4567"], ["Email", "kw.cheung@stanleycap.com.hk"]], [35, 65]),
    p(""),
    table([["Participation", "Initial / Tick"], ["Yes, we will participate in PS2 using HSN", "CKW"], ["No, we will not participate", ""]], [75, 25]),
    p(""),
    table([["Service", "Initial / Tick"], ["OTP-C", "CKW"], ["OTP-CSC", "CKW"], ["OMD-C", ""], ["OMD-CC", ""]], [75, 25]),
    p(""),
    p("Date: 21/11/2023"),
  ] }],
});

docs["docxjs/result-correction-repulsebay.docx"] = new Document({
  sections: [{ children: [
    p("CORRECTION – this form replaces our Result Form sent on 25/11/2023 (OMD-CC was wrongly marked unsuccessful).", { bold: true }),
    p(""),
    title("Appendix B – Result Form for Using HSN to participate Practice Session"),
    table([["Subscriber Name", "Repulse Bay Investments Ltd"], ["Subscriber ID", "HSN1604"], ["Contact Person", "Kong Yuk Lan"],
      ["Tel", "2812 6000"], ["Email", "yl.kong@rbinv.com.hk"], ["Practice Session Date", "25 Nov 2023"]], [35, 65]),
    p(""),
    table([["Service", "Successful", "Unsuccessful", "Not Tested"],
      ["OTP-C", "X", "", ""], ["OTP-CSC", "X", "", ""], ["OMD-C", "X", "", ""], ["OMD-CC", "X", "", ""]]),
    p(""),
    p("Date: 26/11/2023"),
  ] }],
});

// ----- look-alikes -----
docs["notforms/vendor-network-change-notice.docx"] = new Document({
  sections: [{ children: [
    title("Network Change Notice – Planned Maintenance"),
    p("Pacific Link Telecom Ltd"),
    p(""),
    table([["Notice No.", "PLT-NCN-2023-0442"], ["Customer Name", "Harbourfront Securities Ltd"], ["Service", "HSN access circuit (primary), circuit ID HK-HSN-00871"],
      ["Maintenance window", "25/11/2023 (Saturday) 02:00 – 06:00 HKT"], ["Expected impact", "Up to 15 minutes of interruption; traffic fails over to the backup circuit"],
      ["Reason", "Firmware upgrade of the aggregation router"]], [35, 65]),
    p(""),
    p("Please confirm receipt of this notice. If the window clashes with your practice session, reply by 22/11/2023 and we will reschedule."),
    table([["Contact Person", "Mr. Sze Chun Wai"], ["Tel", "2100 8000"], ["Email", "noc@pacificlink.example.hk"]], [35, 65]),
  ] }],
});

docs["notforms/it-meeting-minutes.docx"] = new Document({
  sections: [{ children: [
    title("Minutes of IT Operations Meeting"),
    table([["Date", "20/11/2023"], ["Time", "10:00 – 10:45"], ["Attendees", "Chan Tai Man, Lee Siu Ming, Wong Ka Yan"], ["Chair", "Chan Tai Man"]], [30, 70]),
    p(""),
    p("1. HKEX PS2 (circular HDS/23/1109)", { bold: true }),
    p("Agreed to take part in PS2 on 25 Nov for OTP-C and OMD-C only. OTP-CSC and OMD-CC are not used by the desk."),
    p("Action: Lee Siu Ming to fill in the Intention Form (Appendix A) and send it to the Service Desk by 23 Nov; Wong Ka Yan to fill in the Result Form after the session."),
    p("2. Backup line", { bold: true }),
    p("The backup HSN line passed the last test (result: successful). No action."),
    p("3. AOB", { bold: true }),
    p("Next meeting: 27/11/2023. Contact for the weekend: Lee Siu Ming, tel 9876 5432, email sm.lee@harbourfront.example.hk."),
  ] }],
});

(async () => {
  for (const [rel, doc] of Object.entries(docs)) await write(rel, doc);
})().catch((e) => { console.error(e); process.exit(1); });
