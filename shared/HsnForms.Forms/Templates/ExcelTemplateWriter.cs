using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HsnForms.Forms.Catalog;

namespace HsnForms.Forms.Templates;

/// <summary>
/// Writes a circular's blank form as Excel, laid out as an HKEX appendix that prints on one A4 page:
/// bilingual labels locked, a defined name per field (so the reader finds each answer by name),
/// drop-downs for choices, a date check for dates (the session date already set from the circular),
/// and a signature and company-chop box. Rows are as tall as their wrapped text, so nothing is clipped
/// and no row runs into the next.
/// </summary>
public static class ExcelTemplateWriter
{
    private const string Sheet = "Form";

    // Column widths in characters: a label column, then three that answers span.
    private static readonly double[] s_widths = [36, 20, 22, 22];

    public static void Write(Stream output, FormDefinition form, Circular circular, FormCatalog catalog, ServiceDeskOptions? desk = null)
    {
        desk ??= ServiceDeskOptions.Default;
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var sheet = new SheetWriter();

        sheet.Line(Style.Mark, TemplateLayout.AppendixMark(form));
        sheet.Line(Style.Company, TemplateLayout.Company);
        sheet.Line(Style.Company, TemplateLayout.CompanyZh);
        sheet.Line(Style.Title, form.Title);
        sheet.Line(Style.TitleZh, form.TitleZh ?? "");
        sheet.Line(Style.Subtitle, circular.Title);
        sheet.Gap();
        sheet.Info(TemplateLayout.RefLabel, circular.Ref, TemplateLayout.DueLabel, TemplateLayout.DueDate(circular, form) ?? "");
        if (circular.SessionDate is { } session && form.Field("session_date") is null)
        {
            sheet.Info(TemplateLayout.SessionLabel, TemplateLayout.LongDate(session));
        }

        var (english, chinese) = TemplateLayout.ReturnInstruction(circular, form, desk);
        sheet.Line(Style.Text, english);
        sheet.Line(Style.Text, chinese);

        sheet.Line(Style.Section, "1. Subscriber details 用戶資料");
        foreach (var field in TemplateLayout.SubscriberFields(catalog, form))
        {
            Typed(sheet, field, circular);
        }

        var own = TemplateLayout.OwnFields(catalog, form).ToList();
        if (form.Field("participate") is { } participate)
        {
            sheet.Line(Style.Section, "2. Participation 參與意向");
            sheet.Choice(participate.Key, TemplateLayout.ParticipateQuestion, ListCheck("Yes,No", participate.Label));
        }

        if (form.Field("services") is { } services)
        {
            sheet.Line(Style.Label, $"{TemplateLayout.BilingualLabel(services)} (Yes / No)");
            foreach (var code in circular.Services)
            {
                sheet.Choice($"{services.Key}.{NameSafe(code)}", TemplateLayout.ServiceLabel(catalog, code), ListCheck("Yes,No", code));
            }
        }

        if (form.Field("results") is { } results)
        {
            sheet.Line(Style.Section, "2. Practice Session results 演習結果");
            foreach (var field in own.Where(f => f.Type == FieldType.Date))
            {
                Typed(sheet, field, circular);
            }

            sheet.Line(Style.Label, $"{TemplateLayout.BilingualLabel(results)} (Successful / Unsuccessful / Not tested)");
            foreach (var code in circular.Services)
            {
                sheet.Choice($"{results.Key}.{NameSafe(code)}", TemplateLayout.ServiceLabel(catalog, code), ListCheck(string.Join(',', TemplateLayout.ResultChoices), code));
            }

            own = own.Where(f => f.Type != FieldType.Date).ToList();
        }

        foreach (var field in own)
        {
            Typed(sheet, field, circular, lines: field.Type == FieldType.Text ? 3 : 1);
        }

        sheet.Line(Style.Section, "3. Authorisation 授權");
        sheet.SignatureBox(TemplateLayout.SignatureLabel, TemplateLayout.ChopLabel);
        foreach (var field in TemplateLayout.SignatureFields(form))
        {
            Typed(sheet, field, circular);
        }

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView { WorkbookViewId = 0, ShowGridLines = false }),
            new Columns(s_widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
            sheet.Data,
            new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false },
            sheet.Merges);
        if (sheet.Validations.HasChildren)
        {
            sheet.Validations.Count = (uint)sheet.Validations.ChildElements.Count;
            worksheet.Append(sheet.Validations);
        }

        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            // A4, portrait, the whole form on one page.
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 1 });
        sheetPart.Worksheet = worksheet;
        sheet.Names.Append(new DefinedName { Name = "_xlnm.Print_Area", LocalSheetId = 0, Text = $"{Sheet}!$A$1:$D${sheet.LastRow}" });
        workbookPart.Workbook.Append(
            new Sheets(new Sheet { Name = Sheet, SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) }),
            sheet.Names);
    }

    private static void Typed(SheetWriter sheet, FieldDefinition field, Circular circular, int lines = 1)
    {
        var date = field.Type == FieldType.Date;
        sheet.Answer(field.Key, TemplateLayout.BilingualLabel(field), date ? Style.Date : Style.Value,
            date ? DateCheck(field.Label) : null, date ? TemplateLayout.PrefilledDate(field, circular) : null, lines);
    }

    /// <summary>Defined names allow letters, digits, underscores and dots only.</summary>
    internal static string NameSafe(string code) => new(code.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());

    private static string Reference(int column, uint row) => $"{(char)('A' + column)}{row}";

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

    /// <summary>The cell formats of the form, by the index <see cref="Styles"/> gives them.</summary>
    private enum Style : uint
    {
        Plain = 0,
        Label = 1,
        Value = 2,
        Date = 3,
        Title = 4,
        TitleZh = 5,
        Company = 6,
        Mark = 7,
        Subtitle = 8,
        Text = 9,
        Section = 10,
        Box = 11,
        Fixed = 12,
        Caption = 13,
    }

    /// <summary>Font size in points and weight of each style, for the row heights.</summary>
    private static (double Points, bool Bold) Font(Style style) => style switch
    {
        Style.Title => (13, true),
        Style.TitleZh => (12, true),
        Style.Section => (11, true),
        Style.Label or Style.Company or Style.Mark or Style.Caption => (10, true),
        _ => (10, false),
    };

    private static Stylesheet Styles()
    {
        static Border Thin() => new(
            new LeftBorder { Style = BorderStyleValues.Thin },
            new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin },
            new BottomBorder { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        static Alignment Wrap(HorizontalAlignmentValues? horizontal = null, VerticalAlignmentValues? vertical = null) =>
            new() { WrapText = true, Vertical = vertical ?? VerticalAlignmentValues.Center, Horizontal = horizontal };
        static CellFormat Format(Alignment alignment, uint font = 0, uint fill = 0, uint border = 0, bool locked = true, uint numberFormat = 0)
        {
            var format = new CellFormat(alignment) { FontId = font, FillId = fill, BorderId = border, NumberFormatId = numberFormat, ApplyAlignment = true };
            format.ApplyFont = font != 0 ? true : null;
            format.ApplyFill = fill != 0 ? true : null;
            format.ApplyBorder = border != 0 ? true : null;
            format.ApplyNumberFormat = numberFormat != 0 ? true : null;
            if (!locked)
            {
                format.Append(new Protection { Locked = false });
                format.ApplyProtection = true;
            }

            return format;
        }

        static Font Arial(double size, bool bold = false, bool italic = false)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            if (italic)
            {
                font.Append(new Italic());
            }

            font.Append(new FontSize { Val = size }, new FontName { Val = "Arial" });
            return font;
        }

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
            new Fonts(Arial(10), Arial(10, bold: true), Arial(13, bold: true), Arial(12, bold: true), Arial(10, italic: true), Arial(11, bold: true)) { Count = 6 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFEDEFF2" }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), Thin()) { Count = 2 },
            new CellFormats(
                new CellFormat(),
                Format(Wrap(), font: 1, fill: 2, border: 1),
                Format(Wrap(HorizontalAlignmentValues.Left), border: 1, locked: false),
                Format(Wrap(HorizontalAlignmentValues.Left), border: 1, locked: false, numberFormat: 164),
                Format(Wrap(HorizontalAlignmentValues.Center), font: 2),
                Format(Wrap(HorizontalAlignmentValues.Center), font: 3),
                Format(Wrap(HorizontalAlignmentValues.Center), font: 1),
                Format(Wrap(HorizontalAlignmentValues.Right), font: 1),
                Format(Wrap(HorizontalAlignmentValues.Center), font: 4),
                Format(Wrap(HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top)),
                Format(Wrap(HorizontalAlignmentValues.Left, VerticalAlignmentValues.Bottom), font: 5),
                Format(Wrap(HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top), border: 1),
                Format(Wrap(HorizontalAlignmentValues.Left), border: 1),
                Format(Wrap(HorizontalAlignmentValues.Center), font: 1, fill: 2, border: 1)) { Count = 14 });
    }

    /// <summary>Builds the sheet a row at a time: cells, merges, names, checks and row heights together.</summary>
    private sealed class SheetWriter
    {
        public SheetData Data { get; } = new();
        public MergeCells Merges { get; } = new();
        public DefinedNames Names { get; } = new();
        public DataValidations Validations { get; } = new();
        public uint LastRow { get; private set; }

        /// <summary>Text across the whole width (a title, an instruction, a section heading).</summary>
        public void Line(Style style, string text)
        {
            var row = NewRow(Height(style, text, 0, 3), style == Style.Section ? 6 : 0);
            Span(row, 0, 3, style, text);
        }

        public void Gap() => NewRow(6, 0);

        /// <summary>The circular's facts: a label and its value, once or twice on a row.</summary>
        public void Info(string label, string value, string? label2 = null, string? value2 = null)
        {
            var height = Math.Max(Height(Style.Label, label, 0, 0), Height(Style.Fixed, value, 1, label2 is null ? 3 : 1));
            if (label2 is not null)
            {
                height = Math.Max(height, Math.Max(Height(Style.Label, label2, 2, 2), Height(Style.Fixed, value2 ?? "", 3, 3)));
            }

            var row = NewRow(height, 0);
            Span(row, 0, 0, Style.Label, label);
            if (label2 is null)
            {
                Span(row, 1, 3, Style.Fixed, value);
                return;
            }

            Span(row, 1, 1, Style.Fixed, value);
            Span(row, 2, 2, Style.Label, label2);
            Span(row, 3, 3, Style.Fixed, value2 ?? "");
        }

        /// <summary>A label in the first column and an answer across the other three, named for the reader.</summary>
        public void Answer(string name, string label, Style style, DataValidation? validation, DateOnly? value, int lines)
        {
            var row = NewRow(Math.Max(Height(Style.Label, label, 0, 0), LineHeight(10) * lines + 4), 0);
            Span(row, 0, 0, Style.Label, label);
            var cell = Span(row, 1, 3, style, null);
            if (value is { } date)
            {
                cell.CellValue = new CellValue((date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture));
            }

            Name(name, 1, validation);
        }

        /// <summary>A question or a service across three columns and its choice in the last.</summary>
        public void Choice(string name, string label, DataValidation validation)
        {
            var row = NewRow(Height(Style.Label, label, 0, 2), 0);
            Span(row, 0, 2, Style.Label, label);
            Span(row, 3, 3, Style.Value, null);
            Name(name, 3, validation);
        }

        /// <summary>Two boxes side by side, each under its label: one to sign in, one for the company chop.</summary>
        public void SignatureBox(string signature, string chop)
        {
            var boxes = NewRow(80, 0);
            Span(boxes, 0, 1, Style.Box, null);
            Span(boxes, 2, 3, Style.Box, null);
            var captions = NewRow(Math.Max(Height(Style.Caption, signature, 0, 1), Height(Style.Caption, chop, 2, 3)), 0);
            Span(captions, 0, 1, Style.Caption, signature);
            Span(captions, 2, 3, Style.Caption, chop);
        }

        private void Name(string name, int column, DataValidation? validation)
        {
            Names.Append(new DefinedName { Name = name, Text = $"{Sheet}!${(char)('A' + column)}${LastRow}" });
            if (validation is not null)
            {
                validation.SequenceOfReferences = new ListValue<StringValue>([new StringValue(Reference(column, LastRow))]);
                Validations.Append(validation);
            }
        }

        private Row NewRow(double height, double spaceAbove)
        {
            var row = new Row { RowIndex = ++LastRow, Height = height + spaceAbove, CustomHeight = true };
            Data.Append(row);
            return row;
        }

        /// <summary>One cell over columns first..last (merged when more than one), every covered cell styled so borders draw whole.</summary>
        private Cell Span(Row row, int first, int last, Style style, string? text)
        {
            var index = row.RowIndex!.Value;
            Cell? anchor = null;
            for (var column = first; column <= last; column++)
            {
                var cell = new Cell { CellReference = Reference(column, index), StyleIndex = (uint)style };
                if (column == first && text is not null)
                {
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
                }

                anchor ??= cell;
                row.Append(cell);
            }

            if (last > first)
            {
                Merges.Append(new MergeCell { Reference = $"{Reference(first, index)}:{Reference(last, index)}" });
                Merges.Count = (uint)Merges.ChildElements.Count;
            }

            return anchor!;
        }

        /// <summary>
        /// How tall a row must be for text wrapped over columns first..last: characters counted by
        /// width (a Chinese character takes two), bold text a little wider, with room to spare.
        /// </summary>
        private static double Height(Style style, string text, int first, int last)
        {
            var (points, bold) = Font(style);
            var capacity = 0.0;
            for (var column = first; column <= last; column++)
            {
                capacity += s_widths[column];
            }

            // Column widths are in digits of the 10-point font; larger or bold type fits fewer.
            capacity = (capacity - 1) * 10 / points / (bold ? 1.12 : 1.0);
            var width = text.Sum(c => c >= 0x2E80 ? 2.0 : char.IsUpper(c) ? 1.15 : 0.95);
            var lines = Math.Max(1, (int)Math.Ceiling(width / capacity));
            return (LineHeight(points) * lines) + 4;
        }

        private static double LineHeight(double points) => Math.Round(points * 1.3, 1);
    }
}
