using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Layout;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>
/// The circular's services a form ticks: boxes named for a service, a tick in a service's row, ticks
/// under a heading row of codes, codes written beside the label, or a list typed under it.
/// </summary>
internal sealed partial class ServiceSetReader(ReadingContext context) : IFieldReader
{
    public FieldValue? Read(FormPage page, FieldDefinition field, List<FormProblem> problems)
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        var doubtful = new SortedSet<string>(StringComparer.Ordinal);
        var bothWays = new SortedSet<string>(StringComparer.Ordinal);
        var source = FieldSource.Unknown;
        void Choose(IEnumerable<string> codes, FieldSource by)
        {
            foreach (var code in codes)
            {
                chosen.Add(code);
                source = FieldSources.Stronger(source, by);
            }
        }

        foreach (var view in page.Controls)
        {
            var control = view.Control;
            var codes = view.Services;
            if (codes.Count == 1 && (control.Checked == true || !control.IsCheckbox && IsTick(control.Text)))
            {
                Choose([codes[0].Code], view.Source);
            }
            else if (view.NameField == field && !control.IsCheckbox)
            {
                Choose(CodesIn(control.Text), view.Source);
            }
        }

        foreach (var row in page.Rows.Where(r => r.HasMarks))
        {
            var codes = page.ServicesIn(row);
            if (codes.Count == 0)
            {
                // Ticks under a heading row of service codes.
                foreach (var cell in row.Cells.Where(c => c.Lone == Mark.Checked))
                {
                    if (page.Heading(row, cell, text => context.Services.Find(text) is [var only] ? only.Code : null) is { } code)
                    {
                        Choose([code], FieldSource.Inferred);
                    }
                }
            }
            else if (codes.Count == 1)
            {
                var code = codes[0].Code;
                var unticked = row.Segments.Any(s => s.Mark == Mark.Unchecked && context.Services.Find(s.Text).Count > 0);
                var ticked = row.Segments.Any(s => s.Mark == Mark.Checked) || row.Cells.Any(c => c.Lone == Mark.Checked);

                // Ticks under a heading of Yes and No columns say yes or no for the service, not "chosen".
                var said = row.Cells.Where(c => c.Lone == Mark.Checked && page.IsGlyphMark(c))
                    .Select(c => page.YesNoColumn(row, c)).OfType<bool>().Distinct().ToList();
                if (said.Count > 1)
                {
                    bothWays.Add(code);
                }
                else if (said is [false])
                {
                    continue;
                }
                else if (ticked && !unticked)
                {
                    Choose([code], FieldSource.Label);
                }
            }
            else if (codes.Count > 1)
            {
                foreach (var segment in row.Segments.Where(s => s.Mark == Mark.Checked))
                {
                    var named = context.Services.Find(segment.Text);
                    if (segment.IsDoubtful && context.Services.Find(segment.OrElse!) is { Count: > 0 } other)
                    {
                        if (named.Count > 0)
                        {
                            // "OTP-C | ☒ | OMD-C": the tick may mark either service.
                            doubtful.UnionWith(named.Concat(other).Select(c => c.Code));
                            continue;
                        }

                        named = other;
                    }

                    Choose(named.Select(c => c.Code), FieldSource.Label);
                }
            }
        }

        foreach (var (_, above, below) in page.LoneMarkRows())
        {
            // A tick alone on the spacer row between two services, either of them otherwise unticked.
            if (page.ServicesIn(above).Select(s => s.Code).Distinct().ToList() is [var first]
                && page.ServicesIn(below).Select(s => s.Code).Distinct().ToList() is [var second]
                && first != second && (!page.HasGlyphMark(above) || !page.HasGlyphMark(below)))
            {
                doubtful.UnionWith([first, second]);
            }
        }

        foreach (var answer in page.Labelled(field))
        {
            if (answer.Cell is { HasMarks: true })
            {
                continue;
            }

            Choose(CodesIn(answer.Text), FieldSource.Label);
        }

        if (chosen.Count == 0)
        {
            // Services typed as paragraphs under their label, one a line, with no box anywhere: the list
            // is the choice. Every service listed, or a list in a table or sheet, is the printed options.
            var typed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in page.RowsUnder(field, context.Circular.Services.Count))
            {
                if (page.KindOf(row) != GridKind.Flow || row.HasMarks || page.ServicesIn(row).Select(s => s.Code).Distinct().ToList() is not [var only])
                {
                    break;
                }

                typed.Add(only);
            }

            if (typed.Count < context.Circular.Services.Count)
            {
                Choose(typed, FieldSource.Inferred);
            }
        }

        if (chosen.Count == 0 && NamedInStatements(page) is { Count: > 0 } stated && stated.Count < context.Circular.Services.Count)
        {
            Choose(stated, FieldSource.Phrase);
        }

        if (bothWays.Count > 0)
        {
            problems.Add(new FormProblem(field.Key, ProblemCodes.Ambiguous,
                $"{string.Join(" and ", context.Services.InCircularOrder(bothWays))} {(bothWays.Count == 1 ? "is" : "are")} marked both yes and no; which is meant?"));
            return null;
        }

        if (doubtful.Count > 0)
        {
            problems.Add(new FormProblem(field.Key, ProblemCodes.Ambiguous,
                $"A tick stands between {string.Join(" and ", context.Services.InCircularOrder(doubtful))}, so it may mark either."));
            return null;
        }

        return chosen.Count == 0 ? null : new ServiceSetValue([.. context.Services.InCircularOrder(chosen)]) { Source = source };
    }

    /// <summary>
    /// A form answered as a letter: the services named in the subscriber's own sentences ("We confirm that we
    /// will participate ... for the following systems: OTP-C and OMD-C."), leaving out any sentence that
    /// says no ("We do not subscribe to OTP-CSC or OMD-CC.").
    /// </summary>
    private HashSet<string> NamedInStatements(FormPage page)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in page.Rows)
        {
            if (page.KindOf(row) != GridKind.Flow || row.HasMarks || row.LabelledAs is not null || row.Text.Length > 600 || page.ServicesIn(row).Count == 0)
            {
                continue;
            }

            foreach (var sentence in SentenceEnd().Split(TextRules.Fold(row.Text)))
            {
                var lower = TextRules.Lower(sentence);
                if (context.Words.IsStatement(lower) && !context.Words.IsPrintedAlternatives(sentence) && !context.Words.YesNo.Find(sentence).Contains("false"))
                {
                    named.UnionWith(context.Services.Find(sentence).Select(c => c.Code));
                }
            }
        }

        return named;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[.;!。；])\s+")]
    private static partial System.Text.RegularExpressions.Regex SentenceEnd();

    private IEnumerable<string> CodesIn(string text)
    {
        var folded = TextRules.Fold(text);
        if (context.Words.MeansAllServices(folded))
        {
            return context.Circular.Services;
        }

        return context.Services.Find(folded).Select(c => c.Code);
    }

    // A control holds one value, so a 1 or a lower-case true there is a tick too; in a table cell a 1 is
    // as likely a row number.
    private bool IsTick(string text) => CellView.MarkOf(text, context.Words) == Mark.Checked || TextRules.Fold(text) is "1" or "true";
}
