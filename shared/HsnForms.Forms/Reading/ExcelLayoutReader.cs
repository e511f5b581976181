using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace HsnForms.Forms.Reading;

/// <summary>
/// Reads a workbook's visible sheets into a <see cref="DocumentLayout"/>: cell text from shared or
/// inline strings, booleans, dates from serials in either date system, merged ranges and defined names.
/// </summary>
internal sealed class ExcelLayoutReader
{
    private readonly FormReaderOptions _options;
    private readonly InflationBudget _budget;
    private readonly XmlReaderSettings _settings;
    private int _cells;

    private ExcelLayoutReader(FormReaderOptions options, InflationBudget budget)
    {
        _options = options;
        _budget = budget;

        // One name table for the workbook's parts: "c", "r", "v" and "t" are made once, not once per part.
        _settings = SafeXml.Settings(options);
        _settings.NameTable = new NameTable();
    }

    public static DocumentLayout Read(SpreadsheetDocument document, FormReaderOptions options, InflationBudget budget) =>
        new ExcelLayoutReader(options, budget).Read(document);

    private DocumentLayout Read(SpreadsheetDocument document)
    {
        var workbookPart = document.WorkbookPart ?? throw new CorruptFormException("The workbook has no workbook part.");
        var workbook = ReadWorkbook(workbookPart);
        var strings = workbookPart.SharedStringTablePart is { } sst ? ReadSharedStrings(sst) : [];
        var styles = workbookPart.WorkbookStylesPart is { } stylesPart ? ReadStyles(stylesPart) : new CellStyles();

        var layout = new DocumentLayout();
        var sheetsByName = new Dictionary<string, Dictionary<(int Row, int Col), LayoutCell>>(StringComparer.OrdinalIgnoreCase);
        var visible = workbook.Sheets.Where(s => !s.Hidden).ToList();
        foreach (var sheet in visible.Count > 0 ? visible : workbook.Sheets)
        {
            if (sheet.RelationshipId is null || workbookPart.GetPartById(sheet.RelationshipId) is not WorksheetPart part)
            {
                continue;
            }

            var (grid, cells) = ReadSheet(part, sheet.Name, strings, styles, workbook.Date1904);
            layout.Grids.Add(grid);
            sheetsByName[sheet.Name] = cells;
        }

        foreach (var (name, reference) in workbook.DefinedNames)
        {
            if (ResolveName(reference, sheetsByName, layout) is { } cell)
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

        return layout;
    }

    private static LayoutCell? ResolveName(string reference, Dictionary<string, Dictionary<(int, int), LayoutCell>> sheets, DocumentLayout layout)
    {
        // 'Form'!$B$3, Form!$B$3:$C$3 or $B$3 (then the first sheet).
        var bang = reference.LastIndexOf('!');
        var sheetName = bang > 0 ? reference[..bang].Trim('\'', '=').Replace("''", "'", StringComparison.Ordinal) : layout.Grids.FirstOrDefault()?.Name;
        var address = (bang >= 0 ? reference[(bang + 1)..] : reference).Split(':')[0].Replace("$", "", StringComparison.Ordinal);
        if (sheetName is null || !sheets.TryGetValue(sheetName, out var cells) || !TryParseAddress(address, out var row, out var col))
        {
            return null;
        }

        return cells.GetValueOrDefault((row, col));
    }

    private WorkbookInfo ReadWorkbook(WorkbookPart part)
    {
        var info = new WorkbookInfo();
        using var xml = Open(part);
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
                        xml.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
                            ?? xml.GetAttribute("id", "http://purl.oclc.org/ooxml/officeDocument/relationships"),
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

    private List<string> ReadSharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        var text = new StringBuilder();
        using var xml = Open(part);
        var advance = true;
        while (!advance || xml.Read())
        {
            advance = true;
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "si" when xml.IsEmptyElement:
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
                strings.Add(text.ToString());
            }
        }

        return strings;
    }

    /// <summary>What a cell's style says about its content: a date format, or a symbol font whose letters are ticks.</summary>
    private sealed class CellStyles
    {
        public HashSet<int> Dates { get; } = [];
        public Dictionary<int, SymbolFont> Symbols { get; } = [];

        /// <summary>Custom formats that write a whole number as the person reads it ("HSN"0000, 0000 0000).</summary>
        public Dictionary<int, string> Patterns { get; } = [];
    }

