using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using HsnForms.Forms.Catalog;
using W14 = DocumentFormat.OpenXml.Office2010.Word;

namespace HsnForms.Forms.Templates;

/// <summary>
/// Writes a circular's blank form as Word, laid out as an HKEX appendix on one A4 page: bilingual
/// labels, a content control per field tagged with its canonical key, checkbox controls for tick boxes,
/// a date picker for dates (the session date already set from the circular), and a signature and
/// company-chop box, so a form filled in Word is read back exactly.
/// </summary>
public static class WordTemplateWriter
{
    // A4 in twentieths of a point, with margins that leave room for a printer's edge.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int SideMargin = 1077;
    private const int TextWidth = PageWidth - (2 * SideMargin);
    private const string LabelFill = "EDEFF2";

    public static void Write(Stream output, FormDefinition form, Circular circular, FormCatalog catalog, ServiceDeskOptions? desk = null)
    {
        desk ??= ServiceDeskOptions.Default;
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        main.Document.AddNamespaceDeclaration("w14", "http://schemas.microsoft.com/office/word/2010/wordml");
        main.Document.MCAttributes = new MarkupCompatibilityAttributes { Ignorable = "w14" };
        AddStyles(main);

        body.Append(
            Paragraph(TemplateLayout.AppendixMark(form), bold: true, align: JustificationValues.Right),
            Paragraph(TemplateLayout.Company, bold: true, align: JustificationValues.Center, after: 0),
            Paragraph(TemplateLayout.CompanyZh, bold: true, align: JustificationValues.Center),
            Paragraph(form.Title, bold: true, size: 28, align: JustificationValues.Center, after: 0),
            Paragraph(form.TitleZh ?? "", bold: true, size: 24, align: JustificationValues.Center, after: 0),
            Paragraph(circular.Title, italic: true, align: JustificationValues.Center, after: 160));

        var info = NewTable(2300, 2576, 2300, 2576);
        info.Append(Row(Label(TemplateLayout.RefLabel), Value(circular.Ref), Label(TemplateLayout.DueLabel), Value(TemplateLayout.DueDate(circular, form) ?? "")));
        if (circular.SessionDate is { } session && form.Field("session_date") is null)
        {
            info.Append(Row(Label(TemplateLayout.SessionLabel), Value(TemplateLayout.LongDate(session), span: 3)));
        }

        body.Append(info);
        var (english, chinese) = TemplateLayout.ReturnInstruction(circular, form, desk);
        body.Append(Paragraph(english, before: 80, after: 0), Paragraph(chinese));

        body.Append(Section("1. Subscriber details 用戶資料"));
        body.Append(FieldTable(TemplateLayout.SubscriberFields(catalog, form), circular));

        var own = TemplateLayout.OwnFields(catalog, form).ToList();
        if (form.Field("participate") is { } participate)
        {
            body.Append(Section("2. Participation 參與意向"));
            body.Append(Paragraph(TemplateLayout.BilingualLabel(participate), bold: true));
            body.Append(CheckboxParagraph($"{participate.Key}:true", $"{TemplateLayout.ParticipateYes} {TemplateLayout.ParticipateYesZh}"));
            body.Append(CheckboxParagraph($"{participate.Key}:false", $"{TemplateLayout.ParticipateNo} {TemplateLayout.ParticipateNoZh}"));
        }

        if (form.Field("services") is { } services)
        {
            body.Append(Paragraph($"{TemplateLayout.BilingualLabel(services)} (please tick 請剔選)", bold: true, before: 80));
            var grid = NewTable(700, TextWidth - 700);
            foreach (var code in circular.Services)
            {
                grid.Append(Row(Cell(Checkbox($"{services.Key}:{code}", code), center: true), Value(TemplateLayout.ServiceLabel(catalog, code))));
            }

            body.Append(grid);
        }

        if (form.Field("results") is { } results)
        {
            body.Append(Section("2. Practice Session results 演習結果"));
            body.Append(FieldTable(own.Where(f => f.Type == FieldType.Date), circular));
            body.Append(Paragraph($"{TemplateLayout.BilingualLabel(results)} (Successful / Unsuccessful / Not tested)", bold: true, before: 80));
            var grid = NewTable(5852, 3900);
            grid.Append(Row(Label("Service 服務"), Label("Result 結果")));
            foreach (var code in circular.Services)
            {
                grid.Append(Row(Value(TemplateLayout.ServiceLabel(catalog, code)), Cell(DropDown($"{results.Key}:{code}", code, TemplateLayout.ResultChoices))));
            }

            body.Append(grid);
            own = own.Where(f => f.Type != FieldType.Date).ToList();
        }

        if (own.Count > 0)
        {
            body.Append(Paragraph("", after: 0), FieldTable(own, circular, height: 1000));
        }

        body.Append(Section("3. Authorisation 授權"));
        body.Append(SignatureTable(TemplateLayout.SignatureFields(form), circular));
        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = 851, Bottom = 851, Left = SideMargin, Right = SideMargin, Header = 567, Footer = 567 }));
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", EastAsia = "PMingLiU" },
                new FontSize { Val = "20" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "80" }))));
    }

    private static Paragraph Section(string text) => Paragraph(text, bold: true, size: 22, before: 200, after: 60);

    private static Paragraph Paragraph(string text, bool bold = false, bool italic = false, int size = 0, JustificationValues? align = null, int? before = null, int? after = null)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        if (size > 0)
        {
            properties.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        }

        var paragraph = new Paragraph();
        if (align is not null || before is not null || after is not null)
        {
            var layout = new ParagraphProperties();
            if (before is not null || after is not null)
            {
                var spacing = new SpacingBetweenLines();
                if (before is { } above)
                {
                    spacing.Before = above.ToString(CultureInfo.InvariantCulture);
                }

                if (after is { } below)
                {
                    spacing.After = below.ToString(CultureInfo.InvariantCulture);
                }

                layout.Append(spacing);
            }

            if (align is { } justification)
            {
                layout.Append(new Justification { Val = justification });
            }

            paragraph.Append(layout);
        }

        paragraph.Append(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    /// <summary>A bordered table across the page with the given column widths.</summary>
    private static Table NewTable(params int[] widths) => new(
        new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = TextWidth.ToString(CultureInfo.InvariantCulture) },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }),
        new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

    /// <summary>Label and answer, one typed field a row.</summary>
    private static Table FieldTable(IEnumerable<FieldDefinition> fields, Circular circular, int height = 340)
    {
        var table = NewTable(3900, TextWidth - 3900);
        foreach (var field in fields)
        {
            table.Append(new TableRow(
                new TableRowProperties(new TableRowHeight { Val = (uint)height, HeightType = HeightRuleValues.AtLeast }, new CantSplit()),
                Label(TemplateLayout.BilingualLabel(field)), Cell(Control(field, circular))));
        }

        return table;
    }

    /// <summary>Room to sign and to stamp the company chop, then who signed and when.</summary>
    private static Table SignatureTable(IEnumerable<FieldDefinition> fields, Circular circular)
    {
        var half = TextWidth / 2;
        var table = NewTable(half, TextWidth - half);
        table.Append(new TableRow(
            new TableRowProperties(new TableRowHeight { Val = 1400, HeightType = HeightRuleValues.Exact }, new CantSplit()),
            Value(""), Value("")));
        table.Append(Row(Label(TemplateLayout.SignatureLabel, center: true), Label(TemplateLayout.ChopLabel, center: true)));
        foreach (var field in fields)
        {
            table.Append(new TableRow(
                new TableRowProperties(new TableRowHeight { Val = 340, HeightType = HeightRuleValues.AtLeast }, new CantSplit()),
                Label(TemplateLayout.BilingualLabel(field)), Cell(Control(field, circular))));
        }

        return table;
    }

    private static SdtRun Control(FieldDefinition field, Circular circular) =>
        field.Type == FieldType.Date ? DateControl(field, TemplateLayout.PrefilledDate(field, circular)) : TextControl(field);

    private static TableRow Row(params TableCell[] cells) =>
        new([new TableRowProperties(new TableRowHeight { Val = 300, HeightType = HeightRuleValues.AtLeast }, new CantSplit()), .. cells]);

    private static TableCell Label(string text, bool center = false) => new(
        new TableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = LabelFill }, new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
        Paragraph(text, bold: true, after: 0, align: center ? JustificationValues.Center : null));

    private static TableCell Value(string text, int span = 1)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        return new TableCell(properties, Paragraph(text, after: 0));
    }

    private static TableCell Cell(OpenXmlElement content, bool center = false)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { After = "0" },
            new Justification { Val = center ? JustificationValues.Center : JustificationValues.Left }), content);
        return new TableCell(new TableCellProperties(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }), paragraph);
    }

    private static SdtProperties Properties(string tag, string alias) => new(new SdtAlias { Val = alias }, new Tag { Val = tag }, new DocumentFormat.OpenXml.Wordprocessing.Lock { Val = LockingValues.SdtLocked });

    private static Run Placeholder(string text) => new(new RunProperties(new Color { Val = "808080" }), new Text(text));

    private static SdtRun TextControl(FieldDefinition field)
    {
        var properties = Properties(field.Key, field.Label);
        properties.Append(new ShowingPlaceholder(), new SdtContentText());
        return new SdtRun(properties, new SdtContentRun(Placeholder("Click or tap here to enter text.")));
    }

    private static SdtRun DateControl(FieldDefinition field, DateOnly? value)
    {
        var properties = Properties(field.Key, field.Label);
        var picker = new SdtContentDate(new DateFormat { Val = "dd/MM/yyyy" }, new LanguageId { Val = "en-HK" });
        if (value is not { } date)
        {
            properties.Append(new ShowingPlaceholder(), picker);
            return new SdtRun(properties, new SdtContentRun(Placeholder("Click or tap to enter a date.")));
        }

        picker.FullDate = date.ToDateTime(TimeOnly.MinValue);
        properties.Append(picker);
        return new SdtRun(properties, new SdtContentRun(new Run(new Text(date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)))));
    }

    private static SdtRun DropDown(string tag, string alias, IEnumerable<string> choices)
    {
        var list = new SdtContentDropDownList();
        foreach (var choice in choices)
        {
            list.Append(new ListItem { DisplayText = choice, Value = choice });
        }

        var properties = Properties(tag, alias);
        properties.Append(new ShowingPlaceholder(), list);
        return new SdtRun(properties, new SdtContentRun(Placeholder("Choose an item.")));
    }

    private static SdtRun Checkbox(string tag, string alias)
    {
        var properties = Properties(tag, alias);
        properties.Append(new W14.SdtContentCheckBox(
            new W14.Checked { Val = W14.OnOffValues.Zero },
            new W14.CheckedState { Font = "MS Gothic", Val = "2612" },
            new W14.UncheckedState { Font = "MS Gothic", Val = "2610" }));
        return new SdtRun(properties, new SdtContentRun(new Run(new RunProperties(new RunFonts { Ascii = "MS Gothic", HighAnsi = "MS Gothic", EastAsia = "MS Gothic" }), new Text("☐"))));
    }

    private static Paragraph CheckboxParagraph(string tag, string text) =>
        new(new ParagraphProperties(new SpacingBetweenLines { After = "40" }, new Indentation { Left = "200" }),
            Checkbox(tag, text), new Run(new Text(" " + text) { Space = SpaceProcessingModeValues.Preserve }));
}
