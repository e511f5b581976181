using System.Text.RegularExpressions;
using HsnForms.Forms.Catalog;

namespace HsnForms.Forms.Reading;

/// <summary>Finds a circular's services in text, by code however spaced ("OMD- C", "otp_csc") or by full name.</summary>
internal sealed class ServiceMatcher
{
    private readonly List<(string Code, Regex Pattern)> _patterns = [];

    public ServiceMatcher(IReadOnlyList<string> codes, FormCatalog catalog)
    {
        Codes = codes;
        foreach (var code in codes.OrderByDescending(c => c.Length))
        {
            var chunks = Regex.Split(code, "[^A-Za-z0-9]+").Where(c => c.Length > 0).Select(Regex.Escape);
            var alternatives = new List<string> { @"(?<![A-Za-z0-9])" + string.Join(@"[\s\-_–—.]*", chunks) + @"(?![A-Za-z0-9])" };
            if (catalog.Service(code) is { } service)
            {
                alternatives.Add(NamePattern(service.Name));
                if (service.NameZh is { Length: > 0 } zh)
                {
                    alternatives.Add(NamePattern(zh));
                }
            }

            // Compiled once per circular and used on every cell of every form.
            _patterns.Add((code, new Regex(string.Join('|', alternatives), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)));
        }
    }

    public IReadOnlyList<string> Codes { get; }

    private static string NamePattern(string name) =>
        string.Join(@"[\s\-–—:]*", Regex.Split(name, @"[\s\-–—]+").Where(w => w.Length > 0).Select(Regex.Escape));

    /// <summary>Each service named in the text, once, with where it was first named.</summary>
    public List<(string Code, int Index)> Find(string text)
    {
        var found = new List<(string, int)>();
        if (text.Length == 0)
        {
            return found;
        }

        var taken = new List<(int Start, int End)>();
        foreach (var (code, pattern) in _patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (taken.Exists(t => match.Index < t.End && t.Start < match.Index + match.Length))
                {
                    continue;
                }

                taken.Add((match.Index, match.Index + match.Length));
                if (!found.Exists(f => f.Item1 == code))
                {
                    found.Add((code, match.Index));
                }
            }
        }

        return found;
    }

    /// <summary>Text with every service name or code blanked, so its words are not read as answers.</summary>
    public string Without(string text)
    {
        foreach (var (_, pattern) in _patterns)
        {
            text = pattern.Replace(text, " ");
        }

        return text;
    }

    public IEnumerable<string> InCircularOrder(IEnumerable<string> codes)
    {
        var set = codes.ToHashSet(StringComparer.Ordinal);
        return Codes.Where(set.Contains);
    }
}

/// <summary>Maps words people write to one value: "Pass", "OK" and "成功" are all "successful".</summary>
internal sealed class PhraseMatcher
{
    private readonly Regex _pattern;
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public PhraseMatcher(IEnumerable<(string Phrase, string Value)> phrases)
    {
        var list = new List<string>();
        foreach (var (phrase, value) in phrases.OrderByDescending(p => p.Phrase.Length))
        {
            var key = Key(phrase);
            if (_values.TryAdd(key, value))
            {
                list.Add(string.Join(@"[\s\-]*", Regex.Split(phrase, @"\s+").Select(Regex.Escape)).Replace("'", "['’]?", StringComparison.Ordinal));
            }
        }

        _pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', list) + @")(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private static string Key(string phrase) => TextRules.Compact(phrase.Replace("/", "slash", StringComparison.Ordinal));

    /// <summary>The distinct values named in the text, in order.</summary>
    public List<string> Find(string text)
    {
        var values = new List<string>();
        foreach (Match match in _pattern.Matches(text))
        {
            if (_values.TryGetValue(Key(match.Value), out var value) && !values.Contains(value))
            {
                values.Add(value);
            }
        }

        return values;
    }

    /// <summary>The one value the text names, or null when it names none or several.</summary>
    public string? Single(string text) => Find(text) is [var only] ? only : null;
}
