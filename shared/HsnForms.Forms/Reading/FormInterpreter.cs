using System.Globalization;
using System.Text.RegularExpressions;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Values;
using HsnForms.Forms.Reading.Layout;
using HsnForms.Forms.Reading.Layout.Excel;
using HsnForms.Forms.Reading.Text;
using HsnForms.Forms.Reading.Labels;
using HsnForms.Forms.Reading.Page;

namespace HsnForms.Forms.Reading;

internal sealed record Interpretation(string? Form, FormFields Fields, List<FormProblem> Problems);

/// <summary>
/// Turns a <see cref="DocumentLayout"/> into a form's canonical fields: which form it is (by its title
/// and labels), where each field's value stands (named control, label with the value inline, to its
/// right or below it), and what the tick boxes say.
/// </summary>
internal sealed partial class FormInterpreter
{
    private readonly ReadingContext _context;
    private readonly Dictionary<string, string[]> _titles;

    // Fields every form asks for (who the subscriber is): they tell forms apart by nothing.
    private readonly HashSet<string> _inEveryForm;

    public FormInterpreter(FormCatalog catalog, Circular circular)
    {
        _context = new ReadingContext(catalog, circular);
        var fields = catalog.Forms.SelectMany(f => f.Fields).DistinctBy(f => f.Key).ToList();
        _titles = catalog.Forms.ToDictionary(
            f => f.Form,
            f => f.Recognise.Append(f.Title).Append(f.TitleZh ?? "").Where(t => t.Length > 0).Select(t => TextRules.Fold(t).ToLowerInvariant()).ToArray());
        _inEveryForm = [.. fields.Where(f => catalog.Forms.All(o => o.Field(f.Key) is not null)).Select(f => f.Key)];
    }

    internal ReadingContext Context => _context;

    private ReadingWords Words => _context.Words;

    public Interpretation Interpret(DocumentLayout layout)
    {
        var page = new FormPage(layout, _context);
        var form = Recognise(page);
        if (form is null)
        {
            return new Interpretation(null, FormFields.Empty, [new FormProblem(null, ProblemCodes.NotAForm,
                "The document was read but it is none of the known forms (no form title or field labels were found).")]);
        }

        var fields = new List<FormField>();
        var problems = new List<FormProblem>();
        foreach (var field in form.Fields)
        {
            var value = field.Type switch
            {
                FieldType.YesNo => ReadYesNo(page, field, problems),
                FieldType.ServiceSet => ReadServices(page, field),
                FieldType.ServiceResults => ReadResults(page, field, problems),
                _ => ReadScalar(page, field, problems),
            };
            if (value is not null)
            {
                fields.Add(new(field.Key, value));
            }
        }

        var read = new FormFields(fields);
        Validate(form, read, problems);
        return new Interpretation(form.Form, read, problems);
    }

    // ---------------------------------------------------------------- recognising the form

    private FormDefinition? Recognise(FormPage page)
    {
        var text = page.AllText;
        var found = page.FieldsFound();
        var best = (Form: (FormDefinition?)null, Score: int.MinValue);
        foreach (var form in _context.Catalog.Forms)
        {
            var title = -1;
            foreach (var phrase in _titles[form.Form])
            {
                var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
                title = at >= 0 && (title < 0 || at < title) ? at : title;
            }

            var labelled = form.Fields.Count(f => found.Contains(f.Key) && !_inEveryForm.Contains(f.Key));
            var shared = form.Fields.Count(f => found.Contains(f.Key));
            var who = found.Contains("subscriber_id") || found.Contains("subscriber_name");
            var own = labelled
                + (form.Fields.Any(f => f.Type == FieldType.ServiceResults) && page.HasResultRows ? 1 : 0)
                + (form.Fields.Any(f => f.Type == FieldType.YesNo && _context.Choices(f).Find(text).Count > 0) ? 1 : 0);

            // A title alone (a circular or a covering letter that names the form), labels alone (a
            // letter's signature block) or a list of many subscribers are not a form: a form asks who
            // the subscriber is, or asks its own questions.
            var recognised = !page.IsList
                && (title >= 0 ? shared >= 2 && (who || labelled >= 1) : shared >= 3 && who && own >= 1);
            if (!recognised)
            {
                continue;
            }

            var score = (title >= 0 ? 1000 : 0) + own * 100 + shared * 10 - Math.Min(9, title < 0 ? 9 : title / 1000);
            if (score > best.Score)
            {
                best = (form, score);
            }
        }

        return best.Form;
    }

    // ---------------------------------------------------------------- scalar fields

