using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace HsnForms.Forms.Reading.Layout.Excel;

/// <summary>What a cell's style says about its content: a date format, a number pattern, or a symbol font whose letters are ticks.</summary>
internal sealed class CellStyles
{
    public HashSet<int> Dates { get; } = [];
    public Dictionary<int, SymbolFont> Symbols { get; } = [];

    /// <summary>Custom formats that write a whole number as the person reads it ("HSN"0000, 0000 0000).</summary>
    public Dictionary<int, string> Patterns { get; } = [];
}

/// <summary>Reads xl/styles.xml: number formats, fonts and the cell formats that combine them.</summary>
internal static class StylesReader
{
    // Excel itself allows 64,000 cell formats and 512 fonts; a styles part beyond that is no form's.
    private const int MostFormats = 65_536;

    public static CellStyles Read(ExcelParts parts, WorkbookStylesPart part)
    {
        var customFormats = new Dictionary<int, string>();
        var styles = new CellStyles();
        var fonts = new List<SymbolFont>();
        using var xml = parts.Open(part);
        var inCellXfs = false;
        var inFonts = false;
        var xfIndex = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "numFmt":
                        ExcelParts.CheckCount(customFormats.Count + 1, MostFormats, "number formats");
                        if (int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                        {
                            customFormats[id] = xml.GetAttribute("formatCode") ?? "";
                        }

                        break;
                    case "fonts":
                        inFonts = !xml.IsEmptyElement;
                        break;
                    case "font" when inFonts:
                        ExcelParts.CheckCount(fonts.Count + 1, MostFormats, "fonts");
                        fonts.Add(SymbolFont.None);
                        break;
                    case "name" when inFonts && fonts.Count > 0:
                        fonts[^1] = SymbolFonts.Of(xml.GetAttribute("val"));
                        break;
                    case "cellXfs":
                        inCellXfs = !xml.IsEmptyElement;
                        break;
                    case "xf" when inCellXfs:
                        var formatId = int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var f) ? f : 0;
                        if (IsDateFormat(formatId, customFormats.GetValueOrDefault(formatId)))
                        {
                            styles.Dates.Add(xfIndex);
                        }
                        else if (customFormats.GetValueOrDefault(formatId) is { } code && ShownNumber.IsDigitPattern(code))
                        {
                            styles.Patterns[xfIndex] = code;
                        }

                        // A "P" in Wingdings 2 is the ✓ a subscriber sees in Excel.
                        if (int.TryParse(xml.GetAttribute("fontId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var fontId)
                            && fontId >= 0 && fontId < fonts.Count && fonts[fontId] is not SymbolFont.None and var symbol)
                        {
                            styles.Symbols[xfIndex] = symbol;
                        }

                        ExcelParts.CheckCount(++xfIndex, MostFormats, "cell formats");
                        break;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement)
            {
                inCellXfs &= xml.LocalName != "cellXfs";
                inFonts &= xml.LocalName != "fonts";
            }
        }

        return styles;
    }

    public static bool IsDateFormat(int id, string? code)
    {
        if (id is >= 14 and <= 17 or 22 or >= 27 and <= 36 or >= 50 and <= 58)
        {
            return true;
        }

        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        // Ignore quoted literals, escaped characters and [colour]/[condition] sections before looking for date letters.
        var bare = new StringBuilder(code.Length);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                i = code.IndexOf('"', i + 1) is var end and >= 0 ? end : code.Length;
            }
            else if (c == '[')
            {
                i = code.IndexOf(']', i + 1) is var end and >= 0 ? end : code.Length;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else
            {
                bare.Append(char.ToLowerInvariant(c));
            }
        }

        var text = bare.ToString();
        return text.Contains('y', StringComparison.Ordinal) || text.Contains('d', StringComparison.Ordinal);
    }
}
