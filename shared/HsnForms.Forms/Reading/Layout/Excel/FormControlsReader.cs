using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using HsnForms.Forms.Reading.Text;

namespace HsnForms.Forms.Reading.Layout.Excel;

/// <summary>A &lt;control&gt; element of a sheet: the shape it draws, its control-properties relationship and its name.</summary>
internal sealed record SheetControl(int ShapeId, string Relationship, string? Name);

/// <summary>
/// Check boxes and option buttons drawn over a sheet (Developer, Insert, Form Controls) keep their
/// state in the sheet's VML drawing and its control properties, not in a cell: each is written into
/// the cell it sits on as a printed box with its caption, where the tick rules read any other box.
/// </summary>
internal static class FormControlsReader
{
    /// <param name="ShapeId">The shape the VML drawing names ("_x0000_s1025" is 1025), when it names one.</param>
    private sealed record FormControlBox(int Row, int Column, int Offset, bool Checked, string Caption, int? ShapeId);

    /// <param name="controls">The sheet's &lt;control&gt; elements in document order.</param>
    public static void Place(ExcelParts parts, WorksheetPart part, List<SheetControl> controls, SortedDictionary<int, SortedDictionary<int, LayoutCell>> rows)
    {
        var boxes = new List<FormControlBox>();
        HashSet<int>? ticked = null;
        foreach (var vml in part.VmlDrawingParts)
        {
            Read(parts, vml, ticked ??= TickedInControlProperties(parts, part, controls), boxes);
        }

        if (ticked is { Count: > 0 })
        {
            TickUnnamedShapes(boxes, controls, ticked);
        }

        parts.CountCells(boxes.Count, "cells and controls");
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
    private static HashSet<int> TickedInControlProperties(ExcelParts parts, WorksheetPart part, List<SheetControl> controls)
    {
        var ticked = new HashSet<int>();
        foreach (var (shapeId, relationshipId, _) in controls)
        {
            if (part.TryGetPartById(relationshipId, out var properties) && properties is ControlPropertiesPart)
            {
                using var xml = parts.Open(properties);
                if (xml.MoveToContent() == XmlNodeType.Element && xml.GetAttribute("checked") is "Checked" or "checked")
                {
                    ticked.Add(shapeId);
                }
            }
        }

        return ticked;
    }

    /// <summary>
    /// Shapes whose VML names no shape id (LibreOffice writes every one as "shape_0" and keeps the state
    /// only in the control properties) take their state from the control they stand for: the control in
    /// the same place of the sheet's list when the drawing has one shape per control, else the one
    /// control whose name is the shape's caption. A shape matched to none stays unticked.
    /// </summary>
    private static void TickUnnamedShapes(List<FormControlBox> boxes, List<SheetControl> controls, HashSet<int> ticked)
    {
        if (boxes.TrueForAll(b => b.ShapeId is { } id && controls.Exists(c => c.ShapeId == id)))
        {
            return;
        }

        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            if (box.Checked || box.ShapeId is { } id && controls.Exists(c => c.ShapeId == id))
            {
                continue;
            }

            SheetControl? control = boxes.Count == controls.Count ? controls[i] : null;
            if (control is null && box.Caption.Length > 0
                && controls.Where(c => c.Name is { } name && string.Equals(TextRules.Fold(name), box.Caption, StringComparison.OrdinalIgnoreCase)).ToList() is [var named])
            {
                control = named;
            }

            if (control is not null && ticked.Contains(control.ShapeId))
            {
                boxes[i] = box with { Checked = true };
            }
        }
    }

    private static void Read(ExcelParts parts, VmlDrawingPart vml, HashSet<int> tickedByProperties, List<FormControlBox> boxes)
    {
        string markup;
        using (var reader = new StreamReader(parts.Budget.Open(vml)))
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
            using var xml = XmlReader.Create(new StringReader(markup), parts.Settings);
            string? kind = null;
            string? anchor = null;
            var isChecked = false;
            int? shapeId = null;
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
                        shapeId = digits > 0 && int.TryParse(spid.AsSpan(digits), NumberStyles.None, CultureInfo.InvariantCulture, out var shape) ? shape : null;
                        isChecked = shapeId is { } id && tickedByProperties.Contains(id);
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
                            found.Add(new FormControlBox(row, column, offset, isChecked, TextRules.Fold(caption.ToString()), shapeId));
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
            || row is < 0 or > CellAddress.MaxRow - 1 || column is < 0 or > CellAddress.MaxColumn - 1)
        {
            return null;
        }

        return (row + 1, column + 1, offset);
    }
}
