using DocumentFormat.OpenXml.Packaging;
using HsnForms.Forms.Reading.Recognition;

namespace HsnForms.Forms.Reading.Layout.Excel;

/// <summary>
/// Reads a workbook's visible sheets into a <see cref="DocumentLayout"/>, one small reader per part as
/// ExcelDataReader does: the workbook (sheets, date system, defined names), the shared strings, the
/// styles, each worksheet with the controls drawn over it. Defined names become named controls.
/// </summary>
internal static class ExcelLayoutReader
{
    /// <param name="probe">What a form would show early; without it (explaining a file) only the budgets stop the reading.</param>
    public static DocumentLayout Read(SpreadsheetDocument document, FormReaderOptions options, InflationBudget budget, FormEvidenceProbe? probe = null)
    {
        var parts = new ExcelParts(options, budget, probe);
        var workbookPart = document.WorkbookPart ?? throw new CorruptFormException("The workbook has no workbook part.");
        var workbook = WorkbookReader.Read(parts, workbookPart);
        var strings = workbookPart.SharedStringTablePart is { } sst ? SharedStringsReader.Read(parts, sst) : [];
        var styles = workbookPart.WorkbookStylesPart is { } stylesPart ? StylesReader.Read(parts, stylesPart) : new CellStyles();
        var sheets = new WorksheetReader(parts, strings, styles, workbook.Date1904);

        var layout = new DocumentLayout();
        var sheetsByName = new Dictionary<string, Dictionary<(int Row, int Col), LayoutCell>>(StringComparer.OrdinalIgnoreCase);
        var visible = workbook.Sheets.Where(s => !s.Hidden).ToList();
        foreach (var sheet in visible.Count > 0 ? visible : workbook.Sheets)
        {
            // A sheet with no relationship id, or one to nothing, is skipped as Excel skips it.
            if (string.IsNullOrEmpty(sheet.RelationshipId) || !workbookPart.TryGetPartById(sheet.RelationshipId, out var target) || target is not WorksheetPart part)
            {
                continue;
            }

            var (headers, footers) = (new List<string>(), new List<string>());
            var (grid, cells) = sheets.Read(part, sheet.Name, headers, footers);

            // What the sheet prints above and below each page is read as Word's headers and footers are.
            AddMargin(layout, $"{sheet.Name} print header", headers);
            layout.Grids.Add(grid);
            AddMargin(layout, $"{sheet.Name} print footer", footers);
            sheetsByName[sheet.Name] = cells;
            if (parts.Stopped is not null)
            {
                break;
            }
        }

        layout.StoppedAtBudget = parts.Stopped ?? parts.ListCut;
        layout.StoppedWithoutHint = parts.StoppedWithoutHint;

        DefinedNames.Add(workbook.DefinedNames, sheetsByName, layout);
        return layout;
    }

    private static void AddMargin(DocumentLayout layout, string name, List<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var grid = new LayoutGrid(GridKind.Flow, name);
        foreach (var line in lines)
        {
            grid.AddLine(line, struck: false);
        }

        layout.Grids.Add(grid);
    }
}
