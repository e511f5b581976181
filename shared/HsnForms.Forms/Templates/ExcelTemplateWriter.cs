using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HsnForms.Forms.Catalog;

namespace HsnForms.Forms.Templates;

/// <summary>
/// Writes a circular's blank form as Excel: bilingual labels locked, a defined name per field (so the
/// reader finds each answer by name), drop-downs for choices and a date check for dates.
/// </summary>
public static class ExcelTemplateWriter
{
    private const string Sheet = "Form";
    private const uint LabelStyle = 1;
    private const uint ValueStyle = 2;
    private const uint DateStyle = 3;
    private const uint TitleStyle = 4;

    public static void Write(Stream output, FormDefinition form, Circular circular, FormCatalog catalog)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

        var data = new SheetData();
        var names = new DefinedNames();
        var validations = new DataValidations();
        uint row = 0;

        void Text(uint style, params string[] values)
        {
            row++;
            var cells = values.Select((v, i) => TextCell(Reference(i, row), v, style)).ToArray();
            data.Append(new Row(cells) { RowIndex = row });
        }

        void Answer(string name, string label, uint style, DataValidation? validation = null)
        {
            row++;
            data.Append(new Row(TextCell(Reference(0, row), label, LabelStyle), new Cell { CellReference = Reference(1, row), StyleIndex = style }) { RowIndex = row });
            names.Append(new DefinedName { Name = name, Text = $"{Sheet}!$B${row}" });
            if (validation is not null)
            {
                validation.SequenceOfReferences = new ListValue<StringValue>([new StringValue(Reference(1, row))]);
                validations.Append(validation);
            }
        }

        Text(TitleStyle, "HKEX Hosting Services Limited 香港交易所設備託管服務有限公司");
        Text(TitleStyle, TemplateLayout.Heading(form));
        Text(TitleStyle, form.TitleZh ?? "");
        Text(LabelStyle, "Ref. No. 編號", circular.Ref);
        foreach (var field in TemplateLayout.TypedFields(form))
        {
            Answer(field.Key, TemplateLayout.BilingualLabel(field), field.Type == FieldType.Date ? DateStyle : ValueStyle,
                field.Type == FieldType.Date ? DateCheck(field.Label) : null);
        }

        if (form.Field("participate") is { } participate)
        {
            Answer(participate.Key, "Will you participate in the Practice Session using HSN? 是否使用HSN參與演習", ValueStyle, ListCheck("Yes,No", participate.Label));
        }

        if (form.Field("services") is { } services)
        {
            Text(LabelStyle, $"{TemplateLayout.BilingualLabel(services)} (Yes / No)");
            foreach (var code in circular.Services)
            {
                Answer($"{services.Key}.{NameSafe(code)}", TemplateLayout.ServiceLabel(catalog, code), ValueStyle, ListCheck("Yes,No", code));
            }
        }

        if (form.Field("results") is { } results)
        {
            Text(LabelStyle, $"{TemplateLayout.BilingualLabel(results)} (Successful / Unsuccessful / Not tested)");
            foreach (var code in circular.Services)
            {
                Answer($"{results.Key}.{NameSafe(code)}", TemplateLayout.ServiceLabel(catalog, code), ValueStyle, ListCheck(string.Join(',', TemplateLayout.ResultChoices), code));
            }
        }

        var worksheet = new Worksheet(
            new SheetViews(new SheetView { WorkbookViewId = 0, ShowGridLines = false }),
            new Columns(
                new Column { Min = 1, Max = 1, Width = 62, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 44, CustomWidth = true }),
            data,
            new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false });
        if (validations.HasChildren)
        {
            validations.Count = (uint)validations.ChildElements.Count;
            worksheet.Append(validations);
        }

        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        sheetPart.Worksheet = worksheet;
        workbookPart.Workbook.Append(
            new Sheets(new Sheet { Name = Sheet, SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) }),
            names);
    }

    /// <summary>Defined names allow letters, digits, underscores and dots only.</summary>
    internal static string NameSafe(string code) => new(code.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());

    private static string Reference(int column, uint row) => $"{(char)('A' + column)}{row}";

    private static Cell TextCell(string reference, string text, uint style) => new(new InlineString(new Text(text)))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static DataValidation ListCheck(string choices, string title) => new(new Formula1($"\"{choices}\""))
    {
        Type = DataValidationValues.List,
        AllowBlank = true,
        ShowErrorMessage = true,
        ShowInputMessage = true,
        PromptTitle = title.Length > 32 ? title[..32] : title,
        Prompt = $"Choose {choices.Replace(",", " / ", StringComparison.Ordinal)}",
    };

    private static DataValidation DateCheck(string title) => new(new Formula1("DATE(2000,1,1)"), new Formula2("DATE(2100,12,31)"))
    {
        Type = DataValidationValues.Date,
        Operator = DataValidationOperatorValues.Between,
        AllowBlank = true,
        ShowErrorMessage = true,
        ShowInputMessage = true,
        PromptTitle = title.Length > 32 ? title[..32] : title,
        Prompt = "Enter a date, e.g. 24/11/2023",
    };

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 10 }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 10 }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 13 }, new FontName { Val = "Arial" })) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFEDEFF2" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder())) { Count = 2 },
        new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(new Protection { Locked = false }) { BorderId = 1, ApplyBorder = true, ApplyProtection = true },
            new CellFormat(new Protection { Locked = false }) { BorderId = 1, NumberFormatId = 164, ApplyBorder = true, ApplyNumberFormat = true, ApplyProtection = true },
            new CellFormat { FontId = 2, ApplyFont = true }) { Count = 5 });
}
