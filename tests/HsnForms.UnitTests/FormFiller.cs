using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;
using W14 = DocumentFormat.OpenXml.Office2010.Word;

namespace HsnForms.UnitTests;

/// <summary>
/// Fills our own blank templates the way Word and Excel do when a subscriber types into them:
/// content controls lose their placeholder and take the text, boxes are ticked, cells take values.
/// </summary>
public static class FormFiller
{
    public static byte[] FillWord(byte[] template, IReadOnlyDictionary<string, string> values, IEnumerable<string> ticked)
    {
        var tickedSet = ticked.ToHashSet(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            foreach (var sdt in document.MainDocumentPart!.Document!.Descendants<W.SdtRun>().ToList())
            {
                var properties = sdt.SdtProperties!;
                var tag = properties.GetFirstChild<W.Tag>()?.Val?.Value ?? "";
                var content = sdt.SdtContentRun!;
                if (properties.GetFirstChild<W14.SdtContentCheckBox>() is { } box)
                {
                    var on = tickedSet.Contains(tag);
                    box.GetFirstChild<W14.Checked>()!.Val = on ? W14.OnOffValues.One : W14.OnOffValues.Zero;
                    content.Descendants<W.Text>().First().Text = on ? "☒" : "☐";
                    continue;
                }

                if (!values.TryGetValue(tag, out var value))
                {
                    continue;
                }

                properties.GetFirstChild<W.ShowingPlaceholder>()?.Remove();
                if (properties.GetFirstChild<W.SdtContentDate>() is { } date)
                {
                    date.FullDate = DateTime.ParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    value = DateTime.ParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
                }

                content.RemoveAllChildren();
                // Word splits typed text over runs where the proofing marks fall.
                var half = value.Length / 2;
                content.Append(new W.Run(new W.Text(value[..half]) { Space = SpaceProcessingModeValues.Preserve }));
                content.Append(new W.ProofError { Type = W.ProofingErrorValues.SpellStart });
                content.Append(new W.Run(new W.Text(value[half..]) { Space = SpaceProcessingModeValues.Preserve }));
                content.Append(new W.ProofError { Type = W.ProofingErrorValues.SpellEnd });
            }
        }

        return stream.ToArray();
    }

    /// <summary>Sets the cells behind the workbook's defined names: text, numbers, or dates as serials.</summary>
    public static byte[] FillExcel(byte[] template, IReadOnlyDictionary<string, object> values)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.WorksheetParts.First().Worksheet!;
            foreach (var name in workbook.Workbook!.DefinedNames!.Elements<DefinedName>())
            {
                if (!values.TryGetValue(name.Name!.Value!, out var value))
                {
                    continue;
                }

                var reference = name.Text.Split('!')[1].Replace("$", "", StringComparison.Ordinal);
                var cell = sheet.Descendants<Cell>().First(c => c.CellReference == reference);
                switch (value)
                {
                    case DateOnly date:
                        cell.CellValue = new CellValue((date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture));
                        cell.DataType = null;
                        break;
                    case double number:
                        cell.CellValue = new CellValue(number);
                        cell.DataType = null;
                        break;
                    default:
                        cell.InlineString = new InlineString(new Text(value.ToString()!));
                        cell.DataType = CellValues.InlineString;
                        break;
                }
            }
        }

        return stream.ToArray();
    }
}
