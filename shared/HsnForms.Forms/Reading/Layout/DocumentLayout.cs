using System.Text;

namespace HsnForms.Forms.Reading.Layout;

/// <summary>
/// A document reduced to what a person reads: grids of cells in reading order (Word tables, runs of
/// Word paragraphs, worksheets) and the named controls (content controls, legacy form fields, Excel
/// defined names). Word and Excel forms are interpreted by the same code once in this shape.
/// </summary>
internal sealed class DocumentLayout
{
    public List<LayoutGrid> Grids { get; } = [];
    public List<LayoutControl> Controls { get; } = [];

    /// <summary>
    /// Why the layout stopped before the document's end, when a size budget (cells, strings) was reached
    /// on a document that reads well: what was read is interpreted, and only if it is a form is the file
    /// too large (a form cut short cannot be counted). A document with no form in it is simply no form.
    /// </summary>
    public string? StoppedAtBudget { get; set; }

    /// <summary>
    /// The reading stopped (far past any form's size, or at a budget) before anything of a form was seen
    /// (see FormEvidenceProbe: every form shows its title, a service, an own label or a choice of its own):
    /// the document is no form, and the rest of the stages need not look.
    /// </summary>
    public bool StoppedWithoutHint { get; set; }
}

internal enum GridKind
{
    /// <summary>Word paragraphs outside tables: one row per paragraph, one cell per row.</summary>
    Flow,
    Table,
    Sheet,
}

internal sealed class LayoutGrid(GridKind kind, string name)
{
    public GridKind Kind { get; } = kind;
    public string Name { get; } = name;
    public List<LayoutRow> Rows { get; } = [];

    /// <summary>The grid is printed in a page header or footer: a letterhead, a reference, a page number.</summary>
    public bool InMargin { get; init; }

    /// <summary>What the grid says as the text of the cell that holds it: a line per row, its cells a tab apart.</summary>
    public string Text => string.Join('\n', Rows.Select(r => string.Join('\t', r.Cells.Where(c => !c.IsEmpty).Select(c => c.Text))).Where(t => t.Length > 0));

    /// <summary>A row of one cell: a paragraph outside any table.</summary>
    public void AddLine(string text, bool struck)
    {
        var row = new LayoutRow();
        row.Cells.Add(new LayoutCell(0) { Text = text, HadStrike = struck });
        Rows.Add(row);
    }
}

internal sealed class LayoutRow
{
    public List<LayoutCell> Cells { get; } = [];
}

internal sealed class LayoutCell(int column)
{
    private StringBuilder? _builder;
    private string? _text;

    public int Column { get; } = column;
    public int Span { get; set; } = 1;

    /// <summary>A merged cell's lower part: it shows nothing of its own.</summary>
    public bool ContinuesMergeAbove { get; set; }

    /// <summary>Some of the text was struck through (and left out): a choice crossed out.</summary>
    public bool HadStrike { get; set; }

    public bool? Bool { get; set; }
    public double? Number { get; set; }
    public DateOnly? Date { get; set; }

    public string Text
    {
        get => _text ??= _builder?.ToString() ?? "";
        set
        {
            _text = value;
            _builder = null;
        }
    }

    public void Append(string text)
    {
        _builder ??= new StringBuilder(_text);
        _text = null;
        _builder.Append(text);
    }

    public void Append(char c)
    {
        _builder ??= new StringBuilder(_text);
        _text = null;
        _builder.Append(c);
    }

    public bool IsEmpty => Bool is null && string.IsNullOrWhiteSpace(Text);

    private StringBuilder? _own;

    /// <summary>
    /// For a cell that holds a table: the text of its own paragraphs, without the nested table's (which is
    /// also a grid of its own). Null for a cell that holds no table.
    /// </summary>
    public string? OwnText => _own?.ToString();

    /// <summary>A nested table's (or imported chunk's) text, on lines of its own: part of what the cell says, not of its own paragraphs.</summary>
    public void AppendNested(string text)
    {
        _own ??= new StringBuilder(Text);
        AddParagraph(text, struck: false, own: false);
    }

    /// <summary>One more paragraph (or nested table) of the cell's text, on a line of its own.</summary>
    public void AppendParagraph(string text, bool struck = false) => AddParagraph(text, struck, own: true);

    private void AddParagraph(string text, bool struck, bool own)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (!IsEmpty)
        {
            Append('\n');
        }

        Append(text);
        HadStrike |= struck;
        if (own && _own is not null)
        {
            _own.Append('\n').Append(text);
        }
    }

    public override string ToString() => Text;
}

/// <summary>A value a form marks by name rather than by a printed label.</summary>
internal sealed class LayoutControl
{
    /// <summary>Content-control tag, legacy form-field name or Excel defined name.</summary>
    public string? Name { get; init; }

    /// <summary>Content-control title (alias).</summary>
    public string? Alias { get; init; }

    /// <summary>An Excel defined name pointing at a cell, rather than a control drawn in the document.</summary>
    public bool IsDefinedName { get; init; }

    public string Text { get; init; } = "";
    public bool IsCheckbox { get; init; }
    public bool? Checked { get; init; }
    public DateOnly? Date { get; init; }
    public double? Number { get; init; }
    public bool? Bool { get; init; }

    public override string ToString() => $"{Name ?? Alias}={(IsCheckbox ? Checked?.ToString() : Text)}";
}

/// <summary>The marks a layout uses for tick boxes, whatever the document drew them with.</summary>
internal static class Marks
{
    public const char Checked = '☒';
    public const char Unchecked = '☐';
}
