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

        // Services whose result cell holds words the reader cannot read as a result: doubt, never a silent drop.
        var unread = new Dictionary<string, string>(StringComparer.Ordinal);
        MarkLegend? pageLegend = null;
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
                if (page.Heading(row, cell, ResultWordOrMisspelt) is { } header)
                {
                    found.Add(header);
                }
            }

            if (found.Count == 0 && row.Cells.Exists(c => c.Lone == Mark.Checked && MarkLegend.ClassOf(c.Cell.Text) is not null))
            {
                // ✓ and ✗ in one Result column whose heading, or a legend on the page, says what each means.
                foreach (var cell in row.Cells.Where(c => c.Lone == Mark.Checked))
                {
                    if (MarkLegend.ClassOf(cell.Cell.Text) is { } glyph
                        && (LegendAbove(page, row, cell)?.Meaning(glyph) ?? (pageLegend ??= PageLegend(page)).Meaning(glyph)) is { } meant)
                    {
                        found.Add(meant);
                    }
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

                if (found.Count == 0)
                {
                    // A result word misspelt ("Sucessful") or a casual word leading the cell ("done - no issue").
                    found.AddRange(row.Cells.Select(c => context.Services.Find(c.Text).Count > 0 ? null : context.ResultLoosely(c.Text)).OfType<string>());
                    by = FieldSource.Inferred;
                    if (found.Count == 0 && UnreadResult(page, row, field) is { } written)
                    {
                        unread.TryAdd(code, written);
                    }
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
            ReadClauses(answer.Text, (code, result) => Set(code, result, FieldSource.Label), (code, written) => unread.TryAdd(code, written));
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

        foreach (var code in context.Services.InCircularOrder(unread.Keys))
        {
            if (!results.ContainsKey(code) && !conflicts.Contains(code))
            {
                problems.Add(new FormProblem(field.Key, ProblemCodes.Ambiguous,
                    $"The result written for {code} (\"{unread[code]}\") is not one of Successful, Unsuccessful or Not tested; which is meant?"));
            }
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

    private string? ResultWordOrMisspelt(string text) => context.ResultWords.Single(text) ?? context.ResultWords.Tolerant(text);

    /// <summary>
    /// A results answer in words: "OTP-C: Pass, OMD-C: Fail", or prose whose clauses each give a result to
    /// every service named before its word ("OTP-C and OMD-C passed, OTP-CSC failed, OMD-CC not tested"),
    /// or one result for all ("All services successful").
    /// </summary>
    private void ReadClauses(string text, Action<string, string> set, Action<string, string> doubt)
    {
        // Services named in a list still open ("OTP-C, OMD-C passed"): they take the word that closes it.
        var pending = new List<string>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOfAny([',', ';', '\n'], start);
            var delimiter = end < 0 ? '\0' : text[end];
            var part = end < 0 ? text[start..] : text[start..end];
            start = end < 0 ? text.Length + 1 : end + 1;

            var services = context.Services.Find(part);
            var rest = context.Services.Blanked(part);
            var words = context.ResultWords.FindAt(rest);
            var distinct = words.Select(w => w.Value).Distinct().ToList();
            if (services.Count == 0)
            {
                if (distinct is [var all] && context.Words.MeansAllServices(context.ResultWords.Without(rest).Trim(' ', ':', '-', '–', '.')))
                {
                    foreach (var code in context.Services.Codes)
                    {
                        set(code, all);
                    }
                }

                pending.Clear();
                continue;
            }

            var bare = rest.Trim(' ', ':', '-', '–', '.', '&');
            var result = distinct.Count == 1 ? distinct[0]
                : distinct.Count == 0 && bare.Length > 0 ? context.ResultCode(bare) ?? context.ResultLoosely(bare) : null;
            if (result is null)
            {
                if (distinct.Count == 0 && delimiter == ',' && !HasWords(bare))
                {
                    pending.AddRange(services.Select(s => s.Code));
                }
                else
                {
                    if (distinct.Count == 0 && HasWords(bare) && bare.Length <= 40 && !context.SaysNoResult(bare))
                    {
                        // "OMD-C tbc": words where the service's result should be, and none of them a result.
                        foreach (var code in pending.Concat(services.Select(s => s.Code)))
                        {
                            doubt(code, bare);
                        }
                    }

                    pending.Clear();
                }

                continue;
            }

            if (services.Count == 1 && pending.Count == 0)
            {
                set(services[0].Code, result);
            }
            else if (words.Count == 0 || words[0].Index > services.Max(s => s.Index))
            {
                foreach (var code in pending.Concat(services.Select(s => s.Code)))
                {
                    set(code, result);
                }
            }
            else if (services.Count == 1)
            {
                set(services[0].Code, result);
            }

            pending.Clear();
        }
    }

    /// <summary>
    /// What a service's row writes in its Result column when the reader found no result in it: words
    /// that are no result, no mark and not blank ("tbc", "see remarks"). Null when the row has no cell
    /// under a results heading, or that cell is blank.
    /// </summary>
    private string? UnreadResult(FormPage page, RowInfo row, FieldDefinition field)
    {
        if (page.KindOf(row) == GridKind.Flow)
        {
            return null;
        }

        foreach (var cell in row.Cells)
        {
            if (cell.Cell.IsEmpty || cell.HasMarks || context.Services.Find(cell.Text).Count > 0)
            {
                continue;
            }

            var text = cell.Text.Trim();
            if (!text.Any(char.IsLetterOrDigit) || context.Words.IsBlankAnswer(text) || context.SaysNoResult(text) || !UnderResultsHeading(page, row, cell, field))
            {
                continue;
            }

            return text;
        }

        return null;
    }

    /// <summary>The cell stands in a column headed by the results field's label ("Result", "Test result", "結果").</summary>
    private bool UnderResultsHeading(FormPage page, RowInfo row, CellView cell, FieldDefinition field)
    {
        var rows = page.GridOf(row);
        var column = cell.Cell.Column;
        for (var r = row.Index - 1; r >= 0 && r >= row.Index - 15; r--)
        {
            if (page.ServicesIn(rows[r]).Count > 0)
            {
                continue;
            }

            var header = rows[r].Cells.Find(c => c.Cell.Column <= column && column < c.Cell.Column + c.Cell.Span);
            if (header is null || header.Cell.IsEmpty)
            {
                continue;
            }

            var label = header.Text.Split('(', '（')[0].Trim();
            return header.Labels?.Exists(h => h.Field == field) == true || label.Length > 0 && context.Labels.FieldForLabel(label) == field;
        }

        return false;
    }

    /// <summary>A legend in the heading of a mark's column ("Result (✓ = pass / ✗ = fail)").</summary>
    private MarkLegend? LegendAbove(FormPage page, RowInfo row, CellView cell)
    {
        var rows = page.GridOf(row);
        var column = cell.Cell.Column;
        for (var r = row.Index - 1; r >= 0 && r >= row.Index - 15; r--)
        {
            var header = rows[r].Cells.Find(c => c.Cell.Column <= column && column < c.Cell.Column + c.Cell.Span);
            if (header is not null && header.Cell.Text.Contains('=') && MarkLegend.Parse(header.Cell.Text, context.ResultWords) is { } legend)
            {
                return legend;
            }
        }

        return null;
    }

    /// <summary>A legend anywhere on the page ("Legend: ✓ = Successful, ✗ = Unsuccessful"); looked for only when a mark needs it.</summary>
    private MarkLegend PageLegend(FormPage page)
    {
        foreach (var row in page.Rows)
        {
            if (!row.Text.Contains('='))
            {
                continue;
            }

            foreach (var cell in row.Cells)
            {
                if (cell.Cell.Text.Contains('=') && MarkLegend.Parse(cell.Cell.Text, context.ResultWords) is { } legend)
                {
                    return legend;
                }
            }
        }

        return MarkLegend.None;
    }

    /// <summary>Letters beyond the words that join a list of services ("and", "&amp;").</summary>
    private static bool HasWords(string text) =>
        text.Split([' ', '&', '/', '+'], StringSplitOptions.RemoveEmptyEntries).Any(w => w.Any(char.IsLetterOrDigit) && !w.Equals("and", StringComparison.OrdinalIgnoreCase) && w != "及" && w != "和");

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

/// <summary>
/// What a form says its marks mean ("✓ = pass / ✗ = fail"): a tick and a cross told apart only where the
/// form defines them. Without a legend a ✗ is a tick, as forms.md counts x and X.
/// </summary>
internal sealed partial class MarkLegend
{
    public static readonly MarkLegend None = new(null, null);

    private readonly string? _tick;
    private readonly string? _cross;

    private MarkLegend(string? tick, string? cross) => (_tick, _cross) = (tick, cross);

    /// <summary>"tick" for ✓ ✔ √ ☑, "cross" for ✗ ✘ x X; null for any other text.</summary>
    public static string? ClassOf(string raw) => raw.Trim() switch
    {
        "✓" or "✔" or "√" or "☑" => "tick",
        "✗" or "✘" or "x" or "X" => "cross",
        _ => null,
    };

    public string? Meaning(string glyphClass) => glyphClass == "tick" ? _tick : _cross;

    public static MarkLegend? Parse(string raw, PhraseMatcher resultWords)
    {
        string? tick = null, cross = null;
        foreach (System.Text.RegularExpressions.Match match in Definition().Matches(raw))
        {
            var meant = resultWords.Single(match.Groups[2].Value);
            switch (ClassOf(match.Groups[1].Value))
            {
                case "tick":
                    tick ??= meant;
                    break;
                case "cross":
                    cross ??= meant;
                    break;
            }
        }

        return tick is null && cross is null ? null : new MarkLegend(tick, cross);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"([✓✔√☑✗✘xX])\s*[=＝]\s*([^/,;()（）=✓✔√☑✗✘]+)")]
    private static partial System.Text.RegularExpressions.Regex Definition();
}
