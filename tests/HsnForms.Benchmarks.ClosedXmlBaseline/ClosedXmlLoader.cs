using System.Globalization;
using ClosedXML.Excel;

namespace HsnForms.Benchmarks.ClosedXmlBaseline;

/// <summary>
/// What a C# developer would write to read a workbook with ClosedXML: load it and read every used
/// cell's value as text. Called by reflection from an isolated AssemblyLoadContext.
/// </summary>
public static class ClosedXmlLoader
{
    /// <summary>Loads the workbook and reads every used cell as a string; returns the characters read, so no work is skipped.</summary>
    public static int LoadAndReadAll(Stream xlsx)
    {
        using var workbook = new XLWorkbook(xlsx);
        var characters = 0;
        foreach (var sheet in workbook.Worksheets)
        {
            foreach (var cell in sheet.CellsUsed())
            {
                characters += cell.GetString().Length;
            }
        }

        return characters;
    }

    /// <summary>Which ClosedXML and Open XML SDK this library runs on, as loaded (so both are loaded): name, version and folder.</summary>
    public static string Identity()
    {
        var closedXml = typeof(XLWorkbook).Assembly;
        var openXml = typeof(DocumentFormat.OpenXml.OpenXmlElement).Assembly;
        return string.Create(CultureInfo.InvariantCulture,
            $"{closedXml.GetName().Name} {closedXml.GetName().Version} and {openXml.GetName().Name} {openXml.GetName().Version} from {Path.GetDirectoryName(openXml.Location)}");
    }
}
