using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Templates;
using W14 = DocumentFormat.OpenXml.Office2010.Word;

namespace HsnForms.Benchmarks;

internal enum FormFormat
{
    Docx,
    Xlsx,
}

/// <summary>One filled form, held in memory as the service receives it.</summary>
internal sealed record Sample(string Name, FormFormat Format, byte[] Bytes)
{
    public string Extension => Format == FormFormat.Docx ? "docx" : "xlsx";
}

/// <summary>
/// The forms measured: filled forms from the test corpus written by other programs, and our own blank
/// templates filled in the way a subscriber fills them in Word or Excel.
/// </summary>
internal static class Samples
{
    /// <summary>Corpus files: Word written by LibreOffice and by hand, Excel written by exceljs and by LibreOffice.</summary>
    private static readonly string[] s_corpus =
    [
        "forms/libreoffice/intention-acme.docx",
        "forms/wordxml/intention-content-controls.docx",
        "forms/exceljs/result-table.xlsx",
        "forms/libreoffice/result-lotus.xlsx",
    ];

    public static List<Sample> Load(string assets)
    {
        var samples = new List<Sample>();
        foreach (var file in s_corpus)
        {
            var path = Path.Combine(assets, file);
            var format = file.EndsWith(".docx", StringComparison.Ordinal) ? FormFormat.Docx : FormFormat.Xlsx;
            samples.Add(new Sample(file, format, File.ReadAllBytes(path)));
        }

        samples.Add(new Sample("template: intention, filled", FormFormat.Docx, FilledTemplates.Intention()));
        samples.Add(new Sample("template: result, filled", FormFormat.Xlsx, FilledTemplates.Result()));
        return [.. samples.OrderBy(s => s.Format)];
    }

    /// <summary>Walks up from the program's folder to the repository root: the folder holding tests/assets/expected.json.</summary>
    public static string FindAssets()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var assets = Path.Combine(folder.FullName, "tests", "assets");
            if (File.Exists(Path.Combine(assets, "expected.json"))
                && (File.Exists(Path.Combine(folder.FullName, "Directory.Build.props")) || File.Exists(Path.Combine(folder.FullName, "HsnFormsFunctions.sln"))))
            {
                return assets;
            }
        }

        throw new DirectoryNotFoundException($"No tests/assets/expected.json above {AppContext.BaseDirectory}; run the benchmark from its repository.");
    }
}

/// <summary>
/// Our own blank forms (the writers behind <c>hsnforms template</c>) filled in: content controls given
/// text and ticks in Word, answer cells given shared strings and date serials in Excel, as those
/// programs save them.
/// </summary>
internal static class FilledTemplates
{
    private static readonly Dictionary<string, string> s_common = new(StringComparer.Ordinal)
    {
        ["subscriber_name"] = "Acme Securities Ltd",
        ["subscriber_id"] = "HSN0427",
        ["contact_name"] = "Chan Tai Man",
        ["contact_phone"] = "+852 2211 6080",
        ["contact_email"] = "tm.chan@acme.com.hk",
        ["signatory_name"] = "Chan Tai Man",
    };

    public static byte[] Intention()
    {
        var catalog = FormCatalog.Default;
        var blank = new MemoryStream();
        WordTemplateWriter.Write(blank, catalog.Find("intention")!, Circular.Default, catalog);

        var filled = new MemoryStream();
        filled.Write(blank.GetBuffer(), 0, (int)blank.Length);
        var signed = new DateOnly(2023, 11, 20);
        string[] ticked = ["participate:true", "services:OTP-C", "services:OMD-C"];
        using (var document = WordprocessingDocument.Open(filled, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            foreach (var control in body.Descendants<SdtRun>().ToList())
            {
                var properties = control.SdtProperties!;
                var tag = properties.GetFirstChild<Tag>()?.Val?.Value ?? "";
                var text = control.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().First();
                if (properties.GetFirstChild<W14.SdtContentCheckBox>() is { } checkbox)
                {
                    if (ticked.Contains(tag))
                    {
                        checkbox.GetFirstChild<W14.Checked>()!.Val = W14.OnOffValues.One;
                        text.Text = "☒";
                    }

                    continue;
                }

                string value;
                if (properties.GetFirstChild<SdtContentDate>() is { } date)
                {
                    date.FullDate = new DateTimeValue(signed.ToDateTime(TimeOnly.MinValue));
                    value = signed.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                }
                else if (!s_common.TryGetValue(tag, out value!))
                {
                    continue;
                }

                properties.GetFirstChild<ShowingPlaceholder>()?.Remove();
                text.Parent!.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.RunProperties>()?.Remove();
                text.Text = value;
            }
        }

        return filled.ToArray();
    }

    public static byte[] Result()
    {
        var catalog = FormCatalog.Default;
        var blank = new MemoryStream();
        ExcelTemplateWriter.Write(blank, catalog.Find("result")!, Circular.Default, catalog);

        var answers = new Dictionary<string, object>(s_common.ToDictionary(p => p.Key, p => (object)p.Value), StringComparer.Ordinal)
        {
            ["session_date"] = new DateOnly(2023, 11, 25),
            ["signed_date"] = new DateOnly(2023, 11, 27),
            ["issues"] = "None",
            ["results.OTP_C"] = "Successful",
            ["results.OTP_CSC"] = "Successful",
            ["results.OMD_C"] = "Not tested",
            ["results.OMD_CC"] = "Successful",
        };

        var filled = new MemoryStream();
        filled.Write(blank.GetBuffer(), 0, (int)blank.Length);
        using (var document = SpreadsheetDocument.Open(filled, true))
        {
            var workbookPart = document.WorkbookPart!;
            var data = workbookPart.WorksheetParts.Single().Worksheet!.GetFirstChild<SheetData>()!;
            var table = (workbookPart.SharedStringTablePart ?? workbookPart.AddNewPart<SharedStringTablePart>()).SharedStringTable = new SharedStringTable();
            foreach (var name in workbookPart.Workbook!.DefinedNames!.Elements<DefinedName>())
            {
                if (!answers.TryGetValue(name.Name!.Value!, out var answer))
                {
                    continue;
                }

                var reference = name.Text.Split('!')[1].Replace("$", "", StringComparison.Ordinal);
                var cell = data.Descendants<Cell>().Single(c => c.CellReference?.Value == reference);
                if (answer is DateOnly date)
                {
                    var serial = date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;
                    cell.CellValue = new CellValue(serial.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    table.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text((string)answer)));
                    cell.DataType = CellValues.SharedString;
                    cell.CellValue = new CellValue((table.ChildElements.Count - 1).ToString(CultureInfo.InvariantCulture));
                }
            }

            table.Count = table.UniqueCount = (uint)table.ChildElements.Count;
        }

        return filled.ToArray();
    }
}