    private CellStyles ReadStyles(WorkbookStylesPart part)
    {
        var customFormats = new Dictionary<int, string>();
        var styles = new CellStyles();
        var fonts = new List<SymbolFont>();
        using var xml = Open(part);
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
                        if (int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                        {
                            customFormats[id] = xml.GetAttribute("formatCode") ?? "";
                        }

                        break;
                    case "fonts":
                        inFonts = !xml.IsEmptyElement;
                        break;
                    case "font" when inFonts:
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

                        xfIndex++;
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

    internal static bool IsDateFormat(int id, string? code)
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

    private (LayoutGrid Grid, Dictionary<(int Row, int Col), LayoutCell> Cells) ReadSheet(
        WorksheetPart part, string name, List<string> strings, CellStyles styles, bool date1904)
    {
        var rows = new SortedDictionary<int, SortedDictionary<int, LayoutCell>>();
        var merges = new List<(int R1, int C1, int R2, int C2)>();
        var controls = new Dictionary<int, string>();
        var hiddenRows = new HashSet<int>();
        var hiddenColumns = new List<(int Min, int Max)>();
        using var xml = Open(part);
        var rowIndex = 0;
        var colIndex = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
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
                    hiddenColumns.Add((min, Math.Min(max, 16_384)));
                    break;
                case "c":
                    if (xml.GetAttribute("r") is { } address && TryParseAddress(address, out var cr, out var cc))
                    {
                        rowIndex = rowIndex == 0 ? cr : rowIndex;
                        colIndex = cc;
                    }
                    else
                    {
                        colIndex++;
                    }

                    if (++_cells > _options.MaxCells)
                    {
                        throw new FormLimitExceededException($"The workbook has more than {_options.MaxCells} cells, far beyond any form.");
                    }

                    var cell = ReadCell(xml, colIndex, strings, styles, date1904);
                    if (!rows.TryGetValue(rowIndex, out var row))
                    {
                        rows[rowIndex] = row = [];
                    }

                    row[colIndex] = cell;
                    break;
                case "control" when xml.GetAttribute("id", RelationshipNamespace) is { } controlPart
                                    && int.TryParse(xml.GetAttribute("shapeId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var shapeId):
                    controls[shapeId] = controlPart;
                    break;
                case "mergeCell":
                    var reference = xml.GetAttribute("ref")?.Split(':');
                    if (reference is { Length: 2 } && TryParseAddress(reference[0], out var r1, out var c1) && TryParseAddress(reference[1], out var r2, out var c2))
                    {
                        merges.Add((r1, c1, r2, c2));
                    }

                    break;
            }
        }

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

        PlaceFormControls(part, controls, rows);

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

    /// <summary>
    /// Check boxes and option buttons drawn over the sheet (Developer, Insert, Form Controls) keep their
    /// state in the sheet's VML drawing, not in a cell: each is written into the cell it sits on as a
    /// printed box with its caption, where the tick rules read any other box.
    /// </summary>
    private void PlaceFormControls(WorksheetPart part, Dictionary<int, string> controls, SortedDictionary<int, SortedDictionary<int, LayoutCell>> rows)
    {
        var boxes = new List<FormControlBox>();
        HashSet<int>? ticked = null;
        foreach (var vml in part.VmlDrawingParts)
        {
            ReadFormControls(vml, ticked ??= TickedInControlProperties(part, controls), boxes);
        }

        if ((_cells += boxes.Count) > _options.MaxCells)
        {
            throw new FormLimitExceededException($"The workbook has more than {_options.MaxCells} cells and controls, far beyond any form.");
        }

        foreach (var box in boxes.OrderBy(b => b.Row).ThenBy(b => b.Column).ThenBy(b => b.Offset))
        {
            if (!rows.TryGetValue(box.Row, out var row))
            {
                rows[box.Row] = row = [];
            }

            if (!row.TryGetValue(box.Column, out var cell))
            {
                row[box.Column] = cell = new LayoutCell(box.Column);
            }

            var mark = box.Checked ? Marks.Checked : Marks.Unchecked;
            if (box.Caption.Length == 0)
            {
                // A box with no caption stands before the words of the cell it sits on.
                cell.Text = cell.IsEmpty ? mark.ToString() : $"{mark} {cell.Text}";
            }
            else
            {
                cell.Text = cell.IsEmpty ? $"{mark} {box.Caption}" : $"{cell.Text} {mark} {box.Caption}";
            }
        }
    }

    /// <summary>
    /// The shapes whose control properties say ticked. Excel writes the state in the VML drawing too;
    /// other programs (EPPlus) write it only here.
    /// </summary>
    private HashSet<int> TickedInControlProperties(WorksheetPart part, Dictionary<int, string> controls)
    {
        var ticked = new HashSet<int>();
        foreach (var (shapeId, relationshipId) in controls)
        {
            if (part.TryGetPartById(relationshipId, out var properties) && properties is ControlPropertiesPart)
            {
                using var xml = Open(properties);
                if (xml.MoveToContent() == XmlNodeType.Element && xml.GetAttribute("checked") is "Checked" or "checked")
                {
                    ticked.Add(shapeId);
                }
            }
        }

        return ticked;
    }

    private void ReadFormControls(VmlDrawingPart vml, HashSet<int> tickedByProperties, List<FormControlBox> boxes)
    {
        string markup;
        using (var reader = new StreamReader(_budget.Open(vml.GetStream(FileMode.Open, FileAccess.Read))))
        {
            markup = reader.ReadToEnd();
        }

        // Comments are drawn in VML too; most drawings hold no form control at all.
        if (!markup.Contains("Checkbox", StringComparison.OrdinalIgnoreCase) && !markup.Contains("Radio", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // Excel's VML is almost XML: it writes <br> in captions without closing it.
        markup = markup.Replace("<br>", "<br/>", StringComparison.OrdinalIgnoreCase);
        var found = new List<FormControlBox>();
        try
        {
            using var xml = XmlReader.Create(new StringReader(markup), _settings);
            string? kind = null;
            string? anchor = null;
            var isChecked = false;
            var caption = new StringBuilder();
            var inTextbox = false;
            var advance = true;
            while (!advance || xml.Read())
            {
                // Reading an element's content leaves the reader on the next node, not yet looked at.
                advance = true;
                switch (xml.NodeType)
                {
                    case XmlNodeType.Element when xml.LocalName == "shape":
                        (kind, anchor, isChecked, inTextbox) = (null, null, false, false);
                        caption.Clear();

                        // o:spid="_x0000_s1025" is the control's shapeId 1025.
                        var spid = xml.GetAttribute("spid", "urn:schemas-microsoft-com:office:office") ?? "";
                        var digits = spid.LastIndexOf('s') + 1;
                        isChecked = digits > 0 && int.TryParse(spid.AsSpan(digits), NumberStyles.None, CultureInfo.InvariantCulture, out var shape) && tickedByProperties.Contains(shape);
                        break;
                    case XmlNodeType.Element when xml.LocalName == "textbox" && !xml.IsEmptyElement:
                        inTextbox = true;
                        break;
                    case XmlNodeType.EndElement when xml.LocalName == "textbox":
                        inTextbox = false;
                        break;
                    case XmlNodeType.Element when xml.LocalName == "br" && inTextbox:
                        caption.Append(' ');
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inTextbox:
                        caption.Append(xml.Value);
                        break;
                    case XmlNodeType.Element when xml.LocalName == "ClientData":
                        kind = xml.GetAttribute("ObjectType");
                        break;
                    case XmlNodeType.Element when xml.LocalName == "Anchor" && !xml.IsEmptyElement:
                        anchor = xml.ReadElementContentAsString();
                        advance = false;
                        break;
                    case XmlNodeType.Element when xml.LocalName == "Checked" && !xml.IsEmptyElement:
                        // 1 is ticked; 2 is the grey "mixed" state, which says neither.
                        isChecked |= xml.ReadElementContentAsString().Trim() == "1";
                        advance = false;
                        break;
                    case XmlNodeType.EndElement when xml.LocalName == "shape":
                        if (kind is not null && (kind.Equals("Checkbox", StringComparison.OrdinalIgnoreCase) || kind.Equals("Radio", StringComparison.OrdinalIgnoreCase))
                            && ParseAnchor(anchor) is var (row, column, offset))
                        {
                            found.Add(new FormControlBox(row, column, offset, isChecked, TextRules.Fold(caption.ToString())));
                        }

                        break;
                }
            }
        }
        catch (XmlException)
        {
            // A drawing that cannot be read costs its controls, not the form.
            return;
        }

        boxes.AddRange(found);
    }

    /// <summary>"LeftColumn, LeftOffset, TopRow, TopOffset, ...", zero-based: the 1-based cell the control's top left corner is in.</summary>
    private static (int Row, int Column, int Offset)? ParseAnchor(string? anchor)
    {
        var parts = anchor?.Split(',', StringSplitOptions.TrimEntries);
        if (parts is not { Length: 8 }
            || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var column)
            || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset)
            || !int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var row)
            || row is < 0 or > 1_048_575 || column is < 0 or > 16_383)
        {
            return null;
        }

        return (row + 1, column + 1, offset);
    }

    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private sealed record FormControlBox(int Row, int Column, int Offset, bool Checked, string Caption);

    private static LayoutCell ReadCell(XmlReader xml, int column, List<string> strings, CellStyles styles, bool date1904)
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
                    if (styles.Dates.Contains(style) && FromSerial(number, date1904) is { } date)
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

    /// <summary>Excel's date serial in the 1900 system (with its phantom 29 Feb 1900) or the 1904 system.</summary>
    internal static DateOnly? FromSerial(double serial, bool date1904)
    {
        if (double.IsNaN(serial) || serial < 1 || serial > 2_958_465)
        {
            return null;
        }

        var days = (int)Math.Floor(serial);
        if (date1904)
        {
            return new DateOnly(1904, 1, 1).AddDays(days);
        }

        return days switch
        {
            < 60 => new DateOnly(1899, 12, 31).AddDays(days),
            60 => new DateOnly(1900, 2, 28),
            _ => new DateOnly(1899, 12, 30).AddDays(days),
        };
    }

    internal static bool TryParseAddress(string address, out int row, out int column)
    {
        row = 0;
        column = 0;
        var i = 0;
        while (i < address.Length && char.IsAsciiLetter(address[i]))
        {
            column = column * 26 + (char.ToUpperInvariant(address[i]) - 'A' + 1);
            i++;
            if (column > 16_384)
            {
                return false;
            }
        }

        return i > 0 && int.TryParse(address.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row) && row > 0;
    }

    private XmlReader Open(OpenXmlPart part) =>
        XmlReader.Create(_budget.Open(part.GetStream(FileMode.Open, FileAccess.Read)), _settings);

    private sealed record SheetInfo(string Name, string? RelationshipId, bool Hidden);

    private sealed class WorkbookInfo
    {
        public bool Date1904 { get; set; }
        public List<SheetInfo> Sheets { get; } = [];
        public List<(string Name, string Reference)> DefinedNames { get; } = [];
    }
}

/// <summary>
/// The text Excel shows for a whole number under a custom format made of digit placeholders and
/// literals only ("HSN"0000, 0000 0000, (000) 000-0000). Any other format (decimals, thousands,
/// percent, text, colours, conditions) is left to the stored value.
/// </summary>
internal static class ShownNumber
{
    public static bool IsDigitPattern(string code)
    {
        var section = FirstSection(code);
        var digits = 0;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                var close = section.IndexOf('"', i + 1);
                if (close < 0)
                {
                    return false;
                }

                i = close;
            }
            else if (c == '\\')
            {
                if (++i >= section.Length)
                {
                    return false;
                }
            }
            else if (c is '0' or '#')
            {
                digits++;
            }
            else if (c is not (' ' or '-' or '(' or ')' or '+' or '/'))
            {
                return false;
            }
        }

        return digits > 0 && digits <= 15;
    }

