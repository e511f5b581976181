using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace HsnForms.Forms.Reading.Layout.Excel;

internal sealed record SheetInfo(string Name, string? RelationshipId, bool Hidden);

/// <summary>What the workbook part says: its sheets in order, which are hidden, its date system and its defined names.</summary>
internal sealed class WorkbookInfo
{
    public bool Date1904 { get; set; }
    public List<SheetInfo> Sheets { get; } = [];
    public List<(string Name, string Reference)> DefinedNames { get; } = [];
}

/// <summary>Reads xl/workbook.xml.</summary>
internal static class WorkbookReader
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    public static WorkbookInfo Read(ExcelParts parts, WorkbookPart part)
    {
        var info = new WorkbookInfo();
        using var xml = parts.Open(part);
        var advance = true;
        while (!advance || xml.Read())
        {
            advance = true;
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "workbookPr":
                    info.Date1904 = xml.GetAttribute("date1904") is "1" or "true";
                    break;
                case "sheet":
                    info.Sheets.Add(new SheetInfo(
                        xml.GetAttribute("name") ?? $"Sheet{info.Sheets.Count + 1}",
                        xml.GetAttribute("id", Relationships) ?? xml.GetAttribute("id", StrictRelationships),
                        xml.GetAttribute("state") is "hidden" or "veryHidden"));
                    break;
                case "definedName":
                    var name = xml.GetAttribute("name");
                    var reference = xml.ReadElementContentAsString();
                    advance = false;
                    if (name is not null && !name.StartsWith("_xlnm.", StringComparison.Ordinal) && !reference.Contains("#REF", StringComparison.Ordinal))
                    {
                        info.DefinedNames.Add((name, reference));
                    }

                    break;
            }
        }

        return info;
    }
}
