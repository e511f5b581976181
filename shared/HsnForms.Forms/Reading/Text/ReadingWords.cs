using System.Text.RegularExpressions;
using HsnForms.Forms.Catalog;

namespace HsnForms.Forms.Reading.Text;

/// <summary>
/// The catalogue's vocabulary (forms.json "vocabulary") made ready for reading: yes and no, printed
/// either-ors, stop words, Word's placeholders. Built once per catalogue.
/// </summary>
internal sealed class ReadingWords
{
    private readonly Regex _alternatives;
    private readonly Regex _printedChoice;
    private readonly HashSet<string> _ticked;
    private readonly HashSet<string> _unticked;
    private readonly int _longestTickWord;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _leadIns;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _answerOpeners;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _sentenceOpeners;
    private readonly HashSet<string> _allServicesWords;
    private readonly System.Buffers.SearchValues<string>? _initialHeadings;
    private readonly FormVocabulary _vocabulary;

    // Trimmed from an answer's edges before it is judged blank, and from a label before it is judged a delivery line.
    private static readonly char[] BlankEdges = [' ', ':', '_', '.', '-', '…', '—', '–', '/', '*'];
    private static readonly char[] PrintedPrefixEdges = [' ', ':', '.', '-', '/'];
    private static readonly char[] LabelEdges = [' ', ':', '：'];

