using System.Buffers;
using HsnForms.Forms.Catalog;
using HsnForms.Forms.Reading.Layout;
using HsnForms.Forms.Reading.Page;
using HsnForms.Forms.Reading.Text;

namespace HsnForms.Forms.Reading.Recognition;

/// <summary>
/// Which of the catalogue's forms a page is, if any, on evidence: the form's full title, or enough of
/// the form's own labels (forms.json "own_labels" and "labels_needed"). Generic labels (Name, Date,
/// Phone, Fax, Company, Results) fill a form in but never make a document one: a fax cover sheet, a
/// memo, a timesheet or a report template is no form.
/// </summary>
internal sealed partial class FormRecogniser
{
    private readonly ReadingContext _context;
    private readonly FieldEvidence _evidence;
    private readonly Dictionary<string, (SearchValues<string>? Full, SearchValues<string>? Short)> _titles;
    private readonly HashSet<string> _titleLeadIns;
    private readonly Dictionary<string, PhraseMatcher> _statedChoices;

    public FormRecogniser(ReadingContext context)
    {
        _context = context;
        _evidence = new FieldEvidence(context);
        _titleLeadIns = new HashSet<string>(context.Catalog.Vocabulary.TitleLeadIns, StringComparer.OrdinalIgnoreCase);
        // Every title of a form looked for in one pass over the page's text, not one IndexOf per title.
        static SearchValues<string>? Folded(IEnumerable<string?> titles) =>
            titles.OfType<string>().Where(t => t.Length > 0).Select(t => TextRules.Fold(t).ToLowerInvariant()).Distinct().ToArray() is { Length: > 0 } folded
                ? SearchValues.Create(folded, StringComparison.OrdinalIgnoreCase)
                : null;
        // A choice stated in a sentence ("we will participate", "本公司不會參與"): its options of two words or
        // more, or three Chinese characters; a lone "participate" is any letter's word ("invited to participate").
        _statedChoices = context.Catalog.Forms.SelectMany(f => f.Fields).Where(f => f.Type == FieldType.YesNo)
            .DistinctBy(f => f.Key).ToDictionary(f => f.Key, f => new PhraseMatcher(
                f.ChoicesTrue.Select(c => (c, "true")).Concat(f.ChoicesFalse.Select(c => (c, "false")))
                    .Where(c => c.Item1.Contains(' ', StringComparison.Ordinal) || c.Item1.Count(TextRules.IsCjk) >= 3)));
        _titles = context.Catalog.Forms.ToDictionary(
            f => f.Form,
            f => (Folded([f.Title, f.TitleZh, f.TitleZh is null ? null : ChineseScript.Simplified(f.TitleZh)]), Folded(f.Recognise)));
    }

