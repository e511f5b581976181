"""The bad files that need no office program: python3 make_bad.py (after make_node.js)

* bad/result-web-page.xls - a filled result form saved the way Excel's "Web Page" export writes it
  (HTML with the urn:schemas-microsoft-com:office:excel namespace), named .xls;
* bad/forms-attached.zip  - a zip archive holding a filled intention form (.docx) as an attachment.
Standard library only.
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
HOLDOUT = os.path.normpath(os.path.join(HERE, ".."))

WEB_PAGE = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<style>
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
td	{mso-style-parent:style0; padding-top:1px; padding-right:1px; padding-left:1px;
	mso-ignore:padding; color:black; font-size:11.0pt; font-family:Calibri, sans-serif;
	mso-number-format:General; border:none; mso-background-source:auto;}
.xl65	{font-weight:700; border:.5pt solid windowtext; background:#DDEBF7;}
.xl66	{border:.5pt solid windowtext;}
.xl67	{mso-number-format:"d\\\\-mmm\\\\-yy"; text-align:left; border:.5pt solid windowtext;}
-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>Result Form</x:Name>
    <x:WorksheetOptions>
     <x:DefaultRowHeight>288</x:DefaultRowHeight>
     <x:Selected/>
     <x:ProtectContents>False</x:ProtectContents>
     <x:ProtectObjects>False</x:ProtectObjects>
     <x:ProtectScenarios>False</x:ProtectScenarios>
    </x:WorksheetOptions>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
  <x:WindowHeight>12435</x:WindowHeight>
  <x:WindowWidth>28800</x:WindowWidth>
  <x:ProtectStructure>False</x:ProtectStructure>
  <x:ProtectWindows>False</x:ProtectWindows>
 </x:ExcelWorkbook>
</xml><![endif]-->
</head>

<body link="#0563C1" vlink="#954F72">

<table border=0 cellpadding=0 cellspacing=0 width=640 style='border-collapse:collapse;table-layout:fixed;width:480pt'>
 <col width=240 style='width:180pt'>
 <col width=200 style='width:150pt'>
 <col width=100 span=2 style='width:75pt'>
 <tr height=19><td colspan=4 height=19 style='font-weight:700'>Appendix B &#8211; Result Form for Using HSN to participate Practice Session</td></tr>
 <tr height=19><td colspan=4 height=19>for Firmware Upgrade of HKEX Backbone Network</td></tr>
 <tr height=19><td height=19></td></tr>
 <tr height=19><td class=xl65>Ref. No.</td><td class=xl66>HDS/23/1109</td></tr>
 <tr height=19><td class=xl65>Subscriber Name</td><td class=xl66>Ma On Shan Securities Limited</td></tr>
 <tr height=19><td class=xl65>Subscriber ID</td><td class=xl66>HSN0659</td></tr>
 <tr height=19><td class=xl65>Contact Person</td><td class=xl66>Kwan Chi Wing</td></tr>
 <tr height=19><td class=xl65>Telephone</td><td class=xl66>+852 2633 8120</td></tr>
 <tr height=19><td class=xl65>E-mail</td><td class=xl66>cw.kwan@maonshansec.com.hk</td></tr>
 <tr height=19><td class=xl65>Practice Session Date</td><td class=xl67 x:num="45255">25-Nov-23</td></tr>
 <tr height=19><td height=19></td></tr>
 <tr height=19><td class=xl65>Service</td><td class=xl65>Successful</td><td class=xl65>Unsuccessful</td><td class=xl65>Not Tested</td></tr>
 <tr height=19><td class=xl66>OTP-C</td><td class=xl66 align=center>&#10003;</td><td class=xl66></td><td class=xl66></td></tr>
 <tr height=19><td class=xl66>OTP-CSC</td><td class=xl66 align=center>&#10003;</td><td class=xl66></td><td class=xl66></td></tr>
 <tr height=19><td class=xl66>OMD-C</td><td class=xl66></td><td class=xl66></td><td class=xl66 align=center>&#10003;</td></tr>
 <tr height=19><td class=xl66>OMD-CC</td><td class=xl66></td><td class=xl66></td><td class=xl66 align=center>&#10003;</td></tr>
 <tr height=19><td height=19></td></tr>
 <tr height=19><td class=xl65>Issues Encountered</td><td class=xl66 colspan=3>Nil</td></tr>
 <tr height=19><td class=xl65>Name of Authorised Signatory</td><td class=xl66 colspan=3>Kwan Chi Wing</td></tr>
 <tr height=19><td class=xl65>Date</td><td class=xl67 x:num="45257">27-Nov-23</td></tr>
</table>

</body>

</html>
"""


def main():
    bad = os.path.join(HOLDOUT, "bad")
    os.makedirs(bad, exist_ok=True)
    with open(os.path.join(bad, "result-web-page.xls"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(WEB_PAGE)
    print("wrote bad/result-web-page.xls")

    inner = os.path.join(HOLDOUT, "docxjs", "intention-fourcol-apleichau.docx")
    with open(inner, "rb") as f:
        data = f.read()
    with zipfile.ZipFile(os.path.join(bad, "forms-attached.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("Appendix A - Intention Form (Ap Lei Chau Securities).docx",
                               date_time=(2023, 11, 20, 16, 42, 10))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
    print("wrote bad/forms-attached.zip")


if __name__ == "__main__":
    main()
