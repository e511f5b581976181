using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Layout;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading.Fields;

/// <summary>
/// A result per service (successful, unsuccessful, not_tested): result controls, a word or a tick in a
/// service's row, ticks under result-word columns, services across a heading row, "OTP-C: Pass" beside
/// the label. Two different results for one service are a problem, not a pick.
/// </summary>
internal sealed class ServiceResultsReader(ReadingContext context) : IFieldReader
{
    public FieldValue? Read(FormPage page, FieldDefinition field, List<FormProblem> problems)
    {
        var results = new Dictionary<string, string>(StringComparer.Ordinal);
        var conflicts = new HashSet<string>(StringComparer.Ordinal);

        // Services the form marks as verified (a tick in their row) with no result found for them.
        var verified = new HashSet<string>(StringComparer.Ordinal);
        var prose = new Dictionary<string, string>(StringComparer.Ordinal);
        var source = FieldSource.Unknown;

        void Set(string code, string result, FieldSource by)
        {
            if (results.TryGetValue(code, out var existing) && existing != result)
            {
                conflicts.Add(code);
            }

            results[code] = result;
            source = FieldSources.Stronger(source, by);
        }

        foreach (var view in page.Controls)
        {
            var control = view.Control;
            var name = view.Title;
            var codes = view.Services;
            if (codes.Count != 1)
            {
                continue;
            }

            if (control.IsCheckbox)
            {
                if (control.Checked == true && context.ResultWords.Single(context.Services.Without(name).Replace('_', ' ')) is { } ticked)
                {
                    Set(codes[0].Code, ticked, view.Source);
                }
            }
            else if (context.ResultWords.Single(control.Text) is { } written)
            {
                Set(codes[0].Code, written, view.Source);
            }
        }

        foreach (var row in page.Rows)
        {
            var codes = page.ServicesIn(row);
            // A row labelled for another field is not a service's row, but one labelled as a service
            // ("Service 1 | OTP-C | Successful", a numbered slot) is.
            if (row.LabelledAs is { } other && other != field && other.Type != FieldType.ServiceSet)
            {
                continue;
            }

            if (codes.Count == 0 && page.KindOf(row) != GridKind.Flow)
            {
                // Services across a heading row, their results in the rows beneath: a word under each
                // code, or a tick under it in a row named by a result word.
                var rowWord = row.Cells.Count > 0 && row.Cells[0].Text.Length <= 25 ? context.ResultWords.Single(row.Cells[0].Text) : null;
                foreach (var cell in row.Cells)
                {
                    var word = cell.Lone == Mark.Checked ? rowWord : cell.Text.Length <= 25 ? context.ResultWords.Single(cell.Text) ?? context.ResultCode(cell.Text) : null;
                    if (word is not null && page.Heading(row, cell, text => context.Services.Find(text) is [var only] ? only.Code : null) is { } under)
                    {
                        Set(under, word, FieldSource.Inferred);
                    }
                }

                continue;
            }

            if (codes.Count > 1)
            {
                VerifiedInLine(row, verified);
                continue;
            }

            if (codes.Count != 1)
            {
                continue;
            }

            var code = codes[0].Code;
            var found = new List<string>();
            var by = FieldSource.Label;
            foreach (var cell in row.Cells.Where(c => c.Lone == Mark.Checked))
            {
                if (page.Heading(row, cell, context.ResultWords.Single) is { } header)
                {
                    found.Add(header);
                }
            }

            if (found.Count == 0)
            {
                foreach (var segment in row.Segments.Where(s => s.Mark == Mark.Checked))
                {
                    found.AddRange(context.ResultWords.Find(context.Services.Without(segment.Text)));
                    if (segment.IsDoubtful)
                    {
                        // A tick between two cells: a result word on either side is what it marks; one on
                        // each side ("Successful | ☒ | Failed") is two results, and a conflict.
                        found.AddRange(context.ResultWords.Find(context.Services.Without(segment.OrElse!)));
                    }
                }
            }

            if (found.Count == 0 && !row.HasMarks)
            {
                var said = context.Services.Without(row.Text);
                if (row.Cells.Count(c => !c.Cell.IsEmpty) == 1 && WordCount(said) > 8)
                {
                    // A sentence that names a result ("this form replaces ours, OMD-CC was wrongly marked
                    // unsuccessful") is commentary: it counts only where the form gives no other result.
                    if (context.ResultWords.Find(said) is [var word])
                    {
                        prose.TryAdd(code, word);
                    }

                    continue;
                }

                found.AddRange(context.ResultWords.Find(said));
                by = FieldSource.Phrase;
                if (found.Count == 0)
                {
                    // A result code ("NG") counts only as a cell's whole answer.
                    found.AddRange(row.Cells.Select(c => context.ResultCode(c.Text)).OfType<string>());
                }
            }

            if (found.Count == 0 && !row.HasMarks && page.Below(row) is { LabelledAs: null, HasMarks: false, Text.Length: <= 40 } below
                && page.ServicesIn(below).Count == 0 && context.ResultWords.Single(below.Text) is { } underneath)
            {
                // The code on one line and its result on the next, as a definition list or plain paragraphs lay it out.
                found.Add(underneath);
                by = FieldSource.Inferred;
            }

            if (found.Count == 0 && row.Segments.Any(s => s.Mark == Mark.Checked) || found.Count == 0 && row.Cells.Any(c => c.Lone == Mark.Checked))
            {
                verified.Add(code);
            }

            var distinct = found.Distinct().ToList();
            if (distinct.Count == 1)
            {
                Set(code, distinct[0], by);
            }
            else if (distinct.Count > 1)
            {
                conflicts.Add(code);
            }
        }

        var straddled = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (mark, above, below) in page.LoneMarkRows())
        {
            // A tick under a result word alone on the spacer row between two services, either of them
            // without a result of its own: it may be either service's result.
            if (page.ServicesIn(above).Select(s => s.Code).Distinct().ToList() is [var first]
                && page.ServicesIn(below).Select(s => s.Code).Distinct().ToList() is [var second]
                && first != second && (!results.ContainsKey(first) || !results.ContainsKey(second))
                && mark.Cells.Exists(c => c.Lone == Mark.Checked && page.Heading(mark, c, context.ResultWords.Single) is not null))
            {
                straddled.UnionWith([first, second]);
            }
        }

