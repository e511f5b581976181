using HsnForms.Forms.Reading.Text;

namespace HsnForms.Forms.Reading.Page;

/// <summary>What was written for a field, with the typed value a spreadsheet cell or control may carry.</summary>
internal sealed record Answer(string Text, DateOnly? Date = null, double? Number = null, CellView? Cell = null)
{
    /// <summary>Found in the row under its label rather than beside it.</summary>
    public bool Below { get; init; }

    public bool IsBlankIn(ReadingWords words) => Date is null && words.IsBlankAnswer(Text);
}
