// Usage: dotnet run --project tests/assets/make/epplus -- tests/assets/forms/epplus
using OfficeOpenXml;
using OfficeOpenXml.Drawing.Controls;

ExcelPackage.LicenseContext = LicenseContext.NonCommercial;
var target = args.Length > 0 ? args[0] : "forms/epplus";
Directory.CreateDirectory(target);

Intention(Path.Combine(target, "intention-form-controls.xlsx"));
Result(Path.Combine(target, "result-form-controls-grid.xlsx"));

static void Intention(string path)
{
    using var package = new ExcelPackage();
    var sheet = package.Workbook.Worksheets.Add("Intention Form");
    sheet.Cells["A1"].Value = "Appendix A – Intention Form for Using HSN to participate Practice Session";
    sheet.Cells["A2"].Value = "Ref. No.: HDS/23/1109";
    string[,] rows =
    {
        { "Subscriber Name", "Kwun Tong Harbour Securities Limited" },
        { "HSN Subscriber ID", "HSN5107" },
        { "Contact Person", "Tse Ka Yan" },
        { "Telephone", "2389 4410" },
        { "Email", "kayan.tse@kthsec.com.hk" },
    };
    for (var i = 0; i < rows.GetLength(0); i++)
    {
        sheet.Cells[4 + i, 1].Value = rows[i, 0];
        sheet.Cells[4 + i, 2].Value = rows[i, 1];
    }

    // Option buttons in one group box: the person clicked "will participate".
    sheet.Cells["A10"].Value = "Participation 參與";
    var will = sheet.Drawings.AddRadioButtonControl("Will");
    will.Text = "We will participate";
    will.SetPosition(9, 2, 1, 4);
    will.SetSize(180, 18);
    will.Checked = true;
    var willNot = sheet.Drawings.AddRadioButtonControl("WillNot");
    willNot.Text = "We will not participate";
    willNot.SetPosition(10, 2, 1, 4);
    willNot.SetSize(180, 18);
    willNot.Checked = false;

    // A check box per service, each over the cell beside its code; two are ticked.
    sheet.Cells["A13"].Value = "Services to be verified";
    string[] services = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"];
    for (var i = 0; i < services.Length; i++)
    {
        var box = sheet.Drawings.AddCheckBoxControl("Service" + i);
        box.Text = services[i];
        box.SetPosition(13 + i, 2, 1, 4);
        box.SetSize(120, 18);
        box.Checked = services[i] is "OTP-C" or "OMD-C" ? eCheckState.Checked : eCheckState.Unchecked;
    }

    sheet.Cells["A19"].Value = "Name of Authorised Signatory";
    sheet.Cells["B19"].Value = "Tse Ka Yan";
    sheet.Cells["A20"].Value = "Date";
    sheet.Cells["B20"].Value = new DateTime(2023, 11, 22);
    sheet.Cells["B20"].Style.Numberformat.Format = "dd/mm/yyyy";
    sheet.Column(1).Width = 34;
    sheet.Column(2).Width = 40;
    package.SaveAs(new FileInfo(path));
}

static void Result(string path)
{
    using var package = new ExcelPackage();
    var sheet = package.Workbook.Worksheets.Add("Result");
    sheet.Cells["A1"].Value = "Appendix B – Result Form for Using HSN to participate Practice Session";
    sheet.Cells["A2"].Value = "Ref. No.: HDS/23/1109";
    string[,] rows =
    {
        { "Subscriber Name", "Lam Tin Futures Company Limited" },
        { "HSN Subscriber ID", "HSN5214" },
        { "Contact Person", "Yau Chi Fung" },
        { "Telephone", "+852 2717 3350" },
        { "Email", "cf.yau@lamtinfutures.hk" },
        { "Practice Session Date", "25/11/2023" },
    };
    for (var i = 0; i < rows.GetLength(0); i++)
    {
        sheet.Cells[4 + i, 1].Value = rows[i, 0];
        sheet.Cells[4 + i, 2].Value = rows[i, 1];
    }

    // Check boxes without captions under a header row of results, one row per service verified.
    sheet.Cells["A11"].Value = "Service";
    sheet.Cells["B11"].Value = "Successful";
    sheet.Cells["C11"].Value = "Unsuccessful";
    sheet.Cells["D11"].Value = "Not tested";
    (string Code, int Ticked)[] services = [("OTP-C", 0), ("OTP-CSC", 2), ("OMD-C", 1)];
    for (var i = 0; i < services.Length; i++)
    {
        sheet.Cells[12 + i, 1].Value = services[i].Code;
        for (var c = 0; c < 3; c++)
        {
            var box = sheet.Drawings.AddCheckBoxControl($"R{i}C{c}");
            box.Text = "";
            box.SetPosition(11 + i, 2, 1 + c, 30);
            box.SetSize(20, 18);
            box.Checked = c == services[i].Ticked ? eCheckState.Checked : eCheckState.Unchecked;
            if (services[i].Code == "OMD-C")
            {
                // This row's boxes are linked to cells out of sight, as a person copying a template does.
                box.LinkedCell = sheet.Cells[12 + i, 8 + c];
            }
        }
    }

    sheet.Cells["A16"].Value = "Issues Encountered";
    sheet.Cells["B16"].Value = "OMD-C feed stopped after failover; vendor investigating.";
    sheet.Cells["A18"].Value = "Name of Authorised Signatory";
    sheet.Cells["B18"].Value = "Yau Chi Fung";
    sheet.Cells["A19"].Value = "Date";
    sheet.Cells["B19"].Value = "27 Nov 2023";
    sheet.Column(1).Width = 30;
    package.SaveAs(new FileInfo(path));
}