    private FieldValue? ReadScalar(FormPage page, FieldDefinition field, List<FormProblem> problems)
    {
        var candidates = new List<(Answer Answer, FieldSource Source)>();
        foreach (var view in page.Controls)
        {
            if (view.ByName == field || view.ByName is null && view.Choice.Field is null && view.AliasField == field)
            {
                var control = view.Control;
                candidates.Add((new Answer(control.Text, control.Date, control.Number), control.IsDefinedName ? FieldSource.DefinedName : FieldSource.Control));
            }
        }

        var named = candidates.Where(c => !c.Answer.IsBlankIn(Words)).ToList();
        var (answer, source) = named.Count > 0
            ? field.PreferLast ? named[^1] : named[0]
            : (PickLabelled(page.Labelled(field), field), FieldSource.Label);
        if (answer is null || answer.IsBlankIn(Words))
        {
            return null;
        }

        return Normalise(field, answer, problems) is { } value ? value with { Source = source } : null;
    }

    private Answer? PickLabelled(List<Answer> answers, FieldDefinition field)
    {
        if (answers.Count == 0)
        {
            return null;
        }

        if (field.PreferLast)
        {
            return answers[^1];
        }

        return answers.FirstOrDefault(a => !a.IsBlankIn(Words)) ?? answers[0];
    }

