using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace HsnForms.Forms.Reading.Layout.Excel;

/// <summary>
/// Reads one worksheet part into a grid: each cell's text as the person sees it (shared, inline and
/// formula strings, booleans, dates by the cell's format, numbers under digit patterns), merged
/// ranges, hidden rows and columns left out, and the form controls drawn over the sheet.
/// </summary>
internal sealed class WorksheetReader(ExcelParts parts, IReadOnlyList<string> strings, CellStyles styles, bool date1904)
{
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // A form fits in a few dozen rows. Past this many rows with something in them a sheet is data (a
    // list, a log, an export), which no form becomes by reading further: the rest is left unread.
    internal const int RowsAFormFitsIn = 2_000;

    /// <summary>The visible grid, and every cell by (row, column), hidden ones too: a defined name may point there.</summary>
    public (LayoutGrid Grid, Dictionary<(int Row, int Col), LayoutCell> Cells) Read(WorksheetPart part, string name) => Read(part, name, [], []);

    /// <summary>
    /// As <see cref="Read(WorksheetPart, string)"/>, with the lines the sheet prints at the top and the foot of
    /// each page (its print header and footer, the &amp;-codes taken out).
    /// </summary>
    public (LayoutGrid Grid, Dictionary<(int Row, int Col), LayoutCell> Cells) Read(WorksheetPart part, string name, List<string> headers, List<string> footers)
    {
        var rows = new SortedDictionary<int, SortedDictionary<int, LayoutCell>>();
        var merges = new List<(int R1, int C1, int R2, int C2)>();
        var controls = new List<SheetControl>();
        var hiddenRows = new HashSet<int>();
        var hiddenColumns = new List<(int Min, int Max)>();
        using var xml = parts.Open(part);
        var rowIndex = 0;
        var colIndex = 0;
        var filledRows = 0;
        var lastFilledRow = -1;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "row" when filledRows >= RowsAFormFitsIn:
                    // Stop reading the sheet: merges and controls after its data are a list's, not a form's.
                    Merge(rows, merges);
                    return Grid(name, rows, hiddenRows, hiddenColumns);
                case "row":
                    rowIndex = int.TryParse(xml.GetAttribute("r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : rowIndex + 1;
                    colIndex = 0;
                    if (xml.GetAttribute("hidden") is "1" or "true")
                    {
                        hiddenRows.Add(rowIndex);
                    }

                    break;
                case "col" when xml.GetAttribute("hidden") is "1" or "true"
                                && int.TryParse(xml.GetAttribute("min"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var min)
                                && int.TryParse(xml.GetAttribute("max"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var max):
                    hiddenColumns.Add((min, Math.Min(max, CellAddress.MaxColumn)));
                    break;
                case "c":
                    if (xml.GetAttribute("r") is { } address && CellAddress.TryParse(address, out var cr, out var cc))
                    {
                        rowIndex = rowIndex == 0 ? cr : rowIndex;
                        colIndex = cc;
                    }
                    else
                    {
                        colIndex++;
                    }

                    if (!parts.CountCells(1) || parts.Stopped is not null)
                    {
                        // The workbook's cell budget is spent, or it has shown nothing of a form by far
                        // past any form's size: what was read decides (see ExcelParts.Stopped).
                        Merge(rows, merges);
                        return Grid(name, rows, hiddenRows, hiddenColumns);
                    }

                    var cell = ReadCell(xml, colIndex);
                    parts.SpendText(cell.Text.Length);
                    parts.Notice(cell.Text);
                    if (!cell.IsEmpty && lastFilledRow != rowIndex)
                    {
                        (filledRows, lastFilledRow) = (filledRows + 1, rowIndex);
                    }

                    if (!rows.TryGetValue(rowIndex, out var row))
                    {
                        rows[rowIndex] = row = [];
                    }

                    row[colIndex] = cell;
                    break;
                case "control" when xml.GetAttribute("id", RelationshipNamespace) is { } controlPart
                                    && int.TryParse(xml.GetAttribute("shapeId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var shapeId):
                    if (!controls.Exists(c => c.ShapeId == shapeId))
                    {
                        controls.Add(new SheetControl(shapeId, controlPart, xml.GetAttribute("name")));
                    }

                    break;
                case "oddHeader" or "evenHeader" or "firstHeader" or "oddFooter" or "evenFooter" or "firstFooter" when !xml.IsEmptyElement:
                    var into = xml.LocalName.EndsWith("Header", StringComparison.Ordinal) ? headers : footers;
                    using (var margin = xml.ReadSubtree())
                    {
                        margin.Read();
                        var text = margin.ReadElementContentAsString();
                        parts.SpendText(text.Length);
                        foreach (var line in PrintMargin.Lines(text))
                        {
                            if (!into.Contains(line))
                            {
                                into.Add(line);
                            }
                        }
                    }

                    break;
                case "mergeCell":
                    var reference = xml.GetAttribute("ref")?.Split(':');
                    if (reference is { Length: 2 } && CellAddress.TryParse(reference[0], out var r1, out var c1) && CellAddress.TryParse(reference[1], out var r2, out var c2))
                    {
                        merges.Add((r1, c1, r2, c2));
                    }

                    break;
            }
        }

        Merge(rows, merges);
        FormControlsReader.Place(parts, part, controls, rows);
        return Grid(name, rows, hiddenRows, hiddenColumns);
    }

    /// <summary>A merged range shows its first cell across its columns; the cells it covers below say they continue it.</summary>
    private static void Merge(SortedDictionary<int, SortedDictionary<int, LayoutCell>> rows, List<(int R1, int C1, int R2, int C2)> merges)
    {
        foreach (var (r1, c1, r2, c2) in merges)
        {
            if (rows.TryGetValue(r1, out var top) && top.TryGetValue(c1, out var first))
            {
                first.Span = c2 - c1 + 1;
            }

            for (var r = r1; r <= r2; r++)
            {
                if (!rows.TryGetValue(r, out var row))
                {
                    continue;
                }

                for (var c = c1; c <= c2; c++)
                {
                    if (r == r1 && c == c1 || !row.TryGetValue(c, out var covered))
                    {
                        continue;
                    }

                    if (r == r1)
                    {
                        row.Remove(c);
                    }
                    else
                    {
                        covered.ContinuesMergeAbove = true;
                        covered.Span = c == c1 ? c2 - c1 + 1 : 1;
                    }
                }
            }
        }
    }

    private static (LayoutGrid, Dictionary<(int, int), LayoutCell>) Grid(
        string name, SortedDictionary<int, SortedDictionary<int, LayoutCell>> rows, HashSet<int> hiddenRows, List<(int Min, int Max)> hiddenColumns)
    {
        bool IsHidden(int column)
        {
            foreach (var (min, max) in hiddenColumns)
            {
                if (column >= min && column <= max)
                {
                    return true;
                }
            }

            return false;
        }

        var grid = new LayoutGrid(GridKind.Sheet, name);
        var index = new Dictionary<(int, int), LayoutCell>();
        foreach (var (r, cells) in rows)
        {
            // Hidden rows and columns hold what the person does not see: old answers, a drop-down's
            // list. A defined name may still point there, so they stay in the index.
            var row = new LayoutRow();
            foreach (var (c, cell) in cells)
            {
                index[(r, c)] = cell;
                if (!IsHidden(c))
                {
                    row.Cells.Add(cell);
                }
            }

            if (!hiddenRows.Contains(r))
            {
                grid.Rows.Add(row);
            }
        }

        return (grid, index);
    }

    private LayoutCell ReadCell(XmlReader xml, int column)
    {
        var type = xml.GetAttribute("t");
        var style = int.TryParse(xml.GetAttribute("s"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var cell = new LayoutCell(column);
        if (xml.IsEmptyElement)
        {
            return cell;
        }

        string? value = null;
        var inline = new StringBuilder();
        var depth = xml.Depth;
        var advance = true;
        while (!advance || xml.Read())
        {
            advance = true;
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
            {
                break;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "v":
                    value = xml.ReadElementContentAsString();
                    advance = false;
                    break;
                case "t":
                    inline.Append(xml.ReadElementContentAsString());
                    advance = false;
                    break;
                case "rPh":
                case "f":
                    xml.Skip();
                    advance = false;
                    break;
            }
        }

        switch (type)
        {
            case "s":
                cell.Text = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : "";
                break;
            case "inlineStr":
                cell.Text = inline.ToString();
                break;
            case "b":
                cell.Bool = value?.Trim() is "1" or "true";
                cell.Text = cell.Bool == true ? "TRUE" : "FALSE";
                break;
            case "str":
                cell.Text = value ?? "";
                break;
            case "e":
                // A formula's error (#REF!, #N/A) is nothing the subscriber wrote.
                break;
            case "d":
                cell.Text = value ?? "";
                if (value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
                {
                    cell.Date = iso;
                    cell.Text = iso.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }

                break;
            default:
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    cell.Number = number;
                    cell.Text = number.ToString("G15", CultureInfo.InvariantCulture);
                    if (styles.Dates.Contains(style) && ExcelDates.FromSerial(number, date1904) is { } date)
                    {
                        cell.Date = date;
                        cell.Text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    }
                    else if (styles.Patterns.TryGetValue(style, out var pattern) && ShownNumber.Format(number, pattern) is { } shown)
                    {
                        // What the person sees is what they wrote: 7262 under "HSN"0000 is HSN7262.
                        cell.Text = shown;
                    }
                }
                else
                {
                    cell.Text = value ?? inline.ToString();
                }

                break;
        }

        if (cell.Bool is null && cell.Text.Length > 0 && styles.Symbols.TryGetValue(style, out var font))
        {
            cell.Text = SymbolFonts.Translate(font, cell.Text);
            cell.Number = null;
        }

        return cell;
    }
}
