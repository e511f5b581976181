using System.Text.RegularExpressions;

namespace HsnForms.Forms.Reading.Text;

internal static class Boundary
{
    public const string Before = @"(?<![\p{L}\p{N}])";
    public const string After = @"(?![\p{L}\p{N}])";
}

/// <summary>Maps words people write to one value: "Pass", "OK" and "成功" are all "successful".</summary>
internal sealed class PhraseMatcher
{
    private readonly Regex _pattern;
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _valuesBySpan;

    // One-word phrases long enough to be recognised misspelt ("Sucessful"): a short word one letter off is another word.
    private readonly List<(string Word, string Value)> _long = [];

    /// <summary>The fewest letters a phrase has before a misspelling of it is read (<see cref="Tolerant"/>).</summary>
    public const int TolerantLength = 7;

    public PhraseMatcher(IEnumerable<(string Phrase, string Value)> phrases)
    {
        var bounded = new List<string>();
        var inSentence = new List<string>();
        var mixed = new List<string>();
        foreach (var (phrase, value) in phrases.OrderByDescending(p => p.Phrase.Length))
        {
            var key = Key(phrase);
            if (!_values.TryAdd(key, value))
            {
                continue;
            }

            if (phrase.Length >= TolerantLength && phrase.All(char.IsAsciiLetter))
            {
                _long.Add((key, value));
            }

            // A footnote star after a word ("will not* participate", "* Please delete as appropriate") does not split the phrase.
            var pattern = string.Join(@"[\s\-*]*", Regex.Split(phrase, @"\s+").Select(Regex.Escape)).Replace("'", "['’]?", StringComparison.Ordinal);

            // Chinese is written without spaces: a phrase of two or more characters ("不會參與") may
            // stand inside a sentence ("本公司不會參與演習"); a lone character ("是") must stand alone.
            var cjk = phrase.Count(TextRules.IsCjk) >= 2;
            var (open, close) = (cjk && TextRules.IsCjk(phrase[0]), cjk && TextRules.IsCjk(phrase[^1]));
            if (!open && !close)
            {
                bounded.Add(pattern);
            }
            else if (open && close)
            {
                inSentence.Add(pattern);
            }
            else
            {
                mixed.Add((open ? "" : Boundary.Before) + pattern + (close ? "" : Boundary.After));
            }
        }

        // One boundary around the plain phrases, not one per phrase: the regex then finds its start
        // by the phrases' first letters, which keeps it fast on every row of every form.
        var groups = new List<string>();
        if (bounded.Count > 0)
        {
            groups.Add(Boundary.Before + "(?:" + string.Join('|', bounded) + ")" + Boundary.After);
        }

        groups.AddRange(inSentence.Concat(mixed));
        _pattern = new Regex(groups.Count == 0 ? "(?!)" : string.Join('|', groups), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _valuesBySpan = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static string Key(string phrase)
    {
        Span<char> key = stackalloc char[phrase.Length * 5];
        return key[..Key(phrase, key)].ToString();
    }

    /// <summary>A phrase's letters and digits in lower case, a slash spelled out ("N/A" is not "NA"); the key has room for five times the phrase.</summary>
    private static int Key(ReadOnlySpan<char> phrase, Span<char> key)
    {
        var length = 0;
        foreach (var c in phrase)
        {
            if (c == '/')
            {
                "slash".CopyTo(key[length..]);
                length += 5;
            }
            else if (char.IsLetterOrDigit(c))
            {
                key[length++] = TextRules.LowerChar(c);
            }
        }

        return length;
    }

    /// <summary>The distinct values named in the text, in order.</summary>
    public List<string> Find(string text)
    {
        var values = new List<string>();
        foreach (var match in _pattern.EnumerateMatches(text))
        {
            if (ValueOf(text.AsSpan(match.Index, match.Length)) is { } value && !values.Contains(value))
            {
                values.Add(value);
            }
        }

        return values;
    }

    /// <summary>The one value the text names, or null when it names none or several.</summary>
    public string? Single(string text)
    {
        string? single = null;
        foreach (var match in _pattern.EnumerateMatches(text))
        {
            if (ValueOf(text.AsSpan(match.Index, match.Length)) is not { } value || value == single)
            {
                continue;
            }

            if (single is not null)
            {
                return null;
            }

            single = value;
        }

        return single;
    }

    /// <summary>The distinct values named in the text, each with where it is first named, in order.</summary>
    public List<(string Value, int Index, int Length)> FindAt(string text)
    {
        var values = new List<(string, int, int)>();
        foreach (var match in _pattern.EnumerateMatches(text))
        {
            if (ValueOf(text.AsSpan(match.Index, match.Length)) is { } value)
            {
                values.Add((value, match.Index, match.Length));
            }
        }

        return values;
    }

    /// <summary>The text with every phrase it names blanked.</summary>
    public string Without(string text)
    {
        var found = FindAt(text);
        if (found.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var (_, index, length) in found)
        {
            chars.AsSpan(index, length).Fill(' ');
        }

        return new string(chars);
    }

    /// <summary>
    /// The one value a misspelt long word of the text names ("Sucessful", "Succesful": one letter left
    /// out, added, changed or two swapped), or null. Words shorter than <see cref="TolerantLength"/>
    /// letters are never guessed at: "pass", "fail", "ok" one letter off are other words.
    /// </summary>
    public string? Tolerant(string text)
    {
        if (_long.Count == 0 || text.Length < TolerantLength - 1 || text.Length > 60)
        {
            return null;
        }

        string? single = null;
        foreach (var word in System.Text.RegularExpressions.Regex.Split(text, @"[^\p{L}]+"))
        {
            if (word.Length < TolerantLength - 1 || !word.All(char.IsAsciiLetter))
            {
                continue;
            }

            var lower = word.ToLowerInvariant();
            foreach (var (known, value) in _long)
            {
                if (OneEditApart(lower, known))
                {
                    if (single is not null && single != value)
                    {
                        return null;
                    }

                    single = value;
                }
            }
        }

        return single;
    }

    /// <summary>Whether two words differ by one letter left out, added, changed, or two neighbours swapped (equal words do not).</summary>
    internal static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b)
        {
            return false;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        if (a.Length == b.Length)
        {
            // One letter changed, or two neighbours swapped.
            return a.AsSpan(start + 1).SequenceEqual(b.AsSpan(start + 1))
                || start + 1 < a.Length && a[start] == b[start + 1] && a[start + 1] == b[start] && a.AsSpan(start + 2).SequenceEqual(b.AsSpan(start + 2));
        }

        // One letter more in the longer word.
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(start + 1).SequenceEqual(shorter.AsSpan(start));
    }

    private string? ValueOf(ReadOnlySpan<char> matched)
    {
        Span<char> key = matched.Length <= 100 ? stackalloc char[matched.Length * 5] : new char[matched.Length * 5];
        return _valuesBySpan.TryGetValue(key[..Key(matched, key)], out var value) ? value : null;
    }
}
