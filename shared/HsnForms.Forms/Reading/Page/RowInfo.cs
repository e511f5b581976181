using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Labels;
using HsnForms.Forms.Reading.Layout;
using HsnForms.Forms.Reading.Text;

namespace HsnForms.Forms.Reading.Page;

/// <summary>A row of a grid as the interpreter reads it: its cells, its joined text and its tick-box segments.</summary>
internal sealed class RowInfo
{
    public required int Grid { get; init; }
    public required int Index { get; init; }
    public required List<CellView> Cells { get; init; }
    public required string Text { get; init; }
    public required List<Segment> Segments { get; init; }
    public bool HadStrike { get; init; }
    public bool HasMarks => _hasMarks ??= Cells.Exists(c => c.HasMarks);

    /// <summary>The circular's services the row names, once looked for (<see cref="FormPage.ServicesIn(RowInfo)"/>).</summary>
    public List<(string Code, int Index)>? Services { get; set; }

    /// <summary>How many result words the row names, once counted (<see cref="FormPage.ResultWordsIn(RowInfo)"/>).</summary>
    public int? ResultWords { get; set; }

    private bool? _hasMarks;

    /// <summary>The field whose label starts this row, if any.</summary>
    public FieldDefinition? LabelledAs { get; set; }
}
