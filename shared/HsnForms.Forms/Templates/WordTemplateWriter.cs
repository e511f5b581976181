using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using HsnForms.Forms.Catalog;
using W14 = DocumentFormat.OpenXml.Office2010.Word;

namespace HsnForms.Forms.Templates;

/// <summary>
/// Writes a circular's blank form as Word: bilingual labels, a content control per field tagged with
/// its canonical key, checkbox controls for tick boxes and a date picker for dates, so a form filled in
/// Word is read back exactly.
/// </summary>
public static class WordTemplateWriter
{
    public static void Write(Stream output, FormDefinition form, Circular circular, FormCatalog catalog)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        main.Document.AddNamespaceDeclaration("w14", "http://schemas.microsoft.com/office/word/2010/wordml");
        main.Document.MCAttributes = new MarkupCompatibilityAttributes { Ignorable = "w14" };
        AddStyles(main);

        body.Append(
            Paragraph("HKEX Hosting Services Limited 香港交易所設備託管服務有限公司", bold: true),
            Paragraph($"Ref. No. 編號: {circular.Ref}"),
            Paragraph(TemplateLayout.Heading(form), bold: true, size: 28),
            Paragraph(form.TitleZh ?? "", bold: true, size: 24),
            Paragraph($"{circular.Title}. Please return this form to HKEX Hosting Services – Service Desk (hsservicedesk@hkex.com.hk) on or before {Due(circular, form)}."));

        var table = NewTable();
        foreach (var field in TemplateLayout.TypedFields(form))
        {
            table.Append(Row(LabelCell(TemplateLayout.BilingualLabel(field)), ValueCell(field.Type == FieldType.Date ? DateControl(field) : TextControl(field))));
        }

        body.Append(table);

        if (form.Field("participate") is { } participate)
        {
            body.Append(Paragraph(TemplateLayout.BilingualLabel(participate), bold: true));
            body.Append(CheckboxParagraph($"{participate.Key}:true", $"{TemplateLayout.ParticipateYes} {TemplateLayout.ParticipateYesZh}"));
            body.Append(CheckboxParagraph($"{participate.Key}:false", $"{TemplateLayout.ParticipateNo} {TemplateLayout.ParticipateNoZh}"));
        }

        if (form.Field("services") is { } services)
        {
            body.Append(Paragraph($"{TemplateLayout.BilingualLabel(services)} (please tick 請剔選)", bold: true));
            var grid = NewTable();
            foreach (var code in circular.Services)
            {
                grid.Append(Row(ValueCell(Checkbox($"{services.Key}:{code}", code)), LabelCell(TemplateLayout.ServiceLabel(catalog, code))));
            }

            body.Append(grid);
        }

        if (form.Field("results") is { } results)
        {
            body.Append(Paragraph($"{TemplateLayout.BilingualLabel(results)} (Successful / Unsuccessful / Not tested)", bold: true));
            var grid = NewTable();
            grid.Append(Row(LabelCell("Service 服務"), LabelCell("Result 結果")));
            foreach (var code in circular.Services)
            {
                grid.Append(Row(LabelCell(TemplateLayout.ServiceLabel(catalog, code)), ValueCell(DropDown($"{results.Key}:{code}", code, TemplateLayout.ResultChoices))));
            }

            body.Append(grid);
        }

        body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
    }

    private static string Due(Circular circular, FormDefinition form) =>
        circular.Form(form.Form)?.Due.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "the date in the circular";

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", EastAsia = "PMingLiU" },
                new FontSize { Val = "20" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "80" }))));
    }

    private static Paragraph Paragraph(string text, bool bold = false, int size = 0)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (size > 0)
        {
            properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>A two-column bordered table across the page (label and answer, or box and service).</summary>
    private static Table NewTable() => new(
        new TableProperties(
        new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
        new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
        new TableGrid(new GridColumn { Width = "4200" }, new GridColumn { Width = "5400" }));

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell LabelCell(string text) => new(
        new TableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = "EDEFF2" }),
        Paragraph(text, bold: true));

    private static TableCell ValueCell(OpenXmlElement content) => new(content is Paragraph p ? p : new Paragraph(content));

    private static SdtProperties Properties(string tag, string alias) => new(new SdtAlias { Val = alias }, new Tag { Val = tag }, new DocumentFormat.OpenXml.Wordprocessing.Lock { Val = LockingValues.SdtLocked });

    private static SdtRun TextControl(FieldDefinition field)
    {
        var properties = Properties(field.Key, field.Label);
        properties.Append(new ShowingPlaceholder(), new SdtContentText());
        return new SdtRun(properties, new SdtContentRun(new Run(new RunProperties(new Color { Val = "808080" }), new Text("Click or tap here to enter text."))));
    }

    private static SdtRun DateControl(FieldDefinition field)
    {
        var properties = Properties(field.Key, field.Label);
        properties.Append(new ShowingPlaceholder(), new SdtContentDate(
            new DateFormat { Val = "dd/MM/yyyy" },
            new LanguageId { Val = "en-HK" }));
        return new SdtRun(properties, new SdtContentRun(new Run(new RunProperties(new Color { Val = "808080" }), new Text("Click or tap to enter a date."))));
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
        return new SdtRun(properties, new SdtContentRun(new Run(new RunProperties(new Color { Val = "808080" }), new Text("Choose an item."))));
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
        new(Checkbox(tag, text), new Run(new Text(" " + text) { Space = SpaceProcessingModeValues.Preserve }));
}
