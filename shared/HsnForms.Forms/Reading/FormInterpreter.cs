using System.Globalization;
using System.Text.RegularExpressions;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Values;

namespace HsnForms.Forms.Reading;

internal sealed record Interpretation(string? Form, FormFields Fields, List<FormProblem> Problems);

/// <summary>
/// Turns a <see cref="DocumentLayout"/> into a form's canonical fields: which form it is (by its title
/// and labels), where each field's value stands (named control, label with the value inline, to its
/// right or below it), and what the tick boxes say.
/// </summary>
internal sealed partial class FormInterpreter
{
    private readonly FormCatalog _catalog;
    private readonly Circular _circular;
    private readonly ServiceMatcher _services;
    private readonly PhraseMatcher _resultWords;
    private readonly PhraseMatcher _yesNo;
    private readonly Dictionary<string, PhraseMatcher> _choices = [];
    private readonly Dictionary<string, FieldDefinition> _english = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldDefinition> _chinese = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldDefinition> _compact = new(StringComparer.Ordinal);
    private readonly List<FieldDefinition> _fields;
    private readonly HashSet<string> _labelVocabulary;

    // Looked up by span: a cell's text is cut into words and keys without a string for each.
    private readonly Dictionary<string, FieldDefinition>.AlternateLookup<ReadOnlySpan<char>> _englishBySpan;
    private readonly Dictionary<string, FieldDefinition>.AlternateLookup<ReadOnlySpan<char>> _chineseBySpan;
    private readonly Dictionary<string, FieldDefinition>.AlternateLookup<ReadOnlySpan<char>> _compactBySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _vocabularyBySpan;
    private readonly Dictionary<string, string[]> _titles;

    // Fields every form asks for (who the subscriber is): they tell forms apart by nothing.
    private readonly HashSet<string> _inEveryForm;

