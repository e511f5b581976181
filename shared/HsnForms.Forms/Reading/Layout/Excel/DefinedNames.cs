namespace HsnForms.Forms.Reading.Layout.Excel;

/// <summary>A workbook's defined names ('Form'!$B$3) that point at a cell: each is a named control holding that cell's value.</summary>
internal static class DefinedNames
{
    public static void Add(IEnumerable<(string Name, string Reference)> names, Dictionary<string, Dictionary<(int Row, int Col), LayoutCell>> sheets, DocumentLayout layout)
    {
        foreach (var (name, reference) in names)
        {
            if (Resolve(reference, sheets, layout) is { } cell)
            {
                layout.Controls.Add(new LayoutControl
                {
                    Name = name,
                    IsDefinedName = true,
                    Text = cell.Text,
                    Bool = cell.Bool,
                    Date = cell.Date,
                    Number = cell.Number,
                    IsCheckbox = cell.Bool is not null,
                    Checked = cell.Bool,
                });
            }
        }
    }

    private static LayoutCell? Resolve(string reference, Dictionary<string, Dictionary<(int, int), LayoutCell>> sheets, DocumentLayout layout)
    {
        // 'Form'!$B$3, Form!$B$3:$C$3 or $B$3 (then the first sheet).
        var bang = reference.LastIndexOf('!');
        var sheetName = bang > 0 ? reference[..bang].Trim('\'', '=').Replace("''", "'", StringComparison.Ordinal) : layout.Grids.FirstOrDefault()?.Name;
        var address = (bang >= 0 ? reference[(bang + 1)..] : reference).Split(':')[0].Replace("$", "", StringComparison.Ordinal);
        if (sheetName is null || !sheets.TryGetValue(sheetName, out var cells) || !CellAddress.TryParse(address, out var row, out var col))
        {
            return null;
        }

        return cells.GetValueOrDefault((row, col));
    }
}
