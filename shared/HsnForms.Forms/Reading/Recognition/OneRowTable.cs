using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Layout;
using HsnForms.Forms.Reading.Page;

namespace HsnForms.Forms.Reading.Recognition;

/// <summary>
/// A form laid out wide: one row of short labels heading the columns (Company, HSN ID, Join PS2?, the
/// circular's service codes, Date) over exactly one row of answers. Its own questions are answered as only
/// the form answers them: a mark under a service code that heads a column, a yes or no under its
/// participation question. The same header over two or more rows is a tracker of many subscribers, and a
/// header with nothing under it is a blank template: neither is a form, so neither is one of these.
/// Looked for only when a page without a title has too little of a form's own evidence otherwise.
/// </summary>
internal sealed class OneRowTable
{
    private readonly RowInfo _header;
    private readonly RowInfo _values;
    private readonly List<CellView> _serviceHeads;

    private OneRowTable(RowInfo header, RowInfo values, List<CellView> serviceHeads)
    {
        _header = header;
        _values = values;
        _serviceHeads = serviceHeads;
    }

    /// <summary>The page's one-row table, or null when no table or sheet has that shape.</summary>
    public static OneRowTable? Find(FormPage page, ReadingContext context)
    {
        foreach (var row in page.Rows)
        {
            if (page.KindOf(row) == GridKind.Flow || row.Cells.Count < 4 || page.ServicesIn(row).Count < 2)
            {
                continue;
            }

            // Two or more cells that each are one service code or name and nothing else: columns headed by services.
            List<CellView>? heads = null;
            var filled = 0;
            foreach (var cell in row.Cells)
            {
                if (cell.Text.Length == 0)
                {
                    continue;
                }

                filled++;
                if (cell.Text.Length <= 40 && context.Services.Find(cell.Text).Count == 1 && context.Services.Without(cell.Text).Trim().Length == 0)
                {
                    (heads ??= []).Add(cell);
                }
            }

            if (heads is not { Count: >= 2 } || filled < 4)
            {
                continue;
            }

            // Exactly one row with anything in it below the header, to the end of its table or sheet.
            var grid = page.GridOf(row);
            RowInfo? values = null;
            var many = false;
            for (var r = row.Index + 1; r < grid.Count && !many; r++)
            {
                if (grid[r].Cells.Exists(c => c.Text.Length > 0))
                {
                    many = values is not null;
                    values ??= grid[r];
                }
            }

            if (values is not null && !many)
            {
                return new OneRowTable(row, values, heads);
            }
        }

        return null;
    }

    /// <summary>
    /// How many of the form's own fields (those whose bit is set in <paramref name="fields"/>, by their
    /// place in its own labels) the table answers as only the form does.
    /// </summary>
    public int Answers(FormDefinition form, ulong fields, ReadingContext context)
    {
        var count = 0;
        for (var k = 0; k < form.OwnLabels.Count && k < 64; k++)
        {
            if ((fields & 1UL << k) != 0 && form.Field(form.OwnLabels[k]) is { } field && Shows(field, context))
            {
                count++;
            }
        }

        return count;
    }

    private bool Shows(FieldDefinition field, ReadingContext context) => field.Type switch
    {
        FieldType.ServiceSet => TicksServices(),
        FieldType.YesNo => AnswersChoice(field, context),
        _ => false,
    };

    /// <summary>A mark under one of the service codes, and nothing but marks or blanks under the others.</summary>
    private bool TicksServices()
    {
        var ticked = false;
        foreach (var head in _serviceHeads)
        {
            if (Beneath(head) is not { Text.Length: > 0 } cell)
            {
                continue;
            }

            if (cell.Lone == Mark.None)
            {
                // A date, a result or a name under a service: not a choice of services.
                return false;
            }

            ticked |= cell.Lone == Mark.Checked;
        }

        return ticked;
    }

    /// <summary>The question's label heading a column (in any words), a yes or no or one of its options beneath.</summary>
    private bool AnswersChoice(FieldDefinition field, ReadingContext context)
    {
        foreach (var head in _header.Cells)
        {
            if (head.Labels is { } hits && hits.Exists(h => h.Field == field) && Beneath(head) is { Text.Length: > 0 } cell
                && (cell.Lone != Mark.None || context.Choices(field).Single(cell.Text) is not null))
            {
                return true;
            }
        }

        return false;
    }

    private CellView? Beneath(CellView head)
    {
        foreach (var cell in _values.Cells)
        {
            if (cell.Cell.Column == head.Cell.Column)
            {
                return cell;
            }
        }

        return null;
    }
}
