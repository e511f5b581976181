using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>
/// A yes/no choice ("We will / will not participate"), from the strongest evidence there is: a control,
/// then a tick against a printed choice, then the answer beside the label, then a typed statement.
/// </summary>
internal sealed class YesNoReader(ReadingContext context) : IFieldReader
{
    // Which evidence each tier of a yes/no answer is: a control, a tick against a printed choice, the answer beside a label, a typed statement.
    private static readonly FieldSource[] s_yesNoTiers = [FieldSource.Control, FieldSource.Phrase, FieldSource.Label, FieldSource.Phrase];

    public FieldValue? Read(FormPage page, FieldDefinition field, List<FormProblem> problems)
    {
        var choices = context.Choices(field);
        var tiers = Enumerable.Range(0, 4).Select(_ => new List<bool>()).ToList();

        foreach (var view in page.Controls)
        {
            var control = view.Control;
            if (view.Choice is { Field: var choiceField, Value: { } choice } && choiceField == field && control.IsCheckbox)
            {
                if (control.Checked == true && context.Words.YesNo.Single(choice) is { } picked)
                {
                    tiers[0].Add(picked == "true");
                }

                continue;
            }

            var name = view.Title;
            var named = view.NameField == field || view.AliasField == field;
            var said = choices.Single(name.Replace('_', ' '));
            if (control.IsCheckbox && control.Checked == true && (named || said is not null))
            {
                // A box named "participate_no" or titled "We will not participate" says no when ticked.
                tiers[0].Add(said is "false" || context.Words.YesNo.Single(name.Replace('_', ' ')) is "false" ? false : true);
            }
            else if (!control.IsCheckbox && named && ParseYesNo(control.Text, choices) is { } value)
            {
                tiers[0].Add(value);
            }
        }

        // Ticks in the label's row under a heading of Yes and No columns ("| Yes | No" over "We will
        // participate | ✓ |"): the column is the answer, whatever text stands beside the tick.
        var byColumn = new HashSet<RowInfo>();
        foreach (var (row, label, _) in page.LabelsOf(field))
        {
            foreach (var cell in row.Cells.Where(c => c.Index > label.Index && c.Lone == Mark.Checked && page.IsGlyphMark(c)))
            {
                if (page.YesNoColumn(row, cell) is { } said)
                {
                    byColumn.Add(row);
                    tiers[1].Add(said);
                }
            }
        }

        // "We will participate | Yes | No" with no mark anywhere in the row: the printed options of a blank
        // form, not a typed Yes.
        var printed = new HashSet<RowInfo>();
        foreach (var (row, label, _) in page.LabelsOf(field))
        {
            var after = row.Cells.Where(c => c.Index > label.Index && !c.Cell.IsEmpty).ToList();
            if (after.Count > 0 && !page.HasGlyphMark(row) && after.Exists(c => c.Cell.Bool is null && context.Words.TickWord(c.Text) == true)
                && after.Exists(c => c.Cell.Bool is null && context.Words.TickWord(c.Text) == false))
            {
                printed.Add(row);
            }

            // "Participation | We will participate | We will not participate", none marked, none struck out:
            // both choices printed in cells of their own are the options of a blank form.
            if (!row.HasMarks && !row.HadStrike && after.Count >= 2 && after.Exists(c => Choice(c.Text, choices) is true) && after.Exists(c => Choice(c.Text, choices) is false))
            {
                printed.Add(row);
            }
        }

        var doubt = false;
        foreach (var (_, above, below) in page.LoneMarkRows())
        {
            // "Yes" on one row, "No" two rows down, a tick alone on the row between: it may mark either.
            if ((!page.HasGlyphMark(above) || !page.HasGlyphMark(below)) && above.Text.Length <= 60 && below.Text.Length <= 60
                && ParseYesNo(above.Text, choices) is { } first && ParseYesNo(below.Text, choices) is { } second && first != second)
            {
                doubt = true;
            }
        }

        // Answers typed in words beside the label ("Participation (Yes/No): Yes"), apart from ticks there.
        var typed = new List<bool>();
        foreach (var row in page.Rows)
        {
            foreach (var segment in row.Segments.Where(s => s.Mark == Mark.Checked && !byColumn.Contains(row) && !printed.Contains(row)))
            {
                if (segment.IsDoubtful)
                {
                    // "We will | ☒ | We will not": a tick between two of the choices may mark either; beside
                    // only one choice, it marks that one.
                    var (left, right) = (Choice(segment.Text, choices), Choice(segment.OrElse!, choices));
                    if (left is not null && right is not null)
                    {
                        doubt = true;
                    }
                    else if ((left ?? right) is { } only)
                    {
                        tiers[1].Add(only);
                    }

                    continue;
                }

                // A label that prints both choices ("We will / will not participate") is not one of them.
                if (!context.Words.IsPrintedAlternatives(segment.Text) && choices.Single(segment.Text) is { } chosen)
                {
                    tiers[1].Add(chosen == "true");
                }
            }

            if (row.HasMarks && AskedIn(row, field) is { } asked)
            {
                // "Will you participate in PS2 using HSN? Yes ☐ No ☒": the question, then its options each with a box.
                foreach (var segment in row.Segments.Skip(asked + 1).Where(s => s.Mark == Mark.Checked && !s.IsDoubtful))
                {
                    if (ParseYesNo(segment.Text, choices) is { } ticked)
                    {
                        tiers[2].Add(ticked);
                    }
                }
            }

            if (!row.HasMarks && row.Text.Length < 200 && !row.Cells.Exists(c => c.IsCaption) && !context.Words.IsPrintedAlternatives(row.Text) && choices.Single(row.Text) is { } stated)
            {
                // "We will participate" typed, or the other choice struck out.
                var lower = TextRules.Lower(row.Text);
                if (row.HadStrike || context.Words.IsStatement(lower))
                {
                    tiers[3].Add(stated == "true");
                }
            }
        }

        var optionsBelow = false;
        foreach (var (row, _, hit) in page.LabelsOf(field))
        {
            if (context.Words.IsBlankAnswer(hit.Inline) && (page.Below(row) ?? page.NextGridStart(row)) is { LabelledAs: null, HasMarks: true } options
                && options.Segments.Count(s => s.Mark != Mark.None) >= 2)
            {
                // The question, then a row of its options each with a box, in the same table or the one
                // that follows the paragraph: "Yes | ☒ | No | ☐". The row is the answer, not its first cell.
                foreach (var segment in options.Segments.Where(s => s.Mark == Mark.Checked && !s.IsDoubtful))
                {
                    if (ParseYesNo(segment.Text, choices) is { } ticked)
                    {
                        tiers[2].Add(ticked);
                        optionsBelow = true;
                    }
                }
            }
        }

        foreach (var answer in page.Labelled(field))
        {
            if (optionsBelow && answer.Below || answer.Cell is { } shown && printed.Any(r => r.Cells.Contains(shown))
                || answer.Cell is null && printed.Any(r => r.Cells.Exists(c => c.Cell.Text == answer.Text && Choice(c.Text, choices) is not null)))
            {
                continue;
            }

            if (answer.Cell is { Lone: not Mark.None } lone)
            {
                tiers[2].Add(lone.Lone == Mark.Checked);
                if (lone.IsWordMark(context.Words))
                {
                    // "Yes" typed as the whole answer: a word, which a tick elsewhere may contradict.
                    typed.Add(lone.Lone == Mark.Checked);
                }
            }
            else if (answer.Cell is { HasMarks: true } marked)
            {
                foreach (var segment in marked.Segments.Where(s => s.Mark == Mark.Checked))
                {
                    if ((ParseYesNo(segment.Text, choices) ?? NearestAfterTick(segment, choices)) is { } ticked)
                    {
                        tiers[2].Add(ticked);
                    }
                }
            }
            else if (answer.Below && TextRules.Fold(answer.Text).Length > 12)
            {
                // Under "Participation (mark one)" stand the printed options, not an answer.
                continue;
            }
            else if (ParseYesNo(answer.Text, choices) is { } value)
            {
                tiers[2].Add(value);
                typed.Add(value);
            }
        }

        foreach (var (row, label, hit) in page.LabelsOf(field))
        {
            // "Participation | We will participate": a choice typed as a sentence in the answer cell reads as a
            // label of the field too. Beside a label that is no choice itself, the one such cell is the answer;
            // two printed options side by side ("We will participate | We will not participate") are none.
            if (row.HasMarks || !context.Words.IsBlankAnswer(hit.Inline) || Choice(label.Text, choices) is not null)
            {
                continue;
            }

            if (row.Cells.Where(c => c.Index > label.Index && !c.Cell.IsEmpty).ToList() is [{ Labels: { } hits } only]
                && hits.TrueForAll(h => h.Field == field && context.Words.IsBlankAnswer(h.Inline)) && Choice(only.Text, choices) is { } said)
            {
                tiers[2].Add(said);
                typed.Add(said);
            }
        }

        if (doubt)
        {
            problems.Add(new FormProblem(field.Key, ProblemCodes.Ambiguous, $"A tick for \"{field.Label}\" stands between two choices, so it may mark either."));
            return null;
        }

        for (var t = 0; t < tiers.Count; t++)
        {
            var tier = tiers[t];
            if (tier.Count == 0)
            {
                continue;
            }

            if (tier.Distinct().Count() > 1)
            {
                problems.Add(new FormProblem(field.Key, ProblemCodes.Ambiguous, $"Both choices are marked for \"{field.Label}\" (yes and no)."));
                return null;
            }

            if (t < 2 && typed.Exists(v => v != tier[0]))
            {
                // A box ticked for one choice and the other typed as the answer: neither wins silently.
                problems.Add(new FormProblem(field.Key, ProblemCodes.Ambiguous, $"The answer typed for \"{field.Label}\" and the choice ticked disagree."));
                return null;
            }

            return new YesNoValue(tier[0]) { Source = s_yesNoTiers[t] };
        }

        return null;
    }

