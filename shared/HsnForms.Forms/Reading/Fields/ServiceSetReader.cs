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
        string? unclear = null;
        var source = FieldSource.Unknown;
        void ChooseNamed(string text, FieldSource by)
        {
            var (codes, doubt) = Named(text);
            if (doubt)
            {
                unclear ??= TextRules.Fold(text);
            }

            Choose(codes, by);
        }

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
                ChooseNamed(control.Text, view.Source);
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
                    // "☒ All services except OMD-CC": the one service named is the one left out.
                    if (LeavesOut(row.Text))
                    {
                        ChooseNamed(row.Text, FieldSource.Label);
                    }
                    else
                    {
                        Choose([code], FieldSource.Label);
                    }
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

                    if (LeavesOut(segment.Text))
                    {
                        ChooseNamed(segment.Text, FieldSource.Label);
                        continue;
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

            ChooseNamed(answer.Text, FieldSource.Label);
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

                if (LeavesOut(row.Text))
                {
                    // "except OMD-CC" under the label: a list of what is not wanted, not of what is.
                    unclear ??= TextRules.Fold(row.Text);
                    typed.Clear();
                    break;
                }

                typed.Add(only);
            }

            if (typed.Count < context.Circular.Services.Count)
            {
                Choose(typed, FieldSource.Inferred);
            }
        }

        if (chosen.Count == 0 && unclear is null && NamedInStatements(page, ref unclear) is { Count: > 0 } stated && stated.Count < context.Circular.Services.Count)
        {
            Choose(stated, FieldSource.Phrase);
        }

        if (unclear is not null)
        {
            // "All except ..." with nothing left, or with words beside it that say neither all nor which:
            // never the services named as left out.
            problems.Add(new FormProblem(field.Key, ProblemCodes.Ambiguous,
                $"The services are given by exception (\"{Shorten(unclear)}\"), and which are meant cannot be told."));
            return null;
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
    private HashSet<string> NamedInStatements(FormPage page, ref string? unclear)
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
                    var (codes, doubt) = Named(sentence);
                    if (doubt)
                    {
                        unclear ??= sentence;
                    }

                    named.UnionWith(codes);
                }
            }
        }

        return named;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[.;!。；])\s+")]
    private static partial System.Text.RegularExpressions.Regex SentenceEnd();

    /// <summary>
    /// The services a text names: "All", the codes or names it holds, or, where it leaves some out ("everything
    /// except OMD-CC", "OTP-C and OMD-C but not OMD-CC", "除OMD-CC以外"), the rest of all of them or of those
    /// named before. Doubt when it leaves services out and what remains cannot be told, or nothing would.
    /// </summary>
    private (IReadOnlyList<string> Codes, bool Doubt) Named(string text)
    {
        var folded = TextRules.Fold(text);
        if (context.Words.MeansAllServices(folded))
        {
            return (context.Circular.Services, false);
        }

        var lower = TextRules.Lower(folded);
        var named = context.Services.Find(lower);
        if (named.Count == 0 || Exclusion(lower) is not var (leftOut, rest))
        {
            return ([.. named.Select(c => c.Code)], false);
        }

        var excluded = context.Services.Find(leftOut).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var kept = context.Services.Find(rest).Select(c => c.Code).ToList();
        List<string> codes = excluded.Count == 0 ? []
            : kept.Count > 0 ? [.. kept.Where(c => !excluded.Contains(c))]
            : context.Words.MeansTheRest(rest) ? [.. context.Circular.Services.Where(c => !excluded.Contains(c))]
            : [];
        return codes.Count == 0 ? ([], true) : (codes, false);
    }

    /// <summary>Whether a text that names services leaves some of them out.</summary>
    private bool LeavesOut(string text) => Exclusion(TextRules.Lower(TextRules.Fold(text))) is not null;

    /// <summary>A lower-case text split into the part naming the services left out and the rest; null when it leaves none out.</summary>
    private (string LeftOut, string Others)? Exclusion(string lower)
    {
        if (context.Words.ExclusionBefore(lower) is { } opening)
        {
            var closing = context.Words.ExclusionAfter(lower, opening.End, opened: true);
            return (lower[opening.End..(closing?.Start ?? lower.Length)], lower[..opening.Start] + " " + (closing is { } c ? lower[c.End..] : ""));
        }

        if (context.Words.ExclusionAfter(lower, 0, opened: false) is { } after)
        {
            // "All services, OMD-CC excluded": the services left out stand between the last comma and the word.
            var start = after.Start == 0 ? 0 : lower.LastIndexOfAny(ClauseMarks, after.Start - 1) + 1;
            return (lower[start..after.Start], lower[..start] + " " + lower[after.End..]);
        }

        return null;
    }

    private static readonly char[] ClauseMarks = [',', ';', ':', '，', '；', '：', '。'];

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    // A control holds one value, so a 1 or a lower-case true there is a tick too; in a table cell a 1 is
    // as likely a row number.
    private bool IsTick(string text) => CellView.MarkOf(text, context.Words) == Mark.Checked || TextRules.Fold(text) is "1" or "true";
}