    public FormInterpreter(FormCatalog catalog, Circular circular)
    {
        _catalog = catalog;
        _circular = circular;
        _services = new ServiceMatcher(circular.Services, catalog);
        _resultWords = new PhraseMatcher(catalog.ResultWords.SelectMany(p => p.Value.Select(w => (w, p.Key))));
        _yesNo = new PhraseMatcher(
            new[] { "yes", "y", "true", "will", "agree", "是", "會" }.Select(w => (w, "true"))
                .Concat(new[] { "no", "n", "false", "will not", "won't", "not", "否", "不會" }.Select(w => (w, "false"))));

        _fields = [.. catalog.Forms.SelectMany(f => f.Fields).DistinctBy(f => f.Key)];
        _titles = catalog.Forms.ToDictionary(
            f => f.Form,
            f => f.Recognise.Append(f.Title).Append(f.TitleZh ?? "").Where(t => t.Length > 0).Select(t => TextRules.Fold(t).ToLowerInvariant()).ToArray());
        _inEveryForm = [.. _fields.Where(f => catalog.Forms.All(o => o.Field(f.Key) is not null)).Select(f => f.Key)];
        _labelVocabulary = new HashSet<string>(StringComparer.Ordinal);
        _labelVocabulary.UnionWith(_fields
            .SelectMany(f => f.Labels.Append(f.Label).Select(l => TextRules.LabelKey(l).English).Concat(f.Keywords.SelectMany(g => g)))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Concat(["of", "the", "a", "an", "to", "be", "in", "and", "or", "for", "by", "your", "our", "if", "any", "person", "name", "address", "hsn", "ps2", "please", "state", "details"]));
        foreach (var field in catalog.Forms.SelectMany(f => f.Fields))
        {
            foreach (var label in field.Labels.Append(field.Label).Append(field.LabelZh ?? ""))
            {
                var (en, zh) = TextRules.LabelKey(label);
                if (en.Length > 0)
                {
                    _english.TryAdd(en, field);
                }
                else if (zh.Length > 0)
                {
                    _chinese.TryAdd(zh, field);
                }

                if (TextRules.Compact(label) is { Length: > 0 } compact)
                {
                    _compact.TryAdd(compact, field);
                }
            }

            _compact.TryAdd(TextRules.Compact(field.Key), field);
            if (field.Type == FieldType.YesNo)
            {
                _choices[field.Key] = new PhraseMatcher(
                    field.ChoicesFalse.Select(c => (c, "false")).Concat(field.ChoicesTrue.Select(c => (c, "true"))));
            }
        }

        _englishBySpan = _english.GetAlternateLookup<ReadOnlySpan<char>>();
        _chineseBySpan = _chinese.GetAlternateLookup<ReadOnlySpan<char>>();
        _compactBySpan = _compact.GetAlternateLookup<ReadOnlySpan<char>>();
        _vocabularyBySpan = _labelVocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Interpretation Interpret(DocumentLayout layout)
    {
        var page = new Page(layout, this);
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

    private FormDefinition? Recognise(Page page)
    {
        var text = page.AllText;
        var found = page.FieldsFound();
        var best = (Form: (FormDefinition?)null, Score: int.MinValue);
        foreach (var form in _catalog.Forms)
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
            var own = labelled + (form.Form == "result" && page.HasResultRows ? 1 : 0) + (form.Form == "intention" && page.HasChoice ? 1 : 0);

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

    // ---------------------------------------------------------------- labels

    /// <summary>Which field a printed label names, or null: both languages must agree where both are given.</summary>
    internal FieldDefinition? FieldForLabel(string label) => FieldForLabel(label.AsSpan());

    private FieldDefinition? FieldForLabel(ReadOnlySpan<char> label)
    {
        if (label.Length > 90)
        {
            return null;
        }

        if (label.Contains('/') && PrintedChoice().IsMatch(label))
        {
            // "We will / will not participate": the label of a choice names it by its first option.
            return ByWords(PrintedChoice().Replace(label.ToString(), "$1$2"));
        }

        return ByWords(label);
    }

    /// <summary>A printed either-or in a label: "will / will not", "參與 / 不參與".</summary>
    [GeneratedRegex(@"\b(will|shall|would|do)\s*/\s*\1\s*not\b|(\p{IsCJKUnifiedIdeographs}{1,4})\s*/\s*不會?\2", RegexOptions.IgnoreCase)]
    private static partial Regex PrintedChoice();

    private FieldDefinition? ByWords(ReadOnlySpan<char> label)
    {
        Span<char> english = stackalloc char[label.Length];
        Span<char> chinese = stackalloc char[label.Length];
        var (range, zh) = TextRules.LabelKey(label, english, chinese);
        var en = english[range];
        if (en.Length > 0)
        {
            return _englishBySpan.TryGetValue(en, out var field) ? field : Loosely(en) ?? ByKeywords(label, en);
        }

        if (zh > 0)
        {
            var key = chinese[..zh];
            return _chineseBySpan.TryGetValue(key, out var byChinese) ? byChinese : _englishBySpan.TryGetValue(key, out var byKey) ? byKey : null;
        }

        return null;
    }

    /// <summary>Where each word of a label key starts and ends: the key is lower-case words separated by one space.</summary>
    private static int Words(ReadOnlySpan<char> key, Span<int> starts, Span<int> ends)
    {
        var count = 0;
        var start = 0;
        for (var i = 0; i <= key.Length; i++)
        {
            if (i == key.Length || key[i] == ' ')
            {
                if (count == starts.Length)
                {
                    return count + 1;
                }

                starts[count] = start;
                ends[count++] = i;
                start = i + 1;
            }
        }

        return count;
    }

    /// <summary>
    /// A label with words around a known one ("Participation in PS2 using HSN", "Please state Company
    /// Name"): up to two words dropped before and three after, leaving a known label of two words or more.
    /// </summary>
    private FieldDefinition? Loosely(ReadOnlySpan<char> english)
    {
        Span<int> starts = stackalloc int[12];
        Span<int> ends = stackalloc int[12];
        var count = Words(english, starts, ends);
        if (count < 3 || count > 12)
        {
            return null;
        }

        // Only filler may go before a label: "No issue encountered" is an answer, not the label "Issue Encountered".
        var fillers = 0;
        while (fillers < 2 && fillers < count && s_leadingFiller.Contains(english[starts[fillers]..ends[fillers]]))
        {
            fillers++;
        }

        for (var length = count - 1; length >= 2; length--)
        {
            for (var start = 0; start <= fillers && start + length <= count; start++)
            {
                if (count - start - length > 4)
                {
                    continue;
                }

                // The words of a key are one space apart, so a run of them is one slice of it.
                if (_englishBySpan.TryGetValue(english[starts[start]..ends[start + length - 1]], out var field))
                {
                    return field;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The last resort for a label: the one field whose keywords it carries ("Name of HSN Subscriber",
    /// "Remarks / Issues"). Only for short, label-like text: a sentence or an answer is not a label.
    /// </summary>
    private FieldDefinition? ByKeywords(ReadOnlySpan<char> raw, ReadOnlySpan<char> english)
    {
        Span<int> starts = stackalloc int[7];
        Span<int> ends = stackalloc int[7];
        var count = Words(english, starts, ends);
        if (count > 7 || raw.TrimEnd().EndsWith('.'))
        {
            return null;
        }

        var first = english[starts[0]..ends[0]];
        if (first is "no" or "not" or "none" or "nil" || first is "yes" or "we" or "our" or "please" && count > 3)
        {
            return null;
        }

        for (var w = 0; w < count; w++)
        {
            var word = english[starts[w]..ends[w]];

            // Every word must be one that labels are made of: "Tai Koo Investment Services Ltd" names a
            // company, not the services field; a number is an answer.
            if (word.Length > 1 && !word.ContainsAnyExcept(s_asciiDigits) || !_vocabularyBySpan.Contains(word))
            {
                return null;
            }
        }

        FieldDefinition? found = null;
        foreach (var field in _fields)
        {
            if (field.Keywords.Count > 0 && HasEveryGroup(field.Keywords, english, starts[..count], ends[..count]) && !HasAny(field.ExcludeWords, english, starts[..count], ends[..count]))
            {
                if (found is not null && found != field)
                {
                    return null;
                }

                found = field;
            }
        }

        return found;
    }

    private static bool HasEveryGroup(IReadOnlyList<IReadOnlyList<string>> groups, ReadOnlySpan<char> key, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        foreach (var group in groups)
        {
            if (!HasAny(group, key, starts, ends))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasAny(IReadOnlyList<string> words, ReadOnlySpan<char> key, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        foreach (var word in words)
        {
            for (var w = 0; w < starts.Length; w++)
            {
                if (key[starts[w]..ends[w]].SequenceEqual(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> s_asciiDigits = System.Buffers.SearchValues.Create("0123456789");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_leadingFiller =
        new HashSet<string>(["please", "kindly", "state", "enter", "provide", "insert", "fill", "your", "the", "our"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    internal FieldDefinition? FieldForName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return ByCompactName(name) ?? NamedChoice(name).Field;
    }

    /// <summary>The field whose key or label a control name spells, letters and digits only ("txtSubscriberID" is not one; "Subscriber_ID" is).</summary>
    internal FieldDefinition? ByCompactName(ReadOnlySpan<char> name)
    {
        Span<char> compact = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return _compactBySpan.TryGetValue(compact[..TextRules.Compact(name, compact)], out var field) ? field : null;
    }

    /// <summary>A control named "key:value" or "key.value" (our templates' convention, e.g. participate:true, services.OTP_C).</summary>
    internal (FieldDefinition? Field, string? Value) NamedChoice(string? name)
    {
        var split = name?.IndexOfAny([':', '.']) ?? -1;
        if (split <= 0 || split == name!.Length - 1)
        {
            return (null, null);
        }

        return ByCompactName(name.AsSpan(0, split)) is { } field ? (field, name[(split + 1)..]) : (null, null);
    }

    /// <summary>
    /// Every "label: value" pair in a cell or paragraph. A cell may hold several, split by tabs, line
    /// breaks or wide gaps ("Contact Person: Chan Tai Man    Tel: 2211 6080"). Null when the cell is no label.
    /// </summary>
    internal List<LabelHit>? ScanLabels(string raw)
    {
        if (raw.Length == 0 || raw.Length > 2000)
        {
            return null;
        }

        List<LabelHit>? hits = null;
        var from = 0;
        var afterTab = false;
        foreach (var separator in ChunkSplit().EnumerateMatches(raw))
        {
            if (!ScanChunk(raw.AsSpan(from, separator.Index - from), afterTab, ref hits))
            {
                return hits;
            }

            from = separator.Index + separator.Length;
            afterTab = raw[separator.Index] == '\t';
        }

        ScanChunk(raw.AsSpan(from), afterTab, ref hits);
        return hits;
    }

    /// <summary>One chunk of a cell: a label (with its inline answer), or more of the previous label's answer. False when the cell is no label cell.</summary>
    private bool ScanChunk(ReadOnlySpan<char> chunk, bool afterTab, ref List<LabelHit>? hits)
    {
        if (chunk.IsWhiteSpace())
        {
            return true;
        }

        var colon = chunk.IndexOfAny(':', '：');
        var answerStart = colon + 1;
        FieldDefinition? field = null;
        if (colon < 0 && (SpacedDash(chunk) ?? DotLeader(chunk)) is var (dashStart, dashEnd) && dashStart > 0 && FieldForLabel(chunk[..dashStart]) is { } dashed)
        {
            // "HSN Subscriber ID - HSN3140", "Contact Person ........ Szeto Wing Yan": a dash with a
            // space each side, or typed dots to write on, stand for the colon.
            (field, colon, answerStart) = (dashed, dashStart, dashEnd);
        }

        if (field is null && colon < 0 && chunk.IndexOf("  ", StringComparison.Ordinal) is var gap and > 0)
        {
            // "Contact Person  Kwok Wing Yan": two spaces stand for the colon when what follows is an
            // answer, not more label words ("Subscriber  Name" is one label typed loosely).
            var after = chunk[gap..].TrimStart(' ');
            if (!IsLabelWords(after) && FieldForLabel(chunk[..gap]) is { } spaced)
            {
                (field, colon, answerStart) = (spaced, gap, chunk.Length - after.Length);
            }
        }

        field ??= FieldForLabel(colon >= 0 ? chunk[..colon] : chunk);
        if (field is null && colon > 0 && SpacedDash(chunk[..colon]) is var (innerStart, innerEnd))
        {
            // "參與 Participation – We will participate in PS2 using HSN: ☒ Yes": a label and its printed
            // sentence joined by a dash; either names the field.
            field = FieldForLabel(chunk[..innerStart]) ?? FieldForLabel(chunk[innerEnd..colon]);
        }

        if (field is not null)
        {
            var inline = colon >= 0 ? chunk[answerStart..].ToString() : "";
            hits ??= [];
            if (hits.Count > 0 && hits[^1].Field == field && TextRules.IsBlankAnswer(hits[^1].Inline))
            {
                hits.RemoveAt(hits.Count - 1);
            }

            hits.Add(new LabelHit(field, inline, colon >= 0));
            return true;
        }

        if (hits is { Count: > 0 })
        {
            // After a tab beside an answer already given stands another column (a footer's "Page 1 of 1"), not more of it.
            if (!afterTab || TextRules.IsBlankAnswer(hits[^1].Inline))
            {
                hits[^1] = hits[^1] with { Inline = string.Concat(hits[^1].Inline, " ", chunk) };
            }

            return true;
        }

        // A cell that starts with something other than a label is not a label cell.
        return false;
    }

    [GeneratedRegex(@"\t+|\r?\n+| {3,}|_{3,}")]
    private static partial Regex ChunkSplit();

    /// <summary>Whether every word is one that labels are made of (no answer could be).</summary>
    private bool IsLabelWords(ReadOnlySpan<char> text)
    {
        if (text.Length > 256)
        {
            return false;
        }

        Span<char> english = stackalloc char[text.Length];
        Span<char> chinese = stackalloc char[text.Length];

        var (range, zh) = TextRules.LabelKey(text, english, chinese);
        var key = english[range];
        if (key.Length == 0)
        {
            return zh > 0 && _chineseBySpan.ContainsKey(chinese[..zh]);
        }

        foreach (var word in key.Split(' '))
        {
            if (!_vocabularyBySpan.Contains(key[word]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Three or more dots (or an ellipsis) typed between a label and its answer, with the spaces around them.</summary>
    private static (int Start, int End)? DotLeader(ReadOnlySpan<char> chunk)
    {
        var start = chunk.IndexOf("...", StringComparison.Ordinal);
        var ellipsis = chunk.IndexOf('…');
        if (start < 0 || ellipsis >= 0 && ellipsis < start)
        {
            start = ellipsis;
        }

        if (start <= 0)
        {
            return null;
        }

        var end = start;
        while (end < chunk.Length && chunk[end] is '.' or '…' or ' ' or '\t')
        {
            end++;
        }

        var labelEnd = start;
        while (labelEnd > 0 && chunk[labelEnd - 1] == ' ')
        {
            labelEnd--;
        }

        return labelEnd > 0 ? (labelEnd, end) : null;
    }

    private static (int Start, int End)? SpacedDash(ReadOnlySpan<char> chunk)
    {
        for (var i = 1; i + 1 < chunk.Length; i++)
        {
            if (chunk[i] is '-' or '–' or '—' && chunk[i - 1] == ' ' && chunk[i + 1] == ' ')
            {
                return (i - 1, i + 2);
            }
        }

        return null;
    }

    // ---------------------------------------------------------------- scalar fields

    private FieldValue? ReadScalar(Page page, FieldDefinition field, List<FormProblem> problems)
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

        var named = candidates.Where(c => !c.Answer.IsBlank).ToList();
        var (answer, source) = named.Count > 0
            ? field.PreferLast ? named[^1] : named[0]
            : (PickLabelled(page.Labelled(field), field), FieldSource.Label);
        if (answer is null || answer.IsBlank)
        {
            return null;
        }

        return Normalise(field, answer, problems) is { } value ? value with { Source = source } : null;
    }

    private static Answer? PickLabelled(List<Answer> answers, FieldDefinition field)
    {
        if (answers.Count == 0)
        {
            return null;
        }

        if (field.PreferLast)
        {
            return answers[^1];
        }

        return answers.FirstOrDefault(a => !a.IsBlank) ?? answers[0];
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
                var date = answer.Date ?? (answer.Number is { } serial && DateRules.Parse(text) is null ? ExcelLayoutReader.FromSerial(serial, false) : null) ?? DateRules.Parse(text);
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

    private FieldValue? ReadYesNo(Page page, FieldDefinition field, List<FormProblem> problems)
    {
        var choices = _choices[field.Key];
        var tiers = Enumerable.Range(0, 4).Select(_ => new List<bool>()).ToList();

        foreach (var view in page.Controls)
        {
            var control = view.Control;
            if (view.Choice is { Field: var choiceField, Value: { } choice } && choiceField == field && control.IsCheckbox)
            {
                if (control.Checked == true && _yesNo.Single(choice) is { } picked)
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
                tiers[0].Add(said is "false" || _yesNo.Single(name.Replace('_', ' ')) is "false" ? false : true);
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
                if (!Alternatives().IsMatch(segment.Text) && choices.Single(segment.Text) is { } chosen)
                {
                    tiers[1].Add(chosen == "true");
                }
            }

            if (!row.HasMarks && row.Text.Length < 200 && !Alternatives().IsMatch(row.Text) && choices.Single(row.Text) is { } stated)
            {
                // "We will participate" typed, or the other choice struck out.
                var lower = TextRules.Lower(row.Text);
                if (row.HadStrike || lower.StartsWith("we ", StringComparison.Ordinal) || lower.StartsWith("本公司", StringComparison.Ordinal))
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
        if (!segment.MarkLeads || folded.Length == 0 || Alternatives().IsMatch(folded))
        {
            return null;
        }

        var value = choices.Find(folded).FirstOrDefault() ?? _yesNo.Find(folded).FirstOrDefault();
        return value is null ? null : value == "true";
    }

    private bool? ParseYesNo(string text, PhraseMatcher choices)
    {
        var folded = TextRules.CleanAnswer(text);
        if (folded.Length == 0 || Alternatives().IsMatch(folded))
        {
            return null;
        }

        if (folded is "☒")
        {
            return true;
        }

        var value = choices.Single(folded) ?? _yesNo.Single(folded);
        return value is null ? null : value == "true";
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:will\s*/\s*will\s*not|will\s*not\s*/\s*will|yes\s*/\s*no|no\s*/\s*yes|參與\s*/\s*不參與|是\s*/\s*否)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Alternatives();

    // ---------------------------------------------------------------- services

    private FieldValue? ReadServices(Page page, FieldDefinition field)
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
            var codes = ServicesIn(row);
            if (codes.Count == 0)
            {
                // Ticks under a heading row of service codes.
                foreach (var cell in row.Cells.Where(c => c.Lone == Mark.Checked))
                {
                    if (page.Heading(row, cell, text => _services.Find(text) is [var only] ? only.Code : null) is { } code)
                    {
                        Choose([code], FieldSource.Inferred);
                    }
                }
            }
            else if (codes.Count == 1)
            {
                var code = codes[0].Code;
                var unticked = row.Segments.Any(s => s.Mark == Mark.Unchecked && _services.Find(s.Text).Count > 0);
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
                    Choose(_services.Find(segment.Text).Select(c => c.Code), FieldSource.Label);
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
            foreach (var row in page.RowsUnder(field, _circular.Services.Count))
            {
                if (page.KindOf(row) != GridKind.Flow || row.HasMarks || ServicesIn(row).Select(s => s.Code).Distinct().ToList() is not [var only])
                {
                    break;
                }

                typed.Add(only);
            }

            if (typed.Count < _circular.Services.Count)
            {
                Choose(typed, FieldSource.Inferred);
            }
        }

        return chosen.Count == 0 ? null : new ServiceSetValue([.. _services.InCircularOrder(chosen)]) { Source = source };
    }

    private IEnumerable<string> CodesIn(string text)
    {
        var folded = TextRules.Fold(text);
        if (AllServices().IsMatch(folded))
        {
            return _circular.Services;
        }

        return _services.Find(folded).Select(c => c.Code);
    }

    [GeneratedRegex(@"^(?:all|all (?:four|4|the|of the|listed)?\s*(?:services|systems|above|of them)?(?: above| listed)?|全部(?:服務|系統)?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex AllServices();

    // A control holds one value, so a 1 or a lower-case true there is a tick too; in a table cell a 1 is
    // as likely a row number.
    private static FieldSource ControlSource(LayoutControl control) => control.IsDefinedName ? FieldSource.DefinedName : FieldSource.Control;

    private static bool IsTick(string text) => CellView.MarkOf(text) == Mark.Checked || TextRules.Fold(text) is "1" or "true";

    // ---------------------------------------------------------------- results

    private FieldValue? ReadResults(Page page, FieldDefinition field, List<FormProblem> problems)
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
                if (control.Checked == true && _resultWords.Single(_services.Without(name).Replace('_', ' ')) is { } ticked)
                {
                    Set(codes[0].Code, ticked, ControlSource(control));
                }
            }
            else if (_resultWords.Single(control.Text) is { } written)
            {
                Set(codes[0].Code, written, ControlSource(control));
            }
        }

        foreach (var row in page.Rows)
        {
            var codes = ServicesIn(row);
            if (row.LabelledAs is { } other && other != field)
            {
                continue;
            }

            if (codes.Count == 0 && page.KindOf(row) != GridKind.Flow)
            {
                // Services across a heading row, their results in the rows beneath: a word under each
                // code, or a tick under it in a row named by a result word.
                var rowWord = row.Cells.Count > 0 && row.Cells[0].Text.Length <= 25 ? _resultWords.Single(row.Cells[0].Text) : null;
                foreach (var cell in row.Cells)
                {
                    var word = cell.Lone == Mark.Checked ? rowWord : cell.Text.Length <= 25 ? _resultWords.Single(cell.Text) : null;
                    if (word is not null && page.Heading(row, cell, text => _services.Find(text) is [var only] ? only.Code : null) is { } under)
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
                if (page.Heading(row, cell, _resultWords.Single) is { } header)
                {
                    found.Add(header);
                }
            }

            if (found.Count == 0)
            {
                foreach (var segment in row.Segments.Where(s => s.Mark == Mark.Checked))
                {
                    found.AddRange(_resultWords.Find(_services.Without(segment.Text)));
                }
            }

            if (found.Count == 0 && !row.HasMarks)
            {
                found.AddRange(_resultWords.Find(_services.Without(row.Text)));
                by = FieldSource.Phrase;
            }

            if (found.Count == 0 && !row.HasMarks && page.Below(row) is { LabelledAs: null, HasMarks: false, Text.Length: <= 40 } below
                && ServicesIn(below).Count == 0 && _resultWords.Single(below.Text) is { } underneath)
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
                if (_services.Find(part) is [var only] && _resultWords.Single(_services.Without(part)) is { } result)
                {
                    Set(only.Code, result, FieldSource.Label);
                }
            }
        }

        foreach (var code in _services.InCircularOrder(conflicts))
        {
            results.Remove(code);
            problems.Add(new FormProblem(field.Key, ProblemCodes.Invalid, $"More than one result is marked for {code}."));
        }

        if (results.Count == 0)
        {
            return null;
        }

        return new ServiceResultsValue(_services.InCircularOrder(results.Keys).ToDictionary(code => code, code => results[code], StringComparer.Ordinal)) { Source = source };
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

    internal string? Single(string text) => _resultWords.Single(text);

    internal List<(string Code, int Index)> ServicesIn(string text) => _services.Find(text);

    internal List<(string Code, int Index)> ServicesIn(RowInfo row) => row.Services ??= _services.Find(row.Text);

    internal static string Invariant(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal sealed record LabelHit(FieldDefinition Field, string Inline, bool HadColon);

/// <summary>What was written for a field, with the typed value a spreadsheet cell or control may carry.</summary>
internal sealed record Answer(string Text, DateOnly? Date = null, double? Number = null, CellView? Cell = null)
{
    /// <summary>Found in the row under its label rather than beside it.</summary>
    public bool Below { get; init; }

    public bool IsBlank => Date is null && TextRules.IsBlankAnswer(Text);
}