    /// <summary>The index of the row's segment that asks the field's question before its boxed options, or null.</summary>
    private int? AskedIn(RowInfo row, FieldDefinition field)
    {
        for (var i = 0; i < row.Segments.Count - 1; i++)
        {
            var segment = row.Segments[i];
            if (segment.Mark == Mark.None && segment.Text.Length is > 0 and <= 90 && context.Labels.Match(segment.Text.AsSpan().TrimEnd("?:？： ")) is { } asked && asked.Field == field)
            {
                return i;
            }
        }

        return null;
    }

    private bool? Choice(string text, PhraseMatcher choices) =>
        context.Words.IsPrintedAlternatives(text) ? null : choices.Single(text) is { } chosen ? chosen == "true" : null;

    /// <summary>
    /// A tick before several unboxed options ("☒ 是 Yes    否 No", the 是 circled) marks the one it
    /// stands against, the first after it.
    /// </summary>
    private bool? NearestAfterTick(Segment segment, PhraseMatcher choices)
    {
        var folded = TextRules.CleanAnswer(segment.Text);
        if (!segment.MarkLeads || folded.Length == 0 || context.Words.IsPrintedAlternatives(folded))
        {
            return null;
        }

        var value = choices.Find(folded).FirstOrDefault() ?? context.Words.YesNo.Find(folded).FirstOrDefault();
        return value is null ? null : value == "true";
    }

    private bool? ParseYesNo(string text, PhraseMatcher choices)
    {
        var folded = TextRules.CleanAnswer(text);
        if (folded.Length == 0 || context.Words.IsPrintedAlternatives(folded))
        {
            return null;
        }

        if (folded is "☒")
        {
            return true;
        }

        var value = choices.Single(folded) ?? context.Words.YesNo.Single(folded);
        return value is null ? null : value == "true";
    }
}