    public static string? Format(double number, string code)
    {
        if (number < 0 || number != Math.Floor(number) || number >= 1e15)
        {
            return null;
        }

        var section = FirstSection(code);
        var placeholders = section.Count(c => c is '0' or '#');
        var digits = ((long)number).ToString(CultureInfo.InvariantCulture);
        if (digits.Length < placeholders)
        {
            digits = digits.PadLeft(placeholders, '0');
        }

        // Placeholders take the digits from the right; digits beyond them go before the first.
        var result = new StringBuilder();
        var next = digits.Length - placeholders;
        var first = true;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                var close = section.IndexOf('"', i + 1);
                result.Append(section, i + 1, close - i - 1);
                i = close;
            }
            else if (c == '\\')
            {
                result.Append(section[++i]);
            }
            else if (c is '0' or '#')
            {
                if (first)
                {
                    result.Append(digits, 0, next);
                    first = false;
                }

                var digit = digits[next++];
                if (c == '0' || digit != '0' || result.Length > 0 && char.IsAsciiDigit(result[^1]))
                {
                    result.Append(digit);
                }
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString().Trim();
    }

    private static string FirstSection(string code)
    {
        var semicolon = code.IndexOf(';');
        return semicolon < 0 ? code : code[..semicolon];
    }
}
