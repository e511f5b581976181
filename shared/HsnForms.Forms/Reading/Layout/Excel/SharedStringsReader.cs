using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace HsnForms.Forms.Reading.Layout.Excel;

/// <summary>
/// Reads xl/sharedStrings.xml: each string's text, rich-text runs joined, phonetic guides left out. A
/// list longer than the cell budget is read up to it (a big table of data has many strings, and no form).
/// </summary>
internal static class SharedStringsReader
{
    public static List<string> Read(ExcelParts parts, SharedStringTablePart part)
    {
        var strings = new List<string>();
        var text = new StringBuilder();
        using var xml = parts.Open(part);
        var advance = true;
        while (!advance || xml.Read())
        {
            advance = true;
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "si" when xml.IsEmptyElement:
                        if (!Room(parts, strings))
                        {
                            return strings;
                        }

                        strings.Add("");
                        break;
                    case "si":
                        text.Clear();
                        break;
                    case "rPh":
                        // Phonetic guides repeat the reading, not the text.
                        xml.Skip();
                        advance = false;
                        break;
                    case "t" when !xml.IsEmptyElement:
                        text.Append(xml.ReadElementContentAsString());
                        advance = false;
                        break;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "si")
            {
                if (!Room(parts, strings))
                {
                    return strings;
                }

                parts.SpendText(text.Length);
                strings.Add(text.ToString());
            }
        }

        return strings;
    }

    private static bool Room(ExcelParts parts, List<string> strings)
    {
        if (strings.Count < parts.Options.MaxCells)
        {
            return true;
        }

        parts.CutList($"The workbook lists more than {parts.Options.MaxCells:N0} shared strings, far beyond any form.");
        return false;
    }
}