    private static FieldValue? Normalise(FieldDefinition field, Answer answer, List<FormProblem> problems)
    {
        if (field.Type == FieldType.Text)
        {
            // A name or a remark is kept as written, full-width punctuation included.
            return new TextValue(TextRules.CleanAnswer(answer.Text, compatibility: false));
        }

        var text = TextRules.CleanAnswer(answer.Text);
        switch (field.Type)
        {
            case FieldType.SubscriberId:
                var id = TextRules.Fold(text).ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
                if (!SubscriberIdPattern().IsMatch(id))
                {
                    problems.Add(new FormProblem(field.Key, ProblemCodes.Invalid, $"The HSN subscriber ID \"{text}\" is not HSN followed by four digits (e.g. HSN0427)."));
                    return null;
                }

                return new TextValue(id);
            case FieldType.Email:
                var email = text.Replace("mailto:", "", StringComparison.OrdinalIgnoreCase).Trim('<', '>', ' ', ';', ',');
                var first = email.Split([';', ',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(e => EmailPattern().IsMatch(e));
                if (first is null)
                {
                    problems.Add(new FormProblem(field.Key, ProblemCodes.Invalid, $"\"{text}\" is not an e-mail address."));
                    return null;
                }

                return new TextValue(first);
            case FieldType.Phone:
                var digits = text.Count(char.IsAsciiDigit);
                if (digits < 8 || digits > 20 || !PhonePattern().IsMatch(text))
                {
                    problems.Add(new FormProblem(field.Key, ProblemCodes.Invalid, $"\"{text}\" is not a telephone number."));
                    return null;
                }

                return new TextValue(text);
            case FieldType.Date:
                var date = answer.Date ?? (answer.Number is { } serial && DateRules.Parse(text) is null ? ExcelDates.FromSerial(serial, false) : null) ?? DateRules.Parse(text);
                if (date is null)
                {
                    problems.Add(new FormProblem(field.Key, ProblemCodes.Invalid, $"\"{text}\" is not a date (write it as 24/11/2023)."));
                    return null;
                }

                return new DateValue(date.Value);
            default:
                return new TextValue(text);
        }
    }

    [GeneratedRegex(@"^HSN\d{4}$")]
    private static partial Regex SubscriberIdPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[\d\s+\-().,/]+(?:(?:ext|ext\.|x|#)\s*\d{1,6})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PhonePattern();

    // ---------------------------------------------------------------- participation

    // Which evidence each tier of a yes/no answer is: a control, a tick against a printed choice, the answer beside a label, a typed statement.
    private static readonly FieldSource[] s_yesNoTiers = [FieldSource.Control, FieldSource.Phrase, FieldSource.Label, FieldSource.Phrase];

    private FieldValue? ReadYesNo(FormPage page, FieldDefinition field, List<FormProblem> problems)
    {
        var choices = _context.Choices(field);
        var tiers = Enumerable.Range(0, 4).Select(_ => new List<bool>()).ToList();

        foreach (var view in page.Controls)
        {
            var control = view.Control;
            if (view.Choice is { Field: var choiceField, Value: { } choice } && choiceField == field && control.IsCheckbox)
            {
                if (control.Checked == true && Words.YesNo.Single(choice) is { } picked)
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
                tiers[0].Add(said is "false" || Words.YesNo.Single(name.Replace('_', ' ')) is "false" ? false : true);
            }
            else if (!control.IsCheckbox && named && ParseYesNo(control.Text, choices) is { } value)
            {
                tiers[0].Add(value);
            }
        }

        foreach (var row in page.Rows)
        {
            foreach (var segment in row.Segments.Where(s => s.Mark == Mark.Checked))
            {
                // A label that prints both choices ("We will / will not participate") is not one of them.
                if (!Words.IsPrintedAlternatives(segment.Text) && choices.Single(segment.Text) is { } chosen)
                {
                    tiers[1].Add(chosen == "true");
                }
            }

            if (!row.HasMarks && row.Text.Length < 200 && !Words.IsPrintedAlternatives(row.Text) && choices.Single(row.Text) is { } stated)
            {
                // "We will participate" typed, or the other choice struck out.
                var lower = TextRules.Lower(row.Text);
                if (row.HadStrike || Words.IsStatement(lower))
                {
                    tiers[3].Add(stated == "true");
                }
            }
        }

        foreach (var answer in page.Labelled(field))
        {
            if (answer.Cell is { Lone: not Mark.None } lone)
            {
                tiers[2].Add(lone.Lone == Mark.Checked);
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
            }
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
                problems.Add(new FormProblem(field.Key, ProblemCodes.Invalid, "Both \"will participate\" and \"will not participate\" are marked."));
                return null;
            }

            return new YesNoValue(tier[0]) { Source = s_yesNoTiers[t] };
        }

        return null;
    }

    /// <summary>
    /// A tick before several unboxed options ("☒ 是 Yes    否 No", the 是 circled) marks the one it
    /// stands against, the first after it.
    /// </summary>
    private bool? NearestAfterTick(Segment segment, PhraseMatcher choices)
    {
        var folded = TextRules.CleanAnswer(segment.Text);
        if (!segment.MarkLeads || folded.Length == 0 || Words.IsPrintedAlternatives(folded))
        {
            return null;
        }

        var value = choices.Find(folded).FirstOrDefault() ?? Words.YesNo.Find(folded).FirstOrDefault();
        return value is null ? null : value == "true";
    }

    private bool? ParseYesNo(string text, PhraseMatcher choices)
    {
        var folded = TextRules.CleanAnswer(text);
        if (folded.Length == 0 || Words.IsPrintedAlternatives(folded))
        {
            return null;
        }

        if (folded is "☒")
        {
            return true;
        }

        var value = choices.Single(folded) ?? Words.YesNo.Single(folded);
        return value is null ? null : value == "true";
    }

    // ---------------------------------------------------------------- services

    private FieldValue? ReadServices(FormPage page, FieldDefinition field)
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal);
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
                Choose([codes[0].Code], ControlSource(control));
            }
            else if (view.NameField == field && !control.IsCheckbox)
            {
                Choose(CodesIn(control.Text), ControlSource(control));
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
                    if (page.Heading(row, cell, text => _context.Services.Find(text) is [var only] ? only.Code : null) is { } code)
                    {
                        Choose([code], FieldSource.Inferred);
                    }
                }
            }
            else if (codes.Count == 1)
            {
                var code = codes[0].Code;
                var unticked = row.Segments.Any(s => s.Mark == Mark.Unchecked && _context.Services.Find(s.Text).Count > 0);
                var ticked = row.Segments.Any(s => s.Mark == Mark.Checked) || row.Cells.Any(c => c.Lone == Mark.Checked);
                if (ticked && !unticked)
                {
                    Choose([code], FieldSource.Label);
                }
            }
            else if (codes.Count > 1)
            {
                foreach (var segment in row.Segments.Where(s => s.Mark == Mark.Checked))
                {
                    Choose(_context.Services.Find(segment.Text).Select(c => c.Code), FieldSource.Label);
                }
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
            foreach (var row in page.RowsUnder(field, _context.Circular.Services.Count))
            {
                if (page.KindOf(row) != GridKind.Flow || row.HasMarks || page.ServicesIn(row).Select(s => s.Code).Distinct().ToList() is not [var only])
                {
                    break;
                }

                typed.Add(only);
            }

            if (typed.Count < _context.Circular.Services.Count)
            {
                Choose(typed, FieldSource.Inferred);
            }
        }

