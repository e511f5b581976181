namespace HsnForms.Forms.Reading;

/// <summary>One cell of a previewed grid: its text as the reader saw it, where it starts and how many columns it spans.</summary>
public sealed record PreviewCell(int Column, int Span, string Text, bool Struck, bool ContinuesMergeAbove);

/// <summary>A table, worksheet or run of paragraphs as the reader laid it out, row by row.</summary>
public sealed record PreviewGrid(string Name, string Kind, IReadOnlyList<IReadOnlyList<PreviewCell>> Rows);

/// <summary>A named control (content control, legacy form field, defined name) and what it held.</summary>
public sealed record PreviewControl(string? Name, string? Alias, string Text, bool IsCheckbox, bool? Checked);

/// <summary>
/// A Word or Excel file as the reader laid it out: its grids of cells in reading order and its named
/// controls, so a person can see what the reader saw without opening the file itself. Null grids with
/// a reason when the file cannot be laid out (not a package, macro-enabled, too large, corrupt).
/// </summary>
public sealed record FormPreview(IReadOnlyList<PreviewGrid> Grids, IReadOnlyList<PreviewControl> Controls, string? Unavailable)
{
    /// <summary>At most this many rows per grid and cells per row are shown: a preview, not a copy.</summary>
    public const int MaxRows = 500;

    public const int MaxCells = 60;
}

public sealed partial class FormReader
{
    /// <summary>The file as the reader laid it out, for the web desk's preview; never throws for a bad file.</summary>
    public FormPreview Preview(ReadOnlyMemory<byte> content)
    {
        if (content.Length > _options.MaxFileBytes)
        {
            return new FormPreview([], [], "The file is larger than any form.");
        }

        var span = content.Span;
        if (FileSniffer.Sniff(span[..Math.Min(span.Length, 2048)]) != SniffedType.Zip)
        {
            return new FormPreview([], [], "Only a Word (.docx) or Excel (.xlsx) form can be previewed; download the file to see it.");
        }

        try
        {
            var (layout, _) = OpenLayout(content, _probe);
            var grids = layout.Grids.Select(g => new PreviewGrid(g.Name, g.Kind.ToString().ToLowerInvariant(),
                [.. g.Rows.Take(FormPreview.MaxRows).Select(r => (IReadOnlyList<PreviewCell>)[.. r.Cells.Take(FormPreview.MaxCells)
                    .Select(c => new PreviewCell(c.Column, c.Span, c.Bool is { } b && string.IsNullOrEmpty(c.Text) ? (b ? "TRUE" : "FALSE") : c.Text, c.HadStrike, c.ContinuesMergeAbove))])])).ToList();
            var controls = layout.Controls.Select(c => new PreviewControl(c.Name, c.Alias, c.Text, c.IsCheckbox, c.Checked)).ToList();
            return new FormPreview(grids, controls, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new FormPreview([], [], $"The file cannot be laid out: {Describe(ex)}");
        }
    }
}