    public FormDefinition? Recognise(FormPage page)
    {
        if (page.IsList)
        {
            // A register or mailing list: a row of labels over many rows of answers is many subscribers, not a form.
            return null;
        }

        var text = page.AllText;
        var found = page.FieldsFound();
        var specific = page.FieldsNamedSpecifically();
        var best = (Form: (FormDefinition?)null, Score: int.MinValue);
        bool? otherTitle = null;
        bool? namesServices = null;
        (bool Sought, OneRowTable? Table) oneRow = default;
        bool? letter = null;
        foreach (var form in _context.Catalog.Forms)
        {
            var (full, brief) = _titles[form.Form];
            var fullAt = FirstOf(text, full);
            var briefAt = FirstOf(text, brief);
            var printsTitle = fullAt >= 0 || briefAt >= 0;

            // The form's own evidence: its own fields named in their own words, or answered as only they are.
            var own = 0;
            var answered = 0;
            var unshown = 0UL;
            for (var k = 0; k < form.OwnLabels.Count; k++)
            {
                var key = form.OwnLabels[k];
                if (form.Field(key) is { } field && (specific.Contains(key) || _evidence.Shows(page, field)))
                {
                    own++;
                    answered += field.Identifies ? 0 : 1;
                }
                else if (k < 64)
                {
                    unshown |= 1UL << k;
                }
            }

            var (shared, who, named) = (0, false, false);
            for (var i = 0; i < form.Fields.Count; i++)
            {
                var field = form.Fields[i];
                var isFound = found.Contains(field.Key);
                shared += isFound ? 1 : 0;
                who |= field.Identifies && isFound;
                named |= field.Identifies && specific.Contains(field.Key);
            }

            // A title quoted in a letter's subject line or a sentence still counts when the letter itself
            // answers the form: it names the circular's services, as a reply in prose does, or fills in
            // most of the form's details. A covering letter that names the form and attaches it does neither.
            if (fullAt < 0 && briefAt < 0 && (shared >= 4 || (namesServices ??= page.Rows.Exists(r => page.ServicesIn(r).Count > 0))))
            {
                fullAt = FirstOf(text, full, quotedToo: true);
                briefAt = FirstOf(text, brief, quotedToo: true);
            }

            // The full title with one piece of the form's own evidence, or with who the subscriber is
            // (asked in the form's words, or among many of its fields): a covering letter that names the
            // form has neither. A short name of the form ("Result Form") with its own evidence and who
            // the subscriber is. No title: enough of the form's own evidence, and who the subscriber is.
            var recognised = fullAt >= 0 ? own >= 1 || named && shared >= 2 || who && shared >= 4
                : briefAt >= 0 ? own >= 1 && who
                : own >= form.LabelsNeeded && who;
            if (!recognised && fullAt < 0 && briefAt < 0 && who && unshown != 0
                && (oneRow.Sought ? oneRow.Table : (oneRow = (true, OneRowTable.Find(page, _context))).Table) is { } wide)
            {
                // No title and too little of the form's own evidence in label-beside-value terms: a form laid
                // out wide, its labels heading the columns of one row of answers, may show the rest.
                var shown = wide.Answers(form, unshown, _context);
                (own, answered) = (own + shown, answered + shown);
                recognised = own >= form.LabelsNeeded;
            }

            if (recognised && answered == 0 && (letter ??= IsLetter(page)) && !StatesChoice(page, form))
            {
                // A letter: its letterhead and signature block say who wrote it (Company:, Contact:, Tel:,
                // Email:, even the HSN ID), and its subject may quote the form's title, but it is the form only
                // where it answers one of the form's own questions: a box ticked, a result given, a choice
                // stated ("we will participate"). A covering letter that names the form and our services does not.
                continue;
            }

            if (!recognised)
            {
                continue;
            }

            if (page.IsEmailPrintout && !(printsTitle && LaidOutAsForm(page)))
            {
                // An e-mail printed to a document (From:, To:, Sent:, Subject:) is a message about the form,
                // whatever its sender's signature and its quoted lines repeat. It is the form only where the
                // form itself stands in it under its own title, laid out as one.
                continue;
            }

            if (!printsTitle && (letter ??= IsLetter(page)) && SaysFormIsAttached(page, full, brief))
            {
                // "Our completed Intention Form is attached": a covering letter, however much of the form it
                // repeats (who, the services, even "we will participate"). The form is the attachment it covers.
                // A letter with the form itself pasted below it prints the form's title as a title: that is read.
                continue;
            }

            var circular = fullAt < 0 ? WhoseReference(page, form) : null;
            if (circular == Reference.Another)
            {
                // The same labels and even our services, under another circular's reference and without
                // this form's title: another circular's form.
                continue;
            }

            if (fullAt < 0 && briefAt < 0 && circular != Reference.Ours && (otherTitle ??= HeadedByAnotherForm(page)))
            {
                // Headed "Registration Form for Market Data Line Relocation", with none of this form's
                // titles and not our reference: another form that asks for the same details.
                continue;
            }

            var at = fullAt >= 0 ? fullAt : briefAt;
            var score = (fullAt >= 0 ? 2000 : briefAt >= 0 ? 1000 : 0) + own * 100 + shared * 10 - Math.Min(9, at < 0 ? 9 : at / 1000);
            if (score > best.Score)
            {
                best = (form, score);
            }
        }

        return best.Form;
    }