    public ReadingWords(FormVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        YesNo = new PhraseMatcher(vocabulary.Yes.Select(w => (w, "true")).Concat(vocabulary.No.Select(w => (w, "false"))));

        // "will / will not", "是 / 否": both options printed side by side, in either order.
        var pairs = vocabulary.PrintedAlternatives
            .SelectMany(p => new[] { (p.First, p.Second), (p.Second, p.First) })
            .Select(p => Phrase(p.Item1) + @"\s*/\s*" + Phrase(p.Item2))
            .ToList();
        _alternatives = new Regex(pairs.Count == 0 ? "(?!)" : @"(?<![\p{L}])(?:" + string.Join('|', pairs) + @")(?![\p{L}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // "We will / will not participate", "參與 / 不參與": a label that prints both choices, named by its first.
        var verbs = vocabulary.ChoiceVerbs.Count == 0 ? "(?!)" : string.Join('|', vocabulary.ChoiceVerbs.Select(Regex.Escape));
        var negations = vocabulary.NegationPrefixes.Count == 0 ? "(?!)" : string.Join('|', vocabulary.NegationPrefixes.OrderByDescending(n => n.Length).Select(Regex.Escape));
        _printedChoice = new Regex($@"\b({verbs})\s*/\s*\1\s*not\b|(\p{{IsCJKUnifiedIdeographs}}{{1,4}})\s*/\s*(?:{negations})\2",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        _ticked = new HashSet<string>(vocabulary.TickedWords, StringComparer.OrdinalIgnoreCase);
        _unticked = new HashSet<string>(vocabulary.UntickedWords, StringComparer.OrdinalIgnoreCase);

        // Every cell's whole text is asked whether it is a tick word; a longer text is none, without hashing it.
        _longestTickWord = _ticked.Concat(_unticked).Select(w => w.Length).DefaultIfEmpty(0).Max();
        _leadIns = new HashSet<string>(vocabulary.LabelLeadIns, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _answerOpeners = new HashSet<string>(vocabulary.AnswerOpeners, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _sentenceOpeners = new HashSet<string>(vocabulary.SentenceOpeners, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _allServicesWords = new HashSet<string>(vocabulary.AllServicesWords, StringComparer.OrdinalIgnoreCase);

        // Every short cell is asked whether it heads a column of initials: one search finds the few that might.
        _initialHeadings = vocabulary.InitialHeadings.Count == 0 ? null
            : System.Buffers.SearchValues.Create([.. vocabulary.InitialHeadings], StringComparison.OrdinalIgnoreCase);
    }

    private static string Phrase(string words) => string.Join(@"\s*", Regex.Split(words.Trim(), @"\s+").Select(Regex.Escape));

    /// <summary>Yes and no in the words people use, each to "true" or "false".</summary>
    public PhraseMatcher YesNo { get; }

    /// <summary>Labels so common that they are no evidence a document is a form (Name, Date, Results).</summary>
    public IReadOnlyList<string> GenericLabels => _vocabulary.GenericLabels;

    /// <summary>Abbreviations of label words no rule spells out ("dt" for date).</summary>
    public IReadOnlyList<(string Short, string Word)> LabelAbbreviations => _vocabulary.LabelAbbreviations;

    /// <summary>Stop words: words a label may hold besides its fields' keywords.</summary>
    public IReadOnlyList<string> LabelWords => _vocabulary.LabelWords;

    /// <summary>Both options printed side by side ("Yes / No"): the choices offered, not one made.</summary>
    public bool IsPrintedAlternatives(string text) => text.Contains('/') && _alternatives.IsMatch(text);

    /// <summary>A label printing an either-or ("We will / will not participate"), turned into its first choice; null when it is none.</summary>
    public string? FirstChoiceOf(ReadOnlySpan<char> label) =>
        label.Contains('/') && _printedChoice.IsMatch(label) ? _printedChoice.Replace(label.ToString(), "$1$2") : null;

    /// <summary>A subscriber's own statement of a choice ("We will participate", "本公司將參與"), in lower case.</summary>
    public bool IsStatement(string lower)
    {
        var openers = _vocabulary.StatementOpeners;
        for (var i = 0; i < openers.Count; i++)
        {
            var opener = openers[i];
            if (lower.StartsWith(opener, StringComparison.Ordinal)
                && (TextRules.IsCjk(opener[^1]) || lower.Length > opener.Length && lower[opener.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A letter's line saying how it was sent ("By email"): what follows is the recipient's address.</summary>
    public bool IsDeliveryLine(ReadOnlySpan<char> label)
    {
        var text = TextRules.Lower(TextRules.Fold(label.ToString())).Trim(LabelEdges);
        return _vocabulary.DeliveryLines.Contains(text, StringComparer.Ordinal);
    }

    /// <summary>A column heading asking for initials in place of a tick ("Initial / Tick", "簡簽").</summary>
    public bool IsInitialHeading(string text)
    {
        if (text.Length > 40 || _initialHeadings is null || text.AsSpan().IndexOfAny(_initialHeadings) < 0)
        {
            return false;
        }

        var lower = TextRules.Lower(text);
        foreach (var word in _vocabulary.InitialHeadings)
        {
            var at = lower.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && TextRules.StandsAsWord(lower, at, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a whole cell of one word says as a tick box ("Yes" ticked, "No" not), or null.</summary>
    public bool? TickWord(string text) =>
        text.Length > _longestTickWord ? null : _ticked.Contains(text) ? true : _unticked.Contains(text) ? false : null;

    public bool IsLabelLeadIn(ReadOnlySpan<char> word) => _leadIns.Contains(word);

    public bool IsAnswerOpener(ReadOnlySpan<char> word) => _answerOpeners.Contains(word);

    public bool IsSentenceOpener(ReadOnlySpan<char> word) => _sentenceOpeners.Contains(word);

    /// <summary>"All", "all four services", "全部系統": every service of the circular.</summary>
    public bool MeansAllServices(string folded)
    {
        var text = TextRules.Lower(folded).TrimEnd('.');
        foreach (var lead in _vocabulary.AllServices)
        {
            if (!text.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = text[lead.Length..];
            if (rest.Length > 0 && !TextRules.IsCjk(lead[^1]) && rest[0] != ' ')
            {
                continue;
            }

            if (rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(_allServicesWords.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first word in a lower-case text that leaves services out of a list ("except", "other than", "除"),
    /// the longest one where several start at the same place; null when there is none.
    /// </summary>
    public (int Start, int End)? ExclusionBefore(string lower) => FirstOf(lower, _vocabulary.ServiceExclusions, 0, 1);

    /// <summary>
    /// The first word from <paramref name="from"/> that closes a list of services left out ("以外", "excluded").
    /// One character ("外") closes only a list opened by <see cref="ExclusionBefore"/>.
    /// </summary>
    public (int Start, int End)? ExclusionAfter(string lower, int from, bool opened) =>
        FirstOf(lower, _vocabulary.ServiceExclusionsAfter, from, opened ? 1 : 2);

    private static (int Start, int End)? FirstOf(string lower, IReadOnlyList<string> words, int from, int shortest)
    {
        (int Start, int End)? found = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length < shortest)
            {
                continue;
            }

            for (var at = lower.IndexOf(word, from, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if (TextRules.StandsAsWord(lower, at, word))
                {
                    if (found is not { } f || at < f.Start || at == f.Start && end > f.End)
                    {
                        found = (at, end);
                    }

                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Whether what stands beside a list of services left out means every other one: nothing, "all",
    /// "everything", "all other services", "全部", "其他" (after any words of a sentence before "all").
    /// </summary>
    public bool MeansTheRest(string folded)
    {
        var lower = TextRules.Lower(folded);
        var latin = new System.Text.StringBuilder(lower.Length);
        var cjk = new System.Text.StringBuilder();
        foreach (var c in lower)
        {
            if (TextRules.IsCjk(c))
            {
                cjk.Append(c);
                latin.Append(' ');
            }
            else
            {
                latin.Append(char.IsLetterOrDigit(c) ? c : ' ');
            }
        }

        // Chinese: nothing but the words for all, the services and the others.
        var chinese = cjk.ToString();
        foreach (var word in _vocabulary.AllServices.Concat(_vocabulary.AllServicesWords).Where(w => TextRules.IsCjk(w[0])).OrderByDescending(w => w.Length))
        {
            chinese = chinese.Replace(word, "", StringComparison.Ordinal);
        }

        if (chinese.Length > 0)
        {
            return false;
        }

        // English: nothing, or a word for all followed only by words that may follow it, to the end.
        var tokens = latin.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return true;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (_vocabulary.AllServices.Contains(tokens[i], StringComparer.Ordinal) && tokens.Skip(i + 1).All(_allServicesWords.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "[Company Name]", "&lt;name&gt;", "{Date}": a template's slot left as typed, the whole answer in square,
    /// angle or curly brackets. An address or a number in brackets ("&lt;a@b.hk&gt;") is still an answer.
    /// </summary>
    private static bool IsBracketedPlaceholder(string folded) =>
        folded.Length is >= 3 and <= 60
        && (folded[0], folded[^1]) is ('[', ']') or ('<', '>') or ('{', '}') or ('【', '】') or ('«', '»')
        && folded.AsSpan(1, folded.Length - 2).IndexOfAny("[]<>{}【】@0123456789") < 0;

    /// <summary>
    /// "HSN________": a printed prefix before a line to write on, the line still empty. A few letters and no
    /// digit are left once the line is taken away: no answer.
    /// </summary>
    private static bool IsPrintedPrefix(string text)
    {
        if (!text.Contains("___", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = TextRules.Fold(text.Replace("_", " ", StringComparison.Ordinal)).Trim(PrintedPrefixEdges);
        return rest.Length <= 4 && !rest.AsSpan().ContainsAnyInRange('0', '9');
    }

    /// <summary>An empty answer: blank, a line to write on, a printed date format, or Word's placeholder text.</summary>
    public bool IsBlankAnswer(string text)
    {
        var folded = TextRules.Fold(text).Trim(BlankEdges);
        if (folded.Length == 0 || folded.Length <= 16 && TextRules.IsDateFormatHint(folded))
        {
            return true;
        }

        if (IsBracketedPlaceholder(folded) || IsPrintedPrefix(text))
        {
            return true;
        }

        // Indexed, not foreach: a foreach over the read-only lists boxes an enumerator on every answer looked at.
        var placeholders = _vocabulary.Placeholders;
        for (var i = 0; i < placeholders.Count; i++)
        {
            if (folded.StartsWith(placeholders[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var shortPlaceholders = _vocabulary.ShortPlaceholders;
        for (var i = 0; i < shortPlaceholders.Count && folded.Length < 20; i++)
        {
            if (folded.StartsWith(shortPlaceholders[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