        if (straddled.Count > 0)
        {
            problems.Add(new FormProblem(field.Key, ProblemCodes.Ambiguous,
                $"A result is ticked on the row between {string.Join(" and ", context.Services.InCircularOrder(straddled))}, so it may be either one's."));
        }

        foreach (var answer in page.Labelled(field))
        {
            foreach (var part in answer.Text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (context.Services.Find(part) is [var only] && (context.ResultWords.Single(context.Services.Without(part)) ?? context.ResultCode(context.Services.Without(part).Trim(' ', ':', '-', '–'))) is { } result)
                {
                    Set(only.Code, result, FieldSource.Label);
                }
            }
        }

        foreach (var (code, word) in prose)
        {
            if (!results.ContainsKey(code) && !conflicts.Contains(code))
            {
                Set(code, word, FieldSource.Phrase);
            }
        }

        foreach (var code in context.Services.InCircularOrder(conflicts))
        {
            results.Remove(code);
            problems.Add(new FormProblem(field.Key, ProblemCodes.Ambiguous, $"More than one result is marked for {code}; which one is meant?"));
        }

        foreach (var code in context.Services.InCircularOrder(verified))
        {
            if (!results.ContainsKey(code) && !conflicts.Contains(code))
            {
                problems.Add(new FormProblem(field.Key, ProblemCodes.Missing, $"{code} is marked as verified but has no result (Successful, Unsuccessful or Not tested)."));
            }
        }

        if (results.Count == 0)
        {
            return null;
        }

        return new ServiceResultsValue(context.Services.InCircularOrder(results.Keys).ToDictionary(code => code, code => results[code], StringComparer.Ordinal)) { Source = source };
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// "Services verified: ☒ OTP-C ☒ OTP-CSC ☐ OMD-C": a line of boxes, one per service and no result word,
    /// says which services were verified; each ticked one needs a result elsewhere on the form.
    /// </summary>
    private void VerifiedInLine(RowInfo row, HashSet<string> verified)
    {
        if (context.ResultWords.Find(row.Text).Count > 0)
        {
            return;
        }

        foreach (var segment in row.Segments.Where(s => s.Mark == Mark.Checked && !s.IsDoubtful))
        {
            if (context.Services.Find(segment.Text) is [var only])
            {
                verified.Add(only.Code);
            }
        }
    }
}