    /// <summary>
    /// The document is written as a letter: a paragraph (outside any table) opens with a salutation
    /// ("Dear Sirs,") or a short one with a closing ("Yours faithfully,", "Regards").
    /// </summary>
    private bool IsLetter(FormPage page)
    {
        var words = _context.Catalog.Vocabulary;
        foreach (var row in page.Rows)
        {
            if (page.KindOf(row) != GridKind.Flow || row.Text.Length is 0 or > 80)
            {
                continue;
            }

            if (Opens(row.Text, words.LetterSalutations) || row.Text.Length <= 40 && Opens(row.Text, words.LetterClosings))
            {
                return true;
            }
        }

        return false;

        static bool Opens(string text, IReadOnlyList<string> phrases)
        {
            foreach (var phrase in phrases)
            {
                if (text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                    && (text.Length == phrase.Length || !char.IsLetterOrDigit(text[phrase.Length]) || TextRules.IsCjk(phrase[^1])))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The page lays fields out as a form does: a table or sheet, or at least three lines that start with a field's label.</summary>
    private static bool LaidOutAsForm(FormPage page) =>
        page.Rows.Exists(r => page.KindOf(r) != GridKind.Flow && r.Text.Length > 0) || page.Rows.Count(r => r.LabelledAs is not null) >= 3;

    /// <summary>A paragraph of the letter names the form (its title or short name) and says it is attached or enclosed.</summary>
    private bool SaysFormIsAttached(FormPage page, SearchValues<string>? full, SearchValues<string>? brief)
    {
        var enclosures = _context.Catalog.Vocabulary.LetterEnclosures;
        foreach (var row in page.Rows)
        {
            if (page.KindOf(row) != GridKind.Flow || (FirstOf(row.Text, full, quotedToo: true) < 0 && FirstOf(row.Text, brief, quotedToo: true) < 0))
            {
                continue;
            }

            foreach (var word in enclosures)
            {
                var at = row.Text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && TextRules.StandsAsWord(row.Text, at, word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A paragraph states one of the form's choices in a sentence ("We confirm that we will participate").</summary>
    private bool StatesChoice(FormPage page, FormDefinition form)
    {
        foreach (var field in form.Fields)
        {
            if (field.Type != FieldType.YesNo || !form.OwnLabels.Contains(field.Key) || !_statedChoices.TryGetValue(field.Key, out var choices))
            {
                continue;
            }

            foreach (var row in page.Rows)
            {
                if (page.KindOf(row) == GridKind.Flow && choices.Single(row.Text) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private enum Reference
    {
        Ours,
        Another,
    }

    /// <summary>
    /// Whose circular the form's reference field names: ours when one of its references is this circular's,
    /// another's when it holds references of a circular's shape and none is ours; null when it names none.
    /// </summary>
    private Reference? WhoseReference(FormPage page, FormDefinition form)
    {
        if (form.Field(Values.FieldKeys.CircularRef) is not { Shape: { } shape } field)
        {
            return null;
        }

        var ours = Compact(_context.Circular.Ref);
        var other = false;
        foreach (var answer in page.Labelled(field))
        {
            var value = Compact(TextRules.CleanAnswer(answer.Text));
            if (value.Length == 0 || !System.Text.RegularExpressions.Regex.IsMatch(value, shape, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                continue;
            }

            if (value == ours)
            {
                return Reference.Ours;
            }

            other = true;
        }

        return other ? Reference.Another : null;

        static string Compact(string text) => text.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    /// <summary>
    /// The document opens with a heading that names a form, standing alone on its line ("Appendix 1 –
    /// Registration Form for Market Data Line Relocation"), before any field's label. A sentence that
    /// mentions a form ("Please return this form by 20 November.") is no heading.
    /// </summary>
    private bool HeadedByAnotherForm(FormPage page)
    {
        foreach (var row in page.Rows.Take(6))
        {
            if (row.LabelledAs is not null)
            {
                return false;
            }

            // A heading, not a sentence: "Please complete and return this form by 20 November." asks for this form.
            if (row.Cells.Count(c => c.Text.Length > 0) == 1 && row.Text.Length is >= 8 and <= 150 && !row.Text.Contains(':')
                && !row.Text.TrimEnd().EndsWith('.') && FormHeading().IsMatch(row.Text) && StandsAsTitle(row.Text, FormHeading().Match(row.Text).Index) && !OurEvent().IsMatch(row.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A heading naming a form or another kind of return: "… Form …", "… 表格", "Seminar 2024 – Registration",
    /// "Reply Slip", "Application for …", "Questionnaire".
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:appendix|annex|schedule)?\s*\w{0,3}\s*[–—-]?\s*(?:\w+\s+(?:[–—-]\s+)?){0,4}(?:form|registration|application|enrol(?:l)?ment|reply\s+slip|questionnaire|survey)\b|表格|報名|申請表|回條|问卷|問卷", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FormHeading();

    /// <summary>A heading about the circular's own event (the practice session), whatever else it calls itself.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"practi[cs]e\s+session|\bPS\s?2\b|演習|演練", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OurEvent();

    /// <summary>Where the first of the phrases stands as a title in the text (ignoring case), or -1; anywhere when quoted titles count too.</summary>
    private int FirstOf(string text, SearchValues<string>? phrases, bool quotedToo = false)
    {
        if (quotedToo)
        {
            return phrases is null ? -1 : text.AsSpan().IndexOfAny(phrases);
        }

        if (phrases is null)
        {
            return -1;
        }

        for (var from = 0; from < text.Length;)
        {
            var at = text.AsSpan(from).IndexOfAny(phrases);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            if (StandsAsTitle(text, at))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>
    /// A title stands as one at the head of its line or cell, after no more than an appendix mark and a
    /// reference ("Appendix A – ", "HDS/23/1109 "). Quoted in a letter's subject ("Re: …") or in a sentence
    /// ("please find attached our completed Intention Form") it names the form; it is not the form.
    /// </summary>
    private bool StandsAsTitle(string text, int at)
    {
        var start = Math.Max(text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1, 0);
        var cell = at > 0 ? text.LastIndexOf(" | ", at - 1, at - start, StringComparison.Ordinal) : -1;
        start = cell >= 0 ? cell + 3 : start;
        if (at - start > 200)
        {
            return false;
        }

        var words = 0;
        foreach (var word in TitlePrefixWord().EnumerateMatches(text.AsSpan(start, at - start)))
        {
            var value = TextRules.Lower(text.Substring(start + word.Index, word.Length));
            if (_titleLeadIns.Contains(value) || ++words > 6)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words before a title, its appendix mark and reference left out.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\d/])(?!(?:appendix|annex|annexure|attachment|schedule|enclosure|ref|no)\b)[\p{L}][\p{L}']*(?![\p{L}/])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TitlePrefixWord();

    /// <summary>How many of the catalogue's forms the page names by title, full or short.</summary>
    public int FormsTitled(FormPage page)
    {
        var count = 0;
        foreach (var form in _context.Catalog.Forms)
        {
            var (full, brief) = _titles[form.Form];
            if (FirstOf(page.AllText, full) >= 0 || FirstOf(page.AllText, brief) >= 0)
            {
                count++;
            }
        }

        return count;
    }
}
