"""The look-alikes: documents that are not HSN forms but print what forms print (Name, Date, Phone,
Fax, Company, Results, tick boxes, "Form" in a heading). Each is described once here as rows of cells;
make_libreoffice.py, make_wordxml.py and make_node.js write them with different producers."""
import json, os

DOCS = [
    {"name": "fax-cover-sheet", "kind": "docx", "title": "FAX COVER SHEET",
     "rows": [["To:", "HKEX Hosting Services – Service Desk"], ["Company:", "Acme Securities Ltd"],
              ["Fax:", "2877 0000"], ["Phone:", "2211 6080"], ["From:", "Chan Tai Man"],
              ["Date:", "24/11/2023"], ["Re:", "Result Form – HDS/23/1109"], ["Pages:", "3 (including cover)"],
              ["☐ Urgent   ☒ For Review   ☐ Please Comment   ☐ Please Reply", ""]],
     "after": ["Please find our form attached. Call me if anything is unclear.", "Signature: ____________"]},
    {"name": "memo-template", "kind": "docx", "title": "MEMORANDUM",
     "rows": [["To:", "All operations staff"], ["From:", "IT Manager"], ["CC:", "Compliance"], ["Date:", "20 November 2023"],
              ["Subject:", "Results of the network failover test"]],
     "table": [["Item", "Result", "Remarks"], ["Primary link", "Pass", "OK"], ["Backup link", "Fail", "retest on Monday"]],
     "after": ["Contact person: Wong Siu Ming, Tel: 2323 0000", "Please acknowledge by e-mail."]},
    {"name": "report-template", "kind": "docx", "title": "Test Report Form",
     "rows": [["Company Name", "Kowloon Brokerage Ltd"], ["Contact Person", "Lee Ka Yan"], ["Telephone", "3111 2222"],
              ["Email", "ky.lee@kowloon.example"], ["Date of Test", "25/11/2023"], ["Tester Name", "Lee Ka Yan"]],
     "table": [["Test Case", "Successful", "Unsuccessful", "Remarks"], ["Login", "✓", "", ""], ["Order entry", "", "✓", "timeout"],
               ["Report export", "✓", "", ""]],
     "after": ["Name of Authorised Signatory: ____________", "Date: ____________"]},
    {"name": "timesheet", "kind": "xlsx", "title": "Weekly Timesheet",
     "rows": [["Employee Name", "Ho Mei Ling"], ["Employee ID", "E10427"], ["Department", "Operations"],
              ["Week ending", "24/11/2023"], ["Phone", "2877 1023"]],
     "table": [["Day", "Date", "Hours", "Remarks"], ["Monday", "20/11/2023", "8", ""], ["Tuesday", "21/11/2023", "8", ""],
               ["Wednesday", "22/11/2023", "7.5", "left early"], ["Thursday", "23/11/2023", "8", ""], ["Friday", "24/11/2023", "8", ""]],
     "after": ["Signature: ____________", "Approved: ☒"]},
    {"name": "invoice", "kind": "xlsx", "title": "INVOICE",
     "rows": [["Invoice No", "INV-2023-1109"], ["Date", "15/11/2023"], ["Bill To", "Golden Harbour Brokerage Limited"],
              ["Contact", "Wong Siu Ming"], ["Phone", "2345 6789"], ["Email", "accounts@goldenharbour.example"]],
     "table": [["Description", "Qty", "Amount"], ["Hosting services – November", "1", "12,000.00"], ["Cross connect", "2", "3,000.00"],
               ["Total", "", "15,000.00"]],
     "after": ["Payment status: ☒ Paid ☐ Unpaid", "Thank you for your business."]},
    {"name": "service-request-form-sheet", "kind": "xlsx", "title": "IT Service Request Form",
     "rows": [["Name", "Cheung Wai Kit"], ["Company", "Harbour View Securities"], ["Phone", "2111 3333"],
              ["Email", "wk.cheung@harbourview.example"], ["Date", "22/11/2023"]],
     "table": [["Service", "Requested", "Result"], ["Email account", "✓", "Successful"], ["VPN access", "✓", "Failed"],
               ["Printer", "", "N/A"]],
     "after": ["Remarks: urgent", "Signature: ____________"]},
]


def write_cases():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "documents.json"), "w", encoding="utf-8") as f:
        json.dump(DOCS, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    write_cases()