        return chosen.Count == 0 ? null : new ServiceSetValue([.. _context.Services.InCircularOrder(chosen)]) { Source = source };
    }

    private IEnumerable<string> CodesIn(string text)
    {
        var folded = TextRules.Fold(text);
        if (Words.MeansAllServices(folded))
        {
            return _context.Circular.Services;
        }

        return _context.Services.Find(folded).Select(c => c.Code);
    }

    // A control holds one value, so a 1 or a lower-case true there is a tick too; in a table cell a 1 is
    // as likely a row number.
    private static FieldSource ControlSource(LayoutControl control) => control.IsDefinedName ? FieldSource.DefinedName : FieldSource.Control;

    private bool IsTick(string text) => CellView.MarkOf(text, Words) == Mark.Checked || TextRules.Fold(text) is "1" or "true";

    // ---------------------------------------------------------------- results

    private FieldValue? ReadResults(FormPage page, FieldDefinition field, List<FormProblem> problems)
    {
        var results = new Dictionary<string, string>(StringComparer.Ordinal);
        var conflicts = new HashSet<string>(StringComparer.Ordinal);
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
                if (control.Checked == true && _context.ResultWords.Single(_context.Services.Without(name).Replace('_', ' ')) is { } ticked)
                {
                    Set(codes[0].Code, ticked, ControlSource(control));
                }
            }
            else if (_context.ResultWords.Single(control.Text) is { } written)
            {
                Set(codes[0].Code, written, ControlSource(control));
            }
        }

        foreach (var row in page.Rows)
        {
            var codes = page.ServicesIn(row);
            if (row.LabelledAs is { } other && other != field)
            {
                continue;
            }

            if (codes.Count == 0 && page.KindOf(row) != GridKind.Flow)
            {
                // Services across a heading row, their results in the rows beneath: a word under each
                // code, or a tick under it in a row named by a result word.
                var rowWord = row.Cells.Count > 0 && row.Cells[0].Text.Length <= 25 ? _context.ResultWords.Single(row.Cells[0].Text) : null;
                foreach (var cell in row.Cells)
                {
                    var word = cell.Lone == Mark.Checked ? rowWord : cell.Text.Length <= 25 ? _context.ResultWords.Single(cell.Text) : null;
                    if (word is not null && page.Heading(row, cell, text => _context.Services.Find(text) is [var only] ? only.Code : null) is { } under)
                    {
                        Set(under, word, FieldSource.Inferred);
                    }
                }

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
                if (page.Heading(row, cell, _context.ResultWords.Single) is { } header)
                {
                    found.Add(header);
                }
            }

            if (found.Count == 0)
            {
                foreach (var segment in row.Segments.Where(s => s.Mark == Mark.Checked))
                {
                    found.AddRange(_context.ResultWords.Find(_context.Services.Without(segment.Text)));
                }
            }

            if (found.Count == 0 && !row.HasMarks)
            {
                found.AddRange(_context.ResultWords.Find(_context.Services.Without(row.Text)));
                by = FieldSource.Phrase;
            }

            if (found.Count == 0 && !row.HasMarks && page.Below(row) is { LabelledAs: null, HasMarks: false, Text.Length: <= 40 } below
                && page.ServicesIn(below).Count == 0 && _context.ResultWords.Single(below.Text) is { } underneath)
            {
                // The code on one line and its result on the next, as a definition list or plain paragraphs lay it out.
                found.Add(underneath);
                by = FieldSource.Inferred;
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

        foreach (var answer in page.Labelled(field))
        {
            foreach (var part in answer.Text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (_context.Services.Find(part) is [var only] && _context.ResultWords.Single(_context.Services.Without(part)) is { } result)
                {
                    Set(only.Code, result, FieldSource.Label);
                }
            }
        }

        foreach (var code in _context.Services.InCircularOrder(conflicts))
        {
            results.Remove(code);
            problems.Add(new FormProblem(field.Key, ProblemCodes.Invalid, $"More than one result is marked for {code}."));
        }

        if (results.Count == 0)
        {
            return null;
        }

        return new ServiceResultsValue(_context.Services.InCircularOrder(results.Keys).ToDictionary(code => code, code => results[code], StringComparer.Ordinal)) { Source = source };
    }

    // ---------------------------------------------------------------- validation

    private static void Validate(FormDefinition form, FormFields fields, List<FormProblem> problems)
    {
        foreach (var field in form.Fields)
        {
            var required = field.Required && (field.RequiredWhen is null || fields.YesNo(field.RequiredWhen) is true);
            if (!required || fields.Contains(field.Key) || problems.Exists(p => p.Field == field.Key))
            {
                continue;
            }

            problems.Add(new FormProblem(field.Key, ProblemCodes.Missing, field.Type switch
            {
                FieldType.ServiceSet => $"No service is ticked under \"{field.Label}\", though the form says the subscriber will participate.",
                FieldType.ServiceResults => "No service has a result (Successful, Unsuccessful or Not tested).",
                FieldType.YesNo => $"Neither choice is marked for \"{field.Label}\".",
                _ => $"\"{field.Label}\" is not filled in.",
            }));
        }
    }

    internal static bool IsRequiredProblem(FormDefinition form, FormProblem problem, FormFields fields)
    {
        if (problem.Field is null || form.Field(problem.Field) is not { } field || !field.Required)
        {
            return false;
        }

        return field.RequiredWhen is null || fields.YesNo(field.RequiredWhen) is true;
    }

    internal static string Invariant(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
